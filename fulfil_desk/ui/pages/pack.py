"""Pack: scan every unit into the box, then box and weight, then Enter closes it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QSpinBox

from fulfil_desk.core.bench.flow import MAX_WEIGHT_G
from fulfil_desk.core.kernel.settings import box_name
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

if TYPE_CHECKING:
    from fulfil_desk.ui.controller import DeskController


class PackPage(StepPage):
    page = "pack"
    barcode: BarcodeLabel  # always shown on this page

    def __init__(self, *, controller: DeskController, parent=None):
        super().__init__(
            controller=controller,
            title=self.tr("Pack"),
            hint=self.tr(
                "Scan every unit into the box, then the weight (1250 or 1.25kg); BOX-S, BOX-M "
                "or BOX-L changes the box. Enter closes it."
            ),
            parent=parent,
        )
        self.header = OrderHeader(words=controller.words, marker=controller.reship_marker)
        self.progress = plain_label()
        set_type(self.progress, 2.0, bold=True)
        self.barcode = BarcodeLabel()
        self.table, self.model, self.rows = static_table(
            [
                Column(self.tr("#"), lambda r: r["number"], align_right=True),
                Column(self.tr("SKU"), lambda r: r["sku"]),
                Column(self.tr("Item"), lambda r: r["title"]),
                Column(self.tr("Barcode"), lambda r: r["barcode"]),
                Column(
                    self.tr("In box"),
                    lambda r: f"{r['packed']} / {r['quantity']}",
                    align_right=True,
                ),
            ],
            row_colour=lambda r: DONE_COLOUR if r["packed"] == r["quantity"] else None,
            stretch=2,
        )
        self.table.doubleClicked.connect(lambda index: confirm_by_hand(self, index.row()))
        self.box = QComboBox()
        for preset in controller.desk.settings.box_presets():
            self.box.addItem(
                f"{preset.code} — {controller.words.value(box_name(preset))}", preset.code
            )
        self.box.activated.connect(self._box_chosen)
        self.weight = QSpinBox()
        self.weight.setRange(0, MAX_WEIGHT_G)
        self.weight.setSuffix(self.tr(" g"))
        self.weight.editingFinished.connect(self._weight_typed)
        manual = QPushButton(self.tr("By hand (MANUAL)"))
        manual.clicked.connect(lambda: controller.scan("MANUAL"))
        close = QPushButton(self.tr("Close box (Enter)"))
        close.clicked.connect(lambda: controller.scan(""))
        no_focus(self.box, close, manual)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Box")))
        row.addWidget(self.box)
        row.addWidget(QLabel(self.tr("Weight")))
        row.addWidget(self.weight)
        row.addWidget(close)
        row.addWidget(manual)
        row.addStretch(1)
        self.body.addWidget(self.header)
        self.body.addLayout(next_row(self.progress, self.barcode))
        self.body.addWidget(self.table, stretch=1)
        self.body.addLayout(row)

    def _box_chosen(self) -> None:
        self.controller.scan(f"BOX-{self.box.currentData()}")
        self.scan_box.setFocus()

    def _weight_typed(self) -> None:
        """A weight typed in the box is read like a scanned one: checked, saved, or refused."""
        grams = self.weight.value()
        if grams and grams != self.controller.state.weight_g:
            self.controller.scan(f"{grams}g")
        self.scan_box.setFocus()

    def refresh(self) -> None:
        desk, state = self.controller.desk, self.controller.state
        if state.order_id is None:
            return
        order = desk.orders.order(state.order_id)
        self.header.show_order(order)
        self.rows.clear()
        products = {line.sku: desk.products.product(line.sku) for line in order.lines}
        for number, line in enumerate(order.lines, start=1):
            codes = products[line.sku].barcodes
            self.rows.append(
                {
                    "number": number,
                    "sku": line.sku,
                    "title": line.title,
                    "quantity": line.quantity,
                    "packed": line.packed,
                    "barcode": codes[0] if codes else line.sku,
                }
            )
        self.model.reload()
        todo = [r for r in self.rows if r["packed"] < r["quantity"]]
        self.barcode.show_code(todo[0]["barcode"] if todo else None, later=self.controller.scanning)
        box = state.box or self.controller.bench.suggested_box(order.units)
        self.box.setCurrentIndex(max(0, self.box.findData(box)))
        self.weight.blockSignals(True)  # a weight shown is not a weight typed
        self.weight.setValue(state.weight_g or desk.flow.suggested_weight_g(state.order_id, box))
        self.weight.blockSignals(False)
        if todo:
            first = todo[0]
            self.progress.setText(
                self.tr("{packed} of {units} in the box · next: {sku}\n{title}").format(
                    packed=order.units_packed, units=order.units, sku=first["sku"],
                    title=first["title"],
                )
            )  # fmt: skip
        else:
            self.progress.setText(
                self.tr("Every unit is in the box. Scan the weight, or Enter to close it.")
            )
