"""SQL for marketplace files: saved column mappings, tracking exports, open orders by period."""

from __future__ import annotations

import json
from collections.abc import Iterable

from fulfil_desk.core.storage.db import Database


class MappingRepo:
    def __init__(self, db: Database):
        self._db = db

    def get(self, name: str) -> dict | None:
        row = self._db.execute(
            "SELECT mapping FROM column_mappings WHERE name = ?", [name]
        ).fetchone()
        return json.loads(row[0]) if row else None

    def all(self) -> list[tuple[str, dict]]:
        rows = self._db.execute("SELECT name, mapping FROM column_mappings ORDER BY name")
        return [(name, json.loads(mapping)) for name, mapping in rows.fetchall()]

    def save(self, name: str, mapping: dict, at: str) -> None:
        text = json.dumps(mapping, ensure_ascii=False, sort_keys=True)
        self._db.execute(
            "INSERT INTO column_mappings (name, mapping, created_at, updated_at)"
            " VALUES (?, ?, ?, ?) ON CONFLICT(name) DO UPDATE SET"
            " mapping = excluded.mapping, updated_at = excluded.updated_at",
            [name, text, at, at],
        )

    def delete(self, name: str) -> bool:
        return self._db.execute("DELETE FROM column_mappings WHERE name = ?", [name]).rowcount > 0


class ExchangeRepo:
    def __init__(self, db: Database):
        self._db = db

    def shipped_for_export(
        self, format: str, marketplaces: Iterable[str] | None, *, include_exported: bool
    ) -> list[int]:
        """Shipped orders with a tracking number, oldest shipment first; by default only
        those not yet in an export of this format."""
        where, params = ["o.status = 'shipped'", "s.tracking_number IS NOT NULL"], []
        if marketplaces is not None:
            marketplaces = list(marketplaces)
            where.append(f"o.marketplace IN ({','.join('?' * len(marketplaces))})")
            params += marketplaces
        if not include_exported:
            where.append(
                "NOT EXISTS (SELECT 1 FROM tracking_export_orders eo JOIN tracking_exports e"
                " ON e.id = eo.export_id WHERE eo.order_id = o.id AND e.format IN (?, ?))"
            )
            params += [format, "marketplace"]  # "marketplace": the file reported the shipment
        sql = (
            "SELECT o.id FROM orders o JOIN shipments s ON s.order_id = o.id"
            f" WHERE {' AND '.join(where)} ORDER BY julianday(s.shipped_at), o.id"
        )
        return [row[0] for row in self._db.execute(sql, params).fetchall()]

    def record_export(
        self, *, format: str, file: str, at: str, actor: str, order_ids: list[int]
    ) -> int:
        export_id = self._db.insert_row(
            "tracking_exports",
            ({"format": format, "file": file, "exported_at": at, "actor": actor}),
        )
        self._db.executemany(
            "INSERT INTO tracking_export_orders (export_id, order_id) VALUES (?, ?)",
            [(export_id, order_id) for order_id in order_ids],
        )
        return export_id

    def open_in_period(
        self, marketplace: str, statuses: list[str], start: str, end: str
    ) -> list[tuple[int, str]]:
        """(id, order number) of orders of `marketplace` in `statuses` ordered within
        [start, end]; reshipments aside (no marketplace file lists them)."""
        marks = ",".join("?" * len(statuses))
        sql = (
            "SELECT id, order_number FROM orders WHERE marketplace = ?"
            f" AND status IN ({marks})"
            " AND julianday(ordered_at) BETWEEN julianday(?) AND julianday(?)"
            " AND id NOT IN (SELECT order_id FROM reships) ORDER BY id"
        )
        rows = self._db.execute(sql, [marketplace, *statuses, start, end]).fetchall()
        return [(row[0], row[1]) for row in rows]
