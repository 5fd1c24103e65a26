"""The Desk at the bench: scans, tracking, the audit trail, restarts."""

from __future__ import annotations

import sqlite3
from zoneinfo import ZoneInfo

import psycopg
import pytest
from db_dump import connect
from desk_helpers import ledger, lines_of, lotte, query
from wording import said

from fulfil_desk.core.bench.scanner import QUEUE, Bench
from fulfil_desk.core.desk import Desk
from fulfil_desk.core.kernel.errors import BadTracking, NotAllowed
from fulfil_desk.core.kernel.orders import (
    CancelReason,
    HoldReason,
    OrderStatus,
)
from fulfil_desk.core.stock.inventory import Product

pytestmark = pytest.mark.both_engines  # the same shop on a SQLite file and on PostgreSQL

S = OrderStatus
KST = ZoneInfo("Asia/Seoul")
SAMPLE_NUMBERS = ["KS-1001", "KS-1002", "KS-1003", "KS-1004", "KS-1005", "KS-1006"]


# ---- the bench, by scanner alone --------------------------------------------------------


def test_one_order_from_receipt_to_shipment_by_scans_alone(desk, sample_path, barcode, db_target):
    desk.exchange.import_orders(sample_path)  # received
    order_id = desk.orders.find_order("KS-1003").id
    on_hand = {
        sku: desk.products.product(sku).on_hand for sku in ("DEMO-NOTE", "DEMO-SOCKS", "DEMO-TEE-L")
    }
    bench = Bench(desk=desk)

    def scan(text: str, *, status: S, page: str) -> None:
        outcome = bench.scan(text)
        assert outcome.ok, said(outcome)
        assert desk.orders.order(order_id).status is status, text
        assert bench.state.page == page, text
        resumes_here(text, page)

    def resumes_here(text: str, page: str) -> None:
        restarted = Bench(desk=desk)  # where the database says the station is, after a kill
        assert restarted.resume() is None
        assert (restarted.state.page, restarted.state.order_id, restarted.state.box) == (
            bench.state.page, bench.state.order_id, bench.state.box
        ), text  # fmt: skip
        held = query(db_target, "SELECT order_id FROM order_locks WHERE station = ?", desk.station)
        assert held == ([] if page == QUEUE else [(order_id,)]), text

    scan("KS-1003", status=S.NEW, page="verify")
    scan("", status=S.VERIFIED, page="pick")
    scan("", status=S.PICKING, page="pick")
    picks = ["DEMO-NOTE"] + ["DEMO-SOCKS"] * 4 + ["DEMO-TEE-L"]
    for sku in picks[:-1]:
        scan(barcode[sku], status=S.PICKING, page="pick")
    scan(barcode[picks[-1]], status=S.PICKED, page="pack")
    scan(barcode["DEMO-SOCKS"], status=S.PACKING, page="pack")
    for sku in ["DEMO-TEE-L", "DEMO-NOTE", "DEMO-SOCKS", "DEMO-SOCKS", "DEMO-SOCKS"]:
        scan(barcode[sku], status=S.PACKING, page="pack")
    scan("BOX-M", status=S.PACKING, page="pack")
    scan("1.25kg", status=S.PACKING, page="pack")
    scan("", status=S.PACKED, page="label")
    assert (desk.orders.order(order_id).box, desk.orders.order(order_id).weight_g) == ("M", 1250)
    scan("", status=S.PACKED, page="label")
    assert bench.state.pending == ["print"]
    # The UI prints what is pending, then tells the bench the label is done.
    assert bench.label_done("cups:Label_Printer").ok
    assert desk.orders.order(order_id).status is S.LABELLED
    assert bench.state.page == "tracking"
    resumes_here("label done", "tracking")
    scan("COURIER:HYUNDAI", status=S.LABELLED, page="tracking")
    scan("255278883171", status=S.SHIPPED, page=QUEUE)

    order = desk.orders.order(order_id)
    assert (order.courier_code, order.tracking_number) == ("HYUNDAI", "255278883171")
    assert {sku: desk.products.product(sku).on_hand for sku in on_hand} == {
        "DEMO-NOTE": on_hand["DEMO-NOTE"] - 1,
        "DEMO-SOCKS": on_hand["DEMO-SOCKS"] - 4,
        "DEMO-TEE-L": on_hand["DEMO-TEE-L"] - 1,
    }
    assert ledger(db_target, order_id) == [
        ("DEMO-NOTE", -1, "shipped"),
        ("DEMO-SOCKS", -4, "shipped"),
        ("DEMO-TEE-L", -1, "shipped"),
    ]
    kinds = [e["kind"] for e in desk.orders.events(order_id)]
    assert kinds[0] == "imported" and kinds[-1] == "shipped"
    assert kinds.count("picked") == 6 and kinds.count("packed_unit") == 6
    assert desk.stations.current_order_id() is None


