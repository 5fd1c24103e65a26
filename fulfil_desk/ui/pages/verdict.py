"""The verdict of the last scan, readable from a metre: a banner across the top of the page in
large type — green accepted, amber "do this next", red refused — and on a refusal a short
red flash around the whole page."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt, QTimer
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QVBoxLayout, QWidget

from fulfil_desk.ui.typography import FACTOR, base_font, sized

# tone: background, text. The red and green are the page's old message colours.
TONES = {
    "ok": ("#1b5e20", "#ffffff"),
    "next": ("#ffb300", "#1a1a1a"),
    "refused": ("#b71c1c", "#ffffff"),
    "idle": ("#eceff1", "#37474f"),
}
STYLES = {
    tone: f"QFrame#verdict {{ background: {bg}; border-radius: 4px; }} QLabel {{ color: {fg}; }}"
    for tone, (bg, fg) in TONES.items()
}
HEADLINE = 3.0  # times the base type: what happened, in a word or two
SIZES = (2.0, 1.7, 1.4, 1.2)  # the sentence under it: the largest that fits two lines
LINES = 2
FLASH_MS = 350
EDGE_PX = 14


class VerdictBanner(QFrame):
    """A headline in three times the type (OK, WRONG ITEM, SHIPPED, …) and the verdict's
    sentence under it, on the tone's colour; always the same height, so a new verdict never
    moves the page."""

    def __init__(self, *, parent=None):
        super().__init__(parent)
        self.setObjectName("verdict")
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.setProperty(FACTOR, HEADLINE)  # apply_scale sets the fonts, then calls rescaled()
        self.headline = QLabel()
        self.headline.setTextFormat(Qt.TextFormat.PlainText)
        self.detail = QLabel()
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        self.detail.setWordWrap(True)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 4, 12, 6)
        layout.setSpacing(0)
        layout.addWidget(self.headline)
        layout.addWidget(self.detail, stretch=1)
        self.tone = ""
        self._size = -1.0
        self._base = base_font()
        self.rescaled()
        self.show_text("", "idle", "")

    def text(self) -> str:
        """The verdict's sentence (the headline says its kind)."""
        return self.detail.text()

    def rescaled(self) -> None:
        """The window's scale changed: the banner's height and type follow it."""
        self._base = base_font(float(self.window().property("uiScale") or 1.0))
        headline = sized(self._base, HEADLINE, True)
        self.headline.setFont(headline)
        self._line = QFontMetrics(sized(self._base, SIZES[0], True)).lineSpacing()
        self.setFixedHeight(QFontMetrics(headline).lineSpacing() + LINES * self._line + 12)
        self._size = -1.0
        self.show_text(self.detail.text(), self.tone or "idle", self.headline.text())

    def show_text(self, text: str, tone: str, headline: str) -> None:
        """`headline` in large type and `text` in the largest that fits, coloured for `tone`."""
        size = self._fitting(text)
        if size != self._size:  # a new font re-lays out the label: only when it changes
            self._size = size
            self.detail.setFont(sized(self._base, size, bold=True))
        if tone != self.tone:  # a new style sheet re-polishes it: only when it changes
            self.tone = tone
            self.setStyleSheet(STYLES[tone])
        if headline != self.headline.text():
            self.headline.setText(headline)
        self.detail.setText(text)

    def _fitting(self, text: str) -> float:
        width = max(self.width(), 400) - 24
        room = LINES * self._line
        flags = int(Qt.TextFlag.TextWordWrap)
        for size in SIZES:
            metrics = QFontMetrics(sized(self._base, size, True))
            if metrics.boundingRect(QRect(0, 0, width, 10_000), flags, text).height() <= room:
                return size
        return SIZES[-1]

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self._size = -1.0
            self.show_text(self.detail.text(), self.tone or "idle", self.headline.text())


class EdgeFlash:
    """Four red bars along the page's edges, shown for FLASH_MS: seen from the side of the eye,
    and cheap (four small opaque rectangles are painted, not the page under them)."""

    def __init__(self, *, page: QWidget):
        self._bars = [QWidget(page) for _ in range(4)]
        for bar in self._bars:
            bar.setObjectName("flash")
            bar.setAutoFillBackground(True)
            bar.setStyleSheet(f"background: {TONES['refused'][0]};")
            bar.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            bar.hide()
        self._timer = QTimer(page, singleShot=True, interval=FLASH_MS)
        self._timer.timeout.connect(self.stop)

    def place(self, rect: QRect) -> None:
        w, h, e = rect.width(), rect.height(), EDGE_PX
        for bar, geometry in zip(
            self._bars,
            (QRect(0, 0, w, e), QRect(0, h - e, w, e), QRect(0, 0, e, h), QRect(w - e, 0, e, h)),
            strict=True,
        ):
            bar.setGeometry(geometry)

    def start(self) -> None:
        for bar in self._bars:
            bar.raise_()
            bar.show()
        self._timer.start()

    def stop(self) -> None:
        for bar in self._bars:
            bar.hide()

    @property
    def showing(self) -> bool:
        return self._bars[0].isVisible()
