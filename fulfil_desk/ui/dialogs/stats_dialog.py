"""Packer statistics: per packer and shop day, then each packer's total over the range.

A window beside the bench, not modal: scanning goes on, and while it is open the figures
follow what the stations do. Closing it gives the scanner back to the scan box. How each
figure is counted: core/packers/stats_rules.py.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
)

from fulfil_desk.core.kernel.actors import who
from fulfil_desk.core.kernel.errors import UserError
from fulfil_desk.ui.models import Column, TableModel
from fulfil_desk.ui.words import clock, day, moment, number

if TYPE_CHECKING:
    from fulfil_desk.ui.controller import DeskController

TOTAL_COLOUR = "#eceff1"
REFRESH_MS = 1000  # after a change at a station, at most once a second


def add_stats_action(window, menu) -> QAction:
    """Adds Packer statistics… to `menu`: the statistics window beside the bench."""
    action = QAction(QCoreApplication.translate("StatsMenu", "Packer &statistics…"), window)
    action.triggered.connect(lambda: open_stats(window))
    menu.addAction(action)
    return action


def open_stats(window) -> StatsDialog:
    """The statistics window (the one already open, brought to the front); the scan box has
    focus again when it closes."""
    shown = getattr(window, "stats_dialog", None)
    if shown is not None:
        shown.activateWindow()  # the window manager brings it to the front
        return shown
    dialog = StatsDialog(controller=window.controller, parent=window)

    def closed(_result: int) -> None:
        window.stats_dialog = None
        window.activateWindow()
        window.page.scan_box.setFocus()

    dialog.finished.connect(closed)
    dialog.finished.connect(dialog.deleteLater)
    window.stats_dialog = dialog
    dialog.show()
    return dialog


def _day(shown: QDate) -> date:
    return date(shown.year(), shown.month(), shown.day())


class StatsDialog(QDialog):
    def __init__(self, *, controller: DeskController, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Packer statistics"))
        self.setModal(False)
        self.controller = controller
        self.desk = controller.desk
        self._all: list[dict] = []
        self._rows: list[dict] = []
        day = self.desk.calendar.today()
        today = QDate(day.year, day.month, day.day)
        self.start_edit, self.end_edit = QDateEdit(today), QDateEdit(today)
        for edit in (self.start_edit, self.end_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.dateChanged.connect(self.refresh)
        self.packer_box = QComboBox()
        self.packer_box.setMinimumContentsLength(12)
        self.packer_box.addItem(self.tr("All packers"), None)
        self.packer_box.currentIndexChanged.connect(self._show)
        self.note = QLabel("")
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.setWordWrap(True)
        self.model = TableModel(
            columns=self._columns(),
            fetch=lambda offset, limit: self._rows[offset : offset + limit],
            row_colour=lambda r: TOTAL_COLOUR if r["total"] else None,
            parent=self,
        )
        self.view = QTableView()
        self.view.setObjectName("packerStats")
        self.view.setModel(self.model)
        self.view.verticalHeader().setVisible(False)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self._later = QTimer(self, singleShot=True, interval=REFRESH_MS)
        self._later.timeout.connect(self.refresh)
        controller.changed.connect(self._changed)
        self._layout()
        self.refresh()
        self.resize(1100, 480)

    def _layout(self) -> None:
        filters = QHBoxLayout()
        for text, widget in (
            (self.tr("From"), self.start_edit),
            (self.tr("To"), self.end_edit),
            (self.tr("Packer"), self.packer_box),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            filters.addWidget(label)
            filters.addWidget(widget)
        filters.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.view, stretch=1)
        layout.addWidget(self.note)
        layout.addWidget(buttons)

    def _columns(self) -> list[Column]:
        count, rate, span = self._count, self._rate, self._duration
        return [
            Column(
                self.tr("Day"), lambda r: day(self.controller.words, r["day"]) or self.tr("Total")
            ),
            Column(self.tr("Packer"), lambda r: self.controller.words.value(who(r["packer"]))),
            Column(self.tr("Orders packed"), count("orders_packed"), align_right=True),
            Column(self.tr("Units packed"), count("units_packed"), align_right=True),
            Column(self.tr("Units picked"), count("units_picked"), align_right=True),
            Column(self.tr("Shipped"), count("orders_shipped"), align_right=True),
            Column(self.tr("Active"), span("active_s"), align_right=True),
            Column(self.tr("Orders/h"), rate("orders_per_hour"), align_right=True),
            Column(self.tr("Units/h"), rate("units_per_hour"), align_right=True),
            Column(self.tr("Open → ship (median)"), span("median_open_to_ship_s"), True),
            Column(self.tr("Longest"), span("longest_open_to_ship_s"), align_right=True),
            Column(self.tr("Wrong item"), lambda r: r["refused"]["wrong_item"], True),
            Column(self.tr("One too many"), lambda r: r["refused"]["one_too_many"], True),
            Column(self.tr("Unknown code"), lambda r: r["refused"]["unknown_code"], True),
            Column(self.tr("Other refusals"), lambda r: r["refused"]["other"], True),
            Column(self.tr("Refused /100 units"), rate("refusals_per_100_units"), True),
            Column(self.tr("Manual"), count("manual"), align_right=True),
            Column(self.tr("Reprints"), count("reprints"), align_right=True),
            Column(self.tr("Put aside"), count("put_aside"), align_right=True),
            Column(self.tr("Handed over"), count("handed_over"), align_right=True),
            Column(self.tr("First"), lambda r: self._time(r, "first_at")),
            Column(self.tr("Last"), lambda r: self._time(r, "last_at")),
        ]

    @staticmethod
    def _count(key: str):
        return lambda r: r[key]

    def _rate(self, key: str):
        return lambda r: number(self.controller.words, r[key], 1)

    def _duration(self, key: str):
        def text(row: dict) -> str:
            seconds = row[key]
            if seconds is None:
                return "–"
            seconds = round(seconds)
            if seconds < 60:
                return self.tr("{s} s").format(s=seconds)
            if seconds < 3600:
                return self.tr("{m} min {s} s").format(m=seconds // 60, s=f"{seconds % 60:02d}")
            minutes = f"{seconds % 3600 // 60:02d}"
            return self.tr("{h} h {m} min").format(h=seconds // 3600, m=minutes)

        return text

    def _time(self, row: dict, key: str) -> str:
        """In the shop's time: the hour on a day's row, the date too on a total."""
        words = self.controller.words
        return clock(words, row[key]) if row["day"] else moment(words, row[key])

    # ---- reading ------------------------------------------------------------------------------

    def refresh(self) -> None:
        """The range's rows from the Desk; the packer chosen is kept if still there."""
        start, end = _day(self.start_edit.date()), _day(self.end_edit.date())
        try:
            rows = self.desk.stats.packer_stats(start=start, end=end)
        except UserError as exc:
            self._all = []
            self.note.setText(self.controller.words(exc.message))
            self.note.setStyleSheet("color: #b71c1c; font-weight: bold;")
        else:
            self._all = [r.as_dict() for r in rows]
            self.note.setText("" if rows else self.tr("No bench work on these days."))
            self.note.setStyleSheet("")
        self._fill_packers()
        self._show()

    def _fill_packers(self) -> None:
        chosen = self.packer_box.currentData()
        names = {r["packer"] for r in self._all} | {p["name"] for p in self.desk.packers.packers()}
        if chosen:
            names.add(chosen)
        self.packer_box.blockSignals(True)
        self.packer_box.clear()
        self.packer_box.addItem(self.tr("All packers"), None)
        for name in sorted(names, key=lambda n: (n.casefold(), n)):
            self.packer_box.addItem(self.controller.words.value(who(name)), name)
        self.packer_box.setCurrentIndex(self.packer_box.findData(chosen) if chosen else 0)
        self.packer_box.blockSignals(False)

    def _show(self) -> None:
        chosen = self.packer_box.currentData()
        self._rows = [r for r in self._all if chosen is None or r["packer"] == chosen]
        self.model.reload()

    def _changed(self, _changes) -> None:
        if self.isVisible() and not self._later.isActive():
            self._later.start()
