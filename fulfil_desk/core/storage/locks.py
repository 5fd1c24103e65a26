"""Which station has which order open: the `order_locks` table."""

from __future__ import annotations

from collections.abc import Iterable

from fulfil_desk.core.storage.db import Database


def _marks(ids: list) -> str:
    return ",".join("?" * len(ids))


class LockRepo:
    def __init__(self, db: Database):
        self._db = db

    def get_many(self, order_ids: Iterable[int]) -> dict[int, dict]:
        ids = list(order_ids)
        if not ids:
            return {}
        rows = self._db.query(
            "SELECT order_id, station, actor, acquired_at, seen_at FROM order_locks"
            f" WHERE order_id IN ({_marks(ids)})",
            ids,
        )
        return {r["order_id"]: r for r in rows}

    def of_station_and(self, station: str, order_ids: list[int]) -> list[dict]:
        """The locks `station` holds and those of `order_ids`, whoever holds them: one read."""
        marks = f" OR order_id IN ({_marks(order_ids)})" if order_ids else ""
        return list(
            self._db.query(
                "SELECT order_id, station, actor, acquired_at, seen_at FROM order_locks"
                f" WHERE station = ?{marks} ORDER BY order_id",
                [station, *order_ids],
            )
        )

    def all(self) -> list[dict]:
        return list(
            self._db.query(
                "SELECT order_id, station, actor, acquired_at, seen_at FROM order_locks"
                " ORDER BY order_id"
            )
        )

    def put(self, order_id: int, *, station: str, actor: str, at: str) -> None:
        """This station holds the order from now; one it already held keeps its start."""
        self._db.execute(
            "INSERT INTO order_locks (order_id, station, actor, acquired_at, seen_at)"
            " VALUES (?, ?, ?, ?, ?)"
            " ON CONFLICT(order_id) DO UPDATE SET"
            "  acquired_at = CASE WHEN order_locks.station = excluded.station"
            "   THEN order_locks.acquired_at ELSE excluded.acquired_at END,"
            "  station = excluded.station, actor = excluded.actor, seen_at = excluded.seen_at",
            [order_id, station, actor, at, at],
        )

    def touch(self, order_ids: Iterable[int], *, station: str, actor: str, at: str) -> set[int]:
        """Those of `order_ids` that `station` holds, seen now by `actor`: returned (one
        statement)."""
        ids = list(order_ids)
        if not ids:
            return set()
        rows = self._db.execute(
            f"UPDATE order_locks SET seen_at = ?, actor = ? WHERE station = ? AND order_id IN"
            f" ({_marks(ids)}) RETURNING order_id",
            [at, actor, station, *ids],
        )
        return {r[0] for r in rows}

    def release_station(self, station: str, *, keep: Iterable[int] = ()) -> None:
        """Every lock of `station` but those on `keep`."""
        kept = list(keep)
        self._db.execute(
            "DELETE FROM order_locks WHERE station = ?"
            + (f" AND order_id NOT IN ({_marks(kept)})" if kept else ""),
            [station, *kept],
        )

    def release(self, order_ids: Iterable[int], *, station: str) -> None:
        ids = list(order_ids)
        if ids:
            self._db.execute(
                f"DELETE FROM order_locks WHERE station = ? AND order_id IN ({_marks(ids)})",
                [station, *ids],
            )
