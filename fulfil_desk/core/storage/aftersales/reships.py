"""SQL of reshipments: the link of a replacement order to the order it replaces."""

from __future__ import annotations

from collections.abc import Iterable

from fulfil_desk.core.storage.db import Database


class ReshipRepo:
    def __init__(self, db: Database):
        self._db = db

    def add(
        self, *, order_id: int, original_id: int, sent_for: int, reason: str, at: str, actor: str
    ) -> None:
        self._db.execute(
            "INSERT INTO reships (order_id, original_id, sent_for, reason, created_at,"
            " created_by) VALUES (?, ?, ?, ?, ?, ?)",
            [order_id, original_id, sent_for, reason, at, actor],
        )
        # The row OrderRepo wrote for it when the order was inserted (see reships_schema).
        self._db.execute("DELETE FROM score_orders WHERE id = ?", [order_id])

    def get(self, order_id: int) -> dict | None:
        row = self._db.execute(
            "SELECT r.order_id, r.original_id, r.sent_for, r.reason, r.created_at,"
            " r.created_by, o.order_number AS original_number"
            " FROM reships r JOIN orders o ON o.id = r.original_id WHERE r.order_id = ?",
            [order_id],
        ).fetchone()
        if row is None:
            return None
        keys = ("order_id", "original_id", "sent_for", "reason", "created_at", "created_by",
                "original_number")  # fmt: skip
        return dict(zip(keys, row, strict=True))

    def of_original(self, original_id: int) -> list[dict]:
        """The reships of `original_id`, oldest first: id, number, reason, status."""
        rows = self._db.execute(
            "SELECT r.order_id, o.order_number, r.reason, o.status FROM reships r"
            " JOIN orders o ON o.id = r.order_id WHERE r.original_id = ? ORDER BY r.order_id",
            [original_id],
        )
        keys = ("order_id", "order_number", "reason", "status")
        return [dict(zip(keys, row, strict=True)) for row in rows]

    def originals(self, order_ids: Iterable[int]) -> dict[int, int]:
        """Of `order_ids`, the reships: reship id → the id of the order it replaces."""
        ids = list(order_ids)
        found: dict[int, int] = {}
        for first in range(0, len(ids), 500):
            chunk = ids[first : first + 500]
            marks = ",".join("?" * len(chunk))
            rows = self._db.execute(
                f"SELECT order_id, original_id FROM reships WHERE order_id IN ({marks})", chunk
            )
            found.update((row[0], row[1]) for row in rows)
        return found

    def number_taken(self, number: str) -> bool:
        """Whether `number` is an order's number already, or a code a scan reads as something
        else of this shop: a product's barcode or SKU, a packer's badge, a tracking number."""
        row = self._db.execute(
            "SELECT EXISTS (SELECT 1 FROM orders WHERE lower(order_number) = lower(?))"
            " OR EXISTS (SELECT 1 FROM barcodes WHERE lower(code) = lower(?))"
            " OR EXISTS (SELECT 1 FROM products WHERE lower(sku) = lower(?))"
            " OR EXISTS (SELECT 1 FROM packers WHERE lower(badge) = lower(?))"
            " OR EXISTS (SELECT 1 FROM shipments WHERE lower(tracking_number) = lower(?))",
            [number] * 5,
        ).fetchone()
        return bool(row[0])
