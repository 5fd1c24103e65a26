"""The PostgreSQL engine's `executemany` of many plain INSERT rows goes as one COPY: the rows
come out as the INSERTs would have written them (loose types, quotes, tabs, newlines, NULLs,
booleans), a batch COPY cannot read goes as INSERTs instead, in the caller's transaction, and
a refused row leaves nothing behind (a real server: the pg_url fixture)."""

from __future__ import annotations

import pytest

from fulfil_desk.core.storage.db import open_database
from fulfil_desk.core.storage.postgres.engine import COPY_FROM_ROWS, _copy_statement

INSERT = "INSERT INTO t (id, name, flag, weight) VALUES (?, ?, ?, ?)"


@pytest.fixture
def db(pg_url):
    db = open_database(pg_url)
    db.execute("CREATE TABLE t (id integer PRIMARY KEY, name text, flag boolean, weight real)")
    yield db
    db.close()


def test_only_a_plain_insert_of_every_column_placeholder_is_copied():
    assert _copy_statement(INSERT) == "COPY t (id, name, flag, weight) FROM STDIN"
    for sql in (
        "INSERT INTO t (id, name) VALUES (?, ?) ON CONFLICT DO NOTHING",
        "INSERT INTO t (id, name) VALUES (?, 'L')",
        "INSERT INTO t (id, name) VALUES (?, ?, ?)",
        "INSERT INTO t (id, name) SELECT ?, ?",
        "UPDATE t SET name = ? WHERE id = ?",
    ):
        assert _copy_statement(sql) is None, sql


def test_many_rows_come_out_as_inserts_would_write_them(db):
    rows = [
        (i, None if i % 7 == 0 else f"it's\t{i}%?\n\\N 서울", i % 2 == 0, "2.5" if i % 3 else i)
        for i in range(COPY_FROM_ROWS * 2)
    ]
    with db.transaction():
        assert db.executemany(INSERT, rows).rowcount == len(rows)
    few = [(1000 + i, "few", True, 1) for i in range(3)]  # under the threshold: INSERTs
    db.executemany(INSERT, few)
    read = {r[0]: tuple(r) for r in db.execute("SELECT id, name, flag, weight FROM t")}
    for i, name, flag, weight in rows + few:
        assert read[i] == (i, name, int(flag), float(weight))


def test_a_batch_copy_cannot_read_goes_as_inserts_in_the_same_transaction(db):
    rows = [(i + 0.25 if i == 150 else i, "x", False, 1.0) for i in range(COPY_FROM_ROWS * 2)]
    with db.transaction():
        db.execute("INSERT INTO t (id, name) VALUES (?, ?)", [-1, "before"])
        assert db.executemany(INSERT, rows).rowcount == len(rows)
        assert db.in_transaction
    ids = [r[0] for r in db.execute("SELECT id FROM t ORDER BY id")]
    assert len(ids) == len(rows) + 1 and ids[0] == -1  # 150.25 rounded, as an INSERT casts it


def test_a_refused_row_leaves_none_of_the_batch(db):
    rows = [(i % 150, "x", True, 1.0) for i in range(COPY_FROM_ROWS * 2)]  # ids repeat
    with pytest.raises(db.integrity_errors), db.transaction():
        db.executemany(INSERT, rows)
    assert db.execute("SELECT count(*) FROM t").fetchone()[0] == 0
