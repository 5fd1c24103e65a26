"""Products' customs facts (HS code, origin, description) and the order's PCCC."""

from __future__ import annotations

from collections.abc import Iterable

from fulfil_desk.core.customs.rules import ProductCustoms
from fulfil_desk.core.storage.db import Database


class CustomsRepo:
    def __init__(self, db: Database):
        self._db = db

    def product(self, sku: str) -> ProductCustoms | None:
        return self.many([sku]).get(sku)

    def many(self, skus: Iterable[str]) -> dict[str, ProductCustoms]:
        wanted = sorted(set(skus))
        if not wanted:
            return {}
        marks = ",".join("?" * len(wanted))
        rows = self._db.execute(
            "SELECT sku, hs_code, origin_country, description FROM product_customs"
            f" WHERE sku IN ({marks})",
            wanted,
        )
        return {row[0]: ProductCustoms(*row) for row in rows}

    def save(self, customs: ProductCustoms) -> None:
        self._db.execute(
            "INSERT INTO product_customs (sku, hs_code, origin_country, description)"
            " VALUES (?, ?, ?, ?) ON CONFLICT(sku) DO UPDATE SET hs_code = excluded.hs_code,"
            " origin_country = excluded.origin_country, description = excluded.description",
            [customs.sku, customs.hs_code, customs.origin_country, customs.description],
        )

    def set_pccc(self, order_id: int, pccc: str) -> None:
        self._db.execute("UPDATE orders SET pccc = ? WHERE id = ?", [pccc, order_id])
