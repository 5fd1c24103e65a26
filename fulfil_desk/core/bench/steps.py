"""What a scan that has been read means on each page of the bench (bench.py routes to these).

One handler per page, `HANDLERS[page](bench, reading)`; each returns an Outcome or raises a
UserError (nothing changed). Orders and tracking numbers are handled alike on every page by
`order_scanned`: the open order's own number is never a tracking number, another order's
number switches to it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from fulfil_desk.core.aftersales.reships import BENCH_REASONS
from fulfil_desk.core.bench.commands import DONE, HANDOVER, QUEUE, RETURNS, ReprintReason
from fulfil_desk.core.bench.outcome import Cue, Outcome
from fulfil_desk.core.bench.reading import NUMBER, Kind, Reading
from fulfil_desk.core.bench.sentences import (
    FLOW_PAGES,
    hint,
    in_turn,
    infos_of,
    not_here,
    reason_arg,
    shown,
)
from fulfil_desk.core.bench.units import on_pack, on_pick
from fulfil_desk.core.bench.workflow import Step
from fulfil_desk.core.kernel.changes import Changes
from fulfil_desk.core.kernel.errors import BadTracking, NotAllowed, Prompt, UnknownCode, WrongScan
from fulfil_desk.core.kernel.messages import Message, Names, Term
from fulfil_desk.core.kernel.orders import CancelReason, HoldReason, OrderStatus

if TYPE_CHECKING:
    from fulfil_desk.core.bench.scanner import Bench


def pick_all(bench: Bench) -> Outcome:
    """PICK-ALL: one pick list over every verified order not open at another station."""
    desk = bench.desk
    ids = [o.saved_id for o in desk.orders.orders(OrderStatus.VERIFIED.value)]
    busy = desk.stations.open_elsewhere(ids)
    if ids and len(busy) == len(ids):
        raise NotAllowed(Message("bench.every_verified_open_elsewhere", orders=len(ids)))
    outcome = bench.pick([i for i in ids if i not in busy])
    if busy:
        note = Message("bench.verified_open_elsewhere_left_out", n=len(busy))
        return Outcome(in_turn([outcome.message, note]), outcome.changes)
    return outcome


def order_scanned(bench: Bench, reading: Reading, order_id: int) -> Outcome:
    """An order's number or a recorded tracking number (of the order `order_id`), on any
    page."""
    state, desk = bench.state, bench.desk
    order = desk.orders.order(order_id)
    if reading.kind is Kind.TRACKING:
        if state.page == Step.TRACKING.value:
            raise BadTracking(
                Message(
                    "bench.tracking_already_used",
                    tracking=reading.tracking or reading.code,
                    order=order.order_number,
                )
            )
        if state.page in FLOW_PAGES:
            raise WrongScan(
                Message(
                    "bench.tracking_of_order",
                    code=reading.code,
                    order=order.order_number,
                    status=Term("status", order.status.value),
                    hint=hint(bench),
                )
            )
        return bench.switch(order_id, read=order)
    if (waiting_for := _number_awaited(bench, reading.code)) is not None:
        raise WrongScan(
            Message(
                "bench.number_of_order_too",
                code=reading.code,
                order=order.order_number,
                instead=waiting_for,
            )
        )
    if order_id == state.order_id and state.page in FLOW_PAGES:
        if state.page == Step.TRACKING.value:
            raise WrongScan(Message("bench.own_number_not_tracking", code=reading.code))
        return Outcome.next(
            Message(
                "two_sentences",
                first=Message("bench.order_open_here", order=order.order_number),
                then=hint(bench),
            )
        )
    if (
        state.page == Step.PICK.value
        and state.pick_list_id is not None
        and order.pick_list_id == state.pick_list_id
        and order.status is OrderStatus.PICKING
    ):
        return Outcome.next(
            Message("bench.order_on_this_pick_list", order=order.order_number, hint=hint(bench))
        )
    return bench.switch(order_id, read=order)


# ---- the pages ---------------------------------------------------------------------------------


URGENT_LOOKAHEAD = 50
SPOILED = (
    ReprintReason.DAMAGED,
    ReprintReason.LOST,
)  # Enter at Receive skips urgent orders open at other stations


def _number_awaited(bench: Bench, code: str) -> Message | None:
    """When the page waits for a number (a weight, how many, a line) and `code`, that number,
    is also an order's: how to give the number instead. None: no number is awaited."""
    if not NUMBER.match(code):
        return None
    state, desk = bench.state, bench.desk
    if state.manual is not None and state.manual.line is None:
        return Message("bench.give_line_instead", code=code)
    if state.page == Step.PACK.value and state.order_id is not None:
        order = desk.orders.order(state.order_id)
        if order.units_packed == order.units:
            return Message("bench.give_weight_instead", code=code)
    if (state.page == "goods_in" and bench.stock.pending()) or (
        state.page == "count" and bench.stock.expects_quantity()
    ):
        return Message("bench.give_units_instead")
    return None


