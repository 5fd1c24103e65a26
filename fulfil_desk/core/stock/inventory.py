"""Products and the stock rules: on-hand is the sum of the ledger; reserved units are promised.

Shippable = max(0, on hand - reserved - safety stock): what a marketplace listing may offer.
A SKU is low when its shippable quantity is at or below its reorder point. Both are worked
out in one place, the stock levels query (`core/storage/products.py`, `StockRepo.levels`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from fulfil_desk.core.kernel.errors import UserError
from fulfil_desk.core.kernel.messages import Message, Term
from fulfil_desk.core.kernel.orders import OPEN_STATUSES, OrderStatus

MAX_QUANTITY = 100_000  # more units than this in one move or one count is a typing slip
QUANTITY = re.compile(r"^\d{1,6}$")  # a typed or scanned quantity; barcodes are longer


@dataclass(frozen=True)
class Product:
    sku: str
    name: str
    bin_location: str = ""
    weight_g: int = 0
    barcodes: tuple[str, ...] = ()
    on_hand: int = 0  # derived from the ledger; saving a product never changes it
    safety_stock: int = 0  # kept back from every listing; set with set_stock_limits
    reorder_point: int = 0  # low when shippable <= this


class StockReason(StrEnum):
    RECEIVED = "received"  # goods in from a supplier
    COUNT = "count"  # the difference a count found
    DAMAGED = "damaged"  # written off
    RETURNED = "returned"  # came back from a buyer, fit to sell
    CORRECTION = "correction"  # a mistake in an earlier row put right
    SHIPPED = "shipped"  # left with an order (posted by ship, never by hand)


# Reasons a person may give to `adjust_stock`, and the sign each allows (None: either).
ADJUST_SIGNS: dict[StockReason, int | None] = {
    StockReason.RECEIVED: +1,
    StockReason.RETURNED: +1,
    StockReason.DAMAGED: -1,
    StockReason.CORRECTION: None,
    StockReason.COUNT: None,
}

# Units on these orders are promised to a buyer and not free to sell again.
RESERVING_STATUSES = tuple(
    s for s in OPEN_STATUSES if s not in (OrderStatus.NEW, OrderStatus.ON_HOLD)
)


def signed(n: int) -> str:
    """A stock move as a person writes it: +3, -2, +0."""
    return f"{n:+d}"


def as_given(value: object) -> int | str:
    """A refused quantity as it was given: a whole number stays one, anything else is shown
    as Python writes it ('3', 2.5, None)."""
    return value if type(value) is int else repr(value)


def check_quantity(quantity, what: Message, *, allow_zero: bool = False) -> int:
    """A whole number of units from 1 (or 0) to MAX_QUANTITY, else a refusal saying so."""
    low = 0 if allow_zero else 1
    if isinstance(quantity, bool) or not isinstance(quantity, int):
        raise UserError(Message("stock.not_whole_units", what=what, quantity=as_given(quantity)))
    if not low <= quantity <= MAX_QUANTITY:
        raise UserError(
            Message(
                "stock.quantity_out_of_range",
                what=what,
                quantity=quantity,
                low=low,
                high=MAX_QUANTITY,
            )
        )
    return quantity


def adjust_reason(reason: str, delta: int) -> StockReason:
    """The reason code for a hand adjustment, refused when unknown or of the wrong sign."""
    try:
        code = StockReason(str(reason).strip().lower())
    except ValueError:
        code = None
    if code is None or code not in ADJUST_SIGNS:
        codes = tuple(r.value for r in ADJUST_SIGNS)  # what to type, never translated
        raise UserError(Message("stock.unknown_reason", reason=str(reason), reasons=codes))
    sign = ADJUST_SIGNS[code]
    if sign is not None and delta * sign < 0:
        said, moved = Term("stock_reason", code.value), signed(delta)
        raise UserError(
            Message("stock.reason_only_adds", reason=said, delta=moved)
            if sign > 0
            else Message("stock.reason_only_removes", reason=said, delta=moved)
        )
    return code


def check_adjustment(sku: str, on_hand: int, delta: int) -> None:
    if isinstance(delta, bool) or not isinstance(delta, int):
        raise UserError(Message("stock.not_whole_units", what=sku, quantity=as_given(delta)))
    if delta == 0:
        raise UserError(Message("stock.adjust_by_zero", sku=sku))
    if abs(delta) > MAX_QUANTITY:
        raise UserError(
            Message("stock.adjust_too_big", sku=sku, delta=signed(delta), most=MAX_QUANTITY)
        )
    if on_hand + delta < 0:
        raise UserError(
            Message(
                "stock.adjust_below_zero",
                sku=sku,
                on_hand=on_hand,
                delta=signed(delta),
                left=on_hand + delta,
            )
        )


def check_limits(sku: str, safety_stock: int, reorder_point: int) -> None:
    check_quantity(safety_stock, Message("stock.safety_stock_of", sku=sku), allow_zero=True)
    check_quantity(reorder_point, Message("stock.reorder_point_of", sku=sku), allow_zero=True)
