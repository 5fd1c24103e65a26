"""DeskController: runs a scan or a use case, performs printing, and says what changed."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from fulfil_desk.core.aftersales.return_bench import RETURNS
from fulfil_desk.core.bench.saving import when_unreachable
from fulfil_desk.core.bench.scanner import Bench, BenchState, Outcome
from fulfil_desk.core.handover.bench import HANDOVER
from fulfil_desk.core.kernel.changes import Changes
from fulfil_desk.core.kernel.errors import DatabaseUnreachable, UserError
from fulfil_desk.core.kernel.messages import Message
from fulfil_desk.ui import printing
from fulfil_desk.ui.words import ui_wording, why_not

if TYPE_CHECKING:
    from fulfil_desk.core.desk import Desk


class DeskController(QObject):
    changed = Signal(object)  # Changes
    page_changed = Signal()
    message = Signal(str, bool)  # text, ok: what a button or dialog did
    verdict = Signal(object)  # the Outcome a scan ends with: shown in its tone, with its sound
    scan_answered = Signal()  # a scan's page and messages are set: its verdict can be shown

    def __init__(self, *, desk: Desk, bench: Bench, label_dir: Path, lang: str, parent=None):
        super().__init__(parent)
        self.desk = desk
        self.words = ui_wording(zone=desk.settings.shop_tz, lang=lang)  # the core's messages
        self.bench = bench
        self.label_dir = label_dir
        # True while a scan runs: views other than the step page may wait until its verdict
        # is on screen (see MainWindow._on_changed).
        self.scanning = False
        self._label: tuple[int, bytes] | None = None  # the label last drawn, see label_pdf
        self._saves_before = 0  # the Desk's saves_made() when the step in hand began
        self.changed.connect(self._forget_label)

    @property
    def state(self) -> BenchState:
        return self.bench.state

    def scan(self, text: str) -> Outcome:
        return self._step(lambda: self.bench.scan(text))

    def pick(self, order_ids: list[int]) -> Outcome:
        def start() -> Outcome:
            try:
                return self.bench.pick(order_ids)
            except UserError as exc:
                return Outcome(exc.message, ok=False)

        return self._step(start)

    def _step(self, action) -> Outcome:
        """Run a scan, then any printing it asks for; show the new page, then the messages."""
        self.scanning = True
        saves = self._saves_before = self.desk.saves_made()
        outcomes: list[Outcome] = []  # the scan's answers so far
        try:
            return self._run_step(action, outcomes)
        except DatabaseUnreachable as exc:  # a read around the scan found the server gone
            unfinished = [each for each in outcomes if each.tone == "refused"]
            if self.bench.unfinished is not None and unfinished:
                outcome = unfinished[0]  # "may or may not be saved" stands: the next scan asks
            else:
                outcome = when_unreachable(self.bench, exc, None, saves)
            self.verdict.emit(outcome)
            return outcome
        finally:
            self.scanning = False
            self.scan_answered.emit()

    def _run_step(self, action, outcomes: list[Outcome]) -> Outcome:
        page_before = (self.state.page, self.state.order_id, self.state.pick_list_id)
        choices_before = self._choices()
        outcome = action()
        outcomes.append(outcome)
        while self.state.pending:
            outcomes.append(self._perform(self.state.pending.pop(0)))
        for each in outcomes:
            if each.changes != Changes():
                self.changed.emit(each.changes)
        if (self.state.page, self.state.order_id, self.state.pick_list_id) != page_before:
            self.page_changed.emit()
        elif self._choices() != choices_before:
            self.changed.emit(Changes())  # the page shows the new box, weight, courier, …
        said = [each for each in outcomes if each.message]
        refused = [each for each in said if each.tone == "refused"]
        if said:  # a refusal along the way (the printer failed) is never hidden by what followed
            self.verdict.emit(refused[0] if refused else said[-1])
        return outcome

    def _choices(self) -> tuple:
        """What a page shows that is no use case's Changes: the box, weight and courier
        chosen, the goods-in line waiting, the count shown, the return being scanned."""
        state = self.state
        bench = self.bench
        # The return being scanned is a read of the database: only on the Returns page.
        scanning_return = bench.returns.view() if state.page == RETURNS else ()
        handing_over = bench.handover.view() if state.page == HANDOVER else ()
        return (state.box, state.weight_g, state.courier, bench.stock.view(), scanning_return,
                handing_over)  # fmt: skip

    def run(self, use_case, *args, **kwargs):
        """A use case from a button; a refusal becomes a red message, not an exception."""
        try:
            result = use_case(*args, **kwargs)
        except UserError as exc:
            self.message.emit(self.words(exc.message), False)
            return None
        changes = result[-1] if isinstance(result, tuple) else result
        if isinstance(changes, Changes):
            self.changed.emit(changes)
            if changes.message:
                self.message.emit(self.words(changes.message), True)
        return result

    def reship_marker(self, order_id: int) -> Message | None:
        """What an order's header says when it is a reshipment (None: it is not)."""
        return self.desk.reships.marker(order_id)

    def open_order(self, order_id: int) -> Outcome:
        """An order chosen in the queue: as if its number were scanned."""

        def switch() -> Outcome:
            try:
                return self.bench.switch(order_id)
            except UserError as exc:
                return Outcome.refused(exc)

        return self._step(switch)

    def follow_open_order(self) -> None:
        """The open order moved on outside the bench (its label printed in a batch): the
        station follows it to its step."""
        if self.state.order_id is not None:
            self.bench.open(self.state.order_id)
        self.page_changed.emit()

    def back_to_queue(self) -> None:
        """Esc: as BACK scanned."""
        self.scan("BACK")

    def print_document(self, pdf: bytes, *, page_size_in: tuple[float, float], title: str) -> None:
        """A pick list or packing slip on the label printer's queue; the result as a message."""
        name = self.printer_name()
        try:
            if name is None:
                raise printing.PrintError(self.tr("No printer is set up; save it as PDF instead."))
            printing.print_pdf(pdf, printer=name, page_size_in=page_size_in, title=title)
        except UserError as exc:
            self.message.emit(self.words(exc.message), False)
            return
        self.message.emit(
            self.tr("Sent {title} to {printer}.").format(title=title, printer=name), True
        )

    def printer_name(self) -> str | None:
        return self.desk.settings.get("printer") or printing.default_printer()

    def zpl_dpi(self) -> int | None:
        """The label printer's dpi when it takes ZPL (setting `zpl_printers`), else None."""
        return printing.zpl_dpi(self.printer_name(), self.desk.settings.get("zpl_printers") or {})

    def label_pdf(self, order_id: int) -> bytes:
        """The order's label. The one the label page previews is kept until anything changes,
        so that Enter prints that very PDF at once instead of drawing it again (~7 ms)."""
        if self._label is None or self._label[0] != order_id:
            self._label = (order_id, self.desk.documents.label_pdf([order_id], words=self.words))
        return self._label[1]

    def _forget_label(self, _changes=None) -> None:
        self._label = None

    def _perform(self, action: str) -> Outcome:
        """print, save or reprint:<reason>: the label on the printer, else saved as PDF."""
        try:
            order_id = self.state.order_id
            assert order_id is not None, action  # the label page's actions: an order is open
            if action.startswith("reprint:"):  # a spoiled label's reprint: a new waybill number
                self._forget_label()
            if action != "save" and (name := self.printer_name()):
                printing.print_labels(
                    printer=name,
                    title=self.tr("label {id}").format(id=order_id),
                    zpl_printers=self.desk.settings.get("zpl_printers") or {},
                    pdf=lambda: self.label_pdf(order_id),
                    zpl=lambda dpi: self.desk.documents.label_zpl(
                        [order_id], dpi=dpi, words=self.words
                    ),
                    forms=lambda: self.desk.documents.customs_forms([order_id], words=self.words),
                )
                how = name
            else:
                pdf = self.label_pdf(order_id)
                how = str(self.save_pdf(pdf, self.default_label_path(order_id)))
            return self.bench.delivered(action, how)
        except DatabaseUnreachable as exc:  # the label's number may be given, its record not
            return when_unreachable(self.bench, exc, None, self._saves_before)
        except UserError as exc:
            return Outcome(exc.message, ok=False)

    def label_saved(self, how: str) -> None:
        """The label was saved from a dialog: the order moves on to tracking."""
        try:
            outcome = self.bench.label_done(how)
        except UserError as exc:
            outcome = Outcome(exc.message, ok=False)
        self._step(lambda: outcome)

    def default_label_path(self, order_id: int) -> Path:
        order = self.desk.orders.order(order_id)
        safe = "".join(ch if ch.isalnum() or ch in "-_" else "_" for ch in order.order_number)
        return self.label_dir / f"label-{order.marketplace}-{safe}.pdf"

    def save_pdf(self, pdf: bytes, path: Path) -> Path:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(pdf)
        except OSError as exc:
            why = self.tr("Cannot save {path}: {why}.").format(path=path, why=why_not(exc))
            raise UserError(why) from exc
        return path
