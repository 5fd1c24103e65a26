"""Text that does not fit where it is shown: a label, a button, a check box, a combo box's
text, a group's title, a menu or a table header whose words are wider (or, wrapped, taller)
than the room the layout gave it. Qt cuts such text off without a word (a label, a button)
or elides it (a header): either way the reader loses words (tests/ui/test_screenshots.py).
"""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QComboBox,
    QDockWidget,
    QGroupBox,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMenu,
    QMenuBar,
    QStyle,
    QStyleOptionComboBox,
    QTabBar,
    QWidget,
)
from readable import _plain

SLACK = 1  # px: rounding


def cut_texts(root: QWidget) -> Iterator[tuple[str, str]]:
    """(what, why) for each text under `root` (shown) that is cut off."""
    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        if not _shown(widget, root):
            continue
        what = f"{type(widget).__name__}:{widget.objectName()}"
        for why in _cut(widget):
            yield what, why


def _shown(widget: QWidget, root: QWidget) -> bool:
    if isinstance(root, QMenu) and widget is root:
        return True
    if widget is not root and widget.window() is not root.window():
        return False
    if not (widget.isVisible() and widget.width() > 0 and widget.height() > 0):
        return False
    dock = widget if isinstance(widget, QDockWidget) else _dock_of(widget)
    return dock is None or _on_top(dock)


def _dock_of(widget: QWidget) -> QDockWidget | None:
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QDockWidget):
        parent = parent.parentWidget()
    return parent


def _on_top(dock: QDockWidget) -> bool:
    """A dock sharing its place with others (a tab each) shows only when its tab is current."""
    window = dock.window()
    if not isinstance(window, QMainWindow) or not window.tabifiedDockWidgets(dock):
        return True
    for bar in window.findChildren(QTabBar):
        titles = [bar.tabText(i) for i in range(bar.count())]
        if dock.windowTitle() in titles:
            return bar.tabText(bar.currentIndex()) == dock.windowTitle()
    return True


def _cut(widget: QWidget) -> Iterator[str]:
    if isinstance(widget, QLabel):
        yield from _label(widget)
    elif isinstance(widget, QAbstractButton) and widget.text():
        if widget.sizeHint().width() > widget.width() + SLACK:
            yield f"{widget.text()!r}: needs {widget.sizeHint().width()} px, has {widget.width()}"
    elif isinstance(widget, QComboBox):
        yield from _combo(widget)
    elif isinstance(widget, QGroupBox) and widget.title():
        needed = widget.fontMetrics().horizontalAdvance(widget.title()) + 16
        if needed > widget.width():
            yield f"title {widget.title()!r}: needs {needed} px, has {widget.width()}"
    elif isinstance(widget, QHeaderView):
        yield from _header(widget)
    elif isinstance(widget, QMenuBar):
        for action in widget.actions():
            rect = widget.actionGeometry(action)
            if rect.isEmpty() or rect.right() > widget.width():
                yield f"menu {action.text()!r} does not fit the menu bar"
    elif isinstance(widget, QMenu):
        screen = QApplication.primaryScreen().availableGeometry().width()
        if widget.sizeHint().width() > max(screen, 1366):
            yield f"menu {widget.title()!r} wider than the screen"
    elif isinstance(widget, QTabBar):
        metrics = widget.fontMetrics()
        for i in range(widget.count()):
            needed = metrics.horizontalAdvance(widget.tabText(i).replace("&", ""))
            if needed > widget.tabRect(i).width():
                yield f"tab {widget.tabText(i)!r}: needs {needed} px"


def _label(label: QLabel) -> Iterator[str]:
    text = _plain(label.text(), label.textFormat() != Qt.TextFormat.PlainText)
    if not text.strip() or label.pixmap() is not None and not label.pixmap().isNull():
        return
    room = label.contentsRect()
    margin = 2 * label.margin() + label.indent() if label.indent() > 0 else 2 * label.margin()
    if label.wordWrap():
        needed = label.heightForWidth(label.width())
        if needed > label.height() + SLACK:
            yield f"{_short(text)}: needs {needed} px high, has {label.height()}"
        width = room.width() - margin
        flags = int(Qt.TextFlag.TextWordWrap)
        laid = label.fontMetrics().boundingRect(QRect(0, 0, width, 100_000), flags, text)
        if laid.width() > width + SLACK:
            yield f"{_short(text)}: a word needs {laid.width()} px, has {width}"
        return
    metrics = label.fontMetrics()
    lines = text.split("\n")
    widest = max(metrics.horizontalAdvance(line) for line in lines)
    if widest > room.width() - margin + SLACK:
        yield f"{_short(text)}: needs {widest} px, has {room.width() - margin}"
    tall = metrics.lineSpacing() * (len(lines) - 1) + metrics.height()
    if tall > room.height() + SLACK:
        yield f"{_short(text)}: needs {tall} px high, has {room.height()}"


def _combo(combo: QComboBox) -> Iterator[str]:
    if combo.isEditable() or not combo.currentText():
        return
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field = combo.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo
    )
    needed = combo.fontMetrics().horizontalAdvance(combo.currentText())
    if needed > field.width() + SLACK:
        yield f"{combo.currentText()!r}: needs {needed} px, has {field.width()}"


def _header(header: QHeaderView) -> Iterator[str]:
    if header.orientation() != Qt.Orientation.Horizontal or header.model() is None:
        return
    view = header.parentWidget()
    scrolls = not (
        isinstance(view, QAbstractScrollArea)
        and view.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    )
    margin = 2 * header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    metrics = QFontMetrics(header.font())
    for section in range(header.count()):
        if header.isSectionHidden(section):
            continue
        text = header.model().headerData(section, Qt.Orientation.Horizontal)
        if not isinstance(text, str) or not text:
            continue
        needed = metrics.horizontalAdvance(text) + margin
        size = header.sectionSize(section)
        if needed > size + SLACK:
            yield f"header {text!r}: needs {needed} px, has {size}"
        elif not scrolls and header.sectionViewportPosition(section) + size > header.width() + 2:
            yield f"header {text!r}: past the table's right edge (no scroll bar)"


def _short(text: str) -> str:
    return repr(text if len(text) < 60 else text[:57] + "…")
