"""Backups with SQLite's online backup API, reading them back, and restoring one.

A backup is a consistent copy of the database taken while it is in use (stations may keep
scanning: in WAL mode the copy reads one snapshot). It is written to a temporary file
beside the target, switched from WAL to a plain rollback journal (so that the copy is one
self-contained file, readable on a read-only medium), synced, and renamed into place: a
backup that fails (a full disk, a read-only folder) leaves no half-written file and
touches neither the database nor the earlier backups.

Restoring copies a backup into the open database with the same API, in one write
transaction of the live connection: other stations' connections stay valid and see the
restored data on their next read, which replacing the file under them would not allow.

Both copy `STEP_PAGES` pages at a time and call `progress(done, total)` (pages) after each
step; a `progress` that raises stops the copy: the backup's temporary file is removed, a
restore's write transaction is rolled back. A backup reads from one read transaction held
over all its steps: without it, every write of another station between two steps makes
SQLite start the copy again, which on a busy bench need never end.
"""

from __future__ import annotations

import errno
import os
import re
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from fulfil_desk.core.kernel.errors import UserError
from fulfil_desk.core.kernel.messages import Message
from fulfil_desk.core.storage.db import Database
from fulfil_desk.core.storage.migrations import MIGRATIONS
from fulfil_desk.core.storage.sqlite.engine import SqliteDatabase

STEP_PAGES = 1024  # pages per step of the backup API: 4 MB of 4 kB pages
Progress = Callable[[int, int], None]  # (pages done, pages in all); may raise to stop


class BackupError(UserError):
    """A backup or restore could not be written or read; nothing was changed."""


@dataclass(frozen=True)
class DatabaseFacts:
    """What a database file holds, read without writing to it."""

    integrity: str  # "ok", or SQLite's first complaint
    migrations: tuple[str, ...]  # the fulfil-desk schema steps applied, in order
    orders: int | None  # None when it has no orders table
    is_fulfil_desk: bool
    unknown_migrations: tuple[str, ...]  # applied steps this version does not know (newer)


def known_migrations() -> list[str]:
    return [m.name for m in MIGRATIONS._migrations]


def _sqlite(db: Database) -> SqliteDatabase:
    if not isinstance(db, SqliteDatabase):
        raise TypeError(f"SQLite's backup API on a {db.engine} database")
    return db


def has_events(db: Database) -> bool:
    """Whether anything ever happened in this database (a new one needs no backup)."""
    return db.execute("SELECT EXISTS (SELECT 1 FROM events)").fetchone()[0] == 1


# What SQLite and the OS say (in English, whatever the reader's language), to tell why.
_FULL = re.compile(r"disk is full|no space")
_READ_ONLY_DISK = re.compile(r"read-only file system")
_NOT_ALLOWED = re.compile(r"readonly|permission")
_CANNOT_OPEN = re.compile(r"unable to open")
_NOT_A_DATABASE = re.compile(r"not a database|malformed")


def why(exc: BaseException) -> Message | str:
    """An OS or SQLite error as the end of a sentence a person can act on: a message, or
    the system's own words when it is none of those."""
    code = getattr(exc, "errno", None)
    text = str(exc).lower()
    if code in (errno.ENOSPC, errno.EDQUOT) or _FULL.search(text):
        return Message("storage.disk_full")
    if code == errno.EROFS or _READ_ONLY_DISK.search(text):
        return Message("storage.disk_read_only")
    if code in (errno.EACCES, errno.EPERM) or _NOT_ALLOWED.search(text):
        return Message("storage.may_not_write")
    if _CANNOT_OPEN.search(text):
        return Message("storage.cannot_open_file")
    if _NOT_A_DATABASE.search(text):
        return Message("storage.not_a_database")
    return getattr(exc, "strerror", None) or str(exc)


def _fsync(path: Path, *, directory: bool = False) -> None:
    flags = os.O_RDONLY | (getattr(os, "O_DIRECTORY", 0) if directory else 0)
    try:
        fd = os.open(path, flags)
    except OSError:
        if directory:
            return  # some systems cannot open a folder; the rename is still atomic
        raise
    try:
        os.fsync(fd)
    except OSError:
        if not directory:
            raise
    finally:
        os.close(fd)


