"""Pick and pack by scanner: each unit scanned, MANUAL for one that will not scan (then its
line's number, then where the shop wants it a supervisor's badge), box and weight."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from fulfil_desk.core.bench.flow import MAX_WEIGHT_G
from fulfil_desk.core.bench.outcome import Cue, Outcome
from fulfil_desk.core.bench.reading import Kind, Reading
from fulfil_desk.core.bench.sentences import in_turn, not_here, shown
from fulfil_desk.core.bench.workflow import Step
from fulfil_desk.core.kernel.errors import NotAllowed, Prompt, UnknownCode, UserError, WrongScan
from fulfil_desk.core.kernel.messages import Message
from fulfil_desk.core.kernel.orders import Order

if TYPE_CHECKING:
    from fulfil_desk.core.bench.scanner import Bench
    from fulfil_desk.core.kernel.changes import Changes

_LINE_NUMBER = re.compile(r"^\d{1,2}$")
_WEIGHT = re.compile(r"^(\d{1,5}(?:[.,]\d{1,3})?)\s*(kg|g)?$", re.IGNORECASE)


@dataclass
class Manual:
    """MANUAL was scanned: the next number is a line; `line` once chosen, waiting for a
    supervisor's badge."""

    line: int | None = None


def on_pick(bench: Bench, reading: Reading) -> Outcome:
    state, desk = bench.state, bench.desk
    if state.pick_list_id is None:
        if reading.kind is not Kind.EMPTY:
            raise Prompt(Message("bench.start_picking"))
        list_id, changes = desk.flow.start_pick([bench._order_id()], open_here=True)
        state.pick_list_id = list_id
        return Outcome(changes.message, changes)
    if reading.kind is Kind.PRODUCT and state.manual is None:  # the flow reads what it needs
        changes = desk.flow.pick_unit(state.pick_list_id, reading.sku or "", code=reading.code)
        return _picked(bench, state.pick_list_id, changes)
    skus = [row.sku for row in desk.flow.pick_rows(state.pick_list_id)]
    if (manual := _manual(bench, reading, skus)) is not None:
        return manual
    if reading.kind is Kind.EMPTY:
        raise Prompt(Message("bench.scan_next_on_pick_list"))
    if reading.sku is None:  # not a product
        raise _unknown_item(bench, reading)
    changes = desk.flow.pick_unit(state.pick_list_id, reading.sku, code=reading.code)
    return _picked(bench, state.pick_list_id, changes)


def _picked(bench: Bench, pick_list_id: int, changes: Changes) -> Outcome:
    state, desk = bench.state, bench.desk
    if desk.stations.is_pick_list_open(pick_list_id):
        return Outcome(changes.message, changes)
    if state.order_id is not None:
        bench.open(state.order_id)
        message = in_turn([changes.message, Message("bench.scan_each_into_box")])
        return Outcome(message, changes, cue=Cue.ORDER_COMPLETE)
    bench.back_to_queue()
    message = in_turn([changes.message, Message("bench.pick_list_done")])
    return Outcome(message, changes, cue=Cue.ORDER_COMPLETE)


def _unknown_item(bench: Bench, reading: Reading) -> UserError:
    if reading.kind is Kind.COMMAND:
        return not_here(bench, reading)
    if reading.kind is Kind.NUMBER and _LINE_NUMBER.match(reading.code):
        return UnknownCode(Message("bench.line_number_not_product", code=reading.code))
    return UnknownCode(Message("bench.unknown_barcode", code=shown(reading.code)))


def _manual(bench: Bench, reading: Reading, skus: list[str]) -> Outcome | None:
    """MANUAL, then a line number (then, where the shop wants it, a supervisor's badge):
    one unit of that line confirmed by hand. None: the scan is not part of it."""
    state, desk = bench.state, bench.desk
    command = reading.command
    if command is not None and command.name == "MANUAL":
        rule = desk.settings.get("manual_confirm")
        if rule == "forbidden":
            raise NotAllowed(Message("bench.manual_switched_off"))
        state.manual = Manual()
        return Outcome.next(Message("bench.manual_which_line", lines=len(skus)))
    if state.manual is None:
        return None
    if command is not None and command.name == "CLEAR":
        state.manual = None
        return Outcome.next(Message("bench.manual_stopped"))
    if state.manual.line is not None:
        raise Prompt(Message("bench.line_waits_for_badge", line=state.manual.line))
    if not (_LINE_NUMBER.match(reading.code) and 1 <= int(reading.code) <= len(skus)):
        raise WrongScan(
            Message("bench.manual_wants_a_line", lines=len(skus), code=shown(reading.code))
        )
    line = int(reading.code)
    needs = desk.settings.get("manual_confirm") == "supervisor"
    if needs and not desk.packers.is_supervisor(desk.packers.current_packer()):
        state.manual.line = line
        sku = skus[line - 1]
        return Outcome.next(Message("bench.line_needs_a_supervisor", line=line, sku=sku))
    return _confirm_by_hand(bench, line, supervisor=None)


