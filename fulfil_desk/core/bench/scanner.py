"""What one scan means at the bench: the scanner-only way through the flow.

A USB scanner types a code and Enter; an empty Enter confirms the step's default. Each scan
is first read for what it is (core/bench/reading.py): a command (core/bench/commands.py), a
packer's badge, an order number, a recorded tracking number, a product, a number. Then:

- a command or badge does what it says, where the page takes it;
- another order's number, at any page, puts the open order aside exactly as it is (its scans
  kept, its lock released, its step kept) and opens the scanned one at its own step; a
  shipped or cancelled order, or a recorded tracking number, shows that order;
- the rest is the page's business (bench_steps.py): a product is picked or packed, a number
  is a weight, a line number after MANUAL, or at the Tracking step a tracking number.

A scan typed through an input method in Hangul or full-width mode is read as the keys
pressed (reading.py); the first such scan of a session says so in its verdict, with how to
switch the input method to English.

Every accepted scan is saved before `scan` returns, the station's choices (box, weight,
courier, packer) too, so a restart resumes exactly where the last accepted scan left it.
Every refused scan is logged for the packers' statistics, and changes nothing else.
"""

from __future__ import annotations

from dataclasses import replace
from functools import partial
from typing import TYPE_CHECKING

from fulfil_desk.core.aftersales.return_bench import RETURNS, ReturnBench
from fulfil_desk.core.bench import steps as bench_steps
from fulfil_desk.core.bench.commands import DONE, PAGE_NAMES, QUEUE, ReprintReason
from fulfil_desk.core.bench.keyboard_layouts import Layout
from fulfil_desk.core.bench.outcome import Cue, Outcome
from fulfil_desk.core.bench.reading import Reading, ScanReader, clean
from fulfil_desk.core.bench.saving import (
    Unfinished,
    run_again_on_conflict,
    settled,
    when_unreachable,
)
from fulfil_desk.core.bench.sentences import (
    FLOW_PAGES,
    arrival_sentence,
    in_turn,
    leaving_sentence,
    shown,
    then,
)
from fulfil_desk.core.bench.state import BenchState
from fulfil_desk.core.bench.stations import Opened
from fulfil_desk.core.bench.units import supervisor_confirms
from fulfil_desk.core.bench.workflow import Step, step_of
from fulfil_desk.core.handover.bench import HANDOVER, HandoverBench
from fulfil_desk.core.kernel.changes import Changes
from fulfil_desk.core.kernel.errors import (
    DatabaseBusy,
    DatabaseUnreachable,
    NotAllowed,
    OrderLocked,
    Prompt,
    UserError,
    WrongScan,
)
from fulfil_desk.core.kernel.messages import Message, Term
from fulfil_desk.core.kernel.orders import Order, OrderStatus
from fulfil_desk.core.packers.service import check_packer_name
from fulfil_desk.core.stock.stock_bench import COUNT, GOODS_IN, StockBench

if TYPE_CHECKING:
    from fulfil_desk.core.desk import Desk

STOCK_COMMANDS = {"GOODS-IN": GOODS_IN, "COUNT": COUNT}  # the pages of stock_bench.py


