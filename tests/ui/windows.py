"""The main window as the tests build it: a speaker that records which sound each verdict
chose (there is no sound server here), and this test's own file of remembered views."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from fulfil_desk.ui.app import Workstation, build_window
from fulfil_desk.ui.languages import UiLanguage
from fulfil_desk.ui.sounds import RecordingSpeaker
from fulfil_desk.ui.view_settings import ViewSettings


def view_settings(folder: Path, station: str) -> ViewSettings:
    ini = QSettings(str(folder / "view.ini"), QSettings.Format.IniFormat)
    return ViewSettings(settings=ini, station=station)


def parts(desk, folder: Path) -> dict:
    return {
        "label_dir": folder / "labels",
        "speaker": RecordingSpeaker(),
        "view_settings": view_settings(folder, desk.station),
    }


def make_window(desk, folder: Path, **options):
    return build_window(desk, **parts(desk, folder), **options)


def make_workstation(desk, folder: Path, language: UiLanguage | None = None, **options):
    """`language`: the translators the station installs (a test that switches language puts
    English back through the same one)."""
    language = language or UiLanguage(app=QApplication.instance())
    return Workstation(desk=desk, language=language, **parts(desk, folder), **options)
