"""The scan box on a Korean desktop left in Hangul mode: what the input method commits is read
as the keys the scanner pressed; a search box keeps the Hangul typed into it."""

from __future__ import annotations

import pytest
from bench_driver import MONDAY_MORNING, message, open_window  # open_window is a fixture
from hangul_ime import hangul_mode
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication

from fulfil_desk.core.desk import Desk
from fulfil_desk.core.kernel.clock import FixedClock

assert open_window  # a fixture, taken by name


@pytest.fixture
def db_path(tmp_path):
    desk = Desk.open(tmp_path / "shop.db", clock=FixedClock(MONDAY_MORNING))
    desk.exchange.fill_demo(0)  # products, 40 of each, no orders
    desk.close()
    return tmp_path / "shop.db"


def compose(widget, text: str) -> None:
    """`text` typed through an input method: all but its last character committed while the
    last is still being composed, then that one committed too (QTest.keyClicks cannot type
    it)."""
    composing = QInputMethodEvent(text[-1:], [])
    composing.setCommitString(text[:-1])
    QApplication.sendEvent(widget, composing)
    done = QInputMethodEvent("", [])
    done.setCommitString(text[-1:])
    QApplication.sendEvent(widget, done)


def scan_in_hangul_mode(qtbot, window, code: str) -> None:
    box = window.page.scan_box
    assert box.hasFocus()
    compose(box, hangul_mode(code))
    assert box.text() == hangul_mode(code)
    qtbot.keyClick(box, Qt.Key.Key_Return)


def test_goods_in_scanned_in_hangul_mode_does_what_english_mode_does(qtbot, open_window):
    window = open_window()
    desk = window.controller.desk
    scan_in_hangul_mode(qtbot, window, "GOODS-IN")  # 햬ㅒㅇㄴ-ㅑㅜ
    assert window.page is window.pages["goods_in"]
    text, ok = message(window)
    assert ok and "Hangul mode" in text and "'GOODS-IN'" in text and "한/영" in text

    scan_in_hangul_mode(qtbot, window, "DEMO-MUG")
    assert "Waiting: DEMO-MUG" in window.page.waiting.text()
    text, ok = message(window)
    assert ok and "Hangul mode" not in text  # said once
    scan_in_hangul_mode(qtbot, window, "12")
    scan_in_hangul_mode(qtbot, window, "OK")  # ㅒㅏ
    assert desk.products.product("DEMO-MUG").on_hand == 52
    scan_in_hangul_mode(qtbot, window, "BACK")  # ㅠㅁ차
    assert window.page is window.pages["queue"]


def test_a_hangul_product_name_typed_in_the_stock_search_stays_hangul(qtbot, open_window):
    window = open_window()
    dialog = window.open_stock_levels()
    panel = dialog.panel
    panel.search.setFocus()
    compose(panel.search, "머그컵")
    assert panel.search.text() == "머그컵"
    model = panel.model
    assert [model.row(i)["sku"] for i in range(model.rowCount())] == ["DEMO-MUG"]
    dialog.close()
