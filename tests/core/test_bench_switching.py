"""Another order's number at any page switches orders safely: the open one put aside as it
is (its scans, its box, its lock released), the scanned one opened at its step; with two
stations, the other's lock respected; after a restart, a stream meant for B lands on B."""

from __future__ import annotations

from bench_helpers import CJ_ORDER_A, CJ_ORDER_B, to_step
from wording import said

from fulfil_desk.core.bench.outcome import Cue
from fulfil_desk.core.bench.scanner import Bench
from fulfil_desk.core.desk import Desk
from fulfil_desk.core.kernel.orders import OrderStatus

S = OrderStatus


def test_another_orders_number_at_tracking_opens_that_order_and_ships_nothing(
    desk, two_orders, barcode
):
    a, b = two_orders
    bench = Bench(desk=desk)
    to_step(bench, barcode, CJ_ORDER_A, "tracking")
    outcome = bench.scan(CJ_ORDER_B)
    assert outcome.ok, said(outcome)
    assert said(outcome) == (
        f"{CJ_ORDER_A} put aside at Tracking, label printed, no tracking number yet"
        f" · {CJ_ORDER_B} opened at Verify"
    )
    assert (
        desk.orders.order(a).status is S.LABELLED and desk.orders.order(a).tracking_number is None
    )
    assert (bench.state.page, bench.state.order_id) == ("verify", b)


def test_scans_meant_for_b_land_on_b(desk, two_orders, barcode):
    a, b = two_orders
    bench = Bench(desk=desk)
    to_step(bench, barcode, CJ_ORDER_A, "pack")
    assert bench.scan(barcode["DEMO-MUG"]).ok  # 1 of 2 in A's box
    switched = bench.scan(CJ_ORDER_B)
    assert said(switched) == (
        f"{CJ_ORDER_A} put aside at Pack, 1 of 2 in the box · {CJ_ORDER_B} opened at Verify"
    )
    assert desk.stations.lock_of(a) is None and desk.stations.lock_of(b)["station"] == desk.station
    # B's whole stream, by scans alone; A keeps its one unit and stays put aside.
    for code in ["", "", barcode["DEMO-TEE-M"], barcode["DEMO-TEE-M"], "", "SAVE"]:
        assert bench.scan(code).ok, code
        while bench.state.pending:
            bench.state.pending.pop(0)
            bench.label_done("test")
    shipped = bench.scan("600000000017")
    assert shipped.ok and shipped.heard is Cue.SHIPPED
    assert desk.orders.order(b).tracking_number == "600000000017"
    assert desk.orders.order(a).status is S.PACKING and desk.orders.order(a).tracking_number is None
    assert [ln.packed for ln in desk.orders.order(a).lines] == [1]
    assert desk.stations.put_aside_of(a)["step"] == "pack"


def test_a_put_aside_order_resumes_where_it_was_with_its_box(desk, two_orders, barcode):
    a, _ = two_orders
    bench = Bench(desk=desk)
    to_step(bench, barcode, CJ_ORDER_A, "pack")
    bench.scan(barcode["DEMO-MUG"])
    bench.scan("BOX-L")
    bench.scan(CJ_ORDER_B)
    assert [r["put_aside"] for r in desk.orders.queue() if r["id"] == a] == [True]
    back = bench.scan(CJ_ORDER_A)
    assert said(back).startswith(f"{CJ_ORDER_B} left at Verify · {CJ_ORDER_A} resumed at Pack")
    assert "1 of 2 in the box" in said(back)
    assert (bench.state.page, bench.state.box) == ("pack", "L")
    assert desk.stations.put_aside_of(a) is None
    assert [r["put_aside"] for r in desk.orders.queue() if r["id"] == a] == [False]


def test_back_puts_a_half_packed_order_aside_too(desk, two_orders, barcode):
    a, _ = two_orders
    bench = Bench(desk=desk)
    to_step(bench, barcode, CJ_ORDER_A, "pack")
    bench.scan(barcode["DEMO-MUG"])
    back = bench.scan("BACK")
    assert said(back) == f"{CJ_ORDER_A} put aside at Pack, 1 of 2 in the box. Back to the queue."
    assert desk.stations.put_aside_of(a)["station"] == desk.station


