"""The scan path on both engines, core level (no GUI, so that the engines are compared without
Qt's share), with 100k orders and 20k SKUs. Run by hand:

    python benchmarks/bench_pg_scan.py [--picked N] [--profile-kind KIND [--engine ENGINE]]

Starts its own private PostgreSQL cluster (`.ci/pg-cluster`, a Unix socket; stopped at the
end) holding shopdata's big shop, moved there with `copy_shop` (the first run; kept in the
cache after). The project: `Bench(desk=Desk.open(target)).scan(code)` on a PostgreSQL copy of
the shop and on a SQLite copy, scan by scan in turn: each picked order opened by its number,
one unknown code refused, each unit scanned, the box closed, SAVE scanned and its label
reported saved (`Bench.delivered`, no PDF drawn: that is not storage), the tracking number
scanned (the order ships). The time is `scan`'s, to its verdict.

The floors, in the same run, one floor scan after each unit scan on each engine: a bare
indexed barcode lookup, an UPDATE of the order line, an INSERT into events, COMMIT — with
bare psycopg (defaults: autocommit, statements prepared after 5 runs) over the same socket on
another copy of the shop, and with bare sqlite3 (WAL, synchronous=NORMAL) as bench_scan does.
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import os
import pstats
import sqlite3
import tempfile
import time
from collections import defaultdict
from pathlib import Path

import psycopg
from common import heading, percentile, report
from pgserver import cluster_with_shop, create_database, server_version
from shopdata import SCAN_ORDERS, barcode_of, scan_order_numbers, shop_db, working_copy

WARM_UP_ORDERS = 10
KINDS = ("open order", "refused scan", "pack unit", "close box", "save label", "ship")
EVENT = ["2026-06-18T10:00:00+09:00", "bench", None, "packed_unit", "{}"]


def scan_codes(path: Path) -> dict[str, list[str]]:
    """Each picked order's unit barcodes (one per unit), by order number (bench_scan's, without
    importing Qt)."""
    con = sqlite3.connect(path)
    codes: dict[str, list[str]] = {}
    for number in scan_order_numbers():
        rows = con.execute(
            "SELECT l.sku, l.quantity FROM order_lines l JOIN orders o ON o.id = l.order_id"
            " WHERE o.order_number = ? ORDER BY l.id",
            [number],
        ).fetchall()
        codes[number] = [
            barcode_of(int(sku.split("-")[1])) for sku, quantity in rows for _ in range(quantity)
        ]
    con.close()
    return codes


class SqliteFloor:
    """bench_scan's floor without its window."""

    def __init__(self, path: Path):
        self.con = sqlite3.connect(path, isolation_level=None)
        self.con.execute("PRAGMA journal_mode=WAL")
        self.con.execute("PRAGMA synchronous=NORMAL")
        self.order_id = 0

    def open(self, number: str) -> None:
        sql = "SELECT id FROM orders WHERE order_number = ?"
        self.order_id = self.con.execute(sql, [number]).fetchone()[0]

    def scan(self, code: str) -> str:
        con = self.con
        row = con.execute("SELECT sku FROM barcodes WHERE code = ?", [code]).fetchone()
        con.execute("BEGIN")
        con.execute(
            "UPDATE order_lines SET packed = packed + 1"
            " WHERE order_id = ? AND sku = ? AND packed < quantity",
            [self.order_id, row[0]],
        )
        con.execute(
            "INSERT INTO events (at, actor, order_id, kind, detail) VALUES (?, ?, ?, ?, ?)",
            [EVENT[0], EVENT[1], self.order_id, *EVENT[3:]],
        )
        con.execute("COMMIT")
        return f"{row[0]} in the box"

    def close(self) -> None:
        self.con.close()


class PostgresFloor(SqliteFloor):
    """The same four statements with bare psycopg over the cluster's Unix socket."""

    def __init__(self, url: str):
        self.con = psycopg.connect(url, autocommit=True)
        self.order_id = 0

    def open(self, number: str) -> None:
        sql = "SELECT id FROM orders WHERE order_number = %s"
        self.order_id = self.con.execute(sql, [number]).fetchone()[0]

    def scan(self, code: str) -> str:
        con = self.con
        row = con.execute("SELECT sku FROM barcodes WHERE code = %s", [code]).fetchone()
        with con.transaction():
            con.execute(
                "UPDATE order_lines SET packed = packed + 1"
                " WHERE order_id = %s AND sku = %s AND packed < quantity",
                [self.order_id, row[0]],
            )
            con.execute(
                "INSERT INTO events (at, actor, order_id, kind, detail)"
                " VALUES (%s, %s, %s, %s, %s)",
                [EVENT[0], EVENT[1], self.order_id, *EVENT[3:]],
            )
        return f"{row[0]} in the box"


