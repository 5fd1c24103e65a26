"""Purging the personal data of old orders: gone from every byte of the file, the seller
scores unchanged, the audit trail append-only for anything else; on both engines."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import timedelta

import psycopg
import pytest
from conftest import BUSINESS_DAY, SEOUL, lotte
from db_dump import connect, query, sqlite_only
from wording import said

from fulfil_desk.core.desk import Desk
from fulfil_desk.core.kernel.errors import UserError
from fulfil_desk.core.kernel.orders import Address, Order, OrderLine, OrderStatus

pytestmark = pytest.mark.both_engines

S = OrderStatus
NAME, PHONE, BUYER, STREET = "김하늘", "010-1111-2222", "김보호자", "월드컵북로"
RECENT = Address(name="박서준", phone="010-3333-4444", line1="부산광역시 해운대구 센텀로 1",
                 city="부산", postal_code="48058", country="KR")  # fmt: skip
SECRETS = [NAME, PHONE, BUYER, STREET, "mail-OLD-1@example.com"]


def coupang_order(number: str, ship_to: Address = SEOUL, buyer: str = BUYER) -> Order:
    """An order whose line keeps the marketplace's row, buyer and recipient included."""
    cells = {"주문번호": number, "수취인이름": ship_to.name, "수취인전화번호": ship_to.phone,
             "수취인 주소": ship_to.line1, "우편번호": ship_to.postal_code, "구매자": buyer,
             "구매자이메일": f"mail-{number}@example.com", "배송메세지": f"{ship_to.name}님 문앞",
             "옵션ID": "8800", "등록상품명": "머그컵"}  # fmt: skip
    return Order(
        marketplace="coupang",
        order_number=number,
        ordered_at=BUSINESS_DAY.isoformat(timespec="seconds"),
        ship_to=ship_to,
        lines=[
            OrderLine(
                "DEMO-MUG",
                "머그컵",
                1,
                1000,
                "KRW",
                line_key=f"{number}:8800",
                source={"layout": "40", "cells": cells},
            )
        ],  # fmt: skip
    )


@pytest.fixture
def shop(desk, drive, clock):
    """Two orders shipped on the business day, one cancelled, then 100 days on: one more
    shipped, one still open."""
    ids = {}
    if desk._ctx.db.engine == "sqlite":
        # As SQLite builds without SECURE_DELETE (macOS, Windows) do: freed space keeps old bytes.
        desk._ctx.db.execute("PRAGMA secure_delete=OFF")
    desk.exchange.add_orders([coupang_order("OLD-1"), coupang_order("OLD-2")], source="test")
    for n, number in enumerate(("OLD-1", "OLD-2")):
        ids[number] = desk.orders.find_order(number).id
        drive(ids[number], S.SHIPPED, tracking=lotte(f"2552788830{n}"))
    desk.exchange.add_orders([coupang_order("OLD-X")], source="test")
    ids["OLD-X"] = desk.orders.find_order("OLD-X").id
    from fulfil_desk.core.kernel.orders import CancelReason

    desk.flow.cancel(ids["OLD-X"], CancelReason.BUYER_REQUESTED, note=f"{NAME} changed her mind")
    desk.scores.record_incident(ids["OLD-1"], "negative_feedback", note=f"{NAME} wrote: late")
    desk.notices.add_inquiry(order_id=ids["OLD-2"], subject=f"{NAME} asks where the box is")
    clock.advance(days=100)
    desk.exchange.add_orders([coupang_order("NEW-1", RECENT, buyer="박부모")], source="test")
    ids["NEW-1"] = desk.orders.find_order("NEW-1").id
    drive(ids["NEW-1"], S.SHIPPED, tracking=lotte("25527888399"))
    desk.exchange.add_orders([coupang_order("OPEN-1", RECENT, buyer="박부모")], source="test")
    ids["OPEN-1"] = desk.orders.find_order("OPEN-1").id
    return ids


def raw_bytes(desk: Desk) -> bytes:
    path = desk.path
    return b"".join(
        p.read_bytes() for p in (path, path.with_name(path.name + "-wal")) if p.exists()
    )


def test_purge_erases_the_name_from_every_byte_of_the_file(desk, shop, db_target):
    sqlite_only(db_target, "the file's bytes (a server's pages and WAL are its own: README)")
    desk._ctx.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # the orders in the file's own pages
    assert NAME.encode() in raw_bytes(desk)
    report, changes = desk.privacy.purge_personal_data(90)
    assert sorted(report.orders) == ["coupang OLD-1", "coupang OLD-2", "coupang OLD-X"]
    assert report.compacted is True and "3 orders" in said(changes)
    data = raw_bytes(desk)
    for secret in SECRETS:
        assert secret.encode() not in data, secret
    assert "박서준".encode() in data and "박부모".encode() in data  # recent orders keep theirs
    old = desk.orders.order(shop["OLD-1"])
    assert old.ship_to == Address(country="KR", name="", phone="", line1="")
    assert old.tracking_number and old.courier_code and old.status is S.SHIPPED
    assert old.lines[0].source["cells"]["옵션ID"] == "8800"  # what is not personal stays
    assert old.lines[0].source["cells"]["수취인이름"] == ""
    assert desk.orders.order(shop["OPEN-1"]).ship_to == RECENT


