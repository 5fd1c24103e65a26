"""A scan means one thing: read for what it is before it is applied, and never let an order
number, a product or another order's waybill land on the order that happens to be open."""

from __future__ import annotations

import pytest
from db_dump import refusals
from desk_helpers import lotte

from fulfil_desk.core.bench import Bench
from fulfil_desk.core.bench_outcome import Cue
from fulfil_desk.core.desk import Desk
from fulfil_desk.core.errors import UserError
from fulfil_desk.core.inventory import Product
from fulfil_desk.core.orders import OrderStatus

S = OrderStatus
CJ_ORDER_A, CJ_ORDER_B = "186314881200", "186314881299"  # 12 digits: a CJ number's shape


@pytest.fixture
def two_orders(add):
    """Two Coupang orders of two units each, the shop's default courier CJ (format only)."""
    a = add(CJ_ORDER_A, [("DEMO-MUG", 2)], marketplace="coupang")
    b = add(CJ_ORDER_B, [("DEMO-TEE-M", 1)], marketplace="coupang")
    return a, b


def to_step(bench, barcode, number: str, step: str) -> None:
    """Scan `number` and go on by scans alone until its order is at `step`."""
    assert bench.scan(number).ok
    order = bench.desk.find_order(number)
    while bench.state.page != step:
        page = bench.state.page
        if page == "pick" and bench.state.pick_list_id is not None:
            order = bench.desk.order(order.id)
            line = next(ln for ln in order.lines if ln.picked < ln.quantity)
            code = barcode[line.sku]
        elif page == "pack":
            order = bench.desk.order(order.id)
            short = [ln for ln in order.lines if ln.packed < ln.quantity]
            code = barcode[short[0].sku] if short else ""
        elif page == "label":
            code = "SAVE"
        else:
            code = ""
        outcome = bench.scan(code)
        assert outcome.ok, outcome.message
        while bench.state.pending:
            bench.state.pending.pop(0)
            assert bench.label_done("test").ok


def test_the_labels_own_order_number_is_never_a_tracking_number(desk, two_orders, barcode, dump):
    bench = Bench(desk)
    to_step(bench, barcode, CJ_ORDER_A, "tracking")
    before = dump()
    outcome = bench.scan(CJ_ORDER_A)  # the only barcode on fulfil-desk's own label
    assert not outcome.ok
    assert "number of this order" in outcome.message and "not a tracking number" in outcome.message
    assert dump() == before and desk.order(two_orders[0]).status is S.LABELLED


def test_a_product_barcode_is_never_a_tracking_number(desk, two_orders, barcode, dump):
    desk.save_product(Product("DEMO-PEN", "pen", "A-09", 10, ("123456789012",)))  # CJ's shape
    bench = Bench(desk)
    to_step(bench, barcode, CJ_ORDER_A, "tracking")
    before = dump()
    outcome = bench.scan("123456789012")
    assert not outcome.ok and "product DEMO-PEN, not a tracking number" in outcome.message
    assert dump() == before


def test_another_orders_number_at_tracking_opens_that_order_and_ships_nothing(
    desk, two_orders, barcode
):
    a, b = two_orders
    bench = Bench(desk)
    to_step(bench, barcode, CJ_ORDER_A, "tracking")
    outcome = bench.scan(CJ_ORDER_B)
    assert outcome.ok, outcome.message
    assert outcome.message == (
        f"{CJ_ORDER_A} put aside at Tracking, label printed, no tracking number yet"
        f" · {CJ_ORDER_B} opened at Verify"
    )
    assert desk.order(a).status is S.LABELLED and desk.order(a).tracking_number is None
    assert (bench.state.page, bench.state.order_id) == ("verify", b)


