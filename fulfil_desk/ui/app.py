"""Composition root of the GUI: one QApplication, one Desk, one Bench, one window."""

from __future__ import annotations

import gc
import logging
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from platformdirs import user_documents_dir, user_log_dir
from PySide6.QtWidgets import QApplication, QMessageBox

from fulfil_desk.core.bench.scanner import Bench
from fulfil_desk.core.kernel.errors import UserError
from fulfil_desk.ui.controller import DeskController
from fulfil_desk.ui.languages import UiLanguage, missing_font_note, system_language
from fulfil_desk.ui.main_window import MainWindow
from fulfil_desk.ui.sounds import Speaker, Speaks
from fulfil_desk.ui.view_settings import ViewSettings

if TYPE_CHECKING:
    from fulfil_desk.core.desk import Desk
    from fulfil_desk.core.kernel.messages import Message
    from fulfil_desk.core.wording.render import Wording

log = logging.getLogger("fulfil_desk")


def build_window(
    desk: Desk,
    *,
    label_dir: Path | None = None,
    speaker: Speaks,
    view_settings: ViewSettings,
    side_views_after_paint: bool = False,
    lang: str = "en",
) -> MainWindow:
    """The window on a Desk, resumed at the order this station had open, in `lang` (whose
    translators the caller installed)."""
    bench = Bench(desk=desk)
    note = bench.resume()  # why not on the order it had open: another station took it
    controller = DeskController(
        desk=desk,
        bench=bench,
        label_dir=label_dir or Path(user_documents_dir()) / "fulfil-desk" / "labels",
        lang=lang,
    )
    window = MainWindow(
        controller=controller,
        speaker=speaker,
        view_settings=view_settings,
        side_views_after_paint=side_views_after_paint,
    )
    controller.setParent(window)
    if note:
        window.page.show_message(controller.words(note), False)
    return window


class Workstation:
    """The one window and the Desk under it. After a restore both are opened anew on the
    restored data: a new Desk (migrated if the backup's schema was older), a new window in
    the old one's place; the old Desk is closed once its window is gone. A new language is
    a new window too, on the same Desk: every text is made again in it, nothing else moves."""

    def __init__(
        self,
        *,
        desk: Desk,
        speaker: Speaks,
        view_settings: ViewSettings,
        language: UiLanguage,
        label_dir: Path | None = None,
        side_views_after_paint: bool = False,
    ):
        self._label_dir = label_dir
        self._speaker = speaker
        self._view_settings = view_settings
        self._language = language
        self._side_views_after_paint = side_views_after_paint
        self.window = self._open(desk)

    def _open(self, desk: Desk) -> MainWindow:
        window = build_window(
            desk,
            label_dir=self._label_dir,
            speaker=self._speaker,
            view_settings=self._view_settings,
            side_views_after_paint=self._side_views_after_paint,
            lang=self._language.lang,
        )
        window.reopen_requested.connect(self.reopen)
        window.language_requested.connect(self.speak)
        return window

    def speak(self, lang: str, note: Message | None = None) -> MainWindow:
        """The window in `lang`, at once: the same Desk, the same open order and step; `note`
        is what it says first."""
        if lang == self._language.lang:
            return self.window
        self._language.install(lang)
        window = self._replace(self.window.controller.desk)
        if note is not None:
            window.page.show_message(window.controller.words(note), True)
        return window

    def reopen(self) -> MainWindow:
        old_desk = self.window.controller.desk
        self.window.destroyed.connect(lambda *_: old_desk.close())
        return self._replace(old_desk.open_again())

    def _replace(self, desk: Desk) -> MainWindow:
        old = self.window
        self.window = self._open(desk)
        self.window.setGeometry(old.geometry())
        if old.isMaximized():
            self.window.showMaximized()
        elif old.isVisible():
            self.window.show()
        old.close()
        old.deleteLater()
        return self.window


def show_fitted(window: MainWindow) -> None:
    """As this station left it; the first time, maximized on a screen it fits (a bench screen
    is the app's alone; 1366×768 is a common one)."""
    if (geometry := window.view_settings.geometry()) is not None and window.restoreGeometry(
        geometry
    ):
        window.show()
        window.activateWindow()
        return
    window.setGeometry(window.screen().availableGeometry())  # where no window manager maximizes
    window.showMaximized()
    window.activateWindow()  # the keyboard (the scanner, F1, Ctrl +) goes to it at once


def _crash_dialog_hook(log_file: Path, *, words: Callable[[], Wording | None] = lambda: None):
    """`words`: the window's, once there is one. A refusal that escaped a view (the database
    server gone while a panel read it again) is its own sentence, not a crash."""

    def hook(kind, value, tb):
        if isinstance(value, UserError) and (said := words()) is not None:
            log.warning("refused outside a scan: %s", said(value.message))
            title = QApplication.translate("app", "fulfil-desk")
            QMessageBox.warning(None, title, said(value.message))
            return
        text = "".join(traceback.format_exception(kind, value, tb))
        log.error("unexpected error\n%s", text)
        QMessageBox.critical(
            None,
            QApplication.translate("app", "fulfil-desk"),
            QApplication.translate(
                "app",
                "Something went wrong inside fulfil-desk. Your scans are saved. "
                "Please send {log} to support.\n\n{error}",
            ).format(log=log_file, error=value),
        )

    return hook


def run(desk: Desk, *, lang: str | None = None) -> int:
    """The GUI on `desk`, in `lang` (default: this station's language setting, else the
    system's when it is Korean or Chinese, else English)."""
    log_dir = Path(user_log_dir("fulfil-desk", appauthor=False))
    log_dir.mkdir(parents=True, exist_ok=True)
    log_file = log_dir / "fulfil-desk.log"
    logging.basicConfig(filename=log_file, level=logging.INFO)
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("fulfil-desk")
    language = UiLanguage(app=app)
    language.install(lang or desk.settings.language() or system_language())
    stations: list[Workstation] = []
    sys.excepthook = _crash_dialog_hook(
        log_file, words=lambda: stations[0].window.controller.words if stations else None
    )
    station = Workstation(
        desk=desk,
        language=language,
        speaker=Speaker(),
        view_settings=ViewSettings.for_station(desk.station),
        side_views_after_paint=True,  # the queue shows first
    )
    stations.append(station)
    show_fitted(station.window)
    if note := missing_font_note():
        log.warning(note)
        station.window.page.show_message(note, False)
    # What was built so far lives as long as the app: out of the cycle collector's way, so
    # that its full collections (which land on some scan) stay short.
    gc.freeze()
    return app.exec()
