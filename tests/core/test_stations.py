"""Two stations on one file, in one process: two Desks on connections of their own.

The write lock is taken before a use case reads what it decides on; an order open at one
station is refused at the other with a sentence; TAKEOVER, stale locks, and what each
station resumes after a restart."""

from __future__ import annotations

import pytest
from conftest import BUSINESS_DAY, OPENING_STOCK, dump_db
from db_dump import connect, query, sqlite_only
from wording import said

from fulfil_desk.core.bench.scanner import QUEUE, Bench
from fulfil_desk.core.bench.station_names import machine_station
from fulfil_desk.core.desk import Desk
from fulfil_desk.core.exchange.demo import demo_products
from fulfil_desk.core.kernel.clock import FixedClock
from fulfil_desk.core.kernel.errors import DatabaseBusy, OrderLocked, UserError
from fulfil_desk.core.kernel.orders import OrderStatus
from fulfil_desk.core.storage.db import open_database, transaction

pytestmark = pytest.mark.both_engines  # the same shop on a SQLite file and on PostgreSQL

S = OrderStatus


@pytest.fixture
def two(db_target, clock, add):
    """Stations A (the `desk` fixture's file, actor kim) and B (actor lee) on one file,
    one clock; orders L-1 (2 mugs) and L-2 (1 cable)."""
    a = Desk.open(db_target, clock=clock, actor="kim", station="A")
    b = Desk.open(db_target, clock=clock, actor="lee", station="B")
    ids = [add("L-1", [("DEMO-MUG", 2)]), add("L-2", [("DEMO-CABLE", 1)])]
    yield Bench(desk=a), Bench(desk=b), ids
    a.close()
    b.close()


OPEN_AT_A = (
    "Order L-1 is open at station A (packer kim) since 10:00. Scan TAKEOVER to take it over."
)


def test_an_order_open_at_one_station_is_refused_at_the_other(two, dump):
    a, b, (first, _) = two
    assert a.scan("L-1").ok
    before = dump()
    outcome = b.scan("L-1")
    assert (outcome.ok, said(outcome)) == (False, OPEN_AT_A)
    assert dump() == before
    assert b.state.page == QUEUE
    with pytest.raises(OrderLocked, match="open at station A"):
        b.desk.flow.verify(first)  # the use case itself refuses, not only the bench
    assert dump() == before


def test_takeover_moves_the_lock_and_the_events_say_from_whom(two, clock, barcode, dump):
    a, b, (first, _) = two
    for text in ["L-1", "", "", barcode["DEMO-MUG"]]:
        assert a.scan(text).ok, text
    clock.advance(minutes=3)
    assert not b.scan("L-1").ok
    taken = b.scan("TAKEOVER")
    assert taken.ok, said(taken)
    assert said(taken).startswith("Order L-1 taken over from station A (packer kim).")
    assert (b.state.page, b.state.order_id) == ("pick", first)
    *_, event, opened = b.desk.orders.events(first)  # taken over, then opened at B
    assert event["kind"] == "lock_taken_over" and event["actor"] == "lee"
    assert opened["kind"] == "opened" and opened["detail"] == {"station": "B"}
    assert event["detail"] == {
        "station": "B", "from_station": "A", "from_actor": "kim",
        "since": "2026-06-18T10:00:00+09:00", "seen_at": "2026-06-18T10:00:00+09:00",
        "stale": False,
    }  # fmt: skip
    before = dump()
    late = a.scan(barcode["DEMO-MUG"])  # A, still on the pick page, scans the second mug
    assert not late.ok and said(late).startswith("Order L-1 is open at station B (packer lee)")
    assert dump() == before
    assert a.scan("TAKEOVER").ok and a.scan(barcode["DEMO-MUG"]).ok  # and back again
    assert a.desk.orders.order(first).status is S.PICKED


def test_a_step_on_an_order_another_station_took_then_left_takes_it_back(two, barcode, db_target):
    """A packs L-1; B takes it over and leaves it (put aside at B, no lock). A closes the
    box: A holds the order again and it is no longer put aside, so no third station opens
    it beside A and prints a second label."""
    a, b, (first, _) = two
    for text in ["L-1", "", "", barcode["DEMO-MUG"], barcode["DEMO-MUG"]]:
        assert a.scan(text).ok, text
    for text in [barcode["DEMO-MUG"], barcode["DEMO-MUG"]]:
        assert a.scan(text).ok, text
    assert a.state.page == "pack"
    assert b.scan("L-1").ok is False and b.scan("TAKEOVER").ok and b.scan("BACK").ok
    assert b.desk.stations.put_aside_of(first)["station"] == "B"
    assert a.scan("").ok and a.state.page == "label"  # A closes the box
    locks = query(db_target, "SELECT order_id, station FROM order_locks")
    assert locks == [(first, "A")]
    assert a.desk.stations.put_aside_of(first) is None
    assert said(b.scan("L-1")).startswith("Order L-1 is open at station A")


