"""F1 and Help ▸ This page: what the page the packer is on accepts, and what Enter does."""

from __future__ import annotations

from datetime import UTC

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout

from fulfil_desk.core.bench.commands import PAGE_GUIDE, PAGE_NAMES, for_page
from fulfil_desk.ui.models import Column
from fulfil_desk.ui.pages.widgets import static_table
from fulfil_desk.ui.typography import set_type
from fulfil_desk.ui.words import ui_wording


class HelpDialog(QDialog):
    def __init__(self, *, page: str, parent=None):
        super().__init__(parent)
        words = ui_wording(zone=lambda: UTC)  # the core's words for the page and its commands
        name = words.term(PAGE_NAMES[page])
        self.setWindowTitle(self.tr("Help: {page}").format(page=name))
        enter, scans = PAGE_GUIDE[page]
        heading = QLabel(self.tr("At {page}").format(page=name))
        set_type(heading, 1.6, bold=True)
        self.enter = QLabel(self.tr("Enter alone: {does}").format(does=words(enter)))
        self.enter.setWordWrap(True)
        set_type(self.enter, 1.2)
        table, self.model, rows = static_table(
            [
                Column(self.tr("Scan"), lambda r: r[0]),
                Column(self.tr("What it does"), lambda r: r[1]),
            ]
        )
        rows.extend((words(scan), words(does)) for scan, does in scans)
        rows.extend((c.shown, words(c.does)) for c in for_page(page))
        self.model.reload()
        table.setWordWrap(True)
        table.resizeRowsToContents()
        self.rows = rows
        sheet = QLabel(
            self.tr("Every command is on the printed command sheet: Help ▸ Print command sheet.")
        )
        sheet.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (heading, self.enter, table, sheet, buttons):
            layout.addWidget(widget)
        self.resize(720, 520)
