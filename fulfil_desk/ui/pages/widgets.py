"""Pieces several pages show: the order header and a barcode picture."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter, QPixmap
from PySide6.QtWidgets import QHeaderView, QLabel, QTableView

from fulfil_desk.core.barcodes import can_encode, code128_modules
from fulfil_desk.ui.models import Column, TableModel
from fulfil_desk.ui.pages.base import no_focus

DONE_COLOUR = "#c8e6c9"


class OrderHeader(QLabel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)

    def show_order(self, order) -> None:
        if order is None:
            self.setText("")
            return
        address = "<br>".join(_escape(line) for line in order.ship_to.lines())
        ship_by = (order.ship_by or "—")[:16].replace("T", " ")
        self.setText(
            f"<b>{_escape(order.marketplace)} · {_escape(order.order_number)}</b> "
            f"&nbsp; {self.tr('ship by')} <b>{_escape(ship_by)}</b>"
            f"<br>{_escape(order.ship_to.name)} · {_escape(order.ship_to.phone)}<br>{address}"
        )


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class BarcodeLabel(QLabel):
    """A Code128 picture of a code, so a demo user can scan the screen or read the digits."""

    MODULE_PX = 2
    QUIET_MODULES = 12

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft)
        self.setMinimumHeight(70)

    def show_code(self, code: str | None) -> None:
        if code == getattr(self, "_shown", None):
            return  # pages refresh on every scan; the next item is mostly the same
        self._shown = code
        if not code or not can_encode(code):
            self.clear()
            return
        modules = code128_modules(code)
        width = (len(modules) + 2 * self.QUIET_MODULES) * self.MODULE_PX
        pixmap = QPixmap(width, 64)
        pixmap.fill(Qt.GlobalColor.white)
        painter = QPainter(pixmap)
        x = self.QUIET_MODULES * self.MODULE_PX
        for bit in modules:
            if bit == "1":
                painter.fillRect(x, 4, self.MODULE_PX, 56, Qt.GlobalColor.black)
            x += self.MODULE_PX
        painter.end()
        self.setPixmap(pixmap)


def static_table(columns: list[Column], row_colour=None) -> tuple[QTableView, TableModel, list]:
    """A table whose rows the page sets by filling the returned list and reloading."""
    rows: list = []
    model = TableModel(
        columns, lambda offset, limit: rows[offset : offset + limit], row_colour=row_colour
    )
    view = QTableView()
    view.setModel(model)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setStretchLastSection(True)
    view.verticalHeader().setVisible(False)
    view.setSelectionMode(QTableView.SelectionMode.NoSelection)
    no_focus(view)
    return view, model, rows
