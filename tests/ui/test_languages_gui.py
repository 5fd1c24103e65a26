"""The window in the packer's language: the Language menu switches it at once, a badge may carry
its own language, and Qt's own dialogs speak the same language as the app's."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from windows import make_workstation

from fulfil_desk.core.desk import Desk
from fulfil_desk.core.kernel.clock import FixedClock
from fulfil_desk.ui.languages import UiLanguage

NOW = datetime(2026, 6, 18, 10, 0, tzinfo=ZoneInfo("Asia/Seoul"))


@pytest.fixture
def station(qtbot, tmp_path):
    desk = Desk.open(tmp_path / "shop.db", clock=FixedClock(NOW), actor="tester")
    desk.exchange.fill_demo(4)
    station = make_workstation(desk, tmp_path)
    station.window.show()
    yield station
    UiLanguage(app=QApplication.instance()).install("en")  # the next test's window in English
    window = station.window
    window.close()
    window.controller.desk.close()
    window.deleteLater()


def menu_titles(window) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


def choose(window, lang: str) -> None:
    action = next(a for a in window.language_menu.actions() if a.data() == lang)
    action.trigger()


def test_the_language_menu_rebuilds_the_window_in_korean_on_the_same_order(qtbot, station):
    window = station.window
    desk = window.controller.desk
    order = desk.orders.queue()[0]
    window.controller.scan(order["order_number"])
    step = window.controller.state.page
    assert "&Orders" in menu_titles(window)
    choose(window, "ko")
    qtbot.waitUntil(lambda: station.window is not window)
    korean = station.window
    assert "주문(&O)" in menu_titles(korean)
    assert korean.controller.words.lang == "ko"
    assert (korean.controller.state.page, korean.controller.state.order_id) == (
        step,
        window.controller.state.order_id,
    )
    assert desk.settings.language() == "ko"  # this station's, kept for the next start
    assert korean.page.scan_box.hasFocus() or not korean.isActiveWindow()
    choose(korean, "zh_CN")
    qtbot.waitUntil(lambda: station.window is not korean)
    assert "订单(&O)" in menu_titles(station.window)


def test_a_badge_with_its_own_language_switches_the_window_and_says_whose_it_is(qtbot, station):
    desk = station.window.controller.desk
    desk.packers.save_packer("王芳", badge="BADGE-ZH", language="zh_CN")
    desk.packers.save_packer("kim", badge="BADGE-KIM")
    english = station.window
    english.controller.scan("BADGE-ZH")
    qtbot.waitUntil(lambda: station.window is not english)
    chinese = station.window
    assert chinese.controller.words.lang == "zh_CN"
    assert "王芳" in chinese.page.message.text()
    assert desk.settings.language() is None  # a badge does not change the station's setting
    chinese.controller.scan("BADGE-KIM")  # no language of its own: the station's (English)
    qtbot.waitUntil(lambda: station.window is not chinese)
    assert station.window.controller.words.lang == "en"


def test_qts_own_buttons_speak_the_apps_language(qtbot, station):
    choose(station.window, "ko")
    qtbot.waitUntil(lambda: station.window.controller.words.lang == "ko")
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(buttons)
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "취소"


def test_a_font_with_hangul_and_chinese_is_installed():
    korean = QFontDatabase.families(QFontDatabase.WritingSystem.Korean)
    chinese = QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese)
    assert korean and chinese, "install fonts-wqy-microhei (see README)"