@pytest.fixture
def picking_bench(desk, add, barcode):
    """A bench on the pick page of order P-1 (2 mugs, 1 cable), one mug picked."""
    order_id = add("P-1", [("DEMO-MUG", 2), ("DEMO-CABLE", 1)])
    add("P-2", [("DEMO-CASE", 1)])  # in the shop, not on this pick list
    bench = Bench(desk=desk)
    for text in ["P-1", "", "", barcode["DEMO-MUG"]]:
        assert bench.scan(text).ok
    return bench, order_id


@pytest.mark.parametrize(
    "code",
    ["9990000000017", "DEMO-CASE", "mug", "", "\t\r\n"],
    ids=["unknown", "not-on-list", "wrong-case", "enter", "control-chars"],
)
def test_a_wrong_scan_at_pick_is_refused_and_changes_nothing(picking_bench, dump, code):
    bench, _ = picking_bench
    before, state = dump(), (bench.state.page, bench.state.pick_list_id)
    outcome = bench.scan(code)
    assert not outcome.ok and said(outcome)
    assert dump() == before
    assert (bench.state.page, bench.state.pick_list_id) == state


def test_one_too_many_at_pick_is_refused_and_changes_nothing(picking_bench, barcode, dump):
    bench, order_id = picking_bench
    assert bench.scan(barcode["DEMO-MUG"]).ok
    before = dump()
    outcome = bench.scan(barcode["DEMO-MUG"])
    assert not outcome.ok and "already picked" in said(outcome)
    assert dump() == before
    assert [ln[2] for ln in lines_of(bench.desk, order_id)] == [2, 0]


@pytest.fixture
def packing_bench(desk, add, barcode, drive):
    """A bench on the pack page of order K-1 (2 mugs, 1 cable), one mug in the box."""
    order_id = add("K-1", [("DEMO-MUG", 2), ("DEMO-CABLE", 1)])
    drive(order_id, S.PICKED)
    bench = Bench(desk=desk)
    assert bench.scan("K-1").ok and bench.state.page == "pack"
    assert bench.scan(barcode["DEMO-MUG"]).ok
    return bench, order_id


@pytest.mark.parametrize(
    "code",
    ["9990000000017", "8800000010083", "DEMO-TEE-M", "", "BOX-XXL", "1250"],
    ids=["unknown", "other-product", "other-sku", "enter-too-soon", "bad-box", "weight-too-soon"],
)
def test_a_wrong_scan_at_pack_is_refused_and_changes_nothing(packing_bench, dump, code):
    bench, order_id = packing_bench
    before = dump()
    outcome = bench.scan(code)
    assert not outcome.ok and said(outcome)
    assert dump() == before
    assert bench.desk.orders.order(order_id).status is S.PACKING


def test_one_too_many_at_pack_is_refused_and_changes_nothing(packing_bench, barcode, dump):
    bench, order_id = packing_bench
    assert bench.scan(barcode["DEMO-MUG"]).ok
    before = dump()
    outcome = bench.scan(barcode["DEMO-MUG"])
    assert not outcome.ok and "already in the box" in said(outcome)
    assert dump() == before
    assert lines_of(bench.desk, order_id) == [("DEMO-MUG", 2, 2, 2), ("DEMO-CABLE", 1, 1, 0)]


def test_a_zero_weight_is_refused_not_replaced_by_a_guess(packing_bench, barcode, dump):
    bench, order_id = packing_bench
    for sku in ["DEMO-MUG", "DEMO-CABLE"]:
        assert bench.scan(barcode[sku]).ok
    before = dump()
    for zero in ["0", "0.000kg", "0.4"]:
        outcome = bench.scan(zero)
        assert not outcome.ok and "weigh it again" in said(outcome)
    assert bench.state.weight_g is None
    assert dump() == before
    assert bench.scan("820").ok and bench.scan("").ok
    assert bench.desk.orders.order(order_id).weight_g == 820


