"""The calendar's SQL: the `calendar_days` table, and the open orders' deadlines it moves."""

from __future__ import annotations

from collections.abc import Iterable

from fulfil_desk.core.storage.db import Database

KINDS = ("public", "shop", "courier", "workday")


class CalendarRepo:
    """Days that differ from the weekly pattern; `day` is YYYY-MM-DD, courier '' for none."""

    def __init__(self, db: Database):
        self._db = db

    def days(
        self,
        start: str | None = None,
        end: str | None = None,
        kinds: Iterable[str] | None = None,
    ) -> list[dict]:
        where, params = ["1 = 1"], []
        if start is not None:
            where.append("day >= ?")
            params.append(start)
        if end is not None:
            where.append("day <= ?")
            params.append(end)
        if kinds is not None:
            kinds = list(kinds)
            where.append(f"kind IN ({','.join('?' * len(kinds))})")
            params.extend(kinds)
        return list(
            self._db.query(
                "SELECT day, kind, courier_code, name, names FROM calendar_days"
                f" WHERE {' AND '.join(where)} ORDER BY day, kind, courier_code",
                params,
            )
        )

    def on_day(self, day: str) -> list[dict]:
        return self.days(day, day)

    def exists(self, day: str, kind: str, courier_code: str = "") -> bool:
        row = self._db.execute(
            "SELECT 1 FROM calendar_days WHERE day = ? AND kind = ? AND courier_code = ?",
            [day, kind, courier_code],
        ).fetchone()
        return row is not None

    def add(self, *, day: str, kind: str, name: str, created_at: str, courier_code: str = ""):
        self._db.execute(
            "INSERT INTO calendar_days (day, kind, courier_code, name, created_at)"
            " VALUES (?, ?, ?, ?, ?)",
            [day, kind, courier_code, name, created_at],
        )

    def add_many(
        self, rows: Iterable[tuple[str, str, str, str]], *, kind: str, created_at: str
    ) -> int:
        """(day, name, names as JSON, courier_code) rows; a day already there is left as it
        is."""
        done = self._db.executemany(
            "INSERT INTO calendar_days"
            " (day, kind, courier_code, name, names, created_at) VALUES (?, ?, ?, ?, ?, ?)"
            " ON CONFLICT DO NOTHING",
            [(day, kind, courier, name, names, created_at) for day, name, names, courier in rows],
        )
        return max(done.rowcount, 0)

    def remove(self, day: str, kinds: Iterable[str], courier_code: str = "") -> int:
        kinds = list(kinds)
        cursor = self._db.execute(
            f"DELETE FROM calendar_days WHERE day = ? AND kind IN ({','.join('?' * len(kinds))})"
            " AND courier_code = ?",
            [day, *kinds, courier_code],
        )
        return cursor.rowcount

    def remove_kinds(self, kinds: Iterable[str]) -> int:
        kinds = list(kinds)
        cursor = self._db.execute(
            f"DELETE FROM calendar_days WHERE kind IN ({','.join('?' * len(kinds))})", kinds
        )
        return cursor.rowcount


class DeadlineRepo:
    """The deadline columns of open orders: what a calendar change recomputes."""

    def __init__(self, db: Database):
        self._db = db

    def open_deadlines(self, statuses: list[str]) -> list[dict]:
        """id, marketplace, order_number, ordered_at, ship_by, ship_by_computed, ship_by_source,
        units; oldest order first."""
        marks = ",".join("?" * len(statuses))
        return list(
            self._db.query(
                "SELECT o.id, o.marketplace, o.order_number, o.ordered_at, o.ship_by,"
                " o.ship_by_computed, o.ship_by_source, o.status,"
                " (SELECT COALESCE(SUM(quantity), 0) FROM order_lines l WHERE l.order_id = o.id)"
                f" AS units FROM orders o WHERE o.status IN ({marks})"
                " ORDER BY julianday(o.ordered_at), o.id",
                statuses,
            )
        )

    def set_deadlines(self, rows: Iterable[tuple[int, str | None, str | None]]) -> None:
        """(order id, ship_by, ship_by_computed) rows."""
        self._db.executemany(
            "UPDATE orders SET ship_by = ?, ship_by_computed = ? WHERE id = ?",
            [(ship_by, computed, order_id) for order_id, ship_by, computed in rows],
        )
