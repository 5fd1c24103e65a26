"""Amazon's order report and Unshipped Orders report: tab-delimited, read by header name."""

from __future__ import annotations

from datetime import tzinfo

from fulfil_desk.core.formats.common import (
    RowCells,
    RowOrder,
    Table,
    assemble,
    check_columns,
    normalise_country,
    parse_currency,
    parse_money,
    parse_quantity,
    parse_timestamp,
)
from fulfil_desk.core.formats.model import FileRead
from fulfil_desk.core.orders import Address, Order, OrderLine

LABEL = "Amazon order report"
MARKETPLACE = "amazon"

SIGNATURE = ("order-id", "order-item-id", "purchase-date", "sku", "quantity-purchased")
REQUIRED_COLUMNS = (
    *SIGNATURE,
    "recipient-name",
    "ship-address-1",
    "ship-postal-code",
    "ship-country",
)
OPTIONAL_COLUMNS = (
    "product-name",
    "quantity-to-ship",
    "currency",
    "item-price",
    "ship-address-2",
    "ship-address-3",
    "ship-city",
    "ship-state",
    "ship-phone-number",
    "buyer-phone-number",
    "promise-date",
    "order-status",
)

_ADDRESS_COLUMNS = {
    "recipient-name": "name",
    "ship-address-1": "line1",
    "ship-address-2": "line2",
    "ship-address-3": "line3",
    "ship-city": "city",
    "ship-state": "state",
    "ship-postal-code": "postal_code",
}


def read(table: Table, *, default_tz: tzinfo, default_currency: str) -> FileRead:
    check_columns(table, REQUIRED_COLUMNS, LABEL)
    unshipped_report = "quantity-to-ship" in table.index
    result = FileRead([], [])
    problems, bad = result.problems, result.bad_keys
    rows: list[RowOrder] = []
    for row in table.rows:
        cells = RowCells(table, row)
        order_id = cells.text("order-id", required=True)
        # The unshipped report keeps lines that are already shipped, with nothing left to ship.
        if unshipped_report and cells.text("quantity-to-ship") == "0":
            continue
        if order_id and cells.text("order-status").casefold() in ("cancelled", "canceled"):
            result.fact((MARKETPLACE, order_id)).cancelled = True
            continue
        parsed = _read_row(cells, order_id, default_tz, default_currency, unshipped_report)
        if cells.problems or parsed is None:
            problems.extend(cells.problems)
            if order_id:
                bad.add((MARKETPLACE, order_id))
            else:
                result.unknown_bad = True
            continue
        rows.append(parsed)
    result.orders = assemble(table.file, rows, bad, problems, line_key_column="order-item-id")
    return result


def _read_row(
    cells: RowCells,
    order_id: str,
    default_tz: tzinfo,
    default_currency: str,
    unshipped_report: bool,
) -> RowOrder | None:
    line_key = cells.text("order-item-id", required=True)
    purchased_at = cells.parsed(
        "purchase-date", lambda v: parse_timestamp(v, default_tz), required=True
    )
    promise = cells.parsed("promise-date", lambda v: parse_timestamp(v, default_tz))
    sku = cells.text("sku", required=True)
    purchased = cells.parsed("quantity-purchased", parse_quantity, required=True)
    to_ship = purchased
    if unshipped_report:
        to_ship = cells.parsed("quantity-to-ship", parse_quantity, required=True)
    currency = cells.parsed("currency", parse_currency)
    if currency is None and not cells.text("currency"):
        currency = default_currency
    line_total = (
        cells.parsed("item-price", lambda v: parse_money(v, currency)) if currency else None
    )
    country = cells.parsed("ship-country", normalise_country) or ""
    phone = cells.text("ship-phone-number") or cells.text("buyer-phone-number")
    if purchased_at is None or purchased is None or to_ship is None:
        return None
    unit_price = None
    if line_total is not None:
        # item-price is the total for quantity-purchased; round half up to a minor unit.
        unit_price = (2 * line_total + purchased) // (2 * purchased)
    shown = {column: cells.text(column) for column in _ADDRESS_COLUMNS}
    address = Address(
        **{field: shown[column] for column, field in _ADDRESS_COLUMNS.items()},
        phone=phone,
        country=country,
    )
    line = OrderLine(
        sku=sku,
        title=cells.text("product-name"),
        quantity=to_ship,
        unit_price_minor=unit_price,
        currency=currency if unit_price is not None else "",
        line_key=line_key,
    )
    agree = shown
    agree.update(
        {"purchase-date": purchased_at, "ship-phone-number": phone, "ship-country": country}
    )
    order = Order(
        marketplace=MARKETPLACE,
        order_number=order_id,
        ordered_at=purchased_at,
        ship_to=address,
        lines=[line],
        ship_by=promise,
    )
    return RowOrder(cells.line, agree, order)
