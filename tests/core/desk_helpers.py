"""Reading a shop's database as another program would, for the Desk tests."""

from __future__ import annotations

import db_dump


def lotte(body11: str) -> str:
    return body11 + str(int(body11) % 7)


def query(target, sql: str, *params) -> list[tuple]:
    """Read through a connection of its own, as another program would see the shop."""
    return db_dump.query(target, sql, *params)


def events_count(db_path) -> int:
    return query(db_path, "SELECT COUNT(*) FROM events")[0][0]


def ledger(db_path, order_id: int) -> list[tuple]:
    sql = "SELECT sku, delta, reason FROM stock_ledger WHERE order_id = ? ORDER BY sku"
    return query(db_path, sql, order_id)


def lines_of(desk, order_id) -> list[tuple]:
    return [(ln.sku, ln.quantity, ln.picked, ln.packed) for ln in desk.orders.order(order_id).lines]
