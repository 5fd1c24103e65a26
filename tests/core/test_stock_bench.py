"""Goods in and cycle counts through the Bench, one scan at a time, as the scanner types them."""

from __future__ import annotations

import pytest
from db_dump import connect
from wording import said

from fulfil_desk.core.bench.scanner import QUEUE, Bench
from fulfil_desk.core.desk import Desk
from fulfil_desk.core.stock.inventory import Product

pytestmark = pytest.mark.both_engines  # the same shop on a SQLite file and on PostgreSQL


def received(db_target) -> list[tuple]:
    con = connect(db_target)
    try:
        return con.execute(
            "SELECT sku, delta FROM stock_ledger WHERE reason = 'received' AND note = 'goods in'"
            " ORDER BY id"
        ).fetchall()
    finally:
        con.close()


@pytest.fixture
def bench(desk):
    return Bench(desk=desk)


@pytest.fixture
def scan(bench, desk):
    def scan(code: str, *, ok: bool = True) -> str:
        outcome = bench.scan(code)
        assert outcome.ok is ok, said(outcome, desk)
        return said(outcome, desk)

    return scan


@pytest.fixture
def goods_in(scan, bench):
    scan("GOODS-IN")
    assert bench.state.page == "goods_in"
    return scan


# ---- goods in ----------------------------------------------------------------------------------


def test_a_product_then_a_quantity_then_enter_receives_that_many(
    goods_in, barcode, desk, db_target
):
    assert "DEMO-MUG" in goods_in(barcode["DEMO-MUG"])
    assert received(db_target) == []  # waiting, not received
    assert "× 24" in goods_in("24")
    message = goods_in("")
    assert "Received 24 × DEMO-MUG; 34 on hand" in message
    assert received(db_target) == [("DEMO-MUG", 24)]
    assert desk.stock.stock_station()["pending"] is None


def test_enter_alone_receives_one_and_the_next_product_receives_the_one_before(
    goods_in, barcode, db_target
):
    goods_in(barcode["DEMO-MUG"])
    goods_in("")
    goods_in(barcode["DEMO-CASE"])
    goods_in("6")
    message = goods_in(barcode["DEMO-NOTE"])
    assert "Received 6 × DEMO-CASE" in message and "DEMO-NOTE" in message
    assert received(db_target) == [("DEMO-MUG", 1), ("DEMO-CASE", 6)]
    goods_in("OK")
    assert received(db_target)[-1] == ("DEMO-NOTE", 1)


def test_scanning_the_same_product_again_adds_one_and_a_number_replaces_the_quantity(
    goods_in, barcode, db_target, desk
):
    for _ in range(3):
        goods_in(barcode["DEMO-MUG"])
    assert desk.stock.stock_station()["pending"] == {"sku": "DEMO-MUG", "quantity": 3}
    assert "(was 3)" in goods_in("30")
    assert "(was 30)" in goods_in("12")
    goods_in("")
    assert received(db_target) == [("DEMO-MUG", 12)]


@pytest.mark.parametrize(
    ("first", "code", "words"),
    [
        (None, "12", "scan the product first"),
        (None, "", "Scan a product first"),
        (None, "CLEAR", "Nothing is waiting"),
        ("DEMO-MUG", "0", "cannot be received"),
        ("DEMO-MUG", "100001", "cannot be received"),
        ("DEMO-MUG", "-3", "not a quantity"),
        ("DEMO-MUG", "+3", "not a quantity"),
        ("DEMO-MUG", "8800000099999", "Unknown barcode"),
        ("DEMO-MUG", "HOLD", "HOLD is not used at Goods in"),
    ],
)
def test_a_wrong_goods_in_scan_is_refused_and_changes_nothing(
    goods_in, barcode, dump, first, code, words
):
    if first:
        goods_in(barcode[first])
    before = dump()
    assert words in goods_in(code, ok=False)
    assert dump() == before


def test_a_quantity_after_a_receipt_does_not_reach_the_next_product(goods_in, barcode, db_target):
    goods_in(barcode["DEMO-MUG"])
    goods_in("")
    goods_in("40", ok=False)  # meant for the next box: refused, not kept
    goods_in(barcode["DEMO-CASE"])
    goods_in("")
    assert received(db_target) == [("DEMO-MUG", 1), ("DEMO-CASE", 1)]


