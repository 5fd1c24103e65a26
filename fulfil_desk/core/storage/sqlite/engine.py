"""The SQLite engine: one file, opened with its pragmas, written under `BEGIN IMMEDIATE`.

Two stations may share the file. Every write runs in `transaction()`: `BEGIN IMMEDIATE`
takes SQLite's write lock before the use case reads what it decides on, so two stations
can never both read `picked = 0` and both write `picked = 1`. A station that finds the
lock taken waits up to `BUSY_TIMEOUT_S`, then is told to scan again.
"""

from __future__ import annotations

import os
import secrets
import sqlite3
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import sqlite_utils

from fulfil_desk.core.kernel.errors import DatabaseBusy, UserError
from fulfil_desk.core.kernel.messages import Message
from fulfil_desk.core.storage.migrations import MIGRATIONS

BUSY_TIMEOUT_S = 5.0
BUSY = Message("storage.busy")  # another station is saving: scan again
CACHE_KIB = 32 * 1024  # page cache per connection


def is_busy(exc: BaseException) -> bool:
    text = str(exc).lower()
    return isinstance(exc, sqlite3.OperationalError) and ("locked" in text or "busy" in text)


class SqliteDatabase(sqlite_utils.Database):
    """sqlite-utils' Database with the methods every engine has (storage/db.py `Database`);
    its `atomic()` is `transaction()`: whatever writes, through the Desk or inside
    sqlite-utils, takes the write lock first."""

    engine = "sqlite"
    operational_errors: tuple[type[Exception], ...] = (sqlite3.OperationalError,)
    integrity_errors: tuple[type[Exception], ...] = (sqlite3.IntegrityError,)
    commits = 0  # write transactions committed on this connection

    def atomic(self):
        return self.transaction()

    @property
    def in_transaction(self) -> bool:
        return self.conn.in_transaction

    def executemany(self, sql: str, rows) -> sqlite3.Cursor:
        return self.conn.executemany(sql, rows)

    def insert_row(self, table: str, fields: Mapping[str, Any]) -> int:
        """The new row's id."""
        names = list(fields)
        row = self.conn.execute(
            f"INSERT INTO {table} ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})"
            " RETURNING id",
            [fields[n] for n in names],
        ).fetchone()
        return int(row[0])

    @contextmanager
    def read_snapshot(self) -> Iterator[SqliteDatabase]:
        """Reads that see one state of the shop, with no lock on writers (a deferred BEGIN);
        inside a write transaction, that transaction's."""
        if self.conn.in_transaction:
            yield self
            return
        self.conn.execute("BEGIN")
        try:
            yield self
        finally:
            self.conn.execute("COMMIT")

    def clear_shop(self, tables) -> None:
        raise RuntimeError("a SQLite shop is restored with SQLite's backup API (backup.py)")

    def after_copy(self, tables) -> None:
        """Rows copied with their ids: SQLite's next id is past the largest by itself."""

    def close(self) -> None:
        self.conn.close()

    @contextmanager
    def transaction(self) -> Iterator[SqliteDatabase]:
        """One write transaction that holds the write lock from its first statement
        (`BEGIN IMMEDIATE`); nested, a savepoint. Read what you decide on inside it."""
        conn = self.conn
        if conn.in_transaction:
            name = f"desk_{secrets.token_hex(8)}"
            conn.execute(f"SAVEPOINT {name}")
            try:
                yield self
            except BaseException:
                if conn.in_transaction:  # a failed COMMIT-level error may have ended it
                    conn.execute(f"ROLLBACK TO SAVEPOINT {name}")
                    conn.execute(f"RELEASE SAVEPOINT {name}")
                raise
            conn.execute(f"RELEASE SAVEPOINT {name}")
            return
        try:
            conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            if is_busy(exc):
                raise DatabaseBusy(BUSY) from exc
            raise
        try:
            yield self
            conn.execute("COMMIT")
            self.commits += 1
        except BaseException as exc:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            if is_busy(exc):
                raise DatabaseBusy(BUSY) from exc
            raise

    def settle_unanswered(self) -> bool | None:
        """A file's COMMIT is always answered."""
        return None

    def checkpoint_when_idle(self) -> None:
        """This connection leaves write-ahead-log checkpoints to `checkpoint`. SQLite's own
        runs inside the commit that crosses 1000 pages of log: ~70 ms added to whichever scan
        does."""
        self.execute("PRAGMA wal_autocheckpoint=0")

    def checkpoint(self, *, truncate: bool = False) -> None:
        """Copy the log into the database file as far as no reader needs it (PASSIVE: it
        never waits for another station; `truncate`: all of it, and empty the log). Nothing
        on a closed connection."""
        try:
            self.execute(f"PRAGMA wal_checkpoint({'TRUNCATE' if truncate else 'PASSIVE'})")
        except sqlite3.ProgrammingError:  # closed: the window outlived its Desk
            pass
        except sqlite3.OperationalError as exc:
            if not is_busy(exc):
                raise

    def compact(self) -> bool:
        """VACUUM, so that erased values do not linger in free pages, then fold the WAL
        back into the file and truncate it. False when another station kept it from
        finishing (try again later)."""
        try:
            self.execute("VACUUM")
        except sqlite3.OperationalError:
            return False
        busy = self.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
        return not busy


