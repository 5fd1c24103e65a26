"""Tracking: the courier, then scan the waybill's number; checked, then the order ships."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel

from fulfil_desk.ui.pages.base import StepPage, plain_label
from fulfil_desk.ui.pages.widgets import OrderHeader
from fulfil_desk.ui.typography import set_type
from fulfil_desk.ui.words import name

if TYPE_CHECKING:
    from fulfil_desk.ui.controller import DeskController


class TrackingPage(StepPage):
    page = "tracking"

    def __init__(self, *, controller: DeskController, parent=None):
        super().__init__(
            controller=controller,
            title=self.tr("Tracking"),
            hint=self.tr(
                "Scan the tracking number from the courier's waybill. Scan COURIER:<code> "
                "(e.g. COURIER:HANJIN) to change the courier, REPRINT to print the label again."
            ),
            parent=parent,
        )
        self.header = OrderHeader(words=controller.words, marker=controller.reship_marker)
        self.courier = QComboBox()
        for courier in controller.desk.couriers.all():
            shown = name(controller.words, courier.names, courier.code)
            self.courier.addItem(f"{courier.code} — {shown}", courier.code)
        self.courier.activated.connect(self._courier_chosen)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Courier")))
        row.addWidget(self.courier, stretch=1)
        self.prompt = plain_label()
        set_type(self.prompt, 2.0, bold=True)
        self.body.addWidget(self.header)
        self.body.addWidget(self.prompt)
        self.body.addLayout(row)
        self.body.addStretch(1)

    def _courier_chosen(self) -> None:
        self.controller.scan(f"COURIER:{self.courier.currentData()}")
        self.scan_box.setFocus()

    def refresh(self) -> None:
        state = self.controller.state
        if state.order_id is not None:
            self.header.show_order(self.controller.desk.orders.order(state.order_id))
        self.courier.setCurrentIndex(max(0, self.courier.findData(state.courier)))
        given = self.controller.desk.waybills.expected(state.order_id) if state.order_id else None
        if given is not None:  # the label took this number from the courier's band
            self.prompt.setText(
                self.tr("Scan the waybill on the box: it must be {number}.").format(number=given[1])
            )
        elif state.courier:
            courier = self.controller.desk.couriers.get(state.courier)
            shown = name(self.controller.words, courier.names, courier.code)
            self.prompt.setText(
                self.tr("Scan the barcode on the {courier} waybill.").format(courier=shown)
            )
        else:
            self.prompt.setText(self.tr("Choose the courier, then scan its waybill."))