def test_clear_drops_the_waiting_line_without_receiving(goods_in, barcode, db_target, desk):
    goods_in(barcode["DEMO-MUG"])
    goods_in("5")
    assert "dropped" in goods_in("CLEAR")
    assert received(db_target) == [] and desk.stock.stock_station()["pending"] is None


def test_a_waiting_line_survives_a_kill_and_is_received_once(db_target, desk, barcode, clock):
    bench = Bench(desk=desk)
    bench.scan("GOODS-IN")
    bench.scan(barcode["DEMO-BOTTLE"])
    bench.scan("7")
    desk.close()  # killed: nothing was received yet

    again = Desk.open(db_target, clock=clock)
    try:
        resumed = Bench(desk=again)
        resumed.resume()
        assert resumed.state.page == "goods_in"
        assert resumed.stock.pending() == {"sku": "DEMO-BOTTLE", "quantity": 7}
        assert resumed.scan("").ok
        assert not resumed.scan("").ok  # nothing left to receive twice
        assert received(db_target) == [("DEMO-BOTTLE", 7)]
    finally:
        again.close()


def test_back_keeps_the_waiting_line_and_says_so(goods_in, barcode, bench, db_target):
    goods_in(barcode["DEMO-MUG"])
    message = goods_in("BACK")
    assert bench.state.page == QUEUE
    assert "DEMO-MUG × 1 is not received yet" in message
    assert "is waiting" in goods_in("GOODS-IN")
    goods_in("")
    assert received(db_target) == [("DEMO-MUG", 1)]


# ---- cycle count -------------------------------------------------------------------------------


@pytest.fixture
def count(scan, bench):
    scan("COUNT")
    assert bench.state.page == "count"
    return scan


def test_a_count_by_scans_posts_the_differences(count, barcode, bench, desk):
    desk.products.save_product(Product("DEMO-SPOON", "spoon", "A-01-1", 20, ("8800000099998",)))
    assert "started" in count("A-01-1")
    count(barcode["DEMO-MUG"])
    count("6")  # that scan was six
    assert "7 counted" in count(barcode["DEMO-MUG"])
    assert "8 counted" in count(barcode["DEMO-MUG"])
    question = count("", ok=False)  # the first Enter shows what would be posted
    assert "DEMO-MUG 10 → 8 (-2)" in question and "DEMO-SPOON" not in question
    assert desk.products.product("DEMO-MUG").on_hand == 10
    message = count("")  # the second, within 3 s, posts it
    assert "DEMO-MUG -2" in message and "DEMO-SPOON" not in message  # 0 counted, 0 on hand
    assert desk.products.product("DEMO-MUG").on_hand == 8
    assert [(r["sku"], r["counted"], r["expected"]) for r in bench.stock.lines()] == [
        ("DEMO-MUG", 8, 10),
        ("DEMO-SPOON", 0, 0),
    ]


def test_a_stray_enter_never_posts_a_count(count, barcode, desk, clock, dump):
    count("A-01-1")
    count(barcode["DEMO-MUG"])
    before = dump()
    assert "Press Enter again within 3 s" in count("", ok=False)
    assert dump() == before
    count(barcode["DEMO-MUG"])  # counting goes on: the next Enter asks again
    assert "DEMO-MUG 10 → 2 (-8)" in count("", ok=False)
    clock.advance(seconds=4)  # too late for a second Enter
    assert "Press Enter again" in count("", ok=False)
    assert desk.counts.open_count() is not None and desk.products.product("DEMO-MUG").on_hand == 10
    clock.advance(seconds=2)
    assert "1 difference posted: DEMO-MUG -8" in count("")
    assert desk.products.product("DEMO-MUG").on_hand == 2


def test_a_number_after_an_item_puts_that_scan_right(count, barcode, desk, bench):
    count("A-01-1")
    count(barcode["DEMO-MUG"])
    count(barcode["DEMO-MUG"])  # a slip: scanned twice
    assert "1 counted in all" in count("0")  # the second scan was nothing
    assert "13 counted in all" in count("12")  # no: it was twelve
    count("FINISH")
    assert desk.products.product("DEMO-MUG").on_hand == 13


