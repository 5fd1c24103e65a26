"""Products, their barcodes, the stock ledger, stock levels and cycle counts."""

from __future__ import annotations

from fulfil_desk.core.stock.inventory import Product
from fulfil_desk.core.storage.db import Database

_PRODUCT = "sku, name, bin_location, weight_g, on_hand, safety_stock, reorder_point"


_CHUNK = 500


def _with_codes(rows: list, codes: list) -> list[Product]:
    """Products from their rows (in order) and (sku, code) rows of their barcodes."""
    by_sku: dict[str, list[str]] = {}
    for sku, code in codes:
        by_sku.setdefault(sku, []).append(code)
    return [
        Product(r[0], r[1], r[2], r[3], tuple(by_sku.get(r[0], ())), r[4], r[5], r[6]) for r in rows
    ]


class ProductRepo:
    def __init__(self, db: Database):
        self._db = db

    def get(self, sku: str) -> Product | None:
        row = self._db.execute(f"SELECT {_PRODUCT} FROM products WHERE sku = ?", [sku]).fetchone()
        if row is None:
            return None
        codes = tuple(
            r[0]
            for r in self._db.execute(
                "SELECT code FROM barcodes WHERE sku = ? ORDER BY code", [sku]
            )
        )
        return Product(row[0], row[1], row[2], row[3], codes, row[4], row[5], row[6])

    def many(self, skus: list[str]) -> dict[str, Product]:
        """The products of `skus` that exist, in two statements whatever their number."""
        wanted = sorted(set(skus))
        found: list[Product] = []
        for start in range(0, len(wanted), _CHUNK):  # under SQLite's limit of parameters
            chunk = wanted[start : start + _CHUNK]
            marks = ",".join("?" * len(chunk))
            rows = self._db.execute(
                f"SELECT {_PRODUCT} FROM products WHERE sku IN ({marks})", chunk
            )
            codes = self._db.execute(
                f"SELECT sku, code FROM barcodes WHERE sku IN ({marks}) ORDER BY sku, code", chunk
            )
            found += _with_codes(rows.fetchall(), codes.fetchall())
        return {product.sku: product for product in found}

    def all(self) -> list[Product]:
        rows = self._db.execute(f"SELECT {_PRODUCT} FROM products ORDER BY bin_location, sku")
        codes = self._db.execute("SELECT sku, code FROM barcodes ORDER BY sku, code")
        return _with_codes(rows.fetchall(), codes.fetchall())

    def sku_for_code(self, code: str) -> str | None:
        """A scanned code is a product barcode or the SKU itself."""
        row = self._db.execute("SELECT sku FROM barcodes WHERE code = ?", [code]).fetchone()
        if row:
            return row[0]
        row = self._db.execute("SELECT sku FROM products WHERE sku = ?", [code]).fetchone()
        return row[0] if row else None

    def skus_for_code_any_case(self, code: str) -> list[str]:
        """The SKUs (at most two) whose barcode or SKU is `code` but for the case of its
        letters."""
        rows = self._db.execute(
            "SELECT sku FROM barcodes WHERE lower(code) = lower(?)"
            " UNION SELECT sku FROM products WHERE lower(sku) = lower(?) LIMIT 2",
            [code, code],
        )
        return [row[0] for row in rows]

    def upsert(self, product: Product) -> None:
        """Name, bin, weight and barcodes; stock figures and limits are left as they are."""
        self._db.execute(
            "INSERT INTO products (sku, name, bin_location, weight_g) VALUES (?, ?, ?, ?)"
            " ON CONFLICT (sku) DO UPDATE SET name = excluded.name,"
            " bin_location = excluded.bin_location, weight_g = excluded.weight_g",
            [product.sku, product.name, product.bin_location, product.weight_g],
        )
        self._db.execute("DELETE FROM barcodes WHERE sku = ?", [product.sku])
        self._db.executemany(
            "INSERT INTO barcodes (code, sku) VALUES (?, ?)"
            " ON CONFLICT (code) DO UPDATE SET sku = excluded.sku",
            [(code, product.sku) for code in product.barcodes],
        )

    def barcode_owner(self, code: str) -> str | None:
        row = self._db.execute("SELECT sku FROM barcodes WHERE code = ?", [code]).fetchone()
        return row[0] if row else None

    def set_limits(self, sku: str, safety_stock: int, reorder_point: int) -> None:
        self._db.execute(
            "UPDATE products SET safety_stock = ?, reorder_point = ? WHERE sku = ?",
            [safety_stock, reorder_point, sku],
        )

    def bin_of(self, text: str) -> str | None:
        """The bin as products spell it, matched without regard to case."""
        row = self._db.execute(
            "SELECT bin_location FROM products WHERE lower(bin_location) = lower(?)"
            " AND bin_location != '' ORDER BY bin_location = ? DESC LIMIT 1",
            [text, text],
        ).fetchone()
        return row[0] if row else None

    def in_bin(self, bin_location: str) -> list[str]:
        return [
            r[0]
            for r in self._db.execute(
                "SELECT sku FROM products WHERE bin_location = ? ORDER BY sku", [bin_location]
            )
        ]


