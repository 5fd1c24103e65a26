"""The bench read from a metre and felt without looking: the verdict banner and its colours, the
flash on a refusal, the sound each outcome chooses, the scale and the remembered window, every
page whole at 1366×768, help on F1, finished orders shown."""

from __future__ import annotations

from datetime import UTC

import bench_driver
import pytest
from bench_driver import MONDAY_MORNING, barcode, scan
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView

from fulfil_desk.core.bench.outcome import Cue
from fulfil_desk.core.desk import Desk
from fulfil_desk.core.kernel.clock import FixedClock
from fulfil_desk.core.kernel.orders import Address, Order, OrderLine
from fulfil_desk.ui.pages.verdict import HEADLINE, SIZES, TONES

open_window = bench_driver.open_window  # the window fixture, taken by name
SEOUL = Address("김민준", "010-1234-5678", "서울특별시 강남구 테헤란로 152", city="서울",
                postal_code="06236", country="KR")  # fmt: skip


@pytest.fixture
def db_path(tmp_path):
    desk = Desk.open(tmp_path / "shop.db", clock=FixedClock(MONDAY_MORNING))
    desk.exchange.fill_demo(12)
    mug, tee = (desk.products.product(sku) for sku in ("DEMO-MUG", "DEMO-TEE-M"))
    lines = [OrderLine(mug.sku, mug.name, 2, 684, "USD"), OrderLine(tee.sku, tee.name, 1)]
    order = Order("amazon", "111-0000000-0000001", "2026-11-22T20:25:00+00:00", SEOUL, lines,
                  ship_by="2026-11-23T14:00:00+09:00")  # fmt: skip
    desk.exchange.add_orders([order], source="test")
    desk.close()
    return tmp_path / "shop.db"


def to_pick(qtbot, window, number: str = "111-0000000-0000001"):
    scan(qtbot, window, number)
    scan(qtbot, window, "")  # verify
    scan(qtbot, window, "")  # start picking
    return window.controller.desk.orders.find_order(number)


def banner(window) -> tuple[str, str]:
    label = window.page.message
    return label.text(), label.tone


def test_each_outcome_has_its_colour_and_its_sound(qtbot, open_window):
    window = open_window()
    desk, heard = window.controller.desk, window.speaker.played
    order = to_pick(qtbot, window)
    assert banner(window)[1] == "ok" and heard[-1] is Cue.ACCEPTED
    scan(qtbot, window, barcode(desk, "DEMO-CASE"))
    assert banner(window)[1] == "refused" and heard[-1] is Cue.WRONG_ITEM
    assert window.page.message.headline.text() == "WRONG ITEM"
    assert window.page.flash.showing
    assert TONES["refused"][0] in window.page.message.styleSheet()
    qtbot.waitUntil(lambda: not window.page.flash.showing, timeout=2000)
    scan(qtbot, window, "9990000000017")
    assert heard[-1] is Cue.UNKNOWN_CODE
    scan(qtbot, window, "")  # Enter where a scan is needed: amber, "do this next"
    assert banner(window)[1] == "next" and heard[-1] is Cue.NEXT
    for line in order.lines:
        for _ in range(line.quantity):
            scan(qtbot, window, barcode(desk, line.sku))
    assert window.page is window.pages["pack"]
    for line in order.lines:
        for _ in range(line.quantity):
            scan(qtbot, window, barcode(desk, line.sku))
    assert heard[-1] is Cue.ORDER_COMPLETE
    scan(qtbot, window, barcode(desk, "DEMO-MUG"))
    assert heard[-1] is Cue.ONE_TOO_MANY and banner(window)[1] == "refused"
    for code in ["", "SAVE"]:
        scan(qtbot, window, code)
    scan(qtbot, window, "600000000017")
    assert heard[-1] is Cue.SHIPPED and "shipped" in banner(window)[0]