def test_an_order_open_at_another_station_is_not_switched_to(db_path, clock, two_orders, barcode):
    a, b = two_orders
    first = Bench(desk=Desk.open(db_path, clock=clock, station="A"))
    second = Bench(desk=Desk.open(db_path, clock=clock, station="B"))
    try:
        to_step(first, barcode, CJ_ORDER_A, "pack")
        first.scan(barcode["DEMO-MUG"])
        assert second.scan(CJ_ORDER_B).ok
        refused = first.scan(CJ_ORDER_B)
        assert not refused.ok and "open at station B" in said(refused)
        assert (first.state.page, first.state.order_id) == ("pack", a)
        assert (
            first.desk.stations.lock_of(a)["station"] == "A"
            and first.desk.stations.put_aside_of(a) is None
        )
        assert first.scan(barcode["DEMO-MUG"]).ok  # A goes on where it was
        taken = first.scan("TAKEOVER")  # the refused one, B, is the one taken over
        assert taken.ok and (first.state.page, first.state.order_id) == ("pack", a)
    finally:
        first.desk.close()
        second.desk.close()


def test_after_a_restart_b_s_stream_ships_b_not_a(db_path, clock, two_orders, barcode):
    a, b = two_orders
    desk = Desk.open(db_path, clock=clock, station="bench-1")
    to_step(Bench(desk=desk), barcode, CJ_ORDER_A, "tracking")
    desk.close()
    desk = Desk.open(db_path, clock=clock, station="bench-1")
    try:
        bench = Bench(desk=desk)
        bench.resume()
        assert (bench.state.page, bench.state.order_id) == ("tracking", a)
        to_step(bench, barcode, CJ_ORDER_B, "tracking")
        assert bench.scan("600000000024").ok
        assert desk.orders.order(b).tracking_number == "600000000024"
        assert (
            desk.orders.order(a).status is S.LABELLED
            and desk.orders.order(a).tracking_number is None
        )
    finally:
        desk.close()


def test_picking_from_the_queue_puts_the_open_order_aside_and_forgets_manual(
    desk, two_orders, add, barcode
):
    a, _ = two_orders
    c = add("KS-21", [("DEMO-CASE", 1)])
    desk.flow.verify(c)
    bench = Bench(desk=desk)
    to_step(bench, barcode, CJ_ORDER_A, "pack")
    bench.scan(barcode["DEMO-MUG"])
    bench.scan("MANUAL")
    picked = bench.pick([c])
    assert said(picked).startswith(f"{CJ_ORDER_A} put aside at Pack, 1 of 2 in the box")
    assert bench.state.manual is None and desk.stations.lock_of(a) is None
    assert desk.stations.put_aside_of(a)["step"] == "pack"
    assert not bench.scan("1").ok  # no MANUAL waits: a line number means nothing now


def test_a_finished_pick_list_puts_no_order_aside(desk, add, barcode):
    ids = [add(f"KS-3{i}", [("DEMO-MUG", 1)]) for i in range(3)]
    for order_id in ids:
        desk.flow.verify(order_id)
    bench = Bench(desk=desk)
    assert bench.scan("PICK-ALL").ok
    for _ in ids:
        assert bench.scan(barcode["DEMO-MUG"]).ok
    assert bench.state.page == "queue"
    assert [desk.stations.put_aside_of(i) for i in ids] == [None, None, None]
    assert [e["kind"] for e in desk.orders.events(ids[0])].count("opened") == 1


def test_an_order_taken_over_is_not_said_to_be_put_aside(db_path, clock, two_orders, barcode):
    a, _ = two_orders
    first = Bench(desk=Desk.open(db_path, clock=clock, station="A"))
    second = Bench(desk=Desk.open(db_path, clock=clock, station="B"))
    try:
        to_step(first, barcode, CJ_ORDER_A, "pack")
        first.scan(barcode["DEMO-MUG"])
        second.scan(CJ_ORDER_A)
        second.scan("TAKEOVER")
        switched = first.scan(CJ_ORDER_B)
        assert said(switched).startswith(f"{CJ_ORDER_A} is open at station B · ")
        assert (
            first.desk.stations.put_aside_of(a) is None
            and first.desk.stations.lock_of(a)["station"] == "B"
        )
    finally:
        first.desk.close()
        second.desk.close()


def test_enter_at_receive_skips_the_urgent_order_open_elsewhere(db_path, clock, two_orders):
    a, b = two_orders
    first = Bench(desk=Desk.open(db_path, clock=clock, station="A"))
    second = Bench(desk=Desk.open(db_path, clock=clock, station="B"))
    try:
        urgent = first.desk.orders.queue(limit=1)[0]["id"]
        second.open(urgent)
        assert first.scan("").ok
        assert first.state.order_id == ({a, b} - {urgent}).pop()
    finally:
        first.desk.close()
        second.desk.close()
