"""Stock levels ▸ Customs…: what customs need of a product: its HS code, its country of origin
and an English description (core/customs/). A refusal is said in red in the dialog and
nothing changes; saved, the dialog closes."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
)

from fulfil_desk.core.customs.rules import MAX_DESCRIPTION
from fulfil_desk.core.kernel.errors import UserError

if TYPE_CHECKING:
    from fulfil_desk.ui.controller import DeskController

REFUSED_STYLE = "color: #b71c1c; font-weight: bold;"


class ProductCustomsDialog(QDialog):
    def __init__(self, *, controller: DeskController, sku: str, parent=None):
        super().__init__(parent)
        self.controller = controller
        self.sku = sku
        product = controller.desk.products.product(sku)
        facts = controller.desk.customs.product_customs(sku)
        self.setWindowTitle(self.tr("Customs: {sku}").format(sku=sku))
        heading = QLabel(f"{product.sku} — {product.name}")
        heading.setWordWrap(True)
        self.hs_code = QLineEdit(facts.hs_written if facts else "")
        self.hs_code.setPlaceholderText(self.tr("6 to 10 digits, e.g. 6109.10"))
        self.origin = QLineEdit(facts.origin_country if facts else "")
        self.origin.setPlaceholderText(self.tr("ISO code, e.g. CN"))
        self.origin.setMaxLength(2)
        self.description = QLineEdit(facts.description if facts else "")
        self.description.setPlaceholderText(self.tr("In English, e.g. Cotton T-shirt"))
        self.description.setMaxLength(MAX_DESCRIPTION)
        form = QFormLayout()
        form.addRow(self.tr("HS code"), self.hs_code)
        form.addRow(self.tr("Country of origin"), self.origin)
        form.addRow(self.tr("Customs description"), self.description)
        explain = QLabel(
            self.tr(
                "Printed on the CN22 or CN23 of every parcel that crosses a border. The declared "
                "value is the order line's price times its quantity."
            )
        )
        explain.setWordWrap(True)
        self.note = QLabel("")
        self.note.setWordWrap(True)
        self.note.setStyleSheet(REFUSED_STYLE)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        save = buttons.addButton(self.tr("Save"), QDialogButtonBox.ButtonRole.AcceptRole)
        save.setDefault(True)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(explain)
        layout.addWidget(self.note)
        layout.addWidget(buttons)
        self.resize(560, self.sizeHint().height())

    def save(self) -> None:
        try:
            changes = self.controller.desk.customs.set_product_customs(
                self.sku,
                hs_code=self.hs_code.text(),
                origin=self.origin.text(),
                description=self.description.text(),
            )
        except UserError as refused:
            self.note.setText(self.controller.words(refused.message))
            return
        self.controller.changed.emit(changes)
        if changes.message:
            self.controller.message.emit(self.controller.words(changes.message), True)
        self.accept()
