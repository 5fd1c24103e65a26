"""A whole shop moved to another database (`fulfil-desk db move --to TARGET`): a PostgreSQL
URL or a SQLite file, which is created when it does not exist.

The target is looked at before anything is written to it: one that holds tables of anything
else, or a fulfil-desk shop with rows, is refused and left as it was; so is the source's own
database. Then, in one transaction of the target, every row is copied from one snapshot of the
source and every table compared (`differences`, on that same snapshot): a copy that differs
is rolled back. The source is only read.
"""

from __future__ import annotations

import os
import sqlite3
from contextlib import closing, suppress
from pathlib import Path

from fulfil_desk.core.kernel.errors import UserError
from fulfil_desk.core.kernel.messages import Message
from fulfil_desk.core.storage.copies.shop_copy import (
    TABLES,
    TableCopy,
    copy_shop,
    differences,
    refuse_not_empty,
)
from fulfil_desk.core.storage.db import Database, is_postgres_url, open_database, shown_target

MIGRATION_TABLES = ("_sqlite_migrations", "fulfil_desk_migrations")
SQLITE_SIDES = ("", "-wal", "-shm", "-journal")


def _identity(db: Database) -> tuple:
    """What tells one database from another: SQLite's file, PostgreSQL's server (the moment
    it started) and database (its oid)."""
    if db.engine == "sqlite":
        rows = db.execute("PRAGMA database_list").fetchall()
        file = next((row[2] for row in rows if row[1] == "main"), "") or ""
        return ("sqlite", os.path.realpath(file) if file else id(db))
    row = db.execute(
        "SELECT current_database(), pg_postmaster_start_time()::text,"
        " (SELECT oid FROM pg_database WHERE datname = current_database())::text"
    ).fetchone()
    return ("postgresql", *row)


def _refused_tables(tables: list[str], shown: str) -> UserError:
    return UserError(
        Message("storage.move_target_not_empty", target=shown, tables=", ".join(tables[:5]))
    )


def _sqlite_tables(path: Path) -> list[str]:
    """The tables of an existing SQLite file, read without writing to it."""
    try:
        with closing(sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True)) as conn:
            rows = conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            ).fetchall()
    except sqlite3.DatabaseError as exc:
        raise UserError(Message("storage.cannot_open", path=str(path), error=str(exc))) from exc
    return [row[0] for row in rows]


def _postgres_tables(url: str) -> list[str]:
    import psycopg

    from fulfil_desk.core.storage.postgres.engine import PostgresDatabase
    from fulfil_desk.core.storage.postgres.refusals import refusal

    try:
        db = PostgresDatabase(url=url)
    except psycopg.Error as exc:
        raise UserError(refusal(exc, url)) from exc
    try:
        return db.table_names()
    finally:
        db.close()


def _refuse_foreign(target: Path | str, shown: str) -> bool:
    """Refuses a target that holds tables and is no fulfil-desk shop (another program's
    database); True when a SQLite file is to be created."""
    if is_postgres_url(str(target)):
        tables = _postgres_tables(str(target))
    else:
        path = Path(target)
        if not path.exists() or path.stat().st_size == 0:
            return not path.exists()
        tables = _sqlite_tables(path)
    if tables and not set(MIGRATION_TABLES) & set(tables):
        raise _refused_tables(sorted(tables), shown)
    return False


def _refuse_rows_before_migrating(shown: str):
    """An older fulfil-desk shop as the target: refused, before its schema is changed, when it
    has rows (both engines call this outside a transaction: a table it lacks aborts nothing)."""

    def check(db: Database, _pending: list[str]) -> None:
        filled = []
        for table in TABLES:
            with suppress(*db.operational_errors, *_missing_table_errors()):
                if db.execute(f"SELECT 1 FROM {table} LIMIT 1").fetchone():
                    filled.append(table)
        if filled:
            raise _refused_tables(filled, shown)

    return check


def _missing_table_errors() -> tuple[type[Exception], ...]:
    import psycopg

    return (psycopg.errors.UndefinedTable,)


def _remove_sqlite(path: Path) -> None:
    for side in SQLITE_SIDES:
        with suppress(FileNotFoundError):
            Path(f"{path}{side}").unlink()


def move_shop(source: Database, target: Path | str) -> list[TableCopy]:
    """Every row of the open shop `source` into the empty database `target`, checked; the
    rows copied per table. A SQLite target this made is removed again when the move fails."""
    shown = shown_target(target)
    if not is_postgres_url(str(target)):
        target = Path(target).expanduser()
        if (
            source.engine == "sqlite"
            and target.exists()
            and _identity(source)[1] == (os.path.realpath(target))
        ):
            raise UserError(Message("storage.move_same", target=shown))
    created = _refuse_foreign(target, shown)
    moved: Database | None = None
    try:
        moved = open_database(target, before_migrating=_refuse_rows_before_migrating(shown))
        if _identity(moved) == _identity(source):
            raise UserError(Message("storage.move_same", target=shown))
        with source.read_snapshot(), moved.transaction():
            refuse_not_empty(moved, shown)
            copied = copy_shop(source, moved)
            if diff := differences(source, moved):
                raise UserError(
                    Message("storage.move_check_failed", target=shown, tables=", ".join(diff))
                )
    except BaseException:
        if moved is not None:
            moved.close()
        if created:
            _remove_sqlite(Path(target))
        raise
    moved.close()
    return copied
