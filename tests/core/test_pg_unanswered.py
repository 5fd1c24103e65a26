"""A save the PostgreSQL server went away in the middle of: its COMMIT sent, never answered.
The scan is refused saying it may or may not be saved and must not be scanned again; once the
server is back the next scan is not applied but says which, from the server's own record of
the transaction (`txid_status`). A unit is never counted twice, and never lost.

The COMMIT that is not answered because the server ended the connection first is real: a
deferred trigger of the test's holds the COMMIT while another connection terminates the
server process. A COMMIT the server made whose answer was lost on the way (a cable pulled at
that moment) cannot be timed on one machine: there the test lets the real COMMIT through and
then ends the connection before the station reads the answer.
"""

from __future__ import annotations

import threading
import time

import psycopg
import pytest
from bench_helpers import picking_two_mugs
from db_dump import query
from pg_server import lose_the_next_commit_answer
from wording import said

from fulfil_desk.core.bench.saving import Unfinished

pytestmark = pytest.mark.both_engines


@pytest.fixture
def picking(desk, add, barcode, db_target):
    """A station picking order U-1 (two mugs), none picked yet."""
    if desk._ctx.db.engine != "postgresql":
        pytest.skip("a file's COMMIT is always answered")
    return picking_two_mugs(desk, add, barcode, "U-1")


def picked(db_target, order_id: int) -> int:
    [(n,)] = query(db_target, "SELECT picked FROM order_lines WHERE order_id = ?", order_id)
    return n


def backend_of(desk) -> int:
    return desk._ctx.db.execute("SELECT pg_backend_pid()").fetchone()[0]


def hold_commits(db_target) -> None:
    """Every COMMIT that wrote an event waits 3 s in a deferred trigger before it is made."""
    with psycopg.connect(db_target, autocommit=True) as conn:
        conn.execute(
            "CREATE FUNCTION hold_commit() RETURNS trigger LANGUAGE plpgsql AS"
            " $$ BEGIN PERFORM pg_sleep(3); RETURN NULL; END $$"
        )
        conn.execute(
            "CREATE CONSTRAINT TRIGGER hold_commit AFTER INSERT ON events"
            " DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION hold_commit()"
        )


def release_commits(db_target) -> None:
    with psycopg.connect(db_target, autocommit=True) as conn:
        conn.execute("DROP TRIGGER hold_commit ON events")


def test_a_commit_the_server_ended_unanswered_was_not_saved_and_is_scanned_again(
    desk, picking, barcode, db_target, pg_cluster
):
    bench, order_id = picking
    pid = backend_of(desk)
    hold_commits(db_target)

    def end_it() -> None:
        time.sleep(1)  # the COMMIT is in the deferred trigger by now
        with psycopg.connect(pg_cluster.url, autocommit=True) as admin:
            admin.execute("SELECT pg_terminate_backend(%s)", [pid])

    ender = threading.Thread(target=end_it)
    ender.start()
    outcome = bench.scan(barcode["DEMO-MUG"])
    ender.join()
    release_commits(db_target)
    assert not outcome.ok
    assert said(outcome).startswith("The database server") and "may or may not be" in said(outcome)
    assert "password" not in said(outcome)
    assert picked(db_target, order_id) == 0

    answer = bench.scan(barcode["DEMO-MUG"])  # the server is back: this scan only asks
    assert said(answer) == (
        f"The server is back: the scan {barcode['DEMO-MUG']} it was saving was not saved."
        " Scan it again."
    )
    assert not answer.ok and answer.changes.orders == frozenset()
    assert picked(db_target, order_id) == 0
    assert bench.scan(barcode["DEMO-MUG"]).ok and picked(db_target, order_id) == 1


def test_a_commit_made_whose_answer_was_lost_is_said_saved_and_not_counted_twice(
    desk, picking, barcode, db_target, pg_cluster, monkeypatch
):
    bench, order_id = picking
    lose_the_next_commit_answer(monkeypatch, desk._ctx.db, pg_cluster)
    outcome = bench.scan(barcode["DEMO-MUG"])
    assert not outcome.ok and "may or may not be" in said(outcome)
    assert picked(db_target, order_id) == 1  # it was saved, though the station was not told

    answer = bench.scan(barcode["DEMO-MUG"])  # the same unit scanned again: not counted
    assert said(answer).startswith(
        f"The server is back: the scan {barcode['DEMO-MUG']} it was saving was saved."
    )
    assert not answer.ok and order_id in answer.changes.orders
    assert picked(db_target, order_id) == 1
    assert (bench.state.page, bench.state.order_id) == ("pick", order_id)
    assert bench.scan(barcode["DEMO-MUG"]).ok and picked(db_target, order_id) == 2


def test_while_the_server_is_still_away_the_asking_scan_is_refused_and_asks_again(
    desk, picking, barcode, db_target, monkeypatch
):
    bench, order_id = picking
    db = desk._ctx.db
    db.unanswered_commit = db.execute("SELECT txid_current()").fetchone()[0] + 1000
    bench.unfinished = Unfinished(barcode["DEMO-MUG"], None)
    monkeypatch.setattr(db, "url", "postgresql://nobody@/nowhere?host=/nonexistent")
    db._conn.close()
    outcome = bench.scan(barcode["DEMO-MUG"])
    assert not outcome.ok and said(outcome).startswith("The database server")
    assert bench.unfinished == Unfinished(barcode["DEMO-MUG"], None)
    assert db.unanswered_commit is not None


def test_a_scan_of_two_saves_whose_second_went_unanswered_is_never_scanned_twice(
    desk, picking, barcode, db_target, pg_cluster, monkeypatch
):
    """The last unit of a pick list: the unit is saved, then the order opens at Pack in a
    second write, whose answer is lost. Its outcome does not matter: the unit is saved."""
    bench, order_id = picking
    assert bench.scan(barcode["DEMO-MUG"]).ok
    lose_the_next_commit_answer(monkeypatch, desk._ctx.db, pg_cluster, after=1)
    outcome = bench.scan(barcode["DEMO-MUG"])
    assert not outcome.ok and "after saving some of it" in said(outcome)
    assert picked(db_target, order_id) == 2
    answer = bench.scan(barcode["DEMO-MUG"])  # scanned again: only the answer
    assert said(answer).startswith("The server is back: the order is shown as the database")
    assert picked(db_target, order_id) == 2 and desk._ctx.db.unanswered_commit is None
    assert bench.state.page == "pack"