def supervisor_confirms(bench: Bench, line: int, name: str) -> Outcome:
    """A supervisor's badge for the `line` MANUAL chose."""
    if not bench.desk.packers.is_supervisor(name):
        raise NotAllowed(Message("bench.not_a_supervisor", name=name))
    return _confirm_by_hand(bench, line, supervisor=name)


def _confirm_by_hand(bench: Bench, line: int, *, supervisor: str | None) -> Outcome:
    """One unit of `line` by hand. Refused (one too many): MANUAL waits for another line."""
    state, desk = bench.state, bench.desk
    code = f"MANUAL {line}"
    list_id = bench._pick_list_id() if state.page == Step.PICK.value else None  # picking
    try:
        if list_id is not None:
            sku = desk.flow.pick_rows(list_id)[line - 1].sku
            changes = desk.flow.pick_unit(
                list_id, sku, code=code, manual=True, supervisor=supervisor
            )
        else:
            changes = desk.flow.pack_unit(
                bench._order_id(), line_number=line, code=code, supervisor=supervisor
            )
    except UserError:
        state.manual = Manual()
        raise
    state.manual = None
    if list_id is not None:
        return _by_hand(_picked(bench, list_id, changes))
    return _by_hand(_packed(bench, changes))


def _by_hand(outcome: Outcome) -> Outcome:
    said = Message("bench.by_hand", said=outcome.message or "")
    return Outcome(said, outcome.changes, outcome.ok, outcome.cue)


def on_pack(bench: Bench, reading: Reading) -> Outcome:
    state, desk = bench.state, bench.desk
    order_id = bench._order_id()
    if reading.kind is Kind.PRODUCT and state.manual is None:  # read by the flow, after its lock
        return _packed(bench, desk.flow.pack_unit(order_id, sku=reading.sku, code=reading.code))
    order = desk.orders.order(order_id)
    command = reading.command
    if command is not None and command.name == "BOX":
        presets = {
            b.code.upper(): b.code for b in desk.settings.box_presets()
        }  # BOX-xl reads as XL
        if (box := presets.get(command.arg.upper())) is None:
            codes = tuple(f"BOX-{p}" for p in sorted(presets))
            raise WrongScan(Message("bench.no_such_box", box=command.arg, codes=codes))
        desk.stations.set_bench_choice(box=box, weight_g=None)
        state.box, state.weight_g = box, None
        return Outcome(Message("bench.box_chosen", box=box))
    if (manual := _manual(bench, reading, [ln.sku for ln in order.lines])) is not None:
        return manual
    full = order.units_packed == order.units
    weight = _WEIGHT.match(reading.code) if reading.kind is Kind.NUMBER else None
    if weight and (full or not _LINE_NUMBER.match(reading.code)):  # 1250 a weight; 2 a line?
        return _weighed(bench, order, weight)
    if reading.kind is Kind.PRODUCT:
        return _packed(bench, desk.flow.pack_unit(order_id, sku=reading.sku, code=reading.code))
    if reading.kind is not Kind.EMPTY:
        raise _unknown_item(bench, reading)
    box = state.box or bench.suggested_box(order.units)
    grams = state.weight_g or desk.flow.suggested_weight_g(order_id, box, order=order)
    changes = desk.flow.finish_pack(order_id, box=box, weight_g=grams)
    bench.follow(order_id, Step.LABEL)
    state.box, state.weight_g = box, grams  # the order's now
    said = in_turn([changes.message, Message("bench.press_enter_to_print_label")])
    return Outcome(said, changes)


def _packed(bench: Bench, changes: Changes) -> Outcome:
    """The flow's answer says whether the box is full: the order is not read again."""
    if changes.message == Message("bench.every_unit_in_box"):
        return Outcome(Message("bench.every_unit_in_box_weigh"), changes, cue=Cue.ORDER_COMPLETE)
    return Outcome(changes.message, changes)


def _weighed(bench: Bench, order: Order, match: re.Match) -> Outcome:
    if order.units_packed < order.units:
        raise WrongScan(
            Message(
                "bench.weight_before_every_unit",
                weight=match.group(0),
                packed=order.units_packed,
                units=order.units,
            )
        )
    value = float(match.group(1).replace(",", "."))
    grams = round(value * 1000) if (match.group(2) or "").lower() == "kg" else round(value)
    if not 0 < grams <= MAX_WEIGHT_G:
        raise WrongScan(
            Message("bench.weight_out_of_range", grams=grams, max_kg=MAX_WEIGHT_G // 1000)
        )
    bench.desk.stations.set_bench_choice(weight_g=grams)
    bench.state.weight_g = grams
    return Outcome(Message("bench.weight_chosen", grams=grams))