def test_scans_meant_for_b_land_on_b(desk, two_orders, barcode):
    a, b = two_orders
    bench = Bench(desk)
    to_step(bench, barcode, CJ_ORDER_A, "pack")
    assert bench.scan(barcode["DEMO-MUG"]).ok  # 1 of 2 in A's box
    switched = bench.scan(CJ_ORDER_B)
    assert switched.message == (
        f"{CJ_ORDER_A} put aside at Pack, 1 of 2 in the box · {CJ_ORDER_B} opened at Verify"
    )
    assert desk.lock_of(a) is None and desk.lock_of(b)["station"] == desk.station
    # B's whole stream, by scans alone; A keeps its one unit and stays put aside.
    for code in ["", "", barcode["DEMO-TEE-M"], barcode["DEMO-TEE-M"], "", "SAVE"]:
        assert bench.scan(code).ok, code
        while bench.state.pending:
            bench.state.pending.pop(0)
            bench.label_done("test")
    shipped = bench.scan("600000000017")
    assert shipped.ok and shipped.heard is Cue.SHIPPED
    assert desk.order(b).tracking_number == "600000000017"
    assert desk.order(a).status is S.PACKING and desk.order(a).tracking_number is None
    assert [ln.packed for ln in desk.order(a).lines] == [1]
    assert desk.put_aside_of(a)["step"] == "pack"


def test_a_put_aside_order_resumes_where_it_was_with_its_box(desk, two_orders, barcode):
    a, _ = two_orders
    bench = Bench(desk)
    to_step(bench, barcode, CJ_ORDER_A, "pack")
    bench.scan(barcode["DEMO-MUG"])
    bench.scan("BOX-L")
    bench.scan(CJ_ORDER_B)
    assert [r["put_aside"] for r in desk.queue() if r["id"] == a] == [True]
    back = bench.scan(CJ_ORDER_A)
    assert back.message.startswith(f"{CJ_ORDER_B} left at Verify · {CJ_ORDER_A} resumed at Pack")
    assert "1 of 2 in the box" in back.message
    assert (bench.state.page, bench.state.box) == ("pack", "L")
    assert desk.put_aside_of(a) is None
    assert [r["put_aside"] for r in desk.queue() if r["id"] == a] == [False]


def test_back_puts_a_half_packed_order_aside_too(desk, two_orders, barcode):
    a, _ = two_orders
    bench = Bench(desk)
    to_step(bench, barcode, CJ_ORDER_A, "pack")
    bench.scan(barcode["DEMO-MUG"])
    back = bench.scan("BACK")
    assert back.message == f"{CJ_ORDER_A} put aside at Pack, 1 of 2 in the box. Back to the queue."
    assert desk.put_aside_of(a)["station"] == desk.station


def test_an_order_open_at_another_station_is_not_switched_to(db_path, clock, two_orders, barcode):
    a, b = two_orders
    first = Bench(Desk.open(db_path, clock=clock, station="A"))
    second = Bench(Desk.open(db_path, clock=clock, station="B"))
    try:
        to_step(first, barcode, CJ_ORDER_A, "pack")
        first.scan(barcode["DEMO-MUG"])
        assert second.scan(CJ_ORDER_B).ok
        refused = first.scan(CJ_ORDER_B)
        assert not refused.ok and "open at station B" in refused.message
        assert (first.state.page, first.state.order_id) == ("pack", a)
        assert first.desk.lock_of(a)["station"] == "A" and first.desk.put_aside_of(a) is None
        assert first.scan(barcode["DEMO-MUG"]).ok  # A goes on where it was
        taken = first.scan("TAKEOVER")  # the refused one, B, is the one taken over
        assert taken.ok and (first.state.page, first.state.order_id) == ("pack", a)
    finally:
        first.desk.close()
        second.desk.close()


def test_after_a_restart_b_s_stream_ships_b_not_a(db_path, clock, two_orders, barcode):
    a, b = two_orders
    desk = Desk.open(db_path, clock=clock, station="bench-1")
    to_step(Bench(desk), barcode, CJ_ORDER_A, "tracking")
    desk.close()
    desk = Desk.open(db_path, clock=clock, station="bench-1")
    try:
        bench = Bench(desk)
        bench.resume()
        assert (bench.state.page, bench.state.order_id) == ("tracking", a)
        to_step(bench, barcode, CJ_ORDER_B, "tracking")
        assert bench.scan("600000000024").ok
        assert desk.order(b).tracking_number == "600000000024"
        assert desk.order(a).status is S.LABELLED and desk.order(a).tracking_number is None
    finally:
        desk.close()


