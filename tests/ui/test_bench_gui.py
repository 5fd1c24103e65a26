"""The workstation driven as a packer drives it: scanner keystrokes and Enter only."""

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
from fulfil_desk.ui.models import Column, TableModel


@pytest.fixture
def db_path(tmp_path):
    desk = Desk.open(tmp_path / "shop.db", clock=FixedClock(MONDAY_MORNING))
    desk.exchange.fill_demo(12)
    desk.close()
    return tmp_path / "shop.db"


def dump(desk) -> list:
    order_rows = [
        (o.id, o.status, [(ln.picked, ln.packed) for ln in o.lines]) for o in desk.orders.orders()
    ]
    return [order_rows, [(p.sku, p.on_hand) for p in desk.products.products()]]


def test_a_demo_order_goes_from_receive_to_shipped_by_scans_alone(qtbot, open_window):
    window = open_window()
    desk = window.controller.desk
    assert window.page is window.pages["queue"]
    first = window.queue.model.row(0)

    scan(qtbot, window, "")  # Enter: the most urgent order
    assert window.page is window.pages["verify"]
    order = desk.orders.order(first["id"])
    assert window.controller.state.order_id == order.id

    scan(qtbot, window, "")  # verify
    assert desk.orders.order(order.id).status.value == "verified"
    assert window.page is window.pages["pick"]

    scan(qtbot, window, "")  # start picking
    for line in order.lines:
        for _ in range(line.quantity):
            scan(qtbot, window, barcode(desk, line.sku))
    assert desk.orders.order(order.id).status.value == "picked"
    assert window.page is window.pages["pack"]

    for line in order.lines:
        for _ in range(line.quantity):
            scan(qtbot, window, barcode(desk, line.sku))
    scan(qtbot, window, "BOX-M")
    scan(qtbot, window, "1.4kg")
    scan(qtbot, window, "")  # close the box
    packed = desk.orders.order(order.id)
    assert (packed.status.value, packed.box, packed.weight_g) == ("packed", "M", 1400)
    assert window.page is window.pages["label"]

    scan(qtbot, window, "SAVE")
    assert desk.orders.order(order.id).status.value == "labelled"
    saved = list((window.controller.label_dir).glob("label-*.pdf"))
    assert len(saved) == 1 and saved[0].read_bytes().startswith(b"%PDF")
    assert window.page is window.pages["tracking"]

    scan(qtbot, window, "COURIER:HYUNDAI")
    scan(qtbot, window, "255278883171")
    shipped = desk.orders.order(order.id)
    assert shipped.status.value == "shipped"
    assert (shipped.courier_code, shipped.tracking_number) == ("HYUNDAI", "255278883171")
    assert window.page is window.pages["queue"]
    kinds = [e["kind"] for e in desk.orders.events(order.id)]
    for kind in (
        "verified",
        "pick_started",
        "picked",
        "packed_unit",
        "packed",
        "label_printed",
        "shipped",
    ):
        assert kind in kinds


def _to_pick(qtbot, window):
    scan(qtbot, window, "")
    scan(qtbot, window, "")
    scan(qtbot, window, "")
    return window.controller.desk.orders.order(window.controller.state.order_id)


def test_wrong_scans_at_pick_and_pack_are_refused_and_change_nothing(qtbot, open_window):
    window = open_window()
    desk = window.controller.desk
    # An order of two lines or more: one line picked whole, then one too many of it.
    number = next(o.order_number for o in desk.orders.orders("new") if len(o.lines) >= 2)
    scan(qtbot, window, number)
    scan(qtbot, window, "")
    scan(qtbot, window, "")
    order = desk.orders.find_order(number)
    other_sku = next(
        p.sku for p in desk.products.products() if p.sku not in {ln.sku for ln in order.lines}
    )

    for wrong in ("NOT-A-CODE", barcode(desk, other_sku)):
        before = dump(desk)
        scan(qtbot, window, wrong)
        text, ok = message(window)
        assert not ok and text
        assert dump(desk) == before
        assert window.page is window.pages["pick"]

    line = order.lines[0]
    for _ in range(line.quantity):
        scan(qtbot, window, barcode(desk, line.sku))
    before = dump(desk)
    scan(qtbot, window, barcode(desk, line.sku))  # one too many at pick
    text, ok = message(window)
    assert not ok and "already picked" in text
    assert dump(desk) == before
    for other in order.lines[1:]:
        for _ in range(other.quantity):
            scan(qtbot, window, barcode(desk, other.sku))
    before = dump(desk)

    assert window.page is window.pages["pack"]
    scan(qtbot, window, barcode(desk, other_sku))
    assert not message(window)[1] and dump(desk) == before
    scan(qtbot, window, "")  # nothing in the box yet: cannot close it
    assert not message(window)[1] and dump(desk) == before
    for _ in range(line.quantity):
        scan(qtbot, window, barcode(desk, line.sku))
    before = dump(desk)
    scan(qtbot, window, barcode(desk, line.sku))  # one too many into the box
    text, ok = message(window)
    assert not ok and "already in the box" in text
    assert dump(desk) == before


def test_closing_mid_pack_reopens_the_same_order_at_pack_with_scans_kept(qtbot, open_window):
    window = open_window()
    desk = window.controller.desk
    order = _to_pick(qtbot, window)
    for line in order.lines:
        for _ in range(line.quantity):
            scan(qtbot, window, barcode(desk, line.sku))
    first = order.lines[0]
    scan(qtbot, window, barcode(desk, first.sku))
    window.close()
    desk.close()

    reopened = open_window()
    assert reopened.page is reopened.pages["pack"]
    assert reopened.controller.state.order_id == order.id
    again = reopened.controller.desk.orders.order(order.id)
    assert again.lines[0].packed == 1
    assert reopened.page.scan_box.hasFocus()


def test_the_queue_puts_overdue_orders_first_and_marks_them(qtbot, open_window):
    window = open_window()
    model = window.queue.model
    rows = [model.row(i) for i in range(model.rowCount())]
    assert rows, "the demo shop has open orders"
    ship_bys = [r["ship_by"] for r in rows]
    assert ship_bys == sorted(ship_bys)
    overdue = [r for r in rows if r["due"] == "overdue"]
    assert overdue and rows[0]["due"] == "overdue"
    index = model.index(0, 1)
    assert model.data(index) == "OVERDUE"
    assert model.data(index, Qt.ItemDataRole.BackgroundRole) is not None


def test_batch_pick_list_is_sorted_by_bin(qtbot, open_window):
    window = open_window()
    desk = window.controller.desk
    verified = 0
    for row in desk.orders.queue(limit=6):
        problems, _ = desk.flow.verify(row["id"])
        verified += not problems
    assert verified >= 2
    scan(qtbot, window, "PICK-ALL")
    assert window.page is window.pages["pick"]
    bins = [r.bin_location for r in window.page.rows]
    assert bins == sorted(bins) and len(bins) >= 2


def test_the_table_model_passes_qtmodeltester(qtmodeltester):
    rows = [{"n": i, "s": f"row {i}"} for i in range(450)]
    model = TableModel(
        columns=[Column("N", lambda r: r["n"], align_right=True), Column("S", lambda r: r["s"])],
        fetch=lambda offset, limit: rows[offset : offset + limit],
        page_size=100,
    )
    model.reload()
    assert model.rowCount() == 100
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == 450
    qtmodeltester.check(model)