# ---- tracking ----------------------------------------------------------------------------


def test_ship_refuses_a_wrong_check_digit(desk, add, drive, dump):
    order_id = add("T-1", [("DEMO-MUG", 1)])
    drive(order_id, S.LABELLED)
    before = dump()
    with pytest.raises(BadTracking, match="check digit"):
        desk.flow.ship(order_id, courier="HYUNDAI", tracking="255278883172")
    assert dump() == before
    assert desk.orders.order(order_id).status is S.LABELLED


def test_ship_refuses_a_number_already_used_on_another_order(desk, add, drive, dump):
    first = add("T-2", [("DEMO-MUG", 1)])
    second = add("T-3", [("DEMO-CABLE", 1)])
    number = lotte("36100012345")
    drive(first, S.SHIPPED, tracking=number)
    drive(second, S.LABELLED)
    before = dump()
    with pytest.raises(BadTracking, match=f"{number} is already used on order T-2"):
        desk.flow.ship(second, courier="HYUNDAI", tracking=number)
    assert dump() == before


def test_a_scanned_number_with_dashes_is_stored_clean(desk, add, drive):
    order_id = add("T-4", [("DEMO-MUG", 1)])
    drive(order_id, S.LABELLED)
    desk.flow.ship(order_id, courier="hyundai", tracking="2552-7888-3171")
    assert desk.orders.order(order_id).tracking_number == "255278883171"


def test_an_order_cannot_ship_before_its_label(desk, add, drive, dump):
    order_id = add("T-5", [("DEMO-MUG", 1)])
    drive(order_id, S.PACKED)
    before = dump()
    with pytest.raises(NotAllowed, match="T-5"):
        desk.flow.ship(order_id, courier="HYUNDAI", tracking="255278883171")
    assert dump() == before


# ---- audit trail -------------------------------------------------------------------------


def test_every_use_case_appends_to_the_events_table(desk, add, barcode, db_target, sample_path):
    def new_events(action) -> list[dict]:
        last = query(db_target, "SELECT COALESCE(MAX(id), 0) FROM events")[0][0]
        action()
        rows = query(db_target, "SELECT kind, actor, at, order_id FROM events WHERE id > ?", last)
        return [dict(zip(("kind", "actor", "at", "order_id"), r, strict=True)) for r in rows]

    def expect(kind, action, order_id=None):
        rows = new_events(action)
        assert [r["kind"] for r in rows] == [kind] * len(rows) and rows, (kind, rows)
        assert all(r["actor"] == "tester" and r["at"] == "2026-06-18T10:00:00+09:00" for r in rows)
        if order_id is not None:
            assert {r["order_id"] for r in rows} == {order_id}

    new = Product("NEW-1", "새 상품", "E-01-1", 100, ("8809999999993",))
    expect("product_saved", lambda: desk.products.save_product(new))
    expect("stock_received", lambda: desk.stock.receive_stock("NEW-1", 3))
    expect("setting_changed", lambda: desk.settings.set("default_courier", "HYUNDAI"))
    expect("imported", lambda: desk.exchange.import_orders(sample_path))
    expect("imported", lambda: add("E-0", [("DEMO-CASE", 1)]))
    order_id = add("E-1", [("DEMO-MUG", 1)])
    held = add("E-2", [("DEMO-MUG", 1)])
    cancelled = add("E-3", [("DEMO-MUG", 1)])
    expect("held", lambda: desk.flow.hold(held, HoldReason.OTHER, "buyer asked to wait"), held)
    expect(
        "cancelled", lambda: desk.flow.cancel(cancelled, CancelReason.BUYER_REQUESTED), cancelled
    )
    expect("verified", lambda: desk.flow.verify(order_id), order_id)
    expect("pick_started", lambda: desk.flow.start_pick([order_id]), order_id)
    list_id = desk.orders.order(order_id).pick_list_id
    expect("picked", lambda: desk.flow.pick_scan(list_id, barcode["DEMO-MUG"]), order_id)
    expect("packed_unit", lambda: desk.flow.pack_scan(order_id, barcode["DEMO-MUG"]), order_id)
    expect("packed", lambda: desk.flow.finish_pack(order_id, box="S", weight_g=460), order_id)
    expect("label_printed", lambda: desk.flow.label_done([order_id], how="x.pdf"), order_id)
    expect(
        "shipped",
        lambda: desk.flow.ship(order_id, courier="HYUNDAI", tracking="255278883171"),
        order_id,
    )


