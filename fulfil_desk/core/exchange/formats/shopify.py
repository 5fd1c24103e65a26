"""Shopify's orders export CSV: one row per line item, order fields on the first row only.

Rows with the same `Name` are one order. A later row's blank order-level cell takes the
first row's value; a filled one must agree with it. `Cancelled at` marks a buyer
cancellation; `Fulfilled at` on a fulfilled order is when it shipped.

The export has no line-item id, and one order may hold the same SKU on two line items
(personalised goods: other properties, another price). A line keys on its SKU; the second
line of that SKU in the order on `SKU#2`, the third on `SKU#3`, in file order, so the same
file keys its lines the same way every time it is read.
"""

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
from fulfil_desk.core.kernel.messages import Message, Term
from fulfil_desk.core.kernel.orders import Address, Order, OrderLine

LABEL = Term("file_format", "shopify")
MARKETPLACE = "shopify"
COMPLETE = False  # an export covers what the person filtered, not every open order

SIGNATURE = ("name", "created at", "lineitem quantity", "lineitem name", "lineitem sku")
REQUIRED_COLUMNS = (
    "name",
    "created at",
    "lineitem quantity",
    "lineitem sku",
    "shipping name",
    "shipping address1",
    "shipping country",
)
_ADDRESS = {
    "shipping name": "name",
    "shipping address1": "line1",
    "shipping address2": "line2",
    "shipping company": "line3",
    "shipping city": "city",
    "shipping province": "state",
    "shipping zip": "postal_code",
}
_ORDER_LEVEL = (
    *_ADDRESS,
    "shipping country",
    "shipping phone",
    "phone",
    "billing phone",
    "created at",
    "currency",
    "cancelled at",
    "fulfilled at",
    "fulfillment status",
)
OPTIONAL_COLUMNS = tuple(
    c for c in (*_ORDER_LEVEL, "lineitem name", "lineitem price", "lineitem requires shipping")
    if c not in REQUIRED_COLUMNS
)  # fmt: skip


def read(table: Table, *, default_tz: tzinfo, default_currency: str) -> FileRead:
    check_columns(table, REQUIRED_COLUMNS, LABEL)
    result = FileRead([], [])
    rows: list[RowOrder] = []
    firsts: dict[str, dict[str, str]] = {}
    line_keys: dict[str, set[str]] = {}  # order name → the line keys given so far
    for row in table.rows:
        cells = RowCells(table, row)
        name = cells.text("name", required=True)
        if not name:
            result.problems.extend(cells.problems)
            result.unknown_bad = True
            continue
        key = (MARKETPLACE, name)
        first = firsts.setdefault(name, cells.values(_ORDER_LEVEL))
        cells.carry(first)
        if cells.text("cancelled at"):
            result.fact(key).cancelled = True
            continue
        if cells.text("lineitem requires shipping").casefold() == "false":
            continue  # a gift card or a download: nothing to pack
        parsed = _read_row(cells, name, default_tz, default_currency)
        if cells.problems or parsed is None:
            result.problems.extend(cells.problems)
            result.bad_keys.add(key)
            continue
        line = parsed.order.lines[0]
        line.line_key = _unique_key(line.sku, line_keys.setdefault(name, set()))
        rows.append(parsed)
        fulfilled = cells.parsed("fulfilled at", lambda v: parse_timestamp(v, default_tz))
        if fulfilled and cells.text("fulfillment status").casefold() == "fulfilled":
            result.fact(key).shipped_at = fulfilled
    cancelled = {k for k, f in result.facts.items() if f.cancelled}
    rows = [r for r in rows if r.key not in cancelled]
    result.orders = assemble(
        table.file, rows, result.bad_keys, result.problems, line_key_column="lineitem sku"
    )
    return result


def _unique_key(sku: str, taken: set[str]) -> str:
    """`sku`, or `sku#2`, `sku#3`… when an earlier line of the order has that key."""
    key, n = sku, 1
    while key in taken:
        n += 1
        key = f"{sku}#{n}"
    taken.add(key)
    return key


def _unquote(text: str) -> str:
    """Shopify writes zips and phones as '02134 so that spreadsheets keep the zero."""
    return text[1:] if text.startswith("'") else text


def _read_row(
    cells: RowCells, name: str, default_tz: tzinfo, default_currency: str
) -> RowOrder | None:
    ordered_at = cells.parsed("created at", lambda v: parse_timestamp(v, default_tz), required=True)
    sku = cells.text("lineitem sku")
    if not sku:
        cells.problem("lineitem sku", Message("exchange.shopify_no_sku"))
    quantity = cells.parsed("lineitem quantity", parse_quantity, required=True)
    currency = cells.parsed("currency", parse_currency) or (
        None if cells.text("currency") else default_currency
    )
    price = cells.parsed("lineitem price", lambda v: parse_money(v, currency)) if currency else None
    country = cells.parsed("shipping country", normalise_country, required=True) or ""
    if ordered_at is None or quantity is None or not sku:
        return None
    phones = (cells.text(c) for c in ("shipping phone", "phone", "billing phone"))
    phone = _unquote(next((p for p in phones if p), ""))
    address = Address(
        **{field: _unquote(cells.text(column)) for column, field in _ADDRESS.items()},
        phone=phone,
        country=country,
    )
    line = OrderLine(
        sku=sku,
        title=cells.text("lineitem name"),
        quantity=quantity,
        unit_price_minor=price,
        currency=currency if currency and price is not None else "",
        line_key=sku,
    )
    agree = cells.values(_ADDRESS) | {"shipping country": country, "created at": ordered_at}
    order = Order(
        marketplace=MARKETPLACE,
        order_number=name,
        ordered_at=ordered_at,
        ship_to=address,
        lines=[line],
    )
    return RowOrder(cells.line, agree, order)
