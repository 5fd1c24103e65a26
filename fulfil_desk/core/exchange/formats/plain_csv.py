"""The plain CSV layout: one row per order line, rows of one order share its number."""

from __future__ import annotations

from datetime import tzinfo

from fulfil_desk.core.exchange.formats.common import (
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
from fulfil_desk.core.exchange.formats.model import FileRead
from fulfil_desk.core.kernel.messages import Term
from fulfil_desk.core.kernel.orders import Address, Order, OrderLine

LABEL = Term("file_format", "csv")

REQUIRED_COLUMNS = (
    "order_number",
    "ordered_at",
    "recipient_name",
    "phone",
    "address1",
    "postal_code",
    "country",
    "sku",
    "title",
    "quantity",
)
OPTIONAL_COLUMNS = (
    "marketplace",
    "ship_by",
    "address2",
    "address3",
    "city",
    "state",
    "unit_price",
    "currency",
)
# Every column in the order the sample file and the README show them.
COLUMNS = (
    "order_number",
    "marketplace",
    "ordered_at",
    "ship_by",
    "recipient_name",
    "phone",
    "address1",
    "address2",
    "address3",
    "city",
    "state",
    "postal_code",
    "country",
    "sku",
    "title",
    "quantity",
    "unit_price",
    "currency",
)
SIGNATURE = REQUIRED_COLUMNS
DEFAULT_MARKETPLACE = "csv"

_ADDRESS_COLUMNS = {
    "recipient_name": "name",
    "phone": "phone",
    "address1": "line1",
    "address2": "line2",
    "address3": "line3",
    "city": "city",
    "state": "state",
    "postal_code": "postal_code",
}


def read(table: Table, *, default_tz: tzinfo, default_currency: str) -> FileRead:
    check_columns(table, REQUIRED_COLUMNS, LABEL)
    result = FileRead([], [])
    problems, bad = result.problems, result.bad_keys
    rows: list[RowOrder] = []
    for row in table.rows:
        cells = RowCells(table, row)
        marketplace = cells.text("marketplace").lower() or DEFAULT_MARKETPLACE
        order_number = cells.text("order_number", required=True)
        parsed = _read_row(cells, order_number, marketplace, default_tz, default_currency)
        if cells.problems or parsed is None:
            problems.extend(cells.problems)
            if order_number:
                bad.add((marketplace, order_number))
            else:
                result.unknown_bad = True
            continue
        rows.append(parsed)
    result.orders = assemble(table.file, rows, bad, problems, line_key_column="sku")
    return result


def _read_row(
    cells: RowCells,
    order_number: str,
    marketplace: str,
    default_tz: tzinfo,
    default_currency: str,
) -> RowOrder | None:
    ordered_at = cells.parsed("ordered_at", lambda v: parse_timestamp(v, default_tz), required=True)
    ship_by = cells.parsed("ship_by", lambda v: parse_timestamp(v, default_tz))
    country = cells.parsed("country", normalise_country) or ""
    sku = cells.text("sku", required=True)
    quantity = cells.parsed("quantity", parse_quantity, required=True)
    currency = cells.parsed("currency", parse_currency)
    if currency is None and not cells.text("currency"):
        currency = default_currency
    unit_price = (
        cells.parsed("unit_price", lambda v: parse_money(v, currency)) if currency else None
    )
    address = Address(
        **{field: cells.text(column) for column, field in _ADDRESS_COLUMNS.items()},
        country=country,
    )
    if ordered_at is None or quantity is None:
        return None
    line = OrderLine(
        sku=sku,
        title=cells.text("title"),
        quantity=quantity,
        unit_price_minor=unit_price,
        currency=currency if currency and unit_price is not None else "",
        line_key=sku,
    )
    agree = {column: cells.text(column) for column in _ADDRESS_COLUMNS}
    agree.update(ordered_at=ordered_at, ship_by=ship_by or "", country=country)
    order = Order(
        marketplace=marketplace,
        order_number=order_number,
        ordered_at=ordered_at,
        ship_to=address,
        lines=[line],
        ship_by=ship_by,
    )
    return RowOrder(cells.line, agree, order)
