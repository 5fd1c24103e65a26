"""The workstation: queue | step page | scores."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (
    QDockWidget,
    QFileDialog,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
)

from fulfil_desk.core.bench import QUEUE
from fulfil_desk.core.workflow import Step
from fulfil_desk.ui import printing
from fulfil_desk.ui.pages.label import LabelPage
from fulfil_desk.ui.pages.pack import PackPage
from fulfil_desk.ui.pages.pick import PickPage
from fulfil_desk.ui.pages.receive import ReceivePage
from fulfil_desk.ui.pages.tracking import TrackingPage
from fulfil_desk.ui.pages.verify import VerifyPage
from fulfil_desk.ui.panels.queue import QueuePanel
from fulfil_desk.ui.panels.scores import ScoresPanel


class MainWindow(QMainWindow):
    def __init__(self, controller, parent=None):
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
        }
        self.stack = QStackedWidget()
        for page in self.pages.values():
            self.stack.addWidget(page)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.queue)
        splitter.addWidget(self.stack)
        splitter.setSizes([560, 840])
        self.setCentralWidget(splitter)
        scores = QDockWidget(self.tr("Seller scores"), self)
        scores.setObjectName("scoresDock")
        scores.setWidget(ScoresPanel())
        scores.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, scores)
        self._menus()
        controller.changed.connect(self._on_changed)
        controller.page_changed.connect(self.show_page)
        controller.message.connect(lambda text, ok: self.page.show_message(text, ok))
        self.statusBar().showMessage(self.tr("Database: {path}").format(path=controller.desk.path))
        self.queue.refresh()
        self.show_page()

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
        menu.addAction(import_action)
        menu.addAction(back)
        self.printer_menu = self.menuBar().addMenu(self.tr("&Printer"))
        self.printer_menu.aboutToShow.connect(self._fill_printer_menu)

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
        if changes.queue or changes.orders:
            self.queue.refresh()
        self.page.refresh()

    def _pick(self, order_ids: list[int]) -> None:
        self.controller.pick(order_ids)

    def _import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import orders"),
            "",
            self.tr("Order files (*.csv *.txt *.tsv);;All files (*)"),
        )
        self.page.scan_box.setFocus()
        if not path:
            return
        result = self.controller.run(self.controller.desk.import_orders, Path(path))
        if result is None:
            return
        report = result[0]
        details = [p.sentence() for p in report.skipped] + report.warnings
        if details:
            QMessageBox.warning(self, self.tr("Import"), "\n".join([report.summary(), *details]))
