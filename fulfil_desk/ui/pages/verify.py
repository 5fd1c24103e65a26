"""Verify: every SKU known, quantities and prices sane, address complete, stock there; for a
parcel that crosses a border, what customs will need (the PCCC into Korea, the products'
customs facts)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QInputDialog, QPushButton

from fulfil_desk.core.bench.sentences import in_turn
from fulfil_desk.core.kernel.errors import NotFound
from fulfil_desk.core.kernel.messages import Money
from fulfil_desk.core.kernel.orders import CancelReason
from fulfil_desk.ui.models import Column
from fulfil_desk.ui.pages.base import ERROR_STYLE, OK_STYLE, StepPage, no_focus, plain_label
from fulfil_desk.ui.pages.widgets import OrderHeader, static_table
from fulfil_desk.ui.typography import set_type
from fulfil_desk.ui.words import term

if TYPE_CHECKING:
    from fulfil_desk.ui.controller import DeskController

CUSTOMS_STYLE = "background: #e3f2fd; border: 1px solid #64b5f6; padding: 6px;"


class VerifyPage(StepPage):
    page = "verify"

    def __init__(self, *, controller: DeskController, parent=None):
        super().__init__(
            controller=controller,
            title=self.tr("Verify"),
            hint=self.tr(
                "Press Enter to verify. Scan HOLD:<reason> to hold it, CANCEL:<reason> to "
                "cancel it, BACK for the queue."
            ),
            parent=parent,
        )
        self.header = OrderHeader(words=controller.words, marker=controller.reship_marker)
        self.problems = plain_label()
        set_type(self.problems, 1.3)
        self.problems.setStyleSheet(ERROR_STYLE)
        self.customs = plain_label()  # a parcel crossing a border: what customs will need
        self.customs.setStyleSheet(CUSTOMS_STYLE)
        self.customs.hide()
        self.table, self.model, self.rows = static_table(
            [
                Column(self.tr("SKU"), lambda r: r["sku"]),
                Column(self.tr("Item"), lambda r: r["title"]),
                Column(self.tr("Qty"), lambda r: r["quantity"], align_right=True),
                Column(self.tr("Price"), lambda r: r["price"], align_right=True),
                Column(self.tr("On hand"), lambda r: r["on_hand"], align_right=True),
            ],
            stretch=1,
        )
        verify = QPushButton(self.tr("Verify (Enter)"))
        verify.clicked.connect(lambda: controller.scan(""))
        self.reason = QComboBox()
        words = controller.words
        for reason in CancelReason:
            text = self.tr("{reason} ({by} cancels)").format(
                reason=term(words, "cancel_reason", reason.value),
                by=term(words, "cancelled_by", reason.cancelled_by.value),
            )
            self.reason.addItem(text, reason)
        cancel = QPushButton(self.tr("Cancel order"))
        cancel.clicked.connect(self._cancel)
        hold = QPushButton(self.tr("Hold"))
        hold.clicked.connect(lambda: controller.scan("HOLD"))
        self.pccc = QPushButton(self.tr("PCCC…"))
        self.pccc.setToolTip(self.tr("The recipient's personal customs clearance code"))
        self.pccc.clicked.connect(self.ask_pccc)
        no_focus(verify, self.reason, cancel, hold, self.pccc)
        buttons = QHBoxLayout()
        for widget in (verify, hold, self.pccc, self.reason, cancel):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        self.body.addWidget(self.header)
        self.body.addWidget(self.problems)
        self.body.addWidget(self.customs)
        self.body.addWidget(self.table, stretch=1)
        self.body.addLayout(buttons)

    def _cancel(self) -> None:
        reason: CancelReason = self.reason.currentData()
        self.controller.scan(f"CANCEL:{reason.value}")

    def ask_pccc(self) -> None:
        """The recipient's PCCC as the buyer gave it; Verify (Enter) checks the order again."""
        order_id = self.controller.state.order_id
        if order_id is None:
            return
        now = self.controller.desk.orders.order(order_id).pccc
        text, given = QInputDialog.getText(
            self,
            self.tr("Personal customs clearance code"),
            self.tr("The recipient's PCCC (P and 12 digits):"),
            text=now,
        )
        if given:
            self.controller.run(self.controller.desk.customs.set_pccc, order_id, text)
            self.refresh()

    def _show_customs(self, order_id: int, to_korea: bool) -> None:
        said = self.controller.desk.customs.summary(order_id)
        self.customs.setText(self.controller.words(said) if said else "")
        self.customs.setVisible(said is not None)
        self.pccc.setVisible(said is not None and to_korea)

    def refresh(self) -> None:
        desk, order_id = self.controller.desk, self.controller.state.order_id
        order = desk.orders.order(order_id) if order_id else None
        self.header.show_order(order)
        self.rows.clear()
        if order is None or order_id is None:
            self.customs.hide()
            self.pccc.hide()
            self.model.reload()
            return
        self._show_customs(order_id, order.ship_to.country == "KR")
        for line in order.lines:
            on_hand: int | str
            try:
                on_hand = desk.products.product(line.sku).on_hand
            except NotFound:  # the problem list names the unknown SKU
                on_hand = "?"
            price = (
                ""
                if line.unit_price_minor is None
                else self.controller.words.money(Money(line.unit_price_minor, line.currency))
            )
            self.rows.append(
                {
                    "sku": line.sku,
                    "title": line.title,
                    "quantity": line.quantity,
                    "price": price,
                    "on_hand": on_hand,
                }
            )
        self.model.reload()
        found = desk.flow.problems(order_id)
        reason = term(self.controller.words, "hold_reason", order.hold_reason)
        held = self.tr("On hold ({reason}). ").format(reason=reason) if order.hold_reason else ""
        words = self.controller.words
        problems = words(in_turn(p.sentence for p in found))
        # Why it was held, in this reader's words (however it was stored), unless it says
        # what the problems found now say.
        note = words(order.hold_note_said) if order.hold_reason else ""
        said = " ".join(t for t in (note if note != problems else "", problems) if t)
        self.problems.setText(held + said if found or held else self.tr("No problems found."))
        self.problems.setStyleSheet(ERROR_STYLE if found or held else OK_STYLE)
