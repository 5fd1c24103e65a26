"""Orders ▸ Export tracking…: the shipment confirmation file for a marketplace's upload."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
)

if TYPE_CHECKING:
    from fulfil_desk.ui.controller import DeskController

SUFFIXES = {"amazon": ".txt", "coupang": ".xlsx", "csv": ".csv"}


class ExportDialog(QDialog):
    def __init__(self, *, controller: DeskController, parent=None, choose_file=None):
        super().__init__(parent)
        self.controller = controller
        self.desk = controller.desk
        self._choose_file = choose_file or self._ask_for_file
        self.setWindowTitle(self.tr("Export tracking"))
        self.format_box = QComboBox()
        for text, name in (
            (self.tr("Amazon shipping confirmation (tab-delimited)"), "amazon"),
            (self.tr("Coupang Wing DeliveryList (.xlsx)"), "coupang"),
            (self.tr("Plain CSV"), "csv"),
        ):
            self.format_box.addItem(text, name)
        self.marketplace_box = QLineEdit()
        self.marketplace_box.setPlaceholderText(self.tr("all that belong in this file"))
        self.all_box = QCheckBox(self.tr("Also shipments exported before"))
        self.message = QLabel(
            self.tr("Only shipments not yet in a file of this format are written.")
        )
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(
            self.tr("Save as…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.save_button.clicked.connect(self.export)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Format"), self.format_box)
        form.addRow(self.tr("Marketplace"), self.marketplace_box)
        form.addRow("", self.all_box)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def _ask_for_file(self, fmt: str) -> Path | None:
        suffix = SUFFIXES[fmt]
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export tracking"),
            f"tracking-{fmt}{suffix}",
            self.tr("Confirmation files (*{suffix})").format(suffix=suffix),
        )
        return Path(path) if path else None

    def export(self) -> None:
        fmt = self.format_box.currentData()
        out = self._choose_file(fmt)
        if out is None:
            return
        result = self.controller.run(
            self.desk.exchange.export_tracking,
            fmt,
            out,
            include_exported=self.all_box.isChecked(),
            marketplace=self.marketplace_box.text().strip() or None,
        )
        if result is None:
            self.message.setText(self.tr("Nothing was exported; see the message on the page."))
            return
        self.accept()
