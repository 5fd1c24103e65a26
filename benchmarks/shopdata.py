"""A realistically big shop, written fast: the schema through the app's own `open_database`,
the rows with bare sqlite3 `executemany` in one transaction.

`shop_db()` — 100k orders over 400 days on three marketplaces (most shipped, a few hundred
open, some cancelled), 20k SKUs with EAN-13 barcodes and bins, their stock ledger, the audit
trail, and `scan_orders` picked orders ready to be packed by scanner.
`shipments_db()` — 1M shipped orders on Amazon and Coupang for the seller scores.

Both are cached under CACHE_DIR by their parameters, the schema and the day; `working_copy`
gives each benchmark its own file.
"""

from __future__ import annotations

import hashlib
import random
import shutil
import sqlite3
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from common import CACHE_DIR

from fulfil_desk.core.storage import migrations
from fulfil_desk.core.storage.db import open_database
from fulfil_desk.core.storage.schema import scores as score_schema
from fulfil_desk.core.storage.score_sql import add_score_rows

KST = ZoneInfo("Asia/Seoul")
NOW = datetime.now(KST).replace(minute=0, second=0, microsecond=0)
MARKETS = (("amazon", "USD"), ("coupang", "KRW"), ("shopify", "USD"))
SCAN_ORDERS = 400  # picked orders ready for the scan benchmark: p99 of ~390 opens, not ~140
NAMES = ("김민준", "이서연", "박지훈", "张伟", "王芳", "Emily Carter", "佐藤 花子", "최유나")
STREETS = (
    "서울특별시 강남구 테헤란로 152",
    "부산광역시 해운대구 해운대해변로 264",
    "上海市浦东新区世纪大道100号",
    "410 Terry Ave N",
    "東京都渋谷区神南1-2-3",
)
ITEMS = ("머그컵 350ml", "코튼 티셔츠", "USB-C 케이블", "保温杯 500ml", "Phone case", "A5 노트")
SHOP = {
    "name": "서울 벤치상점",
    "phone": "02-555-0100",
    "line1": "서울특별시 마포구 월드컵북로 396",
    "city": "서울",
    "postal_code": "03925",
    "country": "KR",
}


def ean13(body12: str) -> str:
    total = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(body12))
    return body12 + str((10 - total % 10) % 10)


def barcode_of(sku_index: int) -> str:
    return ean13(f"880{sku_index:09d}")


def sku_of(sku_index: int) -> str:
    return f"SKU-{sku_index:05d}"


def _cached(kind: str, **params) -> tuple[Path, bool]:
    sources = (migrations.__file__, score_schema.__file__)
    schema = hashlib.sha1(b"".join(Path(f).read_bytes() for f in sources)).hexdigest()[:8]
    key = "-".join(f"{k}{v}" for k, v in sorted(params.items()))
    path = CACHE_DIR / f"{kind}-{key}-{schema}-{NOW:%Y%m%d}.db"
    return path, path.exists()


def working_copy(master: Path, folder: Path, name: str = "shop.db") -> Path:
    target = Path(folder) / name
    shutil.copyfile(master, target)
    return target


