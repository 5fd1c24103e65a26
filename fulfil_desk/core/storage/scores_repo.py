"""The SQL behind seller scores: one marketplace's orders over a window, incidents, inquiries,
performance notices, and the open orders due soon.

Windows compare `julianday()` of the stored ISO 8601 texts, so times with different UTC
offsets compare as instants; the m005 indexes are on exactly those expressions. A window is
fetched with two days of slack on each side (a bare date stands for the end of that day in
the shop's zone); the exact edges are drawn in Python by `core.scores`.
"""

from __future__ import annotations

import json

from fulfil_desk.core.storage.db import Database, update_row
from fulfil_desk.core.storage.repos import QUEUE_ROWS

SLACK_DAYS = 2
_ORDER_DATE = {"ordered_at": "o.ordered_at", "ship_by": "o.ship_by"}
_SHIPMENT_DATE = {"shipped_at": "s.shipped_at", "promised_delivery": "s.promised_delivery"}
_FIELDS = (
    "o.id, o.marketplace, o.order_number, o.ordered_at, o.ship_by, o.ship_by_source, o.status,"
    " o.cancelled_at, o.cancelled_by, o.cancel_reason, o.hold_reason, o.recipient_name,"
    " s.shipped_at, s.delivered_at, s.promised_delivery, s.courier_code, s.tracking_number,"
    " s.label_printed_at,"
    " (SELECT json_group_array(json_array(i.kind, i.at, i.reason)) FROM order_incidents i"
    "  WHERE i.order_id = o.id HAVING COUNT(*) > 0) AS incidents"
)
_VALUE = (
    ", (SELECT SUM(l.quantity * COALESCE(l.unit_price_minor, 0)) FROM order_lines l"
    "   WHERE l.order_id = o.id) AS value_minor,"
    " (SELECT MIN(l.currency) FROM order_lines l WHERE l.order_id = o.id) AS currency"
)


def _marks(values: list) -> str:
    return ",".join("?" * len(values))


def _rows(cursor) -> list[dict]:
    """Rows as dicts, each order's incidents as (kind, at, reason) tuples (NULL: none)."""
    names = [d[0] for d in cursor.description]
    rows = []
    for values in cursor:
        row = dict(zip(names, values, strict=True))
        found = row["incidents"]
        row["incidents"] = [tuple(i) for i in json.loads(found)] if found else []
        rows.append(row)
    return rows


