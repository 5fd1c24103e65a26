"""The seller-score panel. A later issue fills it with each marketplace's metrics."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class ScoresPanel(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        note = QLabel(
            self.tr(
                "Seller scores per marketplace will show here: on-time shipment, "
                "cancellations, valid tracking, and the orders that put them "
                "at risk."
            )
        )
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addStretch(1)
