"""Import of the 100k-line Amazon order report (bench_import's) into a PostgreSQL shop. Run by
hand:

    python benchmarks/bench_pg_import.py [--lines N] [--profile]

Starts its own private PostgreSQL cluster (`.ci/pg-cluster`, a Unix socket; stopped at the
end). The project: `Desk.import_orders` of the file into a new, empty shop on the server
(parse and check every cell, ship-by from the calendar, one transaction, an audit event per
order). Best of two, each after a floor run.

The floor, in the same run: bare `csv` reading the same file and psycopg's `cursor.copy` of
the same rows (orders once, each line) into the same columns of `orders` and `order_lines`
of another new database of the same schema, in one transaction (the schema's triggers run,
as they do for the project).
"""

from __future__ import annotations

import argparse
import csv
import tempfile
import time
from pathlib import Path

import psycopg
from bench_import import project, write_report
from common import heading, report
from pgserver import cluster, create_database, server_version

ORDER_COLUMNS = (
    "id, marketplace, order_number, ordered_at, recipient_name, phone, address1, address2,"
    " city, state, postal_code, country, status"
)
LINE_COLUMNS = "order_id, line_key, sku, title, quantity, unit_price_minor, currency"


def floor(report_path: Path, url: str) -> float:
    """csv + COPY in one transaction: the same orders and lines, nothing checked."""
    from fulfil_desk.core.storage.db import open_database

    open_database(url).close()  # the schema, as the Desk makes it
    start = time.perf_counter()
    orders: dict[str, tuple] = {}
    lines = []
    with open(report_path, encoding="utf-8", newline="") as src:
        reader = csv.reader(src, delimiter="\t")
        next(reader)
        for r in reader:
            if r[0] not in orders:
                orders[r[0]] = (len(orders) + 1, "amazon", r[0], r[2], r[16], r[24], r[17],
                                r[18], r[20], r[21], r[22], r[23], "new")  # fmt: skip
            lines.append((orders[r[0]][0], r[1], r[7], r[8], int(r[9]),
                          round(float(r[11]) * 100) // int(r[9]), r[10]))  # fmt: skip
    with psycopg.connect(url) as con, con.cursor() as cur:
        with cur.copy(f"COPY orders ({ORDER_COLUMNS}) FROM STDIN") as copy:
            for row in orders.values():
                copy.write_row(row)
        with cur.copy(f"COPY order_lines ({LINE_COLUMNS}) FROM STDIN") as copy:
            for row in lines:
                copy.write_row(row)
    return (time.perf_counter() - start) * 1000


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lines", type=int, default=100_000)
    parser.add_argument("--profile", action="store_true", help="pyinstrument the second import")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch, cluster() as admin:
        heading(f"import of a {args.lines:,}-line Amazon order report into PostgreSQL "
                f"{server_version(admin)} over its Unix socket")  # fmt: skip
        folder = Path(scratch)
        source = folder / "amazon-orders.txt"
        orders = write_report(source, args.lines)
        print(f"  {source.stat().st_size / 1e6:.1f} MB, {orders:,} orders")
        floors, ours = [], []
        for n in range(2):  # alternate, so that both see the same machine
            floors.append(floor(source, create_database(admin, f"floor{n}")))
            shop = create_database(admin, f"shop{n}")
            ms, found = project(source, shop, args.profile and n == 1, data_folder=folder)
            assert len(found.new) == orders and not found.skipped, found.summary()
            ours.append(ms)
            print(f"  run {n + 1}: COPY floor {floors[-1]:.0f} ms, Desk.import_orders {ms:.0f} ms")
        floor_ms, ms = min(floors), min(ours)
    report("PostgreSQL import (Desk.import_orders)", ms, floor_ms, ratio=2,
           note=f"{orders:,} orders, {found.lines:,} lines; floor: csv + COPY")  # fmt: skip


if __name__ == "__main__":
    main()
