"""Every row of a shop's database, read through a connection of the test's own."""

from __future__ import annotations

import sqlite3
from pathlib import Path

# Refused scans are logged for the packers' statistics beside the shop's data; a refusal
# that "changes nothing" changes no other table (tests check the log on its own).
REFUSAL_LOG = "refused_scans"


def dump_db(path: Path, *, with_refusals: bool = False) -> dict[str, list[tuple]]:
    con = sqlite3.connect(path)
    try:
        tables = [
            r[0]
            for r in con.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
            )
        ]
        if not with_refusals:
            tables.remove(REFUSAL_LOG) if REFUSAL_LOG in tables else None
        return {t: con.execute(f'SELECT * FROM "{t}" ORDER BY rowid').fetchall() for t in tables}
    finally:
        con.close()


def refusals(path: Path) -> list[tuple[str, str, str]]:
    """(page, kind, code) of every refused scan logged, oldest first."""
    con = sqlite3.connect(path)
    try:
        return con.execute(f"SELECT page, kind, code FROM {REFUSAL_LOG} ORDER BY id").fetchall()
    finally:
        con.close()
