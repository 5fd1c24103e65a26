"""What the bench reads a scan against, and what it keeps beside the orders: the orders put
aside, the refused scans, the packers and their badges."""

from __future__ import annotations

from dataclasses import dataclass

from fulfil_desk.core.storage.db import Database

_CODE_PART = "substr(l.line_key, 1, instr(l.line_key, ':') - 1)"  # order_lines_coupang_order


_COUPANG_ORDER_IDS = (  # the orders inside a bundle whose Coupang 주문번호 is `?`
    "SELECT l.order_id FROM order_lines l JOIN orders o ON o.id = l.order_id"
    f" WHERE {_CODE_PART} = ? AND instr(l.line_key, ':') > 1 AND o.marketplace = 'coupang'"
)


@dataclass(frozen=True)
class CodeFacts:
    """Everything a scanned code is in the shop, read at once."""

    sku: str | None  # the product whose barcode (else whose SKU) it is
    order_ids: list[int]  # the orders of that number
    packer: str | None  # the packer of that badge
    tracking: tuple[int, str] | None  # the order it is the tracking number of, and that number


class ScanLookupRepo:
    def __init__(self, db: Database):
        self._db = db

    def order_ids(self, number: str) -> list[int]:
        """The orders whose number is `number`: the marketplace's order (or bundle) number, or
        the 주문번호 of a Coupang order inside a bundle."""
        rows = self._db.execute(
            f"SELECT id FROM orders WHERE order_number = ? UNION {_COUPANG_ORDER_IDS}",
            [number, number],
        )
        return sorted(r[0] for r in rows)

    def code_facts(self, code: str, *, badge: str, tracking: list[str]) -> CodeFacts:
        """What `code` is as a product, an order, a packer's `badge` and one of the
        `tracking` numbers (the first found, in their order), in one statement: one round
        trip to a server on every scan, where the four reads took four."""
        marks = ", ".join("?" * len(tracking))
        owners = (
            " UNION ALL SELECT 'tracking', CAST(order_id AS TEXT), tracking_number FROM"
            f" shipments WHERE tracking_number IN ({marks})"
            if tracking
            else ""
        )
        rows = self._db.execute(
            "SELECT 'barcode', sku, NULL FROM barcodes WHERE code = ?"
            " UNION ALL SELECT 'sku', sku, NULL FROM products WHERE sku = ?"
            " UNION ALL SELECT 'order', CAST(id AS TEXT), NULL FROM orders WHERE order_number = ?"
            f" UNION ALL SELECT 'order', CAST(order_id AS TEXT), NULL FROM ({_COUPANG_ORDER_IDS}) c"
            " UNION ALL SELECT 'badge', name, NULL FROM packers WHERE badge = ?" + owners,
            [code, code, code, code, badge, *tracking],
        ).fetchall()
        found: dict[str, list[tuple]] = {}
        for kind, value, number in rows:
            found.setdefault(kind, []).append((value, number))
        sku = next((v for v, _ in found.get("barcode", found.get("sku", []))), None)
        owner_of = {number: int(v) for v, number in found.get("tracking", [])}
        owner = next(((owner_of[n], n) for n in tracking if n in owner_of), None)
        return CodeFacts(
            sku=sku,
            order_ids=sorted({int(v) for v, _ in found.get("order", [])}),
            packer=next((v for v, _ in found.get("badge", [])), None),
            tracking=owner,
        )

    def tracking_clashes(self, codes: list[str], number: str) -> list[tuple[str, int, str]]:
        """A tracking number about to be recorded, against what the shop already has, in one
        statement: ('tracking', 0, order id) when `number` is some order's tracking number;
        ('order', i, order id) and ('sku', i, sku) when `codes[i]` is an order's number or a
        product's barcode or SKU. In that order, by i."""
        parts = ["SELECT 'tracking', 0, CAST(order_id AS TEXT) FROM shipments"
                 " WHERE tracking_number = ?"]  # fmt: skip
        values = [number]
        for i, code in enumerate(codes):
            parts += [
                f"SELECT 'order', {i:d}, CAST(id AS TEXT) FROM orders WHERE order_number = ?",
                f"SELECT 'order', {i:d}, CAST(order_id AS TEXT) FROM ({_COUPANG_ORDER_IDS}) c",
                f"SELECT 'sku', {i:d}, sku FROM barcodes WHERE code = ?",
                f"SELECT 'sku', {i:d}, sku FROM products WHERE sku = ?",
            ]
            values += [code] * 4
        rows = self._db.execute(" UNION ALL ".join(parts), values).fetchall()
        rank = {"tracking": 0, "order": 1, "sku": 2}
        return sorted(  # of several orders of one number, the first (as order_ids names it)
            ((k, int(i), v) for k, i, v in rows),
            key=lambda r: (r[0] != "tracking", r[1], rank[r[0]], int(r[2]) if r[0] != "sku" else 0),
        )

    def order_ids_any_case(self, number: str) -> list[int]:
        """The orders whose marketplace number is `number` but for the case of its letters."""
        rows = self._db.execute(
            "SELECT id FROM orders WHERE lower(order_number) = lower(?) ORDER BY id", [number]
        )
        return [r[0] for r in rows]

    def tracking_owner(self, numbers: list[str]) -> tuple[int, str] | None:
        """The order one of `numbers` is the recorded tracking number of, and that number."""
        for number in numbers:
            row = self._db.execute(
                "SELECT order_id FROM shipments WHERE tracking_number = ?", [number]
            ).fetchone()
            if row:
                return row[0], number
        return None


