"""The schema of a new PostgreSQL shop: the database SQLite's migrations m001…m018 leave, as one
baseline (postgres/migrations.py records it as those migrations).

The same tables, columns in the same order, constraints, index names and triggers, so that a
shop moves between the engines row for row and every feature behaves the same; the functions
of SQLite's that the SQL calls (julianday, instr, …) first.
"""

from __future__ import annotations

from fulfil_desk.core.storage.postgres import (
    schema_functions,
    schema_indexes,
    schema_tables,
    schema_triggers,
)


def baseline_statements() -> list[str]:
    return [
        *schema_functions.statements(),
        *schema_tables.statements(),
        *schema_indexes.statements(),
        *schema_triggers.statements(),
    ]


def resync_identities() -> list[str]:
    """After rows were written with their ids (a shop copied in): each identity moves past its
    table's highest id, so the next row made here takes the next one, as in SQLite."""
    return [
        f"SELECT setval(pg_get_serial_sequence('{table}', '{column}'),"
        f" coalesce(MAX({column}), 0) + 1, false) FROM {table}"
        for table, column in schema_tables.identities()
    ]


def apply_baseline(conn) -> None:
    """The baseline on an empty database, in one transaction (`conn`: a psycopg connection)."""
    with conn.transaction():
        for statement in baseline_statements():
            conn.execute(statement)
