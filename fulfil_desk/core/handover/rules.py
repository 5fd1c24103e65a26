"""The handover list as data: its parcels, its totals, and what a driver's name may be."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from fulfil_desk.core.kernel.errors import UserError
from fulfil_desk.core.kernel.messages import Message

LIST_CODE = "HO-{}"  # the barcode of a closed list
MAX_DRIVER = 60


@dataclass(frozen=True)
class Parcel:
    order_id: int
    order_number: str
    marketplace: str
    tracking_number: str
    city: str
    weight_g: int | None
    box: str
    shipped_at: str
    scanned_at: str | None  # None: not scanned out (on a closed list: left, not handed over)
    left: int = 0  # on an open list: how many closed lists it was left off before

    @property
    def scanned(self) -> bool:
        return self.scanned_at is not None

    @staticmethod
    def of(row: dict) -> Parcel:
        return Parcel(
            order_id=row["order_id"],
            order_number=row["order_number"],
            marketplace=row["marketplace"],
            tracking_number=row["tracking_number"] or "",
            city=row["city"] or "",
            weight_g=row["weight_g"],
            box=row["box"] or "",
            shipped_at=row["shipped_at"],
            scanned_at=row["scanned_at"],
            left=row.get("left") or 0,
        )


@dataclass(frozen=True)
class HandoverList:
    """A courier's open list (`id` None) or a closed one."""

    courier: str
    parcels: tuple[Parcel, ...]
    id: int | None = None
    closed_at: datetime | None = None
    closed_by: str = ""
    driver: str = ""
    forced: bool = False

    @property
    def code(self) -> str | None:
        return LIST_CODE.format(self.id) if self.id is not None else None

    @property
    def scanned(self) -> tuple[Parcel, ...]:
        return tuple(p for p in self.parcels if p.scanned)

    @property
    def missing(self) -> tuple[Parcel, ...]:
        """Not scanned out: on a closed list, the parcels left for the next one."""
        return tuple(p for p in self.parcels if not p.scanned)

    @property
    def weight_g(self) -> int:
        """The weight of the parcels handed over (on an open list: of all of them)."""
        counted = self.scanned if self.id is not None else self.parcels
        return sum(p.weight_g or 0 for p in counted)


def kg(grams: int | None) -> Decimal | str:
    """A weight for a person: 1250 g → 1.25 (kg); unknown → '-'."""
    if grams is None:
        return "-"
    return (Decimal(grams) / 1000).quantize(Decimal("0.01"))


def driver_name(text: str | None) -> str:
    """The driver's name as typed or scanned (DRIVER:<name>), refused when blank or too long."""
    name = " ".join((text or "").split())
    if not name:
        raise UserError(Message("handover.driver_needed"))
    if len(name) > MAX_DRIVER:
        raise UserError(Message("handover.driver_too_long", length=len(name), most=MAX_DRIVER))
    return name


def list_id_of(code: str) -> int | None:
    """The id in a list's barcode (`HO-12`) or a bare id (`12`); None: neither."""
    text = code.strip().upper()
    text = text[3:] if text.startswith("HO-") else text
    return int(text) if text.isdigit() and len(text) < 10 else None
