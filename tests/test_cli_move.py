"""`fulfil-desk db move --to TARGET`, run for real: the demo shop from SQLite to a PostgreSQL
server and back to a new SQLite file, every table's rows the same at each hop, the app working
on the moved shop as it did before, the source left byte for byte; targets that are not empty,
the shop's own database and unreachable servers refused, the target left as it was."""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from fulfil_desk.core.storage.copies.shop_copy import TABLES, fingerprint
from fulfil_desk.core.storage.db import open_database


@pytest.fixture
def run(tmp_path):
    """`run(db, *args)`: `python -m fulfil_desk --db DB *args`, with a private HOME."""
    env = {k: v for k, v in os.environ.items() if k != "FULFIL_DESK_DB"}
    env.update(
        XDG_DATA_HOME=str(tmp_path / "xdg"), HOME=str(tmp_path / "home"), PYTHONIOENCODING="utf-8"
    )

    def run(db, *args: str) -> subprocess.CompletedProcess:
        return subprocess.run(
            [sys.executable, "-m", "fulfil_desk", "--db", str(db), *args],
            capture_output=True,
            text=True,
            encoding="utf-8",
            env=env,
            timeout=180,
        )

    return run


def ok(done: subprocess.CompletedProcess) -> str:
    assert done.returncode == 0, done.stderr
    return done.stdout


def refused(done: subprocess.CompletedProcess, words: str) -> str:
    assert done.returncode == 1, done.stdout
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and words in lines[0], done.stderr
    return lines[0]


def fingerprints(target) -> dict[str, tuple[int, int]]:
    db = open_database(target)
    try:
        return {table: fingerprint(db, table) for table in TABLES}
    finally:
        db.close()


def file_hash(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def what_the_app_shows(run, db) -> list[str]:
    return [ok(run(db, "scores")), ok(run(db, "stock")), ok(run(db, "products"))]


@pytest.fixture
def demo(run, tmp_path) -> Path:
    shop = tmp_path / "shop.db"
    ok(run(shop, "demo"))
    return shop


def test_a_shop_moves_to_postgresql_and_back_with_every_row(run, demo, pg_url, tmp_path):
    shown = what_the_app_shows(run, demo)
    before, source_hash = fingerprints(demo), file_hash(demo)
    assert before["orders"][0] > 0 and before["events"][0] > 0

    moved = json.loads(ok(run(demo, "db", "move", "--to", pg_url, "--json")))
    assert moved["checked"] and moved["target"] == pg_url
    assert moved["rows"] == {table: rows for table, (rows, _digest) in before.items()}
    assert file_hash(demo) == source_hash  # the source, closed, byte for byte as it was
    assert fingerprints(pg_url) == before
    assert what_the_app_shows(run, pg_url) == shown

    back = tmp_path / "back" / "shop.db"
    said = ok(run(pg_url, "db", "move", "--to", str(back)))
    assert f"The shop is in {back} now" in said and f"--db {back} from now on" in said
    assert "orders" in said.splitlines()[5]  # the rows of each table, orders among them
    assert fingerprints(back) == before
    assert what_the_app_shows(run, back) == shown
    ok(run(back, "demo", "--orders", "3", "--no-history"))  # and it works on: ids go on too


def test_a_target_with_rows_is_refused_and_left_as_it_was(run, demo, pg_url, tmp_path):
    other = tmp_path / "other.db"
    ok(run(other, "demo", "--orders", "2", "--no-history"))
    other_hash = file_hash(other)
    line = refused(run(demo, "db", "move", "--to", str(other)), f"{other} is not empty")
    assert "Nothing was copied" in line
    assert file_hash(other) == other_hash

    ok(run(pg_url, "demo", "--orders", "2", "--no-history"))
    on_server = fingerprints(pg_url)
    refused(run(demo, "db", "move", "--to", pg_url), f"{pg_url} is not empty")
    assert fingerprints(pg_url) == on_server


def test_another_programs_database_is_refused_untouched(run, demo, tmp_path):
    foreign = tmp_path / "accounts.db"
    with sqlite3.connect(foreign) as conn:
        conn.execute("CREATE TABLE ledger (id INTEGER PRIMARY KEY, amount INTEGER)")
    conn.close()
    before = file_hash(foreign)
    refused(run(demo, "db", "move", "--to", str(foreign)), "(rows in ledger)")
    assert file_hash(foreign) == before


def test_the_shop_cannot_move_onto_itself(run, demo, pg_url):
    source_hash = file_hash(demo)
    refused(run(demo, "db", "move", "--to", str(demo)), "cannot move onto itself")
    assert file_hash(demo) == source_hash
    ok(run(demo, "db", "move", "--to", pg_url))
    refused(run(pg_url, "db", "move", "--to", pg_url), "cannot move onto itself")


def test_an_unreachable_server_is_one_sentence_without_the_password(run, demo, tmp_path):
    nowhere = f"postgresql://desk:S3cret-pw@/shop?host={tmp_path}&port=1"
    line = refused(run(demo, "db", "move", "--to", nowhere), "No PostgreSQL server answers")
    assert "S3cret" not in line


def test_an_unknown_database_is_one_sentence(run, demo, pg_cluster):
    missing = pg_cluster.database_url("no_such_shop")
    refused(run(demo, "db", "move", "--to", missing), "has no database no_such_shop")


def test_an_empty_shop_moves_too_into_a_file_made_for_it(run, tmp_path):
    empty = tmp_path / "empty.db"
    ok(run(empty, "orders"))
    target = tmp_path / "new" / "moved.db"
    moved = json.loads(ok(run(empty, "db", "move", "--to", str(target), "--json")))
    assert set(moved["rows"]) == set(TABLES) and not any(moved["rows"].values())
    assert fingerprints(target) == fingerprints(empty)


def test_a_move_leaves_the_shop_as_it_was_even_with_a_purge_due(run, demo, tmp_path):
    """Opening a shop runs the purge of old personal data when it is set; a move only reads."""
    with sqlite3.connect(demo) as con:
        con.execute("INSERT INTO settings VALUES ('purge_after_days', '1')")
    con.close()
    purgeable = "SELECT count(*) FROM orders WHERE recipient_name <> '' AND status = 'shipped'"
    with sqlite3.connect(demo) as con:
        (names_before,) = con.execute(purgeable).fetchone()
    con.close()
    assert names_before > 0
    source_hash = file_hash(demo)
    ok(run(demo, "db", "move", "--to", str(tmp_path / "moved.db")))
    assert file_hash(demo) == source_hash
    assert fingerprints(tmp_path / "moved.db") == fingerprints(demo)
