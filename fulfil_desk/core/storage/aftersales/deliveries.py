"""SQL for parcels after they leave: in transit, delivered, by courier (core/aftersales)."""

from __future__ import annotations

from collections.abc import Iterable

from fulfil_desk.core.storage.db import Database, dicts

# The schema parcels in transit are read with (migration m015; in this module rather than a
# deliveries_schema.py of its own, as the folder holds 16 modules at most).
DELIVERIES = """
        -- Parcels in transit: shipped, no delivery date yet, oldest shipment first.
        CREATE INDEX shipments_undelivered ON shipments(julianday(shipped_at))
            WHERE delivered_at IS NULL AND shipped_at IS NOT NULL;
"""

_PARCEL = (
    "SELECT o.id AS order_id, o.marketplace, o.order_number, s.courier_code,"
    " s.tracking_number, s.shipped_at, s.delivered_at, s.promised_delivery,"
    " (EXISTS (SELECT 1 FROM order_incidents i WHERE i.order_id = o.id AND i.kind = 'inr_case')"
    "  OR EXISTS (SELECT 1 FROM reships r WHERE r.sent_for = o.id AND r.reason = 'lost'))"
    " AS not_received_case"
    " FROM shipments s JOIN orders o ON o.id = s.order_id"
    " WHERE o.status = 'shipped' AND s.shipped_at IS NOT NULL"
)


class DeliveriesRepo:
    def __init__(self, db: Database):
        self._db = db

    def undelivered(self, courier: str | None = None) -> list[dict]:
        """Shipped parcels with no delivery date, oldest shipment first."""
        where, params = " AND s.delivered_at IS NULL", []
        if courier is not None:
            where += " AND s.courier_code = ?"
            params.append(courier)
        order = " ORDER BY julianday(s.shipped_at), o.id"
        return dicts(self._db.execute(_PARCEL + where + order, params))

    def shipped_since(self, start: str) -> list[dict]:
        """Every parcel shipped at or after `start` (ISO 8601), delivered or not."""
        where = " AND julianday(s.shipped_at) >= julianday(?) ORDER BY julianday(s.shipped_at)"
        return dicts(self._db.execute(_PARCEL + where, [start]))

    def parcels_tracked(self, numbers: Iterable[str]) -> dict[str, dict]:
        """The shipments of these tracking numbers, by number (any status)."""
        found: dict[str, dict] = {}
        wanted = list(dict.fromkeys(numbers))
        for start in range(0, len(wanted), 500):
            chunk = wanted[start : start + 500]
            sql = (
                "SELECT s.tracking_number, s.order_id, s.shipped_at, s.delivered_at, o.status,"
                " o.order_number FROM shipments s JOIN orders o ON o.id = s.order_id"
                f" WHERE s.tracking_number IN ({', '.join('?' * len(chunk))})"
            )
            for row in dicts(self._db.execute(sql, chunk)):
                found[row["tracking_number"]] = row
        return found
