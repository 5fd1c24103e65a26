"""The label page names the layout the order's courier prints with (the shop's own, from its
database, too), and a layout that does not read is said in the page's banner with the order
left at its label step."""

from __future__ import annotations

import json

import pytest
from test_label_printing import MONDAY, packed_order
from windows import make_window

from fulfil_desk.core.desk import Desk
from fulfil_desk.core.kernel.clock import FixedClock
from fulfil_desk.core.labels.service import builtin_folder


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


def test_the_page_names_the_shops_own_layout(qtbot, desk, tmp_path):
    data = json.loads((builtin_folder() / "cj-standard.json").read_text(encoding="utf-8"))
    data.update(name="ours", title={"en": "Our waybill"})
    desk.layouts.add_text(json.dumps(data), name="ours")
    desk.settings.set("label_layouts", {"CJGLS": "ours"})
    window = make_window(desk, tmp_path)
    qtbot.addWidget(window)
    assert window.pages["label"].layout_line.text() == "Layout: Our waybill (ours)"


def test_a_layout_that_does_not_read_is_said_and_the_order_stays(qtbot, desk, tmp_path):
    data = json.loads((builtin_folder() / "4x6.json").read_text(encoding="utf-8"))
    desk.layouts.add_text(json.dumps(data), name="4x6")
    with desk._ctx.db.transaction():  # a row as a later version might leave it
        desk._ctx.db.execute("""UPDATE label_layouts SET layout = '{"name": "4x6"}'""")
    window = make_window(desk, tmp_path)
    qtbot.addWidget(window)
    page = window.pages["label"]
    assert "The label layout 4x6 is refused" in page.message.text()
    order_id = window.controller.state.order_id
    window.controller.scan("")
    assert "is refused" in page.message.text()
    assert desk.orders.order(order_id).status.value == "packed"
    assert window.page is page


def test_the_window_says_the_layouts_of_the_folder_of_before_moved_in(qtbot, tmp_path):
    packed_order(tmp_path / "shop.db")
    folder = tmp_path / "shop.db.layouts"
    folder.mkdir()
    data = json.loads((builtin_folder() / "cj-standard.json").read_text(encoding="utf-8"))
    (folder / "ours.json").write_text(json.dumps({**data, "name": "ours"}), encoding="utf-8")
    desk = Desk.open(tmp_path / "shop.db", clock=FixedClock(MONDAY))
    try:
        desk.settings.set("label_layouts", {"CJGLS": "ours"})
        window = make_window(desk, tmp_path)
        qtbot.addWidget(window)
        page = window.pages["label"]
        assert f"The label layouts of {folder} are now kept in the shop's database" in (
            page.message.text()
        )
        assert (page.message.tone, page.message.headline.text()) == ("ok", "OK")  # news
        assert page.layout_line.text().endswith("(ours)")
    finally:
        desk.close()
