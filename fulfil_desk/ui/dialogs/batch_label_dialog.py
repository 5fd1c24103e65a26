"""Orders ▸ Labels for packed orders… (F9), and the queue's Labels for selected: the labels
of several orders in one PDF, printed or saved.

The dialog lists the orders that get a label and, in one sentence, those left out and why
(`Desk.label_batch`). Print (Enter) draws the PDF on a worker thread behind a progress
dialog, whose Cancel prints, saves and records nothing; then it goes to the label printer
(with none set up, into the labels folder, as at the label step). Save as PDF… writes the
file beside its name and renames it. Then every order of the batch is labelled at once
(`Desk.labels_done`, one transaction), and the queue shows them at the tracking step.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
)

from fulfil_desk.core.kernel.errors import UserError
from fulfil_desk.core.kernel.messages import Message
from fulfil_desk.ui import printing
from fulfil_desk.ui.dialogs.progress import ProgressRun
from fulfil_desk.ui.models import Column, TableModel
from fulfil_desk.ui.words import short_moment, term, why_not

if TYPE_CHECKING:
    from fulfil_desk.ui.controller import DeskController

RED = "color: #b71c1c; font-weight: bold;"
AMBER = "color: #8a5300;"


def add_batch_label_action(window, menu) -> None:
    """Orders ▸ Labels for packed orders… (F9); the queue's Labels for selected."""
    action = QAction(
        QCoreApplication.translate("BatchLabels", "&Labels for packed orders…"), window
    )
    action.setShortcut(QKeySequence("F9"))
    action.triggered.connect(lambda: open_batch_labels(window))
    menu.addAction(action)
    window.queue.labels_requested.connect(lambda ids: open_batch_labels(window, ids))


def open_batch_labels(window, order_ids: list[int] | None = None):
    """The batch dialog for `order_ids`, or for every packed order. The bench stays where it
    is: the order open at this station keeps its page and its lock (and moves on to Tracking
    when its own label is among the batch's)."""
    controller = window.controller
    try:
        batch = controller.desk.documents.label_batch(order_ids, words=controller.words)
    except UserError as exc:
        controller.message.emit(controller.words(exc.message), False)
        return None
    if not batch.orders:
        text = controller.words(batch.left_out_sentence()) or QCoreApplication.translate(
            "BatchLabels", "No packed order is waiting for its label."
        )
        controller.message.emit(text, False)
        return None
    dialog = BatchLabelDialog(controller=controller, batch=batch, parent=window)
    dialog.finished.connect(
        lambda _result: (window.activateWindow(), window.page.scan_box.setFocus())
    )
    dialog.finished.connect(dialog.deleteLater)
    window.batch_label_dialog = dialog
    dialog.open()
    return dialog


