"""Returns and their lines: the schema (migration m012) and the repository, in the caller's
transaction."""

from __future__ import annotations

from fulfil_desk.core.storage.db import Database

RETURNS = """
        -- A return of one order: `expected` (the shop waits for it: an exchange), then
        -- `received` once its parcel was opened at the bench, in one transaction.
        CREATE TABLE returns (
            id INTEGER PRIMARY KEY,
            order_id INTEGER NOT NULL REFERENCES orders(id),
            status TEXT NOT NULL CHECK (status IN ('expected', 'received')),
            reason TEXT NOT NULL DEFAULT '',
            tracking_number TEXT,
            expected_at TEXT,
            received_at TEXT,
            actor TEXT NOT NULL,
            station TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX returns_order ON returns(order_id);
        CREATE INDEX returns_tracking ON returns(tracking_number)
            WHERE tracking_number IS NOT NULL;

        -- `expected` lines are what the shop waits for; `received` lines what came back, each
        -- with its condition (resellable, damaged, wrong_item) and the buyer's reason. A
        -- wrong item's sku is the code as scanned or typed: it may be no product of ours.
        CREATE TABLE return_lines (
            id INTEGER PRIMARY KEY,
            return_id INTEGER NOT NULL REFERENCES returns(id),
            kind TEXT NOT NULL CHECK (kind IN ('expected', 'received')),
            sku TEXT NOT NULL,
            quantity INTEGER NOT NULL CHECK (quantity > 0),
            condition TEXT CHECK (condition IN ('resellable', 'damaged', 'wrong_item')),
            reason TEXT NOT NULL
        );
        CREATE INDEX return_lines_return ON return_lines(return_id);
"""

_LINE_KEYS = ("return_id", "kind", "sku", "quantity", "condition", "reason")


class ReturnRepo:
    def __init__(self, db: Database):
        self._db = db

    def add(self, **values) -> int:
        keys = ("order_id", "status", "reason", "tracking_number", "expected_at",
                "received_at", "actor", "station")  # fmt: skip
        return self._db.insert_row("returns", {k: values.get(k) for k in keys})

    def add_line(self, **values) -> None:
        self._db.execute(
            f"INSERT INTO return_lines ({', '.join(_LINE_KEYS)})"
            f" VALUES ({', '.join('?' * len(_LINE_KEYS))})",
            [values.get(k) for k in _LINE_KEYS],
        )

    def mark_received(self, return_id: int, *, at: str, actor: str, station: str,
                      tracking: str | None) -> None:  # fmt: skip
        self._db.execute(
            "UPDATE returns SET status = 'received', received_at = ?, actor = ?, station = ?,"
            " tracking_number = COALESCE(?, tracking_number) WHERE id = ?",
            [at, actor, station, tracking, return_id],
        )

    def open_expected(self, order_id: int) -> int | None:
        row = self._db.execute(
            "SELECT id FROM returns WHERE order_id = ? AND status = 'expected' ORDER BY id",
            [order_id],
        ).fetchone()
        return row[0] if row else None

    def by_tracking(self, number: str) -> list[int]:
        """The orders a return parcel's tracking number was recorded for."""
        rows = self._db.execute(
            "SELECT DISTINCT order_id FROM returns WHERE tracking_number = ? ORDER BY order_id",
            [number],
        )
        return [r[0] for r in rows]

    def lines(self, return_id: int) -> list[dict]:
        return list(
            self._db.query(
                "SELECT kind, sku, quantity, condition, reason FROM return_lines"
                " WHERE return_id = ? ORDER BY id",
                [return_id],
            )
        )

    def received_of_order(self, order_id: int) -> dict[str, int]:
        """Per SKU, the units of `order_id` already received back as ours (resellable or
        damaged)."""
        rows = self._db.execute(
            "SELECT l.sku, SUM(l.quantity) FROM return_lines l JOIN returns r ON r.id = l.return_id"
            " WHERE r.order_id = ? AND l.kind = 'received' AND l.condition != 'wrong_item'"
            " GROUP BY l.sku",
            [order_id],
        )
        return {sku: int(n) for sku, n in rows}

    def returns(self, *, status: str | None = None, order_id: int | None = None) -> list[dict]:
        """Returns, newest first, with their order's number and marketplace."""
        where: list[str] = []
        args: list[str | int] = []
        if status is not None:
            where.append("r.status = ?")
            args.append(status)
        if order_id is not None:
            where.append("r.order_id = ?")
            args.append(order_id)
        sql = (
            "SELECT r.*, o.order_number, o.marketplace FROM returns r"
            " JOIN orders o ON o.id = r.order_id"
            + (f" WHERE {' AND '.join(where)}" if where else "")
            + " ORDER BY COALESCE(r.received_at, r.expected_at) DESC, r.id DESC"
        )
        rows = list(self._db.query(sql, args))
        for row in rows:
            row["lines"] = self.lines(row["id"])
        return rows
