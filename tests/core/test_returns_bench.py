"""The Returns page by scanner alone: RETURN at Receive, the parcel's or the order's number, each
unit with its condition and reason, OK receives it once; in Hangul mode as in English."""

from __future__ import annotations

import pytest
from conftest import BUSINESS_DAY, OPENING_STOCK, lotte, make_order
from hangul_ime import hangul_mode
from wording import said

from fulfil_desk.core.bench.commands import PAGE_GUIDE, for_page, sheet_entries
from fulfil_desk.core.bench.scanner import Bench
from fulfil_desk.core.desk import Desk
from fulfil_desk.core.exchange.demo import demo_products
from fulfil_desk.core.kernel.clock import FixedClock
from fulfil_desk.core.kernel.orders import OrderStatus

pytestmark = pytest.mark.both_engines  # the same shop on a SQLite file and on PostgreSQL

TRACKING = lotte("25527888300")
PARCEL = "RT6100028842"


@pytest.fixture
def shipped(desk, add, drive):
    order_id = add("RB-1", [("DEMO-MUG", 3), ("DEMO-TEE-M", 1)])
    drive(order_id, OrderStatus.SHIPPED, tracking=TRACKING)
    return order_id


def on_hand(desk, sku):
    return desk.stock.stock_levels(sku)[0]["on_hand"]


def scan_all(bench, codes):
    outcomes = [bench.scan(code) for code in codes]
    for code, outcome in zip(codes, outcomes, strict=True):
        assert outcome.ok, (code, outcome.message)
    return outcomes


def script(barcode):
    return ["RETURN", PARCEL, TRACKING, barcode["DEMO-MUG"], "2", "COND:DAMAGED",
            "REASON:DAMAGED_IN_TRANSIT", barcode["DEMO-TEE-M"], "OK"]  # fmt: skip


def test_a_return_by_scans_alone(desk, shipped, barcode):
    bench = Bench(desk=desk)
    *_, finished = scan_all(bench, script(barcode))
    assert on_hand(desk, "DEMO-MUG") == OPENING_STOCK - 3 + 2
    assert on_hand(desk, "DEMO-TEE-M") == OPENING_STOCK - 1  # damaged: returned, written off
    [ret] = desk.returns.returns(order_id=shipped)
    assert ret["tracking_number"] == PARCEL
    got = [(ln["sku"], ln["quantity"], ln["condition"], ln["reason"]) for ln in ret["lines"]]
    assert got == [("DEMO-MUG", 2, "resellable", "other"),
                   ("DEMO-TEE-M", 1, "damaged", "damaged_in_transit")]  # fmt: skip
    words = said(finished)
    assert words.startswith("Return of RB-1 received: 2 back on hand, 1 damaged")
    assert "Expected but not in the parcel: DEMO-MUG ×1." in words  # the third mug
    assert bench.state.page == "returns" and desk.returns.draft()["lines"] == []
    # Enter again receives nothing twice.
    assert not bench.scan("").ok
    assert len(desk.returns.returns()) == 1


def test_hangul_mode_reaches_the_same_result(tmp_path, barcode):
    results = []
    for mode in ("en", "ko"):
        desk = Desk.open(tmp_path / f"{mode}.db", clock=FixedClock(BUSINESS_DAY), actor="t")
        for p in demo_products():
            desk.products.save_product(p)
            desk.stock.receive_stock(p.sku, OPENING_STOCK)
        desk.exchange.add_orders([make_order("RB-1", [("DEMO-MUG", 3), ("DEMO-TEE-M", 1)])],
                                 source="test")  # fmt: skip
        bench = Bench(desk=desk)
        order_id = desk.orders.find_order("RB-1").saved_id
        for code in ["RB-1", "", "", *[barcode["DEMO-MUG"]] * 3, barcode["DEMO-TEE-M"]]:
            bench.scan(code)
        for code in [barcode["DEMO-MUG"]] * 3 + [barcode["DEMO-TEE-M"], ""]:
            bench.scan(code)
        bench.scan("SAVE")
        bench.label_done("test")
        assert bench.scan(TRACKING).ok
        codes = script(barcode)
        scan_all(bench, [hangul_mode(c) for c in codes] if mode == "ko" else codes)
        [ret] = desk.returns.returns(order_id=order_id)
        lines = [(ln["sku"], ln["quantity"], ln["condition"], ln["reason"]) for ln in ret["lines"]]
        results.append((lines, ret["tracking_number"], desk.stock.stock_levels()))
        desk.close()
    assert results[0] == results[1]


