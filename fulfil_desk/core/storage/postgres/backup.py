"""Backups of a PostgreSQL shop: a fulfil-desk SQLite file like every other backup (one format,
restorable to either engine), copied from one snapshot while stations keep scanning; and a
backup restored into a PostgreSQL shop, in one transaction."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from fulfil_desk.core.storage.copies.shop_copy import copy_shop, rows_in
from fulfil_desk.core.storage.db import Database
from fulfil_desk.core.storage.sqlite.engine import new_or_migrated, open_sqlite


def _counting(total: int, progress):
    """shop_copy.py's (table, rows of it) as backup.py's (done, total), in rows."""
    if progress is None:
        return None
    done_before: dict[str, int] = {}

    def step(table: str, rows: int) -> None:
        done_before[table] = rows
        progress(sum(done_before.values()), total)

    return step


def write_from_postgres(source: Database | str, part: Path, progress=None) -> None:
    """`part` (an empty file) becomes a SQLite shop holding every row of `source` (the open
    database, or its URL: a connection of the backup's own, for a worker thread)."""
    if isinstance(source, str):
        from fulfil_desk.core.storage.postgres.engine import PostgresDatabase

        own = PostgresDatabase(url=source)
        try:
            write_from_postgres(own, part, progress)
        finally:
            own.close()
        return
    db = source
    # A rollback journal, not a WAL as large as the copy: the new file's pages are not
    # journalled, so a backup needs little more room than its own size. Errors as they come,
    # for copies/backup.py to say (a full or read-only disk).
    copy = new_or_migrated(part, journal="DELETE")
    try:
        with db.read_snapshot():
            total = sum(rows_in(db).values())
            copy_shop(db, copy, progress=_counting(total, progress))
    finally:
        copy.close()


def restore_into_postgres(db: Database, source: Path, progress=None) -> None:
    """The shop's rows replaced by the backup's (brought to the current schema on a copy, so
    the backup file is left as it was)."""
    with tempfile.TemporaryDirectory(prefix="fulfil-desk-restore-") as folder:
        copy_path = Path(folder) / "backup.db"
        shutil.copyfile(source, copy_path)
        backup = open_sqlite(copy_path)
        try:
            total = sum(rows_in(backup).values())
            copy_shop(backup, db, replace=True, progress=_counting(total, progress))
        finally:
            backup.close()
