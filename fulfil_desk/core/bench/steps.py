"""What a scan that has been read means on each page of the bench (bench.py routes to these).

One handler per page, `HANDLERS[page](bench, reading)`; each returns an Outcome or raises a
UserError (nothing changed). Orders and tracking numbers are handled alike on every page by
`order_scanned`: the open order's own number is never a tracking number, another order's
number switches to it.
"""

from __future__ import annotations

from fulfil_desk.core.bench.commands import DONE, QUEUE, ReprintReason
from fulfil_desk.core.bench.outcome import Cue, Outcome
from fulfil_desk.core.bench.reading import NUMBER, Kind, Reading
from fulfil_desk.core.bench.sentences import (
    FLOW_PAGES,
    hint,
    infos_of,
    not_here,
    reason_arg,
    shown,
)
from fulfil_desk.core.bench.units import on_pack, on_pick
from fulfil_desk.core.bench.workflow import Step
from fulfil_desk.core.kernel.errors import BadTracking, NotAllowed, Prompt, UnknownCode, WrongScan
from fulfil_desk.core.kernel.orders import CancelReason, HoldReason, OrderStatus


def order_scanned(bench, reading: Reading) -> Outcome:
    """An order's number or a recorded tracking number, on any page."""
    state, desk = bench.state, bench.desk
    order = desk.orders.order(reading.order_id)
    if reading.kind is Kind.TRACKING:
        if state.page == Step.TRACKING.value:
            raise BadTracking(
                f"Tracking number {reading.tracking} is already used on order {order.order_number}."
            )
        if state.page in FLOW_PAGES:
            raise WrongScan(
                f"{reading.code} is the tracking number of order {order.order_number}, which "
                f"is {order.status.value}. {hint(bench)}"
            )
        return bench.switch(order.id)
    if (waiting_for := _number_awaited(bench, reading.code)) is not None:
        raise WrongScan(
            f"{reading.code} is the number of order {order.order_number} too: {waiting_for}"
        )
    if order.id == state.order_id and state.page in FLOW_PAGES:
        if state.page == Step.TRACKING.value:
            raise WrongScan(
                f"{reading.code} is the number of this order (the barcode on its label), not "
                "a tracking number: scan the barcode on the courier's waybill."
            )
        return Outcome.next(f"Order {order.order_number} is open here. {hint(bench)}")
    if (
        state.page == Step.PICK.value
        and state.pick_list_id is not None
        and order.pick_list_id == state.pick_list_id
        and order.status is OrderStatus.PICKING
    ):
        return Outcome.next(f"Order {order.order_number} is on this pick list. {hint(bench)}")
    return bench.switch(order.id)


# ---- the pages ---------------------------------------------------------------------------------


URGENT_LOOKAHEAD = 50  # Enter at Receive skips urgent orders open at other stations


def _number_awaited(bench, code: str) -> str | None:
    """When the page waits for a number (a weight, how many, a line) and `code`, that number,
    is also an order's: how to give the number instead. None: no number is awaited."""
    if not NUMBER.match(code):
        return None
    state, desk = bench.state, bench.desk
    if state.manual is not None and state.manual.line is None:
        return f"double-click line {code} instead, or scan CLEAR, then the order."
    if state.page == Step.PACK.value and state.order_id is not None:
        order = desk.orders.order(state.order_id)
        if order.units_packed == order.units:
            return f"scan the weight with its unit ({code}g), or BACK, then the order."
    if (state.page == "goods_in" and bench.stock.pending()) or (
        state.page == "count" and bench.stock.expects_quantity()
    ):
        return "scan the product once for each unit instead, or BACK, then the order."
    return None


def on_queue(bench, reading: Reading) -> Outcome:
    desk = bench.desk
    if reading.kind is Kind.COMMAND:
        name = reading.command.name
        if name == "PICK-ALL":
            return bench.pick_all()
        if name in ("GOODS-IN", "COUNT"):
            return bench.stock_page(name)
        raise not_here(bench, reading)
    if reading.kind is Kind.EMPTY:
        rows = desk.orders.queue(limit=URGENT_LOOKAHEAD)
        if not rows:
            raise Prompt("The queue is empty. Import orders to start.")
        busy = desk.stations.open_elsewhere([r["id"] for r in rows])
        free = [r["id"] for r in rows if r["id"] not in busy]
        if not free:
            raise Prompt(
                f"The {len(rows)} most urgent orders are open at other stations: scan an order "
                "number to open another."
            )
        return bench.switch(free[0])
    if reading.kind is Kind.PRODUCT:
        raise WrongScan(
            f"{reading.code} is product {reading.sku}, not an order: scan an order number "
            "(or GOODS-IN to receive stock)."
        )
    raise UnknownCode(f"No order has the number {shown(reading.code)}.")


