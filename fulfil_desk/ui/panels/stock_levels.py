"""Stock levels: on hand, reserved, safety stock and what can ship, per SKU; low ones stand out.

Rows are fetched in pages and filtered in SQL. Choosing a row lets the seller set its safety
stock and reorder point; "Export shippable…" writes the CSV for marketplace listings.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from fulfil_desk.core.stock.inventory import MAX_QUANTITY
from fulfil_desk.ui.models import Column, TableModel
from fulfil_desk.ui.pages.widgets import choosing_table

if TYPE_CHECKING:
    from fulfil_desk.ui.controller import DeskController

LOW_COLOUR = "#ffcdd2"


def export_shippable(parent: QWidget, controller) -> None:
    """Asks where, then writes the shippable CSV; the outcome is a message."""
    path, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("StockLevels", "Export shippable quantities"),
        "shippable.csv",
        QCoreApplication.translate("StockLevels", "CSV files (*.csv)"),
    )
    if path:
        controller.run(controller.desk.stock.export_shippable, Path(path))


class StockLevelsPanel(QWidget):
    def __init__(self, *, controller: DeskController, parent=None):
        super().__init__(parent)
        self.controller = controller
        desk = controller.desk
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Filter by SKU or name"))
        self.search.textChanged.connect(self.refresh)
        self.low_only = QCheckBox(self.tr("Low only"))
        self.low_only.toggled.connect(self.refresh)
        self.model = TableModel(
            columns=[
                Column(self.tr("Bin"), lambda r: r["bin_location"]),
                Column(self.tr("SKU"), lambda r: r["sku"]),
                Column(self.tr("Item"), lambda r: r["name"]),
                Column(self.tr("On hand"), lambda r: r["on_hand"], align_right=True),
                Column(self.tr("Reserved"), lambda r: r["reserved"], align_right=True),
                Column(self.tr("Safety"), lambda r: r["safety_stock"], align_right=True),
                Column(self.tr("Shippable"), lambda r: r["shippable"], align_right=True),
                Column(self.tr("Reorder at"), lambda r: r["reorder_point"], align_right=True),
                Column(self.tr("Low"), lambda r: self.tr("LOW") if r["low"] else ""),
            ],
            fetch=lambda offset, limit: desk.stock.stock_levels(
                search=self.search.text().strip(),
                low_only=self.low_only.isChecked(),
                limit=limit,
                offset=offset,
            ),
            row_colour=lambda r: LOW_COLOUR if r["low"] else None,
            parent=self,
        )
        self.view = choosing_table(self.model, name="stockLevels", stretch=2, single=True)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._load_limits())
        self.chosen = QLabel(self.tr("Choose a row to set its safety stock and reorder point."))
        self.safety = QSpinBox()
        self.reorder = QSpinBox()
        for box in (self.safety, self.reorder):
            box.setRange(0, MAX_QUANTITY)
            box.setEnabled(False)
        self.save = QPushButton(self.tr("Save limits"))
        self.save.setEnabled(False)
        self.save.clicked.connect(self._save_limits)
        self.customs = QPushButton(self.tr("Customs…"))
        self.customs.setEnabled(False)
        self.customs.clicked.connect(self.open_customs)
        export = QPushButton(self.tr("Export shippable…"))
        export.clicked.connect(lambda: export_shippable(self, controller))
        self.note = QLabel("")
        self.note.setWordWrap(True)
        controller.message.connect(self._message)
        controller.changed.connect(self._changed)

        filters = QHBoxLayout()
        filters.addWidget(self.search, stretch=1)
        filters.addWidget(self.low_only)
        form = QFormLayout()
        form.addRow(self.tr("Safety stock"), self.safety)
        form.addRow(self.tr("Reorder point"), self.reorder)
        limits = QHBoxLayout()
        limits.addLayout(form)
        limits.addWidget(self.save)
        limits.addWidget(self.customs)
        limits.addStretch(1)
        limits.addWidget(export)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.view, stretch=1)
        layout.addWidget(self.chosen)
        layout.addLayout(limits)
        layout.addWidget(self.note)
        self.refresh()

    def _sku(self) -> str | None:
        index = self.view.currentIndex()
        if not index.isValid():
            return None
        return self.model.row(index.row())["sku"]

    def _load_limits(self) -> None:
        index = self.view.currentIndex()
        enabled = index.isValid()
        for widget in (self.safety, self.reorder, self.save, self.customs):
            widget.setEnabled(enabled)
        if not enabled:
            return
        row = self.model.row(index.row())
        self.chosen.setText(f"{row['sku']} — {row['name']}")
        self.safety.setValue(row["safety_stock"])
        self.reorder.setValue(row["reorder_point"])

    def _save_limits(self) -> None:
        sku = self._sku()
        if sku is not None:
            self.controller.run(
                self.controller.desk.stock.set_stock_limits,
                sku,
                self.safety.value(),
                self.reorder.value(),
            )

    def open_customs(self):
        """The chosen product's HS code, origin and customs description (modal)."""
        from fulfil_desk.ui.dialogs.product_customs_dialog import ProductCustomsDialog

        sku = self._sku()
        if sku is None:
            return None
        dialog = ProductCustomsDialog(controller=self.controller, sku=sku, parent=self)
        dialog.open()
        return dialog

    def _message(self, text: str, ok: bool) -> None:
        if self.isVisible():
            self.note.setText(text)
            self.note.setStyleSheet("" if ok else "color: #b71c1c; font-weight: bold;")

    def _changed(self, changes) -> None:
        if self.isVisible() and (changes.stock or changes.products or changes.orders):
            self.refresh()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self.refresh()

    def refresh(self) -> None:
        sku = self._sku()
        self.model.reload()
        for row in range(self.model.rowCount()):
            if self.model.row(row)["sku"] == sku:
                self.view.setCurrentIndex(self.model.index(row, 0))
                break
        self._load_limits()


class StockLevelsDialog(QDialog):
    """The panel in its own window, beside the bench (not modal: scanning goes on)."""

    def __init__(self, *, controller: DeskController, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Stock levels"))
        self.panel = StockLevelsPanel(controller=controller)
        layout = QVBoxLayout(self)
        layout.addWidget(self.panel)
        self.resize(980, 560)
