"""The one way to the shop's database, whichever engine holds it: a SQLite file (one PC) or a
PostgreSQL server (several PCs). Only `core/storage/` knows which; its repositories write SQL
both engines run (placeholders `?`), through the `Database` below.

Every write runs in `transaction(db)`: the engine's write lock is taken before the use case
reads what it decides on (SQLite: `BEGIN IMMEDIATE`; PostgreSQL: one advisory lock per shop),
so two stations can never both read `picked = 0` and both write `picked = 1`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Any, Protocol

from fulfil_desk.core.storage.postgres.urls import is_postgres_url, shop_home, shown

__all__ = ["is_postgres_url"]  # also the Desk's: which targets are servers


class Cursor(Protocol):
    @property
    def rowcount(self) -> int: ...

    @property
    def description(self) -> Any: ...

    def fetchone(self) -> Any: ...

    def fetchall(self) -> list[Any]: ...

    def __iter__(self) -> Iterator[Any]: ...


class Database(Protocol):
    """What repositories query: both engines have it (sqlite/engine.py, postgres/engine.py)."""

    engine: str  # "sqlite" or "postgresql"
    operational_errors: tuple[type[Exception], ...]  # a statement the server could not run
    integrity_errors: tuple[type[Exception], ...]  # a constraint said no

    def execute(self, sql: str, parameters: Sequence | dict[str, Any] | None = None) -> Any: ...

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> Any: ...

    def query(
        self, sql: str, params: Sequence | dict[str, Any] | None = None
    ) -> Iterator[dict]: ...

    def insert_row(self, table: str, fields: Mapping[str, Any]) -> int: ...

    def transaction(self) -> AbstractContextManager[Any]: ...

    def read_snapshot(self) -> AbstractContextManager[Any]: ...

    @property
    def in_transaction(self) -> bool: ...

    def clear_shop(self, tables: Sequence[str]) -> None: ...

    def after_copy(self, tables: Sequence[str]) -> None: ...

    def close(self) -> None: ...

    def settle_unanswered(self) -> bool | None: ...

    commits: int  # write transactions committed on this connection

    def checkpoint_when_idle(self) -> None: ...

    def checkpoint(self, *, truncate: bool = False) -> None: ...

    def compact(self) -> bool: ...


class RowMissing(LookupError):
    """An update of a row that is not there: a bug, never a person's mistake."""


def column_names(cursor) -> list[str]:
    """A result's column names. psycopg's `description` makes an object per column each time
    it is read (41 of them for an order with its lines): its result's own names are cheaper."""
    if (result := getattr(cursor, "pgresult", None)) is not None:
        return [result.fname(i).decode() for i in range(result.nfields)]
    return [d[0] for d in cursor.description or ()]


def dicts(cursor) -> list[dict]:
    """Rows as dicts, as sqlite-utils' query() gives them, at half its cost per row (an
    order is read several times on every scan)."""
    names = column_names(cursor)
    return [dict(zip(names, row, strict=True)) for row in cursor]


def require_row(cursor, table: str, pk) -> None:
    if cursor.rowcount == 0:
        raise RowMissing(f"{table} has no row {pk!r}")


def update_row(db: Database, table: str, pk, fields: Mapping[str, Any], *, key: str = "id") -> None:
    names = list(fields)
    done = db.execute(
        f"UPDATE {table} SET {', '.join(f'{n} = ?' for n in names)} WHERE {key} = ?",
        [*(fields[n] for n in names), pk],
    )
    require_row(done, table, pk)


def transaction(db: Database) -> AbstractContextManager[Any]:
    """One write transaction that holds the write lock from its first statement; nested, a
    savepoint. Read what you decide on inside it."""
    return db.transaction()


def close(db: Database) -> None:
    db.close()


def checkpoint_when_idle(db: Database) -> None:
    db.checkpoint_when_idle()


def checkpoint(db: Database) -> None:
    db.checkpoint()


def commits(db: Database) -> int:
    return db.commits


def settle_unanswered(db: Database) -> bool | None:
    """Whether the write whose COMMIT the server never answered was saved (None: none is
    waiting); DatabaseUnreachable while the server is still away."""
    return db.settle_unanswered()


def local_home(target: Path | str, *, data_folder: Path | None = None) -> Path:
    """The file a Desk's backups go beside (and its label layouts did, before they were kept in
    the database): a SQLite shop's own; for a PostgreSQL shop, a stand-in in `data_folder`
    (default: the user's data folder)."""
    if not is_postgres_url(str(target)):
        return Path(target)
    if data_folder is None:
        from platformdirs import user_data_dir

        data_folder = Path(user_data_dir("fulfil-desk", appauthor=False))
    return shop_home(str(target), data_folder)


def shown_target(target: Path | str) -> str:
    """The database as a person is shown it: the file, or the URL without its password."""
    return shown(str(target)) if is_postgres_url(str(target)) else str(target)


def open_database(
    target: Path | str,
    *,
    before_migrating: Callable[[Any, list[str]], None] | None = None,
) -> Database:
    """A SQLite file, or the PostgreSQL database a `postgresql://` URL names. Migrated to the
    current schema; `before_migrating(db, pending)` runs first when a shop that has a schema
    is about to change (the backup, core/safekeeping/backups.py)."""
    if is_postgres_url(str(target)):
        from fulfil_desk.core.storage.postgres.engine import open_postgres

        return open_postgres(str(target), before_migrating=before_migrating)
    from fulfil_desk.core.storage.sqlite.engine import open_sqlite

    return open_sqlite(target, before_migrating=before_migrating)
