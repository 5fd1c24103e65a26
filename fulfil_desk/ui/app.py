"""Composition root of the GUI: one QApplication, one Desk, one Bench, one window."""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path

from platformdirs import user_documents_dir, user_log_dir
from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox

from fulfil_desk.core.bench import Bench
from fulfil_desk.core.resources import resource_path
from fulfil_desk.ui.controller import DeskController
from fulfil_desk.ui.main_window import MainWindow

log = logging.getLogger("fulfil_desk")


def build_window(desk, *, label_dir: Path | None = None) -> MainWindow:
    """The window on a Desk, resumed at the order this station had open."""
    bench = Bench(desk)
    bench.resume()
    controller = DeskController(
        desk=desk,
        bench=bench,
        label_dir=label_dir or Path(user_documents_dir()) / "fulfil-desk" / "labels",
    )
    window = MainWindow(controller)
    controller.setParent(window)
    return window


def _install_translations(app: QApplication) -> None:
    locale = QLocale.system()
    for directory, stem in (
        (QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath), "qtbase"),
        (str(resource_path("translations")), "fulfil_desk"),
    ):
        translator = QTranslator(app)
        if translator.load(locale, stem, "_", directory):
            app.installTranslator(translator)


def _crash_dialog_hook(log_file: Path):
    def hook(kind, value, tb):
        text = "".join(traceback.format_exception(kind, value, tb))
        log.error("unexpected error\n%s", text)
        QMessageBox.critical(
            None,
            "fulfil-desk",
            QApplication.translate(
                "app",
                "Something went wrong inside fulfil-desk. Your scans are saved. "
                "Please send {log} to support.\n\n{error}",
            ).format(log=log_file, error=value),
        )

    return hook


def run(desk) -> int:
    log_dir = Path(user_log_dir("fulfil-desk", appauthor=False))
    log_dir.mkdir(parents=True, exist_ok=True)
    log_file = log_dir / "fulfil-desk.log"
    logging.basicConfig(filename=log_file, level=logging.INFO)
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("fulfil-desk")
    _install_translations(app)
    sys.excepthook = _crash_dialog_hook(log_file)
    window = build_window(desk)
    window.resize(1400, 860)
    window.showMaximized()  # a bench screen is the app's alone
    return app.exec()