def _marks(values) -> str:
    return ",".join("?" * len(values))


class StockRepo:
    def __init__(self, db: Database):
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
        self._db.execute(
            "INSERT INTO stock_ledger (sku, delta, reason, order_id, actor, at, note)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",  # not sqlite-utils' insert(): it reads the schema
            [sku, delta, reason, order_id, actor, at, note],
        )
        self._db.execute("UPDATE products SET on_hand = on_hand + ? WHERE sku = ?", [delta, sku])

    def on_hand(self, sku: str) -> int:
        row = self._db.execute("SELECT on_hand FROM products WHERE sku = ?", [sku]).fetchone()
        return row[0] if row else 0

    def ledger_sum(self, sku: str) -> int:
        return self._db.execute(
            "SELECT COALESCE(SUM(delta), 0) FROM stock_ledger WHERE sku = ?", [sku]
        ).fetchone()[0]

    def ledger(self, sku: str) -> list[dict]:
        return list(self._db.query("SELECT * FROM stock_ledger WHERE sku = ? ORDER BY id", [sku]))

    def recent(self, limit: int, reason: str | None = None) -> list[dict]:
        where, params = ("WHERE l.reason = ?", [reason]) if reason else ("", [])
        return list(
            self._db.query(
                "SELECT l.id, l.at, l.sku, p.name, p.bin_location, l.delta, l.reason, l.note,"
                " l.actor, l.order_id, p.on_hand"
                f" FROM stock_ledger l JOIN products p ON p.sku = l.sku {where}"
                " ORDER BY l.id DESC LIMIT ?",
                [*params, limit],
            )
        )

    def reserved(
        self, skus: list[str], statuses: list[str], *, excluding: int | None = None
    ) -> dict[str, int]:
        """Units of each SKU on orders with these statuses (leaving out one order)."""
        if not skus:
            return {}
        rows = self._db.execute(
            "SELECT l.sku, COALESCE(SUM(l.quantity), 0) FROM order_lines l"
            " JOIN orders o ON o.id = l.order_id"
            f" WHERE l.sku IN ({_marks(skus)}) AND o.status IN ({_marks(statuses)})"
            " AND o.id IS DISTINCT FROM ? GROUP BY l.sku",
            [*skus, *statuses, excluding],
        ).fetchall()
        found = dict(rows)
        return {sku: found.get(sku, 0) for sku in skus}

    def levels(
        self,
        statuses: list[str],
        *,
        sku: str | None = None,
        search: str = "",
        low_only: bool = False,
        limit: int = 100_000,
        offset: int = 0,
    ) -> list[dict]:
        """One row per SKU with reserved, shippable and low worked out in one query."""
        where, params = ["1 = 1"], []
        if sku is not None:
            where.append("sku = ?")
            params.append(sku)
        if search:
            where.append("(lower(sku) LIKE ? ESCAPE '\\' OR lower(name) LIKE ? ESCAPE '\\')")
            escaped = search.lower().replace("\\", "\\\\").replace("%", "\\%")
            like = "%" + escaped.replace("_", "\\_") + "%"
            params += [like, like]
        if low_only:
            where.append("shippable <= reorder_point")
        sql = (
            "WITH r AS (SELECT l.sku, SUM(l.quantity) AS units FROM order_lines l"
            f" JOIN orders o ON o.id = l.order_id WHERE o.status IN ({_marks(statuses)})"
            " GROUP BY l.sku),"
            " s AS (SELECT p.sku, p.name, p.bin_location, p.on_hand,"
            " COALESCE(r.units, 0) AS reserved, p.safety_stock, p.reorder_point,"
            " CASE WHEN p.on_hand - COALESCE(r.units, 0) - p.safety_stock > 0"
            " THEN p.on_hand - COALESCE(r.units, 0) - p.safety_stock ELSE 0 END AS shippable"
            " FROM products p LEFT JOIN r ON r.sku = p.sku)"
            " SELECT *, shippable <= reorder_point AS low FROM s"
            f" WHERE {' AND '.join(where)}"
            " ORDER BY bin_location = '', bin_location, sku LIMIT ? OFFSET ?"
        )
        rows = list(self._db.query(sql, [*statuses, *params, limit, offset]))
        for row in rows:
            row["low"] = bool(row["low"])
        return rows