class Bench:
    """Routes scans to Desk use cases and keeps which page the station is on."""

    def __init__(self, *, desk: Desk):
        self.desk = desk
        desk.packers.resume_packer()
        self.state = self._saved_state()
        self.stock = StockBench(desk=desk)
        self.returns = ReturnBench(desk=desk)
        self.handover = HandoverBench(desk=desk)
        self.reader = ScanReader(desk=desk)
        self.layouts_noted: set[Layout] = set()  # the input methods the verdict has named
        self.unfinished: Unfinished | None = None  # a scan the server went away during

    def _saved_state(self) -> BenchState:
        chosen = self.desk.stations.station_state()["courier"]
        return BenchState(courier=chosen or self.desk.settings.get("default_courier"))

    # ---- navigation ----------------------------------------------------------------------------

    def reload(self) -> Message | str | None:
        """Where the database says this station is, as after a restart (`resume`)."""
        self.state = self._saved_state()
        return self.resume()

    def resume(self) -> Message | str | None:
        """After a restart: the stock page or the order this station had open, at its step;
        else the pick list it was picking; else an open stock count. Returns why it stays
        on the queue when another station has taken that order meanwhile (None: it did not)."""
        order_id = self.desk.stations.current_order_id()
        try:
            if (page := self.stock.resume()) is not None:
                self.state.page = page
                self.stock.enter(page)
            elif self.returns.resume():
                self.state.page = RETURNS
            elif self.handover.resume():
                self.state.page = HANDOVER
            elif order_id is not None:
                self.open(order_id)
            elif (list_id := self.desk.stations.station_pick_list()) is not None:
                self._open_pick_list(list_id)
            elif self.desk.counts.open_count() is not None:
                self.state.page = "count"
                self.stock.enter("count")
        except UserError as exc:
            self.state.page, self.state.order_id, self.state.pick_list_id = QUEUE, None, None
            return exc.message
        return None

    def open(self, order_id: int, *, takeover: bool = False) -> Changes:
        """The order at its step, open at this station (its lock taken); a finished one shown."""
        return self._open(self.desk.orders.order(order_id), takeover=takeover).changes

    def follow(self, order_id: int, to: Step) -> None:
        """The order open here was moved on to the step `to`: the bench there, without
        `open`'s transaction while this station still holds it (another that took it over,
        then left it, left it unlocked: `open` takes it back)."""
        state = self.state
        moved_on = (order_id, None) == (state.order_id, state.pick_list_id)
        if not moved_on or not self.desk.stations.holds(order_id):
            self.open(order_id)
            return
        state.page, state.takeover, state.manual = to.value, None, None

    def _open(self, order: Order, *, takeover: bool = False) -> Opened:
        step = step_of(order)
        if step is Step.DONE:
            return Opened(self._show(order), {}, None)
        try:
            opened = self.desk.stations.open_here(order.id, takeover=takeover)
        except OrderLocked as exc:
            self.state.takeover = exc.order_id
            raise
        self._leave_stock()
        self.state.takeover, self.state.manual = None, None
        self.state.page, self.state.order_id = step.value, order.id
        self.state.pick_list_id = (
            order.pick_list_id if order.status is OrderStatus.PICKING else None
        )
        saved = opened.state
        self.state.box = saved["box"] or order.box
        self.state.weight_g = saved["weight_g"] or order.weight_g
        self.state.courier = saved["courier"] or self.state.courier
        return opened

    def _show(self, order: Order) -> Changes:
        """A shipped or cancelled order on the Order page; whatever was open is put aside."""
        changes = self.desk.stations.open_order(None)
        self._leave_stock()
        self.state.page, self.state.order_id, self.state.pick_list_id = DONE, order.id, None
        self.state.takeover, self.state.manual = None, None
        return changes

    def _open_pick_list(self, list_id: int, *, takeover: bool = False) -> Changes:
        changes = self.desk.stations.open_order(None, pick_list=list_id, takeover=takeover)
        self.state.page, self.state.pick_list_id, self.state.order_id = (
            Step.PICK.value,
            list_id,
            None,
        )
        self.state.takeover, self.state.manual = None, None
        return changes

    def _takeover(self) -> Outcome:
        """TAKEOVER: this station takes the order (or pick list) another one has open."""
        if self.state.takeover is not None:
            changes = self.open(self.state.takeover, takeover=True)
        elif self.state.order_id is not None and self.state.page != DONE:
            changes = self.open(self.state.order_id, takeover=True)
        elif self.state.pick_list_id is not None:
            changes = self._open_pick_list(self.state.pick_list_id, takeover=True)
        else:
            raise WrongScan(Message("bench.nothing_to_take_over"))
        order = self.desk.orders.order(self.state.order_id) if self.state.order_id else None
        here = (
            Message("bench.order_at_page", order=order.order_number, page=self.page_name)
            if order
            else None
        )
        text = changes.message or Message("bench.already_open_here")
        return Outcome(in_turn([text, here]), changes)

    def pick(self, order_ids: list[int]) -> Outcome:
        """One pick list over several verified orders; packing then goes order by order.
        What the station had open is put aside, as on a switch."""
        aside = self.leaving_sentence()
        list_id, changes = self.desk.flow.start_pick(order_ids, open_here=True)
        self._leave_stock()
        self.state.page, self.state.pick_list_id, self.state.order_id = (
            Step.PICK.value,
            list_id,
            None,
        )
        self.state.takeover, self.state.manual = None, None
        return Outcome(then([aside, changes.message]), changes)

    def _leave_stock(self, to: str | None = None) -> Message | str | None:
        """What leaving the stock page (or the Returns page) said (None: the station was on
        neither, or left nothing there)."""
        if self.state.page == RETURNS:
            return self.returns.leave()
        if self.state.page == HANDOVER:
            return self.handover.leave()
        return self.stock.leave(to) if self.state.page in STOCK_COMMANDS.values() else None

    def back_to_queue(self) -> Outcome:
        """BACK: what was open is put aside (or released), the station is on the queue."""
        aside = self.leaving_sentence()
        left = self._leave_stock()
        changes = self.desk.stations.open_order(None)
        self.state.page, self.state.order_id, self.state.pick_list_id = QUEUE, None, None
        self.state.manual = None
        back = (
            Message("bench.left_back_to_queue", left=aside)
            if aside
            else Message("bench.back_to_queue")
        )
        return Outcome(in_turn([back, left]), changes)

    def left_finished(self) -> None:
        """The order open here was finished (shipped, cancelled, held) by a transaction
        that released it and closed it at this station: on the queue, with no transaction
        of its own; `back_to_queue` when a pick list was open too."""
        if self.state.pick_list_id is not None:
            self.back_to_queue()
        self.state.page, self.state.order_id, self.state.manual = QUEUE, None, None
        self.state.box = self.state.weight_g = None  # as the station's saved state has them

    def stock_page(self, code: str) -> Outcome:
        """GOODS-IN or COUNT: that stock page (from the queue or the other stock page)."""
        page = STOCK_COMMANDS[code.upper()]
        left = self._leave_stock(page)
        self.state.page, self.state.order_id = page, None
        return Outcome(in_turn([self.stock.enter(page).message, left]))

    def returns_page(self) -> Outcome:
        """RETURN: the Returns page, for a parcel a buyer sent back (from the queue)."""
        self.state.page, self.state.order_id = RETURNS, None
        return self.returns.enter()

    def handover_page(self) -> Outcome:
        """HANDOVER: the Handover page, for the parcels the courier's driver takes."""
        self.state.page, self.state.order_id = HANDOVER, None
        return self.handover.enter()

    @property
    def page_name(self) -> Term:
        return PAGE_NAMES[self.state.page]

    # ---- switching orders ----------------------------------------------------------------------

    def switch(self, order_id: int, *, read: Order | None = None) -> Outcome:
        """Another order scanned: the open one put aside as it is, the scanned one opened at
        its step (or, finished, shown); the verdict says both. `read`: the order, as the
        scan's routing just read it (its step is the page it opens at)."""
        target = read or self.desk.orders.order(order_id)
        if order_id == self.state.order_id and self.state.page in FLOW_PAGES:
            return Outcome.next(Message("bench.order_open_here", order=target.order_number))
        aside = self.leaving_sentence()
        opened = self._open(target)  # refused (open elsewhere): nothing has changed
        arrived = arrival_sentence(self, target, opened.waiting)
        return Outcome(then([aside, arrived, opened.changes.message]), opened.changes)

    def leaving_sentence(self) -> Message | None:
        """What happens to what is open when the station leaves it (sentences.py)."""
        return leaving_sentence(self)

    # ---- scans ---------------------------------------------------------------------------------

    def scan(self, text: str) -> Outcome:
        """Never raises a UserError: a refused scan is an Outcome with ok=False and no change
        (but for its line in the refused-scans log)."""
        code = clean(text)
        page, order_id = self.state.page, self.state.order_id
        reading: Reading | None = None
        saves = self.desk.saves_made()
        try:
            if (answer := settled(self)) is not None:
                return answer  # this scan is not applied (core/bench/saving.py)
            saves = self.desk.saves_made()
            reading = self.reader.read(code)
            outcome = run_again_on_conflict(self, partial(self._route, reading))
        except (DatabaseUnreachable, DatabaseBusy) as exc:
            outcome = when_unreachable(self, exc, code or None, saves)
        except UserError as exc:
            if isinstance(exc, OrderLocked):
                self.state.takeover = exc.order_id
            outcome = Outcome.refused(exc)
        if reading is not None and reading.layout is not None:
            outcome = self._note_layout(outcome, reading.layout, code, reading.code)
        if outcome.tone == "refused":
            self._log_refusal(page, order_id, outcome, code)
        elif outcome.ok:  # TAKEOVER takes the order of the latest refusal, not an older one
            self.state.takeover = None
        return outcome

    def _note_layout(self, outcome: Outcome, layout: Layout, typed: str, keys: str) -> Outcome:
        """The first scan this session read back from an input method's text says so, and
        how to switch it to English."""
        if layout in self.layouts_noted:
            return outcome
        self.layouts_noted.add(layout)
        typed, keys = shown(typed), shown(keys)
        note = (
            Message("bench.read_from_hangul_mode", typed=typed, code=keys)
            if layout is Layout.HANGUL
            else Message("bench.read_from_full_width", typed=typed, code=keys)
        )
        return replace(outcome, message=then([outcome.message, note]))

    def _log_refusal(self, page: str, order_id: int | None, outcome: Outcome, code: str) -> None:
        try:
            self.desk.audit.record_refusal(
                page=page, order_id=order_id, kind=outcome.heard, code=code
            )
        except UserError:  # another station is saving: the statistics lose one refusal
            pass

    def _route(self, reading: Reading) -> Outcome:
        command = reading.command
        if command is not None and command.name in ("BACK", "TAKEOVER", "PACKER"):
            if command.name == "BACK":
                return self.back_to_queue()
            if command.name == "TAKEOVER":
                return self._takeover()
            return self.badge(check_packer_name(command.arg))
        if (packer := reading.packer) is not None:  # a badge: only a badge names a packer
            if self.state.manual is not None and self.state.manual.line is not None:
                return supervisor_confirms(self, self.state.manual.line, packer)
            return self.badge(packer)
        if self.state.page in (RETURNS, HANDOVER):  # an order scanned there is theirs
            return bench_steps.HANDLERS[self.state.page](self, reading)
        if (order_id := reading.order_id) is not None:  # an order's or a tracking number
            return bench_steps.order_scanned(self, reading, order_id)
        return bench_steps.HANDLERS[self.state.page](self, reading)

    def badge(self, name: str) -> Outcome:
        changes = self.desk.packers.set_packer(name)
        return Outcome(changes.message, changes)

    # ---- what the shells do for the bench: print, save, reprint ------------------------------

    def delivered(self, action: str, how: str) -> Outcome:
        """The label a pending action (print, save, reprint:<reason>) asked for went out:
        `how` is the printer or the file."""
        if action.startswith("reprint:"):
            return self.reprint_done(how, ReprintReason(action.partition(":")[2]))
        return self.label_done(how)

    def label_done(self, how: str) -> Outcome:
        changes = self.desk.flow.label_done([self._order_id()], how=how)
        self.follow(self._order_id(), Step.TRACKING)
        given = self.desk.waybills.expected(self._order_id())
        scan = (
            Message("waybills.scan_the_box", number=given[1])
            if given
            else Message("bench.scan_the_tracking_number")
        )
        said = in_turn([changes.message, scan])
        return Outcome(said, changes)

    def reprint_done(self, how: str, reason: ReprintReason) -> Outcome:
        changes = self.desk.audit.label_reprinted(self._order_id(), how=how, reason=reason)
        return Outcome(changes.message, changes, cue=Cue.ACCEPTED)

    def suggested_box(self, units: int) -> str:
        codes = [b.code for b in self.desk.settings.box_presets()]
        index = 0 if units <= 2 else 1 if units <= 5 else 2
        return codes[min(index, len(codes) - 1)]

    def _order_id(self) -> int:
        if self.state.order_id is None:
            raise NotAllowed(Message("bench.open_an_order_first"))
        return self.state.order_id

    def _pick_list_id(self) -> int:
        if self.state.pick_list_id is None:
            raise Prompt(Message("bench.start_picking"))
        return self.state.pick_list_id


__all__ = ["Bench", "BenchState", "Outcome", "QUEUE", "DONE"]