def test_purge_keeps_every_score_the_same(desk, shop, clock):
    moments = [clock.now(), clock.now() - timedelta(days=95)]
    before = [desk.scores.scores(as_of=m) for m in moments]
    desk.privacy.purge_personal_data(90)
    assert [desk.scores.scores(as_of=m) for m in moments] == before
    assert desk.scores.incidents(shop["OLD-1"])[0]["kind"] == "negative_feedback"


def test_the_audit_trail_says_what_was_purged_without_the_data(desk, shop, db_target):
    count = len(desk.orders.events(shop["OLD-1"]))
    desk.privacy.purge_personal_data(90)
    events = desk.orders.events(shop["OLD-1"])
    assert len(events) == count + 1 and events[-1]["kind"] == "personal_data_purged"
    assert [e["kind"] for e in events[:-1]][:2] == ["imported", "verified"]
    [(detail,)] = query(
        db_target,
        "SELECT detail FROM events WHERE kind = 'personal_data_purged' AND order_id IS NULL",
    )
    assert str(shop["OLD-1"]) in detail and NAME not in detail
    assert query(db_target, "SELECT COUNT(*) FROM events_purge_grants") == [(0,)]
    for table, column in (("orders", "recipient_name"), ("events", "detail")):
        rows = query(db_target, f"SELECT {column} FROM {table}")
        assert not any(NAME in str(value) for (value,) in rows), table


def test_a_dry_run_changes_nothing(desk, shop, dump):
    before = dump()
    report, changes = desk.privacy.purge_personal_data(90, dry_run=True)
    assert len(report.orders) == 3 and "dry run" in said(changes)
    assert dump() == before


def test_nothing_recent_or_open_is_purged_and_twice_is_once(desk, shop, clock):
    report, _ = desk.privacy.purge_personal_data(101)
    assert report.orders == []
    desk.privacy.purge_personal_data(90)
    assert desk.privacy.purge_personal_data(1)[0].orders == []  # shipped today: whole days count
    clock.advance(days=1)
    assert desk.privacy.purge_personal_data(1)[0].orders == []
    clock.advance(days=1)
    assert desk.privacy.purge_personal_data(1)[0].orders == ["coupang NEW-1"]
    assert desk.orders.order(shop["OPEN-1"]).ship_to == RECENT


REFUSED = (sqlite3.DatabaseError, psycopg.Error)


def test_events_stay_append_only_outside_the_purge(desk, shop, db_target, dump):
    desk.privacy.purge_personal_data(90)
    events = dump()["events"]
    with closing(connect(db_target)) as con:  # on PostgreSQL each statement on its own
        try:
            for order_id in (shop["OLD-1"], shop["OPEN-1"]):
                with pytest.raises(REFUSED, match="append-only"):
                    con.execute("UPDATE events SET detail = '{}' WHERE order_id = ?", [order_id])
            con.execute("INSERT INTO events_purge_grants VALUES (?)", [shop["OPEN-1"]])
            with pytest.raises(REFUSED, match="append-only"):  # not purged: refused
                con.execute("UPDATE events SET detail = '{}' WHERE order_id = ?", [shop["OPEN-1"]])
            con.execute("INSERT INTO events_purge_grants VALUES (?)", [shop["OLD-1"]])
            with pytest.raises(REFUSED, match="append-only"):  # only the detail
                con.execute("UPDATE events SET kind = 'x' WHERE order_id = ?", [shop["OLD-1"]])
            with pytest.raises(REFUSED, match="append-only"):
                con.execute("DELETE FROM events WHERE order_id = ?", [shop["OLD-1"]])
        finally:
            con.rollback()
            con.execute("DELETE FROM events_purge_grants")
            con.commit()
    assert dump()["events"] == events


def test_an_old_file_imported_again_does_not_bring_the_data_back(desk, shop):
    desk.privacy.purge_personal_data(90)
    desk.exchange.add_orders([coupang_order("OLD-1")], source="test")
    old = desk.orders.order(shop["OLD-1"])
    assert old.ship_to.name == "" and old.ship_to.phone == ""
    assert NAME not in str(old.lines[0].source)


def test_purge_after_days_runs_when_the_database_opens(desk, shop, clock, db_target, tmp_path):
    desk.settings.set("purge_after_days", 90)
    desk.close()
    desk = Desk.open(db_target, clock=clock, actor="tester", data_folder=tmp_path)
    assert desk.orders.order(shop["OLD-2"]).ship_to.name == ""
    assert desk.orders.order(shop["NEW-1"]).ship_to.name == "박서준"
    desk.close()


def test_purge_needs_a_number_of_days(desk):
    with pytest.raises(UserError, match="--older-than DAYS"):
        desk.privacy.purge_personal_data()
    with pytest.raises(UserError, match="whole number of days"):
        desk.privacy.purge_personal_data(0)
    with pytest.raises(UserError, match="purge_after_days"):
        desk.settings.set("purge_after_days", -1)
