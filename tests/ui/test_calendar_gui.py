"""The shipping calendar dialog and the capacity strip, driven as a seller drives them."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QTableView
from windows import make_window

from fulfil_desk.core.desk import Desk
from fulfil_desk.core.kernel.clock import FixedClock
from fulfil_desk.ui.panels.calendar import COLOURS

MONDAY_MORNING = datetime(2026, 11, 23, 9, 30, tzinfo=ZoneInfo("Asia/Seoul"))
VACATION = date(2026, 11, 27)


@pytest.fixture
def db_path(tmp_path):
    desk = Desk.open(tmp_path / "shop.db", clock=FixedClock(MONDAY_MORNING))
    desk.exchange.fill_demo(12)
    desk.calendar.add_non_shipping_day(VACATION, "가을 휴가")
    desk.calendar.add_non_shipping_day("2026-11-26", "No pickup", courier="HANJIN")
    desk.close()
    return tmp_path / "shop.db"


@pytest.fixture
def window(qtbot, db_path, tmp_path):
    desk = Desk.open(db_path, clock=FixedClock(MONDAY_MORNING))
    window = make_window(desk, tmp_path)
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    yield window
    desk.close()


@pytest.fixture
def dialog(qtbot, window):
    dialog = window.open_calendar()
    qtbot.waitExposed(dialog)
    yield dialog
    if shiboken6.isValid(dialog) and dialog.isVisible():
        if dialog.report_box is not None:
            dialog.report_box.close()
        dialog.close()


def background(dialog, day: date) -> str:
    return dialog.marked(day).background().color().name()


def test_the_calendar_marks_a_shop_vacation_and_a_courier_closure_differently(dialog):
    assert background(dialog, VACATION) == COLOURS["shop"]
    assert "가을 휴가" in dialog.marked(VACATION).toolTip()
    assert background(dialog, date(2026, 11, 26)) == COLOURS["courier"]
    assert "HANJIN" in dialog.marked(date(2026, 11, 26)).toolTip()
    assert background(dialog, date(2026, 12, 25)) == COLOURS["public"]
    assert dialog.marked(date(2026, 11, 24)).background().style() == Qt.BrushStyle.NoBrush
    view = dialog.calendar.findChild(QTableView)  # the month view shows the name on hover
    tips = {
        view.model().data(view.model().index(r, c), Qt.ItemDataRole.ToolTipRole)
        for r in range(view.model().rowCount())
        for c in range(view.model().columnCount())
    }
    assert "Shop closed: 가을 휴가" in tips
    rows = [dialog.model.row(i) for i in range(dialog.model.rowCount())]
    assert {"date": "2026-11-27", "kind": "shop", "courier": "", "name": "가을 휴가"} in rows
    kinds = [dialog.model.data(dialog.model.index(i, 1)) for i in range(len(rows))]
    assert "Shop closed" in kinds and "No pickup" in kinds and "Public holiday" in kinds


def test_adding_a_day_from_the_dialog_moves_a_deadline(qtbot, window, dialog):
    desk = window.controller.desk
    order = next(
        r
        for r in desk.orders.queue()
        if r["ship_by"] and r["ship_by"][:10] > "2026-11-24" and r["ship_by"][:10] < "2026-11-27"
    )
    order_day = date.fromisoformat(order["ship_by"][:10])
    dialog.date_edit.setDate(order_day)
    dialog.name_edit.setText("김장 Kimchi day")  # keyClicks cannot type Hangul offscreen
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)

    assert desk.orders.order(order["id"]).ship_by[:10] > str(order_day)
    assert background(dialog, order_day) == COLOURS["shop"]
    box = dialog.report_box
    assert box is not None and box.isVisible()
    assert order["order_number"] in box.text() and "Marketplaces want" not in box.text()
    assert "moved" in dialog.message.text()
    shown = {
        window.queue.model.row(i)["id"]: window.queue.model.row(i)["ship_by"]
        for i in range(window.queue.model.rowCount())
    }
    assert shown[order["id"]] == desk.orders.order(order["id"]).ship_by  # the queue refreshed

    box.close()
    dialog.close()
    qtbot.waitUntil(lambda: window.page.scan_box.hasFocus())


def test_adding_today_warns_in_a_message_box(qtbot, dialog):
    dialog.date_edit.setDate(MONDAY_MORNING.date())
    dialog.name_edit.setText("Power cut")
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    box = dialog.report_box
    assert box.icon() == QMessageBox.Icon.Warning
    assert box.text().startswith("Marketplaces want non-shipping days marked at least a day ahead")


def test_a_refused_day_is_said_in_the_dialog_and_changes_nothing(qtbot, window, dialog):
    before = window.controller.desk.calendar.holiday_list()
    dialog.date_edit.setDate(VACATION)
    dialog.name_edit.setText("Twice")
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert "already a non-shipping day" in dialog.message.text()
    assert "b71c1c" in dialog.message.styleSheet()
    assert dialog.report_box is None
    assert window.controller.desk.calendar.holiday_list() == before


def test_removing_the_selected_day(qtbot, window, dialog):
    row = next(i for i in range(dialog.model.rowCount()) if dialog.model.row(i)["kind"] == "shop")
    dialog.table.selectRow(row)
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    assert window.controller.desk.calendar.calendar().is_shipping_day(VACATION)
    assert dialog.marked(VACATION).background().style() == Qt.BrushStyle.NoBrush


def test_the_capacity_strip_flags_an_over_capacity_day(qtbot, window):
    desk = window.controller.desk
    strip = window.queue.capacity
    assert not strip.over_days()
    window.controller.run(desk.settings.set, "daily_capacity_orders", 1)
    window.queue.refresh()
    over = strip.over_days()
    assert over and over[0]["date"] == "2026-11-23"  # today, with the overdue orders
    cell = strip.cells[0]
    assert "c62828" in cell.styleSheet()
    assert cell.text().endswith(f"{over[0]['load']} / 1")
    assert "at risk" in cell.toolTip()
    assert over[0]["at_risk"][0]["order_number"] in cell.toolTip()
    days = [c.day["date"] for c in strip.cells]
    assert "2026-11-27" not in days and len(days) == 7  # the vacation is not a shipping day
    for widget in [strip, *strip.cells]:
        assert widget.focusPolicy() == Qt.FocusPolicy.NoFocus
    assert window.page.scan_box.hasFocus()
