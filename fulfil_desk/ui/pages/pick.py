"""Pick: walk the pick list in bin order and scan each unit."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QPushButton

from fulfil_desk.core.kernel.errors import UserError
from fulfil_desk.ui.models import Column
from fulfil_desk.ui.pages.base import StepPage, no_focus, plain_label
from fulfil_desk.ui.pages.widgets import (
    DONE_COLOUR,
    BarcodeLabel,
    OrderHeader,
    confirm_by_hand,
    next_row,
    static_table,
)
from fulfil_desk.ui.typography import set_type
from fulfil_desk.ui.words import why_not

if TYPE_CHECKING:
    from fulfil_desk.ui.controller import DeskController

A4_INCHES = (8.27, 11.69)


class PickPage(StepPage):
    page = "pick"
    barcode: BarcodeLabel  # always shown on this page

    def __init__(self, *, controller: DeskController, parent=None):
        super().__init__(
            controller=controller,
            title=self.tr("Pick"),
            hint=self.tr(
                "Scan each unit as you take it from its bin. Wrong items and one too many "
                "are refused."
            ),
            parent=parent,
        )
        self.header = OrderHeader(words=controller.words, marker=controller.reship_marker)
        self.next_item = plain_label()
        set_type(self.next_item, 2.0, bold=True)
        self.barcode = BarcodeLabel()
        self.table, self.model, self.rows = static_table(
            [
                Column(self.tr("#"), lambda r: self.rows.index(r) + 1, align_right=True),
                Column(self.tr("Bin"), lambda r: r.bin_location),
                Column(self.tr("SKU"), lambda r: r.sku),
                Column(self.tr("Item"), lambda r: r.title),
                Column(self.tr("Barcode"), lambda r: r.barcode),
                Column(self.tr("Picked"), lambda r: f"{r.picked} / {r.quantity}", align_right=True),
                Column(self.tr("Orders"), lambda r: ", ".join(r.order_numbers)),
            ],
            row_colour=lambda r: DONE_COLOUR if r.picked == r.quantity else None,
            stretch=3,
        )
        # A unit whose barcode will not scan: double-click its line (as MANUAL, then its #).
        self.table.doubleClicked.connect(lambda index: confirm_by_hand(self, index.row()))
        manual = QPushButton(self.tr("By hand (MANUAL)"))
        manual.clicked.connect(lambda: controller.scan("MANUAL"))
        save = QPushButton(self.tr("Save pick list as PDF…"))
        save.clicked.connect(self._save_pdf)
        print_button = QPushButton(self.tr("Print pick list"))
        print_button.clicked.connect(self._print)
        no_focus(save, print_button, manual)
        row = QHBoxLayout()
        row.addWidget(manual)
        row.addWidget(print_button)
        row.addWidget(save)
        row.addStretch(1)
        self.body.addWidget(self.header)
        self.body.addLayout(next_row(self.next_item, self.barcode))
        self.body.addWidget(self.table, stretch=1)
        self.body.addLayout(row)

    def refresh(self) -> None:
        desk, state = self.controller.desk, self.controller.state
        self.header.show_order(desk.orders.order(state.order_id) if state.order_id else None)
        self.rows.clear()
        if state.pick_list_id is None:
            self.next_item.setText(self.tr("Verified. Press Enter to start picking this order."))
            self.barcode.show_code(None)
            self.model.reload()
            return
        self.rows.extend(desk.flow.pick_rows(state.pick_list_id))
        self.model.reload()
        todo = [r for r in self.rows if r.picked < r.quantity]
        if todo:
            first = todo[0]
            self.next_item.setText(
                self.tr("Next: {sku} × {left} · bin {bin}\n{title}").format(
                    sku=first.sku,
                    title=first.title,
                    bin=first.bin_location or "?",
                    left=first.quantity - first.picked,
                )
            )
            self.barcode.show_code(first.barcode, later=self.controller.scanning)
        else:
            self.next_item.setText(self.tr("Everything is picked."))
            self.barcode.show_code(None)

    def _print(self) -> None:
        list_id = self.controller.state.pick_list_id
        if list_id is not None:
            self.controller.print_document(
                self.controller.desk.documents.pick_list_pdf(list_id, words=self.controller.words),
                page_size_in=A4_INCHES,
                title=self.tr("pick list {id}").format(id=list_id),
            )
        self.scan_box.setFocus()

    def _save_pdf(self) -> None:
        list_id = self.controller.state.pick_list_id
        if list_id is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save pick list"),
            f"pick-list-{list_id}.pdf",
            self.tr("PDF files (*.pdf)"),
        )
        if path:
            try:
                with open(path, "wb") as out:
                    out.write(
                        self.controller.desk.documents.pick_list_pdf(
                            list_id, words=self.controller.words
                        )
                    )
            except OSError as exc:
                self.show_message(
                    self.tr("Cannot save {path}: {why}.").format(path=path, why=why_not(exc)), False
                )
            except UserError as exc:
                self.show_message(exc.message, False)
            else:
                self.show_message(self.tr("Pick list saved to {path}.").format(path=path), True)
        self.scan_box.setFocus()
