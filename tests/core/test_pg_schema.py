"""A new PostgreSQL shop's schema against a fresh SQLite shop: the same schema, and the same score
rows, change log and refusals from the same SQL (a real server: the pg_url fixture)."""

from __future__ import annotations

import hashlib
import sqlite3

import psycopg
import pytest
from conftest import make_order
from pg_schema_helpers import (
    Both,
    pg_columns,
    pg_indexes,
    pg_shop,
    pg_triggers,
    sqlite_columns,
    sqlite_named,
    sqlite_shop,
    sqlite_triggers,
)

from fulfil_desk.core.storage.postgres import migrations as pg_migrations
from fulfil_desk.core.storage.postgres.engine import open_postgres
from fulfil_desk.core.storage.postgres.schema import resync_identities
from fulfil_desk.core.storage.repos import OrderRepo
from fulfil_desk.core.storage.schema import scores

APPEND_ONLY = "events are append-only"  # the words of both engines' trigger

# scores.statements() as m008 has always run them: a SQLite shop made today gets the schema
# the shops made before have.
M008_SHA256 = "36fbc8c7d3e4501664a9c94b6fab22b4002966204251d73182bbad6fcc35f466"


def test_the_sqlite_score_schema_is_unchanged():
    assert hashlib.sha256("\n".join(scores.statements()).encode()).hexdigest() == M008_SHA256


# The triggers that bulk writes fire run once per statement on PostgreSQL (m020); every other
# one, as each of SQLite's, once per row.
STATEMENT_TRIGGERS = {
    ("order_lines_stay_purged_insert", "order_lines", "AFTER", "INSERT"),
    ("reships_not_scored", "score_orders", "AFTER", "INSERT"),
    ("score_changes_insert", "score_orders", "AFTER", "INSERT"),
}


def test_a_new_shop_has_sqlite_tables_columns_indexes_and_triggers(pg_url, tmp_path):
    lite, pg = sqlite_shop(tmp_path), pg_shop(pg_url)
    assert pg_columns(pg) == sqlite_columns(lite)
    assert pg_indexes(pg) == sqlite_named(lite, "index")
    assert pg_triggers(pg) == sqlite_triggers(lite)  # the same names, tables, times and events
    assert pg_triggers(pg, per="STATEMENT") == STATEMENT_TRIGGERS


def test_a_shop_made_before_m020_gets_its_statement_triggers(pg_url, monkeypatch):
    earlier = {name: run for name, run in pg_migrations.LATER.items() if name < "m020"}
    with monkeypatch.context() as before:  # as every shop was made before m020
        before.setattr(pg_migrations, "LATER", earlier)
        open_postgres(pg_url).close()
    conn = psycopg.connect(pg_url, autocommit=True)
    made = pg_triggers(conn)
    assert pg_triggers(conn, per="ROW") == made > STATEMENT_TRIGGERS
    db = open_postgres(pg_url)
    assert pg_migrations.applied(db) == pg_migrations.known()
    assert pg_triggers(conn) == made  # the same triggers, three now per statement
    assert pg_triggers(conn, per="STATEMENT") == STATEMENT_TRIGGERS


def test_a_batch_of_new_orders_runs_each_trigger_once_not_once_per_row(pg_url):
    db = open_postgres(pg_url)
    db.execute("SET track_functions = 'all'")  # counted in the transaction, by the server
    orders = [make_order(f"T-{n}", [("DEMO-MUG", 1), ("DEMO-TEE-M", 2)]) for n in range(150)]
    for order in orders:
        for line in order.lines:
            line.source = {"cells": {"buyer": "Kim"}}
    with db.transaction():
        OrderRepo(db).insert_many(orders, [("new", None, None, "computed")] * len(orders))
        calls = {
            name: db.execute(
                "SELECT pg_stat_get_xact_function_calls(?::regproc)", [name]
            ).fetchone()[0]
            for name, *_ in STATEMENT_TRIGGERS
        }
    assert calls == dict.fromkeys(calls, 1)  # row triggers: 300 for the lines, 150 each else
    assert db.execute("SELECT count(*) FROM score_changes").fetchone()[0] == len(orders)


