"""What the bench says about orders and scans, shared by the page handlers: messages (keys
and parameters), worded by the catalogue (core/wording/en_bench.py)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import TYPE_CHECKING

from fulfil_desk.core.bench.commands import (
    COMMANDS,
    DONE,
    FLOW,
    PAGE_NAMES,
    QUEUE,
    CommandInfo,
    reason_codes,
)
from fulfil_desk.core.bench.reading import Kind, Reading
from fulfil_desk.core.bench.workflow import SET_ASIDE, Step, step_of
from fulfil_desk.core.kernel.errors import NotFound, UnknownCode, UserError, WrongScan
from fulfil_desk.core.kernel.messages import Message, Names, Param, Term
from fulfil_desk.core.kernel.orders import Order, OrderStatus

if TYPE_CHECKING:
    from fulfil_desk.core.bench.scanner import Bench
    from fulfil_desk.core.desk import Desk

FLOW_PAGES = FLOW  # the pages of an order's own steps

HINTS = {
    QUEUE: Message("bench.hint_queue"),
    DONE: Message("bench.hint_done"),
    "verify": Message("bench.hint_verify"),
    "pick": Message("bench.scan_next_on_pick_list"),
    "pack": Message("bench.hint_pack"),
    "label": Message("bench.hint_label"),
    "tracking": Message("bench.hint_tracking"),
    "goods_in": Message("bench.hint_goods_in"),
    "count": Message("bench.hint_count"),
    "returns": Message("returns.hint"),
    "handover": Message("handover.hint"),
}


def in_turn(said: Iterable[Message | str | None]) -> Message | str | None:
    """Sentences said one after the other ("A. B. C."); None when there is none."""
    parts = [part for part in said if part]
    if not parts:
        return None
    joined = parts[-1]
    for part in reversed(parts[:-1]):
        joined = Message("two_sentences", first=part, then=joined)
    return joined


def then(said: Iterable[Message | str | None]) -> Message | str | None:
    """What one scan did to two orders, "A · B"; None when nothing was said."""
    parts = [part for part in said if part]
    if not parts:
        return None
    joined = parts[-1]
    for part in reversed(parts[:-1]):
        joined = Message("bench.then", first=part, then=joined)
    return joined


def progress(order: Order) -> Message:
    """How far an order at a bench step is: '1 of 2 in the box'."""
    step = step_of(order)
    if step is Step.PICK:
        return Message("bench.progress_picked", picked=order.units_picked, units=order.units)
    if step is Step.PACK:
        return Message("bench.progress_packed", packed=order.units_packed, units=order.units)
    if step is Step.LABEL:
        return Message("bench.progress_box_closed")
    return Message("bench.progress_labelled")


def arrival_sentence(bench: Bench, order: Order, waiting: dict | None) -> Message:
    """What the verdict says of the order a scan opened (or showed)."""
    if bench.state.page == DONE:
        return record_sentence(bench.desk, order)
    page = PAGE_NAMES[bench.state.page]
    if waiting is not None and order.status in SET_ASIDE:
        if waiting["station"] == bench.desk.station:
            return Message(
                "bench.resumed_at", order=order.order_number, page=page, progress=progress(order)
            )
        return Message(
            "bench.resumed_from_station",
            order=order.order_number,
            page=page,
            progress=progress(order),
            station=waiting["station"],
        )
    return Message("bench.opened_at", order=order.order_number, page=page)


def _moment(at: str | None) -> datetime | None:
    return datetime.fromisoformat(at) if at else None


def record_sentence(desk: Desk, order: Order) -> Message:
    """A finished order in one sentence: what became of it, when and by whom, with which
    courier and tracking number."""
    record = desk.audit.order_record(order.saved_id)
    if order.status is OrderStatus.CANCELLED:
        return _cancelled_record(order, record)
    if order.tracking_number:
        how = Message(
            "bench.record_with_tracking",
            courier=_courier_name(desk, order.courier_code),
            tracking=order.tracking_number,
        )
    else:
        how = Message("bench.record_no_tracking")
    who: tuple[Message, ...] = ()
    if record["packed"]:
        who += (Message("bench.record_packed_by", by=record["packed"]["by"]),)
    if record["shipped"]:
        who += (Message("bench.record_shipped_by", by=record["shipped"]["by"]),)
    at, number = _moment(order.shipped_at), order.order_number
    if at is not None and who:
        return Message("bench.record_shipped_at_by", order=number, at=at, how=how, who=who)
    if at is not None:
        return Message("bench.record_shipped_at", order=number, at=at, how=how)
    if who:
        return Message("bench.record_shipped_by_whom", order=number, how=how, who=who)
    return Message("bench.record_shipped", order=number, how=how)


def _cancelled_record(order: Order, record: dict) -> Message:
    reason = Term("cancel_reason", order.cancel_reason or "")
    by = Term("cancelled_by", order.cancelled_by or "")
    at, number = _moment(order.cancelled_at), order.order_number
    if at is None:
        return Message("bench.record_cancelled", order=number, reason=reason, cancelled_by=by)
    if record["cancelled"]:
        return Message(
            "bench.record_cancelled_at_by",
            order=number,
            at=at,
            who=record["cancelled"]["by"],
            reason=reason,
            cancelled_by=by,
        )
    return Message("bench.record_cancelled_at", order=number, at=at, reason=reason, cancelled_by=by)


def _courier_name(desk: Desk, code: str | None) -> Param:
    if not code:
        return "?"
    try:
        names = desk.couriers.get(code).names
    except NotFound:  # a courier no longer in the list
        return code
    return Names.of(names) if names else code


def hint(bench: Bench) -> Message:
    page = bench.state.page
    if page == Step.PICK.value and bench.state.pick_list_id is None:
        return Message("bench.start_picking")
    return HINTS[page]


def not_here(bench: Bench, reading: Reading) -> UserError:
    """A code the page has no use for, named for what it is."""
    page = PAGE_NAMES[bench.state.page]
    if (command := reading.command) is not None:
        where = tuple(PAGE_NAMES[p] for p in dict.fromkeys(
            p for c in infos_of(command.name) for p in c.pages))  # fmt: skip
        return WrongScan(
            Message(
                "bench.command_not_used_here",
                code=command.code,
                page=page,
                pages=where,
                hint=hint(bench),
            )
        )
    if reading.kind is Kind.PRODUCT:
        return WrongScan(
            Message(
                "bench.product_not_used_here",
                code=reading.code,
                sku=reading.sku or reading.code,
                page=page,
                hint=hint(bench),
            )
        )
    return UnknownCode(Message("bench.unknown_code", code=shown(reading.code), hint=hint(bench)))


def infos_of(name: str) -> list[CommandInfo]:
    return [c for c in COMMANDS if c.name == name]


def shown(code: str) -> str:
    """A scanned code as the refusal quotes it: cut after 40 characters."""
    return code if len(code) <= 40 else code[:40] + "…"


def reason_arg(name: str, arg: str, default: str | None = None) -> str:
    value = arg or default
    allowed = reason_codes(name)
    if value not in allowed:
        codes = tuple(f"{name}:{r.upper()}" for r in allowed)
        reason = arg.upper()
        if name == "HOLD":
            raise WrongScan(Message("bench.unknown_hold_reason", reason=reason, codes=codes))
        if name == "CANCEL":
            raise WrongScan(Message("bench.unknown_cancel_reason", reason=reason, codes=codes))
        raise WrongScan(Message("bench.unknown_reprint_reason", reason=reason, codes=codes))
    return value


def leaving_sentence(bench: Bench) -> Message | None:
    """What happens to what is open when the station leaves it: '31000047514 put aside
    at Pack, 1 of 2 in the box'; None on the queue, the Order and stock pages."""
    state, desk = bench.state, bench.desk
    if state.page not in FLOW_PAGES:
        return None
    if state.order_id is None:
        if state.pick_list_id is None or not desk.stations.is_pick_list_open(state.pick_list_id):
            return None
        rows = desk.flow.pick_rows(state.pick_list_id)
        return Message(
            "bench.pick_list_put_aside",
            pick_list=state.pick_list_id,
            picked=sum(r.picked for r in rows),
            wanted=sum(r.quantity for r in rows),
        )
    order = desk.orders.order(state.order_id)
    page = PAGE_NAMES[step_of(order).value]
    lock = desk.stations.lock_of(state.order_id)
    if lock is not None and lock["station"] != desk.station:  # taken over meanwhile
        return Message("bench.open_at_station", order=order.order_number, station=lock["station"])
    if order.status not in SET_ASIDE:
        return Message("bench.left_at", order=order.order_number, page=page)
    return Message(
        "bench.put_aside_at", order=order.order_number, page=page, progress=progress(order)
    )
