"""The label page names the layout the order's courier prints with, and a broken layout file
is said in the page's banner with the order left at its label step."""

from __future__ import annotations

import pytest
from test_label_printing import MONDAY, packed_order
from windows import make_window

from fulfil_desk.core.desk import Desk
from fulfil_desk.core.kernel.clock import FixedClock


@pytest.fixture
def desk(tmp_path):
    packed_order(tmp_path / "shop.db")
    desk = Desk.open(tmp_path / "shop.db", clock=FixedClock(MONDAY))
    yield desk
    desk.close()


def test_the_page_names_the_couriers_layout(qtbot, desk, tmp_path):
    desk.settings.set("label_layouts", {"CJGLS": "cj-standard"})
    window = make_window(desk, tmp_path)
    qtbot.addWidget(window)
    page = window.pages["label"]
    assert window.page is page
    assert page.layout_line.text() == (
        "Layout: CJ Logistics standard waybill, 123 × 100 mm (cj-standard)"
    )


def test_a_broken_layout_file_is_said_and_the_order_stays(qtbot, desk, tmp_path):
    folder = desk.layouts.shop_folder()
    folder.mkdir()
    (folder / "4x6.json").write_text('{"name": "4x6"}', encoding="utf-8")
    window = make_window(desk, tmp_path)
    qtbot.addWidget(window)
    page = window.pages["label"]
    assert f"The label layout {folder / '4x6.json'} is refused" in page.message.text()
    order_id = window.controller.state.order_id
    window.controller.scan("")
    assert "is refused" in page.message.text()
    assert desk.orders.order(order_id).status.value == "packed"
    assert window.page is page
