"""Pieces several pages show: the order header and a barcode picture."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter, QPixmap
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from fulfil_desk.core.documents.barcodes import can_encode, code128_modules
from fulfil_desk.ui.models import Column, TableModel
from fulfil_desk.ui.pages.base import no_focus
from fulfil_desk.ui.typography import set_type
from fulfil_desk.ui.words import moment

if TYPE_CHECKING:
    from fulfil_desk.core.kernel.messages import Message
    from fulfil_desk.core.wording.render import Wording

DONE_COLOUR = "#c8e6c9"
RESHIP_COLOUR = "#e1bee7"  # a reshipment, in the queue and on its pages' header


class OrderHeader(QWidget):
    """The order's number and ship-by in large bold type, then the recipient and the address;
    for a reshipment, which order it replaces and why, on its colour (`marker`: what to say of
    an order, None for most). Plain text: drawn faster than rich text on every scan, and
    order-file data is never HTML."""

    def __init__(
        self,
        *,
        words: Wording,
        marker: Callable[[int], Message | None] | None = None,
        parent=None,
    ):
        super().__init__(parent)
        self._words = words
        self._marker = marker
        self.reship = QLabel()
        self.reship.setObjectName("reshipMarker")
        self.reship.setTextFormat(Qt.TextFormat.PlainText)
        set_type(self.reship, 1.2, bold=True)
        self.reship.setStyleSheet(f"background: {RESHIP_COLOUR}; padding: 2px 6px;")
        self.reship.hide()
        self.title = QLabel()
        set_type(self.title, 2.0, bold=True)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setWordWrap(True)
        self.address = QLabel()
        self.address.setTextFormat(Qt.TextFormat.PlainText)
        self.address.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.reship)
        layout.addWidget(self.title)
        layout.addWidget(self.address)

    def show_order(self, order) -> None:
        said = self._marker(order.id) if order is not None and self._marker else None
        self.reship.setText(self._words(said))
        self.reship.setVisible(said is not None)
        if order is None:
            self.title.setText("")
            self.address.setText("")
            return
        ship_by = moment(self._words, order.ship_by)
        self.title.setText(
            self.tr("{number} · {marketplace} · ship by {ship_by}").format(
                marketplace=order.marketplace, number=order.order_number, ship_by=ship_by
            )
        )
        to = order.ship_to
        self.address.setText(" · ".join([f"{to.name} {to.phone}".strip(), *to.lines()]))


class BarcodeLabel(QLabel):
    """A Code128 picture of a code, so a demo user can scan the screen or read the digits."""

    MODULE_PX = 2
    QUIET_MODULES = 12

    def __init__(self, *, parent=None):
        super().__init__(parent)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft)
        self.setMinimumHeight(70)
        self._wanted: str | None = None  # the code to show
        self._shown: str | None = None  # the code drawn

    def show_code(self, code: str | None, *, later: bool = False) -> None:
        """Show `code`; `later`: once `draw()` is called (after a scan's verdict is painted)."""
        self._wanted = code
        if not later:
            self.draw()

    @property
    def pending(self) -> bool:
        return self._wanted != self._shown

    def draw(self) -> None:
        if not self.pending:
            return  # pages refresh on every scan; the next item is mostly the same
        code = self._shown = self._wanted
        if not code or not can_encode(code):
            self.clear()
            self.setMinimumWidth(0)  # no barcode: its words may take the row
            return
        modules = code128_modules(code)
        width = (len(modules) + 2 * self.QUIET_MODULES) * self.MODULE_PX
        pixmap = QPixmap(width, 64)
        pixmap.fill(Qt.GlobalColor.white)
        painter = QPainter(pixmap)
        x = self.QUIET_MODULES * self.MODULE_PX
        for bar in re.finditer("1+", modules):  # one rectangle per bar, however wide
            start, end = bar.span()
            painter.fillRect(
                x + start * self.MODULE_PX, 4, (end - start) * self.MODULE_PX, 56,
                Qt.GlobalColor.black,
            )  # fmt: skip
        painter.end()
        self.setMinimumWidth(width)  # its quiet zones too: cut, it would not scan
        self.setPixmap(pixmap)


def static_table(
    columns: list[Column], row_colour=None, *, stretch: int | None = None
) -> tuple[QTableView, TableModel, list]:
    """A table whose rows the page sets by filling the returned list and reloading. Columns
    fit their contents; `stretch` (a column, e.g. the item's name) takes the width left, so
    a narrow page cuts no column off."""
    rows: list = []
    model = TableModel(
        columns=columns,
        fetch=lambda offset, limit: rows[offset : offset + limit],
        row_colour=row_colour,
    )
    view = QTableView()
    view.setModel(model)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    if stretch is None:
        header.setStretchLastSection(True)
    else:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    view.verticalHeader().setVisible(False)
    view.setSelectionMode(QTableView.SelectionMode.NoSelection)
    no_focus(view)
    return view, model, rows


def choosing_table(
    model: TableModel, *, name: str, stretch: int | None = None, single: bool = False
) -> QTableView:
    """A table a person chooses rows in (one, with `single`): columns fit their contents and
    `stretch` (default: the last) takes the width left."""
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.verticalHeader().setVisible(False)
    view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    if single:
        view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    if stretch is None:
        header.setStretchLastSection(True)
    else:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return view


def next_row(text: QLabel, barcode: BarcodeLabel) -> QHBoxLayout:
    """The next item to scan in large type, its barcode beside it."""
    row = QHBoxLayout()
    row.addWidget(text, stretch=1)
    row.addWidget(barcode)
    return row


def confirm_by_hand(page, row: int) -> None:
    """A double-clicked line of the pick or pack table: one unit of it confirmed by hand, as
    if MANUAL and the line's number were scanned (the shop's manual_confirm rule applies)."""
    page.controller.scan("MANUAL")
    if page.controller.state.manual is not None:  # not switched off at this shop
        page.controller.scan(str(row + 1))
    page.scan_box.setFocus()
