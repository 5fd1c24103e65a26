"""Database ▸ Back up now and Restore from backup…, driven as a person drives them: the
window is rebuilt on the restored data by the composition root."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
import shiboken6
from big_files import files_in, grow
from cli_helpers import dump
from PySide6.QtWidgets import QMessageBox
from windows import make_workstation

from fulfil_desk.core.desk import Desk
from fulfil_desk.core.kernel.clock import FixedClock
from fulfil_desk.ui.dialogs.backup_dialog import back_up_now

NOW = datetime(2026, 6, 18, 10, 0, tzinfo=ZoneInfo("Asia/Seoul"))


@pytest.fixture
def station(qtbot, tmp_path):
    clock = FixedClock(NOW)
    desk = Desk.open(tmp_path / "shop.db", clock=clock, actor="tester")
    desk.exchange.fill_demo(4)
    station = make_workstation(desk, tmp_path)
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
    qtbot.waitUntil(lambda: "Backed up to" in window.page.message.text())
    (backup,) = desk.backups.backups()
    assert backup.orders == 4

    desk.exchange.fill_demo(9)  # more orders after the backup
    assert desk.orders.queue_count() == 9
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
    assert new.controller.desk.orders.queue_count() == 4
    assert new.queue.model.rowCount() == 4
    qtbot.waitUntil(lambda: not shiboken6.isValid(window))  # the old one is gone
    kinds = sorted(b.kind for b in new.controller.desk.backups.backups())
    assert kinds == ["before-restore", "manual"]


def test_cancelling_the_restore_changes_nothing(qtbot, station):
    window = station.window
    desk = window.controller.desk
    desk.backups.back_up()
    desk.exchange.fill_demo(6)
    dialog = window.open_restore()
    qtbot.waitExposed(dialog)
    box = dialog.ask()
    qtbot.waitExposed(box)
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert station.window is window and desk.orders.queue_count() == 6
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


def test_back_up_now_shows_its_progress_on_a_worker_thread(qtbot, station):
    window = station.window
    desk = window.controller.desk
    grow(desk.path, 4)
    run = back_up_now(window, pages=64)
    with qtbot.waitSignal(run.succeeded, timeout=30_000):
        pass
    seen = run.steps  # recorded from before the worker started: no step can be missed
    assert len(seen) >= 10 and seen == sorted(seen) and seen[-1][0] == seen[-1][1]
    assert run.shown == seen  # the bar moved with every step, to its end
    assert "Backed up to" in window.page.message.text()
    (backup,) = desk.backups.backups()
    assert backup.orders == 4


def test_cancelling_back_up_now_leaves_no_file_and_keeps_the_backups(qtbot, station):
    window = station.window
    desk = window.controller.desk
    desk.settings.set("backup_keep", 1)
    desk.backups.back_up()  # the one backup kept: a finished new one would delete it
    grow(desk.path, 8)
    before = files_in(desk.backups.backup_folder())
    run = back_up_now(window, pages=1)  # 2,000 steps: Cancel lands in the middle
    with qtbot.waitSignal(run.failed, timeout=30_000) as failed:
        run.cancel_work()
    assert failed.args == [
        "Backup cancelled: no file was written and the earlier backups are kept.",
        True,
    ]
    assert files_in(desk.backups.backup_folder()) == before  # no new file, no .part, none deleted
    assert window.page.message.text().startswith("Backup cancelled")
    assert "b71c1c" not in window.page.message.styleSheet()  # asked for: not an error


def test_cancelling_a_restore_midway_leaves_the_database_as_it_was(qtbot, station):
    window = station.window
    desk = window.controller.desk
    backup, _ = desk.backups.back_up()
    desk.exchange.fill_demo(7)
    grow(desk.path, 4)
    before = dump(desk.path)
    files = files_in(desk.backups.backup_folder())
    dialog = window.open_restore()
    qtbot.waitExposed(dialog)
    dialog.pages = 64
    steps = []

    def press_cancel_at_the_third_step(done, total):
        steps.append(done)
        if len(steps) == 3:
            dialog.progress.cancel()  # as the Cancel button does

    dialog.progressed.connect(press_cancel_at_the_third_step)
    dialog.chosen = backup.path
    dialog.restore()
    assert len(steps) == 3 and steps == sorted(steps)
    assert dialog.note.text().startswith("Restore cancelled")
    assert dump(desk.path) == before and files_in(desk.backups.backup_folder()) == files
    assert station.window is window and desk.orders.queue_count() == 7
    dialog.close()