def _part_path(target: Path) -> Path:
    return target.with_name(f".{target.name}.{os.getpid()}.part")


def _remove_part(part: Path) -> None:
    for leftover in (part, Path(f"{part}-journal"), Path(f"{part}-wal"), Path(f"{part}-shm")):
        try:
            leftover.unlink(missing_ok=True)
        except OSError:
            pass


def remove_stale_parts(folder: Path) -> None:
    """Temporary files of backups whose process is gone (killed mid-backup)."""
    if os.name != "posix":  # os.kill(pid, 0) would end a Windows process, not probe it
        return
    try:
        parts = list(folder.glob(".*.part"))
    except OSError:
        return
    for part in parts:
        pid = part.name.rsplit(".", 2)[-2]
        if not pid.isdigit() or int(pid) == os.getpid():
            continue
        try:
            os.kill(int(pid), 0)
        except ProcessLookupError:
            _remove_part(part)
        except OSError:
            pass


@contextmanager
def _snapshot(source: Database | Path) -> Iterator[sqlite3.Connection]:
    """A connection to copy from, inside one read transaction: every step of the backup
    reads the same snapshot. `source` is the Desk's database, or the database file's path
    (a connection of the backup's own, for a worker thread)."""
    if not isinstance(source, Path):
        conn, own = _sqlite(source).conn, False
        if conn.in_transaction:
            raise RuntimeError("a backup cannot be taken inside a transaction of its connection")
    else:
        uri = Path(source).resolve().as_uri()
        conn, own = sqlite3.connect(f"{uri}?mode=rw", uri=True, timeout=5.0), True
        conn.isolation_level = None
    try:
        conn.execute("BEGIN")
        conn.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()  # the snapshot starts
        yield conn
    finally:
        if conn.in_transaction:
            conn.execute("ROLLBACK")  # it only read
        if own:
            conn.close()


def _copy(
    source: sqlite3.Connection, target: sqlite3.Connection, progress: Progress | None, pages: int
) -> None:
    if progress is None:
        source.backup(target, pages=max(1, pages))
        return

    def step(_status: int, remaining: int, total: int) -> None:
        progress(total - remaining, total)

    source.backup(target, pages=max(1, pages), progress=step)


def write_backup(
    source: Database | Path | str,
    target: Path,
    *,
    progress: Progress | None = None,
    pages: int = STEP_PAGES,
) -> int:
    """Copy the database (the open one, or the file at that path) to `target`, replacing a
    file there; returns its size. Whatever `progress` raises stops it and is raised again,
    with no file left behind."""
    target = Path(target)
    part = _part_path(target)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        _remove_part(part)
        os.close(os.open(part, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644))  # a clear OSError
        if isinstance(source, str) or (
            not isinstance(source, Path) and source.engine == "postgresql"
        ):
            from fulfil_desk.core.storage.postgres.backup import write_from_postgres

            write_from_postgres(source, part, progress)
        else:
            copy = sqlite3.connect(part)
            try:
                with _snapshot(source) as conn:
                    _copy(conn, copy, progress, pages)
                copy.execute("PRAGMA journal_mode=DELETE")
            finally:
                copy.close()
        _fsync(part)
        os.replace(part, target)
        _fsync(target.parent, directory=True)
        return target.stat().st_size
    except (OSError, sqlite3.Error) as exc:
        raise BackupError(
            Message("storage.cannot_write_backup", path=str(target), why=why(exc))
        ) from exc
    finally:
        _remove_part(part)


def _read_only(path: Path) -> sqlite3.Connection:
    """A connection that cannot write, even on a read-only disk."""
    uri = path.resolve().as_uri()
    try:
        conn = sqlite3.connect(f"{uri}?mode=ro", uri=True)
        conn.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()
        return conn
    except sqlite3.OperationalError:
        # A WAL file on a read-only disk: read it as it lies, it cannot change under us.
        conn = sqlite3.connect(f"{uri}?immutable=1", uri=True)
        conn.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()
        return conn


