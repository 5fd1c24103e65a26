"""A hold note stored as a message, read in the window's language: on the queue's Step
tooltip and on the verify page of the held order."""

from __future__ import annotations

import pytest
from bench_driver import MONDAY_MORNING, scan
from PySide6.QtCore import Qt
from windows import make_window

from fulfil_desk.core.desk import Desk
from fulfil_desk.core.exchange.demo import demo_products
from fulfil_desk.core.kernel.clock import FixedClock
from fulfil_desk.core.kernel.messages import Message
from fulfil_desk.core.kernel.orders import Address, HoldReason, Order, OrderLine
from fulfil_desk.ui.panels.queue import STEP_COLUMN

HELD = {"zh_CN": "在工作台挂起。", "en": "Held at the bench."}


@pytest.fixture
def held_shop(tmp_path):
    desk = Desk.open(tmp_path / "shop.db", clock=FixedClock(MONDAY_MORNING))
    product = demo_products()[0]
    desk.products.save_product(product)
    desk.stock.receive_stock(product.sku, 2)
    to = Address("김하늘", "010-1111-2222", "서울 마포구 월드컵북로 396", postal_code="03925",
                 country="KR")  # fmt: skip
    line = OrderLine(product.sku, product.name, 1, 1000, "KRW")
    desk.exchange.add_orders(
        [Order("csv", "HELD-1", MONDAY_MORNING.isoformat(), to, [line])], source="t"
    )
    order_id = desk.orders.find_order("HELD-1").id
    desk.flow.hold(order_id, HoldReason.OTHER, Message("bench.held_at_the_bench"))
    yield desk
    desk.close()


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_the_hold_note_is_worded_in_the_windows_language(qtbot, held_shop, tmp_path, lang):
    window = make_window(held_shop, tmp_path, lang=lang)
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    model = window.queue.model
    row = next(r for r in range(model.rowCount()) if model.row(r)["order_number"] == "HELD-1")
    tip = model.data(model.index(row, STEP_COLUMN), Qt.ItemDataRole.ToolTipRole)
    assert tip == HELD[lang]
    scan(qtbot, window, "HELD-1")
    assert window.page is window.pages["verify"]
    shown = window.page.problems.text()
    assert HELD[lang] in shown and '"message"' not in shown
