"""The seller-score panel beside the bench: metrics, the orders behind one, orders at risk,
inquiries and notices, without ever taking the scan box's focus."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from desk_driver import ship_at
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from windows import make_window

from fulfil_desk.core.desk import Desk
from fulfil_desk.core.kernel.clock import FixedClock
from fulfil_desk.core.kernel.orders import Address, CancelReason, Order, OrderLine
from fulfil_desk.ui.panels.score_widgets import STATUS_COLOURS

KST = ZoneInfo("Asia/Seoul")
NOW = datetime(2026, 6, 18, 10, 0, tzinfo=KST)
SEOUL = Address(
    "김하늘",
    "010-1111-2222",
    "서울특별시 마포구 월드컵북로 396",
    city="서울",
    postal_code="03925",
    country="KR",
)
LATE = "111-0000004-0000000"
AT_RISK = "3100000001"


def kst(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 6, day, hour, minute, tzinfo=KST)


def _ship(desk: Desk, clock: FixedClock, order_id: int, when: datetime, body: str) -> None:
    """Ship with a Lotte number made valid from its first 11 digits."""
    ship_at(desk, clock, order_id, when, courier="HYUNDAI", tracking=body + str(int(body) % 7))


@pytest.fixture
def db_path(tmp_path):
    """Amazon: 4 orders due 17 June, one confirmed late. Coupang: one due tomorrow, one later."""
    clock = FixedClock(kst(16, 9))
    desk = Desk.open(tmp_path / "shop.db", clock=clock)
    desk.exchange.fill_demo(0)

    def order(number, market, ship_by):
        return Order(
            market,
            number,
            kst(16, 8).isoformat(),
            SEOUL,
            [OrderLine("DEMO-MUG", "Mug", 1, 9000, "KRW")],
            ship_by=ship_by,
        )

    desk.exchange.add_orders(
        [
            order(f"111-000000{i}-0000000", "amazon", "2026-06-17T23:59:59+09:00")
            for i in range(1, 5)
        ]
        + [
            order(AT_RISK, "coupang", "2026-06-19T23:59:59+09:00"),
            order("3100000002", "coupang", "2026-06-24T23:59:59+09:00"),
        ],
        source="test",
    )
    for i in range(1, 4):
        _ship(
            desk,
            clock,
            desk.orders.find_order(f"111-000000{i}-0000000").id,
            kst(17, 12),
            f"255278883{i:02d}",
        )
    _ship(desk, clock, desk.orders.find_order(LATE).id, kst(18, 9), "25527888317")
    desk.close()
    return tmp_path / "shop.db"


@pytest.fixture
def window(qtbot, db_path, tmp_path):
    desk = Desk.open(db_path, clock=FixedClock(NOW))
    window = make_window(desk, tmp_path)
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    yield window
    desk.close()


def scan_box_has_focus(window) -> bool:
    return window.page.scan_box.hasFocus()


def test_each_marketplace_shows_its_metrics_with_status_and_trend(window):
    panel = window.scores
    assert set(panel.groups) == {"amazon", "coupang"}
    lsr = panel.rows[("amazon", "late_shipment_rate_10d")]
    assert lsr.status.text() == "Bad"
    assert STATUS_COLOURS["bad"] in lsr.status.styleSheet()
    assert "25.0 %" in lsr.figures.text() and "(1/4)" in lsr.figures.text()
    assert "10 d" in lsr.figures.text() and "target < 4 %" in lsr.figures.text()
    assert len(lsr.sparkline.values) == 8 and lsr.sparkline.values[-1] == 0.25
    delivery = panel.rows[("amazon", "on_time_delivery_rate")]
    assert delivery.status.text() == "No data" and "—" in delivery.figures.text()
    assert panel.rows[("coupang", "order_fulfilment")].status.text() == "No target"


def test_clicking_a_metric_lists_its_orders_and_keeps_the_scan_box_focus(qtbot, window):
    panel = window.scores
    row = panel.rows[("amazon", "late_shipment_rate_10d")]
    assert scan_box_has_focus(window)
    qtbot.mouseClick(row, Qt.MouseButton.LeftButton)
    model = panel.orders_model
    numbers = [model.row(i)["order_number"] for i in range(model.rowCount())]
    assert numbers[0] == LATE and len(numbers) == 4
    assert model.data(model.index(0, 0)) == "!"
    assert model.data(model.index(0, 0), Qt.ItemDataRole.BackgroundRole) is not None
    assert model.data(model.index(1, 0)) == ""
    assert "1 against the shop" in panel.orders_title.text()
    assert scan_box_has_focus(window)


def test_at_risk_says_what_the_orders_due_soon_cost(window):
    panel = window.scores
    assert "If this one ships late, on-time shipment becomes 0.0 % (no target set)." in (
        panel.at_risk.text.text()
    )
    assert AT_RISK in panel.at_risk.orders.text() and "tomorrow" in panel.at_risk.orders.text()


def test_sort_by_risk_puts_the_order_at_risk_first_and_keeps_focus(qtbot, window):
    queue = window.queue
    assert [queue.model.row(i)["order_number"] for i in range(2)] == [AT_RISK, "3100000002"]
    window.controller.desk.exchange.add_orders(
        [
            Order(
                "coupang",
                "3100000009",
                NOW.isoformat(),
                SEOUL,
                [OrderLine("DEMO-MUG", "Mug", 1, 9000, "KRW")],
                ship_by="2026-06-17T23:59:59+09:00",
            )
        ],
        source="test",
    )
    queue.refresh()
    assert queue.model.row(0)["order_number"] == "3100000009"  # overdue first by ship-by
    qtbot.mouseClick(queue.by_risk, Qt.MouseButton.LeftButton)
    assert queue.by_risk.isChecked()
    assert queue.model.row(0)["order_number"] == AT_RISK  # can still be saved: first
    assert scan_box_has_focus(window)


def test_an_inquiry_counts_down_and_is_answered_from_the_panel(qtbot, window):
    controller = window.controller
    controller.run(
        controller.desk.notices.add_inquiry,
        "coupang",
        received_at="2026-06-18T09:00:00+09:00",
        subject="배송 언제 되나요?",
    )
    panel = window.scores
    labels = [label for label, _due, kind in panel._countdowns if kind == "inquiry"]
    assert [label.text() for label in labels] == ["23:00 left"]
    answer = next(b for b in panel.findChildren(QPushButton) if b.text() == "Answered")
    qtbot.mouseClick(answer, Qt.MouseButton.LeftButton)
    assert controller.desk.notices.inquiries() == []
    assert not [kind for _label, _due, kind in panel._countdowns if kind == "inquiry"]
    assert scan_box_has_focus(window)


def test_a_notice_shows_two_countdowns_and_its_plan_is_saved_as_pdf(qtbot, window, tmp_path):
    controller = window.controller
    controller.run(
        controller.desk.notices.add_notice,
        "PN-77",
        "amazon",
        "late_shipment_rate",
        "2026-06-10T00:00:00+09:00",
        "2026-06-18T00:00:00+09:00",
        "2026-06-18T09:00:00+09:00",
    )
    panel = window.scores
    texts = {kind: label.text() for label, _due, kind in panel._countdowns}
    assert (texts["response"], texts["plan"]) == ("Respond: 47:00 left", "Plan: 71:00 left")
    dialog = panel.open_plan_dialog("PN-77")
    qtbot.waitExposed(dialog)
    dialog.corrective.setPlainText("늦은 주문을 모두 출고했습니다.")
    dialog.preventive.setPlainText("Tracking is entered when the label is printed.")
    dialog.language.setCurrentIndex(dialog.language.findData("ko"))
    saved = dialog.save_pdf(tmp_path / "plan.pdf")
    assert saved == tmp_path / "plan.pdf"
    text = "".join(page.extract_text() for page in PdfReader(saved).pages)
    assert LATE in text and "늦은 주문을 모두 출고했습니다." in text and "개선 계획서" in text
    assert (
        controller.desk.notices.notice("PN-77")["corrective_actions"]
        == "늦은 주문을 모두 출고했습니다."
    )
    dialog.mark_answered()
    qtbot.waitUntil(lambda: scan_box_has_focus(window))
    assert not [k for _l, _d, k in panel._countdowns if k in ("response", "plan")]


def test_a_change_rereads_only_its_marketplace_and_only_the_current_window(window, monkeypatch):
    desk = window.controller.desk
    panel = window.scores
    before = panel.rows[("coupang", "order_fulfilment")].result["trend"]
    asked = []
    real = desk.scores.scores
    monkeypatch.setattr(
        desk.scores,
        "scores",
        lambda m=None, as_of=None, trend=True, **kw: (
            asked.append((m, trend)) or real(m, as_of, trend=trend, **kw)
        ),
    )
    order = desk.orders.find_order(AT_RISK)
    window.controller.run(desk.flow.cancel, order.id, CancelReason.OUT_OF_STOCK)
    assert asked == [("coupang", False)]
    after = panel.rows[("coupang", "order_fulfilment")]
    assert after.result["trend"][:-1] == before[:-1] and len(after.result["trend"]) == 8
    assert after.result["trend"][-1] == 0.5 and "(1/2)" in after.figures.text()
