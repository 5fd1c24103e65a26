"""Two stations at the GUI: an order open at another station is refused like any wrong scan,
in red, with the sentence saying where; TAKEOVER takes it."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from windows import make_window

from fulfil_desk.core.bench.scanner import Bench
from fulfil_desk.core.desk import Desk
from fulfil_desk.core.kernel.clock import FixedClock

MONDAY_MORNING = datetime(2026, 11, 23, 9, 30, tzinfo=ZoneInfo("Asia/Seoul"))


@pytest.fixture
def other_station(tmp_path):
    """Station A, on the same file, with the most urgent order open at verify."""
    desk = Desk.open(
        tmp_path / "shop.db", clock=FixedClock(MONDAY_MORNING), actor="kim", station="A"
    )
    desk.exchange.fill_demo(6)
    bench = Bench(desk=desk)
    assert bench.scan("").ok
    yield desk, desk.orders.order(bench.state.order_id)
    desk.close()


@pytest.fixture
def window(qtbot, tmp_path, other_station):
    desk = Desk.open(
        tmp_path / "shop.db", clock=FixedClock(MONDAY_MORNING), actor="lee", station="B"
    )
    window = make_window(desk, tmp_path)
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    yield window
    desk.close()


def scan(qtbot, window, text: str) -> None:
    box = window.page.scan_box
    assert box.hasFocus()
    if text:
        qtbot.keyClicks(box, text)
    qtbot.keyClick(box, Qt.Key.Key_Return)


def test_an_order_open_at_another_station_is_refused_in_red_then_taken_over(
    qtbot, window, other_station
):
    _, order = other_station
    assert "station B" in window.where.text()  # the status bar
    scan(qtbot, window, order.order_number)
    assert window.page is window.pages["queue"]
    text = window.page.message.text()
    assert text == (
        f"Order {order.order_number} is open at station A (packer kim) since 09:30. "
        "Scan TAKEOVER to take it over."
    )
    assert "b71c1c" in window.page.message.styleSheet()  # red, as every refusal

    scan(qtbot, window, "TAKEOVER")
    assert window.page is window.pages["verify"]
    assert window.controller.state.order_id == order.id
    assert "taken over from station A (packer kim)" in window.page.message.text()
    assert "b71c1c" not in window.page.message.styleSheet()
