"""The bench's state machine for one order, and the rules of each scan.

Pure functions over `Order`; the Desk loads, calls these, and saves in one transaction.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from fulfil_desk.core.customs.rules import pccc_problem
from fulfil_desk.core.kernel.errors import NotAllowed, OneTooMany, WrongItem
from fulfil_desk.core.kernel.messages import Message, Money, Term
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
            Message(
                "bench.cannot_become",
                order=order.order_number,
                status=Term("status", order.status.value),
                to=Term("status", to.value),
            )
        )
    order.status = to


def require_step(order: Order, step: Step) -> None:
    current = step_of(order)
    if current is not step:
        raise NotAllowed(
            Message(
                "bench.at_another_step",
                order=order.order_number,
                step=Term("step", current.value),
                wanted=Term("step", step.value),
            )
            if current is not Step.DONE
            else Message(
                "bench.already_finished",
                order=order.order_number,
                status=Term("status", order.status.value),
            )
        )


@dataclass(frozen=True)
class Problem:
    reason: HoldReason
    sentence: Message  # what is wrong, said to the packer


MAX_UNITS_PER_LINE = 999
MAX_UNIT_PRICE_MINOR = 1_000_000_000


def verify_problems(
    order: Order, products: dict[str, Product], free_units: dict[str, int], *, shop_country=""
):
    """What stops this order from shipping, each named.

    `free_units`: per SKU, on hand less the units promised to other orders. `shop_country`:
    where the parcel leaves from; into Korea from abroad it needs the buyer's PCCC.
    """
    problems: list[Problem] = []
    for line in order.lines:
        if line.sku not in products:
            problems.append(
                Problem(HoldReason.UNKNOWN_SKU, Message("bench.unknown_sku", sku=line.sku))
            )
        if not 0 < line.quantity <= MAX_UNITS_PER_LINE:
            problems.append(
                Problem(
                    HoldReason.BAD_QUANTITY,
                    Message("bench.quantity_not_sane", sku=line.sku, quantity=line.quantity),
                )
            )
        if line.unit_price_minor is not None and not (
            0 <= line.unit_price_minor <= MAX_UNIT_PRICE_MINOR
        ):
            problems.append(
                Problem(
                    HoldReason.BAD_PRICE,
                    Message(
                        "bench.unit_price_not_sane",
                        sku=line.sku,
                        price=Money(line.unit_price_minor, line.currency),
                    ),
                )
            )
    missing = order.ship_to.missing_fields()
    if missing:
        problems.append(
            Problem(
                HoldReason.INCOMPLETE_ADDRESS,
                Message(
                    "bench.address_incomplete",
                    missing=tuple(Term("address_field", field) for field in missing),
                ),
            )
        )
    customs = pccc_problem(
        shop_country=shop_country, recipient_country=order.ship_to.country, pccc=order.pccc
    )
    if customs is not None:
        problems.append(Problem(HoldReason.MISSING_PCCC, customs))
    needed: dict[str, int] = {}
    for line in order.lines:
        needed[line.sku] = needed.get(line.sku, 0) + line.quantity
    for sku, units in needed.items():
        if sku in products and free_units.get(sku, 0) < units:
            problems.append(
                Problem(
                    HoldReason.OUT_OF_STOCK,
                    Message(
                        "bench.not_enough_free",
                        sku=sku,
                        needed=units,
                        free=max(0, free_units.get(sku, 0)),
                    ),
                )
            )
    return problems


def take_pick(orders: list[Order], sku: str, code: str) -> tuple[Order, OrderLine]:
    """The order line a picked unit of `sku` goes to: the soonest-due order still short of it."""
    wanted = [(o, line) for o in orders for line in o.lines if line.sku == sku]
    if not wanted:
        raise WrongItem(Message("bench.not_on_pick_list", code=code, sku=sku))
    for order, line in wanted:
        if line.picked < line.quantity:
            line.picked += 1
            return order, line
    total = sum(line.quantity for _, line in wanted)
    raise OneTooMany(Message("bench.all_picked", total=total, sku=sku))


def take_pack(order: Order, sku: str, code: str, *, line: OrderLine | None = None) -> OrderLine:
    """The order line a unit of `sku` goes into (with `line`: that one, confirmed by hand)."""
    lines = [ln for ln in order.lines if ln.sku == sku] if line is None else [line]
    if not lines:
        raise WrongItem(Message("bench.not_in_order", code=code, sku=sku, order=order.order_number))
    for each in lines:
        if each.packed < each.picked:
            each.packed += 1
            return each
    total = sum(each.quantity for each in lines)
    raise OneTooMany(Message("bench.all_in_box", total=total, sku=sku))


def is_fully_picked(order: Order) -> bool:
    return all(line.picked == line.quantity for line in order.lines)


def is_fully_packed(order: Order) -> bool:
    return all(line.packed == line.quantity for line in order.lines)


def suggested_weight_g(order: Order, products: dict[str, Product], tare_g: int) -> int:
    """The goods' weight (the products' weights by quantity) and the box's."""
    return tare_g + sum(
        products[ln.sku].weight_g * ln.quantity for ln in order.lines if ln.sku in products
    )
