"""What the step pages show while a packer scans: the next item's barcode, drawn on screen
after each verdict and scannable from it, and the order header as the file gave it."""

from __future__ import annotations

import bench_driver
import pytest
from barcode_reader import barcodes_in_picture
from bench_driver import MONDAY_MORNING, barcode, scan

from fulfil_desk.core.desk import Desk
from fulfil_desk.core.exchange.demo import demo_products
from fulfil_desk.core.kernel.clock import FixedClock
from fulfil_desk.core.kernel.orders import Address, Order, OrderLine

open_window = bench_driver.open_window  # the window fixture, taken by name


@pytest.fixture
def db_path(tmp_path):
    """Two of each demo product on hand and one order of two different ones, whose
    recipient's name looks like markup."""
    desk = Desk.open(tmp_path / "shop.db", clock=FixedClock(MONDAY_MORNING))
    products = demo_products()[:2]
    for product in products:
        desk.products.save_product(product)
        desk.stock.receive_stock(product.sku, 2)
    to = Address("<b>Kim</b> & Lee", "010-1111-2222", "서울 마포구 월드컵북로 396",
                 postal_code="03925", country="KR")  # fmt: skip
    lines = [OrderLine(p.sku, p.name, 1, 1000, "KRW") for p in products]
    desk.exchange.add_orders(
        [Order("csv", "PAGE-1", MONDAY_MORNING.isoformat(), to, lines)], source="t"
    )
    desk.close()
    return tmp_path / "shop.db"


def on_screen(page, tmp_path) -> list[str]:
    """What zbarimg reads from the page's barcode picture, as it is on screen."""
    picture = tmp_path / "barcode.png"
    assert page.barcode.grab().save(str(picture))
    return barcodes_in_picture(picture)


def test_the_next_items_barcode_is_drawn_after_each_scan_and_scans(qtbot, open_window, tmp_path):
    window = open_window()
    desk = window.controller.desk
    order = desk.orders.find_order("PAGE-1")
    for _ in range(3):  # open it, verify, start picking
        scan(qtbot, window, "")
    assert window.page is window.pages["pick"]
    first, second = (barcode(desk, line.sku) for line in window.page.rows)
    assert on_screen(window.page, tmp_path) == [first]

    scan(qtbot, window, first)
    assert on_screen(window.page, tmp_path) == [second]  # the verdict painted, then this
    scan(qtbot, window, second)
    assert window.page is window.pages["pack"]
    todo = [barcode(desk, line.sku) for line in desk.orders.order(order.id).lines]
    assert on_screen(window.page, tmp_path) == [todo[0]]
    scan(qtbot, window, todo[0])
    assert on_screen(window.page, tmp_path) == [todo[1]]
    scan(qtbot, window, todo[1])
    assert on_screen(window.page, tmp_path) == []  # every unit is in the box


def test_the_order_header_shows_file_data_as_text_never_as_markup(qtbot, open_window):
    window = open_window()
    scan(qtbot, window, "PAGE-1")
    header = window.page.header
    assert header.title.text().startswith("PAGE-1 · csv · ship by ")
    assert header.address.text().startswith("<b>Kim</b> & Lee 010-1111-2222 · ")
    assert "서울 마포구 월드컵북로 396" in header.address.text()
