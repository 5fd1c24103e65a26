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
        rows = self.controller.desk.queue(limit=10_000)
        overdue = sum(1 for r in rows if r["due"] == "overdue")
        today = sum(1 for r in rows if r["due"] == "today")
        held = sum(1 for r in rows if r["status"] == "on_hold")
        self.summary.setText(
            self.tr(
                "{open} open orders: {overdue} overdue, {today} due today, {held} on hold."
            ).format(open=len(rows), overdue=overdue, today=today, held=held)
        )
