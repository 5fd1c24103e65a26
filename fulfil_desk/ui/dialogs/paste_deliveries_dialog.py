"""Paste delivered parcels (from the Deliveries window): a list copied from a courier's site or
a sheet, a parcel a line; all of it marked delivered, or none."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout

from fulfil_desk.core.kernel.messages import Message

if TYPE_CHECKING:
    from fulfil_desk.ui.panels.deliveries import DeliveriesDialog

REFUSED_STYLE = "color: #b71c1c; font-weight: bold;"


class PasteDeliveriesDialog(QDialog):
    """A list pasted from the courier's site or a sheet: a parcel a line."""

    def __init__(self, *, deliveries: DeliveriesDialog, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Paste delivered parcels"))
        self.deliveries = deliveries
        hint = QLabel(
            self.tr(
                "One parcel a line: the tracking number, then the delivery date "
                "(2026-06-20, or 2026-06-20 14:30). No date: now."
            )
        )
        hint.setWordWrap(True)
        self.text = QPlainTextEdit()
        self.text.setPlaceholderText("6123456789012\t2026-06-20")
        self.note = QLabel("")
        self.note.setWordWrap(True)
        self.note.setStyleSheet(REFUSED_STYLE)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        mark = buttons.addButton(self.tr("Mark delivered"), QDialogButtonBox.ButtonRole.AcceptRole)
        mark.clicked.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.text, stretch=1)
        layout.addWidget(self.note)
        layout.addWidget(buttons)
        self.resize(560, 360)

    def submit(self) -> None:
        """All the list or none of it; a refusal stays here, with the list to correct."""
        words = self.deliveries.controller.words
        name = words(Message("deliveries.pasted_list"))
        transit = self.deliveries.desk.transit
        if self.deliveries.apply(transit.deliver_file, self.text.toPlainText().encode(), name):
            self.accept()
        else:
            self.note.setText(self.deliveries.note.text())