ORDERS = [  # marketplace, number, ordered_at, ship_by, status
    ("amazon", "A-1", "2024-03-01T09:15:00+09:00", "2024-03-04T23:59:59+09:00", "new"),
    ("amazon", "A-2", "2024-03-01T10:00:00.123456Z", "2024-03-03", "new"),
    ("ebay", "E-1", "2024-02-28 23:59:59-05:00", None, "new"),
    ("coupang", "C-1", "2024-03-02T08:00", "2024-03-05T18:00:00+09:00", "new"),
    ("ebay", "E-2", "2024-03-02T08:00:00+00:00", "2024-03-06T12:00:00+00:00", "new"),
    ("csv", "X-1", "yesterday", None, "new"),  # no date either engine reads
]

SCRIPT = [
    "INSERT INTO shipments (order_id, courier_code, tracking_number, promised_delivery)"
    " VALUES (1, 'cj', '111', '2024-03-07T18:00:00+09:00')",
    "UPDATE shipments SET shipped_at = '2024-03-03T15:00:00+09:00' WHERE order_id = 1",
    "UPDATE orders SET status = 'shipped' WHERE id = 1",
    "UPDATE shipments SET delivered_at = '2024-03-06T11:00:00+09:00' WHERE order_id = 1",
    "UPDATE orders SET status = 'cancelled', cancelled_by = 'seller',"
    " cancel_reason = 'undeliverable_address', cancelled_at = '2024-03-02T10:00:00Z'"
    " WHERE id = 2",
    "UPDATE orders SET hold_note = 'no fact of a score' WHERE id = 3",
    "INSERT INTO order_incidents (order_id, kind, at, entered_by)"
    " VALUES (1, 'negative_feedback', '2024-03-08T10:00:00+09:00', 'kim')",
    "INSERT INTO order_incidents (order_id, kind, at, entered_by)"
    " VALUES (1, 'return', '2024-03-09T10:00:00+09:00', 'kim')",
    "INSERT INTO order_incidents (order_id, kind, at, entered_by)"
    " VALUES (3, 'late_delivery_report', '2024-03-10', 'kim')",
    "UPDATE order_incidents SET at = '2024-03-07T09:00:00+09:00' WHERE id = 1",
    "DELETE FROM order_incidents WHERE id = 2",
    "INSERT INTO shipments (order_id, courier_code, tracking_number) VALUES (5, 'ups', '')",
    "UPDATE shipments SET tracking_number = '1Z999' WHERE order_id = 5",
    "DELETE FROM shipments WHERE order_id = 5",
    "UPDATE orders SET marketplace = 'shopee' WHERE id = 5",
    "INSERT INTO inquiries (marketplace, order_id, received_at, entered_by)"
    " VALUES ('amazon', 1, '2024-03-04T09:00:00+09:00', 'kim')",
    "UPDATE inquiries SET answered_at = '2024-03-04T10:00:00+09:00' WHERE id = 1",
    "UPDATE inquiries SET marketplace = 'ebay' WHERE id = 1",
    "DELETE FROM inquiries WHERE id = 1",
    # A reshipment (order 7) of order 1: no score row, whatever writes them.
    "INSERT INTO orders (marketplace, order_number, ordered_at, status)"
    " VALUES ('amazon', 'A-1-R', '2024-03-10T09:00:00+09:00', 'new')",
    "INSERT INTO reships (order_id, original_id, sent_for, reason, created_at, created_by)"
    " VALUES (7, 1, 1, 'lost', '2024-03-10T09:00:00+09:00', 'kim')",
    scores.ADD_MISSING_PAST_LAST,
    "UPDATE orders SET ship_by = '2024-03-12T18:00:00+09:00' WHERE id = 7",
    "UPDATE orders SET ordered_at = 'the day before' WHERE id = 6",
    "DELETE FROM orders WHERE id = 4",
]


