"""Waybill number bands in the kill test (kill_harness.py): a band per courier the harness
ships with, loaded before the run, so every label takes a number; and the check, after every
kill, that no number was given twice and none was lost silently."""

from __future__ import annotations

import sqlite3
from typing import Any


def lotte(body11: str) -> str:
    return body11 + str(int(body11) % 7)


# Numbers no order or product of the demo shop has: a CJ band as given, a Lotte one by bodies.
BANDS = {
    "CJGLS": ("700000000001", "700000000400"),
    "HYUNDAI": (lotte("30000000001"), lotte("30000000400")),
}
GIVEN_EVENTS = 1  # waybill_given, with the label made for the first time


def load_bands(desk) -> None:
    for courier, (first, last) in BANDS.items():
        desk.waybills.add(courier, first=first, last=last)


def read_given(con: Any) -> dict[int, tuple[str, str]]:
    """Order id → (courier, number) of its live waybill number."""
    rows = con.execute(
        "SELECT order_id, courier, number FROM waybill_numbers WHERE voided_at IS NULL"
    )
    return {order_id: (courier, number) for order_id, courier, number in rows}


def check_waybills(con: Any) -> None:
    """Every number given is in one row (on one order, or void); a band's given numbers are
    its first ones, in the order given, and its next position counts them; no order has two
    live numbers; a shipped order that has one shipped with it. (On PostgreSQL, which keeps no
    order of insertion, the positions given are checked as a set: no gap, none twice.)"""
    order = "rowid" if isinstance(con, sqlite3.Connection) else "position"
    bands = con.execute("SELECT id, next_index FROM waybill_bands").fetchall()
    for band_id, next_index in bands:
        positions = [
            p for (p,) in con.execute(
                f"SELECT position FROM waybill_numbers WHERE band_id = ? ORDER BY {order}",
                [band_id],
            )
        ]  # fmt: skip
        assert positions == list(range(next_index)), (band_id, positions, next_index)
    live = con.execute(
        "SELECT order_id, COUNT(*) FROM waybill_numbers WHERE voided_at IS NULL"
        " GROUP BY order_id HAVING COUNT(*) > 1"
    ).fetchall()
    assert live == [], live
    homeless = con.execute(
        "SELECT number FROM waybill_numbers WHERE order_id IS NULL AND voided_at IS NULL"
    ).fetchall()
    assert homeless == [], homeless
    wrong = con.execute(
        "SELECT s.order_id, s.tracking_number, w.number FROM shipments s"
        " JOIN waybill_numbers w ON w.order_id = s.order_id AND w.voided_at IS NULL"
        " WHERE s.tracking_number IS NOT NULL"
        " AND (s.tracking_number <> w.number OR s.courier_code <> w.courier)"
    ).fetchall()
    assert wrong == [], wrong
