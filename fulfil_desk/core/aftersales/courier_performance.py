"""Courier performance (`desk.courier_performance`): per courier, over the parcels shipped in
the last N days, how they were delivered, so the seller sees which courier delays.

- **parcels**: shipped in the window (by `shipped_at`), delivered or not.
- **on time**: counted over the parcels with a promised delivery date only (the marketplace's;
  most orders have none) that were delivered or whose promised day is over; on time = delivered
  by the end of the promised day.
- **transit days**, median and 90th percentile: of the delivered parcels, in the shop's
  shipping days, counted as the in-transit list counts them (the shipping days after the ship
  day up to and including the delivery day; a parcel delivered the day it shipped took 0).
  The median of an even count is the mean of the middle two; the 90th percentile is the
  nearest rank (the ⌈0.9·n⌉-th smallest).
- **stale**: not delivered, in transit more than the courier's expected days, not lost.
- **lost**: not delivered, and either an item-not-received case (`inr_case` incident) or a
  reshipment for the reason lost is recorded on the order, or it has been in transit more
  than the expected days plus the setting `lost_after_days` (default 10) shipping days.
"""

from __future__ import annotations

import math
import statistics
from dataclasses import dataclass
from datetime import datetime, time, timedelta

from fulfil_desk.core.aftersales.transit import (
    Calendar,
    TransitDays,
    TransitService,
    promised_of,
    stored_moment,
)
from fulfil_desk.core.calendar.holidays import ShippingCalendar
from fulfil_desk.core.kernel.context import DeskContext
from fulfil_desk.core.kernel.errors import NotFound, UserError
from fulfil_desk.core.kernel.messages import Message, Names
from fulfil_desk.core.storage.aftersales.deliveries import DeliveriesRepo

WINDOWS = (30, 90)
MAX_WINDOW = 365


@dataclass(frozen=True)
class CourierFigures:
    courier_code: str
    courier: Names | str
    window_days: int
    parcels: int
    delivered: int
    with_promise: int
    on_time: int
    median_days: float | None
    p90_days: int | None
    stale: int
    lost: int

    @property
    def on_time_rate(self) -> float | None:
        return self.on_time / self.with_promise if self.with_promise else None

    @property
    def delaying(self) -> float:
        """The share of its parcels stale or lost: what the table sorts by."""
        return (self.stale + self.lost) / self.parcels if self.parcels else 0.0

    def as_json(self) -> dict:
        return {
            "courier_code": self.courier_code,
            "courier": self.courier,
            "days": self.window_days,
            "parcels": self.parcels,
            "delivered": self.delivered,
            "with_promised_date": self.with_promise,
            "on_time": self.on_time,
            "on_time_rate": self.on_time_rate,
            "median_transit_days": self.median_days,
            "p90_transit_days": self.p90_days,
            "stale": self.stale,
            "lost": self.lost,
        }


def nearest_rank(values: list[int], share: float) -> int:
    ordered = sorted(values)
    return ordered[max(math.ceil(share * len(ordered)), 1) - 1]


@dataclass
class _Tally:
    parcels: int = 0
    with_promise: int = 0
    on_time: int = 0
    stale: int = 0
    lost: int = 0

    def __post_init__(self) -> None:
        self.transit: list[int] = []


class CourierPerformanceService:
    def __init__(self, *, ctx: DeskContext, transit: TransitService, calendar: Calendar):
        self._ctx = ctx
        self._transit = transit
        self._calendar = calendar
        self._repo = DeliveriesRepo(ctx.db)

    def performance(self, days: int) -> list[CourierFigures]:
        """Every courier that shipped a parcel in the last `days` days, the one whose parcels
        are most often stale or lost first."""
        if not 1 <= days <= MAX_WINDOW:
            raise UserError(Message("deliveries.window_range", most=MAX_WINDOW))
        calendar = self._calendar.calendar()
        now = self._ctx.clock.now().astimezone(calendar.tz)
        rows = self._repo.shipped_since((now - timedelta(days=days)).isoformat())
        tallies: dict[str, _Tally] = {}
        count = TransitDays(calendar)
        lost_after = int(self._ctx.setting("lost_after_days"))
        for row in rows:
            if datetime.fromisoformat(row["shipped_at"]).astimezone(calendar.tz) > now:
                continue
            code = row["courier_code"] or ""
            tally = tallies.setdefault(code, _Tally())
            self._count(tally, row, count, now, self._transit.expected_days(code), lost_after)
        figures = [self._figures(code, t, days) for code, t in tallies.items()]
        return sorted(figures, key=lambda f: (-f.delaying, -(f.p90_days or 0), f.courier_code))

    def _count(
        self, tally: _Tally, row: dict, count: TransitDays, now: datetime, expected: int, lost: int
    ) -> None:
        calendar = count.calendar
        code = row["courier_code"] or ""
        shipped = calendar.local_date(stored_moment(row["shipped_at"], calendar))
        tally.parcels += 1
        delivered = stored_moment(row["delivered_at"], calendar) if row["delivered_at"] else None
        promised = _promised_end(row["promised_delivery"], calendar)
        if promised is not None and (delivered is not None or promised < now):
            tally.with_promise += 1
            tally.on_time += delivered is not None and delivered <= promised
        if delivered is not None:
            tally.transit.append(count.between(shipped, calendar.local_date(delivered), code))
            return
        days = count.between(shipped, calendar.local_date(now), code)
        if row["not_received_case"] or days > expected + lost:
            tally.lost += 1
        elif days > expected:
            tally.stale += 1

    def _figures(self, code: str, tally: _Tally, days: int) -> CourierFigures:
        try:
            name: Names | str = Names.of(self._ctx.couriers.get(code).names)
        except NotFound:
            name = code
        transit = tally.transit
        return CourierFigures(
            courier_code=code,
            courier=name,
            window_days=days,
            parcels=tally.parcels,
            delivered=len(transit),
            with_promise=tally.with_promise,
            on_time=tally.on_time,
            median_days=float(statistics.median(transit)) if transit else None,
            p90_days=nearest_rank(transit, 0.9) if transit else None,
            stale=tally.stale,
            lost=tally.lost,
        )


def _promised_end(text: str | None, calendar: ShippingCalendar) -> datetime | None:
    """The promised delivery as a moment: a bare date is the end of that day."""
    promised = promised_of(text, calendar)
    if promised is None or isinstance(promised, datetime):
        return promised
    return datetime.combine(promised, time.max, tzinfo=calendar.tz)
