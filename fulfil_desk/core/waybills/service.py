"""Waybill number bands (`desk.waybills`): the bands a courier handed the shop, the next
number given to an order's label, the numbers voided with a spoiled label.

A number is given when the order's label is made for the first time (`give`, one
transaction; the label prints it, and recording the label then finds it on the order): the
oldest band of the order's courier with numbers left gives its next one. A number is given
once, ever, across stations and restarts: the band's next position moves on under the
write lock in the same transaction that ties the number to the order. A reprint keeps the
number; a label spoiled before the parcel shipped (`replace_spoiled`: REPRINT with the
reason damaged or lost) voids it and gives the next one. `void` records a spoiled label's
number as void by hand; an order cancelled before it shipped has its number voided. Without
a band (or with none left) the flow is as before: the packer scans the courier's own
waybill at the Tracking step.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from fulfil_desk.core.kernel.changes import Changes
from fulfil_desk.core.kernel.context import DeskContext
from fulfil_desk.core.kernel.couriers import TrackingCheck, normalise
from fulfil_desk.core.kernel.errors import BadTracking, NotAllowed, NotFound, UserError
from fulfil_desk.core.kernel.messages import Message, Names, Param
from fulfil_desk.core.kernel.orders import Order, OrderStatus
from fulfil_desk.core.storage.waybills_repo import WaybillRepo, band_of
from fulfil_desk.core.waybills.bands import is_low, read_band

if TYPE_CHECKING:
    from fulfil_desk.core.bench.stations import StationService

S = OrderStatus
GIVING = (S.PACKED, S.LABELLED)  # a label made for these gets a number; a shipped one keeps its


@dataclass(frozen=True)
class BandRow:
    id: int
    courier: str
    first: str
    last: str
    size: int
    used: int  # given, voided ones included
    void: int
    left: int
    unverified: bool  # the courier's check digit is not verified

    def as_json(self) -> dict:
        return {
            "id": self.id, "courier": self.courier, "from": self.first, "to": self.last,
            "size": self.size, "used": self.used, "void": self.void, "left": self.left,
            "check_digit_verified": not self.unverified,
        }  # fmt: skip


@dataclass(frozen=True)
class CourierLeft:
    courier: str
    left: int
    size: int

    @property
    def low(self) -> bool:
        return is_low(self.left, self.size)


class WaybillService:
    def __init__(self, *, ctx: DeskContext, stations: StationService):
        self._ctx = ctx
        self._stations = stations
        self._repo = WaybillRepo(ctx.db)

    # ---- bands -------------------------------------------------------------------------

    def add(self, courier: str, *, first: str, last: str) -> tuple[BandRow, Changes]:
        band = read_band(self._ctx.couriers, courier, first, last)
        name = Names.of(self._ctx.couriers.get(band.courier).names)
        with self._ctx.transaction():
            for other in self._repo.bands(band.courier):
                if band.overlaps(band_of(other)):
                    raise UserError(
                        Message(
                            "waybills.band_overlaps",
                            first=band.first,
                            last=band.last,
                            other_first=other["first_number"],
                            other_last=other["last_number"],
                            courier=name,
                        )
                    )
            band_id = self._repo.add_band(band, at=self._ctx.now(), actor=self._ctx.actor)
            self._ctx.event(
                "waybill_band_added", None, band=band_id, courier=band.courier,
                first=band.first, last=band.last, size=band.size,
            )  # fmt: skip
        said: dict[str, Param] = {
            "courier": name, "first": band.first, "last": band.last, "n": band.size
        }  # fmt: skip
        message = (
            Message("waybills.band_added", **said)
            if band.check_digit
            else Message("waybills.band_added_unverified", **said)
        )
        row = next(r for r in self.bands(band.courier) if r.id == band_id)
        return row, Changes(settings=True, message=message)

    def bands(self, courier: str | None = None) -> list[BandRow]:
        code = self._ctx.couriers.get(courier).code if courier else None
        return [
            BandRow(
                id=r["id"], courier=r["courier"], first=r["first_number"],
                last=r["last_number"], size=r["size"], used=r["next_index"], void=r["void"],
                left=r["size"] - r["next_index"], unverified=not r["check_digit"],
            )
            for r in self._repo.bands(code)
        ]  # fmt: skip

    def left(self) -> list[CourierLeft]:
        """Per courier with bands: the numbers left in all its bands, of how many."""
        totals: dict[str, list[int]] = {}
        for row in self.bands():
            total = totals.setdefault(row.courier, [0, 0])
            total[0] += row.left
            total[1] += row.size
        return [CourierLeft(c, left, size) for c, (left, size) in totals.items()]

    def low_warning(self) -> Message | None:
        """The bench's warning when a courier's bands have under 10 % of their numbers left."""
        low = [c for c in self.left() if c.low]
        if not low:
            return None
        said = [
            Message(
                "waybills.courier_left",
                courier=Names.of(self._ctx.couriers.get(c.courier).names),
                left=c.left,
                size=c.size,
            )
            for c in low
        ]
        return Message("waybills.running_low", couriers=tuple(said))

    # ---- numbers -----------------------------------------------------------------------

    def courier_for(self, order: Order) -> str:
        """The order's chosen courier, else this station's (the Tracking step's default),
        else the shop's default courier."""
        chosen = order.courier_code or self._stations.station_state()["courier"]
        return chosen or self._ctx.setting("default_courier")

    def give(self, order_ids: Iterable[int]) -> list[int] | None:
        """Each order of `order_ids` that is packed or labelled and has no number gets the
        next one of its courier's bands, in one transaction. Returns the orders given one;
        None when none needed one (nothing was written)."""
        wanted = [o for o in map(self._ctx.order, order_ids) if _wants_number(o)]
        if not wanted or not any(self._repo.has_bands(self.courier_for(o)) for o in wanted):
            return None
        given: list[int] = []
        with self._ctx.transaction():
            for order in map(self._ctx.order, [o.saved_id for o in wanted]):
                if _wants_number(order) and self._give(order, self.courier_for(order)) is None:
                    given.append(order.saved_id)
        return given

    def _give(self, order: Order, courier: str) -> str | None:
        """The next number given to `order` (None); else the courier, without a number left."""
        code = self._ctx.couriers.get(courier).code
        band = self._repo.next_band(code)
        if band is None:
            return code
        number = band_of(band).number_at(band["next_index"])
        self._repo.give(band, number, order.saved_id, at=self._ctx.now())
        self._ctx.event("waybill_given", order.id, courier=code, number=number)
        return None

    def _none_left(self, code: str) -> Message:
        name = Names.of(self._ctx.couriers.get(code).names)
        return Message("waybills.none_left", courier=name)

    def none_left(self, orders: Iterable[Order]) -> list[Message]:
        """For the orders without a number: each courier whose bands are used up, once."""
        codes = dict.fromkeys(
            self._ctx.couriers.get(self.courier_for(o)).code for o in orders if not o.waybill_number
        )
        return [
            self._none_left(c)
            for c in codes
            if self._repo.has_bands(c) and self._repo.next_band(c) is None
        ]

    def require_match(self, order_id: int, courier: str, check: TrackingCheck) -> None:
        """At the Tracking step: the box must carry the number its label was given, and ship
        with that number's courier. Without a given number, anything the courier takes."""
        if (expected := self.expected(order_id)) is None:
            return
        code, number = expected
        scanned = check.number if check.valid else normalise(check.number)
        if scanned != number:
            raise BadTracking(
                Message("waybills.box_carries_other", expected=number, scanned=scanned)
            )
        if courier != code:
            raise BadTracking(
                Message(
                    "waybills.number_of_other_courier",
                    number=number,
                    courier=Names.of(self._ctx.couriers.get(code).names),
                    code=code,
                )
            )

    def as_labelled(self, order: Order) -> Order:
        """The order as its label prints it: with the courier of its waybill number (before
        it ships, an order has no courier of its own)."""
        if order.courier_code or not order.waybill_number:
            return order
        given = self.expected(order.saved_id)
        return replace(order, courier_code=given[0]) if given else order

    def expected(self, order_id: int) -> tuple[str, str] | None:
        """(courier, number) the order's label carries, if it was given one."""
        row = self._repo.live(order_id)
        return (row["courier"], row["number"]) if row else None

    def replace_spoiled(self, order_id: int, *, reason: str) -> Message | None:
        """The order's label is spoiled before it shipped: its number is void, and the next
        one of the same courier is given. Returns what to say (None: the order had none)."""
        with self._ctx.transaction():
            order = self._ctx.order(order_id)
            live = self._repo.live(order_id)
            if live is None or order.status is not S.LABELLED:
                return None
            self._stations.guard([order_id])
            self._void(live, reason)
            order = self._ctx.order(order_id)
            empty = self._give(order, self.courier_for(order))  # COURIER: chosen since
            new = self._repo.live(order_id)
        if new is None:
            return Message(
                "two_sentences",
                first=Message("waybills.number_voided", number=live["number"]),
                then=self._none_left(empty or live["courier"]),
            )
        return Message("waybills.number_replaced", old=live["number"], new=new["number"])

    def void(self, number: str, *, reason: str) -> Changes:
        """A spoiled label's number recorded void: never given again. Its order, not shipped
        yet, gets the next number with its next label."""
        if not reason.strip():
            raise UserError(Message("waybills.say_why_void"))
        wanted = normalise(number)
        with self._ctx.transaction():
            rows = self._repo.given(wanted)
            if not rows:
                raise NotFound(Message("waybills.not_given", number=wanted))
            if len(rows) > 1:
                couriers = tuple(r["courier"] for r in rows)
                raise UserError(
                    Message("waybills.number_ambiguous", number=wanted, couriers=couriers)
                )
            row = rows[0]
            if row["voided_at"] is not None:
                raise NotAllowed(Message("waybills.already_void", number=wanted))
            order = self._ctx.order(row["order_id"])
            if order.status is S.SHIPPED:
                raise NotAllowed(
                    Message("waybills.void_shipped", number=wanted, order=order.order_number)
                )
            self._void(row, reason.strip())
        return Changes.for_orders(
            order.saved_id,
            message=Message("waybills.voided", number=wanted, order=order.order_number),
            scored=False,
        )

    def void_of_cancelled(self, order_id: int) -> None:
        """The order is cancelled before it shipped: its number, if it had one, is void (in
        the caller's transaction)."""
        if (live := self._repo.live(order_id)) is not None:
            self._void(live, "cancelled")

    def _void(self, row: dict, reason: str) -> None:
        self._repo.void(row["courier"], row["number"], at=self._ctx.now(), reason=reason)
        self._ctx.event(
            "waybill_voided", row["order_id"], courier=row["courier"], number=row["number"],
            reason=reason,
        )  # fmt: skip

    def audit(self) -> list[dict]:
        """Every band with every number given from it, in the order given (for checks)."""
        return [{**b, "numbers": self._repo.numbers(b["id"])} for b in self._repo.bands()]


def _wants_number(order: Order) -> bool:
    return order.status in GIVING and not order.waybill_number and not order.tracking_number
