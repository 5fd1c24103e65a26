"""Erasing buyers' personal data from the orders that no longer need it.

The audit trail (`events`) is append-only by trigger. Migration m007 narrows that to one
exception, the purge: an event's `detail` may be rewritten, and nothing else of it, only
while its order's id is in `events_purge_grants` and the order is marked purged. A purge
writes the grant, rewrites the details and deletes the grant inside its one transaction,
so no other connection ever sees a grant, and any other UPDATE or DELETE of an event is
still refused. See `core/safekeeping/purge.py` for what is erased.
"""

from __future__ import annotations

from collections.abc import Iterable

from fulfil_desk.core.storage.db import Database

PERSONAL_COLUMNS = (
    "recipient_name", "phone", "address1", "address2", "address3", "city", "state",
    "postal_code", "pccc",
)  # fmt: skip


class PrivacyRepo:
    def __init__(self, db: Database):
        self._db = db

    def purgeable(self, before: str) -> list[dict]:
        """Orders shipped, or cancelled, before `before` (ISO time) whose personal data is
        still there: id, marketplace, order_number."""
        return list(
            self._db.query(
                "SELECT o.id, o.marketplace, o.order_number FROM orders o"
                " LEFT JOIN shipments s ON s.order_id = o.id"
                " WHERE o.personal_data_purged_at IS NULL AND ("
                "  (o.status = 'shipped' AND"
                "   julianday(COALESCE(s.shipped_at, o.ship_by, o.ordered_at)) < julianday(?))"
                "  OR (o.status = 'cancelled' AND"
                "   julianday(COALESCE(o.cancelled_at, o.ordered_at)) < julianday(?)))"
                " ORDER BY o.id",
                [before, before],
            )
        )

    def personal(self, order_id: int) -> dict:
        cols = ", ".join(PERSONAL_COLUMNS)
        row = self._db.execute(
            f"SELECT {cols}, hold_note FROM orders WHERE id = ?", [order_id]
        ).fetchone()
        return dict(zip((*PERSONAL_COLUMNS, "hold_note"), row, strict=True))

    def line_sources(self, order_id: int) -> list[tuple[int, str]]:
        return self._db.execute(
            "SELECT id, source FROM order_lines WHERE order_id = ? ORDER BY id", [order_id]
        ).fetchall()

    def event_details(self, order_id: int) -> list[tuple[int, str]]:
        return self._db.execute(
            "SELECT id, detail FROM events WHERE order_id = ? ORDER BY id", [order_id]
        ).fetchall()

    def incidents(self, order_id: int) -> list[tuple[int, str, str]]:
        return self._db.execute(
            "SELECT id, reason, note FROM order_incidents WHERE order_id = ?", [order_id]
        ).fetchall()

    def inquiries(self, order_id: int) -> list[tuple[int, str]]:
        return self._db.execute(
            "SELECT id, subject FROM inquiries WHERE order_id = ?", [order_id]
        ).fetchall()

    # ---- writes (inside the Desk's transaction) ----------------------------------------------

    def set_line_source(self, line_id: int, source: str) -> None:
        self._db.execute("UPDATE order_lines SET source = ? WHERE id = ?", [source, line_id])

    def set_incident(self, incident_id: int, reason: str, note: str) -> None:
        self._db.execute(
            "UPDATE order_incidents SET reason = ?, note = ? WHERE id = ?",
            [reason, note, incident_id],
        )

    def set_inquiry_subject(self, inquiry_id: int, subject: str) -> None:
        self._db.execute("UPDATE inquiries SET subject = ? WHERE id = ?", [subject, inquiry_id])

    def erase(self, order_id: int, *, hold_note: str, at: str) -> None:
        """Blank the buyer's columns (country stays) and mark the order purged."""
        blanks = ", ".join(f"{c} = ''" for c in PERSONAL_COLUMNS)
        self._db.execute(
            f"UPDATE orders SET {blanks}, hold_note = ?, personal_data_purged_at = ? WHERE id = ?",
            [hold_note, at, order_id],
        )

    def rewrite_event_details(self, order_id: int, details: Iterable[tuple[int, str]]) -> None:
        """The one path by which an event changes: its detail, for a purged order."""
        self._db.execute("INSERT INTO events_purge_grants (order_id) VALUES (?)", [order_id])
        try:
            for event_id, detail in details:
                self._db.execute(
                    "UPDATE events SET detail = ? WHERE id = ? AND order_id = ?",
                    [detail, event_id, order_id],
                )
        finally:
            self._db.execute("DELETE FROM events_purge_grants WHERE order_id = ?", [order_id])

    def compact(self) -> bool:
        """VACUUM, so that erased values do not linger in free pages, then fold the WAL
        back into the file and truncate it. False when another station kept it from
        finishing (try again later)."""
        return self._db.compact()

    def checkpoint(self) -> None:
        self._db.checkpoint(truncate=True)


__all__ = ["PERSONAL_COLUMNS", "PrivacyRepo"]
