"""Both engines side by side for tests/core/test_pg_schema.py: a fresh SQLite shop (its
migrations) and a PostgreSQL database with the baseline, what each has of the schema, and one
script of SQL run on both."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import psycopg

from fulfil_desk.core.storage.db import open_database
from fulfil_desk.core.storage.postgres.migrations import LATER
from fulfil_desk.core.storage.postgres.schema import apply_baseline


def sqlite_shop(folder: Path) -> sqlite3.Connection:
    return open_database(folder / "s.db").conn


def pg_shop(url: str) -> psycopg.Connection:
    """The baseline, then PostgreSQL's form of each later migration: the schema of today."""
    conn = psycopg.connect(url, autocommit=True)
    apply_baseline(conn)
    for migration in LATER.values():
        migration(conn)
    return conn


def _own(name: str) -> bool:
    return not name.startswith(("sqlite_", "_sqlite_"))


def sqlite_columns(conn: sqlite3.Connection) -> dict[str, list[tuple]]:
    """Per table: (name, not null, default) of each column in order; a primary key's column
    is not null (SQLite lets a non-integer one hold NULL, and no code writes one)."""
    tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    return {
        t: [(c[1], bool(c[3] or c[5]), c[4]) for c in conn.execute(f"PRAGMA table_info({t})")]
        for t in tables
        if _own(t)
    }


def pg_columns(conn: psycopg.Connection) -> dict[str, list[tuple]]:
    rows = conn.execute(
        "SELECT table_name, column_name, is_nullable = 'NO', column_default"
        " FROM information_schema.columns WHERE table_schema = 'public'"
        " ORDER BY table_name, ordinal_position"
    ).fetchall()
    found: dict[str, list[tuple]] = {}
    for table, column, not_null, default in rows:
        bare = re.sub(r"::(text|bigint|integer)$", "", default) if default else None
        found.setdefault(table, []).append((column, not_null, bare))
    return found


def sqlite_named(conn: sqlite3.Connection, kind: str) -> set[tuple[str, str]]:
    """(name, table) of the indexes or triggers a migration created by name."""
    rows = conn.execute(
        "SELECT name, tbl_name FROM sqlite_master WHERE type = ? AND sql IS NOT NULL", [kind]
    )
    return {(n, t) for n, t in rows if _own(t)}


def pg_indexes(conn: psycopg.Connection) -> set[tuple[str, str]]:
    """Indexes other than those of PRIMARY KEY and UNIQUE constraints."""
    rows = conn.execute(
        "SELECT i.relname, t.relname FROM pg_index x"
        " JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid"
        " JOIN pg_namespace n ON n.oid = t.relnamespace WHERE n.nspname = 'public'"
        " AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = x.indexrelid)"
    )
    return {(i, t) for i, t in rows}


_SQLITE_TRIGGER = re.compile(
    r"CREATE TRIGGER (\w+) (BEFORE|AFTER) (INSERT|UPDATE|DELETE)\b.*? ON (\w+)", re.DOTALL
)


def sqlite_triggers(conn: sqlite3.Connection) -> set[tuple[str, str, str, str]]:
    """(name, table, BEFORE or AFTER, the event) of each trigger."""
    found = set()
    for (sql,) in conn.execute("SELECT sql FROM sqlite_master WHERE type = 'trigger'"):
        name, timing, event, table = _SQLITE_TRIGGER.match(sql).groups()  # type: ignore[union-attr]
        found.add((name, table, timing, event))
    return found


def pg_triggers(conn: psycopg.Connection, *, per: str = "") -> set[tuple[str, str, str, str]]:
    """As `sqlite_triggers`; `per`: 'ROW' or 'STATEMENT', only those (pg_trigger.tgtype's bits:
    1 row, 2 before, 4 insert, 8 delete, 16 update)."""
    rows = conn.execute(
        "SELECT g.tgname, t.relname, CASE WHEN g.tgtype & 2 = 2 THEN 'BEFORE' ELSE 'AFTER' END,"
        " CASE WHEN g.tgtype & 4 = 4 THEN 'INSERT' WHEN g.tgtype & 8 = 8 THEN 'DELETE'"
        " ELSE 'UPDATE' END, CASE WHEN g.tgtype & 1 = 1 THEN 'ROW' ELSE 'STATEMENT' END"
        " FROM pg_trigger g JOIN pg_class t ON t.oid = g.tgrelid WHERE NOT g.tgisinternal"
    )
    return {(g, t, timing, event) for g, t, timing, event, level in rows if per in ("", level)}


class Both:
    """One SQL script run on a SQLite shop and a PostgreSQL shop: what each returned, and
    what each refused (the refusal's text)."""

    def __init__(self, lite: sqlite3.Connection, pg: psycopg.Connection):
        self.lite, self.pg = lite, pg

    def run(self, sql: str, params: list | None = None) -> tuple[str | None, str | None]:
        """Each engine's refusal (None: done)."""
        refused: list[str | None] = []
        try:
            self.lite.execute(sql, params or [])
            refused.append(None)
        except sqlite3.DatabaseError as exc:
            refused.append(str(exc))
        try:
            self.pg.execute(sql.replace("?", "%s"), params or [])  # type: ignore[arg-type]
            refused.append(None)
        except psycopg.DatabaseError as exc:
            refused.append(str(exc).splitlines()[0])
        return refused[0], refused[1]

    def rows(self, sql: str) -> tuple[list[tuple], list[tuple]]:
        return (
            [tuple(r) for r in self.lite.execute(sql)],
            [tuple(r) for r in self.pg.execute(sql)],  # type: ignore[arg-type]
        )
