"""What the packer statistics read: the bench events and refused scans of a time range, and
when the orders shipped in it were first opened.

The range is read through the indexes made for it (`events_at`, `refused_scans_at`, both on
`julianday(at)`, so times with any UTC offset compare as instants); the first openings
through `events_order`. The three reads share one snapshot, so a station saving meanwhile
cannot make them disagree.
"""

from __future__ import annotations

from collections.abc import Sequence

from fulfil_desk.core.storage.db import Database

_IN_RANGE = "julianday(at) >= julianday(?) AND julianday(at) < julianday(?)"
_CHUNK = 500  # order ids per query

EVENTS_SQL = (
    "SELECT at, actor, order_id, kind, detail FROM events"
    f" WHERE {_IN_RANGE} AND kind IN ({{kinds}}){{actor}} ORDER BY julianday(at), id"
)
REFUSALS_SQL = (
    "SELECT at, actor, kind FROM refused_scans"
    f" WHERE {_IN_RANGE}{{actor}} ORDER BY julianday(at), id"
)
FIRST_OPENED_SQL = (
    # Each order's first opening: no earlier one (or an as early one written before it).
    "SELECT e.order_id, e.at FROM events e"
    " WHERE e.kind = 'opened' AND e.order_id IN ({ids}) AND NOT EXISTS (SELECT 1 FROM events f"
    " WHERE f.order_id = e.order_id AND f.kind = 'opened' AND (julianday(f.at) < julianday(e.at)"
    " OR (julianday(f.at) = julianday(e.at) AND f.id < e.id)))"
)


def _rows(cursor) -> list[dict]:
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor]


class StatsRepo:
    def __init__(self, db: Database):
        self._db = db

    def read(
        self, start: str, end: str, *, kinds: Sequence[str], actor: str | None = None
    ) -> tuple[list[dict], list[dict], dict[int, str]]:
        """From `start` (included) to `end` (left out), ISO 8601 with offsets: the events of
        `kinds` (detail as its JSON text: the rules read it only where they need it), the
        refused scans, both of `actor` only if given, and for
        each order shipped among those events the `at` of its first `opened` event."""
        with self._db.read_snapshot():
            events = self.events(start, end, kinds=kinds, actor=actor)
            refusals = self.refusals(start, end, actor=actor)
            shipped = sorted({e["order_id"] for e in events if e["kind"] == "shipped"})
            opened = self.first_opened(shipped)
        return events, refusals, opened

    def events(
        self, start: str, end: str, *, kinds: Sequence[str], actor: str | None = None
    ) -> list[dict]:
        sql = EVENTS_SQL.format(
            kinds=", ".join("?" * len(kinds)), actor=" AND actor = ?" if actor else ""
        )
        params = [start, end, *kinds, *([actor] if actor else [])]
        return _rows(self._db.execute(sql, params))

    def refusals(self, start: str, end: str, *, actor: str | None = None) -> list[dict]:
        sql = REFUSALS_SQL.format(actor=" AND actor = ?" if actor else "")
        return _rows(self._db.execute(sql, [start, end, *([actor] if actor else [])]))

    def first_opened(self, order_ids: Sequence[int]) -> dict[int, str]:
        found: dict[int, str] = {}
        for i in range(0, len(order_ids), _CHUNK):
            chunk = list(order_ids[i : i + _CHUNK])
            sql = FIRST_OPENED_SQL.format(ids=", ".join("?" * len(chunk)))
            found.update((row[0], row[1]) for row in self._db.execute(sql, chunk))
        return found