def test_a_shipped_order_or_its_tracking_number_at_receive_shows_it(desk, add, drive):
    order_id = add("KS-9", [("DEMO-MUG", 1)])
    drive(order_id, S.SHIPPED, tracking=lotte("25527888301"))
    bench = Bench(desk)
    for code in ["KS-9", lotte("25527888301")]:
        shown = bench.scan(code)
        assert shown.ok, shown.message
        assert (bench.state.page, bench.state.order_id) == ("done", order_id)
        assert shown.message == (
            f"Order KS-9 shipped 2026-06-18 10:00 with Lotte {lotte('25527888301')}, "
            "packed by tester, shipped by tester. Scan REPRINT to print its label again."
        )
        assert bench.scan("BACK").ok
    record = desk.order_record(order_id)
    assert record["shipped"] == {"at": "2026-06-18T10:00:00+09:00", "by": "tester"}
    assert record["packed"]["by"] == "tester"


def test_reprint_records_its_reason(desk, add, drive, db_path):
    order_id = add("KS-10", [("DEMO-MUG", 1)])
    drive(order_id, S.SHIPPED)
    bench = Bench(desk)
    bench.scan("KS-10")
    assert bench.scan("REPRINT").ok and bench.state.pending == ["reprint:damaged"]
    bench.state.pending.clear()
    assert bench.scan("REPRINT:LOST").ok and bench.state.pending == ["reprint:lost"]
    assert bench.reprint_done("cups:Label", bench_reason("lost")).ok
    event = desk.events(order_id)[-1]
    assert event["kind"] == "label_reprinted"
    assert event["detail"] == {"reason": "lost", "how": "cups:Label"}
    refused = bench.scan("REPRINT:COFFEE")
    assert not refused.ok and "REPRINT:COURIER_ASKED" in refused.message


def bench_reason(value: str):
    from fulfil_desk.core.bench_commands import ReprintReason

    return ReprintReason(value)


def test_hold_by_scan_records_the_reason_scanned(desk, add):
    order_id = add("KS-11", [("DEMO-MUG", 1)])
    bench = Bench(desk)
    bench.scan("KS-11")
    refused = bench.scan("HOLD:LUNCH")
    assert not refused.ok and "HOLD:OUT_OF_STOCK" in refused.message
    held = bench.scan("HOLD:INCOMPLETE_ADDRESS")
    assert held.ok and held.message == "Order KS-11 is on hold (incomplete address)."
    assert desk.order(order_id).hold_reason == "incomplete_address"


def test_a_weight_is_checked_when_it_is_scanned(desk, two_orders, barcode, dump):
    bench = Bench(desk)
    to_step(bench, barcode, CJ_ORDER_A, "pack")
    early = bench.scan("1250")
    assert not early.ok and "0 of 2 units are in the box" in early.message
    bench.scan(barcode["DEMO-MUG"])
    bench.scan(barcode["DEMO-MUG"])
    before = dump()
    heavy = bench.scan("99999")
    assert not heavy.ok and "99999 g is not possible" in heavy.message
    assert dump() == before and bench.state.weight_g is None
    assert bench.scan("1.2kg").ok and bench.state.weight_g == 1200


def test_refused_scans_are_logged_by_kind(desk, two_orders, barcode, db_path):
    bench = Bench(desk)
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
    assert refusals(db_path) == [
        ("pick", "wrong_item", barcode["DEMO-CASE"]),
        ("pick", "unknown_code", "9990000000017"),
        ("pack", "one_too_many", barcode["DEMO-MUG"]),
    ]


def test_a_code_that_is_two_things_is_refused_naming_both(desk, add, dump):
    add("8800000010014", [("DEMO-TEE-M", 1)])  # an order numbered like the mug's barcode
    bench = Bench(desk)
    before = dump()
    outcome = bench.scan("8800000010014")
    assert not outcome.ok
    assert outcome.message.startswith(
        "8800000010014 is both the barcode of product DEMO-MUG and the number of order "
        "8800000010014"
    )
    assert dump() == before and bench.state.page == "queue"


def test_a_coupang_order_number_inside_a_bundle_opens_the_bundle(desk, add):
    bundle = add("B-777", [("DEMO-MUG", 1)], marketplace="coupang")
    order = desk.order(bundle)
    order.lines[0].line_key = "31000555:9001"
    desk._orders.replace_lines(order)
    bench = Bench(desk)
    assert bench.scan("31000555").ok
    assert bench.state.order_id == bundle


