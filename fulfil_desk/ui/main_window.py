"""The workstation: queue | step page | scores."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (
    QDockWidget,
    QMainWindow,
    QSplitter,
    QStackedWidget,
)

from fulfil_desk.core.bench import QUEUE
from fulfil_desk.core.changes import Changes
from fulfil_desk.core.workflow import Step
from fulfil_desk.ui import printing
from fulfil_desk.ui.backup_dialog import RestoreDialog, add_database_menu
from fulfil_desk.ui.batch_label_dialog import add_batch_label_action
from fulfil_desk.ui.boundary import LayoutBoundary
from fulfil_desk.ui.pages.label import LabelPage
from fulfil_desk.ui.pages.pack import PackPage
from fulfil_desk.ui.pages.pick import PickPage
from fulfil_desk.ui.pages.receive import ReceivePage
from fulfil_desk.ui.pages.stock import CountPage, GoodsInPage
from fulfil_desk.ui.pages.tracking import TrackingPage
from fulfil_desk.ui.pages.verify import VerifyPage
from fulfil_desk.ui.panels.queue import QueuePanel
from fulfil_desk.ui.panels.scores import ScoresPanel

IDLE_MS = 1500  # no scan for this long: the station is idle


class MainWindow(QMainWindow):
    reopen_requested = Signal()  # the database was restored: rebuild the window on it

    def __init__(self, controller, parent=None, *, side_views_after_paint: bool = False):
        """`side_views_after_paint`: the scores panel and the capacity strip are filled once
        the window is on screen (the scores' first fill counts every marketplace's eight
        windows), not before the queue shows."""
        super().__init__(parent)
        self.controller = controller
        self.setWindowTitle(self.tr("fulfil-desk"))
        self.queue = QueuePanel(controller.desk)
        self.queue.open_requested.connect(controller.open_order)
        self.queue.pick_requested.connect(self._pick)
        self.pages = {
            QUEUE: ReceivePage(controller),
            Step.VERIFY.value: VerifyPage(controller),
            Step.PICK.value: PickPage(controller),
            Step.PACK.value: PackPage(controller),
            Step.LABEL.value: LabelPage(controller),
            Step.TRACKING.value: TrackingPage(controller),
            "goods_in": GoodsInPage(controller),
            "count": CountPage(controller),
        }
        self.stack = QStackedWidget()
        for page in self.pages.values():
            self.stack.addWidget(page)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        # Each side lays itself out alone: a new verdict repaints the page, not the window.
        splitter.addWidget(LayoutBoundary(self.queue))
        splitter.addWidget(LayoutBoundary(self.stack))
        splitter.setSizes([700, 700])  # the queue has seven columns to show
        self.setCentralWidget(splitter)
        scores = QDockWidget(self.tr("Seller scores"), self)
        scores.setObjectName("scoresDock")
        self.scores = ScoresPanel(controller, refocus=self._scan_box_again)
        scores.setWidget(self.scores)
        scores.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, scores)
        self.resizeDocks([scores], [430], Qt.Orientation.Horizontal)
        self._menus()
        self._after_verdict = Changes()  # what the scan being answered changed
        controller.changed.connect(self._on_changed)
        controller.scan_answered.connect(self._refresh_after_verdict)
        # Database housekeeping once the scanner has been quiet for a moment, not in a scan.
        controller.desk.checkpoint_when_idle()
        self._idle = QTimer(self, singleShot=True, interval=IDLE_MS)
        self._idle.timeout.connect(controller.desk.idle)
        controller.scan_answered.connect(self._idle.start)
        self._idle.start()
        controller.page_changed.connect(self.show_page)
        controller.message.connect(lambda text, ok: self.page.show_message(text, ok))
        self.statusBar().showMessage(
            self.tr("Database: {path} · station {station}").format(
                path=controller.desk.path, station=controller.desk.station
            )
        )
        self.queue.refresh(capacity=not side_views_after_paint)
        self._side_views_due = side_views_after_paint
        if not side_views_after_paint:
            self.scores.refresh()
        self.show_page()
        for note in controller.desk.open_notes:  # e.g. the daily backup failed
            self.page.show_message(note, False)

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().paintEvent(event)
        if self._side_views_due:  # the first paint: the children follow in the same pass
            self._side_views_due = False
            QTimer.singleShot(0, self, self._fill_side_views)

    def _fill_side_views(self) -> None:
        self.queue.capacity.refresh()
        self.scores.refresh()

    @property
    def page(self):
        return self.stack.currentWidget()

    def _menus(self) -> None:
        import_action = QAction(self.tr("&Import orders…"), self)
        import_action.setShortcut(QKeySequence.StandardKey.Open)
        import_action.triggered.connect(self._import)
        back = QAction(self.tr("Back to &queue"), self)
        back.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        back.triggered.connect(self.controller.back_to_queue)
        menu = self.menuBar().addMenu(self.tr("&Orders"))
        export_action = QAction(self.tr("&Export tracking…"), self)
        export_action.triggered.connect(self.open_export)
        menu.addAction(import_action)
        menu.addAction(export_action)
        add_batch_label_action(self, menu)
        menu.addAction(back)
        self.printer_menu = self.menuBar().addMenu(self.tr("&Printer"))
        self.printer_menu.aboutToShow.connect(self._fill_printer_menu)
        self._stock_menu()
        calendar_action = QAction(self.tr("&Non-shipping days…"), self)
        calendar_action.triggered.connect(self.open_calendar)
        self.menuBar().addMenu(self.tr("&Calendar")).addAction(calendar_action)
        add_database_menu(self)

    def open_restore(self) -> RestoreDialog:
        """Database ▸ Restore from backup…; after a restore the window is rebuilt on it."""
        dialog = RestoreDialog(self.controller, parent=self)
        dialog.restored.connect(self.reopen_requested)
        self._after_dialog(dialog)
        self.restore_dialog = dialog
        dialog.open()
        return dialog

    def open_calendar(self):
        """The shipping calendar; the scan box has focus again when it closes."""
        from fulfil_desk.ui.panels.calendar import CalendarDialog

        dialog = CalendarDialog(self.controller, parent=self)
        dialog.finished.connect(self._scan_box_again)
        dialog.finished.connect(dialog.deleteLater)
        self.calendar_dialog = dialog
        dialog.open()
        return dialog

    def _stock_menu(self) -> None:
        menu = self.menuBar().addMenu(self.tr("&Stock"))
        for text, key, slot in (
            (self.tr("&Goods in"), "F6", lambda: self.stock_page("GOODS-IN")),
            (self.tr("&Cycle count"), "F7", lambda: self.stock_page("COUNT")),
            (self.tr("Stock &levels…"), "F8", self.open_stock_levels),
            (self.tr("&Export shippable…"), None, self.export_shippable),
        ):
            action = QAction(text, self)
            if key:
                action.setShortcut(QKeySequence(key))
            action.triggered.connect(slot)
            menu.addAction(action)

    def stock_page(self, command: str) -> None:
        """Goods in or cycle count, as if the command were scanned on the queue."""
        if self.controller.state.page != QUEUE:
            self.controller.back_to_queue()
        self.controller.scan(command)

    def open_stock_levels(self):
        """Stock levels beside the bench, not modal; the scan box gets focus back after."""
        from fulfil_desk.ui.panels.stock_levels import StockLevelsDialog

        dialog = StockLevelsDialog(self.controller, parent=self)
        dialog.finished.connect(lambda _result: self.page.scan_box.setFocus())
        dialog.finished.connect(dialog.deleteLater)
        self.stock_dialog = dialog
        dialog.show()
        return dialog

    def export_shippable(self) -> None:
        from fulfil_desk.ui.panels.stock_levels import export_shippable

        export_shippable(self, self.controller)

    def _scan_box_again(self) -> None:
        """After a dialog: the window is active again and the scanner types into the scan box."""
        self.activateWindow()
        self.page.scan_box.setFocus()

    def _fill_printer_menu(self) -> None:
        """The label printer: a named queue, or the system default."""
        menu = self.printer_menu
        menu.clear()
        chosen = self.controller.desk.setting("printer")
        group = QActionGroup(menu)
        choices = [(None, self.tr("System default printer"))]
        choices += [(name, name) for name in printing.available_printers()]
        for name, text in choices:
            action = QAction(text, menu, checkable=True, checked=name == chosen)
            action.triggered.connect(lambda _=False, n=name: self._choose_printer(n))
            group.addAction(action)
            menu.addAction(action)

    def _choose_printer(self, name: str | None) -> None:
        self.controller.run(self.controller.desk.set_setting, "printer", name)
        self.page.refresh()

    def show_page(self) -> None:
        page = self.pages[self.controller.state.page]
        self.stack.setCurrentWidget(page)
        page.refresh()
        page.scan_box.setFocus()

    def _on_changed(self, changes) -> None:
        """The step page at once: it shows the verdict. After a scan, the queue and the scores
        panel wait until the verdict is painted (`_refresh_after_verdict`)."""
        if not self.controller.scanning:
            self._refresh_views(changes)
            self.page.refresh()
            return
        self._after_verdict |= changes
        if self.pages[self.controller.state.page] is self.page:
            self.page.refresh()  # else the page changes next and is refreshed then

    def _refresh_after_verdict(self) -> None:
        changes, self._after_verdict = self._after_verdict, Changes()
        views_due = bool(changes.orders or changes.queue or changes.settings or changes.scores)
        if views_due or self.page.work_after_verdict():
            # The verdict on screen now, before what can wait: the page laid out (new, or
            # with new rows and texts), then what changed painted, as at the next paint.
            QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
            QCoreApplication.sendPostedEvents(None, QEvent.Type.UpdateRequest)
        if views_due:
            self._refresh_views(changes)
        self.page.after_verdict()

    def _refresh_views(self, changes) -> None:
        # Bench progress only (verified, picked, packed, labelled): still open, same dates,
        # so neither the load per day, nor a score, nor the orders at risk can change.
        progress = bool(changes.orders) and not changes.scored_orders
        progress = progress and not (changes.settings or changes.scores)
        if changes.queue or changes.orders:
            self.queue.refresh(capacity=not progress)
        if not progress:
            self.scores.on_changes(replace(changes, orders=changes.scored_orders))

    def _pick(self, order_ids: list[int]) -> None:
        self.controller.pick(order_ids)

    def _import(self) -> None:
        self.open_import()

    def open_import(self, path: Path | None = None):
        """Orders ▸ Import: preview, then import; the scan box has focus again after."""
        from fulfil_desk.ui.import_dialog import ImportDialog

        dialog = ImportDialog(self.controller, self, path=path)
        self._after_dialog(dialog)
        self.import_dialog = dialog
        dialog.open()
        if path is None:
            dialog.choose_file()
        return dialog

    def open_export(self):
        """Orders ▸ Export tracking: the confirmation file for a marketplace's upload."""
        from fulfil_desk.ui.export_dialog import ExportDialog

        dialog = ExportDialog(self.controller, self)
        self._after_dialog(dialog)
        self.export_dialog = dialog
        dialog.open()
        return dialog

    def _after_dialog(self, dialog) -> None:
        def focus(_result) -> None:
            self.activateWindow()
            self.page.scan_box.setFocus()

        dialog.finished.connect(focus)
        dialog.finished.connect(dialog.deleteLater)