class ScoresRepo:
    def __init__(self, db: Database):
        self._db = db

    # ---- orders ------------------------------------------------------------------------------

    def marketplaces(self) -> list[str]:
        """Every marketplace the shop has orders or inquiries on."""
        return [
            r[0]
            for r in self._db.execute(
                "SELECT DISTINCT marketplace FROM orders"
                " UNION SELECT DISTINCT marketplace FROM inquiries ORDER BY 1"
            ).fetchall()
        ]

    def marketplaces_of(self, order_ids: list[int]) -> set[str]:
        found: set[str] = set()
        for first in range(0, len(order_ids), 500):
            chunk = order_ids[first : first + 500]
            sql = f"SELECT DISTINCT marketplace FROM orders WHERE id IN ({_marks(chunk)})"
            found.update(r[0] for r in self._db.execute(sql, chunk).fetchall())
        return found

    def order_rows(
        self, marketplace: str, ranges: dict[str, tuple[str, str]], *, with_value: bool = False
    ) -> list[dict]:
        """Orders of `marketplace` with any of their dates in its range (with slack), each
        once: `ranges` maps ordered_at, ship_by, shipped_at or promised_delivery to (start,
        end). One query; each OR branch is read through its own index."""
        terms, params = [], []
        for date, (start, end) in ranges.items():
            if date in _ORDER_DATE:
                column = f"julianday({_ORDER_DATE[date]})"
                terms.append(
                    f"(o.marketplace = ? AND {column} > julianday(?) - {SLACK_DAYS}"
                    f" AND {column} < julianday(?) + {SLACK_DAYS})"
                )
                params += [marketplace, start, end]
            else:
                column = f"julianday({_SHIPMENT_DATE[date].removeprefix('s.')})"
                terms.append(
                    f"o.id IN (SELECT order_id FROM shipments WHERE {column} > julianday(?)"
                    f" - {SLACK_DAYS} AND {column} < julianday(?) + {SLACK_DAYS})"
                )
                params += [start, end]
        value = _VALUE if with_value else ""
        sql = (
            f"SELECT {_FIELDS}{value} FROM orders o LEFT JOIN shipments s ON s.order_id = o.id"
            f" WHERE +o.marketplace = ? AND ({' OR '.join(terms)})"
        )
        return _rows(self._db.execute(sql, [marketplace, *params]))

    def orders_by_id(self, ids: list[int]) -> list[dict]:
        if not ids:
            return []
        rows: list[dict] = []
        for first in range(0, len(ids), 500):
            chunk = ids[first : first + 500]
            sql = (
                f"SELECT {_FIELDS}{_VALUE} FROM orders o"
                f" LEFT JOIN shipments s ON s.order_id = o.id WHERE o.id IN ({_marks(chunk)})"
            )
            rows += _rows(self._db.execute(sql, chunk))
        return rows

    def due_soon(self, open_statuses: list[str], horizon: str) -> list[dict]:
        """Open orders whose ship-by is at or before `horizon` (overdue ones too), soonest first."""
        sql = (
            "SELECT o.id, o.marketplace, o.order_number, o.status, o.ship_by, o.recipient_name,"
            " (SELECT COALESCE(SUM(quantity), 0) FROM order_lines l WHERE l.order_id = o.id)"
            " AS units FROM orders o"
            " WHERE o.status NOT IN ('shipped', 'cancelled')"
            f" AND +o.status IN ({_marks(open_statuses)})"
            " AND julianday(o.ship_by) <= julianday(?)"
            " ORDER BY julianday(o.ship_by), o.id"
        )
        return list(self._db.query(sql, [*open_statuses, horizon]))

    def risk_queue(
        self,
        open_statuses: list[str],
        *,
        now: str,
        end_today: str,
        horizon: str,
        marketplaces: list[str],
        limit: int,
        offset: int,
    ) -> list[dict]:
        """The queue by risk: orders that can still be saved (ship-by from now to `horizon`)
        first, due today before due tomorrow, the marketplaces in `marketplaces` order (least
        headroom first); then the overdue; then the rest; each soonest ship-by first."""
        rank = " ".join(f"WHEN ? THEN {n}" for n in range(len(marketplaces)))
        rank_sql = f"CASE o.marketplace {rank} ELSE {len(marketplaces)} END" if rank else "0"
        sql = (
            f"{QUEUE_ROWS} WHERE o.status IN ({_marks(open_statuses)})"
            " ORDER BY CASE WHEN o.ship_by IS NULL THEN 3"
            " WHEN julianday(o.ship_by) < julianday(?) THEN 1"
            " WHEN julianday(o.ship_by) <= julianday(?) THEN 0 ELSE 2 END,"
            " julianday(o.ship_by) > julianday(?),"
            f" {rank_sql}, julianday(o.ship_by), o.id LIMIT ? OFFSET ?"
        )
        params = [*open_statuses, now, horizon, end_today, *marketplaces, limit, offset]
        return list(self._db.query(sql, params))

    def events(self, order_ids: list[int]) -> dict[int, list[dict]]:
        found: dict[int, list[dict]] = {i: [] for i in order_ids}
        for first in range(0, len(order_ids), 500):
            chunk = order_ids[first : first + 500]
            sql = f"SELECT * FROM events WHERE order_id IN ({_marks(chunk)}) ORDER BY id"
            for row in self._db.query(sql, chunk):
                found[row["order_id"]].append({**row, "detail": json.loads(row["detail"])})
        return found

    # ---- incidents ---------------------------------------------------------------------------

    def add_incident(self, **fields) -> int:
        return self._db.insert_row("order_incidents", fields)

    def incidents(self, order_id: int) -> list[dict]:
        sql = "SELECT * FROM order_incidents WHERE order_id = ? ORDER BY julianday(at), id"
        return list(self._db.query(sql, [order_id]))

    # ---- inquiries ---------------------------------------------------------------------------

    def inquiry_rows(self, marketplace: str, start: str, end: str) -> list[dict]:
        sql = (
            "SELECT q.*, o.order_number FROM inquiries q LEFT JOIN orders o ON o.id = q.order_id"
            " WHERE q.marketplace = ?"
            f" AND julianday(q.received_at) > julianday(?) - {SLACK_DAYS}"
            f" AND julianday(q.received_at) < julianday(?) + {SLACK_DAYS}"
        )
        return list(self._db.query(sql, [marketplace, start, end]))

    def inquiries(self, *, open_only: bool, limit: int = 500) -> list[dict]:
        where = "q.answered_at IS NULL" if open_only else "1 = 1"
        sql = (
            "SELECT q.*, o.order_number FROM inquiries q LEFT JOIN orders o ON o.id = q.order_id"
            f" WHERE {where} ORDER BY julianday(q.received_at), q.id LIMIT ?"
        )
        return list(self._db.query(sql, [limit]))

    def inquiry(self, inquiry_id: int) -> dict | None:
        sql = (
            "SELECT q.*, o.order_number FROM inquiries q LEFT JOIN orders o ON o.id = q.order_id"
            " WHERE q.id = ?"
        )
        rows = list(self._db.query(sql, [inquiry_id]))
        return rows[0] if rows else None

    def add_inquiry(self, **fields) -> int:
        return self._db.insert_row("inquiries", fields)

    def answer_inquiry(self, inquiry_id: int, at: str) -> None:
        update_row(self._db, "inquiries", inquiry_id, {"answered_at": at})

    # ---- performance notices ----------------------------------------------------------------

    def add_notice(self, **fields) -> None:
        names = list(fields)
        self._db.execute(
            f"INSERT INTO performance_notices ({', '.join(names)})"
            f" VALUES ({', '.join('?' * len(names))})",
            [fields[n] for n in names],
        )

    def notice(self, notice_id: str) -> dict | None:
        rows = list(self._db.query("SELECT * FROM performance_notices WHERE id = ?", [notice_id]))
        return rows[0] if rows else None

    def notices(self) -> list[dict]:
        sql = "SELECT * FROM performance_notices ORDER BY julianday(received_at) DESC, id"
        return list(self._db.query(sql))

    def update_notice(self, notice_id: str, **fields) -> None:
        update_row(self._db, "performance_notices", notice_id, fields)
