"""The PostgreSQL server stops (`pg_ctl stop -m immediate`: as if its power went) while
stations are scanning, and comes back: `fulfil-desk bench` processes throughout, which share
nothing but the URL.

While the server is away every scan is refused with one sentence (nothing queued, no station
crashes); once it is back the stations go on by themselves. Afterwards every scan they
acknowledged is in the database, no refused one is, and the orders ship with every unit
counted once (kill_harness.py's checks; outage_harness.py reads the verdicts).
"""

from __future__ import annotations

import random
import threading
import time

import psycopg
import pytest
from kill_harness import KillRun, check_all_shipped, prepare_shop, view
from kill_returns import check_returns
from kill_station import Station
from outage_harness import REFUSED, Outage, scan_through_the_outage, settle

SEED = 20261123
BEFORE = 12  # scans acknowledged before the server stops


def test_a_server_restart_mid_scanning_loses_no_acknowledged_scan_and_saves_no_refused_one(
    pg_cluster, pg_url, tmp_path
):
    if pg_cluster.folder is None:
        pytest.skip("the server was given by FULFIL_DESK_TEST_PG without its folder")
    url, labels = pg_url, tmp_path / "labels"
    order_ids = prepare_shop(url, orders=6, bands=True)
    run = KillRun(db=url, label_dir=labels, order_ids=order_ids, rng=random.Random(SEED))
    station = Station(url, station=run.station, label_dir=labels)
    outage = Outage()
    stopped = False
    try:
        assert run.feed(station, BEFORE)
        stopper = threading.Thread(target=pg_cluster.stop, args=("immediate",))
        stopper.start()
        stopped = True
        scan_through_the_outage(station, run, stopper, outage)
        stopper.join()
        with pytest.raises(psycopg.OperationalError):  # it really was down
            psycopg.connect(url, connect_timeout=5).close()
    finally:
        if stopped:
            pg_cluster.start()
    # Back: the same process goes on, where the database says it is.
    assert station.proc.poll() is None
    started = time.monotonic()
    settle(station, run, outage)
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
    assert outage.refused >= REFUSED, outage
    print(f"outage: {outage}; 5 scans after the restart in {after_restart:.2f} s")


def test_two_stations_pack_and_ship_the_demo_shop_through_a_server_restart(
    pg_cluster, pg_url, tmp_path
):
    """Two `fulfil-desk bench` processes that share nothing but the URL pack and ship the
    demo shop's orders at the same time, each its half (then each takes back a few returns);
    the server stops under both and comes back. Every acknowledged scan of either is kept,
    no refused one is, and every order ships with each unit counted once."""
    if pg_cluster.folder is None:
        pytest.skip("the server was given by FULFIL_DESK_TEST_PG without its folder")
    url, labels = pg_url, tmp_path / "labels"
    order_ids = prepare_shop(url, orders=8, bands=True)
    runs = [
        KillRun(db=url, label_dir=labels, order_ids=order_ids[n::2], rng=random.Random(n),
                station=f"bench-{n + 1}")
        for n in range(2)
    ]  # fmt: skip
    base_events = runs[0].base_events
    stations = [Station(url, station=run.station, label_dir=labels) for run in runs]
    outages = [Outage(), Outage()]
    failures: list[BaseException] = []

    def side_by_side(work) -> None:
        def guarded(n: int) -> None:
            try:
                work(n)
            except BaseException as exc:  # re-raised in the test's thread below
                failures.append(exc)

        threads = [threading.Thread(target=guarded, args=(n,)) for n in range(2)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        if failures:
            raise failures[0]

    stopped = False
    try:
        side_by_side(lambda n: runs[n].feed(stations[n], BEFORE))
        stopper = threading.Thread(target=pg_cluster.stop, args=("immediate",))
        stopper.start()
        stopped = True
        side_by_side(lambda n: scan_through_the_outage(stations[n], runs[n], stopper, outages[n]))
        stopper.join()
    finally:
        if stopped:
            pg_cluster.start()
    side_by_side(lambda n: settle(stations[n], runs[n], outages[n]))
    acked = sum(run.acked_events for run in runs)
    assert view(url).events - base_events == acked, (acked, outages)

    def to_the_end(n: int) -> None:
        while runs[n].feed(stations[n], 50):
            pass

    side_by_side(to_the_end)
    assert [station.close() for station in stations] == [0, 0]
    assert view(url).events - base_events == sum(run.acked_events for run in runs)
    for run in runs:  # each order as its station chose its courier, box and weight
        check_all_shipped(url, run.order_ids, labels)
    assert all(outage.refused >= REFUSED for outage in outages), outages
