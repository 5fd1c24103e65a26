"""Orders ▸ Feedback and reviews… (and an order's Feedback… button): the buyers' feedback, the
negative ones still waiting for a reply first (the one waiting longest at the top, with how
long), then the rest, newest first; record a feedback, record the reply posted.

A window beside the bench, not modal; a refusal is said in red in it and nothing changes.
"""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, Qt, QTime
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
)

from fulfil_desk.core.aftersales.feedback import Feedback
from fulfil_desk.core.kernel.errors import UserError
from fulfil_desk.core.kernel.messages import Message
from fulfil_desk.ui.models import Column, TableModel
from fulfil_desk.ui.pages.widgets import choosing_table
from fulfil_desk.ui.words import moment

if TYPE_CHECKING:
    from fulfil_desk.ui.controller import DeskController

WAITING_COLOUR = "#ffcdd2"  # a negative feedback without a reply
REFUSED_STYLE = "color: #b71c1c; font-weight: bold;"


def add_feedback_action(window, menu) -> QAction:
    """Adds Feedback and reviews… to `menu`."""
    action = QAction(QCoreApplication.translate("FeedbackMenu", "&Feedback and reviews…"), window)
    action.triggered.connect(lambda: open_feedback(window))
    menu.addAction(action)
    return action


def open_feedback(window, order_id: int | None = None) -> FeedbackDialog:
    """The feedback window (the one open, brought to the front), for `order_id` if given; the
    scan box has focus again when it closes."""
    shown = getattr(window, "feedback_dialog", None)
    if shown is not None:
        shown.activateWindow()
    else:
        shown = _new_feedback_dialog(window)
    if order_id is not None:
        shown.for_order(order_id)
    return shown


def _new_feedback_dialog(window) -> FeedbackDialog:
    dialog = FeedbackDialog(controller=window.controller, parent=window)

    def closed(_result: int) -> None:
        window.feedback_dialog = None
        window.activateWindow()
        window.page.scan_box.setFocus()

    dialog.finished.connect(closed)
    dialog.finished.connect(dialog.deleteLater)
    window.feedback_dialog = dialog
    dialog.show()
    return dialog


def _shop_now(desk) -> QDateTime:
    now = desk.clock.now().astimezone(desk.settings.shop_tz())
    return QDateTime(QDate(now.year, now.month, now.day), QTime(now.hour, now.minute))


def _time_edit(now: QDateTime) -> QDateTimeEdit:
    edit = QDateTimeEdit(now)
    edit.setDisplayFormat("yyyy-MM-dd HH:mm")
    edit.setCalendarPopup(True)
    return edit


def _iso(edit: QDateTimeEdit) -> str:
    """What the edit shows, as shop time (no offset: the Desk reads it in the shop's zone)."""
    return edit.dateTime().toString("yyyy-MM-ddTHH:mm")


