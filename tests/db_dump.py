"""Every row of a shop's database, read through a connection of the test's own: a SQLite
file's, or a PostgreSQL server's (a `postgresql://` URL)."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

# Refused scans are logged for the packers' statistics beside the shop's data; a refusal
# that "changes nothing" changes no other table (tests check the log on its own).
REFUSAL_LOG = "refused_scans"
_OWN_TABLES = {"_sqlite_migrations", "sqlite_sequence", "fulfil_desk_migrations"}


def is_server(target) -> bool:
    return str(target).startswith(("postgresql://", "postgres://"))


def connect(target, **sqlite_options):
    """A DB-API connection of the test's own that takes `?` placeholders on both engines."""
    if not is_server(target):
        return sqlite3.connect(target, **sqlite_options)
    import psycopg

    from fulfil_desk.core.storage.postgres.engine import translated

    class _Translating(psycopg.Connection):
        def execute(self, query, params=None, **kwargs):  # type: ignore[override]
            return super().execute(translated(query, parameters=bool(params)), params or None)

    return _Translating.connect(str(target), autocommit=True)


def query(target, sql: str, *params) -> list[tuple]:
    with closing(connect(target)) as con:
        return [tuple(row) for row in con.execute(sql, params).fetchall()]


def table_names(con, target) -> list[str]:
    if is_server(target):
        sql = (
            "SELECT table_name FROM information_schema.tables"
            " WHERE table_schema = current_schema() ORDER BY table_name"
        )
    else:
        sql = "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
    return [r[0] for r in con.execute(sql).fetchall() if r[0] not in _OWN_TABLES]


def dump_db(target: Path | str, *, with_refusals: bool = False) -> dict[str, list[tuple]]:
    with closing(connect(target)) as con:
        tables = table_names(con, target)
        if not with_refusals and REFUSAL_LOG in tables:
            tables.remove(REFUSAL_LOG)
        found = {}
        for table in tables:
            width = len(con.execute(f'SELECT * FROM "{table}" LIMIT 1').description or ())
            order = ", ".join(str(i + 1) for i in range(width)) or "1"
            rows = con.execute(f'SELECT * FROM "{table}" ORDER BY {order}').fetchall()
            found[table] = [tuple(row) for row in rows]
        return found


def refusals(target: Path | str) -> list[tuple[str, str, str]]:
    """(page, kind, code) of every refused scan logged, oldest first."""
    sql = f"SELECT page, kind, code FROM {REFUSAL_LOG} ORDER BY id"
    return [(r[0], r[1], r[2]) for r in query(target, sql)]


def sqlite_only(target, why: str) -> None:
    """Skip the PostgreSQL run of a test that reads SQLite's own machinery (its planner, its
    file's bytes, its pragmas); `why` names it, and where PostgreSQL's case is tested."""
    if is_server(target):
        import pytest

        pytest.skip(f"SQLite only: {why}")
