"""Receive: the start of the flow. Scan an order number, or Enter for the most urgent order."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel

from fulfil_desk.ui.pages.base import StepPage
from fulfil_desk.ui.typography import set_type

if TYPE_CHECKING:
    from fulfil_desk.ui.controller import DeskController


class ReceivePage(StepPage):
    page = "queue"

    def __init__(self, *, controller: DeskController, parent=None):
        super().__init__(
            controller=controller,
            title=self.tr("Receive"),
            hint=self.tr(
                "Scan an order number, or press Enter to open the most urgent order in the "
                "queue. Scan PICK-ALL to pick every verified order in one pick list, "
                "GOODS-IN to receive stock, COUNT to count a bin."
            ),
            parent=parent,
        )
        self.summary = QLabel("")
        self._summary_due = False
        self.summary.setWordWrap(True)
        set_type(self.summary, 1.4)
        self.body.addWidget(self.summary)
        self.body.addStretch(1)
        self.message.show_text(self.tr("Scan an order number."), "idle", self.tr("READY"))

    def refresh(self) -> None:
        """The counts wait for a scan's verdict (`after_verdict`): they are not the verdict."""
        self._summary_due = True
        if not self.controller.scanning:
            self.after_verdict()

    def work_after_verdict(self) -> bool:
        return self._summary_due

    def after_verdict(self) -> None:
        if not self._summary_due:
            return
        self._summary_due = False
        desk = self.controller.desk
        counts = desk.orders.queue_summary()
        summary = self.tr(
            "{open} open orders: {overdue} overdue, {today} due today, {held} on hold."
        ).format(
            open=counts["open"],
            overdue=counts["overdue"],
            today=counts["today"],
            held=counts["on_hold"],
        )
        packer = desk.packers.current_packer()
        who = (
            self.tr("Packer: {name}. Scan your badge when you take over the bench.").format(
                name=packer
            )
            if packer
            else self.tr("No packer yet: scan your badge (PACKER:<name>).")
        )
        self.summary.setText(f"{summary}\n{who}")
