"""Message to the buyer… (the finished order's page, the queue): a short message about an
order — delayed, sent again, being returned — in the buyer's language, from the seller's
wording, which they may edit and keep. Copy to clipboard puts the message there and records
the contact in the audit trail: fulfil-desk sends nothing.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QClipboard, QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
)

from fulfil_desk.core.aftersales.buyer_messages import KINDS, PLACEHOLDERS, BuyerMessage
from fulfil_desk.core.kernel.errors import UserError
from fulfil_desk.core.kernel.messages import Term
from fulfil_desk.core.kernel.orders import OrderStatus
from fulfil_desk.core.wording.languages import NATIVE_NAMES

if TYPE_CHECKING:
    from fulfil_desk.ui.controller import DeskController

REFUSED_STYLE = "color: #b71c1c; font-weight: bold;"


def open_buyer_message(window, order_id: int) -> BuyerMessageDialog:
    """The message dialog for one order, over `window`; the scan box has focus again after."""
    dialog = BuyerMessageDialog(controller=window.controller, order_id=order_id, parent=window)

    def closed(_result: int) -> None:
        window.activateWindow()
        window.page.scan_box.setFocus()

    dialog.finished.connect(closed)
    dialog.finished.connect(dialog.deleteLater)
    window.buyer_message_dialog = dialog
    dialog.open()
    return dialog


class BuyerMessageDialog(QDialog):
    def __init__(
        self,
        *,
        controller: DeskController,
        order_id: int,
        parent=None,
        clipboard: QClipboard | None = None,
    ):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Message to the buyer"))
        self.controller = controller
        self.desk = controller.desk
        self.order_id = order_id
        self._clipboard = clipboard or QGuiApplication.clipboard()
        self.composed: BuyerMessage | None = None
        order = self.desk.orders.order(order_id)
        words = controller.words
        buyer = self.desk.buyer_messages.language_of(order_id)
        self.about = QLabel(
            self.tr("Order {order} · {marketplace} · the buyer reads {language}").format(
                order=order.order_number,
                marketplace=order.marketplace,
                language=NATIVE_NAMES[buyer],
            )
        )
        self.kind_box = QComboBox()
        for kind in KINDS:
            self.kind_box.addItem(words.term(Term("buyer_message_kind", kind)), kind)
        self.lang_box = QComboBox()
        for code, name in NATIVE_NAMES.items():
            self.lang_box.addItem(name, code)
        self.lang_box.setCurrentIndex(self.lang_box.findData(buyer))
        shipped = order.status is OrderStatus.SHIPPED
        self.kind_box.setCurrentIndex(0 if not shipped else self.kind_box.findData("delay"))
        self.template_edit = QPlainTextEdit()
        self.template_edit.setObjectName("buyerTemplate")
        self.template_edit.setTabChangesFocus(True)
        self.preview = QPlainTextEdit()
        self.preview.setObjectName("buyerMessage")
        self.preview.setTabChangesFocus(True)
        self.placeholders = QLabel(
            self.tr("Placeholders: {names}").format(
                names="  ".join("{" + name + "}" for name in PLACEHOLDERS)
            )
        )
        self.placeholders.setTextFormat(Qt.TextFormat.PlainText)
        self.note = QLabel("")
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Keep this wording"))
        self.save_button.clicked.connect(self.save_template)
        self.reset_button = QPushButton(self.tr("Back to the shipped wording"))
        self.reset_button.clicked.connect(self.reset_template)
        self.copy_button = QPushButton(self.tr("Copy to clipboard"))
        self.copy_button.setDefault(True)
        self.copy_button.clicked.connect(self.copy)
        self._layout()
        self.kind_box.currentIndexChanged.connect(self._load_template)
        self.lang_box.currentIndexChanged.connect(self._load_template)
        self.template_edit.textChanged.connect(self._fill)
        self._load_template()
        self.resize(900, 600)

    def _layout(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("What to tell"), self.kind_box)
        form.addRow(self.tr("Language"), self.lang_box)
        buttons = QDialogButtonBox()
        for button in (self.copy_button, self.save_button, self.reset_button):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.about)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Your wording")))
        layout.addWidget(self.template_edit, stretch=1)
        layout.addWidget(self.placeholders)
        layout.addWidget(QLabel(self.tr("The message (change it here for this buyer only)")))
        layout.addWidget(self.preview, stretch=1)
        layout.addWidget(self.note)
        layout.addWidget(buttons)

    @property
    def kind(self) -> str:
        return self.kind_box.currentData()

    @property
    def lang(self) -> str:
        return self.lang_box.currentData()

    def _load_template(self, *_args) -> None:
        text, _edited = self.desk.buyer_messages.template(self.kind, self.lang)
        self.template_edit.blockSignals(True)
        self.template_edit.setPlainText(text)
        self.template_edit.blockSignals(False)
        self._fill()

    def _fill(self) -> None:
        """The message from the wording as it stands; a refusal is said, and nothing to copy."""
        template = self.template_edit.toPlainText()
        try:
            self.composed = self.desk.buyer_messages.compose(
                self.order_id, self.kind, self.lang, template=template
            )
        except UserError as exc:
            self.composed = None
            self.preview.setPlainText("")
            self._say(self.controller.words(exc.message), ok=False)
        else:
            self.preview.setPlainText(self.composed.text)
            self._say("", ok=True)
        self.copy_button.setEnabled(self.composed is not None)

    def _say(self, text: str, *, ok: bool) -> None:
        self.note.setText(text)
        self.note.setStyleSheet("" if ok else REFUSED_STYLE)

    def save_template(self) -> None:
        text = self.template_edit.toPlainText()
        self._run(lambda: self.desk.buyer_messages.save_template(self.kind, self.lang, text))

    def reset_template(self) -> None:
        said = self._run(lambda: self.desk.buyer_messages.reset_template(self.kind, self.lang))
        if said:
            kept = self.note.text()
            self._load_template()
            self._say(kept, ok=True)

    def copy(self) -> None:
        """The message as shown (with this buyer's changes) on the clipboard; the contact
        recorded."""
        if self.composed is None:
            return
        message = dataclasses.replace(self.composed, text=self.preview.toPlainText())
        self._clipboard.setText(message.text)
        self._run(lambda: self.desk.buyer_messages.record_contact(message, "clipboard"))

    def _run(self, use_case) -> bool:
        try:
            changes = use_case()
        except UserError as exc:
            self._say(self.controller.words(exc.message), ok=False)
            return False
        self.controller.changed.emit(changes)
        self._say(self.controller.words(changes.message), ok=True)
        return True
