"""The Handover page in the window, driven by scan-box keystrokes like a scanner, and by its
menu entry; its scans survive a restart."""

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

TRACKING = {"HO-A": "639000000011", "HO-B": "639000000012"}  # CJ: no check digit published


@pytest.fixture
def db_path(tmp_path):
    """The demo products and orders HO-A and HO-B, each a mug shipped with CJ."""
    desk = Desk.open(tmp_path / "shop.db", clock=FixedClock(MONDAY_MORNING))
    desk.exchange.fill_demo(0)
    address = Address("김하늘", "010-1111-2222", "해운대로 1", city="부산광역시",
                      postal_code="48094", country="KR")  # fmt: skip
    mugs = [OrderLine("DEMO-MUG", "Mug", 1, 9000, "KRW")]
    orders = [Order("csv", n, MONDAY_MORNING.isoformat(), address, mugs) for n in TRACKING]
    desk.exchange.add_orders(orders, source="test")
    mug = barcode(desk, "DEMO-MUG")
    for number, tracking in TRACKING.items():
        order_id = desk.orders.find_order(number).saved_id
        desk.flow.verify(order_id)
        desk.flow.start_pick([order_id])
        desk.flow.pick_scan(desk.orders.order(order_id).pick_list_id, mug)
        desk.flow.pack_scan(order_id, mug)
        desk.flow.finish_pack(order_id, box="S", weight_g=700)
        desk.flow.label_done([order_id], how="test")
        desk.flow.ship(order_id, courier="CJGLS", tracking=tracking)
    desk.close()
    return tmp_path / "shop.db"


def test_a_handover_by_scans_alone_in_the_window(qtbot, open_window):
    window = open_window()
    desk = window.controller.desk
    scan(qtbot, window, "HANDOVER")
    page = window.pages["handover"]
    assert window.page is page and "Scan the courier's code" in page.status.text()
    scan(qtbot, window, barcode(desk, "DEMO-MUG"))  # a product is no parcel
    text, ok = message(window)
    assert not ok and "not a parcel" in text
    scan(qtbot, window, TRACKING["HO-A"])
    assert page.status.text() == "CJ Logistics list: 1 of 2 parcels scanned out."
    assert page.parcels_model.rowCount() == 2 and page.left.text() == "Left to scan: HO-B"
    scan(qtbot, window, "OK")
    text, ok = message(window)
    assert not ok and "not scanned out: HO-B" in text and "FORCE" in text
    scan(qtbot, window, "HO-B")
    assert "Every parcel is scanned out" in page.left.text()
    scan(qtbot, window, "DRIVER:Park")
    assert page.driver.text() == "Park"
    scan(qtbot, window, "OK")
    text, ok = message(window)
    assert ok and "Handover list HO-1 closed: 2 parcels to CJ Logistics, driver Park" in text
    assert desk.handover.closed(1).driver == "Park"
    assert page.parcels_model.rowCount() == 0


def test_the_driver_typed_and_a_restart(qtbot, open_window):
    window = open_window()
    action = next(a for a in window.menus["orders"].actions() if "Handover" in a.text())
    action.trigger()
    page = window.pages["handover"]
    assert window.page is page
    scan(qtbot, window, "COURIER:CJGLS")
    scan(qtbot, window, TRACKING["HO-B"])
    page.driver.setFocus()
    qtbot.keyClicks(page.driver, "Lee")
    qtbot.keyClick(page.driver, Qt.Key.Key_Return)
    assert window.controller.bench.handover.driver == "Lee"
    assert page.scan_box.hasFocus()
    window.close()
    again = open_window()
    assert again.page is again.pages["handover"]
    assert again.page.status.text() == "CJ Logistics list: 1 of 2 parcels scanned out."
    assert again.page.driver.text() == "Lee"
