"""The window as a packer meets it; each test module's `db_path` fixture says which shop."""

from __future__ import annotations

import pytest
from bench_driver import MONDAY_MORNING

from fulfil_desk.core.clock import FixedClock
from fulfil_desk.core.desk import Desk
from fulfil_desk.ui.app import build_window


@pytest.fixture
def open_window(qtbot, db_path, tmp_path):
    """`open_window()` opens the main window on the shop, active, as after a restart."""
    opened = []

    def open_():
        desk = Desk.open(db_path, clock=FixedClock(MONDAY_MORNING))
        window = build_window(desk, label_dir=tmp_path / "labels")
        qtbot.addWidget(window)
        with qtbot.waitActive(window):
            window.show()
            window.activateWindow()
        opened.append(desk)
        return window

    yield open_
    for desk in opened:
        desk.close()
