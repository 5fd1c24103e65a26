"""The Packer statistics window on the two packers' day (tests/packer_day.py)."""

from __future__ import annotations

import pytest
from bench_driver import open_window  # a fixture, taken by name
from packer_day import KIM, WANG, two_packers_day
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QMenu

from fulfil_desk.ui.dialogs.stats_dialog import add_stats_action


@pytest.fixture
def db_path(tmp_path):
    two_packers_day(tmp_path / "shop.db")
    return tmp_path / "shop.db"


def cells(model, row: int) -> list[str]:
    return [model.data(model.index(row, c)) for c in range(model.columnCount())]


def open_from_menu(window):
    menu = QMenu(window)
    action = add_stats_action(window, menu)
    assert menu.actions() == [action]
    assert action.text().replace("&", "") == "Packer statistics…"
    action.trigger()
    return window.stats_dialog


def test_the_window_shows_each_packers_days_and_totals(qtbot, open_window, qtmodeltester):
    window = open_window()  # Monday 23 November: nothing done that day
    dialog = open_from_menu(window)
    assert dialog.isVisible() and not dialog.isModal()
    assert dialog.start_edit.date() == dialog.end_edit.date() == QDate(2026, 11, 23)
    assert dialog.model.rowCount() == 0 and "No bench work" in dialog.note.text()

    dialog.start_edit.setDate(QDate(2026, 6, 18))
    dialog.end_edit.setDate(QDate(2026, 6, 19))
    model = dialog.model
    qtmodeltester.check(model)
    assert [model.row(i)["packer"] for i in range(model.rowCount())] == [
        "tester", "tester", WANG, WANG, WANG, KIM, KIM,
    ]  # fmt: skip
    assert cells(model, 5)[:11] == [
        "Thu 18 Jun 2026", KIM, "2", "3", "3", "2", "10 min 30 s", "11.4", "17.1",
        "9 min 15 s", "15 min 00 s",
    ]  # fmt: skip
    assert cells(model, 5)[11:] == [
        "1", "1", "1", "0", "50.0", "1", "1", "0", "0", "10:00", "10:20",
    ]  # fmt: skip
    total = cells(model, 4)
    assert total[:2] == ["Total", WANG] and total[-2:] == [
        "Thu 18 Jun 2026 10:30",
        "Fri 19 Jun 2026 09:02",
    ]
    assert model.data(model.index(4, 0), Qt.ItemDataRole.BackgroundRole) is not None
    assert model.data(model.index(3, 0), Qt.ItemDataRole.BackgroundRole) is None
    assert cells(model, 0)[6:9] == ["0 s", "–", "–"]  # one moment: no active time, no rate

    box = dialog.packer_box
    assert [box.itemText(i) for i in range(box.count())] == ["All packers", "tester", WANG, KIM]
    box.setCurrentIndex(box.findData(KIM))
    assert [model.row(i)["day"] for i in range(model.rowCount())] == ["2026-06-18", None]
    dialog.end_edit.setDate(QDate(2026, 6, 18))  # the packer chosen stays chosen
    assert box.currentData() == KIM and model.rowCount() == 2

    dialog.start_edit.setDate(QDate(2026, 6, 20))  # after the last day
    assert model.rowCount() == 0
    assert "starts (Sat 20 Jun 2026) after it ends (Thu 18 Jun 2026)" in dialog.note.text()

    dialog.close()
    qtbot.waitUntil(lambda: window.page.scan_box.hasFocus())
    assert window.stats_dialog is None


def test_opening_it_twice_brings_the_one_window_forward(qtbot, open_window):
    window = open_window()
    dialog = open_from_menu(window)
    assert open_from_menu(window) is dialog
    dialog.close()


def test_while_open_it_follows_what_the_station_does(qtbot, open_window):
    window = open_window()
    dialog = open_from_menu(window)
    assert dialog.model.rowCount() == 0
    window.controller.scan("PACKER:Lee")  # a badge: from now on the station's events say Lee
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 2)
    assert [dialog.model.row(i)["packer"] for i in range(2)] == ["Lee", "Lee"]
    dialog.close()