def on_queue(bench: Bench, reading: Reading) -> Outcome:
    desk = bench.desk
    if (command := reading.command) is not None:
        name = command.name
        if name == "PICK-ALL":
            return pick_all(bench)
        if name in ("GOODS-IN", "COUNT"):
            return bench.stock_page(name)
        if name == "RESHIP":
            raise WrongScan(Message("reships.reship_needs_shipped_order"))
        if name == "RETURN":
            return bench.returns_page()
        if name == "HANDOVER":
            return bench.handover_page()
        raise not_here(bench, reading)
    if reading.kind is Kind.EMPTY:
        rows = desk.orders.queue(limit=URGENT_LOOKAHEAD)
        if not rows:
            raise Prompt(Message("bench.queue_empty"))
        busy = desk.stations.open_elsewhere([r["id"] for r in rows])
        free = [r["id"] for r in rows if r["id"] not in busy]
        if not free:
            raise Prompt(Message("bench.urgent_orders_open_elsewhere", n=len(rows)))
        return bench.switch(free[0])
    if reading.kind is Kind.PRODUCT:
        raise WrongScan(
            Message("bench.product_not_order", code=reading.code, sku=reading.sku or reading.code)
        )
    raise UnknownCode(Message("bench.no_order_numbered", number=shown(reading.code)))


def on_done(bench: Bench, reading: Reading) -> Outcome:
    """A finished order is shown: REPRINT, RESHIP; anything else is as on the queue."""
    command = reading.command
    if command is not None and command.name == "REPRINT":
        return _reprint(bench, command.arg)
    if command is not None and command.name == "RESHIP":
        return _reship(bench, command.arg)
    return on_queue(bench, reading)  # it leaves the page only for what it accepts


def _reprint(bench: Bench, arg: str) -> Outcome:
    order = bench.desk.orders.order(bench._order_id())
    if order.status not in (OrderStatus.LABELLED, OrderStatus.SHIPPED):
        raise NotAllowed(
            Message(
                "bench.no_label_to_reprint",
                order=order.order_number,
                status=Term("status", order.status.value),
            )
        )
    reason = ReprintReason(reason_arg("REPRINT", arg, ReprintReason.DAMAGED.value))
    # A damaged or lost label never reaches the courier: its waybill number is void, and
    # the new label carries the next one (a shipped parcel keeps its number).
    replaced = None
    if reason in SPOILED:
        replaced = bench.desk.waybills.replace_spoiled(order.saved_id, reason=reason.value)
    bench.state.pending.append(f"reprint:{reason.value}")
    printing = Message(
        "bench.printing_again",
        order=order.order_number,
        reason=Term("reprint_reason", reason.value),
    )
    changes = Changes.for_orders(order.saved_id, scored=False) if replaced else Changes()
    return Outcome(in_turn([printing, replaced]), changes)


def _reship(bench: Bench, arg: str) -> Outcome:
    """The shown shipped order sent again, all its lines; the reshipment opens at Verify."""
    codes = tuple(f"RESHIP:{r.value.upper()}" for r in BENCH_REASONS)
    if arg not in BENCH_REASONS:
        unknown = Message("reships.unknown_reason", reason=arg.upper(), known=codes)
        raise WrongScan(unknown if arg else Message("reships.say_why_reship", codes=codes))
    new_id, changes = bench.desk.reships.reship(bench._order_id(), reason=arg)
    bench.open(new_id)
    said = in_turn([changes.message, Message("reships.press_enter_to_verify")])
    return Outcome(said, changes)


