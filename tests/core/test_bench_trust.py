"""A scan means one thing: read for what it is before it is applied, and never let an order
number, a product or another order's waybill land on the order that happens to be open."""

from __future__ import annotations

import pytest
from bench_helpers import CJ_ORDER_A, to_step
from db_dump import refusals
from desk_helpers import lotte
from wording import said

from fulfil_desk.core.bench.outcome import Cue
from fulfil_desk.core.bench.scanner import Bench
from fulfil_desk.core.desk import Desk
from fulfil_desk.core.kernel.errors import UserError
from fulfil_desk.core.kernel.orders import OrderStatus
from fulfil_desk.core.stock.inventory import Product

pytestmark = pytest.mark.both_engines

S = OrderStatus


def test_the_labels_own_order_number_is_never_a_tracking_number(desk, two_orders, barcode, dump):
    bench = Bench(desk=desk)
    to_step(bench, barcode, CJ_ORDER_A, "tracking")
    before = dump()
    outcome = bench.scan(CJ_ORDER_A)  # the only barcode on fulfil-desk's own label
    assert not outcome.ok
    assert "number of this order" in said(outcome) and "not a tracking number" in said(outcome)
    assert dump() == before and desk.orders.order(two_orders[0]).status is S.LABELLED


def test_a_product_barcode_is_never_a_tracking_number(desk, two_orders, barcode, dump):
    desk.products.save_product(
        Product("DEMO-PEN", "pen", "A-09", 10, ("123456789012",))
    )  # CJ's shape
    bench = Bench(desk=desk)
    to_step(bench, barcode, CJ_ORDER_A, "tracking")
    before = dump()
    outcome = bench.scan("123456789012")
    assert not outcome.ok and "product DEMO-PEN, not a tracking number" in said(outcome)
    assert dump() == before


def test_a_shipped_order_or_its_tracking_number_at_receive_shows_it(desk, add, drive):
    order_id = add("KS-9", [("DEMO-MUG", 1)])
    drive(order_id, S.SHIPPED, tracking=lotte("25527888301"))
    bench = Bench(desk=desk)
    for code in ["KS-9", lotte("25527888301")]:
        shown = bench.scan(code)
        assert shown.ok, said(shown)
        assert (bench.state.page, bench.state.order_id) == ("done", order_id)
        assert said(shown, desk) == (
            f"Order KS-9 shipped Thu 18 Jun 2026 10:00 with Lotte {lotte('25527888301')}, "
            "packed by tester, shipped by tester. Scan REPRINT to print its label again."
        )
        assert bench.scan("BACK").ok
    record = desk.audit.order_record(order_id)
    assert record["shipped"] == {"at": "2026-06-18T10:00:00+09:00", "by": "tester"}
    assert record["packed"]["by"] == "tester"


def test_reprint_records_its_reason(desk, add, drive):
    order_id = add("KS-10", [("DEMO-MUG", 1)])
    drive(order_id, S.SHIPPED)
    bench = Bench(desk=desk)
    bench.scan("KS-10")
    assert bench.scan("REPRINT").ok and bench.state.pending == ["reprint:damaged"]
    bench.state.pending.clear()
    assert bench.scan("REPRINT:LOST").ok and bench.state.pending == ["reprint:lost"]
    assert bench.reprint_done("cups:Label", bench_reason("lost")).ok
    event = desk.orders.events(order_id)[-1]
    assert event["kind"] == "label_reprinted"
    assert event["detail"] == {"reason": "lost", "how": "cups:Label"}
    refused = bench.scan("REPRINT:COFFEE")
    assert not refused.ok and "REPRINT:COURIER_ASKED" in said(refused)


def bench_reason(value: str):
    from fulfil_desk.core.bench.commands import ReprintReason

    return ReprintReason(value)


def test_hold_by_scan_records_the_reason_scanned(desk, add):
    order_id = add("KS-11", [("DEMO-MUG", 1)])
    bench = Bench(desk=desk)
    bench.scan("KS-11")
    refused = bench.scan("HOLD:LUNCH")
    assert not refused.ok and "HOLD:OUT_OF_STOCK" in said(refused)
    held = bench.scan("HOLD:INCOMPLETE_ADDRESS")
    assert held.ok and said(held) == "Order KS-11 is on hold (incomplete address)."
    assert desk.orders.order(order_id).hold_reason == "incomplete_address"


