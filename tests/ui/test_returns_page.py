"""The Returns page in the window, driven by scan-box keystrokes like a scanner, and by its
menu entry."""

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
from fulfil_desk.core.kernel.orders import Address, Order, OrderLine

TRACKING = "255278883005"  # Lotte (HYUNDAI): 11 digits and their value mod 7


@pytest.fixture
def db_path(tmp_path):
    """The demo products, 40 of each, and order RET-1 of two mugs, shipped with Lotte."""
    desk = Desk.open(tmp_path / "shop.db", clock=FixedClock(MONDAY_MORNING))
    desk.exchange.fill_demo(0)
    address = Address("김하늘", "010-1111-2222", "서울 마포구 월드컵북로 396",
                      postal_code="03925", country="KR")  # fmt: skip
    order = Order("csv", "RET-1", MONDAY_MORNING.isoformat(), address,
                  [OrderLine("DEMO-MUG", "Mug", 2, 9000, "KRW")])  # fmt: skip
    desk.exchange.add_orders([order], source="test")
    order_id = desk.orders.find_order("RET-1").saved_id
    mug = barcode(desk, "DEMO-MUG")
    desk.flow.verify(order_id)
    desk.flow.start_pick([order_id])
    for _ in range(2):
        desk.flow.pick_scan(desk.orders.order(order_id).pick_list_id, mug)
    for _ in range(2):
        desk.flow.pack_scan(order_id, mug)
    desk.flow.finish_pack(order_id, box="S", weight_g=700)
    desk.flow.label_done([order_id], how="test")
    desk.flow.ship(order_id, courier="HYUNDAI", tracking=TRACKING)
    desk.close()
    return tmp_path / "shop.db"


def test_a_return_by_scans_alone_in_the_window(qtbot, open_window):
    window = open_window()
    desk = window.controller.desk
    scan(qtbot, window, "RETURN")
    assert window.page is window.pages["returns"]
    assert "Scan the return parcel" in window.page.status.text()
    scan(qtbot, window, barcode(desk, "DEMO-MUG"))  # a unit before its order: refused
    text, ok = message(window)
    assert not ok and "is a product, not an order" in text
    scan(qtbot, window, TRACKING)
    assert "Return of RET-1" in window.page.status.text()
    assert window.page.expected_model.rowCount() == 1
    scan(qtbot, window, barcode(desk, "DEMO-MUG"))
    scan(qtbot, window, "COND:DAMAGED")
    assert "damaged" in window.page.next_units.text()
    scan(qtbot, window, barcode(desk, "DEMO-MUG"))
    assert window.page.lines_model.rowCount() == 2
    assert "units scanned: 2" in window.page.status.text()
    scan(qtbot, window, "OK")
    text, ok = message(window)
    assert ok and "1 back on hand, 1 damaged" in text
    assert desk.products.product("DEMO-MUG").on_hand == 40 - 2 + 1
    assert window.page.lines_model.rowCount() == 0
    scan(qtbot, window, "BACK")
    assert window.page is window.pages["queue"]


def test_the_menu_opens_the_returns_page(qtbot, open_window):
    window = open_window()
    [action] = [a for a in window.findChildren(type(window.menuBar().actions()[0]))
                if a.text().replace("&", "") == "Returns"]  # fmt: skip
    action.trigger()
    assert window.page is window.pages["returns"]


def buttons(row) -> dict[str, object]:
    found = (row.itemAt(i).widget() for i in range(row.count()))
    return {b.property("command"): b for b in found if b is not None and b.property("command")}


def test_the_reason_buttons_set_the_next_units_reason_and_show_the_chosen_one(qtbot, open_window):
    window = open_window()
    desk = window.controller.desk
    scan(qtbot, window, "RETURN")
    scan(qtbot, window, TRACKING)
    page = window.page
    reasons, conditions = buttons(page.reason_row), buttons(page.condition_row)
    assert len(reasons) == 7 and reasons["REASON:DEFECTIVE"].text() == "defective"
    assert reasons["REASON:OTHER"].isChecked()  # until a reason is scanned
    assert conditions["COND:RESELLABLE"].isChecked()
    qtbot.mouseClick(reasons["REASON:DEFECTIVE"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(conditions["COND:DAMAGED"], Qt.MouseButton.LeftButton)
    assert "reason defective" in page.next_units.text()
    checked = [c for c, b in {**reasons, **conditions}.items() if b.isChecked()]
    assert sorted(checked) == ["COND:DAMAGED", "REASON:DEFECTIVE"]
    scan(qtbot, window, barcode(desk, "DEMO-MUG"))  # the buttons took no focus from the box
    scan(qtbot, window, "OK")
    (back,) = desk.returns.returns(order_id=desk.orders.find_order("RET-1").saved_id)
    assert [(line["condition"], line["reason"]) for line in back["lines"]] == [
        ("damaged", "defective")
    ]
