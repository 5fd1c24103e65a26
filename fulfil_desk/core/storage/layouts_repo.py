"""The shop's own label layouts (table `label_layouts`): each one's JSON text as it was
added, when and by whom."""

from __future__ import annotations

from dataclasses import dataclass

from fulfil_desk.core.storage.db import Database


@dataclass(frozen=True)
class StoredLayout:
    name: str
    text: str  # the layout's JSON, as its file held it
    saved_at: str
    saved_by: str


class LayoutRepo:
    def __init__(self, db: Database):
        self._db = db

    def names(self) -> list[str]:
        return [r[0] for r in self._db.execute("SELECT name FROM label_layouts ORDER BY name")]

    def get(self, name: str) -> StoredLayout | None:
        row = self._db.execute(
            "SELECT name, layout, saved_at, saved_by FROM label_layouts WHERE name = ?", [name]
        ).fetchone()
        return StoredLayout(*row) if row is not None else None

    def all(self) -> list[StoredLayout]:
        rows = self._db.execute(
            "SELECT name, layout, saved_at, saved_by FROM label_layouts ORDER BY name"
        )
        return [StoredLayout(*row) for row in rows]

    def save(self, layout: StoredLayout) -> None:
        self._db.execute(
            "INSERT INTO label_layouts (name, layout, saved_at, saved_by) VALUES (?, ?, ?, ?)"
            " ON CONFLICT(name) DO UPDATE SET layout = excluded.layout,"
            " saved_at = excluded.saved_at, saved_by = excluded.saved_by",
            [layout.name, layout.text, layout.saved_at, layout.saved_by],
        )

    def delete(self, name: str) -> None:
        self._db.execute("DELETE FROM label_layouts WHERE name = ?", [name])
