"""Returns: a parcel a buyer sent back, taken at the bench by scans alone (RETURN at Receive;
core/aftersales/return_bench.py says what each scan does)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QGridLayout, QPushButton

from fulfil_desk.core.aftersales.return_bench import CONDITION_CODES, SHEET_CONDITIONS
from fulfil_desk.core.aftersales.return_rules import ReturnReason
from fulfil_desk.core.kernel.messages import Term
from fulfil_desk.ui.models import Column
from fulfil_desk.ui.pages.base import StepPage, no_focus, plain_label
from fulfil_desk.ui.pages.stock import IDLE_STYLE, WAITING_STYLE, _big, _buttons
from fulfil_desk.ui.pages.widgets import DONE_COLOUR, static_table

if TYPE_CHECKING:
    from fulfil_desk.core.wording.render import Wording
    from fulfil_desk.ui.controller import DeskController

DAMAGED_COLOUR = "#ffcdd2"
WRONG_COLOUR = "#e1bee7"


class ReturnsPage(StepPage):
    page = "returns"

    def __init__(self, *, controller: DeskController, parent=None):
        super().__init__(
            controller=controller,
            title=self.tr("Returns"),
            hint=self.tr(
                "Scan the return parcel's tracking number, the tracking number the order "
                "shipped with, or the order number; then each unit that came back. COND:DAMAGED "
                "or COND:WRONG before a unit says its condition, REASON:… the buyer's reason. "
                "OK receives the return; BACK leaves it."
            ),
            parent=parent,
        )
        words = controller.words
        self.status = plain_label()
        self.status.setObjectName("returnStatus")
        _big(self.status)
        self.next_units = plain_label()
        self.next_units.setObjectName("returnNextUnits")
        self.expected, self.expected_model, self.expected_rows = static_table(
            [
                Column(self.tr("SKU"), lambda r: r["sku"]),
                Column(self.tr("Item"), lambda r: r["title"]),
                Column(self.tr("Expected"), lambda r: r["expected"], align_right=True),
                Column(self.tr("In the parcel"), lambda r: r["scanned"], align_right=True),
            ],
            row_colour=lambda r: DONE_COLOUR if r["scanned"] >= r["expected"] else None,
            stretch=1,
        )
        self.lines, self.lines_model, self.line_rows = static_table(
            [
                Column(self.tr("SKU or code"), lambda r: r[0]),
                Column(self.tr("Units"), lambda r: r[1], align_right=True),
                Column(self.tr("Condition"), lambda r: words.term(Term("return_condition", r[2]))),
                Column(self.tr("Reason"), lambda r: words.term(Term("return_reason", r[3]))),
            ],
            row_colour=_condition_colour,
            stretch=0,
        )
        self.body.addWidget(self.status)
        self.body.addWidget(self.next_units)
        self.body.addWidget(plain_label(self.tr("Expected back")))
        self.body.addWidget(self.expected, stretch=1)
        self.body.addWidget(plain_label(self.tr("Scanned in this parcel")))
        self.body.addWidget(self.lines, stretch=1)
        self.condition_row = _buttons(
            self,
            (self.tr("Resellable"), "COND:RESELLABLE"),
            (self.tr("Damaged"), "COND:DAMAGED"),
            (self.tr("Not ours / wrong item"), "COND:WRONG"),
            (self.tr("Receive the return (OK)"), "OK"),
        )
        self.reason_row = self._reason_buttons(words)
        self.body.addLayout(self.condition_row)
        self.body.addLayout(self.reason_row)
        self._mark_chosen()

    def _reason_buttons(self, words: Wording) -> QGridLayout:
        """The buyer's reasons in two rows, four to a row: in one row, seven would widen the
        page and squeeze the queue beside it."""
        grid = QGridLayout()
        grid.addWidget(plain_label(self.tr("Reason")), 0, 0)
        for index, reason in enumerate(ReturnReason):
            command = f"REASON:{reason.value.upper()}"
            button = QPushButton(words.term(Term("return_reason", reason.value)))
            button.setProperty("command", command)
            button.clicked.connect(lambda _=False, c=command: self.controller.scan(c))
            no_focus(button)
            grid.addWidget(button, index // 4, 1 + index % 4)
        grid.setColumnStretch(5, 1)
        return grid

    def _mark_chosen(self) -> None:
        """The condition and reason the next units get, pressed down among their buttons."""
        returns = self.controller.bench.returns
        chosen = {f"REASON:{returns.reason().value.upper()}"} | {
            f"COND:{code}"
            for code in SHEET_CONDITIONS
            if CONDITION_CODES[code] is returns.condition()
        }
        for row in (self.condition_row, self.reason_row):
            for index in range(row.count()):
                item = row.itemAt(index)
                button = item.widget() if item is not None else None
                if isinstance(button, QPushButton) and button.property("command") != "OK":
                    button.setCheckable(True)
                    button.setChecked(button.property("command") in chosen)

    def refresh(self) -> None:
        desk, returns = self.controller.desk, self.controller.bench.returns
        self._mark_chosen()
        words = self.controller.words
        draft = returns.draft()
        order_id = draft.get("order_id")
        parcel = draft.get("parcel")
        lines = draft.get("lines", [])
        self.line_rows[:] = lines
        self.lines_model.reload()
        if order_id is None:
            self.status.setText(
                self.tr(
                    "Return parcel {parcel}: scan the order number or its tracking number."
                ).format(parcel=parcel)
                if parcel
                else self.tr("Scan the return parcel, its order's tracking number or number.")
            )
            self.status.setStyleSheet(IDLE_STYLE)
            self.expected_rows[:] = []
            self.expected_model.reload()
            self.next_units.setText("")
            return
        order = desk.orders.order(order_id)
        self.status.setText(
            self.tr("Return of {order} ({marketplace}), units scanned: {units}.").format(
                order=order.order_number, marketplace=order.marketplace,
                units=sum(line[1] for line in lines),
            )
            + (" " + self.tr("Parcel {parcel}.").format(parcel=parcel) if parcel else "")
        )  # fmt: skip
        self.status.setStyleSheet(WAITING_STYLE)
        self.next_units.setText(
            self.tr("Next units: {condition}, reason {reason}.").format(
                condition=words.term(Term("return_condition", returns.condition().value)),
                reason=words.term(Term("return_reason", returns.reason().value)),
            )
        )
        titles = {line.sku: line.title for line in order.lines}
        scanned: dict[str, int] = {}
        for sku, n, condition, _ in lines:
            if condition != "wrong_item":
                scanned[sku] = scanned.get(sku, 0) + n
        self.expected_rows[:] = [
            {"sku": sku, "title": titles.get(sku, ""), "expected": n,
             "scanned": scanned.get(sku, 0)}
            for sku, n in returns.expected().items()
        ]  # fmt: skip
        self.expected_model.reload()


def _condition_colour(row: list) -> str | None:
    return {"damaged": DAMAGED_COLOUR, "wrong_item": WRONG_COLOUR}.get(row[2])
