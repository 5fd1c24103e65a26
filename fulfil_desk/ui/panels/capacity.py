"""A strip above the queue: the next shipping days' load against the shop's daily capacity."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from fulfil_desk.core.kernel.errors import UserError
from fulfil_desk.core.wording.render import Wording
from fulfil_desk.ui.pages.base import no_focus
from fulfil_desk.ui.words import day as words_day
from fulfil_desk.ui.words import short_day

if TYPE_CHECKING:
    from fulfil_desk.core.desk import Desk

OVER_STYLE = "background: #c62828; color: white; border-radius: 4px;"
FULL_STYLE = "background: #ffe0b2; color: #4e342e; border-radius: 4px;"  # 80 % or more
OK_STYLE = "background: #e8f5e9; color: #1b5e20; border-radius: 4px;"
MAX_LISTED = 12


class DayCell(QLabel):
    """One shipping day: weekday and date over load / capacity."""

    def __init__(self, *, parent=None):
        super().__init__(parent)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(44)
        self.setContentsMargins(2, 2, 2, 2)
        self.day: dict | None = None
        no_focus(self)


class CapacityStrip(QWidget):
    """Seven shipping days from today; a day over capacity is red and lists its orders at risk."""

    DAYS = 7

    def __init__(self, *, desk: Desk, words: Wording, parent=None):
        super().__init__(parent)
        self._desk = desk
        self._words = words
        self.setObjectName("capacityStrip")
        self.title = QLabel(self.tr("Next shipping days: orders due / daily capacity"))
        self.cells = [DayCell() for _ in range(self.DAYS)]
        row = QHBoxLayout()
        row.setSpacing(3)
        row.setContentsMargins(0, 0, 0, 0)
        for cell in self.cells:
            row.addWidget(cell)
        frame = QFrame()
        frame.setLayout(row)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 2, 0, 2)
        layout.setSpacing(2)
        layout.addWidget(self.title)
        layout.addWidget(frame)
        no_focus(self, self.title, frame)

    def refresh(self) -> None:
        try:
            days = self._desk.calendar.capacity(self.DAYS)
        except UserError as exc:
            for cell in self.cells:
                cell.day = None
                cell.setText("—")
                cell.setToolTip(self._words(exc.message))
                cell.setStyleSheet("")
            return
        for cell, day in zip(self.cells, days, strict=True):
            self._show(cell, day)

    def over_days(self) -> list[dict]:
        return [c.day for c in self.cells if c.day and c.day["over"]]

    def _show(self, cell: DayCell, day: dict) -> None:
        cell.day = day
        when = short_day(self._words, date.fromisoformat(day["date"]))
        cell.setText(f"{when}\n{day['load']} / {day['capacity']}")
        if day["over"]:
            cell.setStyleSheet(OVER_STYLE)
        elif day["load"] * 5 >= day["capacity"] * 4:
            cell.setStyleSheet(FULL_STYLE)
        else:
            cell.setStyleSheet(OK_STYLE)
        cell.setToolTip(self._tooltip(day))

    def _tooltip(self, day: dict) -> str:
        lines = [
            self.tr("{date}: {load} orders due, capacity {capacity} ({units} units)").format(
                date=words_day(self._words, day["date"]),
                load=day["load"],
                capacity=day["capacity"],
                units=day["units"],
            )
        ]
        overdue = sum(o["overdue"] for o in day["orders"])
        if overdue:
            lines.append(self.tr("{n} of them overdue").format(n=overdue))
        if day["over"]:
            lines.append(self.tr("Over capacity. Orders at risk (ordered last):"))
            for order in day["at_risk"][:MAX_LISTED]:
                lines.append(f"  {order['marketplace']} {order['order_number']}")
            if len(day["at_risk"]) > MAX_LISTED:
                more = len(day["at_risk"]) - MAX_LISTED
                lines.append(self.tr("  … and {n} more").format(n=more))
        return "\n".join(lines)