class Station:
    """One engine's Bench, timed scan by scan."""

    def __init__(self, engine: str, target: str | Path, folder: Path, profiled: str | None):
        from fulfil_desk.core.bench.scanner import Bench
        from fulfil_desk.core.desk import Desk

        self.engine = engine
        self.desk = Desk.open(target, data_folder=folder, station="bench-1")
        self.bench = Bench(desk=self.desk)
        self.times: dict[str, list[float]] = defaultdict(list)
        self.profiled, self.profiler = profiled, cProfile.Profile()

    def scan(self, kind: str, code: str, keep: bool) -> None:
        if kind == self.profiled:
            self.profiler.enable()
        start = time.perf_counter()
        outcome = self.bench.scan(code)
        while self.bench.state.pending:  # SAVE: the label written to a file (not drawn here)
            outcome = self.bench.delivered(self.bench.state.pending.pop(0), "file")
        ms = (time.perf_counter() - start) * 1000
        self.profiler.disable()
        refused = outcome.tone == "refused"
        assert refused == (kind == "refused scan"), (self.engine, kind, code, outcome.message)
        if keep:
            self.times[kind].append(ms)

    def close(self) -> None:
        if self.profiled:
            print(f"\n-- cProfile of '{self.profiled}' on {self.engine}")
            sort = os.environ.get("BENCH_SORT", "cumulative")
            rows = int(os.environ.get("BENCH_ROWS", "40"))
            pstats.Stats(self.profiler).sort_stats(sort).print_stats(rows)
        self.desk.close()


def timed(floor: SqliteFloor, code: str) -> float:
    start = time.perf_counter()
    floor.scan(code)
    return (time.perf_counter() - start) * 1000


def run(stations: list[Station], floors: dict[str, SqliteFloor], codes: dict[str, list[str]]):
    """Every order through every station in turn, a floor scan after each unit scan."""
    floor_times: dict[str, list[float]] = defaultdict(list)
    gc.freeze()  # as the app does once its window is built
    for n, (number, units) in enumerate(codes.items()):
        keep = n >= WARM_UP_ORDERS
        for station in stations:
            station.scan("open order", number, keep)
            assert station.bench.state.page == "pack", (station.engine, station.bench.state)
            floors[station.engine].open(number)
            station.scan("refused scan", "9999999999999", keep)
        for code in units:
            for station in stations:
                station.scan("pack unit", code, keep)
                ms = timed(floors[station.engine], code)
                if keep:
                    floor_times[station.engine].append(ms)
        for station in stations:
            station.scan("close box", "", keep)
            station.scan("save label", "SAVE", keep)
            assert station.bench.state.page == "tracking", (station.engine, station.bench.state)
            station.scan("ship", f"7{n:011d}", keep)  # a CJ tracking number: ships
            assert station.bench.state.page == "queue", (station.engine, station.bench.state)
    return floor_times


def results(stations: list[Station], floor_times: dict[str, list[float]]) -> None:
    names = {"postgresql": "PostgreSQL", "sqlite": "SQLite"}
    for station in stations:
        floor = floor_times[station.engine]
        f50, f99 = percentile(floor, 50), percentile(floor, 99)
        name = names[station.engine]
        print(f"  {name} floor: p50 {f50:.2f} ms, p95 {percentile(floor, 95):.2f} ms, "
              f"p99 {f99:.2f} ms ({len(floor)} scans)")  # fmt: skip
        for kind in KINDS:
            values = station.times[kind]
            p50, p95, p99 = (percentile(values, p) for p in (50, 95, 99))
            print(f"  {name} {kind:<13} p50 {p50:6.2f}  p95 {p95:6.2f}  p99 {p99:6.2f}  "
                  f"max {max(values):6.2f} ms  ({len(values)} scans)")  # fmt: skip
        unit = station.times["pack unit"]
        report(f"{name} core scan p50 (pack a unit)", percentile(unit, 50), f50,
               note=f"{len(unit)} scans")  # fmt: skip
        for kind in KINDS:
            values = station.times[kind]
            report(f"{name} core scan p99 ({kind})", percentile(values, 99), f99, ratio=3,
                   note=f"p50 {percentile(values, 50):.1f} ms, floor p99 {f99:.2f} ms")  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--picked", type=int, default=SCAN_ORDERS, help="picked orders to pack")
    parser.add_argument("--profile-kind", help="cProfile one kind of scan: 'pack unit', …")
    parser.add_argument("--engine", choices=("postgresql", "sqlite"), default="postgresql",
                        help="the engine --profile-kind profiles")  # fmt: skip
    parser.add_argument("--only", choices=("postgresql", "sqlite"), help="one engine only")
    args = parser.parse_args()
    master = shop_db()
    with tempfile.TemporaryDirectory() as scratch, cluster_with_shop(master) as admin:
        folder = Path(scratch)
        heading(f"scan → verdict, core level, PostgreSQL {server_version(admin)} over its Unix"
                " socket and SQLite (100,000 orders, 20,000 SKUs)")  # fmt: skip
        codes = dict(list(scan_codes(master).items())[: args.picked])
        shop_url = create_database(admin, "shop", template="master")
        floor_url = create_database(admin, "floor", template="master")
        engines = [args.only] if args.only else ["postgresql", "sqlite"]
        targets = {"postgresql": shop_url, "sqlite": working_copy(master, folder, "shop.db")}
        stations = [
            Station(e, targets[e], folder, args.profile_kind if e == args.engine else None)
            for e in engines
        ]
        floors = {
            "postgresql": PostgresFloor(floor_url),
            "sqlite": SqliteFloor(working_copy(master, folder, "floor.db")),
        }
        try:
            floor_times = run(stations, floors, codes)
        finally:
            for each in (*stations, *floors.values()):
                each.close()
    results(stations, floor_times)


if __name__ == "__main__":
    main()
