"""The waybill number bands and the numbers given from them (schema/waybills.py)."""

from __future__ import annotations

from fulfil_desk.core.storage.db import Database
from fulfil_desk.core.waybills.bands import Band

_BAND_SUMMARY = (
    "SELECT b.*,"
    " (SELECT COUNT(*) FROM waybill_numbers w WHERE w.band_id = b.id"
    "  AND w.voided_at IS NOT NULL) AS void"
    " FROM waybill_bands b"
)


def _dicts(cursor) -> list[dict]:
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor]


def band_of(row: dict) -> Band:
    return Band(
        courier=row["courier"],
        first=row["first_number"],
        last=row["last_number"],
        start=row["start"],
        size=row["size"],
        width=row["width"],
        check_digit=row["check_digit"],
    )


class WaybillRepo:
    def __init__(self, db: Database):
        self._db = db

    def bands(self, courier: str | None = None) -> list[dict]:
        """Each band with `void`, the count of its numbers voided; oldest first."""
        where, params = ("WHERE b.courier = ?", [courier]) if courier else ("", [])
        sql = f"{_BAND_SUMMARY} {where} ORDER BY b.courier, b.id"
        return _dicts(self._db.execute(sql, params))

    def add_band(self, band: Band, *, at: str, actor: str) -> int:
        return self._db.insert_row(
            "waybill_bands",
            {"courier": band.courier, "first_number": band.first, "last_number": band.last,
             "start": band.start, "size": band.size, "width": band.width,
             "check_digit": band.check_digit, "loaded_at": at, "loaded_by": actor},
        )  # fmt: skip

    def next_band(self, courier: str) -> dict | None:
        """The courier's oldest band with numbers left."""
        rows = _dicts(
            self._db.execute(
                "SELECT * FROM waybill_bands WHERE courier = ? AND next_index < size"
                " ORDER BY id LIMIT 1",
                [courier],
            )
        )
        return rows[0] if rows else None

    def has_bands(self, courier: str) -> bool:
        sql = "SELECT 1 FROM waybill_bands WHERE courier = ? LIMIT 1"
        return self._db.execute(sql, [courier]).fetchone() is not None

    def give(self, band: dict, number: str, order_id: int, *, at: str) -> None:
        """The band's next number given to the order; the band moves on by one. The caller's
        write transaction read `band` (its next_index) inside it."""
        position = band["next_index"]
        moved = self._db.execute(
            "UPDATE waybill_bands SET next_index = next_index + 1"
            " WHERE id = ? AND next_index = ? AND next_index < size",
            [band["id"], position],
        )
        if moved.rowcount != 1:
            raise RuntimeError(f"waybill band {band['id']} moved on under a write lock")
        self._db.execute(
            "INSERT INTO waybill_numbers (courier, number, band_id, position, order_id,"
            " given_at) VALUES (?, ?, ?, ?, ?, ?)",
            [band["courier"], number, band["id"], position, order_id, at],
        )

    def live(self, order_id: int) -> dict | None:
        """The order's number not voided (courier, number, …), if it has one."""
        rows = _dicts(
            self._db.execute(
                "SELECT * FROM waybill_numbers WHERE order_id = ? AND voided_at IS NULL",
                [order_id],
            )
        )
        return rows[0] if rows else None

    def given(self, number: str) -> list[dict]:
        """The given numbers equal to `number` (one per courier at most)."""
        sql = "SELECT * FROM waybill_numbers WHERE number = ? ORDER BY courier"
        return _dicts(self._db.execute(sql, [number]))

    def void(self, courier: str, number: str, *, at: str, reason: str) -> None:
        done = self._db.execute(
            "UPDATE waybill_numbers SET voided_at = ?, void_reason = ?"
            " WHERE courier = ? AND number = ? AND voided_at IS NULL",
            [at, reason, courier, number],
        )
        if done.rowcount != 1:
            raise RuntimeError(f"waybill {courier} {number} is not a live given number")

    def numbers(self, band_id: int) -> list[dict]:
        """Every number given from the band, in the order given."""
        sql = "SELECT * FROM waybill_numbers WHERE band_id = ? ORDER BY position"
        return _dicts(self._db.execute(sql, [band_id]))
