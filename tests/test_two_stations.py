"""Two stations, one database (a SQLite file, or a PostgreSQL URL and nothing else shared):
two `fulfil-desk bench` processes at once.

No lost update: two processes scanning the same pick list at the same moment never both
count one unit. An order open at one station is refused at the other with a sentence
saying where; TAKEOVER takes it, and the events table says from whom; a lock not seen for
a while is reported as stale.
"""

from __future__ import annotations

import getpass
import json
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from db_dump import connect
from db_dump import dump_db as dump
from kill_harness import prepare_shop, view
from kill_station import Station

from fulfil_desk.core.desk import Desk

pytestmark = pytest.mark.both_engines  # a SQLite file, then a PostgreSQL URL


@pytest.fixture
def shop(db_target, tmp_path):
    return db_target, prepare_shop(db_target, orders=6), tmp_path / "labels"


def test_two_processes_scanning_one_pick_list_never_lose_a_unit(shop):
    db, order_ids, labels = shop
    # One pick list over every order, open at station "bench-1"; two app instances on that
    # machine (one station name, so the locks cannot keep them apart: only the database can).
    desk = Desk.open(db, station="bench-1")
    try:
        for order_id in order_ids:
            desk.flow.verify(order_id)
        list_id, _ = desk.flow.start_pick(order_ids, open_here=True)
        rows = desk.flow.pick_rows(list_id)
    finally:
        desk.close()
    units = sum(r.quantity for r in rows)
    scans = [r.barcode for r in rows for _ in range(r.quantity)]
    first = Station(db, station="bench-1", label_dir=labels)
    second = Station(db, station="bench-1", label_dir=labels)
    try:
        verdicts = []
        for code in scans:  # both scan the same unit at the same moment, in lockstep
            first.send(code)
            second.send(code)
            verdicts += [first.reply(), second.reply()]
    finally:
        assert first.close() == 0 and second.close() == 0
    accepted = [v for v in verdicts if v.ok]
    assert len(accepted) == units, [v.message for v in verdicts]
    # The other station's scan of a unit already counted: one too many, or (once the orders
    # wanting it are picked) not on what is left of the list, or the list is done.
    refused = {v.message for v in verdicts if not v.ok}
    gone = ("already picked", "not on this pick list", "nothing left to pick", "not an order")
    assert all(any(g in m for g in gone) for m in refused), sorted(refused)
    shop_now = view(db, "bench-1")
    picked = sum(p for o in shop_now.orders.values() for _, _, p, _ in o["lines"])
    assert picked == units
    con = connect(db)
    try:
        events = con.execute("SELECT COUNT(*) FROM events WHERE kind = 'picked'").fetchone()[0]
    finally:
        con.close()
    assert events == units
    assert {o["status"] for o in shop_now.orders.values()} == {"picked"}


def _since(db, order_id: int) -> str:
    con = connect(db)
    try:
        at = con.execute(
            "SELECT acquired_at FROM order_locks WHERE order_id = ?", [order_id]
        ).fetchone()[0]
    finally:
        con.close()
    return datetime.fromisoformat(at).astimezone(ZoneInfo("Asia/Seoul")).strftime("%H:%M")


def test_an_order_open_at_one_station_is_refused_at_the_other_until_taken_over(shop):
    db, order_ids, labels = shop
    order = view(db).orders[order_ids[0]]
    a = Station(db, station="bench-A", label_dir=labels)
    b = Station(db, station="bench-B", label_dir=labels)
    try:
        assert a.scan(order["number"]).page == "verify"
        before = dump(db)
        refused = b.scan(order["number"])
        packer = getpass.getuser()
        assert not refused.ok and refused.page == "queue"
        assert refused.message == (
            f"Order {order['number']} is open at station bench-A (packer {packer}) since "
            f"{_since(db, order_ids[0])}. Scan TAKEOVER to take it over."
        )
        assert dump(db) == before  # the refusal changed nothing

        assert a.scan("").ok  # A verifies: still A's order
        taken = b.scan("TAKEOVER")
        assert taken.ok and (taken.page, taken.order_id) == ("pick", order_ids[0])
        assert f"taken over from station bench-A (packer {packer})" in taken.message

        before = dump(db)
        late = a.scan("")  # A tries to start picking it
        assert not late.ok
        assert f"is open at station bench-B (packer {packer})" in late.message
        assert dump(db) == before
        assert b.scan("").ok  # B picks it
    finally:
        assert a.close() == 0 and b.close() == 0
    con = connect(db)
    try:
        rows = con.execute(
            "SELECT actor, detail FROM events WHERE kind = 'lock_taken_over' AND order_id = ?",
            [order_ids[0]],
        ).fetchall()
    finally:
        con.close()
    assert len(rows) == 1
    detail = json.loads(rows[0][1])
    assert (rows[0][0], detail["station"], detail["from_station"], detail["stale"]) == (
        packer, "bench-B", "bench-A", False,
    )  # fmt: skip


def test_a_lock_not_seen_for_a_while_is_reported_as_stale(shop):
    db, order_ids, labels = shop
    order = view(db).orders[order_ids[1]]
    a = Station(db, station="bench-A", label_dir=labels)
    assert a.scan(order["number"]).ok
    a.kill()  # the station died with the order open
    con = connect(db)
    try:
        old = (datetime.now().astimezone() - timedelta(minutes=25)).isoformat(timespec="seconds")
        con.execute("UPDATE order_locks SET seen_at = ?, acquired_at = ?", [old, old])
        con.commit()
    finally:
        con.close()
    b = Station(db, station="bench-B", label_dir=labels)
    try:
        refused = b.scan(order["number"])
        assert not refused.ok
        assert "the lock is stale (over 10 minutes)" in refused.message
        assert refused.message.endswith("Scan TAKEOVER to take it over.")
        taken = b.scan("TAKEOVER")
        assert taken.ok and "its lock was stale" in taken.message
        assert (taken.page, taken.order_id) == ("verify", order_ids[1])
    finally:
        assert b.close() == 0
    con = connect(db)
    try:
        detail = con.execute("SELECT detail FROM events WHERE kind = 'lock_taken_over'").fetchone()[
            0
        ]
        lock = con.execute("SELECT station FROM order_locks").fetchall()
    finally:
        con.close()
    assert json.loads(detail)["stale"] is True
    assert lock == [("bench-B",)]
