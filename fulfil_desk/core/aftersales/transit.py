"""Parcels in transit (`desk.transit`): shipped orders with no delivery date yet, how many of
the shop's shipping days they have been on the way, and marking them delivered.

Days in transit are shipping days (the shop's calendar, with the parcel's courier's
no-pickup days): the days after the ship day up to and including today that are shipping
days. A parcel is **stale** when it has been in transit more than its courier's expected
days (settings `transit_days` by courier code over the built-in ones, else
`default_transit_days`; `stale_days` overrides both): shipped on a Thursday with 2 expected
days, it is due by the end of Monday and stale from Tuesday.

A delivery date is recorded through `desk.scores.record_delivery` (the marketplace files'
delivery dates fill the same column), so the seller scores count it as they count an
imported one. A bare date is a time on that day between the shipment and now.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Protocol
from urllib.parse import quote

from fulfil_desk.core.aftersales.transit_rows import DeliveryRow, bad_row, read_rows
from fulfil_desk.core.calendar.holidays import ShippingCalendar
from fulfil_desk.core.kernel.changes import Changes
from fulfil_desk.core.kernel.context import DeskContext
from fulfil_desk.core.kernel.couriers import normalise
from fulfil_desk.core.kernel.errors import NotFound, UserError
from fulfil_desk.core.kernel.messages import Message, Names
from fulfil_desk.core.kernel.orders import Order
from fulfil_desk.core.kernel.settings import DEFAULTS
from fulfil_desk.core.storage.aftersales.deliveries import DeliveriesRepo

MAX_STALE_DAYS = 60


class Calendar(Protocol):
    def calendar(self) -> ShippingCalendar: ...


class Deliveries(Protocol):
    def record_delivery(self, order_id: int, delivered_at=None, promised_delivery=None): ...


class Orders(Protocol):
    def find_order(self, text: str) -> Order: ...


@dataclass(frozen=True)
class Parcel:
    order_id: int
    marketplace: str
    order_number: str
    courier_code: str
    courier: Names | str  # the courier's name in each language (its code when unknown)
    tracking_number: str
    tracking_url: str  # the courier's tracking page for this number; '' when it has none
    shipped_at: datetime
    days_in_transit: int  # shipping days
    expected_days: int
    promised_delivery: date | datetime | None  # as the marketplace gave it
    stale: bool

    def as_json(self) -> dict:
        promised = self.promised_delivery
        return {
            "order_id": self.order_id,
            "marketplace": self.marketplace,
            "order_number": self.order_number,
            "courier_code": self.courier_code,
            "courier": self.courier,
            "tracking_number": self.tracking_number,
            "tracking_url": self.tracking_url,
            "shipped_at": self.shipped_at.isoformat(timespec="seconds"),
            "days_in_transit": self.days_in_transit,
            "expected_days": self.expected_days,
            "promised_delivery": promised.isoformat() if promised else None,
            "stale": self.stale,
        }


def stored_moment(text: str, calendar: ShippingCalendar) -> datetime:
    moment = datetime.fromisoformat(text)
    return moment if moment.tzinfo else moment.replace(tzinfo=calendar.tz)


def promised_of(text: str | None, calendar: ShippingCalendar) -> date | datetime | None:
    if not text:
        return None
    return date.fromisoformat(text) if len(text) == 10 else stored_moment(text, calendar)


class TransitDays:
    """Shipping days between a ship day and another day, by courier, remembered."""

    def __init__(self, calendar: ShippingCalendar):
        self.calendar = calendar
        self._known: dict[tuple[date, date, str], int] = {}

    def between(self, shipped: date, until: date, courier: str) -> int:
        """The shipping days after `shipped` up to and including `until`."""
        key = (shipped, until, courier)
        if key not in self._known:
            days, day = 0, shipped
            while (day := date.fromordinal(day.toordinal() + 1)) <= until:
                days += self.calendar.is_shipping_day(day, courier)
            self._known[key] = days
        return self._known[key]


class TransitService:
    def __init__(self, *, ctx: DeskContext, calendar: Calendar, scores: Deliveries, orders: Orders):
        self._ctx = ctx
        self._calendar = calendar
        self._scores = scores
        self._orders = orders
        self._repo = DeliveriesRepo(ctx.db)

    # ---- what is on the way --------------------------------------------------------------

    def expected_days(self, courier_code: str) -> int:
        """The shipping days `courier_code` takes to deliver, as the shop's settings say."""
        built_in: dict[str, int] = DEFAULTS["transit_days"]  # type: ignore[assignment]
        table = {**built_in, **(self._ctx.setting("transit_days") or {})}
        return int(table.get(courier_code, self._ctx.setting("default_transit_days")))

    def courier_code(self, text: str) -> str:
        """A courier named by its code or any of its names; refused when unknown."""
        found = self._ctx.couriers.find(text)
        return found.code if found is not None else self._ctx.couriers.get(text).code

    def in_transit(
        self, *, stale_days: int | None = None, courier: str | None = None, stale_only=True
    ) -> list[Parcel]:
        """Parcels not delivered yet, oldest shipment first: only the stale ones unless
        `stale_only` is False. `stale_days` replaces every courier's expected days."""
        if stale_days is not None and not 0 <= stale_days <= MAX_STALE_DAYS:
            raise UserError(Message("deliveries.stale_days_range", most=MAX_STALE_DAYS))
        code = self.courier_code(courier) if courier else None
        days = TransitDays(self._calendar.calendar())
        today = self._ctx.today()
        rows = self._repo.undelivered(code)
        parcels = [self.parcel(row, days, today, stale_days) for row in rows]
        return [p for p in parcels if p.stale or not stale_only]

    def parcel(self, row: dict, days: TransitDays, today: date, stale_days: int | None) -> Parcel:
        calendar = days.calendar
        code = row["courier_code"] or ""
        shipped = stored_moment(row["shipped_at"], calendar)
        in_transit = days.between(calendar.local_date(shipped), today, code)
        expected = self.expected_days(code) if stale_days is None else stale_days
        number = row["tracking_number"] or ""
        name: Names | str = code
        url = ""
        try:
            known = self._ctx.couriers.get(code)
        except NotFound:
            pass
        else:
            name = Names.of(known.names)
            if number and known.tracking_url:
                url = known.tracking_url.replace("{number}", quote(number, safe=""))
        return Parcel(
            order_id=row["order_id"],
            marketplace=row["marketplace"],
            order_number=row["order_number"],
            courier_code=code,
            courier=name,
            tracking_number=number,
            tracking_url=url,
            shipped_at=shipped,
            days_in_transit=in_transit,
            expected_days=expected,
            promised_delivery=promised_of(row["promised_delivery"], calendar),
            stale=in_transit > expected,
        )

    # ---- delivered -----------------------------------------------------------------------

    def mark_delivered(self, ref: str, at=None) -> Changes:
        """The parcel of tracking number or order `ref` delivered `at` (default now)."""
        order_id, shipped_at = self._shipped_parcel(ref)
        row = DeliveryRow(line=0, tracking=ref, when=_text_of(at))
        moment = self._moment(row, shipped_at, column=None, file=None)
        changes = self._scores.record_delivery(order_id, delivered_at=moment)
        return Changes(orders=changes.orders, scores=True, queue=True, message=changes.message)

    def _shipped_parcel(self, ref: str) -> tuple[int, str]:
        """The order of a tracking number, else of an order number or id; refused unless it
        is shipped."""
        row = next(iter(self._repo.parcels_tracked([normalise(ref)]).values()), None)
        if row is None:
            order = self._orders.find_order(ref)
            assert order.id is not None
            row = {
                "order_id": order.id,
                "order_number": order.order_number,
                "status": order.status.value,
                "shipped_at": order.shipped_at,
            }
        if row["status"] != "shipped" or not row["shipped_at"]:
            raise UserError(Message("deliveries.not_shipped", order=row["order_number"]))
        return row["order_id"], row["shipped_at"]

    def deliver_file(self, data: bytes, file: str, *, encoding: str | None = None) -> Changes:
        """Every parcel of a CSV or pasted list (tracking number, then delivery date or
        time; an empty date: now) delivered, or none: the whole list is checked first, and a
        bad row refuses it, naming the file, the row and the column."""
        rows = read_rows(data, file, encoding=encoding)
        known = self._repo.parcels_tracked(r.tracking for r in rows)
        moments: list[tuple[int, datetime]] = []
        for row in rows:
            parcel = known.get(row.tracking)
            if parcel is None:
                said = Message("deliveries.row_unknown_tracking", column=1, tracking=row.tracking)
                raise bad_row(file, row.line, said)
            if parcel["status"] != "shipped" or not parcel["shipped_at"]:
                said = Message("deliveries.row_not_shipped", order=parcel["order_number"])
                raise bad_row(file, row.line, said)
            moments.append((parcel["order_id"], self._moment(row, parcel["shipped_at"], 2, file)))
        if not moments:
            raise UserError(Message("deliveries.file_empty", file=file))
        ids = self._record_all(moments)
        message = Message("deliveries.marked_many", n=len(ids), file=file)
        return Changes(orders=ids, scores=True, queue=True, message=message)

    def deliver_orders(self, order_ids: list[int], at=None) -> Changes:
        """These shipped orders' parcels delivered `at` (default now), all or none."""
        moments: list[tuple[int, datetime]] = []
        for order_id in dict.fromkeys(order_ids):
            order = self._ctx.order(order_id)
            if order.status.value != "shipped" or not order.shipped_at:
                raise UserError(Message("deliveries.not_shipped", order=order.order_number))
            row = DeliveryRow(line=0, tracking="", when=_text_of(at))
            moments.append((order_id, self._moment(row, order.shipped_at, None, None)))
        if not moments:
            raise UserError(Message("deliveries.none_chosen"))
        ids = self._record_all(moments)
        message = Message("deliveries.marked_orders", n=len(ids))
        return Changes(orders=ids, scores=True, queue=True, message=message)

    def _record_all(self, moments: list[tuple[int, datetime]]) -> frozenset[int]:
        with self._ctx.transaction():
            for order_id, moment in moments:
                self._scores.record_delivery(order_id, delivered_at=moment)
        return frozenset(order_id for order_id, _ in moments)

    def _moment(self, row: DeliveryRow, shipped_at: str, column, file) -> datetime:
        """When the row says it was delivered: refused when it is no time, before the
        shipment or after now."""
        calendar = self._calendar.calendar()
        now = self._ctx.clock.now().astimezone(calendar.tz)
        shipped = stored_moment(shipped_at, calendar)

        def refuse(said: Message) -> UserError:
            return UserError(said) if file is None else bad_row(file, row.line, said)

        if not row.when:
            return now
        parsed = parse_when(row.when, calendar)
        if parsed is None:
            raise refuse(Message("deliveries.not_a_time", column=column or 0, text=row.when))
        if isinstance(parsed, datetime):
            if parsed < shipped:
                raise refuse(Message("deliveries.before_shipment", at=parsed, shipped=shipped))
            if parsed > now:
                raise refuse(Message("deliveries.after_now", at=parsed))
            return parsed
        if parsed < calendar.local_date(shipped):
            raise refuse(Message("deliveries.before_shipment", at=parsed, shipped=shipped))
        if parsed > now.date():
            raise refuse(Message("deliveries.after_now", at=parsed))
        noon = datetime.combine(parsed, time(12), tzinfo=calendar.tz)
        return min(max(noon, shipped), now)


_WHEN = re.compile(
    r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})\.?"
    r"(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?\s*(Z|[+-]\d{2}:?\d{2})?"
)


def parse_when(text: str, calendar: ShippingCalendar) -> date | datetime | None:
    """A day (2026-06-20, 2026/06/20, 2026.06.20) or a moment (with a time, and an offset or
    the shop's zone); None when it is neither."""
    value = unicodedata.normalize("NFKC", text).strip()
    m = _WHEN.fullmatch(value)
    if m is None:
        return None
    year, month, day, hour, minute, second, offset = m.groups()
    try:
        if hour is None:
            return date(int(year), int(month), int(day))
        iso = f"{year}-{int(month):02d}-{int(day):02d}T{int(hour):02d}:{minute}:{second or '00'}"
        if offset:
            iso += "+00:00" if offset == "Z" else offset
        moment = datetime.fromisoformat(iso)
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=calendar.tz)


def _text_of(at) -> str:
    if at is None:
        return ""
    return at.isoformat() if isinstance(at, datetime | date) else str(at)