class BatchLabelDialog(QDialog):
    def __init__(self, *, controller: DeskController, batch, parent=None):
        super().__init__(parent)
        self.controller = controller
        self.batch = batch
        self.run: ProgressRun | None = None
        n = len(batch.orders)
        self.setWindowTitle(self.tr("Labels for %n order(s)", "", n))
        words = controller.words
        self.model = TableModel(
            columns=[
                Column(self.tr("Ship by"), lambda o: short_moment(words, o.ship_by)),
                Column(self.tr("Market"), lambda o: o.marketplace),
                Column(self.tr("Order"), lambda o: o.order_number),
                Column(self.tr("Recipient"), lambda o: o.ship_to.name),
                Column(self.tr("Box"), lambda o: o.box or ""),
                Column(self.tr("Step"), lambda o: term(words, "status", o.status.value)),
            ],
            fetch=lambda offset, limit: list(batch.orders[offset : offset + limit]),
            parent=self,
        )
        self.view = QTableView()
        self.view.setObjectName("batchLabels")
        self.view.setModel(self.model)
        self.view.verticalHeader().setVisible(False)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.heading = QLabel(self.tr("%n label(s) in one PDF, one 4×6 in page each:", "", n))
        self.left_out = QLabel(controller.words(batch.left_out_sentence()))
        self.left_out.setWordWrap(True)
        self.left_out.setStyleSheet(AMBER)
        self.left_out.setVisible(bool(batch.left_out))
        self.printer = QLabel(self._printer_text())
        self.printer.setWordWrap(True)
        self.note = QLabel("")
        self.note.setWordWrap(True)
        self.buttons = QDialogButtonBox()
        self.print_button = self.buttons.addButton(
            self.tr("&Print %n label(s)", "", n), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button = self.buttons.addButton(
            self.tr("&Save as PDF…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.print_button.setDefault(True)
        self.print_button.clicked.connect(self.print_labels)
        self.save_button.clicked.connect(lambda: self.save_as())
        self.close_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.view, stretch=1)
        layout.addWidget(self.left_out)
        layout.addWidget(self.printer)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)
        self.resize(720, 460)
        self.model.reload()
        while self.model.canFetchMore():
            self.model.fetchMore()
        self.print_button.setFocus()

    def _printer_text(self) -> str:
        name = self.controller.printer_name()
        if name and (dpi := self.controller.zpl_dpi()):
            return self.tr("Printer: {name} (ZPL, {dpi} dpi)").format(name=name, dpi=dpi)
        if name:
            return self.tr("Printer: {name}").format(name=name)
        return self.tr("No printer is set up: Print saves the PDF to {dir}.").format(
            dir=self.controller.label_dir
        )

    def _say(self, text: Message | str | None, *, ok: bool) -> None:
        self.note.setText(self.controller.words(text))
        self.note.setStyleSheet("" if ok else RED)

    # ---- making the PDF ------------------------------------------------------------------

    def print_labels(self) -> ProgressRun | None:
        """Enter: on the label printer, or with none set up into the labels folder."""
        name = self.controller.printer_name()
        if name:
            return self._make(lambda pdf: self._print(pdf, name))
        return self.save_as(self._default_path())

    def save_as(self, path: Path | None = None) -> ProgressRun | None:
        if path is None:
            chosen, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Save the labels as PDF"),
                str(self._default_path()),
                self.tr("PDF files (*.pdf)"),
            )
            if not chosen:
                return None
            path = Path(chosen)
        return self._make(lambda pdf: self._save(pdf, Path(path)))

    def _default_path(self) -> Path:
        now = self.controller.desk.clock.now().astimezone(self.controller.desk.settings.shop_tz())
        return self.controller.label_dir / f"labels-{now:%Y%m%d-%H%M%S}.pdf"

    def _make(self, deliver) -> ProgressRun:
        """Draw the PDF on a worker thread; then `deliver(pdf)` returns how it went out."""
        self._busy(True)
        self._say("", ok=True)
        n = len(self.batch.orders)
        self.run = run = ProgressRun(
            work=self.batch.render,
            words=self.controller.words,
            text=self.tr("Making %n label(s)…", "", n),
            cancelled_text=self.tr(
                "Labels cancelled: nothing was printed or saved, and the orders still wait "
                "for their labels."
            ),
            unused_result=True,
            parent=self,
        )
        run.succeeded.connect(lambda pdf: self._deliver(deliver, pdf))
        run.failed.connect(self._failed)
        run.start()
        return run

    def _busy(self, busy: bool) -> None:
        for button in (self.print_button, self.save_button, self.close_button):
            button.setEnabled(not busy)

    def _failed(self, sentence: str, cancelled: bool) -> None:
        self._busy(False)
        self._say(sentence, ok=cancelled)
        self.print_button.setFocus()

    def _deliver(self, deliver, pdf: bytes) -> None:
        try:
            how = deliver(pdf)
        except UserError as exc:
            self._failed(
                self.controller.words(exc.message)
                + " "
                + self.tr("No label was recorded; the orders still wait."),
                False,
            )
            return
        try:
            changes = self.controller.desk.documents.labels_done(self.batch, how=how)
        except UserError as exc:  # e.g. another station cancelled one meanwhile: none recorded
            self._failed(
                self.tr("The labels went out ({how}) but were not recorded: {why}").format(
                    how=how, why=self.controller.words(exc.message)
                ),
                False,
            )
            return
        self.controller.changed.emit(changes)
        self.controller.message.emit(self.controller.words(changes.message), True)
        if self.controller.state.order_id in self.batch.ids:
            self.controller.follow_open_order()  # now at Tracking
        self.accept()

    # ---- where it goes ---------------------------------------------------------------------

    def _print(self, pdf: bytes, name: str) -> str:
        self._say(self.tr("Sending the labels to {name}…").format(name=name), ok=True)
        self.note.repaint()
        title = self.tr("labels ({n})").format(n=len(self.batch.orders))

        def zpl(dpi: int) -> bytes:
            from fulfil_desk.core.labels.zpl_labels import zpl_labels  # Pillow: only for ZPL

            return zpl_labels(self.batch, dpi=dpi)

        printing.print_labels(
            printer=name,
            title=title,
            zpl_printers=self.controller.desk.settings.get("zpl_printers") or {},
            pdf=lambda: pdf,
            zpl=zpl,
            forms=self.batch.customs_forms,
        )
        return name

    def _save(self, pdf: bytes, path: Path) -> str:
        """Written beside its name and renamed: a failed save leaves no half-written file."""
        part = path.with_name(f".{path.name}.part")
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            part.write_bytes(pdf)
            os.replace(part, path)
        except OSError as exc:
            part.unlink(missing_ok=True)
            raise UserError(
                self.tr("Cannot save {path}: {why}.").format(path=path, why=why_not(exc))
            ) from exc
        return str(path)

    def done(self, result: int) -> None:  # noqa: D401 - Qt's name
        if self.run is not None and self.run.running():
            self.run.cancel_work()
            self.run.worker.wait()
        super().done(result)