def _shops(pg_url, tmp_path) -> Both:
    both = Both(sqlite_shop(tmp_path), pg_shop(pg_url))
    for marketplace, number, ordered_at, ship_by, status in ORDERS:
        both.run(
            "INSERT INTO orders (marketplace, order_number, ordered_at, ship_by, status,"
            " recipient_name) VALUES (?, ?, ?, ?, ?, 'Kim')",
            [marketplace, number, ordered_at, ship_by, status],
        )
    assert both.run(scores.ADD_RANGE, [1, len(ORDERS)]) == (None, None)
    return both


def test_the_same_sql_leaves_the_same_score_rows_and_change_log(pg_url, tmp_path):
    both = _shops(pg_url, tmp_path)
    lite, pg = both.rows("SELECT * FROM score_orders ORDER BY id")
    assert len(lite) == len(ORDERS) and lite == pg
    for statement in SCRIPT:
        assert both.run(statement) == (None, None), statement
        assert (
            both.rows("SELECT * FROM score_orders ORDER BY id")[0]
            == both.rows("SELECT * FROM score_orders ORDER BY id")[1]
        ), statement
    lite, pg = both.rows("SELECT * FROM score_orders ORDER BY id")
    assert [r[0] for r in lite] == [1, 2, 3, 5, 6] and lite == pg
    lite, pg = both.rows("SELECT * FROM score_changes ORDER BY seq")
    assert len(lite) > len(SCRIPT) and lite == pg


def test_the_change_log_keeps_its_last_entries(pg_url, tmp_path):
    both = _shops(pg_url, tmp_path)
    fill = (
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 12345)"
        " INSERT INTO score_changes (marketplace, since) SELECT 'ebay', i FROM n"
    )
    assert both.run(fill) == (None, None)
    lite, pg = both.rows("SELECT count(*), min(seq), max(seq) FROM score_changes")
    assert lite == pg and lite[0][0] < scores.KEEP_CHANGES + 1000


def test_events_are_append_only_but_for_the_purge(pg_url, tmp_path):
    both = _shops(pg_url, tmp_path)
    both.run(
        "INSERT INTO events (at, actor, order_id, kind, detail)"
        " VALUES ('2024-03-01T09:00:00+09:00', 'kim', 1, 'packed', '{\"name\": \"Kim\"}')"
    )
    for refused in (
        "UPDATE events SET detail = '{}' WHERE id = 1",
        "DELETE FROM events WHERE id = 1",
    ):
        assert both.run(refused) == (APPEND_ONLY, APPEND_ONLY), refused
    # The purge path: the order marked purged, its id granted, then its events' detail only.
    purge = "UPDATE orders SET personal_data_purged_at = '2024-09-01T00:00:00Z' WHERE id = 1"
    assert both.run("INSERT INTO events_purge_grants (order_id) VALUES (1)") == (None, None)
    assert both.run("UPDATE events SET detail = '{}' WHERE id = 1") == (APPEND_ONLY,) * 2
    assert both.run(purge) == (None, None)
    assert both.run("UPDATE events SET detail = '{}' WHERE id = 1") == (None, None)
    assert both.run("UPDATE events SET kind = 'x' WHERE id = 1") == (APPEND_ONLY,) * 2
    assert both.run("DELETE FROM events_purge_grants") == (None, None)
    assert both.run("UPDATE events SET detail = '{\"a\": 1}' WHERE id = 1") == (APPEND_ONLY,) * 2
    lite, pg = both.rows("SELECT * FROM events")
    assert lite == pg and lite[0][-1] == "{}"


