"""All seller scores over 1M shipments. Run by hand:

    python benchmarks/bench_scores.py [--shipments N] [--profile]

The project, on a copy of a shop with 1M shipments:
- `Desk.scores(problems=False)`: every metric of Amazon and Coupang with its eight-window
  trend, as the side panel shows them;
- `Desk.scores()`: the same with each current window's problem orders (`fulfil-desk scores`);
- `scores(trend=False, problems=False)`: the current windows, what a shipment refreshes;
- `Desk.at_risk()`;
each the best of two or three calls after one warm-up, which has counted the trends' earlier
windows (kept until a change touches them: core/scores/score_windows.py). The first call of a new
Desk, which counts all eight windows of every metric, is reported too.

The floor, on a copy of the same file: one bare SQL aggregate over 30 days on a covering index
made for it, the quicker of two: Amazon's late shipments (orders by ship-by, joined to their
shipment; index (marketplace, julianday(ship_by), status)) and the shipments with a tracking
number (index (julianday(shipped_at), tracking_number)).
(`benchmarks/scores.py` is the scores panel's own, finer benchmark.)
"""

from __future__ import annotations

import argparse
import sqlite3
import tempfile
import time
from datetime import timedelta
from pathlib import Path

from common import best_of, heading, report
from shopdata import NOW, shipments_db, working_copy

FLOOR_INDEX = (
    "CREATE INDEX IF NOT EXISTS bench_floor ON orders(marketplace, julianday(ship_by), status)"
)
FLOOR_SQL = (
    "SELECT COUNT(*), SUM(s.shipped_at IS NULL OR julianday(s.shipped_at) > julianday(o.ship_by))"
    " FROM orders o LEFT JOIN shipments s ON s.order_id = o.id"
    " WHERE o.marketplace = 'amazon' AND julianday(o.ship_by) > julianday(?)"
    " AND julianday(o.ship_by) <= julianday(?) AND o.status <> 'cancelled'"
)


SHIPPED_INDEX = (
    "CREATE INDEX IF NOT EXISTS bench_shipped ON shipments(julianday(shipped_at), tracking_number)"
)
SHIPPED_SQL = (
    "SELECT COUNT(*), COUNT(tracking_number) FROM shipments INDEXED BY bench_shipped"
    " WHERE julianday(shipped_at) > julianday(?) AND julianday(shipped_at) <= julianday(?)"
)


def floor(path: Path) -> tuple[float, str]:
    """The quicker of two bare 30-day aggregates, each on its own covering index: Amazon's
    late shipments (orders by ship-by, joined to their shipment), and the shipments with a
    tracking number (one table)."""
    con = sqlite3.connect(path)
    con.execute(FLOOR_INDEX)
    con.execute(SHIPPED_INDEX)
    con.execute("ANALYZE")
    window = ((NOW - timedelta(days=30)).isoformat(), NOW.isoformat())
    found = {}
    for name, sql in (("late shipments, join", FLOOR_SQL), ("tracked shipments", SHIPPED_SQL)):
        plan = " / ".join(r[-1] for r in con.execute("EXPLAIN QUERY PLAN " + sql, window))
        total, counted = con.execute(sql, window).fetchone()
        found[name] = best_of(lambda sql=sql: con.execute(sql, window).fetchone(), runs=7)
        print(f"  floor {name}: {counted} of {total} in 30 days, {found[name]:.1f} ms; {plan}")
    con.close()
    name = min(found, key=found.get)
    return found[name], name


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--shipments", type=int, default=1_000_000)
    parser.add_argument("--profile", action="store_true")
    args = parser.parse_args()
    heading(f"seller scores over {args.shipments:,} shipments")
    master = shipments_db(args.shipments)
    from fulfil_desk.core.desk import Desk
    from fulfil_desk.core.kernel.clock import FixedClock

    with tempfile.TemporaryDirectory() as folder:
        floor_ms, floor_name = floor(working_copy(master, Path(folder), "floor.db"))
        desk = Desk.open(working_copy(master, Path(folder)), clock=FixedClock(NOW))
        if args.profile:
            from pyinstrument import Profiler

            desk.scores.scores()
            with Profiler() as profiler:
                desk.scores.scores()
            profiler.print()
        started = time.perf_counter()
        panel = desk.scores.scores(problems=False)  # counts the windows to keep
        shown = sum(1 for r in panel if r.rate is not None)
        first = (time.perf_counter() - started) * 1000
        every = best_of(lambda: desk.scores.scores(problems=False), runs=2)
        listed = best_of(desk.scores.scores, runs=2)
        current = best_of(lambda: desk.scores.scores(trend=False, problems=False), runs=3)
        risk = best_of(desk.scores.at_risk, runs=3)
        desk.close()
    note = f"floor: {floor_name}"
    report("all scores, 8-window trends, as the panel shows them", every, floor_ms, ratio=2,
           cap=100, note=f"{shown} metrics with data; {note}")  # fmt: skip
    report("all scores with each window's problem orders (the CLI's)", listed, floor_ms,
           ratio=2, cap=100, note=note)  # fmt: skip
    report("all scores, first call of a new Desk (nothing kept)", first, floor_ms, ratio=2,
           cap=100, note=note)  # fmt: skip
    report("current windows only (scores(trend=False))", current, floor_ms, ratio=2, cap=100,
           note=note)  # fmt: skip
    report("orders at risk (Desk.at_risk())", risk, floor_ms, ratio=2, cap=100, note=note)


if __name__ == "__main__":
    main()
