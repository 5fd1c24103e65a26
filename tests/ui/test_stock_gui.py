"""Goods in, a cycle count and the stock levels, driven by scan-box keystrokes like a scanner."""

from __future__ import annotations

import pytest
from bench_driver import (  # open_window is a fixture
    MONDAY_MORNING,
    barcode,
    message,
    open_window,
    scan,
)
from PySide6.QtCore import Qt

from fulfil_desk.core.desk import Desk
from fulfil_desk.core.kernel.clock import FixedClock


@pytest.fixture
def db_path(tmp_path):
    desk = Desk.open(tmp_path / "shop.db", clock=FixedClock(MONDAY_MORNING))
    desk.exchange.fill_demo(0)  # products, 40 of each, no orders
    desk.close()
    return tmp_path / "shop.db"


def test_goods_in_by_scans_alone(qtbot, open_window):
    window = open_window()
    desk = window.controller.desk
    scan(qtbot, window, "GOODS-IN")
    assert window.page is window.pages["goods_in"]

    scan(qtbot, window, "12")  # a quantity before any product
    text, ok = message(window)
    assert not ok and "scan the product first" in text
    assert desk.products.product("DEMO-MUG").on_hand == 40

    scan(qtbot, window, barcode(desk, "DEMO-MUG"))
    assert "Waiting: DEMO-MUG" in window.page.waiting.text()
    scan(qtbot, window, "24")
    assert "× 24" in window.page.waiting.text()
    scan(qtbot, window, barcode(desk, "DEMO-CASE"))  # receives the mugs, the case waits
    assert desk.products.product("DEMO-MUG").on_hand == 64
    assert "DEMO-CASE" in window.page.waiting.text()
    scan(qtbot, window, "")  # Enter alone: one case
    assert desk.products.product("DEMO-CASE").on_hand == 41
    assert "Nothing waiting" in window.page.waiting.text()
    model = window.page.model
    assert [model.row(i)["sku"] for i in range(2)] == ["DEMO-CASE", "DEMO-MUG"]
    assert model.data(model.index(1, 4)) == "+24"

    scan(qtbot, window, "BACK")
    assert window.page is window.pages["queue"]


def test_a_waiting_goods_in_line_is_back_after_a_restart(qtbot, open_window):
    window = open_window()
    desk = window.controller.desk
    scan(qtbot, window, "GOODS-IN")
    scan(qtbot, window, barcode(desk, "DEMO-BOTTLE"))
    scan(qtbot, window, "6")
    window.close()
    desk.close()

    again = open_window()
    assert again.page is again.pages["goods_in"]
    assert "DEMO-BOTTLE" in again.page.waiting.text() and "× 6" in again.page.waiting.text()
    assert again.page.scan_box.hasFocus()
    scan(qtbot, again, "")
    assert again.controller.desk.products.product("DEMO-BOTTLE").on_hand == 46


def test_a_blind_cycle_count_by_scans_alone(qtbot, open_window):
    window = open_window()
    desk = window.controller.desk
    scan(qtbot, window, "COUNT")
    page = window.pages["count"]
    assert window.page is page and page.bins.isVisibleTo(page)
    scan(qtbot, window, "BLIND")
    scan(qtbot, window, "A-01-1")
    assert "Counting bin A-01-1" in page.status.text() and "Blind" in page.status.text()
    scan(qtbot, window, barcode(desk, "DEMO-MUG"))
    scan(qtbot, window, "30")
    scan(qtbot, window, barcode(desk, "DEMO-MUG"))
    assert page.model.rowCount() == 1
    assert page.model.data(page.model.index(0, 2)) == "31"
    assert page.model.data(page.model.index(0, 3)) == "—"  # blind: expected hidden

    scan(qtbot, window, barcode(desk, "DEMO-CASE"))  # kept in another bin
    text, ok = message(window)
    assert not ok and "belongs in bin D-02-2" in text

    scan(qtbot, window, "")  # shows what finishing posts
    text, _ = message(window)
    assert "DEMO-MUG 40 → 31 (-9)" in text and desk.products.product("DEMO-MUG").on_hand == 40
    scan(qtbot, window, "")  # the second Enter finishes
    text, ok = message(window)
    assert ok and "DEMO-MUG -9" in text
    assert desk.products.product("DEMO-MUG").on_hand == 31
    assert page.model.data(page.model.index(0, 3)) == "40"
    assert page.model.data(page.model.index(0, 4)) == "-9"
    assert page.model.data(page.model.index(0, 0), Qt.ItemDataRole.BackgroundRole) is not None
    assert "counted" in page.status.text()


def test_stock_levels_show_low_rows_and_edit_limits(qtbot, open_window, qtmodeltester):
    window = open_window()
    desk = window.controller.desk
    desk.stock.set_stock_limits("DEMO-MUG", 5, 40)
    dialog = window.open_stock_levels()
    panel = dialog.panel
    model = panel.model
    qtmodeltester.check(model)
    rows = [model.row(i) for i in range(model.rowCount())]
    assert len(rows) == 8
    mug = next(i for i, r in enumerate(rows) if r["sku"] == "DEMO-MUG")
    assert model.data(model.index(mug, 8)) == "LOW"
    assert model.data(model.index(mug, 0), Qt.ItemDataRole.BackgroundRole) is not None
    assert model.data(model.index(mug, 6)) == "35"

    panel.low_only.setChecked(True)
    assert model.rowCount() == 1
    panel.low_only.setChecked(False)
    panel.search.setText("CASE")
    assert [model.row(i)["sku"] for i in range(model.rowCount())] == ["DEMO-CASE"]

    panel.view.setCurrentIndex(model.index(0, 0))
    panel.safety.setValue(3)
    panel.reorder.setValue(37)
    qtbot.mouseClick(panel.save, Qt.MouseButton.LeftButton)
    case = desk.products.product("DEMO-CASE")
    assert (case.safety_stock, case.reorder_point) == (3, 37)
    assert model.row(0)["shippable"] == 37 and model.row(0)["low"]
    dialog.close()


def test_the_stock_menu_opens_the_pages_from_anywhere(qtbot, open_window):
    window = open_window()
    menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Stock")
    actions = {a.text(): a for a in menu.actions()}
    actions["&Goods in"].trigger()
    assert window.page is window.pages["goods_in"] and window.page.scan_box.hasFocus()
    actions["&Cycle count"].trigger()
    assert window.page is window.pages["count"] and window.page.scan_box.hasFocus()
