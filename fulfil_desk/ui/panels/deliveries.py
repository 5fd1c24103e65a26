"""Deliveries (Orders ▸ Deliveries…): the parcels stuck in transit, their couriers' tracking
pages, marking them delivered (the rows chosen, a pasted list or a file) and the couriers'
performance, the one that delays most on top.

A window beside the bench, not modal, like the packer statistics: scanning goes on, and
the lists follow what the stations do. How the figures are counted:
core/aftersales/transit.py and courier_performance.py.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, Qt, QTimer, QUrl
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
)

from fulfil_desk.core.aftersales.courier_performance import WINDOWS, CourierFigures
from fulfil_desk.core.aftersales.transit import MAX_STALE_DAYS, Parcel
from fulfil_desk.core.kernel.errors import UserError
from fulfil_desk.core.kernel.messages import Message
from fulfil_desk.ui.dialogs.paste_deliveries_dialog import REFUSED_STYLE, PasteDeliveriesDialog
from fulfil_desk.ui.models import Column, TableModel
from fulfil_desk.ui.pages.widgets import choosing_table
from fulfil_desk.ui.words import number, rate

if TYPE_CHECKING:
    from fulfil_desk.ui.controller import DeskController

STALE_COLOUR = "#ffebee"
WORST_COLOUR = "#ffe0b2"
REFRESH_MS = 1000
MOST_PAGES = 10  # tracking pages opened at once, at most
OK_STYLE = "color: #1b5e20;"


def add_deliveries_action(window, menu) -> QAction:
    """Adds Deliveries… to `menu`."""
    text = QCoreApplication.translate("DeliveriesMenu", "&Deliveries and couriers…")
    action = QAction(text, window)
    action.triggered.connect(lambda: open_deliveries(window))
    menu.addAction(action)
    return action


def open_deliveries(window, *, open_url: Callable[[QUrl], object] | None = None):
    """The deliveries window (the one already open, brought to the front); the scan box has
    focus again when it closes."""
    shown = getattr(window, "deliveries_dialog", None)
    if shown is not None:
        shown.activateWindow()
        return shown
    dialog = DeliveriesDialog(
        controller=window.controller, parent=window, open_url=open_url or QDesktopServices.openUrl
    )

    def closed(_result: int) -> None:
        window.deliveries_dialog = None
        window.activateWindow()
        window.page.scan_box.setFocus()

    dialog.finished.connect(closed)
    dialog.finished.connect(dialog.deleteLater)
    window.deliveries_dialog = dialog
    dialog.show()
    return dialog


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class DeliveriesDialog(QDialog):
    def __init__(
        self, *, controller: DeskController, open_url: Callable[[QUrl], object], parent=None
    ):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Deliveries and couriers"))
        self.setModal(False)
        self.controller = controller
        self.desk = controller.desk
        self.open_url = open_url
        self.parcels: list[Parcel] = []
        self.figures: list[CourierFigures] = []
        self._build_filters()
        self.parcel_model = TableModel(
            columns=self._parcel_columns(),
            fetch=lambda offset, limit: self.parcels[offset : offset + limit],
            row_colour=lambda p: STALE_COLOUR if p.stale else None,
            parent=self,
        )
        self.parcel_view = choosing_table(self.parcel_model, name="parcelsInTransit", stretch=7)
        self.parcel_view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.parcel_view.doubleClicked.connect(lambda _index: self.open_tracking_pages())
        self.figure_model = TableModel(
            columns=self._figure_columns(),
            fetch=lambda offset, limit: self.figures[offset : offset + limit],
            row_colour=self._figure_colour,
            parent=self,
        )
        self.figure_view = choosing_table(self.figure_model, name="courierPerformance")
        # The figures stay beside the courier's name, not across the window.
        self.figure_view.horizontalHeader().setStretchLastSection(False)
        self.note = QLabel("")
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.setWordWrap(True)
        self._later = QTimer(self, singleShot=True, interval=REFRESH_MS)
        self._later.timeout.connect(self.refresh)
        controller.changed.connect(self._changed)
        self._layout()
        self.refresh()
        self.resize(1240, 700)

    # ---- the widgets -------------------------------------------------------------------------

    def _build_filters(self) -> None:
        self.courier_box = QComboBox()
        self.courier_box.setMinimumContentsLength(12)
        self.courier_box.addItem(self.tr("All couriers"), None)
        self.courier_box.currentIndexChanged.connect(self.refresh)
        self.stale_days = QSpinBox()
        self.stale_days.setRange(-1, MAX_STALE_DAYS)
        self.stale_days.setValue(-1)
        self.stale_days.setSpecialValueText(self.tr("each courier's days"))
        self.stale_days.setSuffix(self.tr(" shipping days"))
        self.stale_days.valueChanged.connect(self.refresh)
        self.every = QCheckBox(self.tr("Every parcel in transit"))
        self.every.toggled.connect(self.refresh)
        self.delivered_on = QDateEdit(_qdate(self.desk.calendar.today()))
        self.delivered_on.setCalendarPopup(True)
        self.delivered_on.setDisplayFormat("yyyy-MM-dd")
        self.window_box = QComboBox()
        for days in WINDOWS:
            self.window_box.addItem(self.tr("Last {n} days").format(n=days), days)
        self.window_box.currentIndexChanged.connect(self.refresh)

    def _layout(self) -> None:
        filters = QHBoxLayout()
        for text, widget in (
            (self.tr("Courier"), self.courier_box),
            (self.tr("Stale after"), self.stale_days),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            filters.addWidget(label)
            filters.addWidget(widget)
        filters.addWidget(self.every)
        filters.addStretch(1)
        actions = QHBoxLayout()
        for text, slot in (
            (self.tr("Open tracking page"), self.open_tracking_pages),
            (self.tr("Lost: reship…"), self.reship_lost),
        ):
            actions.addWidget(self._button(text, slot))
        actions.addStretch(1)
        label = QLabel(self.tr("Delivered on"))
        label.setBuddy(self.delivered_on)
        actions.addWidget(label)
        actions.addWidget(self.delivered_on)
        actions.addWidget(self._button(self.tr("Mark chosen delivered"), self.mark_chosen))
        actions.addWidget(self._button(self.tr("Paste a list…"), self.paste_list))
        actions.addWidget(self._button(self.tr("From a file…"), self.from_file))
        stuck = QGroupBox(self.tr("Parcels in transit"))
        stuck_layout = QVBoxLayout(stuck)
        stuck_layout.addLayout(filters)
        stuck_layout.addWidget(self.parcel_view, stretch=1)
        stuck_layout.addLayout(actions)
        performance = QGroupBox(self.tr("Courier performance"))
        performance_layout = QVBoxLayout(performance)
        window_row = QHBoxLayout()
        window_row.addWidget(self.window_box)
        window_row.addStretch(1)
        performance_layout.addLayout(window_row)
        performance_layout.addWidget(self.figure_view, stretch=1)
        explained = QLabel(self.controller.words(Message("deliveries.performance_note")))
        explained.setWordWrap(True)
        performance_layout.addWidget(explained)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(stuck, stretch=3)
        layout.addWidget(self.note)
        layout.addWidget(performance, stretch=2)
        layout.addWidget(buttons)

    def _button(self, text: str, slot) -> QPushButton:
        button = QPushButton(text)
        button.setAutoDefault(False)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    def _parcel_columns(self) -> list[Column[Parcel]]:
        words = self.controller.words
        return [
            Column(self.tr("Marketplace"), lambda p: p.marketplace),
            Column(self.tr("Order"), lambda p: p.order_number),
            Column(self.tr("Courier"), lambda p: words.value(p.courier)),
            Column(self.tr("Tracking number"), lambda p: p.tracking_number, tooltip=self._url),
            Column(self.tr("Shipped"), lambda p: words.day(p.shipped_at.date())),
            Column(self.tr("Days in transit"), lambda p: p.days_in_transit, align_right=True),
            Column(self.tr("Expected"), lambda p: p.expected_days, align_right=True),
            Column(self.tr("Promised delivery"), lambda p: self._when(p.promised_delivery)),
        ]

    def _figure_columns(self) -> list[Column[CourierFigures]]:
        words = self.controller.words

        def days(value: float | None) -> str:
            return number(words, value, 0 if value is None or value == int(value) else 1)

        return [
            Column(self.tr("Courier"), lambda f: words.value(f.courier)),
            Column(self.tr("Parcels"), lambda f: f.parcels, align_right=True),
            Column(self.tr("Delivered"), lambda f: f.delivered, align_right=True),
            Column(self.tr("With a promised date"), lambda f: f.with_promise, align_right=True),
            Column(self.tr("On time"), lambda f: rate(words, f.on_time_rate), align_right=True),
            Column(self.tr("Median days"), lambda f: days(f.median_days), align_right=True),
            Column(self.tr("90th percentile days"), lambda f: days(f.p90_days), True),
            Column(self.tr("Stale"), lambda f: f.stale, align_right=True),
            Column(self.tr("Lost"), lambda f: f.lost, align_right=True),
        ]

    def _url(self, parcel: Parcel) -> str | None:
        return parcel.tracking_url or None

    def _when(self, value) -> str:
        if value is None:
            return ""
        words = self.controller.words
        return words.moment(value) if isinstance(value, datetime) else words.day(value)

    def _figure_colour(self, figures: CourierFigures) -> str | None:
        worst = self.figures[0] if self.figures else None
        return WORST_COLOUR if figures is worst and figures.delaying > 0 else None

    # ---- reading -----------------------------------------------------------------------------

    def refresh(self) -> None:
        days = self.stale_days.value()
        try:
            self.parcels = self.desk.transit.in_transit(
                stale_days=None if days < 0 else days,
                courier=self.courier_box.currentData(),
                stale_only=not self.every.isChecked(),
            )
            self.figures = self.desk.courier_performance.performance(self.window_box.currentData())
        except UserError as exc:
            self.say(self.controller.words(exc.message), ok=False)
            return
        self._fill_couriers()
        self.parcel_model.reload()
        self.figure_model.reload()
        if not self.parcels:
            self.say(self.tr("No parcel is late in transit."), ok=True)

    def _fill_couriers(self) -> None:
        chosen = self.courier_box.currentData()
        codes = {p.courier_code: p.courier for p in self.desk.transit.in_transit(stale_only=False)}
        codes.update({f.courier_code: f.courier for f in self.figures})
        if chosen:
            codes.setdefault(chosen, chosen)
        self.courier_box.blockSignals(True)
        self.courier_box.clear()
        self.courier_box.addItem(self.tr("All couriers"), None)
        for code in sorted(c for c in codes if c):
            self.courier_box.addItem(self.controller.words.value(codes[code]), code)
        self.courier_box.setCurrentIndex(self.courier_box.findData(chosen) if chosen else 0)
        self.courier_box.blockSignals(False)

    def chosen(self) -> list[Parcel]:
        rows = sorted({index.row() for index in self.parcel_view.selectionModel().selectedRows()})
        return [self.parcel_model.row(r) for r in rows]

    def say(self, text: str, *, ok: bool) -> None:
        self.note.setText(text)
        self.note.setStyleSheet(OK_STYLE if ok else REFUSED_STYLE)

    def _changed(self, _changes) -> None:
        if self.isVisible() and not self._later.isActive():
            self._later.start()

    # ---- doing -------------------------------------------------------------------------------

    def open_tracking_pages(self) -> None:
        """The courier's tracking page of each parcel chosen, in the browser."""
        chosen = self.chosen()
        if not chosen:
            self.say(self.tr("Choose a parcel first."), ok=False)
            return
        pages = [p.tracking_url for p in chosen if p.tracking_url][:MOST_PAGES]
        for page in pages:
            self.open_url(QUrl(page))
        if not pages:
            self.say(self.tr("This courier has no tracking page."), ok=False)

    def reship_lost(self) -> None:
        """The chosen parcel is lost: its replacement joins the queue at Verify."""
        chosen = self.chosen()
        if len(chosen) != 1:
            self.say(self.tr("Choose the one parcel to reship."), ok=False)
            return
        order_id = chosen[0].order_id
        self.apply(lambda: self.desk.reships.reship(order_id, reason="lost")[1])

    def mark_chosen(self) -> None:
        shown = self.delivered_on.date()
        on = date(shown.year(), shown.month(), shown.day())
        ids = [p.order_id for p in self.chosen()]
        self.apply(self.desk.transit.deliver_orders, ids, on.isoformat())

    def paste_list(self) -> PasteDeliveriesDialog:
        dialog = PasteDeliveriesDialog(deliveries=self, parent=self)
        dialog.open()
        return dialog

    def from_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Tracking numbers delivered"),
            "",
            self.tr("CSV or text files (*.csv *.txt *.tsv);;All files (*)"),
        )
        if not path:
            return
        try:
            data = Path(path).read_bytes()
        except OSError as exc:
            said = Message("deliveries.cannot_read", file=path, why=exc.strerror or "")
            self.say(self.controller.words(said), ok=False)
            return
        self.apply(self.desk.transit.deliver_file, data, Path(path).name)

    def apply(self, use_case, *args) -> bool:
        """A use case of the window: its outcome said under the list, the bench told."""
        try:
            changes = use_case(*args)
        except UserError as exc:
            self.say(self.controller.words(exc.message), ok=False)
            return False
        self.controller.changed.emit(changes)
        self.refresh()
        self._later.stop()  # refreshed already: the bench's echo of these changes is not news
        self.say(self.controller.words(changes.message), ok=True)
        return True
