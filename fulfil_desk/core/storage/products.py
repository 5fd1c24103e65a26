"""Products, their barcodes, and the stock ledger."""

from __future__ import annotations

import sqlite_utils

from fulfil_desk.core.inventory import Product


class ProductRepo:
    def __init__(self, db: sqlite_utils.Database):
        self._db = db

    def get(self, sku: str) -> Product | None:
        row = self._db.execute(
            "SELECT sku, name, bin_location, weight_g, on_hand FROM products WHERE sku = ?", [sku]
        ).fetchone()
        if row is None:
            return None
        codes = tuple(
            r[0]
            for r in self._db.execute(
                "SELECT code FROM barcodes WHERE sku = ? ORDER BY code", [sku]
            )
        )
        return Product(row[0], row[1], row[2], row[3], codes, row[4])

    def many(self, skus: list[str]) -> dict[str, Product]:
        return {sku: p for sku in set(skus) if (p := self.get(sku)) is not None}

    def all(self) -> list[Product]:
        skus = [
            r[0] for r in self._db.execute("SELECT sku FROM products ORDER BY bin_location, sku")
        ]
        return [self.get(sku) for sku in skus]

    def sku_for_code(self, code: str) -> str | None:
        """A scanned code is a product barcode or the SKU itself."""
        row = self._db.execute("SELECT sku FROM barcodes WHERE code = ?", [code]).fetchone()
        if row:
            return row[0]
        row = self._db.execute("SELECT sku FROM products WHERE sku = ?", [code]).fetchone()
        return row[0] if row else None

    def upsert(self, product: Product) -> None:
        self._db.table("products").upsert(
            {
                "sku": product.sku,
                "name": product.name,
                "bin_location": product.bin_location,
                "weight_g": product.weight_g,
            },
            pk="sku",
        )
        self._db.execute("DELETE FROM barcodes WHERE sku = ?", [product.sku])
        self._db.table("barcodes").insert_all(
            ({"code": code, "sku": product.sku} for code in product.barcodes), pk="code"
        )

    def barcode_owner(self, code: str) -> str | None:
        row = self._db.execute("SELECT sku FROM barcodes WHERE code = ?", [code]).fetchone()
        return row[0] if row else None


class StockRepo:
    def __init__(self, db: sqlite_utils.Database):
        self._db = db

    def post(
        self,
        *,
        sku: str,
        delta: int,
        reason: str,
        actor: str,
        at: str,
        order_id: int | None = None,
        note: str = "",
    ) -> None:
        """A ledger row and the cached on-hand, in the caller's transaction."""
        self._db.table("stock_ledger").insert(
            {
                "sku": sku,
                "delta": delta,
                "reason": reason,
                "order_id": order_id,
                "actor": actor,
                "at": at,
                "note": note,
            }
        )
        self._db.execute("UPDATE products SET on_hand = on_hand + ? WHERE sku = ?", [delta, sku])

    def ledger_sum(self, sku: str) -> int:
        return self._db.execute(
            "SELECT COALESCE(SUM(delta), 0) FROM stock_ledger WHERE sku = ?", [sku]
        ).fetchone()[0]

    def ledger(self, sku: str) -> list[dict]:
        return list(self._db.query("SELECT * FROM stock_ledger WHERE sku = ? ORDER BY id", [sku]))