class FeedbackDialog(QDialog):
    def __init__(self, *, controller: DeskController, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Feedback and reviews"))
        self.setModal(False)
        self.controller = controller
        self.desk = controller.desk
        self.rows: list[Feedback] = []
        self.model = TableModel(
            columns=self._columns(),
            fetch=lambda offset, limit: self.rows[offset : offset + limit],
            row_colour=lambda f: WAITING_COLOUR if self._waiting(f) else None,
            parent=self,
        )
        self.view = choosing_table(self.model, name="feedbackView", single=True)
        self.summary = QLabel("")
        self.summary.setWordWrap(True)
        self.note = QLabel("")
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.setWordWrap(True)
        now = _shop_now(self.desk)
        self.order_edit = QLineEdit()
        self.order_edit.setPlaceholderText(self.tr("order or bundle number"))
        self.stars = QSpinBox()
        self.stars.setRange(1, 5)
        self.stars.setValue(5)
        self.stars.setSuffix(" ★")
        self.text_edit = QLineEdit()
        self.left_at = _time_edit(now)
        self.reply_edit = QLineEdit()
        self.replied_at = _time_edit(now)
        self.add_button = QPushButton(self.tr("Add feedback"))
        self.add_button.clicked.connect(self.add)
        self.answer_button = QPushButton(self.tr("Record the reply"))
        self.answer_button.clicked.connect(self.answer)
        self.view.selectionModel().selectionChanged.connect(self._selected)
        self._layout()
        self.refresh()
        self._selected()
        self.resize(1100, 620)

    def _layout(self) -> None:
        add = QGroupBox(self.tr("A buyer's feedback"))
        form = QFormLayout(add)
        form.addRow(self.tr("Order"), self.order_edit)
        form.addRow(self.tr("Rating"), self.stars)
        form.addRow(self.tr("What the buyer wrote"), self.text_edit)
        form.addRow(self.tr("Left on"), self.left_at)
        form.addRow("", self.add_button)
        answer = QGroupBox(self.tr("Your reply to the selected feedback"))
        reply = QFormLayout(answer)
        reply.addRow(self.tr("Reply, as posted"), self.reply_edit)
        reply.addRow(self.tr("Posted on"), self.replied_at)
        reply.addRow("", self.answer_button)
        boxes = QHBoxLayout()
        boxes.addWidget(add, stretch=1)
        boxes.addWidget(answer, stretch=1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, stretch=1)
        layout.addLayout(boxes)
        layout.addWidget(self.note)
        layout.addWidget(buttons)

    def _columns(self) -> list[Column]:
        words = self.controller.words
        return [
            Column(self.tr("Order"), lambda f: f.order_number),
            Column(self.tr("Marketplace"), lambda f: f.marketplace),
            Column(self.tr("Rating"), lambda f: "★" * f.rating),
            Column(self.tr("Left on"), lambda f: moment(words, f.at)),
            Column(self.tr("Waiting"), self._wait_text, align_right=True),
            Column(self.tr("Feedback"), lambda f: f.text, tooltip=lambda f: f.text),
            Column(self.tr("Replied on"), lambda f: moment(words, f.replied_at)),
            Column(self.tr("Your reply"), lambda f: f.reply or "", tooltip=lambda f: f.reply),
        ]

    def _waiting(self, item: Feedback) -> bool:
        return item.negative and item.replied_at is None

    def _wait_text(self, item: Feedback) -> str:
        if not self._waiting(item):
            return ""
        waited = timedelta(seconds=round(self.desk.feedback.waited(item)))
        return self.controller.words.value(waited)

    # ---- reading -----------------------------------------------------------------------------

    def refresh(self) -> None:
        """The unanswered negatives first (oldest first), then every other one, newest first."""
        waiting = self.desk.feedback.listed(unanswered=True)
        ids = {f.id for f in waiting}
        self.rows = waiting + [f for f in self.desk.feedback.listed() if f.id not in ids]
        self.model.reload()
        if waiting:
            self.summary.setText(
                self.tr(
                    "{n} negative feedback waiting for your reply, the oldest for {wait} "
                    "(at the top, in red)."
                ).format(n=len(waiting), wait=self._wait_text(waiting[0]))
            )
        else:
            self.summary.setText(self.controller.words(Message("feedback.none_unanswered")))
        self._selected()

    def for_order(self, order_id: int) -> None:
        """Ready to record the feedback of one order, or its reply when it has one."""
        order = self.desk.orders.order(order_id)
        self.order_edit.setText(order.order_number)
        found = self.desk.feedback.of_order(order_id)
        if found is not None:
            self.view.selectRow(next(i for i, f in enumerate(self.rows) if f.id == found.id))

    def selected(self) -> Feedback | None:
        rows = self.view.selectionModel().selectedRows()
        return self.rows[rows[0].row()] if rows else None

    def _selected(self, *_args) -> None:
        item = self.selected()
        self.answer_button.setEnabled(item is not None and item.replied_at is None)

    # ---- use cases ---------------------------------------------------------------------------

    def add(self) -> None:
        def record():
            order_id = self.desk.orders.find_order(self.order_edit.text().strip()).saved_id
            return self.desk.feedback.add(
                order_id, self.stars.value(), self.text_edit.text(), _iso(self.left_at)
            )

        if self._run(record):
            self.text_edit.clear()

    def answer(self) -> None:
        item = self.selected()
        if item is None:
            return
        reply, at = self.reply_edit.text(), _iso(self.replied_at)
        if self._run(lambda: self.desk.feedback.answer(item.id, reply, at)):
            self.reply_edit.clear()

    def _run(self, use_case) -> bool:
        try:
            changes = use_case()
        except UserError as exc:
            self.note.setText(self.controller.words(exc.message))
            self.note.setStyleSheet(REFUSED_STYLE)
            return False
        self.controller.changed.emit(changes)
        self.note.setText(self.controller.words(changes.message))
        self.note.setStyleSheet("")
        self.refresh()
        return True
