"""What the triggers leave after writes of many rows at once (an import's batches; on PostgreSQL
one COPY or one INSERT … SELECT, whose triggers run once per statement since m020): the same
as row by row, on both engines."""

from __future__ import annotations

from datetime import timedelta

import pytest
from conftest import BUSINESS_DAY, make_order

from fulfil_desk.core.storage.score_sql import add_score_rows

pytestmark = pytest.mark.both_engines  # the same shop on a SQLite file and on PostgreSQL

MANY = 150  # past the PostgreSQL engine's COPY threshold (engine.COPY_FROM_ROWS)
_SINCE = ("ordered", "ship_by", "shipped", "promised")


def _add(desk, count: int, prefix: str = "B") -> list[int]:
    orders = [
        make_order(
            f"{prefix}-{n}",
            [("DEMO-MUG", 1)],
            marketplace=("amazon", "ebay", "csv")[n % 3],
            ordered_at=BUSINESS_DAY - timedelta(hours=n),
        )
        for n in range(count)
    ]
    desk.exchange.add_orders(orders, source="test")
    rows = desk._ctx.db.execute(
        "SELECT id FROM orders WHERE order_number LIKE ? ORDER BY id", [f"{prefix}-%"]
    )
    return [row[0] for row in rows]


def test_many_lines_at_once_of_a_purged_order_keep_no_copy_of_the_marketplace_row(desk):
    purged, kept = _add(desk, 2)
    db = desk._ctx.db
    with db.transaction():
        db.execute(
            "UPDATE orders SET personal_data_purged_at = ? WHERE id = ?",
            [BUSINESS_DAY.isoformat(), purged],
        )
        db.executemany(
            "INSERT INTO order_lines (order_id, line_key, sku, quantity, source)"
            " VALUES (?, ?, ?, ?, ?)",
            [
                (order_id, f"k{n}", "DEMO-MUG", 1, f'{{"buyer": "Kim {n}"}}')
                for n in range(MANY // 2)
                for order_id in (purged, kept)
            ],
        )
    counts = db.execute(
        "SELECT order_id, count(*), SUM(CASE WHEN source = '{}' THEN 1 ELSE 0 END)"
        " FROM order_lines WHERE line_key LIKE 'k%' GROUP BY order_id ORDER BY order_id"
    ).fetchall()
    assert [tuple(row) for row in counts] == [(purged, MANY // 2, MANY // 2), (kept, MANY // 2, 0)]


def test_orders_added_at_once_log_one_score_change_each_in_their_order(desk):
    db = desk._ctx.db
    last_seq = db.execute("SELECT coalesce(MAX(seq), 0) FROM score_changes").fetchone()[0]
    ids = _add(desk, MANY)
    logged = db.execute(
        "SELECT marketplace, since FROM score_changes WHERE seq > ? ORDER BY seq", [last_seq]
    ).fetchall()
    columns = ", ".join(_SINCE)
    expected = [
        (marketplace, min(1e9 if d is None else d for d in dates))
        for marketplace, *dates in db.execute(
            f"SELECT marketplace, {columns} FROM score_orders WHERE id >= ? ORDER BY id",
            [ids[0]],
        )
    ]
    assert len(expected) == MANY and [tuple(row) for row in logged] == expected
    assert {m for m, _ in expected} == {"amazon", "ebay", "csv"} and max(s for _, s in logged) < 1e9


def test_score_rows_written_at_once_leave_out_the_reshipments(desk):
    ids = _add(desk, MANY)
    db = desk._ctx.db
    reships = ids[3::40]
    with db.transaction():
        db.executemany(
            "INSERT INTO reships (order_id, original_id, sent_for, reason, created_at,"
            " created_by) VALUES (?, ?, ?, 'lost', ?, 'kim')",
            [(order_id, ids[0], ids[0], BUSINESS_DAY.isoformat()) for order_id in reships],
        )
        db.execute("DELETE FROM score_orders")
        add_score_rows(db, ids[0], ids[-1])
    scored = [r[0] for r in db.execute("SELECT id FROM score_orders ORDER BY id")]
    assert len(reships) == 4 and scored == [i for i in ids if i not in reships]
