"""Scanning at a `fulfil-desk bench` process while its PostgreSQL server stops and comes back
(test_server_restart.py): what each verdict says, and which scans the database must hold.

A scan answered `ok` is acknowledged: it must be in the database. One refused with "cannot be
reached: not saved" must not be. Two more answers are possible when the server goes in the
middle of a scan: its COMMIT went unanswered ("may or may not be saved"), or it saved some of
itself before the server went ("after saving some of it"). For those the next scan, once the
server is back, is not applied: it says whether the unanswered one was saved, or that the
order is shown as the database saved it; what the database holds of it then counts.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field

import psycopg
from kill_harness import KillRun, next_scan, read_only, view
from kill_station import Station, Verdict

from fulfil_desk.core.kernel.messages import Message
from fulfil_desk.core.storage.postgres.urls import shown
from fulfil_desk.core.wording.render import Wording

REFUSED = 4  # scans sent once the server is down, each refused
WORDS = Wording()


@dataclass
class Outage:
    """What one station's scans were answered while the server went and came back."""

    refused: int = 0  # with the server down
    ok_while_stopping: int = 0
    refused_while_stopping: int = 0
    unfinished: tuple[str, int] | None = None  # the scan, and its events if all were saved
    saved_after: int | None = None  # for a scan saved in part: the last event id before it
    answers: list[str] = field(default_factory=list)


def said(key: str, **params) -> str:
    return WORDS(Message(key, **params))


def scan(station: Station, text: str) -> Verdict:
    verdict = station.scan(text)
    assert station.proc.poll() is None, station.stderr()
    return verdict


def last_event_id(db) -> int:
    con = read_only(db)
    try:
        return con.execute("SELECT COALESCE(MAX(id), 0) FROM events").fetchone()[0]
    finally:
        con.close()


def events_of_orders_after(db, order_ids: list[int], after: int) -> int:
    con = read_only(db)
    try:
        marks = ", ".join("?" * len(order_ids))
        return con.execute(
            f"SELECT COUNT(*) FROM events WHERE id > ? AND order_id IN ({marks})",
            [after, *order_ids],
        ).fetchone()[0]
    finally:
        con.close()


def scan_through_the_outage(
    station: Station, run: KillRun, stopper: threading.Thread, outage: Outage
) -> None:
    """Scans keep coming, each judged from the database while it can be read, while the
    server stops (`stopper`: `pg_ctl stop -w`, returned once the server is down), until
    REFUSED scans were refused with the server down."""
    url = shown(run.db)
    gone = said("storage.server_gone", url=url)
    unanswered = said("storage.server_gone_while_saving", url=url)
    saved_in_part = said("storage.server_gone_after_saving", url=url)
    shop, last_id = view(run.db, run.station), last_event_id(run.db)
    while stopper.is_alive() or outage.refused < REFUSED:
        step = next_scan(shop, run.page, run.order_ids)
        assert step is not None, "every order shipped before the server stopped"
        text, events = step
        down = not stopper.is_alive()
        verdict = scan(station, text)
        assert verdict.page == run.page or verdict.ok, (verdict, run.page)
        if verdict.ok:
            assert not down, f"{text!r} acknowledged with the server down"
            run.acked_events += events
            run.page = verdict.page
            outage.ok_while_stopping += 1
            try:
                shop, last_id = view(run.db, run.station), last_event_id(run.db)
            except psycopg.OperationalError:  # gone: the next scan is refused
                pass
            continue
        if verdict.message in (unanswered, saved_in_part):
            assert not down and outage.unfinished is None, verdict
            outage.unfinished = (text, events)
            if verdict.message == saved_in_part:
                outage.saved_after = last_id
            continue
        if answered(verdict, run, outage):  # the server was back for a moment
            continue
        assert verdict.message == gone, verdict
        if down:
            outage.refused += 1
        else:
            outage.refused_while_stopping += 1


def settle(station: Station, run: KillRun, outage: Outage) -> None:
    """Once the server is back: after an unfinished scan, the next one (Enter) is only
    its answer."""
    if outage.unfinished is not None:
        verdict = scan(station, "")
        assert answered(verdict, run, outage), verdict


def answered(verdict: Verdict, run: KillRun, outage: Outage) -> bool:
    """Whether `verdict` answers the unfinished scan; what the database holds of it counts
    as acknowledged."""
    if outage.unfinished is None:
        return False
    text, events = outage.unfinished
    if text:
        saved = said("bench.unanswered_scan_saved", code=text)
        not_saved = said("bench.unanswered_scan_not_saved", code=text)
    else:  # Enter: no code to name
        saved = said("bench.unanswered_change_saved")
        not_saved = said("bench.unanswered_change_not_saved")
    as_saved = said("bench.server_back_as_saved")
    if verdict.message not in (saved, not_saved, as_saved):
        return False
    assert not verdict.ok  # this scan was not applied
    if verdict.message == saved:
        run.acked_events += events
    elif verdict.message == as_saved:
        assert outage.saved_after is not None
        run.acked_events += events_of_orders_after(run.db, run.order_ids, outage.saved_after)
    outage.answers.append(verdict.message)
    outage.unfinished, outage.saved_after = None, None
    run.page = verdict.page
    return True
