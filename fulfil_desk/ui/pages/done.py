"""Order: a shipped or cancelled order, scanned (its number or its tracking number) after it
left the flow — its status, courier and tracking number, who packed and shipped it when, its
label reprints. REPRINT prints its label again; RESHIP:<reason> (or the Reship button) sends
a shipped order again, as a new order that opens at Verify."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QHBoxLayout, QMenu, QPushButton

from fulfil_desk.core.aftersales.reships import BENCH_REASONS
from fulfil_desk.core.bench.commands import DONE
from fulfil_desk.core.kernel.messages import Term
from fulfil_desk.ui.dialogs.buyer_message_dialog import open_buyer_message
from fulfil_desk.ui.dialogs.feedback_dialog import open_feedback
from fulfil_desk.ui.models import Column
from fulfil_desk.ui.pages.base import StepPage, no_focus, plain_label
from fulfil_desk.ui.pages.widgets import OrderHeader, static_table
from fulfil_desk.ui.typography import set_type
from fulfil_desk.ui.words import NOTHING, moment, name, term

if TYPE_CHECKING:
    from fulfil_desk.ui.controller import DeskController


class DonePage(StepPage):
    page = DONE

    def __init__(self, *, controller: DeskController, parent=None):
        super().__init__(
            controller=controller,
            title=self.tr("Order"),
            hint=self.tr(
                "Scan REPRINT to print its label again (REPRINT:LOST, REPRINT:COURIER_ASKED, …), "
                "another order, or press Enter for the next order."
            ),
            parent=parent,
        )
        self.header = OrderHeader(words=controller.words, marker=controller.reship_marker)
        self.status = plain_label()
        set_type(self.status, 2.0, bold=True)
        self.facts = plain_label()
        set_type(self.facts, 1.2)
        self.table, self.model, self.rows = static_table(
            [
                Column(self.tr("SKU"), lambda r: r.sku),
                Column(self.tr("Item"), lambda r: r.title),
                Column(self.tr("Qty"), lambda r: r.quantity, align_right=True),
            ],
            stretch=1,
        )
        reprint = QPushButton(self.tr("Reprint label"))
        reprint.clicked.connect(lambda: controller.scan("REPRINT"))
        self.reship = QPushButton(self.tr("Reship…"))
        self.reship.setObjectName("reshipButton")
        reasons = QMenu(self.reship)
        for reason in BENCH_REASONS:
            action = reasons.addAction(controller.words.term(Term("reship_reason", reason)))
            code = f"RESHIP:{reason.value.upper()}"
            action.triggered.connect(lambda _=False, code=code: controller.scan(code))
        self.reship.setMenu(reasons)
        back = QPushButton(self.tr("Back to the queue"))
        back.clicked.connect(lambda: controller.scan("BACK"))
        message = QPushButton(self.tr("Message to the buyer…"))
        message.clicked.connect(lambda: self._open(open_buyer_message))
        feedback = QPushButton(self.tr("Feedback…"))
        feedback.clicked.connect(lambda: self._open(open_feedback))
        no_focus(reprint, self.reship, back, message, feedback)
        row = QHBoxLayout()
        row.addWidget(reprint)
        row.addWidget(self.reship)
        row.addWidget(back)
        row.addWidget(message)
        row.addWidget(feedback)
        row.addStretch(1)
        self.body.addWidget(self.header)
        self.body.addWidget(self.status)
        self.body.addWidget(self.facts)
        self.body.addWidget(self.table, stretch=1)
        self.body.addLayout(row)

    def _open(self, opener) -> None:
        if self.controller.state.order_id is not None:
            opener(self.window(), self.controller.state.order_id)

    def refresh(self) -> None:
        desk, order_id = self.controller.desk, self.controller.state.order_id
        if order_id is None:
            return
        record = desk.audit.order_record(order_id)
        order = record["order"]
        self.header.show_order(order)
        self.reship.setVisible(order.status.value == "shipped")
        words = self.controller.words

        def when(fact: dict | None) -> str:
            if fact is None:
                return NOTHING
            return self.tr("{at} by {who}").format(
                at=moment(words, fact["at"]), who=words.value(fact["by"])
            )

        if order.status.value == "cancelled":
            self.status.setText(
                self.tr("Cancelled ({reason}, by the {by})").format(
                    reason=term(words, "cancel_reason", order.cancel_reason) or NOTHING,
                    by=term(words, "cancelled_by", order.cancelled_by) or NOTHING,
                )
            )
        else:
            courier = NOTHING
            if order.courier_code:
                found = desk.couriers.get(order.courier_code)
                courier = name(words, found.names, found.code)
            self.status.setText(
                self.tr("Shipped · {courier} {number}").format(
                    courier=courier, number=order.tracking_number or "—"
                )
            )
        facts = [
            self.tr("Packed: {when}").format(when=when(record["packed"])),
            self.tr("Label printed: {when}").format(when=when(record["labelled"])),
            self.tr("Shipped: {when}").format(when=when(record["shipped"])),
        ]
        if record["cancelled"]:
            facts.append(self.tr("Cancelled: {when}").format(when=when(record["cancelled"])))
        for reprint in record["reprints"]:
            facts.append(
                self.tr("Label reprinted ({reason}): {when}").format(
                    reason=term(words, "reprint_reason", reprint["reason"]), when=when(reprint)
                )
            )
        for sent in desk.reships.reships_of(order_id):
            if sent["order_id"] != order_id:
                facts.append(
                    self.tr("Reshipped as {order} ({reason}): {status}").format(
                        order=sent["order_number"],
                        reason=term(words, "reship_reason", sent["reason"]),
                        status=term(words, "status", sent["status"]),
                    )
                )
        self.facts.setText("\n".join(facts))
        self.rows[:] = order.lines
        self.model.reload()
