"""Opening the one SQLite file: pragmas, migrations, and the one way to write to it.

Two stations may share the file. Every write runs in `transaction(db)`: `BEGIN IMMEDIATE`
takes SQLite's write lock before the use case reads what it decides on, so two stations
can never both read `picked = 0` and both write `picked = 1`. A station that finds the
lock taken waits up to `BUSY_TIMEOUT_S`, then is told to scan again.
"""

from __future__ import annotations

import os
import secrets
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import sqlite_utils

from fulfil_desk.core.kernel.errors import DatabaseBusy, UserError
from fulfil_desk.core.kernel.messages import Message
from fulfil_desk.core.storage.migrations import MIGRATIONS

Database = sqlite_utils.Database  # what the Desk's context holds; only repositories query it

BUSY_TIMEOUT_S = 5.0
BUSY = Message("storage.busy")  # another station is saving: scan again
CACHE_KIB = 32 * 1024  # page cache per connection


def _is_busy(exc: BaseException) -> bool:
    text = str(exc).lower()
    return isinstance(exc, sqlite3.OperationalError) and ("locked" in text or "busy" in text)


def close(db: sqlite_utils.Database) -> None:
    db.conn.close()


@contextmanager
def transaction(db: sqlite_utils.Database) -> Iterator[sqlite_utils.Database]:
    """One write transaction that holds the write lock from its first statement
    (`BEGIN IMMEDIATE`); nested, a savepoint. Read what you decide on inside it."""
    conn = db.conn
    if conn.in_transaction:
        name = f"desk_{secrets.token_hex(8)}"
        conn.execute(f"SAVEPOINT {name}")
        try:
            yield db
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
        if _is_busy(exc):
            raise DatabaseBusy(BUSY) from exc
        raise
    try:
        yield db
        conn.execute("COMMIT")
    except BaseException as exc:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        if _is_busy(exc):
            raise DatabaseBusy(BUSY) from exc
        raise


class DeskDatabase(sqlite_utils.Database):
    """sqlite-utils' Database whose `atomic()` is `transaction()`: whatever writes, through
    the Desk or inside sqlite-utils, takes the write lock first."""

    def atomic(self):
        return transaction(self)


def inserted_id(table: sqlite_utils.db.Table) -> int:
    """The id of the row `table.insert(...)` just wrote (sqlite-utils types `last_pk` as
    anything or None: an integer primary key is an int)."""
    pk = table.last_pk
    if not isinstance(pk, int):
        raise TypeError(f"{table.name}: the insert gave no integer id ({pk!r})")
    return pk


def refuse_read_only(path: Path) -> None:
    """SQLite opens a read-only file and fails at the first write; say so at the start."""
    if path.exists() and not (os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)):
        raise UserError(Message("storage.read_only", path=str(path)))


def open_database(
    path: Path | str,
    *,
    before_migrating: Callable[[sqlite_utils.Database, list[str]], None] | None = None,
) -> sqlite_utils.Database:
    """`before_migrating(db, pending)` runs when migrations are about to change a database
    that has a schema already (a new one needs none): the backup (core/safekeeping/backups.py)."""
    path = Path(path)
    refuse_read_only(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_S)
        # No implicit BEGINs: transactions are only ever the explicit ones above.
        conn.isolation_level = None
        db = DeskDatabase(conn, execute_plugins=False)
        db.execute("PRAGMA foreign_keys=ON")
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("PRAGMA synchronous=NORMAL")
        # 32 MB of page cache, not SQLite's 2 MB: an import writes a dozen indexes at random
        # places (SKUs, dates), which thrashed the small cache (100k lines 4.2 → 3.8 s).
        db.execute(f"PRAGMA cache_size=-{CACHE_KIB}")
        pending = [m.name for m in MIGRATIONS.pending(db)]
        if pending and before_migrating is not None and MIGRATIONS.applied(db):
            before_migrating(db, pending)  # outside any transaction: the backup API needs it
        with transaction(db):  # two stations starting at once migrate once
            MIGRATIONS.apply(db)
    except sqlite3.DatabaseError as exc:
        if _is_busy(exc):
            raise DatabaseBusy(BUSY) from exc
        raise UserError(Message("storage.cannot_open", path=str(path), error=str(exc))) from exc
    except OSError as exc:
        error = exc.strerror or str(exc)
        raise UserError(Message("storage.cannot_create", path=str(path), error=error)) from exc
    return db


def checkpoint_when_idle(db: sqlite_utils.Database) -> None:
    """This connection leaves write-ahead-log checkpoints to `checkpoint`. SQLite's own runs
    inside the commit that crosses 1000 pages of log: ~70 ms added to whichever scan does."""
    db.execute("PRAGMA wal_autocheckpoint=0")


def checkpoint(db: sqlite_utils.Database) -> None:
    """Copy the log into the database file as far as no reader needs it (PASSIVE: it never
    waits for another station). Nothing on a closed connection."""
    try:
        db.execute("PRAGMA wal_checkpoint(PASSIVE)")
    except sqlite3.ProgrammingError:  # closed: the window outlived its Desk
        pass
    except sqlite3.OperationalError as exc:
        if not _is_busy(exc):
            raise
