"""A reshipment in the window: RESHIP at the finished order (or its button), the header that
says what it replaces, the queue row that stands out; in English, Korean and Chinese."""

from __future__ import annotations

import pytest
from desk_driver import ship_now
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from windows import make_workstation

from fulfil_desk.core.desk import Desk
from fulfil_desk.core.exchange.demo import demo_products
from fulfil_desk.core.kernel.clock import FixedClock
from fulfil_desk.core.kernel.orders import Address, Order, OrderLine
from fulfil_desk.ui.languages import UiLanguage
from fulfil_desk.ui.pages.widgets import RESHIP_COLOUR

from bench_driver import MONDAY_MORNING  # isort: skip

ORDER_COLUMN = 3


@pytest.fixture
def station(qtbot, tmp_path):
    """A shop with order SENT-1 shipped and OPEN-1 waiting, at a station in English."""
    desk = Desk.open(tmp_path / "shop.db", clock=FixedClock(MONDAY_MORNING), actor="tester")
    for product in demo_products()[:3]:
        desk.products.save_product(product)
        desk.stock.receive_stock(product.sku, 5)
    to = Address("김하늘", "010-1111-2222", "서울 마포구 월드컵북로 396", postal_code="03925",
                 country="KR")  # fmt: skip
    at = MONDAY_MORNING.isoformat()
    desk.exchange.add_orders(
        [
            Order("csv", "SENT-1", at, to, [OrderLine("DEMO-MUG", "머그컵", 1, 1000, "KRW")]),
            Order("csv", "OPEN-1", at, to, [OrderLine("DEMO-TEE-M", "티셔츠", 1, 1000, "KRW")]),
        ],
        source="t",
    )
    ship_now(desk, desk.orders.find_order("SENT-1").saved_id)
    language = UiLanguage(app=QApplication.instance())
    station = make_workstation(desk, tmp_path, language=language)
    station.window.show()
    yield station
    language.install("en")
    window = station.window
    window.close()
    window.controller.desk.close()
    window.deleteLater()


def queue_row(window, number: str) -> int:
    model = window.queue.model
    return next(i for i in range(model.rowCount()) if model.row(i)["order_number"] == number)


def test_reship_from_the_finished_order_opens_it_at_verify_marked(qtbot, station):
    window = station.window
    window.controller.scan("SENT-1")
    assert window.page is window.pages["done"]
    assert window.page.reship.isVisibleTo(window.page)
    window.controller.scan("RESHIP:LOST")
    assert window.page is window.pages["verify"]
    marker = window.page.header.reship
    assert marker.isVisibleTo(window.page)
    assert marker.text() == "Replacement for SENT-1 (lost)"
    model = window.queue.model
    row = queue_row(window, "SENT-1-R1")
    assert model.data(model.index(row, ORDER_COLUMN)) == "SENT-1-R1 (reship)"
    colour = model.data(model.index(row, ORDER_COLUMN), Qt.ItemDataRole.BackgroundRole)
    assert colour is not None and colour.color().name() == RESHIP_COLOUR
    tip = model.data(model.index(row, ORDER_COLUMN), Qt.ItemDataRole.ToolTipRole)
    assert tip == "Reshipment: a replacement for order SENT-1"
    other = queue_row(window, "OPEN-1")
    assert model.data(model.index(other, ORDER_COLUMN)) == "OPEN-1"
    # The original shows what was sent for it.
    window.controller.scan("SENT-1")
    assert "Reshipped as SENT-1-R1 (lost): new" in window.page.facts.text()


def test_the_reship_button_offers_the_reasons_and_the_open_order_has_none(qtbot, station):
    window = station.window
    window.controller.scan("SENT-1")
    actions = window.page.reship.menu().actions()
    assert [a.text() for a in actions] == [
        "lost", "damaged in transit", "wrong item sent", "item missing",
    ]  # fmt: skip
    actions[3].trigger()
    assert window.page is window.pages["verify"]
    order = window.controller.desk.orders.order(window.controller.state.order_id)
    assert order.order_number == "SENT-1-R1"
    window.controller.scan("OPEN-1")
    assert not window.page.header.reship.isVisibleTo(window.page)


@pytest.mark.parametrize(
    ("lang", "marker", "in_queue"),
    [
        ("ko", "SENT-1 주문의 재배송 (분실)", "SENT-1-R1 (재배송)"),
        ("zh_CN", "订单 SENT-1 的补发（丢件）", "SENT-1-R1（补发）"),
    ],
)
def test_the_marks_speak_korean_and_chinese(qtbot, station, lang, marker, in_queue):
    english = station.window
    station.window.controller.desk.settings.set("language", lang)
    action = next(a for a in english.language_menu.actions() if a.data() == lang)
    action.trigger()
    qtbot.waitUntil(lambda: station.window is not english)
    window = station.window
    window.controller.scan("SENT-1")
    window.controller.scan("RESHIP:LOST")
    assert window.page.header.reship.text() == marker
    model = window.queue.model
    row = queue_row(window, "SENT-1-R1")
    assert model.data(model.index(row, ORDER_COLUMN)) == in_queue
