"""The shop's calendar: non-shipping days marked on a month view, listed, added and removed."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QBrush, QColor, QTextCharFormat
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCalendarWidget,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from fulfil_desk.core.kernel.errors import UserError
from fulfil_desk.core.kernel.messages import Message
from fulfil_desk.ui.models import Column, TableModel
from fulfil_desk.ui.pages.base import ERROR_STYLE, OK_STYLE

if TYPE_CHECKING:
    from fulfil_desk.ui.controller import DeskController

# kind → background on the month view, and the paler one of its rows in the list
COLOURS = {
    "public": "#ef9a9a",  # closed: public holiday
    "shop": "#b39ddb",  # closed: shop vacation
    "courier": "#ffcc80",  # one courier does not pick up
    "workday": "#a5d6a7",  # a weekend day that is worked
}
ROW_COLOURS = {"public": "#ffebee", "shop": "#ede7f6", "courier": "#fff3e0", "workday": "#e8f5e9"}
PRIORITY = ("public", "shop", "courier", "workday")  # which colour a day with several shows
MAX_MOVED_SHOWN = 15


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class CalendarDialog(QDialog):
    def __init__(self, *, controller: DeskController, parent=None):
        super().__init__(parent)
        self.controller = controller
        self.desk = controller.desk
        self.report_box: QMessageBox | None = None
        self.setWindowTitle(self.tr("Shipping calendar"))
        self.kind_names = {
            "public": self.tr("Public holiday"),
            "shop": self.tr("Shop closed"),
            "courier": self.tr("No pickup"),
            "workday": self.tr("Make-up workday"),
        }
        self.calendar = QCalendarWidget()
        self.calendar.setGridVisible(True)
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.calendar.clicked.connect(self._day_clicked)
        self.model = TableModel(
            columns=[
                Column(self.tr("Date"), lambda r: r["date"]),
                Column(self.tr("Kind"), lambda r: self.kind_names.get(r["kind"], r["kind"])),
                Column(self.tr("Courier"), lambda r: r["courier"]),
                Column(self.tr("Name"), lambda r: controller.words.value(r["name"])),
            ],
            fetch=lambda offset, limit: self._days[offset : offset + limit],
            row_colour=lambda r: ROW_COLOURS.get(r["kind"]),
            parent=self,
        )
        self._days: list[dict] = []
        self.table = QTableView()
        self.table.setObjectName("calendarDays")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.clicked.connect(self._row_clicked)

        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("Name, e.g. Summer vacation"))
        self.name_edit.returnPressed.connect(self.add_day)
        self.courier_box = QComboBox()
        self.courier_box.addItem(self.tr("Every courier (shop closed)"), None)
        for courier in self.desk.couriers.all():
            self.courier_box.addItem(f"{courier.code} · {courier.name('ko')}", courier.code)
        self.add_button = QPushButton(self.tr("Add non-shipping day"))
        self.add_button.clicked.connect(self.add_day)
        self.remove_button = QPushButton(self.tr("Remove selected"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.message = QLabel("")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self._layout()
        self.refresh()
        today = _qdate(self.desk.calendar.today())
        self.calendar.setSelectedDate(today)
        self.date_edit.setDate(today)

    def _layout(self) -> None:
        form = QGridLayout()
        form.addWidget(QLabel(self.tr("Date")), 0, 0)
        form.addWidget(self.date_edit, 0, 1)
        form.addWidget(QLabel(self.tr("Courier")), 0, 2)
        form.addWidget(self.courier_box, 0, 3)
        form.addWidget(QLabel(self.tr("Name")), 1, 0)
        form.addWidget(self.name_edit, 1, 1, 1, 3)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        legend = QHBoxLayout()
        for kind in PRIORITY:
            swatch = QLabel(self.kind_names[kind])
            swatch.setStyleSheet(f"background: {COLOURS[kind]}; padding: 2px 6px;")
            legend.addWidget(swatch)
        legend.addStretch(1)
        left = QVBoxLayout()
        left.addWidget(self.calendar)
        left.addLayout(legend)
        left.addLayout(form)
        left.addLayout(buttons)
        left.addWidget(self.message)
        top = QHBoxLayout()
        top.addLayout(left, stretch=0)
        top.addWidget(self.table, stretch=1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(close)
        self.resize(1000, 520)

    # ---- showing -----------------------------------------------------------------------------

    def refresh(self) -> None:
        self.date_edit.setMinimumDate(_qdate(self.desk.calendar.today()))
        self._days = self.desk.calendar.holiday_list()
        self.model.reload()
        while self.model.canFetchMore():
            self.model.fetchMore()
        self.table.resizeColumnsToContents()
        self._scroll_to_upcoming()
        self._mark_calendar()

    def _scroll_to_upcoming(self) -> None:
        today = self.desk.calendar.today().isoformat()
        upcoming = next((i for i, r in enumerate(self._days) if r["date"] >= today), None)
        if upcoming is not None:
            hint = QAbstractItemView.ScrollHint.PositionAtTop
            self.table.scrollTo(self.model.index(upcoming, 0), hint)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self._scroll_to_upcoming()

    def _mark_calendar(self) -> None:
        self.calendar.setDateTextFormat(QDate(), QTextCharFormat())  # clears every date
        shipping = set(self.desk.settings.get("shipping_weekdays"))
        for weekday in range(7):
            fmt = QTextCharFormat()
            fmt.setForeground(QBrush(QColor("#212121" if weekday in shipping else "#9e9e9e")))
            self.calendar.setWeekdayTextFormat(Qt.DayOfWeek(weekday + 1), fmt)
        by_day: dict[str, list[dict]] = {}
        for row in self._days:
            by_day.setdefault(row["date"], []).append(row)
        for day, rows in by_day.items():
            kind = min((r["kind"] for r in rows), key=PRIORITY.index)
            fmt = QTextCharFormat()
            fmt.setBackground(QBrush(QColor(COLOURS[kind])))
            if kind in ("public", "shop"):
                fmt.setFontWeight(700)
            fmt.setToolTip("\n".join(self._describe(r) for r in rows))
            self.calendar.setDateTextFormat(_qdate(date.fromisoformat(day)), fmt)

    def _describe(self, row: dict) -> str:
        kind = self.kind_names.get(row["kind"], row["kind"])
        courier = f" {row['courier']}" if row["courier"] else ""
        return f"{kind}{courier}: {self.controller.words.value(row['name'])}"

    def marked(self, day: date) -> QTextCharFormat:
        """How the month view shows `day` (tests and screenshots look at it)."""
        return self.calendar.dateTextFormat(_qdate(day))

    def _day_clicked(self, qdate: QDate) -> None:
        self.date_edit.setDate(qdate)
        for row, data in enumerate(self._days):
            if data["date"] == qdate.toString("yyyy-MM-dd"):
                self.table.selectRow(row)
                return
        self.table.clearSelection()

    def _row_clicked(self, index) -> None:
        day = date.fromisoformat(self.model.row(index.row())["date"])
        self.calendar.setSelectedDate(_qdate(day))

    def _say(self, text: Message | str | None, ok: bool) -> None:
        self.message.setText(self.controller.words(text))
        self.message.setStyleSheet(OK_STYLE if ok else ERROR_STYLE)

    # ---- changing ----------------------------------------------------------------------------

    def add_day(self) -> None:
        day = self.date_edit.date().toPython()
        courier = self.courier_box.currentData()
        self._apply(
            lambda: self.desk.calendar.add_non_shipping_day(day, self.name_edit.text(), courier),
            clear_name=True,
        )

    def remove_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            self._say(self.tr("Choose a day in the list first."), ok=False)
            return
        data = self.model.row(rows[0].row())
        if data["kind"] == "workday":
            self._say(
                self.tr("A make-up workday is a shipping day; to close it, add it as a day off."),
                ok=False,
            )
            return
        day = date.fromisoformat(data["date"])
        self._apply(
            lambda: self.desk.calendar.remove_non_shipping_day(day, data["courier"] or None)
        )

    def _apply(self, use_case, clear_name: bool = False) -> None:
        try:
            report, changes = use_case()
        except UserError as exc:
            self._say(exc.message, ok=False)
            return
        self.controller.changed.emit(changes)
        if clear_name:
            self.name_edit.clear()
        self.refresh()
        self._say(changes.message, ok=True)
        if report.warning or report.moved:
            self._show_report(report)

    def _show_report(self, report) -> None:
        words = self.controller.words
        parts = [words(report.warning)] if report.warning else []
        if report.moved:
            lines = [words(m.sentence()) for m in report.moved[:MAX_MOVED_SHOWN]]
            if len(report.moved) > MAX_MOVED_SHOWN:
                more = len(report.moved) - MAX_MOVED_SHOWN
                lines.append(self.tr("… and {n} more").format(n=more))
            heading = self.tr("Ship-by deadlines that move ({n}):").format(n=len(report.moved))
            parts.append("\n".join([heading, *lines]))
        else:
            parts.append(self.tr("No open order's ship-by moves."))
        icon = QMessageBox.Icon.Warning if report.warning else QMessageBox.Icon.Information
        box = QMessageBox(icon, self.tr("Shipping calendar"), "\n\n".join(parts), parent=self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setStyleSheet(
            "QLabel#qt_msgbox_label { min-width: 460px; }"
        )  # one deadline a line, unwrapped
        if report.moved:
            box.setDetailedText("\n".join(words(m.sentence()) for m in report.moved))
        self.report_box = box
        box.open()