def read_facts(path: Path, *, check_integrity: bool = True) -> DatabaseFacts:
    """Integrity, schema and size of a database file, opened read-only."""
    path = Path(path)
    if not path.is_file():
        raise BackupError(Message("storage.no_file", path=str(path)))
    try:
        conn = _read_only(path)
    except sqlite3.Error as exc:
        raise BackupError(Message("storage.cannot_read", path=str(path), why=why(exc))) from exc
    try:
        integrity = "ok"
        if check_integrity:
            rows = conn.execute("PRAGMA integrity_check").fetchall()
            integrity = "; ".join(str(r[0]) for r in rows[:3]) or "ok"
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        applied: list[str] = []
        if MIGRATIONS.migrations_table in tables:
            applied = [
                r[0]
                for r in conn.execute(
                    f"SELECT name FROM {MIGRATIONS.migrations_table}"
                    " WHERE migration_set = ? ORDER BY rowid",
                    [MIGRATIONS.name],
                )
            ]
        orders = None
        if "orders" in tables:
            orders = conn.execute("SELECT COUNT(*) FROM orders").fetchone()[0]
    except sqlite3.Error as exc:
        raise BackupError(Message("storage.cannot_read", path=str(path), why=why(exc))) from exc
    finally:
        conn.close()
    known = set(known_migrations())
    return DatabaseFacts(
        integrity=integrity,
        migrations=tuple(applied),
        orders=orders,
        is_fulfil_desk=bool(applied) and applied[0] == known_migrations()[0] and "orders" in tables,
        unknown_migrations=tuple(name for name in applied if name not in known),
    )


def restore_into(
    db: Database,
    source: Path,
    *,
    progress: Progress | None = None,
    pages: int = STEP_PAGES,
) -> None:
    """Replace the open database's content by `source`'s, then bring its schema up to date.

    One write transaction of the live connection; on failure, or when `progress` raises (it
    is raised again), the database is as it was.
    """
    if db.engine == "postgresql":
        from fulfil_desk.core.storage.postgres.backup import restore_into_postgres

        try:
            restore_into_postgres(db, Path(source), progress)
        except OSError as exc:
            raise BackupError(
                Message("storage.cannot_read_to_restore", path=str(source), why=why(exc))
            ) from exc
        return
    try:
        src = _read_only(Path(source))
    except sqlite3.Error as exc:
        raise BackupError(
            Message("storage.cannot_read_to_restore", path=str(source), why=why(exc))
        ) from exc
    try:
        _copy(src, _sqlite(db).conn, progress, pages)
    except sqlite3.Error as exc:
        raise BackupError(
            Message("storage.cannot_restore", path=str(source), why=why(exc))
        ) from exc
    finally:
        src.close()
    db.execute("PRAGMA journal_mode=WAL")  # stays WAL; said again in case a build differs
    with db.transaction():
        MIGRATIONS.apply(_sqlite(db))


def other_processes(path: Path) -> list[int]:
    """Processes other than this one that have the database open, as far as this machine
    can tell: each SQLite connection to a WAL database holds a lock on its `-shm` file,
    listed in Linux's /proc/locks. Empty where that cannot be read (other systems), and
    blind to stations on other machines sharing the file over a network."""
    if not hasattr(os, "major"):
        return []
    inodes = set()
    for candidate in (Path(path), Path(f"{path}-shm")):
        try:
            st = candidate.stat()
        except OSError:
            continue
        inodes.add(f"{os.major(st.st_dev):02x}:{os.minor(st.st_dev):02x}:{st.st_ino}")
    try:
        with open("/proc/locks", encoding="ascii", errors="replace") as f:
            lines = f.read().splitlines()
    except OSError:
        return []
    me, found = os.getpid(), set()
    for line in lines:
        fields = line.split()
        for i, field in enumerate(fields):
            if field in inodes and i >= 1 and fields[i - 1].isdigit():
                pid = int(fields[i - 1])
                if pid != me:
                    found.add(pid)
    return sorted(found)
