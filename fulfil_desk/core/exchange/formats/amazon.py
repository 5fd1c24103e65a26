"""Amazon's order report and Unshipped Orders report: tab-delimited, read by header name."""

from __future__ import annotations

from datetime import datetime, tzinfo

from fulfil_desk.core.exchange.formats.amazon_all_orders import refuse_if_all_orders
from fulfil_desk.core.exchange.formats.columns import (
    Columns,
    Refused,
    group_columns,
    parse_all,
    required_text,
)
from fulfil_desk.core.exchange.formats.common import (
    Table,
    check_columns,
    clean_text,
    normalise_country,
    parse_currency,
    parse_money,
    parse_quantity,
    parse_timestamp,
)
from fulfil_desk.core.exchange.formats.model import FileRead
from fulfil_desk.core.kernel.messages import Term
from fulfil_desk.core.kernel.orders import Address, Order, OrderLine

LABEL = Term("file_format", "amazon")
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

_ADDRESS_COLUMNS = (
    "recipient-name",
    "ship-address-1",
    "ship-address-2",
    "ship-address-3",
    "ship-city",
    "ship-state",
    "ship-postal-code",
)
# What every row of an order must repeat: the address, then these.
_AGREE = (*_ADDRESS_COLUMNS, "purchase-date", "ship-phone-number", "ship-country")
_CANCELLED = ("cancelled", "canceled")


def read(table: Table, *, default_tz: tzinfo, default_currency: str) -> FileRead:
    """Column by column (see `columns.py`); a row with a refused value leaves its order out."""
    refuse_if_all_orders(table.header, table.file)
    check_columns(table, REQUIRED_COLUMNS, LABEL)
    unshipped_report = "quantity-to-ship" in table.index
    result = FileRead([], [])
    cols = Columns(table)

    def stamp(value: str) -> str:
        return parse_timestamp(value, default_tz)

    ids, line_keys, skus = cols.text("order-id"), cols.text("order-item-id"), cols.text("sku")
    purchased_at = cols.parsed("purchase-date", stamp, required=True)
    promise = cols.parsed("promise-date", stamp)
    purchased = cols.parsed("quantity-purchased", parse_quantity, required=True)
    to_ship, to_ship_text = purchased, None
    if unshipped_report:
        to_ship_text = cols.text("quantity-to-ship")
        to_ship = cols.parsed("quantity-to-ship", parse_quantity, required=True)
    currency = cols.parsed("currency", parse_currency, empty=default_currency)
    totals = parse_all(zip(cols.raw("item-price"), currency, strict=True), _line_total)
    country = cols.parsed("ship-country", normalise_country, empty="")
    checked = [
        ("order-id", required_text(ids)),
        ("order-item-id", required_text(line_keys)),
        ("purchase-date", purchased_at),
        ("promise-date", promise),
        ("sku", required_text(skus)),
        ("quantity-purchased", purchased),
        *([("quantity-to-ship", to_ship)] if unshipped_report else []),
        ("currency", currency),
        ("item-price", totals),
        ("ship-country", country),
    ]
    left_out = _read_special_rows(cols, ids, to_ship_text, checked, result)
    phones = cols.text("ship-phone-number")
    if "" in phones:
        phones = [s or b for s, b in zip(phones, cols.text("buyer-phone-number"), strict=True)]
    name, *street = map(cols.text, _ADDRESS_COLUMNS)
    agree = list(zip(name, *street, purchased_at, phones, country, strict=True))
    address = [name, phones, *street, country]  # in `Address`'s order
    keys = list(zip([MARKETPLACE] * len(ids), ids, strict=True))
    good = [i for i in range(len(cols)) if i not in left_out] if left_out else range(len(cols))
    orders = group_columns(
        table.file, good, (cols.lines, keys, line_keys, agree), result.bad_keys,
        result.problems, "order-item-id", _AGREE,
    )  # fmt: skip
    prices = parse_all(zip(totals, purchased, strict=True), _unit_price)
    priced = ["" if price is None else code for price, code in zip(prices, currency, strict=True)]
    titles = cols.text("product-name")
    lines = list(map(OrderLine, skus, titles, to_ship, prices, priced, line_keys))
    firsts = [rows[0] for rows in orders]

    def of_firsts(column: list) -> list:
        return list(map(column.__getitem__, firsts))

    ship_by: list[str | None] = [None] * len(orders)
    if promise.count(None) < len(promise):
        ship_by = [_earliest([promise[i] for i in rows]) for rows in orders]
    result.orders = list(
        map(
            Order,
            [MARKETPLACE] * len(orders),
            of_firsts(ids),
            of_firsts(purchased_at),
            map(Address, *map(of_firsts, address)),
            ([lines[i] for i in rows] for rows in orders),
            ship_by,
        )
    )
    return result


def _earliest(times: list[str | None]) -> str | None:
    known = [at for at in times if at is not None]
    return min(known, key=datetime.fromisoformat) if known else None


def _line_total(cells: tuple[str, str]) -> int | None:
    price, currency = clean_text(cells[0]), cells[1]
    if not price or not currency or type(currency) is Refused:
        return None
    return parse_money(price, currency)


def _unit_price(cells: tuple) -> int | None:
    """item-price is the total for quantity-purchased; round half up to a minor unit."""
    total, quantity = cells
    if type(total) is not int or type(quantity) is not int:
        return None  # no price, or a refused row
    return (2 * total + quantity) // (2 * quantity)


def _read_special_rows(cols: Columns, ids, to_ship_text, checked, result: FileRead) -> set[int]:
    """The rows that are not lines to ship, in file order: the Unshipped report's lines with
    nothing left to ship, cancelled lines (a fact of their order) and refused rows."""
    special = set(cols.misshapen).union(*(values.refused_rows() for _c, values in checked))
    status = cols.text("order-status")
    if any(status):
        special.update(i for i, s in enumerate(status) if s.casefold() in _CANCELLED and ids[i])
    if to_ship_text is not None:
        special.update(i for i, text in enumerate(to_ship_text) if text == "0")
    left_out = set()
    for i in sorted(special):
        if to_ship_text is not None and to_ship_text[i] == "0":
            left_out.add(i)
        elif ids[i] and status[i].casefold() in _CANCELLED:
            result.fact((MARKETPLACE, ids[i])).cancelled = True
            left_out.add(i)
        elif problems := cols.problems(i, checked):
            result.problems.extend(problems)
            left_out.add(i)
            if ids[i]:
                result.bad_keys.add((MARKETPLACE, ids[i]))
            else:
                result.unknown_bad = True
    return left_out
