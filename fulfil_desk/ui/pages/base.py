"""What every step page shares: the verdict banner, a title and hint, the scan box that keeps
focus, and a red flash around the page when a scan is refused."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from fulfil_desk.core.bench.outcome import Cue
from fulfil_desk.core.kernel.messages import Message
from fulfil_desk.ui.pages.verdict import EdgeFlash, VerdictBanner
from fulfil_desk.ui.typography import set_type

if TYPE_CHECKING:  # widgets.py imports this module
    from fulfil_desk.ui.controller import DeskController
    from fulfil_desk.ui.pages.widgets import BarcodeLabel

# Smaller lines in green or red (Verify's problems, the calendar's messages); the verdict
# banner has its own colours (pages/verdict.py).
OK_STYLE = "color: #1b5e20;"
ERROR_STYLE = "color: #b71c1c; font-weight: bold;"


class ScanBox(QLineEdit):
    """Where the scanner types. Enter submits, even when empty (the step's default)."""

    submitted = Signal(str)

    def __init__(self, *, parent=None):
        super().__init__(parent)
        self.setObjectName("scanBox")
        set_type(self, 1.5)
        self.setMaxLength(512)
        self.returnPressed.connect(self._submit)

    def _submit(self) -> None:
        text = self.text()
        self.clear()
        self.submitted.emit(text)


class StepPage(QWidget):
    """A page of the flow; subclasses fill `body` and implement `refresh`."""

    # A page's picture of the next item's barcode, drawn once the verdict shows.
    barcode: BarcodeLabel | None = None
    page = ""  # the bench page it shows (core/bench/commands.py), for its help

    def __init__(self, *, controller: DeskController, title: str, hint: str, parent=None):
        super().__init__(parent)
        self.controller = controller
        self.message = VerdictBanner()
        self.title = QLabel(title)
        set_type(self.title, 1.6, bold=True)
        self.hint = QLabel(hint)
        self.hint.setWordWrap(True)
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        self.hint.setStyleSheet("color: #555;")
        self.scan_box = ScanBox()
        self.scan_box.setPlaceholderText(self.tr("Scan here (or type and press Enter)"))
        self.scan_box.submitted.connect(controller.scan)
        self.flash = EdgeFlash(page=self)
        heading = QHBoxLayout()
        heading.addWidget(self.title)
        heading.addWidget(self.hint, stretch=1)
        self.body = QVBoxLayout()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 18, 18, 18)  # room for the flash at the edges
        layout.addWidget(self.message)
        layout.addLayout(heading)
        layout.addWidget(self.scan_box)
        layout.addLayout(self.body, stretch=1)

    def show_message(self, text: Message | str | None, ok: bool) -> None:
        cue = Cue.ACCEPTED if ok else Cue.REFUSED
        self.show_verdict(self.controller.words(text), "ok" if ok else "refused", cue)

    def show_verdict(self, text: str, tone: str, cue: Cue) -> None:
        """The banner in `tone` (ok, next, refused) under the headline of `cue`; a refusal
        flashes the page's edges."""
        self.message.show_text(text, tone, self.headline(cue))
        if tone == "refused":
            self.flash.start()

    def headline(self, cue: Cue) -> str:
        """What happened, in a word or two, readable from a metre."""
        return {
            Cue.ACCEPTED: self.tr("OK"),
            Cue.NEXT: self.tr("NEXT"),
            Cue.ORDER_COMPLETE: self.tr("COMPLETE"),
            Cue.SHIPPED: self.tr("SHIPPED"),
            Cue.REFUSED: self.tr("REFUSED"),
            Cue.WRONG_ITEM: self.tr("WRONG ITEM"),
            Cue.ONE_TOO_MANY: self.tr("ONE TOO MANY"),
            Cue.UNKNOWN_CODE: self.tr("UNKNOWN CODE"),
        }[Cue(cue)]

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self.flash.place(self.rect())

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