def on_verify(bench: Bench, reading: Reading) -> Outcome:
    desk, order_id = bench.desk, bench._order_id()
    command = reading.command
    if command is not None and command.name == "CANCEL":
        if not command.arg:
            codes = tuple(f"CANCEL:{r.value.upper()}" for r in CancelReason)
            raise WrongScan(Message("bench.say_why_cancel", codes=codes))
        changes = desk.flow.cancel(order_id, CancelReason(reason_arg("CANCEL", command.arg)))
        bench.left_finished()
        return Outcome(changes.message, changes)
    if command is not None and command.name == "HOLD":
        reason = HoldReason(reason_arg("HOLD", command.arg, HoldReason.OTHER.value))
        # The note is kept as the message: each reader words it in their own language.
        changes = desk.flow.hold(order_id, reason, Message("bench.held_at_the_bench"))
        bench.left_finished()
        order = desk.orders.order(order_id)
        return Outcome(
            Message(
                "bench.order_on_hold_for",
                order=order.order_number,
                reason=Term("hold_reason", reason.value),
            ),
            changes,
        )
    if reading.kind is not Kind.EMPTY:
        raise not_here(bench, reading)
    problems, changes = desk.flow.verify(order_id)
    if problems:  # put on hold, with its reasons: amber, what to do next, not a wrong scan
        bench.left_finished()
        return Outcome(changes.message, changes, ok=False, cue=Cue.NEXT)
    bench.follow(order_id, Step.PICK)
    return Outcome(in_turn([changes.message, Message("bench.press_enter_to_pick")]), changes)


def on_label(bench: Bench, reading: Reading) -> Outcome:
    name = reading.command.name if reading.command else ""
    if name == "COURIER" and reading.command is not None:  # before the label takes a number
        return _choose_courier(bench, reading.command.arg)
    if reading.kind is Kind.EMPTY or name == "PRINT":
        bench.state.pending.append("print")
        return Outcome(Message("bench.printing_label"))
    if name == "SAVE":
        bench.state.pending.append("save")
        return Outcome(Message("bench.saving_label"))
    if name == "REPRINT":
        raise Prompt(Message("bench.label_not_printed_yet"))
    raise not_here(bench, reading)


def _choose_courier(bench: Bench, code: str) -> Outcome:
    courier = bench.desk.couriers.get(code)
    bench.desk.stations.set_bench_choice(courier=courier.code)
    bench.state.courier = courier.code
    return Outcome(Message("bench.courier_chosen", courier=Names.of(courier.names)))


def on_tracking(bench: Bench, reading: Reading) -> Outcome:
    state, desk = bench.state, bench.desk
    command = reading.command
    if command is not None:
        if command.name == "COURIER":
            return _choose_courier(bench, command.arg)
        if command.name == "REPRINT":
            return _reprint(bench, command.arg)
        if command.name == "PRINT":
            raise Prompt(Message("bench.label_printed_reprint"))
        raise not_here(bench, reading)
    if reading.kind is Kind.EMPTY:
        if (given := desk.waybills.expected(bench._order_id())) is not None:
            raise Prompt(Message("waybills.scan_the_box", number=given[1]))
        raise Prompt(Message("bench.scan_tracking_from_waybill"))
    if reading.kind is Kind.PRODUCT:
        raise WrongScan(
            Message(
                "bench.product_not_tracking", code=reading.code, sku=reading.sku or reading.code
            )
        )
    if not state.courier:
        raise WrongScan(Message("bench.choose_courier_first"))
    changes = desk.flow.ship(bench._order_id(), courier=state.courier, tracking=reading.code)
    bench.left_finished()
    said = in_turn([changes.message, Message("bench.press_enter_for_next")])
    return Outcome(said, changes, cue=Cue.SHIPPED)


def _stock(page: str):
    def handler(bench: Bench, reading: Reading) -> Outcome:
        command = reading.command
        if command is not None and command.name in ("GOODS-IN", "COUNT"):
            return bench.stock_page(command.name)
        if command is not None and page not in (p for c in infos_of(command.name) for p in c.pages):
            raise not_here(bench, reading)
        # A product read back from an input method's text is named by its SKU: the stock
        # pages look a code up as written, and its letters' case was lost.
        read_back = reading.layout is not None and reading.sku is not None
        code = reading.sku if read_back and reading.sku else reading.code
        return bench.stock.goods_in(code) if page == "goods_in" else bench.stock.count(code)

    return handler


def on_returns(bench: Bench, reading: Reading) -> Outcome:
    """The Returns page (core/aftersales/return_bench.py); a command of another page is
    named for what it is."""
    command = reading.command
    if command is not None and RETURNS not in (p for c in infos_of(command.name) for p in c.pages):
        raise not_here(bench, reading)
    return bench.returns.scan(reading)


def on_handover(bench: Bench, reading: Reading) -> Outcome:
    """The Handover page (core/handover/bench.py)."""
    command = reading.command
    if command is not None and HANDOVER not in (p for c in infos_of(command.name) for p in c.pages):
        raise not_here(bench, reading)
    return bench.handover.scan(reading)


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
    "returns": on_returns,
    HANDOVER: on_handover,
}

__all__ = ["HANDLERS"]