def test_a_weight_is_checked_when_it_is_scanned(desk, two_orders, barcode, dump):
    bench = Bench(desk=desk)
    to_step(bench, barcode, CJ_ORDER_A, "pack")
    early = bench.scan("1250")
    assert not early.ok and "0 of 2 units are in the box" in said(early)
    bench.scan(barcode["DEMO-MUG"])
    bench.scan(barcode["DEMO-MUG"])
    before = dump()
    heavy = bench.scan("99999")
    assert not heavy.ok and "99999 g is not possible" in said(heavy)
    assert dump() == before and bench.state.weight_g is None
    assert bench.scan("1.2kg").ok and bench.state.weight_g == 1200


def test_refused_scans_are_logged_by_kind(desk, two_orders, barcode, db_target):
    bench = Bench(desk=desk)
    to_step(bench, barcode, CJ_ORDER_A, "pick")
    bench.scan("")  # starts picking
    wrong = bench.scan(barcode["DEMO-CASE"])
    unknown = bench.scan("9990000000017")
    for _ in range(4):  # two picked (the station moves on to pack), two into the box
        assert bench.scan(barcode["DEMO-MUG"]).ok
    extra = bench.scan(barcode["DEMO-MUG"])
    assert (wrong.heard, unknown.heard, extra.heard) == (
        Cue.WRONG_ITEM, Cue.UNKNOWN_CODE, Cue.ONE_TOO_MANY,
    )  # fmt: skip
    assert refusals(db_target) == [
        ("pick", "wrong_item", barcode["DEMO-CASE"]),
        ("pick", "unknown_code", "9990000000017"),
        ("pack", "one_too_many", barcode["DEMO-MUG"]),
    ]


def test_a_code_that_is_two_things_is_refused_naming_both(desk, add, dump):
    add("8800000010014", [("DEMO-TEE-M", 1)])  # an order numbered like the mug's barcode
    bench = Bench(desk=desk)
    before = dump()
    outcome = bench.scan("8800000010014")
    assert not outcome.ok
    assert said(outcome).startswith(
        "8800000010014 is both the barcode of product DEMO-MUG and the number of order "
        "8800000010014"
    )
    assert dump() == before and bench.state.page == "queue"


def test_a_coupang_order_number_inside_a_bundle_opens_the_bundle(desk, add):
    bundle = add("B-777", [("DEMO-MUG", 1)], marketplace="coupang")
    order = desk.orders.order(bundle)
    order.lines[0].line_key = "31000555:9001"
    desk._ctx.orders.replace_lines(order)
    bench = Bench(desk=desk)
    assert bench.scan("31000555").ok
    assert bench.state.order_id == bundle


def test_manual_confirms_one_unit_by_hand_and_says_so(desk, two_orders, barcode):
    a, _ = two_orders
    bench = Bench(desk=desk)
    to_step(bench, barcode, CJ_ORDER_A, "pack")
    assert bench.scan("MANUAL").heard is Cue.NEXT
    refused = bench.scan("7")
    assert not refused.ok and "line number from 1 to 1" in said(refused)
    done = bench.scan("1")
    assert done.ok and said(done).startswith("By hand: DEMO-MUG in the box")
    event = desk.orders.events(a)[-1]
    assert event["kind"] == "packed_unit" and event["detail"]["manual"] is True
    assert bench.scan("2").heard is Cue.UNKNOWN_CODE  # MANUAL is for one unit only


def test_manual_can_be_forbidden_or_need_a_supervisor(desk, two_orders, barcode):
    a, _ = two_orders
    desk.packers.save_packer("Park", supervisor=True)
    desk.settings.set("manual_confirm", "forbidden")
    bench = Bench(desk=desk)
    to_step(bench, barcode, CJ_ORDER_A, "pack")
    assert "switched off" in said(bench.scan("MANUAL"))
    desk.settings.set("manual_confirm", "supervisor")
    bench.scan("PACKER:Kim")
    bench.scan("MANUAL")
    asked = bench.scan("1")
    assert asked.heard is Cue.NEXT and "supervisor's badge" in said(asked)
    assert desk.orders.order(a).units_packed == 0
    done = bench.scan(desk.packers.packers()[0]["badge"])
    assert done.ok and desk.orders.order(a).units_packed == 1
    event = desk.orders.events(a)[-1]
    assert (event["actor"], event["detail"]["supervisor"]) == ("Kim", "Park")


