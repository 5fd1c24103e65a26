"""The PostgreSQL server stops (`pg_ctl stop -m immediate`: as if its power went) while a
station is scanning, and comes back: one `fulfil-desk bench` process throughout.

While the server is away every scan is refused with one sentence (nothing queued, the
station does not crash); once it is back the station goes on by itself. Afterwards every
scan it acknowledged is in the database, no refused one is, and the orders ship with every
unit counted once (kill_harness.py's checks).
"""

from __future__ import annotations

import random
import threading
import time

import psycopg
import pytest
from kill_harness import KillRun, check_all_shipped, next_scan, prepare_shop, view
from kill_returns import check_returns
from kill_station import Station, Verdict

from fulfil_desk.core.kernel.messages import Message
from fulfil_desk.core.storage.postgres.urls import shown
from fulfil_desk.core.wording.render import Wording

SEED = 20261123
BEFORE = 12  # scans acknowledged before the server stops
REFUSED = 4  # scans sent once it is down, each refused


def _scan_or_refusal(station: Station, text: str) -> Verdict:
    verdict = station.scan(text)
    assert station.proc.poll() is None, station.stderr()
    return verdict


def test_a_server_restart_mid_scanning_loses_no_acknowledged_scan_and_saves_no_refused_one(
    pg_cluster, pg_url, tmp_path
):
    if pg_cluster.folder is None:
        pytest.skip("the server was given by FULFIL_DESK_TEST_PG without its folder")
    url, labels = pg_url, tmp_path / "labels"
    gone = Wording()(Message("storage.server_gone", url=shown(url)))
    order_ids = prepare_shop(url, orders=6, bands=True)
    run = KillRun(db=url, label_dir=labels, order_ids=order_ids, rng=random.Random(SEED))
    station = Station(url, station=run.station, label_dir=labels)
    outage = {"refused": 0, "ok_while_stopping": 0, "refused_while_stopping": 0}
    stopped = False
    try:
        assert run.feed(station, BEFORE)
        # Scans keep coming, each judged from the database while it can be read, while the
        # server stops: the one in flight when it dies is answered `ok` (committed) or refused.
        shop = view(url, run.station)
        stopper = threading.Thread(target=pg_cluster.stop, args=("immediate",))
        stopper.start()
        stopped = True
        while stopper.is_alive() or outage["refused"] < REFUSED:
            step = next_scan(shop, run.page, order_ids)
            assert step is not None, "every order shipped before the server stopped"
            text, events = step
            down = not stopper.is_alive()  # pg_ctl stop -w has returned: the server is down
            verdict = _scan_or_refusal(station, text)
            assert verdict.page == run.page or verdict.ok, (verdict, run.page)
            if verdict.ok:
                assert not down, f"{text!r} acknowledged with the server down"
                run.acked_events += events
                run.page = verdict.page
                outage["ok_while_stopping"] += 1
                try:
                    shop = view(url, run.station)
                except psycopg.OperationalError:  # gone: the next scan is refused
                    pass
                continue
            assert verdict.message == gone, verdict
            key = "refused" if down else "refused_while_stopping"
            outage[key] += 1
        stopper.join()
        with pytest.raises(psycopg.OperationalError):  # it really was down
            psycopg.connect(url, connect_timeout=5).close()
    finally:
        if stopped:
            pg_cluster.start()
    # Back: the same process goes on, where the database says it is.
    assert station.proc.poll() is None
    started = time.monotonic()
    assert run.feed(station, 5)
    after_restart = time.monotonic() - started
    saved = view(url, run.station).events - run.base_events
    assert saved == run.acked_events, (saved, run.acked_events, outage)
    while run.feed(station, 50):
        pass
    assert station.close() == 0
    assert view(url, run.station).events - run.base_events == run.acked_events
    check_all_shipped(url, order_ids, labels)
    check_returns(url, order_ids)
    assert outage["refused"] >= REFUSED, outage
    print(f"outage: {outage}; 5 scans after the restart in {after_restart:.2f} s")
