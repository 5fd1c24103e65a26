"""SQL of the end-of-day handover: parcels scanned out, closed lists and their parcels.

A parcel of a courier's open list is an order shipped at the bench with that courier (a
`shipped` event: not one a marketplace file says went out elsewhere), still shipped, not
handed over on a closed list, and not delivered already unless it was scanned out.
"""

from __future__ import annotations

from fulfil_desk.core.storage.db import Database

_PARCEL = (
    "SELECT o.id, o.order_number, o.marketplace, s.tracking_number, o.city, o.weight_g,"
    " o.box, s.shipped_at, s.courier_code"
)
_KEYS = ("order_id", "order_number", "marketplace", "tracking_number", "city", "weight_g",
         "box", "shipped_at", "courier_code")  # fmt: skip
_SHIPPED_HERE = "EXISTS (SELECT 1 FROM events e WHERE e.order_id = o.id AND e.kind = 'shipped')"
_HANDED_OVER = (
    "EXISTS (SELECT 1 FROM handover_parcels hp WHERE hp.order_id = o.id AND hp.handed_over = 1)"
)
_HANDOVER_KEYS = ("id", "courier_code", "closed_at", "closed_by", "driver", "station", "forced")


def _parcel(row: tuple, extra: tuple[str, ...] = ()) -> dict:
    return dict(zip(_KEYS + extra, row, strict=True))


