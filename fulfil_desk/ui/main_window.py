"""The workstation: the step page in the middle, the queue and the seller scores in docks.

Below 1800 px (1366, 1440, 1600) the scores share the queue's dock (a tab each); wider screens show
them on the right. Each station remembers its window, docks, column widths and UI scale.
"""

from __future__ import annotations

from contextlib import suppress
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QDockWidget, QLabel, QMainWindow, QStackedWidget

from fulfil_desk.core.bench.commands import DONE
from fulfil_desk.core.bench.outcome import Cue
from fulfil_desk.core.bench.scanner import QUEUE
from fulfil_desk.core.bench.workflow import Step
from fulfil_desk.core.kernel.changes import Changes
from fulfil_desk.core.kernel.errors import DatabaseUnreachable
from fulfil_desk.ui import window_menus
from fulfil_desk.ui.boundary import LayoutBoundary
from fulfil_desk.ui.dialogs.buyer_message_dialog import open_buyer_message
from fulfil_desk.ui.languages import system_language
from fulfil_desk.ui.pages.done import DonePage
from fulfil_desk.ui.pages.handover import HandoverPage
from fulfil_desk.ui.pages.label import LabelPage
from fulfil_desk.ui.pages.pack import PackPage
from fulfil_desk.ui.pages.pick import PickPage
from fulfil_desk.ui.pages.receive import ReceivePage
from fulfil_desk.ui.pages.returns import ReturnsPage
from fulfil_desk.ui.pages.stock import CountPage, GoodsInPage
from fulfil_desk.ui.pages.tracking import TrackingPage
from fulfil_desk.ui.pages.verify import VerifyPage
from fulfil_desk.ui.panels.queue import QueuePanel
from fulfil_desk.ui.panels.scores import ScoresPanel
from fulfil_desk.ui.typography import apply_scale, step

if TYPE_CHECKING:
    from fulfil_desk.ui.controller import DeskController

IDLE_MS = 1500  # no scan for this long: the station is idle
WIDE = 1800  # from this screen width the scores get a dock of their own, on the right
SCORES_WIDTH = 480


