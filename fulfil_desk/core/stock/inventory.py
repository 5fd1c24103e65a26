"""Products and the stock rules: on-hand is the sum of the ledger; reserved units are promised.

Shippable = max(0, on hand - reserved - safety stock): what a marketplace listing may offer.
A SKU is low when its shippable quantity is at or below its reorder point.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from fulfil_desk.core.kernel.errors import UserError
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


def shippable(on_hand: int, reserved: int, safety_stock: int = 0) -> int:
    return max(0, on_hand - reserved - safety_stock)


def check_quantity(quantity, what: str, *, allow_zero: bool = False) -> int:
    """A whole number of units from 1 (or 0) to MAX_QUANTITY, else a sentence saying so."""
    low = 0 if allow_zero else 1
    if isinstance(quantity, bool) or not isinstance(quantity, int):
        raise UserError(f"{what}: {quantity!r} is not a whole number of units.")
    if not low <= quantity <= MAX_QUANTITY:
        raise UserError(
            f"{what}: {quantity} is not possible; enter a quantity from {low} to {MAX_QUANTITY}."
        )
    return quantity


def adjust_reason(reason: str, delta: int) -> StockReason:
    """The reason code for a hand adjustment, refused when unknown or of the wrong sign."""
    try:
        code = StockReason(str(reason).strip().lower())
    except ValueError:
        code = None
    if code is None or code not in ADJUST_SIGNS:
        names = ", ".join(r.value for r in ADJUST_SIGNS)
        raise UserError(f"Unknown stock reason {reason!r}; use one of {names}.")
    sign = ADJUST_SIGNS[code]
    if sign is not None and delta * sign < 0:
        direction = "add" if sign > 0 else "remove"
        raise UserError(
            f"Stock {code.value} can only {direction} units; use correction for {delta:+d}."
        )
    return code


def check_adjustment(sku: str, on_hand: int, delta: int) -> None:
    if isinstance(delta, bool) or not isinstance(delta, int):
        raise UserError(f"{sku}: {delta!r} is not a whole number of units.")
    if delta == 0:
        raise UserError(f"{sku}: an adjustment of 0 changes nothing; enter how many units.")
    if abs(delta) > MAX_QUANTITY:
        raise UserError(
            f"{sku}: {delta:+d} units is not possible; adjust by at most {MAX_QUANTITY}."
        )
    if on_hand + delta < 0:
        raise UserError(
            f"{sku}: only {on_hand} on hand, so {delta:+d} would leave {on_hand + delta}; "
            "count it instead."
        )


def check_limits(sku: str, safety_stock: int, reorder_point: int) -> None:
    for name, value in (("safety stock", safety_stock), ("reorder point", reorder_point)):
        check_quantity(value, f"{sku} {name}", allow_zero=True)