def test_the_lock_names_the_packer_who_scanned_last(two, barcode):
    a, b, _ = two
    assert a.scan("L-1").ok  # opened by kim
    assert a.desk.packers.set_packer("park") and a.scan("").ok  # verified by park
    assert said(b.scan("L-1")).startswith("Order L-1 is open at station A (packer park)")


def test_a_lock_not_seen_for_the_stale_minutes_says_so(two, clock):
    a, b, _ = two
    assert a.scan("L-1").ok
    clock.advance(minutes=9, seconds=59)
    assert said(b.scan("L-1")) == OPEN_AT_A
    clock.advance(seconds=1)
    stale = said(b.scan("L-1"))
    assert stale == (
        "Order L-1 was opened at station A (packer kim) at 10:00, which has not scanned it "
        "since 10:00: the lock is stale (over 10 minutes). Scan TAKEOVER to take it over."
    )
    assert said(b.scan("TAKEOVER")).startswith(
        "Order L-1 taken over from station A (packer kim; its lock was stale)."
    )
    assert b.desk.stations.lock_of(a.desk.orders.find_order("L-1").id)["station"] == "B"


def test_every_accepted_scan_refreshes_the_lock(two, clock, barcode):
    a, b, (first, _) = two
    assert a.scan("L-1").ok and a.scan("").ok
    clock.advance(minutes=8)
    assert a.scan("").ok  # starts picking: seen now
    clock.advance(minutes=8)
    assert a.desk.stations.lock_of(first)["stale"] is False
    assert "is open at station A" in said(b.scan("L-1"))
    assert not a.scan("9990000000017").ok  # a refused scan is no sign of life either
    assert a.desk.stations.lock_of(first)["seen_at"] == "2026-06-18T10:08:00+09:00"


def test_leaving_or_finishing_an_order_releases_it(two, barcode):
    a, b, (first, second) = two
    assert a.scan("L-2").ok and a.scan("BACK").ok
    assert b.scan("L-2").ok  # free again
    assert b.scan("HOLD").ok and b.state.page == QUEUE  # held: back to the queue, lock gone
    assert a.desk.stations.locks() == []


def test_pick_all_leaves_out_orders_open_at_another_station(two):
    a, b, (first, second) = two
    a.desk.flow.verify(first)
    b.desk.flow.verify(second)
    assert a.scan("L-1").ok
    outcome = b.scan("PICK-ALL")
    assert outcome.ok and "1 verified order open at another station is not on it" in said(outcome)
    assert [r.sku for r in b.desk.flow.pick_rows(b.state.pick_list_id)] == ["DEMO-CABLE"]
    assert a.scan("BACK").ok and said(a.scan("L-2")).startswith("Order L-2 is open at station B")


def test_each_station_resumes_its_own_order_and_choices(two, db_target, clock, barcode):
    a, b, (first, second) = two
    for text in ["L-1", "", "", barcode["DEMO-MUG"], barcode["DEMO-MUG"], barcode["DEMO-MUG"]]:
        assert a.scan(text).ok, text
    assert a.scan("BOX-L").ok and a.scan("COURIER:HYUNDAI").ok is False  # not at tracking
    assert b.scan("L-2").ok
    again = {}
    for name in ("A", "B"):
        desk = Desk.open(db_target, clock=clock, actor="x", station=name)
        bench = Bench(desk=desk)
        assert said(bench.resume()) == ""
        again[name] = (bench.state.page, bench.state.order_id, bench.state.box)
        desk.close()
    assert again == {"A": ("pack", first, "L"), "B": ("verify", second, None)}


def test_a_station_whose_order_was_taken_resumes_on_the_queue_and_says_why(two, db_target, clock):
    a, b, (first, _) = two
    assert a.scan("L-1").ok
    assert not b.scan("L-1").ok and b.scan("TAKEOVER").ok
    desk = Desk.open(db_target, clock=clock, actor="kim", station="A")
    try:
        bench = Bench(desk=desk)
        assert said(bench.resume()).startswith("Order L-1 is open at station B (packer lee)")
        assert bench.state.page == QUEUE
    finally:
        desk.close()


def test_takeover_with_nothing_to_take_is_refused_with_a_sentence(two, dump):
    a, _, _ = two
    before = dump()
    outcome = a.scan("TAKEOVER")
    assert not outcome.ok and said(outcome).startswith("Nothing to take over")
    assert dump() == before


# ---- the write lock -----------------------------------------------------------------------


def test_a_transaction_holds_the_write_lock_from_its_start(db_target, desk):
    sqlite_only(db_target, "BEGIN IMMEDIATE; PostgreSQL's lock: tests/core/test_pg_engine.py")
    first, second = open_database(db_target), open_database(db_target)
    second.execute("PRAGMA busy_timeout=50")
    try:
        with transaction(first):
            assert first.conn.in_transaction
            busy = pytest.raises(DatabaseBusy, match="^Another station is saving; scan again.$")
            with busy, transaction(second):
                pass  # not even a read: BEGIN IMMEDIATE itself waits, then gives up
        with transaction(second):
            second.execute("INSERT INTO settings VALUES ('x', '1')")
    finally:
        first.conn.close()
        second.conn.close()


