"""How long the seller scores take on a big shop. Run by hand, never in the tests:

    python benchmarks/scores.py [ORDERS]

Fills a fresh database with ORDERS Amazon and Coupang orders (default 100,000) spread over the
last 400 days, most shipped (some late), some cancelled, a few with incidents, written straight
with sqlite3 in one transaction; then times the panel's reads.
"""

from __future__ import annotations

import random
import sqlite3
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from fulfil_desk.core.desk import Desk
from fulfil_desk.core.kernel.clock import FixedClock
from fulfil_desk.core.storage.score_sql import add_score_rows

KST = ZoneInfo("Asia/Seoul")
NOW = datetime(2026, 6, 18, 10, 0, tzinfo=KST)


def fill(path: Path, count: int) -> None:
    Desk.open(path, clock=FixedClock(NOW)).close()  # the schema
    rng = random.Random(5)
    orders, shipments, incidents = [], [], []
    for i in range(1, count + 1):
        market = "amazon" if i % 2 else "coupang"
        ordered = NOW - timedelta(minutes=rng.randint(0, 400 * 24 * 60))
        ship_by = (ordered + timedelta(days=2)).replace(hour=23, minute=59, second=59)
        status, cancelled_at, by = "shipped", None, None
        if ship_by > NOW and rng.random() < 0.7:
            status = "new"
        elif rng.random() < 0.02:
            status, cancelled_at = "cancelled", (ordered + timedelta(hours=5)).isoformat()
            by = rng.choice(["seller", "buyer"])
        orders.append(
            (
                i,
                market,
                f"{market}-{i}",
                ordered.isoformat(),
                ship_by.isoformat(),
                status,
                cancelled_at,
                by,
            )
        )
        if status == "shipped":
            shipped = ship_by - timedelta(hours=rng.choice([30, 20, 10, 2, -3]))
            shipments.append((i, "HYUNDAI", f"T{i}", shipped.isoformat()))
            if rng.random() < 0.005:
                incidents.append(
                    (i, "negative_feedback", (shipped + timedelta(days=3)).isoformat())
                )
    con = sqlite3.connect(path)
    with con:
        con.executemany(
            "INSERT INTO orders (id, marketplace, order_number, ordered_at, ship_by, status,"
            " cancelled_at, cancelled_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            orders,
        )
        con.executemany(
            "INSERT INTO order_lines (order_id, line_key, sku, quantity) VALUES (?, 'L', 'X', 1)",
            [(o[0],) for o in orders],
        )
        con.executemany(
            "INSERT INTO shipments (order_id, courier_code, tracking_number, shipped_at)"
            " VALUES (?, ?, ?, ?)",
            shipments,
        )
        con.executemany(
            "INSERT INTO order_incidents (order_id, kind, at, entered_by) VALUES (?, ?, ?, 'b')",
            incidents,
        )
        add_score_rows(con, 1, count)  # what OrderRepo.insert_many does with the orders
    con.close()


def timed(label: str, call, runs: int = 3) -> None:
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        call()
        best = min(best, time.perf_counter() - start)
    print(f"{label:<44} {best * 1000:8.1f} ms")


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "big.db"
        start = time.perf_counter()
        fill(path, count)
        print(f"{count} orders written in {time.perf_counter() - start:.1f} s")
        desk = Desk.open(path, clock=FixedClock(NOW))
        timed("scores() (all metrics, 8-window trends)", desk.scores.scores)
        timed("scores('coupang')", lambda: desk.scores.scores("coupang"))
        timed(
            "scores('amazon', trend=False) (on a change)",
            lambda: desk.scores.scores("amazon", trend=False),
        )
        timed(
            "metric_orders(amazon, LSR 10 d)",
            lambda: desk.scores.metric_orders("amazon", "late_shipment_rate_10d"),
        )
        timed("at_risk()", desk.scores.at_risk)
        timed("queue(sort='risk'), first 200", lambda: desk.orders.queue(sort="risk"))
        timed("queue(), first 200", desk.orders.queue)
        desk.close()


if __name__ == "__main__":
    main()