def _schema(path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    for stale in path.parent.glob(path.name + "*"):
        stale.unlink()
    open_database(path).conn.close()


def _finish(path: Path, con: sqlite3.Connection) -> None:
    with con:  # the rows OrderRepo.insert_many would have written with the orders
        add_score_rows(con, 1, con.execute("SELECT coalesce(MAX(id), 0) FROM orders").fetchone()[0])
    con.execute("ANALYZE")
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()


def _settings(con: sqlite3.Connection) -> None:
    import json

    con.executemany(
        "INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)",
        [
            ("shop_name", json.dumps("서울 벤치상점 Bench Shop", ensure_ascii=False)),
            ("shop_address", json.dumps(SHOP, ensure_ascii=False)),
        ],
    )


def shop_db(orders: int = 100_000, skus: int = 20_000, scan_orders: int = SCAN_ORDERS) -> Path:
    path, ready = _cached("shop", o=orders, s=skus, p=scan_orders)
    if ready:
        return path
    _schema(path)
    rng = random.Random(6)
    con = sqlite3.connect(path)
    with con:
        _settings(con)
        products = [
            (sku_of(i), f"{ITEMS[i % len(ITEMS)]} #{i}", f"{'ABCDEFGH'[i % 8]}-{i % 40:02d}",
             50 + i % 900)
            for i in range(skus)
        ]  # fmt: skip
        con.executemany(
            "INSERT INTO products (sku, name, bin_location, weight_g) VALUES (?, ?, ?, ?)",
            products,
        )
        con.executemany(
            "INSERT INTO barcodes (code, sku) VALUES (?, ?)",
            [(barcode_of(i), sku_of(i)) for i in range(skus)],
        )
        _orders(con, rng, orders, skus, scan_orders)
        con.execute(
            "UPDATE products SET on_hand = (SELECT COALESCE(SUM(delta), 0) FROM stock_ledger l"
            " WHERE l.sku = products.sku)"
        )
    _finish(path, con)
    return path


def _orders(con, rng: random.Random, count: int, skus: int, scan_orders: int) -> None:
    orders, lines, shipments, ledger, events = [], [], [], [], []
    opening = [(sku_of(i), 500, "received", None, "bench", (NOW - timedelta(days=401)).isoformat())
               for i in range(skus)]  # fmt: skip
    ledger += opening
    for i in range(1, count + 1):
        market, currency = MARKETS[i % 3]
        scan = i > count - scan_orders
        age = timedelta(minutes=rng.randint(0, 400 * 24 * 60))
        if scan:
            age = timedelta(hours=rng.randint(1, 20))
        ordered = NOW - age
        ship_by = (ordered + timedelta(days=2)).replace(hour=23, minute=59, second=59)
        if scan:
            status = "picked"
        elif age < timedelta(days=3):
            status = rng.choice(("new", "new", "verified", "on_hold", "packed"))
        elif rng.random() < 0.03:
            status = "cancelled"
        else:
            status = "shipped"
        number = order_number(i)
        name = NAMES[i % len(NAMES)]
        orders.append((
            i, market, number, ordered.isoformat(timespec="seconds"),
            ship_by.isoformat(timespec="seconds"), ship_by.isoformat(timespec="seconds"), name,
            f"010-{i % 10_000:04d}-{(i * 13) % 10_000:04d}", STREETS[i % len(STREETS)],
            f"{i % 30 + 1}층", "서울", f"{i % 90_000 + 10_000}", "KR", status,
            "buyer" if status == "cancelled" else None,
            "buyer_requested" if status == "cancelled" else None,
            "S" if status in ("shipped", "packed") else None,
            800 if status in ("shipped", "packed") else None,
        ))  # fmt: skip
        quantities = (1, 2) if scan else (1,) * rng.choice((1, 1, 1, 2, 3))
        for n, quantity in enumerate(quantities):
            sku = rng.randrange(skus)
            done = quantity if status in ("shipped", "packed", "picked") else 0
            packed = 0 if scan else done
            lines.append((i, f"L{n}", sku_of(sku), ITEMS[sku % len(ITEMS)], quantity,
                          1200 + sku % 50_000, currency, done, packed))  # fmt: skip
            if status == "shipped":
                ledger.append((sku_of(sku), -quantity, "shipped", i, "bench",
                               (ordered + timedelta(days=1)).isoformat()))  # fmt: skip
        if status == "shipped":
            shipped = ship_by - timedelta(hours=rng.choice((40, 30, 20, 10, 2, -3)))
            shipments.append((i, "CJGLS", f"6{i:011d}", shipped.isoformat(timespec="seconds"),
                              shipped.isoformat(timespec="seconds")))  # fmt: skip
        at = ordered.isoformat(timespec="seconds")
        kinds = ("imported",)
        if status in ("shipped", "packed", "picked"):
            kinds = ("imported", "verified", "pick_started", "picked", "packed", "shipped")
        events += [(at, "bench", i, kind) for kind in kinds]
    con.executemany(
        "INSERT INTO orders (id, marketplace, order_number, ordered_at, ship_by,"
        " ship_by_computed, recipient_name, phone, address1, address2, city, postal_code,"
        " country, status, cancelled_by, cancel_reason, box, weight_g)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        orders,
    )
    con.executemany(
        "INSERT INTO order_lines (order_id, line_key, sku, title, quantity, unit_price_minor,"
        " currency, picked, packed) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        lines,
    )
    con.executemany(
        "INSERT INTO shipments (order_id, courier_code, tracking_number, label_printed_at,"
        " shipped_at) VALUES (?, ?, ?, ?, ?)",
        shipments,
    )
    con.executemany(
        "INSERT INTO stock_ledger (sku, delta, reason, order_id, actor, at)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        ledger,
    )
    con.executemany("INSERT INTO events (at, actor, order_id, kind) VALUES (?, ?, ?, ?)", events)


def scan_order_numbers(orders: int = 100_000, scan_orders: int = SCAN_ORDERS) -> list[str]:
    """The picked orders' numbers, in the order shop_db wrote them."""
    return [order_number(i) for i in range(orders - scan_orders + 1, orders + 1)]


def order_number(i: int) -> str:
    return {
        "amazon": f"113-{i:07d}-{(i * 7919) % 10_000_000:07d}",
        "coupang": f"{31_000_000_000 + i}",
        "shopify": f"#{100_000 + i}",
    }[MARKETS[i % 3][0]]


def shipments_db(shipments: int = 1_000_000, days: int = 400) -> Path:
    """`shipments` shipped orders (half Amazon, half Coupang) over `days` days, one line each,
    a few late, a few with a negative-feedback incident; plus 2% cancelled and some open."""
    path, ready = _cached("ship", n=shipments, d=days)
    if ready:
        return path
    _schema(path)
    rng = random.Random(5)
    con = sqlite3.connect(path)
    with con:
        _settings(con)
        orders, lines, ships, incidents = [], [], [], []
        minutes = days * 24 * 60
        total = int(shipments * 1.03)
        for i in range(1, total + 1):
            market = "amazon" if i % 2 else "coupang"
            ordered = NOW - timedelta(minutes=rng.randrange(minutes))
            ship_by = (ordered + timedelta(days=2)).replace(hour=23, minute=59, second=59)
            status, by = "shipped", None
            if len(ships) >= shipments or ship_by > NOW and rng.random() < 0.5:
                status = "new" if ship_by > NOW else "cancelled"
            elif rng.random() < 0.02:
                status, by = "cancelled", rng.choice(("seller", "buyer"))
            iso_ordered = ordered.isoformat(timespec="seconds")
            orders.append((i, market, f"{market[:2]}-{i}", iso_ordered,
                           ship_by.isoformat(timespec="seconds"), status,
                           iso_ordered if status == "cancelled" else None, by))  # fmt: skip
            lines.append((i, sku_of(i % 20_000)))
            if status == "shipped":
                shipped = ship_by - timedelta(hours=rng.choice((30, 20, 10, 2, -3)))
                ships.append((i, "HYUNDAI", f"T{i}", shipped.isoformat(timespec="seconds")))
                if rng.random() < 0.004:
                    incidents.append((i, "negative_feedback",
                                      (shipped + timedelta(days=3)).isoformat()))  # fmt: skip
        con.executemany(
            "INSERT INTO orders (id, marketplace, order_number, ordered_at, ship_by, status,"
            " cancelled_at, cancelled_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            orders,
        )
        con.executemany(
            "INSERT INTO order_lines (order_id, line_key, sku, quantity, unit_price_minor,"
            " currency) VALUES (?, 'L', ?, 1, 1500, 'USD')",
            lines,
        )
        con.executemany(
            "INSERT INTO shipments (order_id, courier_code, tracking_number, shipped_at)"
            " VALUES (?, ?, ?, ?)",
            ships,
        )
        con.executemany(
            "INSERT INTO order_incidents (order_id, kind, at, entered_by) VALUES (?, ?, ?, 'b')",
            incidents,
        )
    _finish(path, con)
    return path
