"""eBay Seller Hub's orders report CSV, US ("Ship To …") and UK ("Post To …") headers.

The file may start with an Excel `sep=` line and notes (tables.py skips them to the
header) and end with footer rows ("3 record(s) downloaded", "Seller ID: …"), dropped
here. A blank Order Number falls back to the Sales Record Number. A multi-item order is
a summary row then one row per item; item rows take blank order fields from the first.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import datetime, timedelta, timezone, tzinfo

from fulfil_desk.core.exchange.formats.common import (
    BadValue,
    RowCells,
    RowOrder,
    Table,
    assemble,
    check_columns,
    currency_of_amount,
    normalise_country,
    parse_money,
    parse_quantity,
    parse_timestamp,
    rename_columns,
)
from fulfil_desk.core.exchange.formats.model import FileRead
from fulfil_desk.core.kernel.messages import Message, Term
from fulfil_desk.core.kernel.orders import Address, Order, OrderLine

LABEL = Term("file_format", "ebay")
MARKETPLACE = "ebay"
COMPLETE = False

# UK names → the US names the reader uses.
_UK = {
    "post to name": "ship to name",
    "post to phone": "ship to phone",
    "post to address 1": "ship to address 1",
    "post to address 2": "ship to address 2",
    "post to city": "ship to city",
    "post to county": "ship to state",
    "post to postcode": "ship to zip",
    "post to country": "ship to country",
}
SIGNATURE = ("sales record number", "order number", "item number", "item title", "quantity")
REQUIRED_COLUMNS = (
    "sales record number",
    "quantity",
    "sale date",
    "ship to name",
    "ship to address 1",
    "ship to country",
)
_ADDRESS = {
    "ship to name": "name",
    "ship to phone": "phone",
    "ship to address 1": "line1",
    "ship to address 2": "line2",
    "ship to city": "city",
    "ship to state": "state",
    "ship to zip": "postal_code",
}
_ORDER_LEVEL = (
    *_ADDRESS,
    "ship to country",
    "sale date",
    "ship by date",
    "shipped on date",
    "tracking number",
    "shipping service",
    "order status",
    "cancel status",
)
OPTIONAL_COLUMNS = ("order number", "custom label", "item number", "item title", "sold for",
                    "transaction id", *_ORDER_LEVEL[7:])  # fmt: skip
_FOOTER = re.compile(r"\d[\d,]*\s+record\(?s?\)?\s+downloaded.*|seller id\s*:.*", re.IGNORECASE)
_MONTHS = {
    m: i
    for i, m in enumerate(
        ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1
    )
}
_ZONES = {
    "PST": -8, "PDT": -7, "MST": -7, "MDT": -6, "CST": -6, "CDT": -5, "EST": -5, "EDT": -4,
    "GMT": 0, "UTC": 0, "BST": 1, "CET": 1, "CEST": 2, "AEST": 10, "AEDT": 11,
}  # fmt: skip
_DATE = re.compile(
    r"(?:(?P<m1>[a-z]{3})[a-z]*[- ](?P<d1>\d{1,2}),?[- ](?P<y1>\d{2,4})"
    r"|(?P<d2>\d{1,2})[- ](?P<m2>[a-z]{3})[a-z]*[- ](?P<y2>\d{2,4})"
    r"|(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y3>\d{4}))"
    r"(?:[ T]+(?P<h>\d{1,2}):(?P<mi>\d{2})(?::(?P<s>\d{2}))?)?(?: *(?P<z>[a-z]{3,4}))?",
    re.IGNORECASE,
)


def is_footer(cells: list[str]) -> bool:
    filled = [c.strip() for c in cells if c.strip()]
    return len(filled) == 1 and cells[0].strip() == filled[0] and bool(_FOOTER.fullmatch(filled[0]))


def parse_date(text: str, default_tz: tzinfo, *, day_first: bool) -> str:
    """eBay's dates: Jun-18-26, 18-Jun-26, Jun 18, 2026, 06/18/2026 (US) or 18/06/2026 (UK)."""
    value = unicodedata.normalize("NFKC", text).strip()
    match = _DATE.fullmatch(value)
    if match is None:
        return parse_timestamp(value, default_tz)  # ISO 8601 and 2026/06/18 too
    g = match.groupdict()
    try:
        if g["y3"]:
            day, month = (g["a"], g["b"]) if day_first else (g["b"], g["a"])
            year = g["y3"]
        else:
            month = _MONTHS[(g["m1"] or g["m2"]).lower()]
            day, year = g["d1"] or g["d2"], g["y1"] or g["y2"]
        year = int(year) + (2000 if len(year) == 2 else 0)
        zone = default_tz
        if g["z"]:
            zone = timezone(timedelta(hours=_ZONES[g["z"].upper()]))
        at = datetime(year, int(month), int(day), int(g["h"] or 0), int(g["mi"] or 0),
                      int(g["s"] or 0), tzinfo=zone)  # fmt: skip
    except (KeyError, ValueError):
        raise BadValue(Message("exchange.ebay_not_a_date", text=text)) from None
    if not 1970 <= year <= 2200:
        raise BadValue(Message("exchange.year_out_of_range", text=text))
    return at.isoformat(timespec="seconds")


