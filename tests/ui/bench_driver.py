"""Driving the window as a USB scanner does: keystrokes into the scan box, then Enter."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from windows import make_window

from fulfil_desk.core.desk import Desk
from fulfil_desk.core.kernel.clock import FixedClock

MONDAY_MORNING = datetime(2026, 11, 23, 9, 30, tzinfo=ZoneInfo("Asia/Seoul"))


def scan(qtbot, window, text: str) -> None:
    """Type the code into the focused scan box, then Enter (ASCII only: see tests/conftest)."""
    box = window.page.scan_box
    assert box.hasFocus(), f"the scan box of {window.page.title.text()} lost focus"
    if text:
        qtbot.keyClicks(box, text)
    qtbot.keyClick(box, Qt.Key.Key_Return)


def message(window) -> tuple[str, bool]:
    """The page's message line and whether it is an OK (not a red refusal)."""
    label = window.page.message
    return label.text(), "b71c1c" not in label.styleSheet()


def barcode(desk, sku: str) -> str:
    return desk.products.product(sku).barcodes[0]


@pytest.fixture
def open_window(qtbot, db_path, tmp_path):
    """`open_window()` opens the main window on the test module's `db_path` shop, active."""
    opened = []

    def open_():
        desk = Desk.open(db_path, clock=FixedClock(MONDAY_MORNING))
        window = make_window(desk, tmp_path)
        qtbot.addWidget(window)
        with qtbot.waitActive(window):
            window.show()
            window.activateWindow()
        opened.append(desk)
        return window

    yield open_
    for desk in opened:
        desk.close()
