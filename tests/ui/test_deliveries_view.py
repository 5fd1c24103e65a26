"""The Deliveries window on a shop whose parcels left last week: the stuck ones, their
tracking pages, marking them delivered, and the courier that delays most."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from bench_driver import MONDAY_MORNING
from PySide6.QtCore import QDate, QItemSelectionModel, Qt
from PySide6.QtWidgets import QMenu
from transit_shop import lotte, ship, stocked_desk
from windows import make_window

from fulfil_desk.core.desk import Desk
from fulfil_desk.core.kernel.clock import FixedClock
from fulfil_desk.ui.panels.deliveries import add_deliveries_action, open_deliveries

KST = ZoneInfo("Asia/Seoul")
STUCK = lotte("00000000001")  # Lotte, Mon 16 Nov: 5 shipping days by Mon 23 Nov
LATE = lotte("00000000002")  # Lotte, Tue 17 Nov: 4
CJ = "300000000003"  # CJ, Thu 19 Nov: Fri and Mon, 2: not stale


@pytest.fixture
def db_path(tmp_path):
    path = tmp_path / "shop.db"
    desk = stocked_desk(path, datetime(2026, 11, 10, 9, tzinfo=KST))
    ship(desk, "CP-1", datetime(2026, 11, 16, 15, tzinfo=KST), "HYUNDAI", STUCK)
    ship(desk, "CP-2", datetime(2026, 11, 17, 15, tzinfo=KST), "HYUNDAI", LATE)
    ship(desk, "CP-3", datetime(2026, 11, 19, 15, tzinfo=KST), "CJGLS", CJ)
    first = ship(desk, "CP-4", datetime(2026, 11, 11, 15, tzinfo=KST), "CJGLS", "300000000004")
    desk.clock = FixedClock(MONDAY_MORNING)
    desk.scores.record_delivery(first, promised_delivery="2026-11-13")
    desk.transit.mark_delivered("CP-4", at="2026-11-12T11:00:00+09:00")
    desk.close()
    return path


@pytest.fixture
def open_window(qtbot, db_path, tmp_path):
    """`open_window()`: the main window on Monday 23 November, 09:30, active."""
    opened = []

    def open_():
        desk = Desk.open(db_path, clock=FixedClock(MONDAY_MORNING))
        opened.append(desk)
        window = make_window(desk, tmp_path)
        qtbot.addWidget(window)
        with qtbot.waitActive(window):
            window.show()
            window.activateWindow()
        return window

    yield open_
    for desk in opened:
        desk.close()


def cells(model, row: int) -> list[str]:
    return [model.data(model.index(row, c)) for c in range(model.columnCount())]


def open_from_menu(window, pages):
    menu = QMenu(window)
    action = add_deliveries_action(window, menu)
    assert action.text().replace("&", "") == "Deliveries and couriers…"
    dialog = open_deliveries(window, open_url=pages.append)
    assert dialog.isVisible() and not dialog.isModal()
    return dialog


def choose(dialog, *rows: int) -> None:
    selection = dialog.parcel_view.selectionModel()
    selection.clearSelection()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for row in rows:
        selection.select(dialog.parcel_model.index(row, 0), flags)


def test_the_stuck_parcels_oldest_first_and_their_tracking_pages(qtbot, open_window, qtmodeltester):
    window = open_window()
    pages = []
    dialog = open_from_menu(window, pages)
    model = dialog.parcel_model
    qtmodeltester.check(model)
    assert cells(model, 0) == [
        "coupang", "CP-1", "Lotte", STUCK, "Mon 16 Nov 2026", "5", "2", "",
    ]  # fmt: skip
    assert [model.row(r).order_number for r in range(model.rowCount())] == ["CP-1", "CP-2"]
    assert model.data(model.index(0, 3), Qt.ItemDataRole.ToolTipRole).endswith(STUCK)
    choose(dialog, 0, 1)
    dialog.open_tracking_pages()
    assert [p.toString() for p in pages] == [
        f"https://www.lotteglogis.com/home/reservation/tracking/linkView?InvNo={n}"
        for n in (STUCK, LATE)
    ]
    dialog.every.setChecked(True)
    assert model.rowCount() == 3
    dialog.stale_days.setValue(4)  # more than 4: only the Monday one
    dialog.every.setChecked(False)
    assert [model.row(r).order_number for r in range(model.rowCount())] == ["CP-1"]
    dialog.courier_box.setCurrentIndex(dialog.courier_box.findData("CJGLS"))
    assert model.rowCount() == 0 and "No parcel is late" in dialog.note.text()
    dialog.close()
    qtbot.waitUntil(lambda: window.page.scan_box.hasFocus())
    assert window.deliveries_dialog is None


def test_mark_the_chosen_ones_delivered_or_paste_a_list(qtbot, open_window):
    window = open_window()
    dialog = open_from_menu(window, [])
    choose(dialog, 0)
    dialog.delivered_on.setDate(QDate(2026, 11, 20))
    dialog.mark_chosen()
    assert "1 parcel marked delivered." in dialog.note.text()
    assert [dialog.parcel_model.row(r).order_number for r in range(1)] == ["CP-2"]

    paste = dialog.paste_list()
    paste.text.setPlainText(f"{LATE}\t2026-11-21\n999999999999\t2026-11-21\n")
    paste.submit()  # the unknown number refuses the list: nothing marked, the list kept
    assert paste.isVisible() and "row 2: column 1: 999999999999" in paste.note.text()
    assert dialog.parcel_model.rowCount() == 1
    paste.text.setPlainText(f"{LATE}\t2026-11-21\n")
    paste.submit()
    assert not paste.isVisible()
    assert dialog.parcel_model.rowCount() == 0
    assert "1 parcel of the pasted list marked delivered." in dialog.note.text()


def test_the_courier_that_delays_most_is_on_top(qtbot, open_window, qtmodeltester):
    window = open_window()
    dialog = open_from_menu(window, [])
    model = dialog.figure_model
    qtmodeltester.check(model)
    assert cells(model, 0) == ["Lotte", "2", "0", "0", "—", "–", "–", "2", "0"]
    assert cells(model, 1) == ["CJ Logistics", "2", "1", "1", "100.0 %", "1", "1", "0", "0"]
    assert model.data(model.index(0, 0), Qt.ItemDataRole.BackgroundRole) is not None
    assert model.data(model.index(1, 0), Qt.ItemDataRole.BackgroundRole) is None
    dialog.window_box.setCurrentIndex(1)
    assert dialog.window_box.currentText() == "Last 90 days" and model.rowCount() == 2


def test_a_lost_parcel_is_reshipped_from_the_list_into_the_queue(qtbot, open_window):
    window = open_window()
    dialog = open_from_menu(window, [])
    dialog.parcel_view.clearSelection()
    dialog.reship_lost()
    assert "Choose the one parcel to reship." in dialog.note.text()
    choose(dialog, 0)  # CP-1, the oldest
    assert dialog.parcel_model.row(0).order_number == "CP-1"
    dialog.reship_lost()
    desk = window.controller.desk
    (reship,) = desk.reships.reships_of(desk.orders.find_order("CP-1").id)
    replacement = desk.orders.order(reship["order_id"])
    assert replacement.order_number == "CP-1-R1" and replacement.status.value == "new"
    assert "CP-1-R1" in dialog.note.text()
    assert any(r["order_number"] == "CP-1-R1" for r in desk.orders.queue())
    dialog.reject()