class HandoverRepo:
    def __init__(self, db: Database):
        self._db = db

    # ---- the open list -------------------------------------------------------------------------

    def open_parcels(self, courier: str) -> list[dict]:
        """The open list of `courier`, oldest shipment first; `scanned_at` None: not scanned
        out yet; `left` the number of closed lists it was left off."""
        rows = self._db.execute(
            f"{_PARCEL}, hs.scanned_at,"
            " (SELECT COUNT(*) FROM handover_parcels hp WHERE hp.order_id = o.id) AS left_off"
            " FROM orders o JOIN shipments s ON s.order_id = o.id"
            " LEFT JOIN handover_scans hs ON hs.order_id = o.id"
            " WHERE o.status = 'shipped' AND s.courier_code = ? AND s.shipped_at IS NOT NULL"
            " AND (s.delivered_at IS NULL OR hs.order_id IS NOT NULL)"
            f" AND {_SHIPPED_HERE} AND NOT {_HANDED_OVER}"
            " ORDER BY julianday(s.shipped_at), o.id",
            [courier],
        )
        return [_parcel(r, ("scanned_at", "left")) for r in rows]

    def parcel(self, order_id: int) -> dict | None:
        """A shipped order as a parcel (any courier), with whether it was scanned out
        (`scanned_at`) or handed over on a closed list (`handover_id`)."""
        row = self._db.execute(
            f"{_PARCEL}, hs.scanned_at, {_SHIPPED_HERE},"
            " (SELECT MIN(hp.handover_id) FROM handover_parcels hp"
            "  WHERE hp.order_id = o.id AND hp.handed_over = 1)"
            " FROM orders o JOIN shipments s ON s.order_id = o.id"
            " LEFT JOIN handover_scans hs ON hs.order_id = o.id WHERE o.id = ?",
            [order_id],
        ).fetchone()
        return _parcel(row, ("scanned_at", "shipped_here", "handover_id")) if row else None

    def scan_out(self, *, order_id: int, courier: str, at: str, actor: str, station: str) -> None:
        self._db.execute(
            "INSERT INTO handover_scans (order_id, courier_code, scanned_at, scanned_by, station)"
            " VALUES (?, ?, ?, ?, ?)",
            [order_id, courier, at, actor, station],
        )

    def couriers_waiting(self) -> list[str]:
        """The couriers with an open list not empty, by code."""
        rows = self._db.execute(
            "SELECT DISTINCT s.courier_code FROM orders o JOIN shipments s ON s.order_id = o.id"
            " LEFT JOIN handover_scans hs ON hs.order_id = o.id"
            " WHERE o.status = 'shipped' AND s.courier_code IS NOT NULL"
            " AND s.shipped_at IS NOT NULL"
            " AND (s.delivered_at IS NULL OR hs.order_id IS NOT NULL)"
            f" AND {_SHIPPED_HERE} AND NOT {_HANDED_OVER} ORDER BY s.courier_code"
        )
        return [r[0] for r in rows]

    # ---- closing -------------------------------------------------------------------------------

    def close(
        self,
        *,
        courier: str,
        at: str,
        actor: str,
        driver: str,
        station: str,
        parcels: list[dict],
        forced: bool,
    ) -> int:
        """A closed list of `parcels` (each handed over when it was scanned out); the scans
        of those parcels are taken away."""
        handover_id = self._db.insert_row(
            "handovers",
            {"courier_code": courier, "closed_at": at, "closed_by": actor, "driver": driver,
             "station": station, "forced": int(forced)},
        )  # fmt: skip
        self._db.executemany(
            "INSERT INTO handover_parcels (handover_id, order_id, handed_over, scanned_at)"
            " VALUES (?, ?, ?, ?)",
            [
                (handover_id, p["order_id"], int(p["scanned_at"] is not None), p["scanned_at"])
                for p in parcels
            ],
        )
        self._db.executemany(
            "DELETE FROM handover_scans WHERE order_id = ?", [(p["order_id"],) for p in parcels]
        )
        return handover_id

    # ---- closed lists --------------------------------------------------------------------------

    def handover(self, handover_id: int) -> dict | None:
        row = self._db.execute(
            f"SELECT {', '.join(_HANDOVER_KEYS)} FROM handovers WHERE id = ?", [handover_id]
        ).fetchone()
        return dict(zip(_HANDOVER_KEYS, row, strict=True)) if row else None

    def handovers(self, courier: str | None = None, limit: int = 100) -> list[dict]:
        """Closed lists, the latest first, with their counts (parcels, handed, weight_g)."""
        where, params = ("WHERE h.courier_code = ?", [courier]) if courier else ("", [])
        rows = self._db.execute(
            f"SELECT {', '.join('h.' + k for k in _HANDOVER_KEYS)},"
            " COUNT(hp.order_id), COALESCE(SUM(hp.handed_over), 0),"
            " COALESCE(SUM(CASE WHEN hp.handed_over = 1 THEN o.weight_g END), 0)"
            " FROM handovers h LEFT JOIN handover_parcels hp ON hp.handover_id = h.id"
            " LEFT JOIN orders o ON o.id = hp.order_id"
            f" {where} GROUP BY h.id ORDER BY h.id DESC LIMIT ?",
            [*params, limit],
        )
        keys = (*_HANDOVER_KEYS, "parcels", "handed", "weight_g")
        return [dict(zip(keys, r, strict=True)) for r in rows]

    def parcels_of(self, handover_id: int) -> list[dict]:
        """The parcels of a closed list in the order they were listed; `handed_over` 0: left."""
        rows = self._db.execute(
            f"{_PARCEL}, hp.scanned_at, hp.handed_over"
            " FROM handover_parcels hp JOIN orders o ON o.id = hp.order_id"
            " JOIN shipments s ON s.order_id = o.id WHERE hp.handover_id = ?"
            " ORDER BY julianday(s.shipped_at), o.id",
            [handover_id],
        )
        return [_parcel(r, ("scanned_at", "handed_over")) for r in rows]

    def handed_over_times(self, start: str, end: str) -> list[str]:
        """When each parcel handed over between `start` and `end` (ISO) was closed on a list."""
        rows = self._db.execute(
            "SELECT h.closed_at FROM handover_parcels hp JOIN handovers h"
            " ON h.id = hp.handover_id WHERE hp.handed_over = 1"
            " AND julianday(h.closed_at) >= julianday(?) AND julianday(h.closed_at) < julianday(?)",
            [start, end],
        )
        return [r[0] for r in rows]
