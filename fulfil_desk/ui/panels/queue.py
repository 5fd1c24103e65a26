"""The queue of open orders, soonest ship-by first; overdue and due-today stand out."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from fulfil_desk.core.bench.workflow import STEP_OF_STATUS, Step
from fulfil_desk.core.kernel.orders import OPEN_STATUSES, OrderStatus
from fulfil_desk.ui.models import Column, TableModel
from fulfil_desk.ui.pages.base import no_focus
from fulfil_desk.ui.pages.widgets import RESHIP_COLOUR
from fulfil_desk.ui.panels.capacity import CapacityStrip
from fulfil_desk.ui.words import short_moment

if TYPE_CHECKING:
    from fulfil_desk.core.desk import Desk
    from fulfil_desk.core.wording.render import Wording

SIZED_ROWS = 40
STEP_COLUMN = 4  # "Step" in the columns below
DUE_COLOURS = {"overdue": "#ffcdd2", "today": "#ffe0b2"}
PUT_ASIDE_COLOUR = "#e3f2fd"  # a half-done order waits on the bench (unless it is due first)


class QueuePanel(QWidget):
    open_requested = Signal(int)
    pick_requested = Signal(list)
    labels_requested = Signal(list)  # the selected orders' labels, in one PDF
    message_requested = Signal(int)  # a message to the buyer of the selected order

    def __init__(self, *, desk: Desk, words: Wording, parent=None):
        super().__init__(parent)
        self.sort = "ship_by"
        self.widths_kept = False  # the columns as the packer left them: never sized again
        self._steps = {
            Step.VERIFY: self.tr("verify"), Step.PICK: self.tr("pick"),
            Step.PACK: self.tr("pack"), Step.LABEL: self.tr("label"),
            Step.TRACKING: self.tr("ship"), Step.DONE: self.tr("done"),
        }  # fmt: skip
        self.model = TableModel(
            columns=[
                Column(self.tr("Ship by"), lambda r: short_moment(words, r["ship_by"])),
                Column(self.tr("Due"), lambda r: self._due_text(r["due"])),
                Column(self.tr("Market"), lambda r: r["marketplace"]),
                Column(self.tr("Order"), self._order_text, tooltip=self._order_tip),
                Column(self.tr("Step"), self._step_text, tooltip=lambda r: words(r["hold_note"])),
                Column(self.tr("Units"), lambda r: r["units"], align_right=True),
                Column(self.tr("Recipient"), lambda r: r["recipient_name"]),
            ],
            fetch=lambda offset, limit: desk.orders.queue(
                limit=limit, offset=offset, sort=self.sort
            ),
            row_colour=lambda r: (
                DUE_COLOURS.get(r["due"])
                or (RESHIP_COLOUR if r.get("reship_of") else None)
                or (PUT_ASIDE_COLOUR if r["put_aside"] else None)
            ),
            parent=self,
        )
        self.view = QTableView()
        self.view.setObjectName("queueView")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.view.verticalHeader().setVisible(False)
        self.view.horizontalHeader().setStretchLastSection(True)
        # Columns are sized to the rows a packer sees first, not to every fetched row.
        self.view.horizontalHeader().setResizeContentsPrecision(SIZED_ROWS)
        self.view.doubleClicked.connect(
            lambda index: self.open_requested.emit(self._id(index.row()))
        )
        no_focus(self.view)
        self.count = QLabel("")
        pick = QPushButton(self.tr("Pick selected"))
        pick.clicked.connect(self._pick_selected)
        labels = QPushButton(self.tr("Labels for selected"))
        labels.clicked.connect(lambda: self.labels_requested.emit(self.selected_ids()))
        message = QPushButton(self.tr("Message to the buyer…"))
        message.clicked.connect(self._message_selected)
        no_focus(pick, labels, message)
        self.by_risk = QCheckBox(self.tr("Sort by risk"))
        self.by_risk.setToolTip(
            self.tr(
                "Orders that can still be shipped in time first (due today, then tomorrow; "
                "the marketplace closest to its on-time target first), then overdue ones."
            )
        )
        self.by_risk.toggled.connect(self._sort_by_risk)
        no_focus(self.by_risk)
        counted = QHBoxLayout()  # two rows: a narrow queue cuts no button off
        counted.addWidget(self.count, stretch=1)
        counted.addWidget(self.by_risk)
        buttons = QHBoxLayout()
        buttons.addWidget(pick)
        buttons.addWidget(labels)
        buttons.addWidget(message)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.capacity = CapacityStrip(desk=desk, words=words)
        layout.addWidget(self.capacity)
        layout.addWidget(self.view, stretch=1)
        layout.addLayout(counted)
        layout.addLayout(buttons)
        self._desk = desk

    def _step_text(self, row: dict) -> str:
        """What the order waits for (verify, pick, pack, label, ship, on hold), and whether
        a station put it aside half done."""
        if row["status"] == OrderStatus.ON_HOLD.value:
            return self.tr("on hold")
        step = self._steps[STEP_OF_STATUS[OrderStatus(row["status"])]]
        return self.tr("{step}, aside").format(step=step) if row["put_aside"] else step

    def _order_text(self, row: dict) -> str:
        """The order's number; a reshipment's marked, so it stands out however it sorts."""
        if row.get("reship_of"):
            return self.tr("{number} (reship)").format(number=row["order_number"])
        return row["order_number"]

    def _order_tip(self, row: dict) -> str:
        if row.get("reship_of"):
            return self.tr("Reshipment: a replacement for order {order}").format(
                order=row["reship_of"]
            )
        return ""

    def _due_text(self, due: str) -> str:
        return {"overdue": self.tr("OVERDUE"), "today": self.tr("today")}.get(due, "")

    def _sort_by_risk(self, on: bool) -> None:
        self.sort = "risk" if on else "ship_by"
        self.refresh()

    def _id(self, row: int) -> int:
        return self.model.row(row)["id"]

    def selected_ids(self) -> list[int]:
        """The selected orders, top to bottom."""
        rows = sorted({index.row() for index in self.view.selectionModel().selectedRows()})
        return [self._id(row) for row in rows]

    def _message_selected(self) -> None:
        if chosen := self.selected_ids():
            self.message_requested.emit(chosen[0])

    def _pick_selected(self) -> None:
        self.pick_requested.emit(self.selected_ids())

    def _fit_every_step(self) -> None:
        """The Step column wide enough for every step, not only those on the first rows."""
        metrics = self.view.fontMetrics()
        widest = max(
            metrics.horizontalAdvance(self._step_text({"status": s.value, "put_aside": True}))
            for s in OPEN_STATUSES
        )
        column = STEP_COLUMN
        self.view.setColumnWidth(column, max(self.view.columnWidth(column), widest + 16))

    def columns_width(self) -> int:
        """What the table needs to show every column whole."""
        view = self.view
        return (
            sum(view.columnWidth(c) for c in range(self.model.columnCount()))
            + view.verticalScrollBar().sizeHint().width()
            + 2 * view.frameWidth()
        )

    def fit_columns(self) -> None:
        """Each column as wide as the rows a packer sees first, the recipient taking what is
        left (so no column is pushed off the edge)."""
        self.view.resizeColumnsToContents()
        self._fit_every_step()
        self.view.horizontalHeader().resizeSection(self.model.columnCount() - 1, 40)

    def refresh(self, *, capacity: bool = True) -> None:
        """The first page of the queue again. `capacity=False`: orders only moved along the
        bench, so the load per day cannot have changed."""
        empty = self.model.rowCount() == 0
        self.model.reload()
        if empty and not self.widths_kept:  # sized once: 200 rows measured cost milliseconds
            self.fit_columns()
        self.count.setText(self.tr("{n} open orders").format(n=self._desk.orders.queue_count()))
        if capacity:
            self.capacity.refresh()