class PutAsideRepo:
    def __init__(self, db: Database):
        self._db = db

    def put(self, order_id: int, **values) -> None:
        keys = ("station", "actor", "at", "step", "box", "weight_g", "courier")
        self._db.execute(
            f"INSERT INTO put_aside (order_id, {', '.join(keys)})"
            f" VALUES (?, {', '.join('?' * len(keys))}) ON CONFLICT (order_id) DO UPDATE SET"
            f" {', '.join(f'{k} = excluded.{k}' for k in keys)}",
            [order_id, *(values.get(k) for k in keys)],
        )

    def get(self, order_id: int) -> dict | None:
        rows = list(self._db.query("SELECT * FROM put_aside WHERE order_id = ?", [order_id]))
        return rows[0] if rows else None

    def take(self, order_ids: list[int]) -> dict[int, dict]:
        """The records of `order_ids`, removed: a station has them open again."""
        if not order_ids:
            return {}
        marks = ",".join("?" * len(order_ids))
        rows = self._db.query(f"SELECT * FROM put_aside WHERE order_id IN ({marks})", order_ids)
        found = {r["order_id"]: r for r in rows}
        if found:
            self._db.execute(f"DELETE FROM put_aside WHERE order_id IN ({marks})", order_ids)
        return found


class RefusedScanRepo:
    def __init__(self, db: Database):
        self._db = db

    def add(self, **values) -> None:
        keys = ("at", "station", "actor", "page", "order_id", "kind", "code")
        self._db.execute(
            f"INSERT INTO refused_scans ({', '.join(keys)}) VALUES ({', '.join('?' * len(keys))})",
            [values[k] for k in keys],
        )

    def between(self, start: str, end: str) -> list[dict]:
        return list(
            self._db.query(
                "SELECT * FROM refused_scans WHERE julianday(at) >= julianday(?)"
                " AND julianday(at) < julianday(?) ORDER BY julianday(at), id",
                [start, end],
            )
        )


class PackerRepo:
    def __init__(self, db: Database):
        self._db = db

    def all(self) -> list[dict]:
        return list(self._db.query("SELECT * FROM packers ORDER BY name"))

    def by_badge(self, badge: str) -> dict | None:
        rows = list(self._db.query("SELECT * FROM packers WHERE badge = ?", [badge]))
        return rows[0] if rows else None

    def by_name(self, name: str) -> dict | None:
        rows = list(self._db.query("SELECT * FROM packers WHERE name = ?", [name]))
        return rows[0] if rows else None

    def put(
        self, *, name: str, badge: str, supervisor: bool, language: str | None, at: str
    ) -> None:
        self._db.execute(
            "INSERT INTO packers (name, badge, supervisor, language, created_at)"
            " VALUES (?, ?, ?, ?, ?)"
            " ON CONFLICT(name) DO UPDATE SET badge = excluded.badge,"
            " supervisor = excluded.supervisor, language = excluded.language",
            [name, badge, int(supervisor), language, at],
        )

    def remove(self, name: str) -> bool:
        return self._db.execute("DELETE FROM packers WHERE name = ?", [name]).rowcount > 0

    def next_badge(self) -> str:
        taken = {r[0] for r in self._db.execute("SELECT badge FROM packers")}
        number = 1
        while f"BADGE-{number:04d}" in taken:
            number += 1
        return f"BADGE-{number:04d}"
