"""Small pieces of the scores panel: a metric row with its status colour and sparkline."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from fulfil_desk.ui.pages.base import no_focus
from fulfil_desk.ui.words import aim, clock, metric_note, name, rate

if TYPE_CHECKING:
    from fulfil_desk.core.wording.render import Wording

MAX_AT_RISK_SHOWN = 8
STATUS_COLOURS = {
    "good": "#2e7d32",
    "at_risk": "#ef6c00",
    "bad": "#c62828",
    "no_data": "#9e9e9e",
    "no_target": "#546e7a",
}


def countdown(seconds: int | None) -> tuple[str, bool]:
    """h:mm and whether it is late."""
    if seconds is None:
        return "", False
    minutes = abs(seconds) // 60
    return f"{minutes // 60}:{minutes % 60:02d}", seconds < 0


def seconds_until(due_iso: str, now: datetime) -> int:
    return int((datetime.fromisoformat(due_iso) - now).total_seconds())


class Sparkline(QWidget):
    """The last eight windows' rates, oldest at the left; a gap where a window had no data."""

    def __init__(self, *, words: Wording, parent=None):
        super().__init__(parent)
        self._words = words
        self.values: list[float | None] = []
        self.target: float | None = None
        self.colour = QColor(STATUS_COLOURS["no_data"])
        self.setFixedSize(72, 20)
        no_focus(self)

    def set_values(self, values, target: float | None, status: str) -> None:
        self.values = list(values)
        self.target = target
        self.colour = QColor(STATUS_COLOURS.get(status, "#9e9e9e"))
        self.setToolTip(" · ".join(rate(self._words, v) for v in self.values))
        self.update()

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt's name
        known = [v for v in self.values if v is not None]
        if not self.values or not known:
            return
        low = min(known + ([self.target] if self.target is not None else []))
        high = max(known + ([self.target] if self.target is not None else []))
        span = (high - low) or 1.0
        width, height = self.width() - 4, self.height() - 4
        step = width / max(1, len(self.values) - 1)

        def point(i: int, value: float) -> QPointF:
            return QPointF(2 + i * step, 2 + height - (value - low) / span * height)

        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self.target is not None:
            painter.setPen(QPen(QColor("#bdbdbd"), 1, Qt.PenStyle.DashLine))
            y = point(0, self.target).y()
            painter.drawLine(QPointF(2, y), QPointF(2 + width, y))
        painter.setPen(QPen(self.colour, 1.6))
        previous = None
        for i, value in enumerate(self.values):
            if value is None:
                previous = None
                continue
            here = point(i, value)
            if previous is not None:
                painter.drawLine(previous, here)
            else:
                painter.drawEllipse(here, 1.2, 1.2)
            previous = here
        painter.end()


class MetricRow(QFrame):
    """One metric: name and status on the first line; rate, counts, window, target, trend on
    the second. Clicking it asks for the orders behind it."""

    clicked = Signal(str, str)  # marketplace, metric

    def __init__(self, *, result: dict, words: Wording, parent=None):
        super().__init__(parent)
        self._words = words
        self.setObjectName("metricRow")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.name = QLabel()
        self.name.setTextFormat(Qt.TextFormat.PlainText)
        self.name.setWordWrap(True)
        self.status = QLabel()
        self.status.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.figures = QLabel()
        self.figures.setTextFormat(Qt.TextFormat.PlainText)
        self.figures.setWordWrap(True)
        self.sparkline = Sparkline(words=words)
        top = QHBoxLayout()
        top.addWidget(self.name, stretch=1)
        top.addWidget(self.status)
        bottom = QHBoxLayout()
        bottom.addWidget(self.figures, stretch=1)
        bottom.addWidget(self.sparkline)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 3, 6, 3)
        layout.setSpacing(1)
        layout.addLayout(top)
        layout.addLayout(bottom)
        no_focus(self, self.name, self.status, self.figures)
        self.show_result(result)

    def show_result(self, result: dict) -> None:
        self.result = result
        self.key = (result["marketplace"], result["metric"])
        font = self.name.font()
        font.setBold(True)
        self.name.setFont(font)
        words = self._words
        self.name.setText(name(words, result["names"], result["metric"]))
        status = result["status"]
        self.status.setText(self._status_text(status))
        self.status.setStyleSheet(
            f"background: {STATUS_COLOURS[status]}; color: white; border-radius: 3px;"
            " padding: 1px 6px;"
        )
        if result["target"] is None:
            target = self.tr("no target: set one")
        else:
            target = aim(words, result["target"], result["comparison"])
        self.figures.setText(
            self.tr("{rate}  ({num}/{den}) · {days} d · {target}").format(
                rate=rate(words, result["rate"]),
                num=result["numerator"],
                den=result["denominator"],
                days=result["window_days"],
                target=target,
            )
        )
        self.setToolTip(metric_note(words, result["marketplace"], result["metric"]))
        self.sparkline.set_values(result["trend"], result["target"], status)

    def _status_text(self, status: str) -> str:
        return {
            "good": self.tr("Good"),
            "at_risk": self.tr("At risk"),
            "bad": self.tr("Bad"),
            "no_data": self.tr("No data"),
            "no_target": self.tr("No target"),
        }[status]

    def mousePressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit(*self.key)
        super().mousePressEvent(event)


class AtRiskView(QWidget):
    """What the orders due today and tomorrow cost if they ship late, and the first of them."""

    def __init__(self, *, words: Wording, parent=None):
        super().__init__(parent)
        self._words = words
        self.text = QLabel()
        self.orders = QLabel()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for label in (self.text, self.orders):
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)
            layout.addWidget(label)
        no_focus(self, self.text, self.orders)

    def show_found(self, found: dict) -> None:
        words = self._words
        lines = [words(m["sentence"]) for m in found["marketplaces"]]
        if found["overdue"]:
            lines.append(
                self.tr("{n} open orders are already past their ship-by.").format(
                    n=len(found["overdue"])
                )
            )
        if not found["orders"]:
            lines.insert(0, self.tr("No open order is due today or tomorrow."))
        self.text.setText("\n".join(lines))
        due = {"today": self.tr("today {time}"), "tomorrow": self.tr("tomorrow {time}")}
        shown = [
            " · ".join(
                (
                    due[o["due"]].format(time=clock(words, o["ship_by"])),
                    o["marketplace"],
                    o["order_number"],
                )
            )
            for o in found["orders"][:MAX_AT_RISK_SHOWN]
        ]
        hidden = len(found["orders"]) - len(shown)
        if hidden > 0:
            shown.append(self.tr("+{n} more (sort the queue by risk)").format(n=hidden))
        self.orders.setText("\n".join(shown))
        self.orders.setVisible(bool(shown))