def test_a_nested_transaction_is_a_savepoint_that_rolls_back_alone(db_target, desk):
    db = open_database(db_target)
    try:
        with transaction(db):
            db.execute("INSERT INTO settings VALUES ('outer', '1')")
            with pytest.raises(ZeroDivisionError), transaction(db):
                db.execute("INSERT INTO settings VALUES ('inner', '1')")
                _ = 1 / 0
        keys = [
            r[0] for r in db.execute("SELECT key FROM settings WHERE key IN ('outer', 'inner')")
        ]
        assert keys == ["outer"]
    finally:
        db.close()


def test_a_scan_while_another_station_holds_the_lock_too_long_is_refused(
    desk, add, db_target, dump
):
    sqlite_only(db_target, "BEGIN IMMEDIATE; PostgreSQL's lock: tests/core/test_pg_engine.py")
    order_id = add("W-1", [("DEMO-MUG", 1)])
    bench = Bench(desk=desk)
    assert bench.scan("W-1").ok
    desk._ctx.db.execute("PRAGMA busy_timeout=50")
    other = connect(db_target, isolation_level=None)
    try:
        other.execute("BEGIN IMMEDIATE")
        before = dump_db(db_target)
        outcome = bench.scan("")
        assert (outcome.ok, said(outcome)) == (False, "Another station is saving; scan again.")
        other.execute("ROLLBACK")
    finally:
        other.close()
    assert dump() == before
    assert bench.scan("").ok and desk.orders.order(order_id).status is S.VERIFIED


@pytest.mark.parametrize("command", ["RETURN", "HANDOVER", "GOODS-IN", "COUNT"])
def test_a_page_command_the_database_refused_leaves_the_bench_where_it_was(
    desk, db_target, request, monkeypatch, command
):
    """Its page is entered with a write (the page's draft): refused by a busy lock on a file,
    or by a server gone away, the bench stays on the queue and the next try enters it."""
    bench = Bench(desk=desk)
    db = desk._ctx.db
    if db.engine == "postgresql":
        from pg_server import end_the_connection_now, keep_the_server_away

        come_back = keep_the_server_away(monkeypatch, db)
        end_the_connection_now(db, request.getfixturevalue("pg_cluster"))
        gone = bench.scan(command)
        assert not gone.ok and "cannot be reached" in said(gone)
        come_back()
    else:
        db.execute("PRAGMA busy_timeout=50")
        other = connect(db_target, isolation_level=None)
        other.execute("BEGIN IMMEDIATE")
        busy = bench.scan(command)
        other.execute("ROLLBACK")
        other.close()
        assert (busy.ok, said(busy)) == (False, "Another station is saving; scan again.")
    assert bench.state.page == QUEUE
    assert Bench(desk=desk).state.page == QUEUE  # nor was it saved as the station's page
    assert bench.scan(command).ok and bench.state.page != QUEUE


# ---- names ----------------------------------------------------------------------------------


def test_the_machine_station_name_is_made_once_and_kept(tmp_path):
    name = machine_station(tmp_path)
    assert name == machine_station(tmp_path) and len(name) > 5
    assert (tmp_path / "station").read_text("utf-8").strip() == name


@pytest.mark.parametrize("name", ["   ", "x" * 41, "a\nb"])
def test_a_station_needs_a_usable_name(db_target, name):
    with pytest.raises(UserError, match="station name"):
        Desk.open(db_target, clock=FixedClock(BUSINESS_DAY), station=name)


def test_stock_counts_from_two_stations_add_up(db_target, clock):
    a = Desk.open(db_target, clock=clock, station="A")
    b = Desk.open(db_target, clock=clock, station="B")
    try:
        for product in demo_products():
            a.products.save_product(product)
            a.stock.receive_stock(product.sku, OPENING_STOCK)
        count_id, _ = a.counts.start_count("A-01-1")
        for desk in (a, b, a, b, b):
            desk.counts.count_scan(count_id, "DEMO-MUG")
        assert [r["counted"] for r in b.counts.count_lines(count_id) if r["sku"] == "DEMO-MUG"] == [
            5
        ]
    finally:
        a.close()
        b.close()


def test_blind_chosen_before_a_count_survives_a_restart(desk, db_target, clock):
    bench = Bench(desk=desk)
    assert bench.scan("COUNT").ok and bench.scan("BLIND").ok
    again = Desk.open(db_target, clock=clock, station=desk.station)
    try:
        resumed = Bench(desk=again)
        assert said(resumed.resume()) == "" and resumed.state.page == "count"
        assert resumed.stock.blind is True
        assert resumed.scan("A-01-1").ok
        assert again.counts.count_info(again.counts.open_count())["blind"] is True
    finally:
        again.close()