def test_the_verdict_is_three_times_the_type_and_a_long_one_still_fits(qtbot, open_window):
    window = open_window()
    page = window.page
    base = window.font().pointSizeF()
    page.show_message("Order 31000000000 opened at Verify", True)
    banner = page.message
    assert banner.headline.text() == "OK"
    assert banner.headline.font().pointSizeF() == pytest.approx(base * HEADLINE)
    assert banner.headline.font().pointSizeF() >= 3 * base
    assert banner.detail.font().pointSizeF() == pytest.approx(base * SIZES[0])
    page.show_message(
        "A long refusal that says where the order is open and what to do. " * 4, False
    )
    assert banner.headline.text() == "REFUSED"
    assert banner.headline.font().pointSizeF() >= 3 * base  # the headline never shrinks
    assert base * SIZES[-1] <= banner.detail.font().pointSizeF() < base * SIZES[0]
    assert banner.height() == banner.maximumHeight()  # the banner never jumps


def test_the_scale_grows_the_type_and_is_remembered(qtbot, open_window):
    window = open_window()
    before = window.page.message.maximumHeight()
    header = window.pages["verify"].header.title.font().pointSizeF()
    qtbot.keyClick(window, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert window.view_settings.scale == pytest.approx(1.25)
    assert window.pages["verify"].header.title.font().pointSizeF() == pytest.approx(header * 1.25)
    assert window.page.message.maximumHeight() > before
    assert window.page.scan_box.hasFocus()
    window.close()  # saved
    again = open_window()
    assert again.view_settings.scale == pytest.approx(1.25)
    assert again.pages["verify"].header.title.font().pointSizeF() == pytest.approx(header * 1.25)
    qtbot.keyClick(again, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert again.view_settings.scale == 1.0


def test_the_window_and_its_docks_come_back_as_they_were_left(qtbot, open_window):
    window = open_window()
    window.resize(1200, 700)
    window.removeDockWidget(window.scores_dock)
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, window.scores_dock)
    window.scores_dock.show()
    window.queue.view.setColumnWidth(3, 222)
    window.close()
    again = open_window()
    assert again.size().width() == 1200 or again.view_settings.geometry() is not None
    assert again.dockWidgetArea(again.scores_dock) == Qt.DockWidgetArea.RightDockWidgetArea
    assert not again.tabifiedDockWidgets(again.queue_dock)
    assert again.queue.view.columnWidth(3) == 222


def every_table_fits(page) -> list[str]:
    cut = []
    for view in page.findChildren(QTableView):
        if not view.isVisibleTo(page) or view.model() is None:
            continue
        columns = sum(view.columnWidth(c) for c in range(view.model().columnCount()))
        if columns > view.viewport().width() + 1:
            cut.append(
                f"{type(page).__name__}: {columns} px of columns in {view.viewport().width()}"
            )
    return cut


def test_every_page_is_whole_at_1366_by_768(qtbot, open_window):
    window = open_window()
    window.resize(1366, 768)
    qtbot.wait(20)
    desk = window.controller.desk
    seen, cut = set(), []

    def look():
        qtbot.wait(10)
        seen.add(window.controller.state.page)
        cut.extend(every_table_fits(window.page))
        status = window.statusBar()
        assert status.isVisible() and status.geometry().bottom() <= window.height()
        assert window.page.scan_box.visibleRegion().boundingRect().height() > 10

    look()
    order = to_pick(qtbot, window)
    look()
    for line in order.lines:
        for _ in range(line.quantity):
            scan(qtbot, window, barcode(desk, line.sku))
    look()
    for line in order.lines:
        for _ in range(line.quantity):
            scan(qtbot, window, barcode(desk, line.sku))
    scan(qtbot, window, "")
    look()
    scan(qtbot, window, "SAVE")
    look()
    scan(qtbot, window, "600000000017")
    scan(qtbot, window, order.order_number)  # the shipped order, shown
    look()
    for command in ["GOODS-IN", "COUNT"]:
        scan(qtbot, window, command)
        look()
    queue = window.queue.view
    columns = sum(queue.columnWidth(c) for c in range(queue.model().columnCount()))
    assert columns <= queue.viewport().width() + 1, "the queue's last column is off the edge"
    assert seen >= {"queue", "pick", "pack", "label", "tracking", "done", "goods_in", "count"}
    assert cut == []


def test_f1_tells_what_this_page_takes(qtbot, open_window):
    window = open_window()
    to_pick(qtbot, window)
    qtbot.keyClick(window.page.scan_box, Qt.Key.Key_F1)
    dialog = window.help_dialog
    scans = [row[0] for row in dialog.rows]
    assert "a product's barcode or SKU" in scans and "MANUAL" in scans and "BACK" in scans
    assert "starts picking" in dialog.enter.text()
    dialog.reject()
    assert window.page.scan_box.hasFocus()


def test_a_shipped_order_scanned_at_receive_is_shown_and_reprinted(qtbot, open_window, tmp_path):
    window = open_window()
    desk = window.controller.desk
    order = to_pick(qtbot, window)
    for _ in range(2):
        for line in order.lines:
            for _ in range(line.quantity):
                scan(qtbot, window, barcode(desk, line.sku))
    for code in ["", "SAVE", "600000000017", "600000000017"]:  # the last: its tracking number
        scan(qtbot, window, code)
    assert window.page is window.pages["done"]
    assert window.page.status.text() == "Shipped · CJ Logistics 600000000017"
    assert "Packed: Mon 23 Nov 2026 09:30 by packer" in window.page.facts.text()
    scan(qtbot, window, "REPRINT:COURIER_ASKED")
    assert desk.orders.events(order.id)[-1]["detail"]["reason"] == "courier_asked"
    assert "Label reprinted (courier asked)" in window.page.facts.text()
    assert (tmp_path / "labels" / "label-amazon-111-0000000-0000001.pdf").exists()


def test_a_put_aside_order_is_marked_in_the_queue(qtbot, open_window):
    window = open_window()
    desk = window.controller.desk
    order = to_pick(qtbot, window)
    scan(qtbot, window, barcode(desk, "DEMO-MUG"))
    scan(qtbot, window, "BACK")
    text, _ = window.page.message.text(), None
    assert text == "111-0000000-0000001 put aside at Pick, 1 of 3 picked. Back to the queue."
    rows = [window.queue.model.row(r) for r in range(window.queue.model.rowCount())]
    (row,) = [r for r in rows if r["id"] == order.id]
    index = window.queue.model.index(rows.index(row), 4)
    assert window.queue.model.data(index) == "pick, aside"


def test_batch_labels_leave_the_order_open_at_pick_where_it_is(qtbot, open_window):
    window = open_window()
    desk = window.controller.desk
    order = to_pick(qtbot, window)
    qtbot.keyClick(window.page.scan_box, Qt.Key.Key_F9)
    assert window.page is window.pages["pick"]
    assert window.controller.state.order_id == order.id
    assert desk.stations.lock_of(order.id)["station"] == desk.station


def test_verify_shows_prices_in_the_currencys_units(qtbot, open_window):
    window = open_window()
    scan(qtbot, window, "111-0000000-0000001")
    model = window.page.model
    assert model.data(model.index(0, 3)) == "$6.84"  # as Babel writes USD in English


def test_a_unit_that_will_not_scan_is_confirmed_by_a_double_click(qtbot, open_window):
    window = open_window()
    window.resize(1366, 768)
    desk = window.controller.desk
    order = to_pick(qtbot, window)
    qtbot.wait(20)  # laid out at its new size
    table = window.page.table
    rows = {r.sku: i for i, r in enumerate(window.page.rows)}
    index = table.model().index(rows["DEMO-TEE-M"], 2)
    where = table.visualRect(index).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=where)  # as a hand does
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert desk.orders.events(order.id)[-1]["detail"].get("manual") is True
    assert window.page.message.text().startswith("By hand: DEMO-TEE-M: 1 of 1")
    assert window.page.scan_box.hasFocus()


def test_dialogs_follow_the_stations_scale(qtbot, open_window):
    window = open_window()
    base = window.font().pointSizeF()
    window.zoom(+1)
    window.zoom(+1)
    dialog = window.open_help()
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.font().pointSizeF() == pytest.approx(base * 1.25)
    assert dialog.enter.font().pointSizeF() == pytest.approx(base * 1.25 * 1.2)
    dialog.reject()


def test_goods_in_shows_when_it_was_received_by_the_shops_clock(qtbot, open_window):
    window = open_window()
    desk = window.controller.desk
    desk.clock = FixedClock(MONDAY_MORNING.astimezone(UTC))  # as the system clock gives it
    scan(qtbot, window, "GOODS-IN")
    scan(qtbot, window, barcode(desk, "DEMO-MUG"))
    scan(qtbot, window, "")
    model = window.page.model
    assert model.data(model.index(0, 0)) == "Mon 23 Nov 09:30"  # 00:30 UTC
