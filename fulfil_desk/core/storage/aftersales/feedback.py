"""The SQL of buyer feedback and of the seller's buyer-message templates."""

from __future__ import annotations

from fulfil_desk.core.storage.db import Database

_FEEDBACK = (
    "SELECT f.*, o.order_number, o.marketplace FROM feedback f JOIN orders o ON o.id = f.order_id"
)


class FeedbackRepo:
    def __init__(self, db: Database):
        self._db = db

    def add(self, **fields) -> int:
        return self._db.insert_row("feedback", fields)

    def get(self, feedback_id: int) -> dict | None:
        rows = list(self._db.query(f"{_FEEDBACK} WHERE f.id = ?", [feedback_id]))
        return rows[0] if rows else None

    def of_order(self, order_id: int) -> dict | None:
        rows = list(self._db.query(f"{_FEEDBACK} WHERE f.order_id = ?", [order_id]))
        return rows[0] if rows else None

    def listed(self, *, unanswered_negative: bool = False) -> list[dict]:
        """Every feedback, newest first; or the unanswered 1–2 star ones, oldest first."""
        if unanswered_negative:
            where = " WHERE f.reply IS NULL AND f.rating <= 2 ORDER BY julianday(f.at), f.id"
        else:
            where = " ORDER BY julianday(f.at) DESC, f.id DESC"
        return list(self._db.query(_FEEDBACK + where))

    def answer(self, feedback_id: int, *, reply: str, replied_at: str, replied_by: str) -> None:
        self._db.execute(
            "UPDATE feedback SET reply = ?, replied_at = ?, replied_by = ? WHERE id = ?",
            [reply, replied_at, replied_by, feedback_id],
        )

    def negative_feedback_incident(self, order_id: int) -> int | None:
        """The first negative_feedback incident recorded on the order, if any."""
        row = self._db.execute(
            "SELECT id FROM order_incidents WHERE order_id = ? AND kind = 'negative_feedback'"
            " ORDER BY julianday(at), id LIMIT 1",
            [order_id],
        ).fetchone()
        return None if row is None else row[0]

    # ---- the seller's templates --------------------------------------------------------------

    def templates(self) -> dict[tuple[str, str], str]:
        rows = self._db.query("SELECT kind, lang, text FROM buyer_message_templates")
        return {(r["kind"], r["lang"]): r["text"] for r in rows}

    def save_template(self, *, kind: str, lang: str, text: str, at: str, actor: str) -> None:
        self._db.execute(
            "INSERT INTO buyer_message_templates (kind, lang, text, saved_at, saved_by)"
            " VALUES (?, ?, ?, ?, ?) ON CONFLICT (kind, lang) DO UPDATE SET"
            " text = excluded.text, saved_at = excluded.saved_at, saved_by = excluded.saved_by",
            [kind, lang, text, at, actor],
        )

    def drop_template(self, *, kind: str, lang: str) -> None:
        self._db.execute(
            "DELETE FROM buyer_message_templates WHERE kind = ? AND lang = ?", [kind, lang]
        )
