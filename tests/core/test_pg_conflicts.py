"""A write transaction the PostgreSQL server rolls back (a serialisation failure, a deadlock)
is run again by the bench: the packer sees the scan accepted once, never an error.

The server raises the failure itself, from a trigger of the test's that fails the next
`failures` writes of an order line with SQLSTATE 40001 (serialization_failure) or 40P01
(deadlock_detected), as it would abort a transaction that lost a conflict.
"""

from __future__ import annotations

import psycopg
import pytest
from bench_helpers import picking_two_mugs
from db_dump import query
from wording import said

from fulfil_desk.core.bench.saving import ATTEMPTS

pytestmark = pytest.mark.both_engines


@pytest.fixture
def fail_next_line_writes(desk, db_target):
    if desk._ctx.db.engine != "postgresql":
        pytest.skip("a rollback only a database server decides")

    def arm(failures: int, sqlstate: str) -> None:
        # A sequence, as a rolled-back transaction does not take back its numbers.
        with psycopg.connect(db_target, autocommit=True) as conn:
            conn.execute("DROP SEQUENCE IF EXISTS line_writes")
            conn.execute("CREATE SEQUENCE line_writes")
            conn.execute(
                f"""CREATE OR REPLACE FUNCTION fail_line_write() RETURNS trigger
                LANGUAGE plpgsql AS $$
                BEGIN
                  IF nextval('line_writes') <= {failures:d} THEN
                    RAISE EXCEPTION 'the test''s conflict' USING ERRCODE = '{sqlstate}';
                  END IF;
                  RETURN NEW;
                END $$"""
            )
            conn.execute(
                "CREATE OR REPLACE TRIGGER fail_line_write BEFORE UPDATE ON order_lines"
                " FOR EACH ROW EXECUTE FUNCTION fail_line_write()"
            )

    return arm


def _picked(db_target, order_id: int) -> list[tuple]:
    return query(db_target, "SELECT sku, picked FROM order_lines WHERE order_id = ?", order_id)


def _pick_events(db_target, order_id: int) -> int:
    rows = query(
        db_target, "SELECT count(*) FROM events WHERE order_id = ? AND kind = 'picked'", order_id
    )
    return rows[0][0]


@pytest.mark.parametrize("sqlstate", ["40001", "40P01"])
def test_a_scan_the_server_rolled_back_is_run_again_and_counted_once(
    desk, add, barcode, db_target, fail_next_line_writes, sqlstate
):
    bench, order_id = picking_two_mugs(desk, add, barcode, "C-1")
    events_before = _pick_events(db_target, order_id)
    fail_next_line_writes(ATTEMPTS - 1, sqlstate)
    outcome = bench.scan(barcode["DEMO-MUG"])
    assert outcome.ok, said(outcome)
    assert _picked(db_target, order_id) == [("DEMO-MUG", 1)]
    assert _pick_events(db_target, order_id) == events_before + 1
    assert query(db_target, "SELECT last_value FROM line_writes") == [(ATTEMPTS,)]


def test_a_conflict_that_keeps_coming_back_is_the_busy_message_and_changes_nothing(
    desk, add, barcode, db_target, fail_next_line_writes, dump
):
    bench, order_id = picking_two_mugs(desk, add, barcode, "C-2")
    page = (bench.state.page, bench.state.order_id, bench.state.pick_list_id)
    fail_next_line_writes(ATTEMPTS, "40001")
    before = dump()
    outcome = bench.scan(barcode["DEMO-MUG"])
    assert (outcome.ok, said(outcome)) == (False, "Another station is saving; scan again.")
    assert _picked(db_target, order_id) == [("DEMO-MUG", 0)]
    assert (bench.state.page, bench.state.order_id, bench.state.pick_list_id) == page
    assert dump() == before
    assert bench.scan(barcode["DEMO-MUG"]).ok  # the next scan of it goes through
    assert _picked(db_target, order_id) == [("DEMO-MUG", 1)]