def test_a_packer_badge_names_who_works_until_the_next(desk, add, db_target, tmp_path):
    order_id = add("KS-12", [("DEMO-MUG", 1)])
    desk.packers.save_packer("김민준", badge="B-KIM")
    bench = Bench(desk=desk)
    assert said(bench.scan("B-KIM")) == f"Packer 김민준 at station {desk.station}."
    bench.scan("KS-12")
    assert desk.orders.events(order_id)[-1]["actor"] == "김민준"
    bench.scan("PACKER:Wang Fang")
    bench.scan("")
    assert desk.orders.events(order_id)[-1]["actor"] == "Wang Fang"
    # A restart keeps the packer.
    again = Bench(desk=Desk.open(db_target, station=desk.station, data_folder=tmp_path))
    try:
        assert again.desk.actor == "Wang Fang"
    finally:
        again.desk.close()


# ---- found by review: each failed before its fix ----------------------------------------


def test_an_order_number_typed_with_dashes_is_no_tracking_number(desk, two_orders, barcode):
    bench = Bench(desk=desk)
    to_step(bench, barcode, CJ_ORDER_A, "tracking")
    refused = bench.scan("1863-1488-1200")
    assert not refused.ok and f"number of order {CJ_ORDER_A}" in said(refused)
    assert desk.orders.order(two_orders[0]).status is S.LABELLED
    with pytest.raises(UserError, match="not a tracking number"):  # the CLI's ship, too
        desk.flow.ship(two_orders[0], courier="CJGLS", tracking="1863 1488 1299")


def test_a_weight_that_is_also_an_order_number_is_refused_naming_both(desk, add, barcode):
    add("1250", [("DEMO-TEE-M", 1)])
    a = add("KS-20", [("DEMO-MUG", 1)])
    bench = Bench(desk=desk)
    to_step(bench, barcode, "KS-20", "pack")
    bench.scan(barcode["DEMO-MUG"])
    refused = bench.scan("1250")
    assert not refused.ok and "number of order 1250 too" in said(refused)
    assert "1250g" in said(refused) and bench.state.order_id == a
    assert bench.scan("1250g").ok and bench.state.weight_g == 1250


def test_a_goods_in_quantity_that_is_an_order_number_is_refused(desk, add, barcode):
    add("3", [("DEMO-TEE-M", 1)])
    bench = Bench(desk=desk)
    bench.scan("GOODS-IN")
    bench.scan(barcode["DEMO-MUG"])
    refused = bench.scan("3")
    assert not refused.ok and "number of order 3 too" in said(refused)
    assert bench.state.page == "goods_in" and bench.stock.pending()["quantity"] == 1


def test_a_refused_scan_on_the_order_page_stays_there(desk, add, drive):
    order_id = add("KS-40", [("DEMO-MUG", 1)])
    drive(order_id, S.SHIPPED)
    bench = Bench(desk=desk)
    bench.scan("KS-40")
    assert not bench.scan("9990000000017").ok
    assert (bench.state.page, bench.state.order_id) == ("done", order_id)
    assert bench.scan("REPRINT").ok


def test_manual_takes_odd_digits_and_a_refusal_calmly(desk, two_orders, barcode):
    bench = Bench(desk=desk)
    to_step(bench, barcode, CJ_ORDER_A, "pack")
    bench.scan(barcode["DEMO-MUG"])
    bench.scan(barcode["DEMO-MUG"])
    bench.scan("MANUAL")
    assert not bench.scan("²").ok  # '²'.isdigit() is True; it is no line number
    refused = bench.scan("1")  # every mug is in the box already
    assert refused.heard is Cue.ONE_TOO_MANY
    assert bench.state.manual is not None  # MANUAL still waits for a line


def test_a_verify_that_holds_the_order_is_amber_and_no_refused_scan(desk, add, db_target):
    add("KS-50", [("NO-SUCH-SKU", 1)])
    bench = Bench(desk=desk)
    bench.scan("KS-50")
    held = bench.scan("")
    assert held.heard is Cue.NEXT and "On hold" in said(held)
    assert refusals(db_target) == []


def test_an_order_with_a_bare_date_ship_by_is_in_the_queue_due_that_day(desk, add):
    add("KS-BARE", [("DEMO-MUG", 1)], ship_by="2026-06-18")  # the fixture's clock's day
    (row,) = [r for r in desk.orders.queue() if r["order_number"] == "KS-BARE"]
    assert row["due"] == "today"