def test_manual_confirms_one_unit_by_hand_and_says_so(desk, two_orders, barcode):
    a, _ = two_orders
    bench = Bench(desk)
    to_step(bench, barcode, CJ_ORDER_A, "pack")
    assert bench.scan("MANUAL").heard is Cue.NEXT
    refused = bench.scan("7")
    assert not refused.ok and "line number from 1 to 1" in refused.message
    done = bench.scan("1")
    assert done.ok and done.message.startswith("By hand: DEMO-MUG in the box")
    event = desk.events(a)[-1]
    assert event["kind"] == "packed_unit" and event["detail"]["manual"] is True
    assert bench.scan("2").heard is Cue.UNKNOWN_CODE  # MANUAL is for one unit only


def test_manual_can_be_forbidden_or_need_a_supervisor(desk, two_orders, barcode):
    a, _ = two_orders
    desk.save_packer("Park", supervisor=True)
    desk.set_setting("manual_confirm", "forbidden")
    bench = Bench(desk)
    to_step(bench, barcode, CJ_ORDER_A, "pack")
    assert "switched off" in bench.scan("MANUAL").message
    desk.set_setting("manual_confirm", "supervisor")
    bench.scan("PACKER:Kim")
    bench.scan("MANUAL")
    asked = bench.scan("1")
    assert asked.heard is Cue.NEXT and "supervisor's badge" in asked.message
    assert desk.order(a).units_packed == 0
    done = bench.scan(desk.packers()[0]["badge"])
    assert done.ok and desk.order(a).units_packed == 1
    event = desk.events(a)[-1]
    assert (event["actor"], event["detail"]["supervisor"]) == ("Kim", "Park")


def test_a_packer_badge_names_who_works_until_the_next(desk, add, db_path):
    order_id = add("KS-12", [("DEMO-MUG", 1)])
    desk.save_packer("김민준", badge="B-KIM")
    bench = Bench(desk)
    assert bench.scan("B-KIM").message == f"Packer 김민준 at station {desk.station}."
    bench.scan("KS-12")
    assert desk.events(order_id)[-1]["actor"] == "김민준"
    bench.scan("PACKER:Wang Fang")
    bench.scan("")
    assert desk.events(order_id)[-1]["actor"] == "Wang Fang"
    again = Bench(Desk.open(db_path, station=desk.station))  # a restart keeps the packer
    try:
        assert again.desk.actor == "Wang Fang"
    finally:
        again.desk.close()


# ---- found by review: each failed before its fix ----------------------------------------


def test_an_order_number_typed_with_dashes_is_no_tracking_number(desk, two_orders, barcode):
    bench = Bench(desk)
    to_step(bench, barcode, CJ_ORDER_A, "tracking")
    refused = bench.scan("1863-1488-1200")
    assert not refused.ok and f"number of order {CJ_ORDER_A}" in refused.message
    assert desk.order(two_orders[0]).status is S.LABELLED
    with pytest.raises(UserError, match="not a tracking number"):  # the CLI's ship, too
        desk.ship(two_orders[0], courier="CJGLS", tracking="1863 1488 1299")


def test_a_weight_that_is_also_an_order_number_is_refused_naming_both(desk, add, barcode):
    add("1250", [("DEMO-TEE-M", 1)])
    a = add("KS-20", [("DEMO-MUG", 1)])
    bench = Bench(desk)
    to_step(bench, barcode, "KS-20", "pack")
    bench.scan(barcode["DEMO-MUG"])
    refused = bench.scan("1250")
    assert not refused.ok and "number of order 1250 too" in refused.message
    assert "1250g" in refused.message and bench.state.order_id == a
    assert bench.scan("1250g").ok and bench.state.weight_g == 1250


def test_a_goods_in_quantity_that_is_an_order_number_is_refused(desk, add, barcode):
    add("3", [("DEMO-TEE-M", 1)])
    bench = Bench(desk)
    bench.scan("GOODS-IN")
    bench.scan(barcode["DEMO-MUG"])
    refused = bench.scan("3")
    assert not refused.ok and "number of order 3 too" in refused.message
    assert bench.state.page == "goods_in" and bench.stock.pending()["quantity"] == 1


