"""The schema of a PostgreSQL shop, by the same migration names as SQLite's.

A new shop gets the baseline (schema.py): the whole schema as SQLite's migrations
m001…m018 leave it, recorded as those migrations. Every later migration has its two forms,
SQLite's in `storage/migrations.py` and PostgreSQL's in `LATER` here, under one name
(tests/core/test_pg_engine.py checks that none is missing), so no shop of either engine
lacks a feature.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from psycopg import errors as pg_errors

from fulfil_desk.core.kernel.errors import UserError
from fulfil_desk.core.kernel.messages import Message
from fulfil_desk.core.storage.postgres import statement_triggers

TABLE = "fulfil_desk_migrations"
BASELINE = (
    "m001_initial", "m002_stock_and_calendar", "m003_exchange", "m004_scores",
    "m005_score_indexes", "m006_stations_and_privacy", "m007_personal_data_purge",
    "m008_score_facts", "m009_bench_trust", "m010_packer_language", "m011_calendar_day_names",
    "m012_returns", "m013_reships", "m014_feedback", "m015_deliveries", "m016_waybills",
    "m017_handover", "m018_customs",
)  # fmt: skip


def _m019_label_layouts(db) -> None:
    from fulfil_desk.core.storage.schema.labels import LABEL_LAYOUTS

    db.execute(LABEL_LAYOUTS)


# name: PostgreSQL's form of a later migration (the station role's rights on its tables come
# from the owner's default privileges, postgres/roles.py).
LATER: dict[str, Callable[[Any], None]] = {
    "m019_label_layouts": _m019_label_layouts,
    "m020_statement_triggers": statement_triggers.migrate,
}


def known() -> list[str]:
    return [*BASELINE, *LATER]


def applied(db) -> list[str]:
    exists = db.execute("SELECT to_regclass(?) IS NOT NULL", [TABLE]).fetchone()[0]
    if not exists:
        return []
    return [r[0] for r in db.execute(f"SELECT name FROM {TABLE} ORDER BY applied_order")]


def pending_migrations(db) -> tuple[list[str], list[str]]:
    done = applied(db)
    return [name for name in known() if name not in done], done


def migrate(db) -> None:
    """In the caller's transaction: the baseline on an empty database, then what is pending.
    A role that may not change the schema (a station's) only opens a shop that is up to date;
    else it is told, in one sentence, to let the owner open the shop first."""
    pending, done = pending_migrations(db)
    if not pending:
        return
    role = db.execute("SELECT current_user").fetchone()[0]  # read before a refusal aborts
    try:
        _migrate(db)
    except pg_errors.InsufficientPrivilege as exc:
        if not done:
            raise UserError(
                Message("storage.pg.schema_needs_owner", url=db.shown, role=role)
            ) from exc
        steps = ", ".join(pending)
        raise UserError(
            Message("storage.pg.migrations_need_owner", url=db.shown, role=role, steps=steps)
        ) from exc


def _migrate(db) -> None:
    from fulfil_desk.core.storage.postgres.schema import baseline_statements

    db.execute(
        f"CREATE TABLE IF NOT EXISTS {TABLE} (name text PRIMARY KEY,"
        " applied_order integer NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())"
    )
    done = applied(db)
    if not done:
        for statement in baseline_statements():
            db.execute(statement)
        _record(db, BASELINE, start=0)
        done = list(BASELINE)
    for name, run in LATER.items():
        if name not in done:
            run(db)
            _record(db, (name,), start=len(done))
            done.append(name)


def _record(db, names, *, start: int) -> None:
    db.executemany(
        f"INSERT INTO {TABLE} (name, applied_order) VALUES (?, ?)",
        [(name, start + i) for i, name in enumerate(names)],
    )
