"""The PostgreSQL engine's own rules, on a real server: SQLite's dialect read as PostgreSQL's,
the shop's write lock, a dropped connection, the migrations of both engines, backups."""

from __future__ import annotations

import psycopg
import pytest
from db_dump import query
from wording import said

from fulfil_desk.core.bench.scanner import Bench
from fulfil_desk.core.kernel.errors import DatabaseUnreachable
from fulfil_desk.core.kernel.orders import OrderStatus
from fulfil_desk.core.storage.copies.shop_copy import differences
from fulfil_desk.core.storage.db import open_database
from fulfil_desk.core.storage.migrations import MIGRATIONS
from fulfil_desk.core.storage.postgres import migrations as pg_migrations
from fulfil_desk.core.storage.postgres.engine import SHOP_LOCK, translated

pytestmark = pytest.mark.both_engines  # `desk` is on PostgreSQL in the runs below


@pytest.fixture
def pg_desk(desk, db_target):
    if desk._ctx.db.engine != "postgresql":
        pytest.skip("the PostgreSQL engine's own rules")
    return desk


@pytest.mark.parametrize(
    ("sqlite", "postgresql"),
    [
        ("SELECT * FROM t WHERE a = ? AND b = ?", "SELECT * FROM t WHERE a = %s AND b = %s"),
        ("WHERE m = :m AND d <= :e", "WHERE m = %(m)s AND d <= %(e)s"),
        ("WHERE x LIKE '%?%' AND y = ?", "WHERE x LIKE '%%?%%' AND y = %s"),
        ("SELECT a::text FROM t WHERE a = ?", "SELECT a::text FROM t WHERE a = %s"),
        ("FROM s INDEXED BY s_ship_by WHERE +o.m = ?", "FROM s  WHERE o.m = %s"),
        ("SELECT a + b FROM t WHERE c = ?", "SELECT a + b FROM t WHERE c = %s"),
    ],
)
def test_sqlite_dialect_is_read_as_postgresql(sqlite, postgresql):
    assert translated(sqlite) == postgresql


def test_a_statement_without_parameters_keeps_its_percent_signs():
    assert (
        translated("SELECT 7 % 2 FROM t INDEXED BY i", parameters=False) == "SELECT 7 % 2 FROM t "
    )


def test_every_migration_of_sqlite_has_its_postgresql_form():
    sqlite_names = [m.name for m in MIGRATIONS._migrations]
    assert pg_migrations.known() == sqlite_names


def test_integers_meet_text_and_numbers_as_in_sqlite(pg_desk):
    db = pg_desk._ctx.db
    assert db.execute("SELECT ? = '12', ? + 1, ? = 1", [12, 41, True]).fetchone() == (1, 42, 1)
    assert db.execute("SELECT SUM(x) FROM (VALUES (4294967297::bigint), (1)) v(x)").fetchone() == (
        4294967298,
    )


def test_a_scan_while_another_station_holds_the_write_lock_too_long_is_refused(
    pg_desk, add, db_target, dump
):
    order_id = add("W-1", [("DEMO-MUG", 1)])
    bench = Bench(desk=pg_desk)
    assert bench.scan("W-1").ok
    pg_desk._ctx.db.execute("SET lock_timeout = 50")
    with psycopg.connect(db_target, autocommit=True) as other:
        other.execute("BEGIN")
        other.execute("SELECT pg_advisory_xact_lock(%s)", [SHOP_LOCK])
        before = dump()
        outcome = bench.scan("")
        assert (outcome.ok, said(outcome)) == (False, "Another station is saving; scan again.")
        other.execute("ROLLBACK")
    assert dump() == before
    assert bench.scan("").ok and pg_desk.orders.order(order_id).status is OrderStatus.VERIFIED


def test_a_dropped_connection_refuses_the_scan_and_the_next_one_connects_again(
    pg_desk, add, db_target, pg_cluster
):
    order_id = add("D-1", [("DEMO-MUG", 1)])
    bench = Bench(desk=pg_desk)
    db = pg_desk._ctx.db
    backend = db.execute("SELECT pg_backend_pid()").fetchone()[0]
    with psycopg.connect(pg_cluster.url, autocommit=True) as admin:
        admin.execute("SELECT pg_terminate_backend(%s)", [backend])
    outcome = bench.scan("D-1")
    assert not outcome.ok
    assert said(outcome).startswith("The database server") and "not saved" in said(outcome)
    assert "password" not in said(outcome)
    assert bench.scan("D-1").ok  # connected again by itself
    assert query(db_target, "SELECT status FROM orders WHERE id = ?", order_id) == [
        (OrderStatus.NEW.value,)
    ]


def test_the_refusal_is_a_user_error_with_the_url_and_no_password(pg_desk, pg_cluster):
    db = pg_desk._ctx.db
    backend = db.execute("SELECT pg_backend_pid()").fetchone()[0]
    with psycopg.connect(pg_cluster.url, autocommit=True) as admin:
        admin.execute("SELECT pg_terminate_backend(%s)", [backend])
    with pytest.raises(DatabaseUnreachable):
        db.execute("SELECT 1")
    assert db.execute("SELECT 1").fetchone() == (1,)


def test_a_backup_of_a_server_shop_is_a_sqlite_shop_with_every_row(pg_desk, add, drive, tmp_path):
    drive(add("B-1", [("DEMO-MUG", 1)]), OrderStatus.SHIPPED)
    add("B-9", [("DEMO-CASE", 2)])
    made, _ = pg_desk.backups.back_up(tmp_path / "copy.db")
    copy = open_database(made.path)
    try:
        assert differences(pg_desk._ctx.db, copy) == []
    finally:
        copy.close()


def test_a_restore_into_a_server_shop_brings_back_every_row(pg_desk, add, tmp_path):
    add("R-1", [("DEMO-MUG", 1)])
    made, _ = pg_desk.backups.back_up(tmp_path / "before.db")
    add("R-2", [("DEMO-CASE", 1)])
    pg_desk.backups.restore_backup(made.path)
    restored = pg_desk.open_again()
    try:
        numbers = [o.order_number for o in restored.orders.orders()]
        assert "R-1" in numbers and "R-2" not in numbers
        backup = open_database(made.path)
        try:  # and the restore itself, on the audit trail
            assert differences(backup, restored._ctx.db) == ["events"]
            kinds = query(restored._ctx.target, "SELECT kind FROM events ORDER BY id")
            assert len(kinds) == len(query(made.path, "SELECT kind FROM events")) + 1
        finally:
            backup.close()
    finally:
        restored.close()