def test_picking_from_the_queue_puts_the_open_order_aside_and_forgets_manual(
    desk, two_orders, add, barcode
):
    a, _ = two_orders
    c = add("KS-21", [("DEMO-CASE", 1)])
    desk.verify(c)
    bench = Bench(desk)
    to_step(bench, barcode, CJ_ORDER_A, "pack")
    bench.scan(barcode["DEMO-MUG"])
    bench.scan("MANUAL")
    picked = bench.pick([c])
    assert picked.message.startswith(f"{CJ_ORDER_A} put aside at Pack, 1 of 2 in the box")
    assert bench.state.manual is None and desk.lock_of(a) is None
    assert desk.put_aside_of(a)["step"] == "pack"
    assert not bench.scan("1").ok  # no MANUAL waits: a line number means nothing now


def test_a_finished_pick_list_puts_no_order_aside(desk, add, barcode):
    ids = [add(f"KS-3{i}", [("DEMO-MUG", 1)]) for i in range(3)]
    for order_id in ids:
        desk.verify(order_id)
    bench = Bench(desk)
    assert bench.scan("PICK-ALL").ok
    for _ in ids:
        assert bench.scan(barcode["DEMO-MUG"]).ok
    assert bench.state.page == "queue"
    assert [desk.put_aside_of(i) for i in ids] == [None, None, None]
    assert [e["kind"] for e in desk.events(ids[0])].count("opened") == 1


def test_a_refused_scan_on_the_order_page_stays_there(desk, add, drive):
    order_id = add("KS-40", [("DEMO-MUG", 1)])
    drive(order_id, S.SHIPPED)
    bench = Bench(desk)
    bench.scan("KS-40")
    assert not bench.scan("9990000000017").ok
    assert (bench.state.page, bench.state.order_id) == ("done", order_id)
    assert bench.scan("REPRINT").ok


def test_an_order_taken_over_is_not_said_to_be_put_aside(db_path, clock, two_orders, barcode):
    a, _ = two_orders
    first = Bench(Desk.open(db_path, clock=clock, station="A"))
    second = Bench(Desk.open(db_path, clock=clock, station="B"))
    try:
        to_step(first, barcode, CJ_ORDER_A, "pack")
        first.scan(barcode["DEMO-MUG"])
        second.scan(CJ_ORDER_A)
        second.scan("TAKEOVER")
        switched = first.scan(CJ_ORDER_B)
        assert switched.message.startswith(f"{CJ_ORDER_A} is open at station B · ")
        assert first.desk.put_aside_of(a) is None and first.desk.lock_of(a)["station"] == "B"
    finally:
        first.desk.close()
        second.desk.close()


def test_manual_takes_odd_digits_and_a_refusal_calmly(desk, two_orders, barcode):
    bench = Bench(desk)
    to_step(bench, barcode, CJ_ORDER_A, "pack")
    bench.scan(barcode["DEMO-MUG"])
    bench.scan(barcode["DEMO-MUG"])
    bench.scan("MANUAL")
    assert not bench.scan("²").ok  # '²'.isdigit() is True; it is no line number
    refused = bench.scan("1")  # every mug is in the box already
    assert refused.heard is Cue.ONE_TOO_MANY
    assert bench.state.manual is not None  # MANUAL still waits for a line


def test_a_verify_that_holds_the_order_is_amber_and_no_refused_scan(desk, add, db_path):
    add("KS-50", [("NO-SUCH-SKU", 1)])
    bench = Bench(desk)
    bench.scan("KS-50")
    held = bench.scan("")
    assert held.heard is Cue.NEXT and "On hold" in held.message
    assert refusals(db_path) == []


def test_enter_at_receive_skips_the_urgent_order_open_elsewhere(db_path, clock, two_orders):
    a, b = two_orders
    first = Bench(Desk.open(db_path, clock=clock, station="A"))
    second = Bench(Desk.open(db_path, clock=clock, station="B"))
    try:
        urgent = first.desk.queue(limit=1)[0]["id"]
        second.open(urgent)
        assert first.scan("").ok
        assert first.state.order_id == ({a, b} - {urgent}).pop()
    finally:
        first.desk.close()
        second.desk.close()