@pytest.mark.parametrize(
    "sql",
    ["UPDATE events SET kind = 'shipped'", "DELETE FROM events", "DELETE FROM events WHERE id = 1"],
)
def test_the_events_table_is_append_only(desk, add, db_target, sql):
    add("E-9", [("DEMO-MUG", 1)])
    before = query(db_target, "SELECT * FROM events ORDER BY id")
    con = connect(db_target)
    try:
        with pytest.raises((sqlite3.DatabaseError, psycopg.Error), match="append-only"):
            con.execute(sql)
        con.commit()  # had the statement got through, this would keep it
    finally:
        con.close()
    assert before
    assert query(db_target, "SELECT * FROM events ORDER BY id") == before


# ---- resume after a restart --------------------------------------------------------------


def test_a_restart_mid_pack_resumes_the_same_order_with_the_same_counts(
    desk, sample_path, barcode, db_target, clock
):
    desk.exchange.import_orders(sample_path)
    order_id = desk.orders.find_order("KS-1003").id
    bench = Bench(desk=desk)
    scans = ["KS-1003", "", "", barcode["DEMO-NOTE"], *[barcode["DEMO-SOCKS"]] * 4,
             barcode["DEMO-TEE-L"], barcode["DEMO-SOCKS"], barcode["DEMO-NOTE"]]  # fmt: skip
    for text in scans:
        assert bench.scan(text).ok, text
    packed_before = lines_of(desk, order_id)
    desk.close()

    reopened = Desk.open(db_target, clock=clock, actor="tester")
    try:
        resumed = Bench(desk=reopened)
        resumed.resume()
        assert resumed.state.page == "pack"
        assert resumed.state.order_id == order_id
        assert reopened.orders.order(order_id).status is S.PACKING
        assert lines_of(reopened, order_id) == packed_before
        assert packed_before == [
            ("DEMO-NOTE", 1, 1, 1),
            ("DEMO-SOCKS", 4, 4, 1),
            ("DEMO-TEE-L", 1, 1, 0),
        ]
        # …and the packer carries on where they were.
        for sku in ["DEMO-SOCKS", "DEMO-SOCKS", "DEMO-SOCKS", "DEMO-TEE-L"]:
            assert resumed.scan(barcode[sku]).ok
        assert resumed.scan("").ok
        assert reopened.orders.order(order_id).status is S.PACKED
    finally:
        reopened.close()


def test_a_restart_mid_batch_pick_resumes_the_pick_list(desk, add, barcode, db_target, clock):
    ids = [add(f"B-{i}", [("DEMO-MUG", 1)]) for i in range(2)]
    for order_id in ids:
        desk.flow.verify(order_id)
    bench = Bench(desk=desk)
    assert bench.scan("PICK-ALL").ok
    assert bench.scan(barcode["DEMO-MUG"]).ok
    list_id = bench.state.pick_list_id
    desk.close()

    reopened = Desk.open(db_target, clock=clock, actor="tester")
    try:
        resumed = Bench(desk=reopened)
        resumed.resume()
        assert (resumed.state.page, resumed.state.pick_list_id) == ("pick", list_id)
        assert [r.picked for r in reopened.flow.pick_rows(list_id)] == [1]
    finally:
        reopened.close()


@pytest.mark.parametrize("finish", ["HOLD:INCOMPLETE_ADDRESS", "CANCEL:OUT_OF_STOCK"])
def test_an_order_held_or_cancelled_at_the_bench_leaves_the_station_with_nothing_open(
    desk, add, db_target, finish
):
    add("F-1", [("DEMO-MUG", 1)])
    bench = Bench(desk=desk)
    assert bench.scan("F-1").ok and bench.scan(finish).ok
    assert bench.state.page == QUEUE and bench.state.order_id is None
    restarted = Bench(desk=desk)
    assert restarted.resume() is None and restarted.state.page == QUEUE
    held = query(db_target, "SELECT order_id FROM order_locks WHERE station = ?", desk.station)
    assert held == []
    assert desk.stations.current_order_id() is None