def on_done(bench, reading: Reading) -> Outcome:
    """A finished order is shown: REPRINT; anything else is as on the queue."""
    if reading.kind is Kind.COMMAND and reading.command.name == "REPRINT":
        return _reprint(bench, reading.command.arg)
    return on_queue(bench, reading)  # it leaves the page only for what it accepts


def _reprint(bench, arg: str) -> Outcome:
    order = bench.desk.orders.order(bench._order_id())
    if order.status not in (OrderStatus.LABELLED, OrderStatus.SHIPPED):
        raise NotAllowed(
            f"Order {order.order_number} is {order.status.value}: it has no label to reprint."
        )
    reason = ReprintReason(reason_arg("REPRINT", arg, ReprintReason.DAMAGED.value))
    bench.state.pending.append(f"reprint:{reason.value}")
    return Outcome(f"Printing the label of {order.order_number} again ({reason.value})…")


def on_verify(bench, reading: Reading) -> Outcome:
    desk, order_id = bench.desk, bench._order_id()
    command = reading.command
    if command is not None and command.name == "CANCEL":
        if not command.arg:
            listed = ", ".join(f"CANCEL:{r.value.upper()}" for r in CancelReason)
            raise WrongScan(f"Say why: scan one of {listed}.")
        changes = desk.flow.cancel(order_id, CancelReason(reason_arg("CANCEL", command.arg)))
        bench.back_to_queue()
        return Outcome(changes.message, changes)
    if command is not None and command.name == "HOLD":
        reason = HoldReason(reason_arg("HOLD", command.arg, HoldReason.OTHER.value))
        changes = desk.flow.hold(order_id, reason, "Held at the bench.")
        bench.back_to_queue()
        order = desk.orders.order(order_id)
        why = reason.value.replace("_", " ")
        return Outcome(f"Order {order.order_number} is on hold ({why}).", changes)
    if reading.kind is not Kind.EMPTY:
        raise not_here(bench, reading)
    problems, changes = desk.flow.verify(order_id)
    if problems:  # put on hold, with its reasons: amber, what to do next, not a wrong scan
        bench.back_to_queue()
        return Outcome(changes.message, changes, ok=False, cue=Cue.NEXT)
    bench.open(order_id)
    return Outcome(changes.message + " Press Enter to pick it.", changes)


def on_label(bench, reading: Reading) -> Outcome:
    name = reading.command.name if reading.command else ""
    if reading.kind is Kind.EMPTY or name == "PRINT":
        bench.state.pending.append("print")
        return Outcome("Printing the label…")
    if name == "SAVE":
        bench.state.pending.append("save")
        return Outcome("Saving the label as PDF…")
    if name == "REPRINT":
        raise Prompt("The label is not printed yet: press Enter to print it.")
    raise not_here(bench, reading)


def on_tracking(bench, reading: Reading) -> Outcome:
    state, desk = bench.state, bench.desk
    command = reading.command
    if command is not None:
        if command.name == "COURIER":
            courier = desk.couriers.get(command.arg)
            desk.stations.set_bench_choice(courier=courier.code)
            state.courier = courier.code
            return Outcome(f"Courier: {courier.name('en')}.")
        if command.name == "REPRINT":
            return _reprint(bench, command.arg)
        if command.name == "PRINT":
            raise Prompt("The label is printed: scan REPRINT to print it again.")
        raise not_here(bench, reading)
    if reading.kind is Kind.EMPTY:
        raise Prompt("Scan the tracking number from the courier's waybill.")
    if reading.kind is Kind.PRODUCT:
        raise WrongScan(
            f"{reading.code} is the barcode of product {reading.sku}, not a tracking number: "
            "scan the barcode on the courier's waybill."
        )
    if not state.courier:
        raise WrongScan("Choose the courier first (scan COURIER:<code>).")
    changes = desk.flow.ship(bench._order_id(), courier=state.courier, tracking=reading.code)
    bench.back_to_queue()
    return Outcome(changes.message + " Press Enter for the next order.", changes, cue=Cue.SHIPPED)


def _stock(page: str):
    def handler(bench, reading: Reading) -> Outcome:
        command = reading.command
        if command is not None and command.name in ("GOODS-IN", "COUNT"):
            return bench.stock_page(command.name)
        if command is not None and page not in (p for c in infos_of(command.name) for p in c.pages):
            raise not_here(bench, reading)
        return (
            bench.stock.goods_in(reading.code)
            if page == "goods_in"
            else bench.stock.count(reading.code)
        )

    return handler


HANDLERS = {
    QUEUE: on_queue,
    DONE: on_done,
    "verify": on_verify,
    "pick": on_pick,
    "pack": on_pack,
    "label": on_label,
    "tracking": on_tracking,
    "goods_in": _stock("goods_in"),
    "count": _stock("count"),
}

__all__ = ["HANDLERS"]
