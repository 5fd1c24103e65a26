"""A whole shop copied from one database to another, of either engine: `db move`, and the
backups of a PostgreSQL shop (always a SQLite file, restorable to either engine).

The target gets every row in one transaction, or none; the source is only read, from one
snapshot, so stations may keep scanning on it. Afterwards every table is compared, row by row.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass

from fulfil_desk.core.kernel.errors import UserError
from fulfil_desk.core.kernel.messages import Message
from fulfil_desk.core.storage.db import Database

# In the order they were created, so that every row's foreign keys are there before it.
TABLES = (
    "settings", "products", "barcodes", "pick_lists", "orders", "order_lines", "shipments",
    "stock_ledger", "events", "stock_counts", "stock_count_lines", "calendar_days",
    "column_mappings", "tracking_exports", "tracking_export_orders", "order_incidents",
    "inquiries", "performance_notices", "order_locks", "events_purge_grants", "put_aside",
    "refused_scans", "packers", "returns", "return_lines", "reships", "feedback",
    "buyer_message_templates", "waybill_bands", "waybill_numbers", "handover_scans",
    "handovers", "handover_parcels", "product_customs", "label_layouts",
    # Written by triggers as the rows above arrive; then replaced by the source's own.
    "score_orders", "score_changes",
)  # fmt: skip
DERIVED = ("score_orders", "score_changes")
BATCH = 5_000
_MODULUS = 2**128
Progress = Callable[[str, int], None]  # (table, rows copied so far)


@dataclass(frozen=True)
class TableCopy:
    table: str
    rows: int


def _columns(db: Database, table: str) -> list[str]:
    cursor = db.execute(f"SELECT * FROM {table} LIMIT 0")
    return [d[0] for d in cursor.description]


def rows_in(db: Database) -> dict[str, int]:
    return {t: db.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in TABLES}


def refuse_not_empty(target: Database, shown: str) -> None:
    filled = [table for table, count in rows_in(target).items() if count]
    if filled:
        raise UserError(
            Message("storage.move_target_not_empty", target=shown, tables=", ".join(filled[:5]))
        )


def _copy_table(source: Database, target: Database, table: str, progress) -> int:
    columns = _columns(source, table)
    missing = set(columns) - set(_columns(target, table))
    if missing:
        raise UserError(
            Message("storage.move_schema_differs", table=table, columns=", ".join(sorted(missing)))
        )
    names = ", ".join(columns)
    insert = f"INSERT INTO {table} ({names}) VALUES ({', '.join('?' * len(columns))})"
    cursor = source.execute(f"SELECT {names} FROM {table}")
    copied = 0
    while batch := cursor.fetchmany(BATCH):
        target.executemany(insert, [tuple(row) for row in batch])
        copied += len(batch)
        if progress is not None:
            progress(table, copied)
    return copied


def copy_shop(
    source: Database, target: Database, *, replace: bool = False, progress: Progress | None = None
) -> list[TableCopy]:
    """Every row of `source` into `target` (same schema), in one transaction of the target.
    `replace`: the target's rows go first (a restore); else a target with rows is refused."""
    copied: list[TableCopy] = []
    with source.read_snapshot(), target.transaction():
        if replace:
            target.clear_shop(TABLES)
        for table in TABLES:
            if table in DERIVED:
                target.execute(f"DELETE FROM {table}")
            copied.append(TableCopy(table, _copy_table(source, target, table, progress)))
        target.execute("DELETE FROM score_changes")  # what copying score_orders logged
        _copy_table(source, target, "score_changes", None)
        target.after_copy(TABLES)
    return copied


def fingerprint(db: Database, table: str) -> tuple[int, int]:
    """Rows and a digest of their values that is the same on both engines for the same rows,
    in whatever order each engine reads them (a sum of the rows' hashes)."""
    total = count = 0
    cursor = db.execute(f"SELECT {', '.join(sorted(_columns(db, table)))} FROM {table}")
    while batch := cursor.fetchmany(BATCH):
        for row in batch:
            text = repr(tuple(_normal(v) for v in row)).encode()
            total = (total + int.from_bytes(hashlib.sha256(text).digest()[:16])) % _MODULUS
            count += 1
    return count, total


def _normal(value):
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def differences(source: Database, target: Database) -> list[str]:
    """The tables whose rows differ between the two (none after a good copy)."""
    with source.read_snapshot():
        expected = {t: fingerprint(source, t) for t in TABLES}
    return [t for t in TABLES if fingerprint(target, t) != expected[t]]