class CountRepo:
    """Cycle counts of one bin: every accepted scan is a saved line, so a kill loses nothing."""

    def __init__(self, db: Database):
        self._db = db

    def start(self, bin_location: str, blind: bool, at: str, actor: str) -> int:
        return self._db.insert_row(
            "stock_counts",
            {"bin_location": bin_location, "blind": int(blind), "started_at": at,
             "started_by": actor},
        )  # fmt: skip

    def get(self, count_id: int) -> dict | None:
        rows = list(self._db.query("SELECT * FROM stock_counts WHERE id = ?", [count_id]))
        if not rows:
            return None
        row = rows[0]
        row["blind"], row["cancelled"] = bool(row["blind"]), bool(row["cancelled"])
        return row

    def open_id(self) -> int | None:
        row = self._db.execute(
            "SELECT id FROM stock_counts WHERE closed_at IS NULL ORDER BY id DESC LIMIT 1"
        ).fetchone()
        return row[0] if row else None

    def set_blind(self, count_id: int, blind: bool) -> None:
        self._db.execute("UPDATE stock_counts SET blind = ? WHERE id = ?", [int(blind), count_id])

    def counted(self, count_id: int, sku: str) -> int:
        row = self._db.execute(
            "SELECT counted FROM stock_count_lines WHERE count_id = ? AND sku = ?",
            [count_id, sku],
        ).fetchone()
        return row[0] if row else 0

    def line_count(self, count_id: int) -> int:
        return self._db.execute(
            "SELECT COUNT(*) FROM stock_count_lines WHERE count_id = ?", [count_id]
        ).fetchone()[0]

    def set_counted(self, count_id: int, sku: str, counted: int) -> None:
        self._db.execute(
            "INSERT INTO stock_count_lines (count_id, sku, counted) VALUES (?, ?, ?)"
            " ON CONFLICT (count_id, sku) DO UPDATE SET counted = excluded.counted",
            [count_id, sku, counted],
        )

    def set_expected(self, count_id: int, sku: str, expected: int) -> None:
        self._db.execute(
            "INSERT INTO stock_count_lines (count_id, sku, counted, expected) VALUES (?, ?, 0, ?)"
            " ON CONFLICT (count_id, sku) DO UPDATE SET expected = excluded.expected",
            [count_id, sku, expected],
        )

    def close(self, count_id: int, at: str, *, cancelled: bool = False) -> None:
        self._db.execute(
            "UPDATE stock_counts SET closed_at = ?, cancelled = ? WHERE id = ?",
            [at, int(cancelled), count_id],
        )

    def lines(self, count_id: int, bin_location: str, *, whole_bin: bool) -> list[dict]:
        """Counted lines with each product's on hand; `whole_bin` adds the bin's unscanned SKUs."""
        also = " OR p.bin_location = ?" if whole_bin else ""
        params = [count_id, count_id] + ([bin_location] if whole_bin else [])
        return list(
            self._db.query(
                "SELECT p.sku, p.name, p.bin_location, p.on_hand,"
                " COALESCE(c.counted, 0) AS counted, c.expected, c.sku IS NOT NULL AS scanned"
                " FROM products p LEFT JOIN stock_count_lines c"
                " ON c.sku = p.sku AND c.count_id = ?"
                " WHERE p.sku IN (SELECT sku FROM stock_count_lines WHERE count_id = ?)"
                f"{also} ORDER BY p.sku",
                params,
            )
        )

    def bins(self) -> list[dict]:
        """Every bin with its SKUs, units on hand and when it was last counted."""
        return list(
            self._db.query(
                "SELECT * FROM (SELECT p.bin_location, COUNT(*) AS skus,"
                " SUM(p.on_hand) AS on_hand,"
                " (SELECT MAX(c.closed_at) FROM stock_counts c WHERE c.bin_location ="
                " p.bin_location AND c.cancelled = 0 AND c.closed_at IS NOT NULL)"
                " AS last_counted"
                " FROM products p WHERE p.bin_location != '' GROUP BY p.bin_location) b"
                " ORDER BY last_counted IS NOT NULL, last_counted, bin_location"
            )
        )
