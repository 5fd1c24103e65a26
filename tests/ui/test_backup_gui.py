"""Database ▸ Back up now and Restore from backup…, driven as a person drives them: the
window is rebuilt on the restored data by the composition root."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
import shiboken6
from PySide6.QtWidgets import QMessageBox

from fulfil_desk.core.clock import FixedClock
from fulfil_desk.core.desk import Desk
from fulfil_desk.ui.app import Workstation

NOW = datetime(2026, 6, 18, 10, 0, tzinfo=ZoneInfo("Asia/Seoul"))


@pytest.fixture
def station(qtbot, tmp_path):
    clock = FixedClock(NOW)
    desk = Desk.open(tmp_path / "shop.db", clock=clock, actor="tester")
    desk.fill_demo(4)
    station = Workstation(desk, label_dir=tmp_path / "labels")
    with qtbot.waitActive(station.window):
        station.window.show()
        station.window.activateWindow()
    yield station
    # Not qtbot.addWidget: a restore replaces (and deletes) the window qtbot would close.
    window = station.window
    window.close()
    window.controller.desk.close()
    window.deleteLater()


def menu_action(window, menu_title: str, text: str):
    for menu_action in window.menuBar().actions():
        if menu_action.text().replace("&", "") == menu_title:
            for action in menu_action.menu().actions():
                if action.text().replace("&", "") == text:
                    return action
    raise AssertionError(f"no {menu_title} ▸ {text}")


def test_back_up_now_and_restore_reopen_the_window_on_the_restored_data(qtbot, station):
    window = station.window
    desk = window.controller.desk
    menu_action(window, "Database", "Back up now").trigger()
    assert "Backed up to" in window.page.message.text()
    (backup,) = desk.backups()
    assert backup.orders == 4

    desk.fill_demo(9)  # more orders after the backup
    assert desk.queue_count() == 9
    menu_action(window, "Database", "Restore from backup…").trigger()
    dialog = window.restore_dialog
    qtbot.waitExposed(dialog)
    assert dialog.model.rowCount() == 1
    assert dialog.model.index(0, 2).data() == "4"  # the order count of the backup
    box = dialog.ask()
    qtbot.waitExposed(box)
    with qtbot.waitSignal(window.reopen_requested):
        box.button(QMessageBox.StandardButton.Yes).click()

    new = station.window
    assert new is not window and new.isVisible()
    assert new.controller.desk is not desk
    assert new.controller.desk.queue_count() == 4
    assert new.queue.model.rowCount() == 4
    qtbot.waitUntil(lambda: not shiboken6.isValid(window))  # the old one is gone
    kinds = sorted(b.kind for b in new.controller.desk.backups())
    assert kinds == ["before-restore", "manual"]


def test_cancelling_the_restore_changes_nothing(qtbot, station):
    window = station.window
    desk = window.controller.desk
    desk.back_up()
    desk.fill_demo(6)
    dialog = window.open_restore()
    qtbot.waitExposed(dialog)
    box = dialog.ask()
    qtbot.waitExposed(box)
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert station.window is window and desk.queue_count() == 6
    dialog.close()


def test_a_refused_backup_file_is_said_in_the_dialog(qtbot, station, tmp_path):
    window = station.window
    dialog = window.open_restore()
    qtbot.waitExposed(dialog)
    assert "No backups yet" in dialog.note.text()
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"x" * 5000)
    assert dialog.ask(junk) is None
    assert "not a SQLite database" in dialog.note.text()
    dialog.close()
