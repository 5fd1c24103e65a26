"""Every text a person reads in a widget and its children, and the words in them that did not
come through the translations (tests/ui/test_pseudo_language.py).

In the pseudo-language every translated text comes back ⟦wrapped⟧ (the UI's tr() texts, in
runs between their placeholders; the core's templates whole). What is left once the wrapped
parts are taken out must be the shop's data (names, SKUs, numbers, codes) and nothing else.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtGui import (
    Qt,  # with mightBeRichText
    QTextDocument,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QDockWidget,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QMenuBar,
    QMessageBox,
    QPlainTextEdit,
    QProgressDialog,
    QTabBar,
    QTextEdit,
    QWidget,
)

DISPLAY, TOOLTIP = Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole
# A path (/tmp/…/shop.db) or a file's name (label-coupang-3100.pdf): the shop's files.
PATH = re.compile(r"(?:/[^\s/⟦⟧]+)+/?|[^\s/⟦⟧:]*\.(?:pdf|db|csv|xlsx|txt|tsv|log|sqlite)\b")
WORD = re.compile(r"\w*[^\W\d_]\w*")  # letters, with the digits and underscores joined to them


def _plain(text: str, rich: bool) -> str:
    if rich and Qt.mightBeRichText(text):
        document = QTextDocument()
        document.setHtml(text)
        return document.toPlainText()
    return text


def widget_texts(root: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for `root` and every widget under it, shown or not, except other windows
    (a dialog of the window is read on its own) — menus of a menu bar are read with it."""
    for widget in [root, *root.findChildren(QWidget)]:
        if widget is not root and widget.isWindow() and not isinstance(widget, QMenu):
            continue
        if widget is not root and _inside_other_window(widget, root):
            continue
        yield from _texts_of(widget)


def _inside_other_window(widget: QWidget, root: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        if parent.isWindow() and not isinstance(parent, QMenu):
            return True
        parent = parent.parentWidget()
    return False


def _texts_of(widget: QWidget) -> Iterator[tuple[str, str]]:
    name = f"{type(widget).__name__}:{widget.objectName()}"
    if widget.isWindow() or isinstance(widget, QDockWidget):
        yield f"{name} title", widget.windowTitle()
    yield f"{name} tooltip", widget.toolTip()
    yield f"{name} status tip", widget.statusTip()
    yield f"{name} what's this", widget.whatsThis()
    if isinstance(widget, QLabel):
        yield name, _plain(widget.text(), widget.textFormat() != Qt.TextFormat.PlainText)
    elif isinstance(widget, QAbstractButton):
        yield name, widget.text()
    elif isinstance(widget, QGroupBox):
        yield name, widget.title()
    elif isinstance(widget, QLineEdit):
        yield f"{name} placeholder", widget.placeholderText()
        if widget.isReadOnly() and not isinstance(widget.parentWidget(), QAbstractSpinBox):
            yield name, widget.text()
    elif isinstance(widget, QPlainTextEdit | QTextEdit):
        yield f"{name} placeholder", widget.placeholderText()
        if widget.isReadOnly():
            yield name, widget.toPlainText()
    elif isinstance(widget, QAbstractSpinBox):
        yield f"{name} special value", widget.specialValueText()
        for part in ("prefix", "suffix"):
            if hasattr(widget, part):
                yield f"{name} {part}", getattr(widget, part)()
    elif isinstance(widget, QComboBox):
        for i in range(widget.count()):
            yield f"{name} item {i}", widget.itemText(i)
    elif isinstance(widget, QTabBar):
        for i in range(widget.count()):
            yield f"{name} tab {i}", widget.tabText(i)
            yield f"{name} tab {i} tooltip", widget.tabToolTip(i)
    elif isinstance(widget, QMenuBar | QMenu):
        for action in widget.actions():
            yield from _action_texts(f"{name} action", action)
    if isinstance(widget, QMessageBox):
        yield f"{name} informative", widget.informativeText()
        yield f"{name} detailed", widget.detailedText()
    if isinstance(widget, QProgressDialog):
        yield f"{name} label", widget.labelText()
    if isinstance(widget, QAbstractItemView) and widget.model() is not None:
        yield from model_texts(name, widget.model(), widget)
    for action in widget.actions():  # a window's shortcuts, a button's menu
        if not isinstance(widget, QMenuBar | QMenu):
            yield from _action_texts(f"{name} action", action)


def _action_texts(name: str, action) -> Iterator[tuple[str, str]]:
    yield name, action.text()
    yield f"{name} tooltip", action.toolTip()
    yield f"{name} status tip", action.statusTip()
    if (menu := action.menu()) is not None:
        yield f"{name} menu", menu.title()
        for each in menu.actions():
            yield from _action_texts(f"{name} ▸", each)


def model_texts(name: str, model: QAbstractItemModel, view=None) -> Iterator[tuple[str, str]]:
    """Each cell's text and tooltip, and the header sections a person sees."""
    rows, columns = model.rowCount(), model.columnCount()
    for column in range(columns):
        for role in (DISPLAY, TOOLTIP):
            yield (
                f"{name} header {column}",
                _text(model.headerData(column, Qt.Orientation.Horizontal, role)),
            )
    vertical = getattr(view, "verticalHeader", None)
    if vertical is not None and vertical().isVisible():
        for row in range(rows):
            yield (
                f"{name} row header {row}",
                _text(model.headerData(row, Qt.Orientation.Vertical, DISPLAY)),
            )
    for row in range(rows):
        for column in range(columns):
            index = model.index(row, column)
            for role in (DISPLAY, TOOLTIP):
                yield f"{name} [{row},{column}]", _text(model.data(index, role))


def _text(value) -> str:
    return value if isinstance(value, str) else ""


def unwrapped(text: str) -> str:
    """`text` with each of its ⟦…⟧ parts (nested ones too) a space, and its file paths."""
    out, depth = [], 0
    for ch in text:
        if ch == "⟦":
            depth += 1
            out.append(" ")
        elif ch == "⟧" and depth:
            depth -= 1
        elif depth == 0:
            out.append(ch)
    return PATH.sub(" ", "".join(out))


def words_of(text: str) -> list[str]:
    return WORD.findall(text)


def data_words(texts: Iterable[object]) -> set[str]:
    """The words of the shop's data, as it holds them (case kept)."""
    found: set[str] = set()
    for text in texts:
        if text is not None:
            found.update(words_of(str(text)))
    return found


def leaks(texts: Iterable[tuple[str, str]], allowed: set[str]) -> list[tuple[str, str, str]]:
    """(where, text, the words in it that are neither wrapped nor the shop's data)."""
    found = []
    for where, text in texts:
        if not text:
            continue
        stray = [w for w in words_of(unwrapped(text)) if w not in allowed]
        if stray:
            found.append((where, text, " ".join(stray)))
    return found
