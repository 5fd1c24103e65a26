"""The bench's state machine for one order, and the rules of each scan.

Pure functions over `Order`; the Desk loads, calls these, and saves in one transaction.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from fulfil_desk.core.kernel.errors import NotAllowed, OneTooMany, WrongItem
from fulfil_desk.core.kernel.orders import HoldReason, Order, OrderLine, OrderStatus
from fulfil_desk.core.stock.inventory import Product

S = OrderStatus


class Step(StrEnum):
    VERIFY = "verify"
    PICK = "pick"
    PACK = "pack"
    LABEL = "label"
    TRACKING = "tracking"
    DONE = "done"


STEP_OF_STATUS = {
    S.NEW: Step.VERIFY,
    S.ON_HOLD: Step.VERIFY,
    S.VERIFIED: Step.PICK,
    S.PICKING: Step.PICK,
    S.PICKED: Step.PACK,
    S.PACKING: Step.PACK,
    S.PACKED: Step.LABEL,
    S.LABELLED: Step.TRACKING,
    S.SHIPPED: Step.DONE,
    S.CANCELLED: Step.DONE,
}


TRANSITIONS: dict[OrderStatus, set[OrderStatus]] = {
    S.NEW: {S.VERIFIED, S.ON_HOLD, S.CANCELLED},
    S.ON_HOLD: {S.VERIFIED, S.ON_HOLD, S.CANCELLED},
    S.VERIFIED: {S.PICKING, S.ON_HOLD, S.CANCELLED},
    S.PICKING: {S.PICKED, S.CANCELLED},
    S.PICKED: {S.PACKING, S.CANCELLED},
    S.PACKING: {S.PACKED, S.CANCELLED},
    S.PACKED: {S.LABELLED, S.CANCELLED},
    S.LABELLED: {S.SHIPPED, S.CANCELLED},
    S.SHIPPED: set(),
    S.CANCELLED: set(),
}


# An order left at a bench step in one of these is put aside: half picked, half packed, a box
# closed without its label, a label without its waybill. Picked and not yet packed is where a
# finished pick list leaves every order: waiting to be packed, not set aside.
SET_ASIDE = frozenset({S.PICKING, S.PACKING, S.PACKED, S.LABELLED})


def step_of(order: Order) -> Step:
    return STEP_OF_STATUS[order.status]


def move(order: Order, to: OrderStatus) -> None:
    if to not in TRANSITIONS[order.status]:
        raise NotAllowed(
            f"Order {order.order_number} is {order.status.value.replace('_', ' ')}; "
            f"it cannot become {to.value.replace('_', ' ')} from there."
        )
    order.status = to


def require_step(order: Order, step: Step) -> None:
    current = step_of(order)
    if current is not step:
        raise NotAllowed(
            f"Order {order.order_number} is at {current.value}, not {step.value}."
            if current is not Step.DONE
            else f"Order {order.order_number} is already {order.status.value}."
        )


@dataclass(frozen=True)
class Problem:
    reason: HoldReason
    sentence: str


MAX_UNITS_PER_LINE = 999
MAX_UNIT_PRICE_MINOR = 1_000_000_000


def verify_problems(order: Order, products: dict[str, Product], free_units: dict[str, int]):
    """What stops this order from shipping, each named.

    `free_units`: per SKU, on hand less the units promised to other orders.
    """
    problems: list[Problem] = []
    for line in order.lines:
        if line.sku not in products:
            problems.append(
                Problem(HoldReason.UNKNOWN_SKU, f"SKU {line.sku} is not a known product.")
            )
        if not 0 < line.quantity <= MAX_UNITS_PER_LINE:
            problems.append(
                Problem(
                    HoldReason.BAD_QUANTITY, f"{line.sku}: quantity {line.quantity} is not sane."
                )
            )
        if line.unit_price_minor is not None and not (
            0 <= line.unit_price_minor <= MAX_UNIT_PRICE_MINOR
        ):
            problems.append(
                Problem(
                    HoldReason.BAD_PRICE,
                    f"{line.sku}: unit price {line.unit_price_minor} {line.currency} is not sane.",
                )
            )
    missing = order.ship_to.missing_fields()
    if missing:
        problems.append(
            Problem(HoldReason.INCOMPLETE_ADDRESS, f"The address has no {', '.join(missing)}.")
        )
    needed: dict[str, int] = {}
    for line in order.lines:
        needed[line.sku] = needed.get(line.sku, 0) + line.quantity
    for sku, units in needed.items():
        if sku in products and free_units.get(sku, 0) < units:
            problems.append(
                Problem(
                    HoldReason.OUT_OF_STOCK,
                    f"{sku}: {units} needed, only {max(0, free_units.get(sku, 0))} can ship.",
                )
            )
    return problems


def take_pick(orders: list[Order], sku: str, code: str) -> tuple[Order, OrderLine]:
    """The order line a picked unit of `sku` goes to: the soonest-due order still short of it."""
    wanted = [(o, line) for o in orders for line in o.lines if line.sku == sku]
    if not wanted:
        raise WrongItem(f"{code} ({sku}) is not on this pick list. Put it back.")
    for order, line in wanted:
        if line.picked < line.quantity:
            line.picked += 1
            return order, line
    total = sum(line.quantity for _, line in wanted)
    raise OneTooMany(f"All {total} of {sku} are already picked. Put this one back.")


def take_pack(order: Order, sku: str, code: str, *, line: OrderLine | None = None) -> OrderLine:
    """The order line a unit of `sku` goes into (with `line`: that one, confirmed by hand)."""
    lines = [ln for ln in order.lines if ln.sku == sku] if line is None else [line]
    if not lines:
        raise WrongItem(
            f"{code} ({sku}) is not in order {order.order_number}. Keep it out of the box."
        )
    for each in lines:
        if each.packed < each.picked:
            each.packed += 1
            return each
    total = sum(each.quantity for each in lines)
    raise OneTooMany(f"All {total} of {sku} are already in the box. Keep this one out.")


def is_fully_picked(order: Order) -> bool:
    return all(line.picked == line.quantity for line in order.lines)


def is_fully_packed(order: Order) -> bool:
    return all(line.packed == line.quantity for line in order.lines)
