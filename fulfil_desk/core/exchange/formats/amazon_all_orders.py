"""Amazon's All Orders report, known by its header only to be refused with a sentence that helps.

Seller Central's Reports ▸ Fulfillment ▸ All Orders (report types
GET_FLAT_FILE_ALL_ORDERS_DATA_BY_ORDER_DATE_GENERAL and …_BY_LAST_UPDATE_GENERAL) lists
FBA and seller-fulfilled orders item by item, but without the buyer: no recipient, street
address or phone, only the city, state, postal code and country. No order can be shipped
from it, so it is no layout to read; the Order Report and the Unshipped Orders report are.
"""

from __future__ import annotations

from collections.abc import Iterable

from fulfil_desk.core.kernel.errors import BadFile
from fulfil_desk.core.kernel.messages import Message, Term

LABEL = Term("file_format", "amazon_all_orders")
# Columns that the order reports do not have; variants write quantity or
# quantity-purchased, and some have url, cpf or number-of-items.
SIGNATURE = ("amazon-order-id", "merchant-order-id", "last-updated-date", "item-status", "asin")
_BUYER = ("recipient-name", "ship-address-1")  # a file with these is something else


def is_all_orders(header: Iterable[str]) -> bool:
    """`header`: normalised (stripped, lower-case) column names."""
    names = set(header)
    return sum(c in names for c in SIGNATURE) >= 4 and not names.intersection(_BUYER)


def refuse_if_all_orders(header: Iterable[str], file: str | Message) -> None:
    if is_all_orders(header):
        raise BadFile(Message("exchange.amazon_all_orders", file=file))
