"""F1 and Help ▸ This page: what the page the packer is on accepts, and what Enter does."""

from __future__ import annotations

import re

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout

from fulfil_desk.core.bench.commands import PAGE_GUIDE, PAGE_NAMES, for_page
from fulfil_desk.core.wording.render import Wording
from fulfil_desk.ui.models import Column
from fulfil_desk.ui.pages.widgets import static_table
from fulfil_desk.ui.typography import set_type


def _shown(code: str, arguments: dict[str, str]) -> str:
    """A command as the help writes it, its argument named in the reader's words:
    HOLD:<reason> → HOLD:<사유>. The command itself is what the scanner types: never."""
    return re.sub(r"<(\w+)>", lambda m: f"<{arguments.get(m.group(1), m.group(1))}>", code)


class HelpDialog(QDialog):
    def __init__(self, *, page: str, words: Wording, parent=None):
        """`words`: the core's, for the page's name and its commands."""
        super().__init__(parent)
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
        arguments = {
            "name": self.tr("name"),
            "reason": self.tr("reason"),
            "code": self.tr("code"),
            "condition": self.tr("condition"),
        }
        rows.extend((_shown(c.shown, arguments), words(c.does)) for c in for_page(page))
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