def test_a_purged_order_stays_purged(pg_url, tmp_path):
    both = _shops(pg_url, tmp_path)
    for statement in (
        "UPDATE orders SET personal_data_purged_at = '2024-09-01T00:00:00Z',"
        " recipient_name = '' WHERE id = 2",
        "UPDATE orders SET recipient_name = 'Kim again', city = 'Seoul' WHERE id = 2",
        "UPDATE orders SET pccc = 'P123456789012' WHERE id = 2",
        "UPDATE orders SET pccc = 'P123456789012', city = 'Busan' WHERE id = 3",
        "INSERT INTO order_lines (order_id, line_key, sku, quantity, source)"
        " VALUES (2, 'k1', 'MUG', 1, '{\"buyer\": \"Kim\"}')",
        "INSERT INTO order_lines (order_id, line_key, sku, quantity, source)"
        " VALUES (3, 'k1', 'MUG', 1, '{\"buyer\": \"Lee\"}')",
        'UPDATE order_lines SET source = \'{"buyer": "Kim"}\' WHERE id = 1',
    ):
        assert both.run(statement) == (None, None), statement
    lite, pg = both.rows("SELECT * FROM orders ORDER BY id")
    assert lite == pg
    assert [r[5] for r in lite][:3] == ["Kim", "", "Kim"] and lite[1][-1] == ""
    lite, pg = both.rows("SELECT id, source FROM order_lines ORDER BY id")
    assert lite == pg == [(1, "{}"), (2, '{"buyer": "Lee"}')]


def test_the_same_constraints_refuse(pg_url, tmp_path):
    both = _shops(pg_url, tmp_path)
    for statement in (
        "INSERT INTO orders (marketplace, order_number, ordered_at, status)"
        " VALUES ('amazon', 'A-1', '2024-03-01', 'new')",
        "UPDATE orders SET cancelled_by = 'courier' WHERE id = 1",
        "INSERT INTO shipments (order_id) VALUES (99)",
        "INSERT INTO order_lines (order_id, line_key, sku, quantity, picked)"
        " VALUES (1, 'k', 'MUG', 1, 2)",
        "INSERT INTO product_customs (sku, hs_code, origin_country, description)"
        " VALUES ('NONE', '12', 'KR', 'mug')",
    ):
        lite, pg = both.run(statement)
        assert lite is not None and pg is not None, statement
    assert both.run("INSERT INTO shipments (order_id, tracking_number) VALUES (2, '111')") == (
        None,
        None,
    )
    lite, pg = both.run("INSERT INTO shipments (order_id, tracking_number) VALUES (3, '111')")
    assert lite is not None and pg is not None


def test_identities_move_past_copied_ids(pg_url, tmp_path):
    both = _shops(pg_url, tmp_path)
    both.pg.execute(
        "INSERT INTO orders (id, marketplace, order_number, ordered_at, status)"
        " VALUES (40, 'amazon', 'copied', '2024-03-01', 'new')"
    )
    with both.pg.transaction():
        for statement in resync_identities():
            both.pg.execute(statement)  # type: ignore[arg-type]
    made = both.pg.execute(
        "INSERT INTO orders (marketplace, order_number, ordered_at, status)"
        " VALUES ('amazon', 'next', '2024-03-01', 'new') RETURNING id"
    ).fetchone()
    assert made == (41,)
    assert both.pg.execute(
        "INSERT INTO score_changes (marketplace, since) VALUES ('x', 1) RETURNING seq"
    ).fetchone() == (len(ORDERS) + 1,)


def test_sqlite_functions_agree(pg_url, tmp_path):
    both = Both(sqlite3.connect(":memory:"), pg_shop(pg_url))
    for sql in (
        "SELECT instr('12345:1', ':'), instr('abc', ':'), instr('', '')",
        "SELECT substr('12345:1', 1, instr('12345:1', ':') - 1),"
        " substr('abc', 1, instr('abc', ':') - 1)",
        "SELECT json_group_array(json_array(k, a)) FROM"
        " (SELECT 'return' AS k, '2024-03-01' AS a UNION ALL SELECT 'x\"y', 'z') AS t",
        "SELECT json_group_array(k) FROM (SELECT 'a' AS k UNION ALL SELECT 'b\"') AS t",
    ):
        lite, pg = both.rows(sql)
        assert lite == pg, sql


@pytest.mark.parametrize("start", [-9, -4, -1, 0, 1, 2, 5, 9])
def test_substr_reads_positions_as_sqlite(pg_url, start):
    both = Both(sqlite3.connect(":memory:"), pg_shop(pg_url))
    lengths = range(-9, 10)
    sql = ", ".join(f"substr('abcdef', {start}, instr('x', 'x') * {n})" for n in lengths)
    lite, pg = both.rows(f"SELECT {sql}")
    assert lite == pg
