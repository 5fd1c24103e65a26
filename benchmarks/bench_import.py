"""Import of a 100k-line Amazon order report. Run by hand:

    python benchmarks/bench_import.py [--lines N] [--profile]

The project: `Desk.import_orders` of the file into a new shop (parse and check every cell,
ship-by from the calendar, one transaction, an audit event per order). Best of two, each
after a floor run.

The floor, in the same run: bare `csv` reading the same file and `sqlite3.executemany` of the
same rows (orders once, each line) into another new database of the same schema, in one
transaction.
"""

from __future__ import annotations

import argparse
import csv
import random
import sqlite3
import tempfile
import time
from datetime import timedelta
from pathlib import Path

from common import heading, report
from shopdata import ITEMS, NAMES, NOW, STREETS, sku_of

HEADER = [
    "order-id", "order-item-id", "purchase-date", "payments-date", "buyer-email", "buyer-name",
    "buyer-phone-number", "sku", "product-name", "quantity-purchased", "currency", "item-price",
    "item-tax", "shipping-price", "shipping-tax", "ship-service-level", "recipient-name",
    "ship-address-1", "ship-address-2", "ship-address-3", "ship-city", "ship-state",
    "ship-postal-code", "ship-country", "ship-phone-number", "delivery-start-date",
    "delivery-end-date", "delivery-time-zone", "delivery-Instructions", "sales-channel",
]  # fmt: skip


def write_report(path: Path, lines: int) -> int:
    """`lines` lines (1–3 per order) placed over the last five days; returns the orders."""
    rng = random.Random(4)
    rows, order = [], 0
    while len(rows) < lines:
        order += 1
        number = f"114-{order:07d}-{(order * 7919) % 10_000_000:07d}"
        bought = (NOW - timedelta(minutes=rng.randrange(5 * 24 * 60))).astimezone()
        when = bought.isoformat(timespec="seconds")
        name, street = NAMES[order % len(NAMES)], STREETS[order % len(STREETS)]
        for item in range(min(rng.choice((1, 1, 2, 3)), lines - len(rows))):
            sku = rng.randrange(20_000)
            quantity = rng.choice((1, 1, 2))
            rows.append([
                number, f"{order:09d}{item:02d}", when, when, f"b{order}@marketplace.amazon.com",
                name, "", sku_of(sku), ITEMS[sku % len(ITEMS)], str(quantity), "USD",
                f"{quantity * 12.99:.2f}", "1.17", "4.99", "0.00", "Standard", name, street,
                f"Unit {order % 90}", "", "Seattle", "WA", f"{98_000 + order % 999}", "US",
                f"+1 206-555-{order % 10_000:04d}", "", "", "", "", "Amazon.com",
            ])  # fmt: skip
    with open(path, "w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out, delimiter="\t", lineterminator="\n")
        writer.writerow(HEADER)
        writer.writerows(rows)
    return order


def floor(report_path: Path, db_path: Path) -> float:
    """csv + executemany in one transaction: the same orders and lines, nothing checked."""
    from fulfil_desk.core.storage.db import open_database

    open_database(db_path).conn.close()
    start = time.perf_counter()
    con = sqlite3.connect(db_path)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA synchronous=NORMAL")
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
    with con:
        con.executemany(
            "INSERT INTO orders (id, marketplace, order_number, ordered_at, recipient_name,"
            " phone, address1, address2, city, state, postal_code, country, status)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            orders.values(),
        )
        con.executemany(
            "INSERT INTO order_lines (order_id, line_key, sku, title, quantity,"
            " unit_price_minor, currency) VALUES (?, ?, ?, ?, ?, ?, ?)",
            lines,
        )
    con.close()
    return (time.perf_counter() - start) * 1000


def project(report_path: Path, db_path: Path | str, profile: bool = False, data_folder=None):
    """`db_path`: a SQLite file or a PostgreSQL URL (bench_pg_import.py; `data_folder`: the
    station's files of that shop)."""
    from fulfil_desk.core.desk import Desk

    desk = Desk.open(db_path, data_folder=data_folder)
    desk.settings.set("timezone", "Asia/Seoul")  # the calendar's holidays are loaded here too
    desk.calendar.calendar(years={NOW.year, NOW.year - 1})
    start = time.perf_counter()
    if profile:
        from pyinstrument import Profiler

        with Profiler() as profiler:
            found, _ = desk.exchange.import_orders(report_path, format="amazon")
        profiler.print()
    else:
        found, _ = desk.exchange.import_orders(report_path, format="amazon")
    ms = (time.perf_counter() - start) * 1000
    desk.close()
    return ms, found


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lines", type=int, default=100_000)
    parser.add_argument("--profile", action="store_true")
    args = parser.parse_args()
    heading(f"import of a {args.lines:,}-line Amazon order report")
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        source = folder / "amazon-orders.txt"
        orders = write_report(source, args.lines)
        print(f"  {source.stat().st_size / 1e6:.1f} MB, {orders:,} orders")
        floors, ours = [], []
        for n in range(2):  # alternate, so that both see the same machine
            floors.append(floor(source, folder / f"floor{n}.db"))
            ms, found = project(source, folder / f"shop{n}.db", args.profile and n == 1)
            assert len(found.new) == orders and not found.skipped, found.summary()
            ours.append(ms)
        floor_ms, ms = min(floors), min(ours)
    report("import (Desk.import_orders)", ms, floor_ms, ratio=2,
           note=f"{orders:,} orders, {found.lines:,} lines")  # fmt: skip


if __name__ == "__main__":
    main()
