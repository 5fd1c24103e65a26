"""Dialogs of the scores panel: write a plan of action, record an inquiry or a notice.

Each runs its use case through the controller, so a refusal is a red message and nothing
changes; the window gives the scan box its focus back when a dialog closes.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
)

from fulfil_desk.core.wording.languages import NATIVE_NAMES
from fulfil_desk.ui.words import moment, name

if TYPE_CHECKING:
    from fulfil_desk.ui.controller import DeskController


def _iso(edit: QDateTimeEdit) -> str:
    """What the edit shows, as shop time (no offset: the Desk reads it in the shop's zone)."""
    return edit.dateTime().toString("yyyy-MM-ddTHH:mm:ss")


def _shop_now(desk) -> QDateTime:
    """The Desk's now, in the shop's time zone, as the date and time a person reads."""
    now = desk.clock.now().astimezone(desk.settings.shop_tz())
    return QDateTime(QDate(now.year, now.month, now.day), QTime(now.hour, now.minute, now.second))


def _time_edit(now: QDateTime) -> QDateTimeEdit:
    edit = QDateTimeEdit(now)
    edit.setDisplayFormat("yyyy-MM-dd HH:mm:ss")
    edit.setCalendarPopup(True)
    return edit


class PlanDialog(QDialog):
    """The plan of action for one notice: corrective actions, preventive measures, language,
    and the PDF. Empty texts get suggestions per root cause in the PDF."""

    def __init__(self, *, controller: DeskController, notice_id: str, parent=None):
        super().__init__(parent)
        self.controller = controller
        self.notice_id = notice_id
        notice = controller.desk.notices.notice(notice_id)
        words = controller.words
        self.setWindowTitle(self.tr("Plan of action for {id}").format(id=notice_id))
        facts = QLabel(
            self.tr(
                "{market} · {metric}\nData period {start} to {end}\n{count} problem orders"
            ).format(
                market=notice["marketplace"],
                metric=name(words, notice["metric_names"], notice["metric_name"]),
                start=moment(words, notice["period_from"]),
                end=moment(words, notice["period_to"]),
                count=len(notice["problems"]),
            )
        )
        facts.setTextFormat(Qt.TextFormat.PlainText)
        self.corrective = QPlainTextEdit(notice["corrective_actions"])
        self.corrective.setPlaceholderText(
            self.tr("What you did about these orders (left empty: suggestions per root cause)")
        )
        self.preventive = QPlainTextEdit(notice["preventive_measures"])
        self.preventive.setPlaceholderText(
            self.tr("What changes so it does not happen again (left empty: suggestions)")
        )
        self.language = QComboBox()
        for code, native in NATIVE_NAMES.items():
            self.language.addItem(native, code)
        self.language.setCurrentIndex(max(0, self.language.findData(controller.words.lang)))
        form = QFormLayout()
        form.addRow(self.tr("Corrective actions taken"), self.corrective)
        form.addRow(self.tr("Preventive measures"), self.preventive)
        form.addRow(self.tr("Language of the PDF"), self.language)
        save = QPushButton(self.tr("Save"))
        save.clicked.connect(self.save)
        pdf = QPushButton(self.tr("Save PDF…"))
        pdf.clicked.connect(self.ask_and_save_pdf)
        answered = QPushButton(self.tr("Mark answered"))
        answered.clicked.connect(self.mark_answered)
        answered.setEnabled(notice["responded_at"] is None)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        for button in (save, pdf, answered):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        self.status = QLabel("")
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(facts)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.resize(620, 520)

    def save(self) -> bool:
        changes = self.controller.run(
            self.controller.desk.notices.set_plan_text,
            self.notice_id,
            self.corrective.toPlainText(),
            self.preventive.toPlainText(),
        )
        return changes is not None

    def save_pdf(self, path: Path) -> Path | None:
        """Saves the texts, then the PDF in the chosen language at `path`."""
        if not self.save():
            return None
        pdf = self.controller.run(
            self.controller.desk.notices.plan_of_action_pdf,
            self.notice_id,
            self.language.currentData(),
        )
        if pdf is None:
            return None
        saved = self.controller.run(self.controller.save_pdf, pdf, Path(path))
        if saved is not None:
            self.status.setText(self.tr("Saved {path}").format(path=saved))
        return saved

    def ask_and_save_pdf(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the plan of action"),
            f"plan-of-action-{self.notice_id}-{self.language.currentData()}.pdf",
            self.tr("PDF files (*.pdf)"),
        )
        if path:
            self.save_pdf(Path(path))

    def mark_answered(self) -> None:
        if self.controller.run(self.controller.desk.notices.mark_notice_responded, self.notice_id):
            self.accept()


class InquiryDialog(QDialog):
    """A buyer's inquiry: marketplace, order (optional), subject, when it arrived."""

    def __init__(self, *, controller: DeskController, marketplaces: list[str], parent=None):
        super().__init__(parent)
        self.controller = controller
        self.setWindowTitle(self.tr("New inquiry"))
        self.marketplace = QComboBox()
        self.marketplace.setEditable(True)
        self.marketplace.addItems(marketplaces)
        self.order = QLineEdit()
        self.order.setPlaceholderText(self.tr("Order number (optional)"))
        self.subject = QLineEdit()
        now = _shop_now(controller.desk)
        self.received = _time_edit(now)
        form = QFormLayout(self)
        form.addRow(self.tr("Marketplace"), self.marketplace)
        form.addRow(self.tr("Order"), self.order)
        form.addRow(self.tr("Subject"), self.subject)
        form.addRow(self.tr("Received"), self.received)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def submit(self) -> None:
        desk = self.controller.desk
        order_id = None
        if self.order.text().strip():
            order = self.controller.run(desk.orders.find_order, self.order.text())
            if order is None:
                return
            order_id = order.id
        result = self.controller.run(
            desk.notices.add_inquiry,
            self.marketplace.currentText() or None,
            order_id=order_id,
            received_at=_iso(self.received),
            subject=self.subject.text(),
        )
        if result is not None:
            self.accept()


class NoticeDialog(QDialog):
    """A performance notice: its id, marketplace, metric, data period and when it arrived."""

    def __init__(self, *, controller: DeskController, parent=None):
        super().__init__(parent)
        self.controller = controller
        self.setWindowTitle(self.tr("New performance notice"))
        defs = controller.desk.scores.metric_definitions()
        words = controller.words
        self.notice_id = QLineEdit()
        self.notice_id.setPlaceholderText("PN-…")
        self.marketplace = QComboBox()
        for market in defs.metrics:
            self.marketplace.addItem(name(words, defs.names[market], market), market)
        self.metric_box = QComboBox()  # not `metric`: QWidget.metric() is a method Qt calls
        self.marketplace.currentIndexChanged.connect(self._fill_metrics)
        now = _shop_now(controller.desk)
        self.start = _time_edit(now.addDays(-7))
        self.end = _time_edit(now)
        self.received = _time_edit(now)
        form = QFormLayout(self)
        form.addRow(self.tr("Notice ID"), self.notice_id)
        form.addRow(self.tr("Marketplace"), self.marketplace)
        form.addRow(self.tr("Metric"), self.metric_box)
        form.addRow(self.tr("Data period from"), self.start)
        form.addRow(self.tr("Data period to"), self.end)
        form.addRow(self.tr("Received"), self.received)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self._fill_metrics()

    def _fill_metrics(self) -> None:
        defs = self.controller.desk.scores.metric_definitions()
        self.metric_box.clear()
        for metric in defs.of(self.marketplace.currentData()):
            self.metric_box.addItem(name(self.controller.words, metric.names, metric.id), metric.id)

    def submit(self) -> None:
        result = self.controller.run(
            self.controller.desk.notices.add_notice,
            self.notice_id.text(),
            self.marketplace.currentData(),
            self.metric_box.currentData(),
            _iso(self.start),
            _iso(self.end),
            _iso(self.received),
        )
        if result is not None:
            self.accept()
