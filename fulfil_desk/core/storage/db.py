"""Opening the one SQLite file: pragmas, migrations."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import sqlite_utils

from fulfil_desk.core.errors import UserError
from fulfil_desk.core.storage.migrations import MIGRATIONS


def open_database(path: Path | str) -> sqlite_utils.Database:
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(str(path), timeout=10)
        db = sqlite_utils.Database(conn, execute_plugins=False)
        db.execute("PRAGMA foreign_keys=ON")
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("PRAGMA synchronous=NORMAL")
        MIGRATIONS.apply(db)
    except sqlite3.DatabaseError as exc:
        raise UserError(f"Cannot open the database {path}: {exc}.") from exc
    except OSError as exc:
        raise UserError(f"Cannot create the database {path}: {exc.strerror}.") from exc
    return db
