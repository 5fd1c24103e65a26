"""What every step page shares: a title, the scan box that keeps focus, a message line."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QVBoxLayout, QWidget

OK_STYLE = "color: #1b5e20;"
ERROR_STYLE = "color: #b71c1c; font-weight: bold;"


class ScanBox(QLineEdit):
    """Where the scanner types. Enter submits, even when empty (the step's default)."""

    submitted = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("scanBox")
        font = QFont(self.font())
        font.setPointSize(font.pointSize() + 6)
        self.setFont(font)
        self.setMaxLength(512)
        self.returnPressed.connect(self._submit)

    def _submit(self) -> None:
        text = self.text()
        self.clear()
        self.submitted.emit(text)


class StepPage(QWidget):
    """A page of the flow; subclasses fill `body` and implement `refresh`."""

    barcode = None  # a page's BarcodeLabel of the next item, drawn once the verdict shows

    def __init__(self, controller, title: str, hint: str, parent=None):
        super().__init__(parent)
        self.controller = controller
        self.title = QLabel(title)
        heading = QFont(self.title.font())
        heading.setPointSize(heading.pointSize() + 8)
        heading.setBold(True)
        self.title.setFont(heading)
        self.hint = QLabel(hint)
        self.hint.setWordWrap(True)
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        self.scan_box = ScanBox()
        self.scan_box.setPlaceholderText(self.tr("Scan here (or type and press Enter)"))
        self.scan_box.submitted.connect(controller.scan)
        self.message = QLabel("")
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.body = QVBoxLayout()
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.hint)
        layout.addWidget(self.scan_box)
        layout.addWidget(self.message)
        layout.addLayout(self.body, stretch=1)

    def show_message(self, text: str, ok: bool) -> None:
        self.message.setText(text)
        style = OK_STYLE if ok else ERROR_STYLE
        if self.message.styleSheet() != style:  # a new style sheet re-polishes the label
            self.message.setStyleSheet(style)
        if not ok:
            QApplication.beep()

    def refresh(self) -> None:
        raise NotImplementedError

    def after_verdict(self) -> None:
        """What `refresh` may leave, during a scan, until the scan's verdict is on screen:
        here the picture of the next barcode."""
        if self.barcode is not None:
            self.barcode.draw()

    def work_after_verdict(self) -> bool:
        """True when `after_verdict` has something to do."""
        return self.barcode is not None and self.barcode.pending

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self.scan_box.setFocus()


def plain_label(text: str = "") -> QLabel:
    """A label for data from order files: never read as HTML, always wrapped."""
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label


def no_focus(*widgets: QWidget) -> None:
    """Clicking these must not take focus from the scan box."""
    for widget in widgets:
        widget.setFocusPolicy(Qt.FocusPolicy.NoFocus)