def refuse_read_only(path: Path) -> None:
    """SQLite opens a read-only file and fails at the first write; say so at the start."""
    if path.exists() and not (os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)):
        raise UserError(Message("storage.read_only", path=str(path)))


def open_sqlite(
    path: Path | str,
    *,
    before_migrating: Callable[[SqliteDatabase, list[str]], None] | None = None,
) -> SqliteDatabase:
    """`before_migrating(db, pending)` runs when migrations are about to change a database
    that has a schema already (a new one needs none): the backup (core/safekeeping/backups.py)."""
    path = Path(path)
    refuse_read_only(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        return new_or_migrated(path, before_migrating=before_migrating)
    except sqlite3.DatabaseError as exc:
        if is_busy(exc):
            raise DatabaseBusy(BUSY) from exc
        raise UserError(Message("storage.cannot_open", path=str(path), error=str(exc))) from exc
    except OSError as exc:
        error = exc.strerror or str(exc)
        raise UserError(Message("storage.cannot_create", path=str(path), error=error)) from exc


def new_or_migrated(
    path: Path,
    *,
    before_migrating: Callable[[SqliteDatabase, list[str]], None] | None = None,
    journal: str = "WAL",
) -> SqliteDatabase:
    """The database at `path` with the current schema; SQLite's and the system's errors as
    they come. `journal`: WAL for a shop; DELETE for a file only written once (a backup
    made from a server), which needs no room for a log as large as itself."""
    conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_S)
    # No implicit BEGINs: transactions are only ever the explicit ones above.
    conn.isolation_level = None
    db = SqliteDatabase(conn, execute_plugins=False)
    try:
        db.execute("PRAGMA foreign_keys=ON")
        db.execute(f"PRAGMA journal_mode={journal}")
        db.execute("PRAGMA synchronous=NORMAL")
        # 32 MB of page cache, not SQLite's 2 MB: an import writes a dozen indexes at random
        # places (SKUs, dates), which thrashed the small cache (100k lines 4.2 → 3.8 s).
        db.execute(f"PRAGMA cache_size=-{CACHE_KIB}")
        pending = [m.name for m in MIGRATIONS.pending(db)]
        if pending and before_migrating is not None and MIGRATIONS.applied(db):
            before_migrating(db, pending)  # outside any transaction: the backup API needs it
        with db.transaction():  # two stations starting at once migrate once
            MIGRATIONS.apply(db)
    except BaseException:
        db.close()
        raise
    return db
