"""The end-of-day handover to the courier's driver (`desk.handover`).

Per courier, the open list holds every parcel shipped at the bench with that courier and not
yet handed over on a closed list (storage/handover_repo.py says exactly which). Scanning a
parcel out marks it for the driver; closing the list records the time, courier, driver and who
closed it. A list with parcels not scanned out is closed only by force, and those parcels stay
for the courier's next list, named on the closed one as not handed over.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING

from fulfil_desk.core.handover.rules import HandoverList, Parcel, driver_name
from fulfil_desk.core.kernel.changes import Changes
from fulfil_desk.core.kernel.context import DeskContext
from fulfil_desk.core.kernel.errors import NotAllowed, NotFound
from fulfil_desk.core.kernel.messages import Message, Names, Term
from fulfil_desk.core.kernel.orders import OrderStatus
from fulfil_desk.core.storage.handover_repo import HandoverRepo
from fulfil_desk.core.wording.render import Wording

if TYPE_CHECKING:
    from fulfil_desk.core.documents.service import DocumentService

DRAFT_KEY = "station.handover@{}"  # per station: the courier and driver of the Handover page
MOST_NAMED = 10  # a refusal names this many parcels, then says how many more


class HandoverService:
    def __init__(self, *, ctx: DeskContext, documents: DocumentService):
        self._ctx = ctx
        self._documents = documents
        self._repo = HandoverRepo(ctx.db)

    # ---- reading -------------------------------------------------------------------------------

    def courier_code(self, code: str) -> str:
        """The courier's code as the registry spells it; refused when unknown."""
        return self._ctx.couriers.get(code).code

    def courier_name(self, code: str) -> Names:
        return Names.of(self._ctx.couriers.get(code).names)

    def open_list(self, courier: str) -> HandoverList:
        code = self.courier_code(courier)
        parcels = tuple(Parcel.of(r) for r in self._repo.open_parcels(code))
        return HandoverList(courier=code, parcels=parcels)

    def couriers_waiting(self) -> list[str]:
        """The couriers whose open list has parcels."""
        return self._repo.couriers_waiting()

    def closed(self, handover_id: int) -> HandoverList:
        row = self._repo.handover(handover_id)
        if row is None:
            raise NotFound(Message("handover.no_list", id=handover_id))
        parcels = tuple(
            Parcel.of({**r, "scanned_at": r["scanned_at"] if r["handed_over"] else None})
            for r in self._repo.parcels_of(handover_id)
        )
        return HandoverList(
            courier=row["courier_code"],
            parcels=parcels,
            id=row["id"],
            closed_at=datetime.fromisoformat(row["closed_at"]),
            closed_by=row["closed_by"],
            driver=row["driver"],
            forced=bool(row["forced"]),
        )

    def handovers(self, courier: str | None = None, limit: int = 100) -> list[dict]:
        """Closed lists, the latest first: id, courier_code, closed_at, closed_by, driver,
        station, forced, parcels, handed, weight_g."""
        code = self.courier_code(courier) if courier else None
        return self._repo.handovers(code, limit)

    def handed_over_by_day(self, start: date, end: date) -> dict[date, int]:
        """Parcels handed over each day from `start` to `end` (shop days, both included)."""
        zone = self._ctx.shop_tz()
        first = datetime.combine(start, time(), zone).isoformat()
        after = datetime.combine(end + timedelta(days=1), time(), zone).isoformat()
        days: dict[date, int] = {}
        for at in self._repo.handed_over_times(first, after):
            day = datetime.fromisoformat(at).astimezone(zone).date()
            days[day] = days.get(day, 0) + 1
        return days

    # ---- use cases -----------------------------------------------------------------------------

    def scan_out(self, order_id: int, *, courier: str | None = None) -> tuple[str, Changes]:
        """Parcel `order_id` handed to the driver of `courier` (None: of the parcel's own
        courier, the first scan choosing the list). Returns the list's courier."""
        with self._ctx.transaction():
            order = self._ctx.order(order_id)
            number = order.order_number
            if order.status is not OrderStatus.SHIPPED:
                status = Term("status", order.status.value)
                raise NotAllowed(Message("handover.not_shipped", order=number, status=status))
            parcel = self._repo.parcel(order_id)
            if parcel is None or not parcel["courier_code"] or not parcel["shipped_here"]:
                raise NotAllowed(Message("handover.not_shipped_here", order=number))
            own = parcel["courier_code"]
            code = self.courier_code(courier) if courier else own
            if own != code:
                raise NotAllowed(
                    Message("handover.other_courier", order=number,
                            courier=self.courier_name(own), list=self.courier_name(code))
                )  # fmt: skip
            if parcel["handover_id"] is not None:
                raise NotAllowed(
                    Message("handover.handed_over_before", order=number, id=parcel["handover_id"])
                )
            if parcel["scanned_at"] is not None:
                at = datetime.fromisoformat(parcel["scanned_at"])
                raise NotAllowed(Message("handover.already_scanned", order=number, at=at))
            if all(p["order_id"] != order_id for p in self._repo.open_parcels(code)):
                raise NotAllowed(Message("handover.delivered_already", order=number))
            self._repo.scan_out(
                order_id=order_id, courier=code, at=self._ctx.now(),
                actor=self._ctx.actor, station=self._ctx.station,
            )  # fmt: skip
            self._ctx.event("scanned_out", order_id, courier=code)
            left = [p for p in self._repo.open_parcels(code) if p["scanned_at"] is None]
        said = Message(
            "handover.scanned_out",
            order=number,
            tracking=parcel["tracking_number"] or "-",
            courier=self.courier_name(code),
            n=len(left),
        )
        return code, Changes(orders=frozenset({order_id}), message=said)

    def close(self, courier: str, *, driver: str, force: bool = False) -> tuple[int, Changes]:
        """Closes `courier`'s open list for `driver`. Refused when a parcel is not scanned
        out, naming them, unless `force`: then they stay for the next list."""
        name = driver_name(driver)
        code = self.courier_code(courier)
        with self._ctx.transaction():
            rows = self._repo.open_parcels(code)
            if not rows:
                raise NotAllowed(
                    Message("handover.nothing_to_close", courier=self.courier_name(code))
                )
            missing = [r for r in rows if r["scanned_at"] is None]
            if missing and not force:
                raise NotAllowed(self.missing_message(code, [r["order_number"] for r in missing]))
            if len(missing) == len(rows):
                raise NotAllowed(Message("handover.none_scanned", courier=self.courier_name(code)))
            handover_id = self._repo.close(
                courier=code, at=self._ctx.now(), actor=self._ctx.actor, driver=name,
                station=self._ctx.station, parcels=rows, forced=bool(missing),
            )  # fmt: skip
            self._ctx.event(
                "handover_closed", None, handover=handover_id, courier=code, driver=name,
                parcels=len(rows) - len(missing), left=[r["order_number"] for r in missing],
            )  # fmt: skip
        said = (
            Message("handover.closed_forced", id=handover_id, courier=self.courier_name(code),
                    n=len(rows) - len(missing), left=len(missing), driver=name)
            if missing
            else Message("handover.closed", id=handover_id, courier=self.courier_name(code),
                         n=len(rows), driver=name)
        )  # fmt: skip
        ids = frozenset(r["order_id"] for r in rows)
        return handover_id, Changes(orders=ids, message=said)

    def missing_message(self, courier: str, numbers: list[str]) -> Message:
        """The parcels of a list not scanned out, named (the first MOST_NAMED)."""
        named = tuple(numbers[:MOST_NAMED])
        more, name = len(numbers) - len(named), self.courier_name(courier)
        if more:
            return Message("handover.not_scanned_out_more", courier=name, n=len(numbers),
                           orders=named, more=more)  # fmt: skip
        return Message("handover.not_scanned_out", courier=name, n=len(numbers), orders=named)

    # ---- the station's page --------------------------------------------------------------------

    def draft(self) -> dict | None:
        """What this station's Handover page holds (saved at every scan, so a restart resumes
        it): courier, driver; None: the page is not open."""
        return self._ctx.settings.get(DRAFT_KEY.format(self._ctx.station))

    def save_draft(self, draft: dict | None) -> None:
        with self._ctx.transaction():
            self._ctx.settings.set(DRAFT_KEY.format(self._ctx.station), draft)

    # ---- the printed list ----------------------------------------------------------------------

    def pdf(self, handover: HandoverList, *, words: Wording | None = None) -> bytes:
        """The list as printed for the driver, in `words`' language (English by default)."""
        from fulfil_desk.core.handover.pdf import handover_pdf

        return handover_pdf(
            handover,
            courier=self.courier_name(handover.courier),
            shop=str(self._ctx.setting("shop_name") or ""),
            printed_at=self._ctx.clock.now(),
            fonts=self._documents.fonts(),
            words=words or Wording(zone=self._ctx.shop_tz),
        )
