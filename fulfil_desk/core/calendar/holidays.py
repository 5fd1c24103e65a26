"""Shipping days and ship-by deadlines: pure functions of the shop's calendar, no DB, no Qt.

A day is a shipping day when its weekday is one of the shop's shipping weekdays, or it is
a make-up workday (China's 调休上班: a weekend day that is worked), and it is neither a
closed day (public holiday, shop vacation) nor, for a given courier, a day that courier
does not pick up.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from functools import cache
from pathlib import Path
from zoneinfo import ZoneInfo

from fulfil_desk.core.kernel.errors import UserError
from fulfil_desk.core.kernel.messages import Message, Term

END_OF_DAY = time(23, 59, 59)
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_SEARCH_LIMIT = 3 * 366  # a calendar with no shipping day in three years is a broken calendar


@dataclass(frozen=True)
class ShippingCalendar:
    timezone: str = "Asia/Seoul"
    shipping_weekdays: frozenset[int] = frozenset({0, 1, 2, 3, 4})  # Monday = 0
    cutoff: time = time(14, 0)
    closed_days: Mapping[date, str] = field(default_factory=dict)  # public and shop
    courier_closures: Mapping[str, Mapping[date, str]] = field(default_factory=dict)
    makeup_workdays: Mapping[date, str] = field(default_factory=dict)
    # Whose no-pickup days count when a call names no courier: the shop's default courier.
    default_courier: str | None = None
    # ship_by's answers by (local day, after the cut-off, lead days, courier): an import of
    # 50k orders asks for a few dozen distinct days.
    _deadlines: dict = field(default_factory=dict, init=False, compare=False, repr=False)

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    def local_date(self, moment: datetime) -> date:
        return moment.astimezone(self.tz).date()

    def reason_closed(self, day: date, courier: str | None = None) -> Message | None:
        """Why `day` is not a shipping day (for this courier), or None when it is one."""
        courier = courier or self.default_courier
        if day in self.closed_days:
            return Message("calendar.closed_day", name=self.closed_days[day])
        if courier is not None and day in self.courier_closures.get(courier, {}):
            name = self.courier_closures[courier][day]
            return Message("calendar.no_pickup_day", courier=courier, name=name)
        if day in self.makeup_workdays or day.weekday() in self.shipping_weekdays:
            return None
        weekday = Term("weekday", WEEKDAYS[day.weekday()])
        return Message("calendar.not_a_shipping_weekday", weekday=weekday)

    def is_shipping_day(self, day: date, courier: str | None = None) -> bool:
        return self.reason_closed(day, courier) is None

    def next_shipping_day(self, day: date, courier: str | None = None) -> date:
        """`day` itself when it is a shipping day, else the first one after it."""
        for offset in range(_SEARCH_LIMIT):
            candidate = day + timedelta(days=offset)
            if self.is_shipping_day(candidate, courier):
                return candidate
        raise UserError(Message("calendar.no_shipping_day_in_three_years", day=day))

    def ship_by(self, ordered_at: datetime, lead_days: int, courier: str | None = None) -> datetime:
        """End of the `lead_days`-th shipping day after the order, in the shop's time zone.

        An order placed on a non-shipping day or after the cut-off counts from the next
        shipping day; lead_days = 0 means "ship the day it counts from".
        """
        if ordered_at.tzinfo is None or ordered_at.utcoffset() is None:
            raise ValueError("ship_by needs an aware datetime")
        if lead_days < 0:
            raise ValueError("lead_days must not be negative")
        local = ordered_at.astimezone(self.tz)
        key = (local.date(), local.time() >= self.cutoff, lead_days, courier)
        found = self._deadlines.get(key)
        if found is not None:
            return found
        start = local.date()
        if not self.is_shipping_day(start, courier) or local.time() >= self.cutoff:
            start += timedelta(days=1)
        day = self.next_shipping_day(start, courier)
        for _ in range(lead_days):
            day = self.next_shipping_day(day + timedelta(days=1), courier)
        found = self._deadlines[key] = datetime.combine(day, END_OF_DAY, tzinfo=self.tz)
        return found

    def non_shipping_days(
        self, start: date, end: date, courier: str | None = None
    ) -> list[tuple[date, Message]]:
        """Every day from `start` to `end` (both included) that is not a shipping day, and
        why."""
        found = []
        day = start
        while day <= end:
            reason = self.reason_closed(day, courier)
            if reason is not None:
                found.append((day, reason))
            day += timedelta(days=1)
        return found

    def shipping_days(self, start: date, count: int, courier: str | None = None) -> list[date]:
        """The first `count` shipping days from `start` (included when it is one)."""
        days: list[date] = []
        day = start
        while len(days) < count:
            day = self.next_shipping_day(day, courier)
            days.append(day)
            day += timedelta(days=1)
        return days


def public_holidays(country: str, year: int) -> list[tuple[date, str]]:
    """The public holidays of `country` in `year` from the `holidays` package, by date.

    Days that share a date are joined ("Children's Day; Buddha's Birthday").
    """
    import holidays as holiday_data  # 0.1 s to import: only when a year is first needed

    found = holiday_data.country_holidays(country, years=year)
    return sorted((day, name) for day, name in found.items() if day.year == year)


def _makeup_path() -> Path:
    from fulfil_desk.core.kernel.resources import resource_path

    return resource_path("makeup_workdays.json")


@cache
def _makeup_data(path: Path) -> dict:
    return json.loads(path.read_text("utf-8"))


def makeup_workdays(country: str, year: int, path: Path | None = None) -> list[tuple[date, str]]:
    """Weekend days worked in `country` in `year` (China's 调休上班), from our data file.

    Empty when the file has no notice for that country and year.
    """
    entry = _makeup_data(path or _makeup_path()).get(country, {}).get(str(year))
    if not entry:
        return []
    return sorted((date.fromisoformat(day), name) for day, name in entry["days"].items())


def makeup_years(country: str, path: Path | None = None) -> dict[int, dict]:
    """Which years of `country` the data file covers, each with its source and status."""
    data = _makeup_data(path or _makeup_path()).get(country, {})
    return {
        int(year): {k: v for k, v in entry.items() if k != "days"}
        for year, entry in data.items()
        if year.isdigit()
    }


def parse_cutoff(text: str) -> time:
    """ "14:00" → 14:00; raises ValueError for anything else."""
    hours, _, minutes = str(text).partition(":")
    if not (hours.isdigit() and minutes.isdigit() and len(minutes) == 2 and len(hours) <= 2):
        raise ValueError(f"not a time: {text!r}")
    return time(int(hours), int(minutes))


@dataclass(frozen=True)
class MovedDeadline:
    order_id: int
    marketplace: str
    order_number: str
    old: str | None  # ISO 8601 with offset
    new: str

    def sentence(self) -> Message:
        """`amazon 111-…: 2026-06-22 → 2026-06-23`: the days, in the shop's time zone."""
        new = date.fromisoformat(self.new[:10])
        if not self.old:
            return Message(
                "calendar.deadline_set",
                marketplace=self.marketplace,
                order=self.order_number,
                new=new,
            )
        return Message(
            "calendar.deadline_moved",
            marketplace=self.marketplace,
            order=self.order_number,
            old=date.fromisoformat(self.old[:10]),
            new=new,
        )


@dataclass
class CalendarReport:
    """What a calendar change did: a warning for the seller, the deadlines it moved."""

    warning: Message | None = None
    moved: list[MovedDeadline] = field(default_factory=list)

    def lines(self) -> list[Message]:
        return ([self.warning] if self.warning else []) + [m.sentence() for m in self.moved]


def parse_day(value) -> date:
    """A date, or text YYYY-MM-DD; anything else is refused with a sentence."""
    if isinstance(value, date) and not isinstance(value, datetime):
        return value
    text = str(value).strip()
    try:
        if _DAY.match(text):
            return date.fromisoformat(text)
    except ValueError:
        pass
    raise UserError(Message("calendar.not_a_date", text=text))