def read(table: Table, *, default_tz: tzinfo, default_currency: str) -> FileRead:
    uk = any(name in _UK for name in table.header)
    table = rename_columns(table, _UK)
    check_columns(table, REQUIRED_COLUMNS, LABEL)
    currency = "GBP" if uk else "USD"
    result = FileRead([], [])
    rows: list[RowOrder] = []
    firsts: dict[str, dict[str, str]] = {}
    for row in table.rows:
        if is_footer(row.cells):
            continue
        cells = RowCells(table, row)
        number = cells.text("order number") or cells.text("sales record number")
        if not number:
            cells.problem("order number", Message("exchange.ebay_no_order_number"))
            result.problems.extend(cells.problems)
            result.unknown_bad = True
            continue
        key = (MARKETPLACE, number)
        cells.carry(firsts.setdefault(number, cells.values(_ORDER_LEVEL)))
        if "cancel" in (cells.text("order status") + cells.text("cancel status")).casefold():
            result.fact(key).cancelled = True
            continue
        if not (cells.text("item number") or cells.text("custom label") or cells.text("quantity")):
            continue  # the summary row of a multi-item order
        parsed = _read_row(cells, number, default_tz, currency, uk)
        if cells.problems or parsed is None:
            result.problems.extend(cells.problems)
            result.bad_keys.add(key)
            continue
        rows.append(parsed)
        when = lambda v: parse_date(v, default_tz, day_first=uk)  # noqa: E731
        facts = result.fact(key)
        facts.shipped_at = cells.parsed("shipped on date", when)
        facts.tracking = cells.text("tracking number")
        facts.courier = cells.text("shipping service")
    cancelled = {k for k, f in result.facts.items() if f.cancelled}
    rows = [r for r in rows if r.key not in cancelled]
    result.orders = assemble(
        table.file, rows, result.bad_keys, result.problems, line_key_column="transaction id"
    )
    return result


def _read_row(
    cells: RowCells, number: str, default_tz: tzinfo, currency: str, uk: bool
) -> RowOrder | None:
    when = lambda v: parse_date(v, default_tz, day_first=uk)  # noqa: E731
    ordered_at = cells.parsed("sale date", when, required=True)
    ship_by = cells.parsed("ship by date", lambda v: _day_end(when(v), v))
    quantity = cells.parsed("quantity", parse_quantity, required=True)
    sold_for = cells.text("sold for").replace(" ", "")
    currency = currency_of_amount(sold_for, currency)
    price = cells.parsed("sold for", lambda _: parse_money(sold_for, currency))
    country = cells.parsed("ship to country", normalise_country, required=True) or ""
    sku = cells.text("custom label") or cells.text("item number")
    if not sku:
        cells.problem("custom label", Message("exchange.ebay_no_sku"))
    if ordered_at is None or quantity is None or not sku:
        return None
    line = OrderLine(
        sku=sku,
        title=cells.text("item title"),
        quantity=quantity,
        unit_price_minor=price,
        currency=currency if price is not None else "",
        line_key=cells.text("transaction id") or cells.text("item number") or sku,
    )
    address = Address(**{f: cells.text(c) for c, f in _ADDRESS.items()}, country=country)
    agree = cells.values(_ADDRESS) | {"ship to country": country, "sale date": ordered_at}
    order = Order(
        marketplace=MARKETPLACE,
        order_number=number,
        ordered_at=ordered_at,
        ship_to=address,
        lines=[line],
        ship_by=ship_by,
    )
    return RowOrder(cells.line, agree, order)


def _day_end(at: str, text: str) -> str:
    """A ship-by date without a time is the end of that day."""
    if ":" in text:
        return at
    return datetime.fromisoformat(at).replace(hour=23, minute=59, second=59).isoformat()