def test_a_scan_is_read_for_what_it_is(desk, shipped, barcode, add):
    bench = Bench(desk=desk)
    bench.scan("RETURN")
    refused = bench.scan(barcode["DEMO-MUG"])  # a unit is never the order
    assert not refused.ok and refused.message.key == "returns.product_not_order"
    assert bench.scan("RB-1").ok
    assert bench.scan(barcode["DEMO-MUG"]).ok
    other = add("RB-2", [("DEMO-MUG", 1)])
    refused = bench.scan("RB-2")  # another order is never a unit, nor a switch mid-return
    assert not refused.ok and refused.message.key == "returns.finish_first"
    refused = bench.scan(barcode["DEMO-NOTE"])  # not on the order
    assert not refused.ok and refused.message.key == "returns.sku_not_on_order"
    refused = bench.scan("HOLD:OTHER")
    assert not refused.ok and refused.message.key == "bench.command_not_used_here"
    assert bench.scan("4").ok is False  # 4 mugs: more than shipped
    assert desk.returns.draft()["lines"] == [["DEMO-MUG", 1, "resellable", "other"]]
    assert desk.orders.order(other).status is OrderStatus.NEW


def test_an_order_that_never_shipped_is_refused(desk, add):
    add("RB-3", [("DEMO-MUG", 1)])
    bench = Bench(desk=desk)
    bench.scan("RETURN")
    refused = bench.scan("RB-3")
    assert not refused.ok and refused.message.key == "returns.not_shipped"
    assert bench.state.page == "returns"


def test_back_leaves_without_applying(desk, shipped, barcode, dump):
    bench = Bench(desk=desk)
    before = dump()
    scan_all(bench, ["RETURN", "RB-1", barcode["DEMO-MUG"], "BACK"])
    after = dump()
    assert bench.state.page == "queue"
    for table in ("returns", "return_lines", "stock_ledger", "events", "order_incidents"):
        assert after[table] == before[table]


def test_a_restart_resumes_the_return_and_receives_it_once(desk, shipped, barcode):
    bench = Bench(desk=desk)
    scan_all(bench, ["RETURN", "RB-1", barcode["DEMO-MUG"]])
    again = Bench(desk=desk)
    assert again.resume() is None and again.state.page == "returns"
    scan_all(again, [barcode["DEMO-MUG"], "FINISH"])
    [ret] = desk.returns.returns()
    assert [(ln["sku"], ln["quantity"]) for ln in ret["lines"]] == [("DEMO-MUG", 2)]
    assert on_hand(desk, "DEMO-MUG") == OPENING_STOCK - 1


def test_a_wrong_item_and_an_expected_parcel(desk, shipped, barcode):
    desk.returns.expect_return(order_id=shipped, lines=[("DEMO-TEE-M", 1)],
                               reason="changed_mind", tracking=PARCEL)  # fmt: skip
    bench = Bench(desk=desk)
    opened = scan_all(bench, ["RETURN", PARCEL])[-1]  # the parcel finds its order
    assert opened.message.key == "returns.order_opened"
    scan_all(bench, ["COND:WRONG", "FOREIGN-THING-9", "OK"])
    [ret] = desk.returns.returns()
    received = [ln for ln in ret["lines"] if ln["kind"] == "received"]
    assert [(ln["sku"], ln["condition"], ln["reason"]) for ln in received] == [
        ("FOREIGN-THING-9", "wrong_item", "changed_mind")
    ]
    assert desk.returns.expected_returns() == []


def test_the_page_is_in_the_help_and_on_the_command_sheet():
    assert "returns" in PAGE_GUIDE
    names = {c.name for c in for_page("returns")}
    assert {"COND", "REASON", "FINISH", "BACK", "OK"} <= names
    assert "RETURN" in {c.name for c in for_page("queue")}
    codes = {e.code for e in sheet_entries(boxes=[], couriers=[], badges=[])}
    assert {"RETURN", "COND:RESELLABLE", "COND:DAMAGED", "COND:WRONG",
            "REASON:WRONG_ITEM_SENT"} <= codes  # fmt: skip
