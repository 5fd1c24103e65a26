"""The feedback window (Orders menu, the finished order's page) and the message to the buyer
(the finished order's page, the queue), on a real shop file."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from bench_driver import (
    open_window,  # a fixture, taken by name
    scan,
)
from desk_driver import ship_at
from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMenu, QPushButton

from fulfil_desk.core.desk import Desk
from fulfil_desk.core.kernel.clock import FixedClock
from fulfil_desk.core.kernel.orders import Address, Order, OrderLine
from fulfil_desk.ui.dialogs.feedback_dialog import add_feedback_action

KST = ZoneInfo("Asia/Seoul")
SEOUL = Address(
    "김하늘", "010-1111-2222", "서울특별시 마포구 월드컵북로 396", city="서울",
    postal_code="03925", country="KR",
)  # fmt: skip
AMAZON = "111-0000001-0000000"
COUPANG = "3100000001"
TRACKING = "255278883005"


@pytest.fixture
def db_path(tmp_path):
    """An Amazon order to Seoul shipped by Lotte on Fri 20 Nov (delivery promised Wed 25
    Nov), a Coupang order still to ship (ship-by Tue 24 Nov)."""
    path = tmp_path / "shop.db"
    clock = FixedClock(datetime(2026, 11, 20, 9, 0, tzinfo=KST))
    desk = Desk.open(path, clock=clock, actor="tester")
    try:
        desk.exchange.fill_demo(0)
        orders = [
            Order(
                market,
                number,
                "2026-11-19T08:00:00+09:00",
                SEOUL,
                [OrderLine("DEMO-MUG", "머그컵 350ml", 1, 9000, "KRW")],
                ship_by="2026-11-24T23:59:59+09:00",
            )  # fmt: skip
            for market, number in (("amazon", AMAZON), ("coupang", COUPANG))
        ]
        desk.exchange.add_orders(orders, source="test")
        amazon = desk.orders.find_order(AMAZON).saved_id
        when = datetime(2026, 11, 20, 15, 0, tzinfo=KST)
        ship_at(desk, clock, amazon, when, courier="HYUNDAI", tracking=TRACKING)
        desk.scores.record_delivery(amazon, promised_delivery="2026-11-25")
    finally:
        desk.close()
    return path


def _at(day: int, hour: int) -> QDateTime:
    return QDateTime(QDate(2026, 11, day), QTime(hour, 0))


def button(widget, text: str) -> QPushButton:
    found = [b for b in widget.findChildren(QPushButton) if b.text() == text]
    assert found, f"no button {text!r}"
    return found[0]


def test_feedback_from_the_menu_waiting_negatives_first_and_answered(qtbot, open_window):
    window = open_window()  # Monday 23 November 09:30
    menu = QMenu(window)
    action = add_feedback_action(window, menu)
    assert action.text().replace("&", "") == "Feedback and reviews…"
    action.trigger()
    dialog = window.feedback_dialog
    assert dialog.isVisible() and not dialog.isModal()
    assert "No negative feedback waits" in dialog.summary.text()
    for number, stars, day in ((COUPANG, 5, 21), (AMAZON, 1, 22)):
        dialog.order_edit.setText(number)
        dialog.stars.setValue(stars)
        dialog.text_edit.setText("상자 파손" if stars == 1 else "좋아요")
        dialog.left_at.setDateTime(_at(day, 10))
        dialog.add_button.click()
    assert "counts in Order defect rate" in dialog.note.text()
    model = dialog.model
    assert [model.row(i).order_number for i in range(model.rowCount())] == [AMAZON, COUPANG]
    assert model.data(model.index(0, 4)) == "23 h 30 min"
    assert model.data(model.index(0, 0), Qt.ItemDataRole.BackgroundRole) is not None
    assert model.data(model.index(1, 4)) == ""
    assert "1 negative feedback waiting for your reply, the oldest for 23 h 30 min" in (
        dialog.summary.text()
    )
    dialog.order_edit.setText(AMAZON)  # a second one for the order: refused, said in red
    dialog.add_button.click()
    assert "already has feedback" in dialog.note.text() and "b71c1c" in dialog.note.styleSheet()
    dialog.view.selectRow(0)
    assert dialog.answer_button.isEnabled()
    dialog.reply_edit.setText("죄송합니다. 새 상품을 보내 드렸습니다.")
    dialog.replied_at.setDateTime(_at(23, 9))
    dialog.answer_button.click()
    assert "Reply to feedback #2" in dialog.note.text()
    assert "No negative feedback waits" in dialog.summary.text()
    assert window.controller.desk.feedback.listed(unanswered=True) == []
    dialog.reject()
    qtbot.waitUntil(lambda: window.page.scan_box.hasFocus())


def test_a_message_from_the_finished_order_copied_and_recorded(qtbot, open_window):
    window = open_window()
    scan(qtbot, window, AMAZON)
    assert window.controller.state.page == "done"
    button(window.page, "Message to the buyer…").click()
    dialog = window.buyer_message_dialog
    assert "the buyer reads 한국어" in dialog.about.text()
    assert dialog.lang == "ko" and dialog.kind == "delay"
    text = dialog.preview.toPlainText()
    assert "주문번호 111-0000001-0000000(머그컵 350ml × 1)" in text
    assert "새 예정일은 2026. 11. 25. (수)입니다." in text
    assert f"롯데택배 {TRACKING} (https://" in text
    dialog.lang_box.setCurrentIndex(dialog.lang_box.findData("zh_CN"))
    assert "2026年11月25日 周三" in dialog.preview.toPlainText()
    dialog.template_edit.setPlainText("亲，{buyer}您好")
    assert "{buyer}" in dialog.note.text() and not dialog.copy_button.isEnabled()
    dialog.template_edit.setPlainText("订单{order}：新的预计日期{date}。")
    dialog.save_button.click()
    assert dialog.desk.buyer_messages.template("delay", "zh_CN") == (
        "订单{order}：新的预计日期{date}。",
        True,
    )
    dialog.preview.setPlainText(dialog.preview.toPlainText() + " 谢谢！")
    dialog.copy_button.click()
    assert QGuiApplication.clipboard().text() == (
        "订单111-0000001-0000000：新的预计日期2026年11月25日 周三。 谢谢！"
    )
    assert "on the clipboard" in dialog.note.text()
    order_id = dialog.order_id
    event = window.controller.desk.orders.events(order_id)[-1]
    assert event["kind"] == "buyer_contacted"
    assert (event["detail"]["message_kind"], event["detail"]["language"]) == ("delay", "zh_CN")
    dialog.reset_button.click()
    assert dialog.desk.buyer_messages.template("delay", "zh_CN")[1] is False
    dialog.reject()
    button(window.page, "Feedback…").click()
    assert window.feedback_dialog.order_edit.text() == AMAZON


def test_a_message_from_the_queue_for_an_order_not_shipped(qtbot, open_window):
    window = open_window()
    queue = window.queue
    row = next(
        i for i in range(queue.model.rowCount()) if queue.model.row(i)["order_number"] == COUPANG
    )
    queue.view.selectRow(row)
    button(queue, "Message to the buyer…").click()
    dialog = window.buyer_message_dialog
    assert "운송장: 출고 후 안내해 드리겠습니다." in dialog.preview.toPlainText()
    assert "2026. 11. 24. (화)" in dialog.preview.toPlainText()
    dialog.kind_box.setCurrentIndex(dialog.kind_box.findData("return"))
    assert "has not shipped" in dialog.note.text() and not dialog.copy_button.isEnabled()
    dialog.reject()
