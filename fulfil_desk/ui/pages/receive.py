"""Receive: the start of the flow. Scan an order number, or Enter for the most urgent order."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from fulfil_desk.ui.pages.base import StepPage


class ReceivePage(StepPage):
    def __init__(self, controller, parent=None):
        super().__init__(
            controller,
            self.tr("Receive"),
            self.tr(
                "Scan an order number, or press Enter to open the most urgent order in the "
                "queue. Scan PICK-ALL to pick every verified order in one pick list, "
                "GOODS-IN to receive stock, COUNT to count a bin."
            ),
            parent,
        )
        self.summary = QLabel("")
        self.summary.setWordWrap(True)
        self.body.addWidget(self.summary)
        self.body.addStretch(1)

    def refresh(self) -> None:
        counts = self.controller.desk.queue_summary()
        self.summary.setText(
            self.tr(
                "{open} open orders: {overdue} overdue, {today} due today, {held} on hold."
            ).format(
                open=counts["open"],
                overdue=counts["overdue"],
                today=counts["today"],
                held=counts["on_hold"],
            )
        )