class MainWindow(QMainWindow):
    reopen_requested = Signal()  # the database was restored: rebuild the window on it
    # The window in another language (a code), and what it says first (a Message, or None):
    # chosen in the Language menu, or a badge of a packer who reads another language.
    language_requested = Signal(str, object)

    def __init__(
        self,
        *,
        controller: DeskController,
        parent=None,
        speaker,
        view_settings,
        side_views_after_paint=False,
    ):
        """`speaker` plays each verdict's sound (ui/sounds.py); `view_settings` keeps this
        station's window as it was left (ui/view_settings.py). `side_views_after_paint`: the
        scores panel and the capacity strip are filled once the window is on screen (the
        scores' first fill counts every marketplace's eight windows), not before the queue."""
        super().__init__(parent)
        self.controller = controller
        self.speaker = speaker
        self.view_settings = view_settings
        self.setWindowTitle(self.tr("fulfil-desk"))
        self.queue = QueuePanel(desk=controller.desk, words=controller.words)
        self.queue.open_requested.connect(controller.open_order)
        self.queue.pick_requested.connect(self._pick)
        self.queue.message_requested.connect(lambda order_id: open_buyer_message(self, order_id))
        self.pages = {
            QUEUE: ReceivePage(controller=controller),
            Step.VERIFY.value: VerifyPage(controller=controller),
            Step.PICK.value: PickPage(controller=controller),
            Step.PACK.value: PackPage(controller=controller),
            Step.LABEL.value: LabelPage(controller=controller),
            Step.TRACKING.value: TrackingPage(controller=controller),
            DONE: DonePage(controller=controller),
            "goods_in": GoodsInPage(controller=controller),
            "count": CountPage(controller=controller),
            "returns": ReturnsPage(controller=controller),
            "handover": HandoverPage(controller=controller),
        }
        self.stack = QStackedWidget()
        for page in self.pages.values():
            self.stack.addWidget(page)
        # Each part lays itself out alone: a new verdict repaints the page, not the window.
        self.setCentralWidget(LayoutBoundary(child=self.stack))
        self.queue_dock = self._dock(
            self.tr("Queue"), "queueDock", LayoutBoundary(child=self.queue)
        )
        self.scores = ScoresPanel(controller=controller, refocus=self._scan_box_again)
        self.scores_dock = self._dock(self.tr("Seller scores"), "scoresDock", self.scores)
        self._place_docks()
        self.menus = window_menus.build(self)
        self._after_verdict = Changes()  # what the scan being answered changed
        controller.changed.connect(self._on_changed)
        controller.scan_answered.connect(self._refresh_after_verdict)
        # Database housekeeping once the scanner has been quiet for a moment, not in a scan.
        controller.desk.checkpoint_when_idle()
        self._idle = QTimer(self, singleShot=True, interval=IDLE_MS)
        self._idle.timeout.connect(self._on_idle)
        controller.scan_answered.connect(self._idle.start)
        self._idle.start()
        controller.page_changed.connect(self.show_page)
        controller.verdict.connect(self._show_verdict)
        controller.message.connect(self._show_message)
        self.where = QLabel()
        self.statusBar().addWidget(self.where, stretch=1)
        self._status()
        self.queue.widths_kept = view_settings.remember_header(
            "queue", self.queue.view.horizontalHeader()
        )
        apply_scale(self, view_settings.scale)
        self.queue.refresh(capacity=not side_views_after_paint)
        self._side_views_due = side_views_after_paint
        if not side_views_after_paint:
            self.scores.refresh()
        self.show_page()
        for news in controller.desk.open_news:  # the layouts moved in
            self.page.show_message(controller.words(news), True)
        for note in controller.desk.open_notes:  # e.g. the daily backup failed
            self.page.show_message(controller.words(note), False)

    def _dock(self, title: str, name: str, widget) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)  # saveState() finds it by name
        dock.setWidget(widget)
        dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable)
        return dock

    def _place_docks(self) -> None:
        """As this station left them; else the queue on the left and the scores beside it on
        a wide screen, behind it (a tab) on a narrow one."""
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.queue_dock)
        screen = QGuiApplication.primaryScreen()
        wide = screen is not None and screen.availableGeometry().width() >= WIDE
        if wide:
            self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.scores_dock)
        else:
            self.tabifyDockWidget(self.queue_dock, self.scores_dock)
            self.queue_dock.raise_()
        if wide:
            self.resizeDocks([self.scores_dock], [SCORES_WIDTH], Qt.Orientation.Horizontal)
        state = self.view_settings.window_state()
        # Until the window has settled, the queue's dock is as wide as its columns need.
        self._fit_queue = state is None or not self.restoreState(state)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        if self._fit_queue:
            self._fit_queue_dock()

    def _fit_queue_dock(self) -> None:
        width = min(self.queue.columns_width() + 12, int(self.width() * 0.45))
        if abs(self.queue_dock.width() - width) > 4:
            self.resizeDocks([self.queue_dock], [width], Qt.Orientation.Horizontal)

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

    def _status(self) -> None:
        desk = self.controller.desk
        packer = desk.actor if desk.packers.current_packer() else self.tr("no badge scanned")
        text = self.tr("Database: {path} · station {station} · packer {packer}").format(
            path=desk.shown, station=desk.station, packer=packer
        )
        if (low := desk.waybills.low_warning()) is not None:  # under 10 % of a band left
            text = f"{self.controller.words(low)} · {text}"
        if text != self.where.text():
            self.where.setText(text)

    # ---- verdicts ----------------------------------------------------------------------------

    def _show_verdict(self, outcome) -> None:
        """A scan's verdict: the banner in its tone, the page's edges flashed on a refusal, and
        the sound of what happened."""
        self.page.show_verdict(self.controller.words(outcome.message), outcome.tone, outcome.heard)
        self.speaker.play(outcome.heard)

    def _show_message(self, text: str, ok: bool) -> None:
        """What a button or dialog did, on the bench's banner."""
        self.page.show_message(text, ok)
        if not ok:
            self.speaker.play(Cue.REFUSED)

    # ---- the UI scale: Ctrl + / Ctrl − ----------------------------------------------------

    def zoom(self, direction: int) -> None:
        """One step bigger (+1), smaller (−1), or back to 100 % (0); remembered."""
        scale = 1.0 if direction == 0 else step(self.view_settings.scale, direction)
        self.view_settings.scale = scale
        apply_scale(self, scale)
        self.queue.fit_columns()  # larger type: wider columns, and a dock to hold them
        self._fit_queue_dock()
        self._scan_box_again()

    # ---- pages and refreshes ---------------------------------------------------------------

    def show_page(self) -> None:
        page = self.pages[self.controller.state.page]
        self.stack.setCurrentWidget(page)
        page.refresh()
        page.scan_box.setFocus()
        self._status()

    def _on_changed(self, changes) -> None:
        """The step page at once: it shows the verdict. After a scan, the queue and the scores
        panel wait until the verdict is painted (`_refresh_after_verdict`)."""
        with suppress(DatabaseUnreachable):  # the views kept: see _refresh_after_verdict
            self._show_changes(changes)

    def _show_changes(self, changes) -> None:
        if changes.packer is not None:
            self._speak_for(changes)
        if not self.controller.scanning:
            self._refresh_views(changes)
            self.page.refresh()
            return
        self._after_verdict |= changes
        if self.pages[self.controller.state.page] is self.page:
            self.page.refresh()  # else the page changes next and is refreshed then

    def _refresh_after_verdict(self) -> None:
        changes, self._after_verdict = self._after_verdict, Changes()
        # A server gone away: the views keep what they showed, the banner says it is gone,
        # and the next scan says it again.
        with suppress(DatabaseUnreachable):
            self._refresh_now(changes)

    def _refresh_now(self, changes) -> None:
        views_due = bool(changes.orders or changes.queue or changes.settings or changes.scores)
        if views_due or self.page.work_after_verdict():
            # The verdict on screen now, before what can wait: the page laid out (new, or
            # with new rows and texts), then what changed painted, as at the next paint.
            QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
            QCoreApplication.sendPostedEvents(None, QEvent.Type.UpdateRequest)
        if views_due:
            self._refresh_views(changes)
        self._status()  # a packer's badge changes it
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

    def _on_idle(self) -> None:
        self._fit_queue = False  # the window has settled: its docks are the packer's now
        self.controller.desk.idle()
        self.view_settings.save(self)  # a killed app keeps its window as it was a moment ago

    def childEvent(self, event) -> None:  # noqa: N802 - Qt's name
        """A dialog of this window (help, import, statistics, …) is about to show: in the
        station's scale too. Qt gives a dialog the application's font, not its parent's."""
        super().childEvent(event)
        child = event.child()
        if event.polished() and isinstance(child, QDialog) and not child.property("uiScale"):
            apply_scale(child, self.view_settings.scale)

    def choose_language(self, lang: str) -> None:
        """This station's language from now on (a badge with its own language still wins)."""
        if self.controller.run(self.controller.desk.settings.set, "language", lang) is not None:
            self.language_requested.emit(lang, None)

    def _speak_for(self, changes) -> None:
        """A badge: the window in its packer's language (else the station's), once the scan
        that brought it is over; the new window says whose badge it was."""
        desk = self.controller.desk
        lang = changes.language or desk.settings.language() or system_language()
        if lang != self.controller.words.lang:
            QTimer.singleShot(0, lambda: self.language_requested.emit(lang, changes.message))

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        self.view_settings.save(self)
        super().closeEvent(event)

    def _pick(self, order_ids: list[int]) -> None:
        self.controller.pick(order_ids)

    # ---- dialogs: each gives the scan box its focus back when it closes --------------------

    def _scan_box_again(self, *_result) -> None:
        """After a dialog: the window is active again and the scanner types into the scan box."""
        self.activateWindow()
        self.page.scan_box.setFocus()

    def _opened(self, dialog, name: str, *, modal: bool = True):
        dialog.finished.connect(self._scan_box_again)
        dialog.finished.connect(dialog.deleteLater)
        setattr(self, name, dialog)
        dialog.open() if modal else dialog.show()
        return dialog

    def open_import(self, path=None):
        """Orders ▸ Import: preview, then import."""
        from fulfil_desk.ui.dialogs.import_dialog import ImportDialog

        dialog = self._opened(
            ImportDialog(controller=self.controller, parent=self, path=path), "import_dialog"
        )
        if path is None:
            dialog.choose_file()
        return dialog

    def open_export(self):
        """Orders ▸ Export tracking: the confirmation file for a marketplace's upload."""
        from fulfil_desk.ui.dialogs.export_dialog import ExportDialog

        return self._opened(ExportDialog(controller=self.controller, parent=self), "export_dialog")

    def open_restore(self):
        """Database ▸ Restore from backup…; after a restore the window is rebuilt on it."""
        from fulfil_desk.ui.dialogs.backup_dialog import RestoreDialog

        dialog = RestoreDialog(controller=self.controller, parent=self)
        dialog.restored.connect(self.reopen_requested)
        return self._opened(dialog, "restore_dialog")

    def open_calendar(self):
        from fulfil_desk.ui.panels.calendar import CalendarDialog

        return self._opened(
            CalendarDialog(controller=self.controller, parent=self), "calendar_dialog"
        )

    def open_stock_levels(self):
        """Stock levels beside the bench, not modal."""
        from fulfil_desk.ui.panels.stock_levels import StockLevelsDialog

        dialog = StockLevelsDialog(controller=self.controller, parent=self)
        return self._opened(dialog, "stock_dialog", modal=False)

    def open_help(self):
        """F1: what the page the packer is on accepts, and what Enter does."""
        from fulfil_desk.ui.dialogs.help_dialog import HelpDialog

        dialog = HelpDialog(
            page=self.controller.state.page, words=self.controller.words, parent=self
        )
        return self._opened(dialog, "help_dialog")

    def stock_page(self, command: str) -> None:
        """Goods in, cycle count or returns, as if the command were scanned on the queue."""
        if self.controller.state.page != QUEUE:
            self.controller.back_to_queue()
        self.controller.scan(command)

    def export_shippable(self) -> None:
        from fulfil_desk.ui.panels.stock_levels import export_shippable

        export_shippable(self, self.controller)
