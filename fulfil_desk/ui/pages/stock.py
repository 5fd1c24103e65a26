"""Goods in and cycle count: the two stock pages, driven by the scanner like the flow pages."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QPushButton

from fulfil_desk.core.kernel.actors import who
from fulfil_desk.ui.models import Column
from fulfil_desk.ui.pages.base import StepPage, no_focus, plain_label
from fulfil_desk.ui.pages.widgets import DONE_COLOUR, static_table
from fulfil_desk.ui.typography import set_type
from fulfil_desk.ui.words import short_moment

if TYPE_CHECKING:
    from fulfil_desk.ui.controller import DeskController

DIFFERENCE_COLOUR = "#ffcdd2"
WAITING_STYLE = "background: #fff8e1; border: 1px solid #ffb300; padding: 8px;"
IDLE_STYLE = "padding: 8px; color: #555;"


def _big(label) -> None:
    set_type(label, 1.8, bold=True)


def stretch_column(view, column: int) -> None:
    """This column takes the spare width (not the last one, a narrow number)."""
    header = view.horizontalHeader()
    header.setStretchLastSection(False)
    header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)


def _buttons(page: StepPage, *actions: tuple[str, str]) -> QHBoxLayout:
    """Buttons that send the scan command they name: the mouse is optional."""
    row = QHBoxLayout()
    for text, command in actions:
        button = QPushButton(text)
        button.setProperty("command", command)
        button.clicked.connect(lambda _=False, c=command: page.controller.scan(c))
        no_focus(button)
        row.addWidget(button)
    row.addStretch(1)
    return row


class GoodsInPage(StepPage):
    page = "goods_in"

    def __init__(self, *, controller: DeskController, parent=None):
        super().__init__(
            controller=controller,
            title=self.tr("Goods in"),
            hint=self.tr(
                "Scan a product, then type or scan how many and press Enter (Enter alone "
                "receives 1). Scanning the next product receives the one before. "
                "CLEAR drops the waiting line; BACK returns to the queue."
            ),
            parent=parent,
        )
        words = controller.words
        self.waiting = plain_label()
        self.waiting.setObjectName("waiting")
        _big(self.waiting)
        self.table, self.model, self.rows = static_table(
            [
                Column(self.tr("Received"), lambda r: short_moment(words, r["at"])),
                Column(self.tr("SKU"), lambda r: r["sku"]),
                Column(self.tr("Item"), lambda r: r["name"]),
                Column(self.tr("Bin"), lambda r: r["bin_location"]),
                Column(self.tr("Units"), lambda r: f"+{r['delta']}", align_right=True),
                Column(self.tr("On hand now"), lambda r: r["on_hand"], align_right=True),
                Column(self.tr("By"), lambda r: words.value(who(r["actor"]))),
            ]
        )
        stretch_column(self.table, 2)
        self.body.addWidget(self.waiting)
        self.body.addWidget(plain_label(self.tr("Latest receipts")))
        self.body.addWidget(self.table, stretch=1)
        self.body.addLayout(
            _buttons(self, (self.tr("Receive (Enter)"), ""), (self.tr("Clear"), "CLEAR"))
        )

    def refresh(self) -> None:
        desk = self.controller.desk
        waiting = self.controller.bench.stock.pending()
        if waiting:
            product = desk.products.product(waiting["sku"])
            self.waiting.setText(
                self.tr("Waiting: {sku} — {name} × {quantity}. Enter receives it.").format(
                    sku=product.sku, name=product.name, quantity=waiting["quantity"]
                )
            )
            self.waiting.setStyleSheet(WAITING_STYLE)
        else:
            self.waiting.setText(self.tr("Nothing waiting: scan a product."))
            self.waiting.setStyleSheet(IDLE_STYLE)
        self.rows[:] = desk.stock.stock_moves(limit=50, reason="received")
        self.model.reload()


class CountPage(StepPage):
    page = "count"

    def __init__(self, *, controller: DeskController, parent=None):
        super().__init__(
            controller=controller,
            title=self.tr("Cycle count"),
            hint=self.tr(
                "Scan a bin label, then every item in it; a number right after an item says "
                "how many that scan was. FINISH (or Enter twice) posts the differences; the "
                "first Enter shows them. BLIND (before the first item) hides the expected "
                "quantities; CANCEL drops the count; BACK returns to the queue."
            ),
            parent=parent,
        )
        words = controller.words
        self.status = plain_label()
        self.status.setObjectName("countStatus")
        _big(self.status)
        self.table, self.model, self.rows = static_table(
            [
                Column(self.tr("SKU"), lambda r: r["sku"]),
                Column(self.tr("Item"), lambda r: r["name"]),
                Column(self.tr("Counted"), lambda r: r["counted"], align_right=True),
                Column(self.tr("Expected"), lambda r: _hidden(r["expected"]), align_right=True),
                Column(
                    self.tr("Difference"),
                    lambda r: _hidden(r["difference"], signed=True),
                    align_right=True,
                ),
            ],
            row_colour=_difference_colour,
        )
        stretch_column(self.table, 1)
        self.bins, self.bins_model, self.bin_rows = static_table(
            [
                Column(self.tr("Bin"), lambda r: r["bin_location"]),
                Column(self.tr("SKUs"), lambda r: r["skus"], align_right=True),
                Column(self.tr("On hand"), lambda r: r["on_hand"], align_right=True),
                Column(
                    self.tr("Last counted"),
                    lambda r: short_moment(words, r["last_counted"]) or self.tr("never"),
                ),
            ]
        )
        self.body.addWidget(self.status)
        self.body.addWidget(self.table, stretch=1)
        self.body.addWidget(self.bins, stretch=1)
        self.body.addLayout(
            _buttons(
                self,
                (self.tr("Finish count"), "FINISH"),
                (self.tr("Blind"), "BLIND"),
                (self.tr("Cancel count"), "CANCEL"),
            )
        )

    def refresh(self) -> None:
        desk, stock = self.controller.desk, self.controller.bench.stock
        shown = stock.shown_count
        info = desk.counts.count_info(shown) if shown else None
        self.rows[:] = stock.lines() if info else []
        self.model.reload()
        self.table.setVisible(info is not None)
        self.bins.setVisible(info is None)
        if info is None:
            self.bin_rows[:] = desk.counts.count_bins()
            self.bins_model.reload()
            self.status.setText(
                self.tr("Scan a bin label to count it (blind: expected hidden).")
                if stock.blind
                else self.tr("Scan a bin label to count it. Bins counted longest ago come first.")
            )
            return
        self.status.setText(self._status(info))

    def _status(self, info: dict) -> str:
        bin_ = info["bin_location"]
        if info["closed_at"] is None:
            units = sum(r["counted"] for r in self.rows)
            text = self.tr("Counting bin {bin}, units scanned: {units}.").format(
                bin=bin_, units=units
            )
            return text + (" " + self.tr("Blind count.") if info["blind"] else "")
        if info["cancelled"]:
            return self.tr("The count of bin {bin} was cancelled; stock is unchanged.").format(
                bin=bin_
            )
        off = sum(1 for r in self.rows if r["difference"])
        return self.tr("Bin {bin} counted: {off} difference(s) posted. Scan the next bin.").format(
            bin=bin_, off=off
        )


def _hidden(value, *, signed: bool = False) -> str:
    if value is None:
        return "—"
    return f"{value:+d}" if signed and value else str(value)


def _difference_colour(row: dict) -> str | None:
    if row["difference"] is None:
        return None
    return DIFFERENCE_COLOUR if row["difference"] else DONE_COLOUR