def test_blind_before_the_first_item_hides_expected_and_after_it_is_refused(
    count, barcode, bench, dump
):
    assert "Blind" in count("BLIND")
    count("A-01-1")
    assert bench.stock.lines() == []
    count(barcode["DEMO-MUG"])
    assert [r["expected"] for r in bench.stock.lines()] == [None]
    before = dump()
    assert "before the first item" in count("BLIND", ok=False)
    assert dump() == before
    count("FINISH")
    assert [r["expected"] for r in bench.stock.lines()] == [10]


def test_blind_can_be_switched_after_the_bin_before_the_first_item(count, desk):
    count("A-01-1")
    count("BLIND")
    assert desk.counts.count_info(desk.counts.open_count())["blind"]


@pytest.mark.parametrize(
    ("code", "words"),
    [
        ("5", "scan an item first"),
        ("-2", "a count is 0 or more"),
        ("NOT-A-CODE", "Unknown barcode"),
        ("D-02-2", "is being counted"),
        ("1000000", "Unknown barcode"),  # seven digits: not a quantity
    ],
)
def test_a_wrong_count_scan_is_refused_and_changes_nothing(count, dump, code, words):
    count("A-01-1")
    before = dump()
    assert words in count(code, ok=False)
    assert dump() == before


def test_an_item_from_another_bin_is_refused(count, barcode, dump):
    count("A-01-1")
    before = dump()
    assert "belongs in bin D-02-2" in count(barcode["DEMO-CASE"], ok=False)
    assert dump() == before


@pytest.mark.parametrize(
    ("code", "words"),
    [
        ("", "Scan a bin label"),
        ("Z-99-9", "No product is kept in bin"),
        ("8800000010014", "Scan a bin label first"),
        ("CANCEL", "No count is open"),
        ("3", "scan an item first"),
    ],
)
def test_without_an_open_count_only_a_bin_starts_one(count, dump, code, words):
    before = dump()
    assert words in count(code, ok=False)
    assert dump() == before


def test_cancel_drops_the_count_and_changes_no_stock(count, barcode, desk):
    count("A-01-1")
    count(barcode["DEMO-MUG"])
    assert "cancelled" in count("CANCEL")
    assert desk.products.product("DEMO-MUG").on_hand == 10 and desk.counts.open_count() is None


def test_an_open_count_reopens_after_a_restart_and_after_back(db_target, desk, barcode, clock):
    bench = Bench(desk=desk)
    bench.scan("COUNT")
    bench.scan("A-01-1")
    bench.scan(barcode["DEMO-MUG"])
    assert "stays open" in said(bench.scan("BACK"), desk)
    desk.close()

    again = Desk.open(db_target, clock=clock)
    try:
        resumed = Bench(desk=again)
        resumed.resume()
        assert resumed.state.page == "count"
        assert [(r["sku"], r["counted"]) for r in resumed.stock.lines()] == [("DEMO-MUG", 1)]
        assert resumed.scan("7").ok is False  # the scan before the restart is not "the last"
        assert resumed.scan("FINISH").ok
        assert again.products.product("DEMO-MUG").on_hand == 1
    finally:
        again.close()


def test_opening_an_order_from_a_stock_page_leaves_it(desk, add, bench):
    order_id = add("SB-1", [("DEMO-MUG", 1)])
    bench.scan("GOODS-IN")
    bench.open(order_id)
    assert bench.state.page == "verify" and desk.stock.stock_station()["page"] is None
    bench.resume()
    assert bench.state.page == "verify"


def test_goods_in_and_count_switch_between_each_other(scan, bench, barcode, desk):
    scan("GOODS-IN")
    scan(barcode["DEMO-MUG"])
    message = scan("COUNT")
    assert bench.state.page == "count" and "DEMO-MUG × 1 is not received yet" in message
    scan("A-01-1")
    message = scan("GOODS-IN")
    assert bench.state.page == "goods_in" and "is waiting" in message and "stays open" in message
    bench.resume()
    assert bench.state.page == "goods_in"
