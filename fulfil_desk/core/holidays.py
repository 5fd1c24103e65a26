"""Non-shipping days and deadlines in business days.

Issue 3 adds shop vacations, courier closures and the calendar UI; this module
already answers "what is the Nth shipping day after this order" for any country
the `holidays` package knows.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import holidays as holiday_data


@dataclass
class ShippingCalendar:
    country: str = "KR"
    timezone: str = "Asia/Seoul"
    shipping_weekdays: frozenset[int] = frozenset({0, 1, 2, 3, 4})  # Monday = 0
    closed_days: set[date] = field(default_factory=set)  # shop and courier closures
    cutoff: time = time(14, 0)
    _public: dict = field(default_factory=dict, repr=False)

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    def is_shipping_day(self, day: date) -> bool:
        if day.weekday() not in self.shipping_weekdays or day in self.closed_days:
            return False
        year_holidays = self._public.get(day.year)
        if year_holidays is None:
            year_holidays = holiday_data.country_holidays(self.country, years=day.year)
            self._public[day.year] = year_holidays
        return day not in year_holidays

    def next_shipping_day(self, day: date) -> date:
        while not self.is_shipping_day(day):
            day += timedelta(days=1)
        return day

    def ship_by(self, ordered_at: datetime, lead_days: int) -> datetime:
        """End of the `lead_days`-th shipping day after the order, in the shop's time zone.

        An order placed on a non-shipping day or after the cut-off counts from the next
        shipping day; lead_days = 0 means "ship the day it counts from".
        """
        local = ordered_at.astimezone(self.tz)
        start = local.date()
        if not self.is_shipping_day(start) or local.time() >= self.cutoff:
            start += timedelta(days=1)
        day = self.next_shipping_day(start)
        for _ in range(lead_days):
            day = self.next_shipping_day(day + timedelta(days=1))
        return datetime.combine(day, time(23, 59, 59), tzinfo=self.tz)
