"""Shipping days and ship-by deadlines: pure functions of the shop's calendar, no DB, no Qt.

A day is a shipping day when its weekday is one of the shop's shipping weekdays, or it is
a make-up workday (China's 调休上班: a weekend day that is worked), and it is neither a
closed day (public holiday, shop vacation) nor, for a given courier, a day that courier
does not pick up.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from functools import cache
from pathlib import Path
from zoneinfo import ZoneInfo

from fulfil_desk.core.kernel.errors import UserError
from fulfil_desk.core.kernel.messages import Message, Names, Param, Term

END_OF_DAY = time(23, 59, 59)
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_SEARCH_LIMIT = 3 * 366  # a calendar with no shipping day in three years is a broken calendar


@dataclass(frozen=True)
class ShippingCalendar:
    timezone: str = "Asia/Seoul"
    shipping_weekdays: frozenset[int] = frozenset({0, 1, 2, 3, 4})  # Monday = 0
    cutoff: time = time(14, 0)
    # Each day's name as a message parameter: the names of a public holiday in each
    # language, the shop's own name as typed, or several of these (a tuple).
    closed_days: Mapping[date, Param] = field(default_factory=dict)  # public and shop
    courier_closures: Mapping[str, Mapping[date, str]] = field(default_factory=dict)
    makeup_workdays: Mapping[date, Param] = field(default_factory=dict)
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


# The readers' languages, as the `holidays` package names them.
HOLIDAY_LANGUAGES = {"en": "en_US", "ko": "ko", "zh_CN": "zh_CN"}


def public_holidays(country: str, year: int) -> list[tuple[date, Names]]:
    """The public holidays of `country` in `year` from the `holidays` package, by date, each
    named in every reader's language the package has for that country (English always: the
    name that identifies the day). Days that share a date are joined ("Children's Day;
    Buddha's Birthday")."""
    import holidays as holiday_data  # 0.1 s to import: only when a year is first needed

    known = holiday_data.country_holidays(country, years=year)
    supported = set(getattr(known, "supported_languages", ()))
    by_lang = {
        lang: holiday_data.country_holidays(country, years=year, language=code)
        for lang, code in HOLIDAY_LANGUAGES.items()
        if code in supported or lang == "en"  # explicit: else the process's LANG decides
    }
    days = sorted(day for day in by_lang["en"] if day.year == year)
    ours = _our_names(country)
    named = []
    for day in days:
        names = {lang: found[day] for lang, found in by_lang.items()}
        for lang, table in ours.items():  # languages the package lacks for this country
            names.setdefault(lang, "; ".join(_ours(n, table) for n in names["en"].split("; ")))
        named.append((day, Names.of(names)))
    return named


@cache
def _our_names(country: str) -> dict[str, dict]:
    """Our own names of `country`'s holidays in the readers' languages the package lacks
    (resources/holiday_names.json), by language."""
    from fulfil_desk.core.kernel.resources import resource_path

    data = json.loads(resource_path("holiday_names.json").read_text("utf-8"))
    return data.get(country, {})


def _ours(english: str, table: dict) -> str:
    """An English holiday name in our own words, by name or by a pattern whose {of} is a
    name; the English as it is when neither knows it."""
    if english in table["names"]:
        return table["names"][english]
    for pattern, template in table.get("patterns", ()):
        if found := re.match(pattern, english):
            parts = found.groupdict()
            if "of" in parts:
                parts["of"] = _ours(parts["of"], table)
            return template.format(**parts)
    return english


@cache
def _known_names(country: str, year: int) -> dict[tuple[date, str], Names]:
    """(day, a name it was stored under) → its names, for rows stored with one name only:
    in English, in the language the process's locale gave before names were asked for
    explicitly, or (a make-up workday) as "English (中文)"."""
    found: dict[tuple[date, str], Names] = {}
    for day, names in [*public_holidays(country, year), *makeup_workdays(country, year)]:
        written = dict(names.by_language)
        for name in {*written.values(), f"{written.get('en')} ({written.get('zh_CN')})"}:
            found[(day, name)] = names
    return found


def stored_day_name(country: str, day: date, name: str) -> Names | str:
    """The names of a public holiday or make-up workday stored with its name only (a
    database from before each language was kept): looked up by its date and name, else the
    name as stored."""
    try:
        return _known_names(country, day.year).get((day, name), name)
    except (KeyError, NotImplementedError):  # a country the package no longer knows
        return name


def day_row(day: date, names: Names) -> tuple[str, str, str, str]:
    """A loaded day's row (day, name, names, courier): its English name, which identifies it,
    and its names in each language as JSON."""
    written = dict(names.by_language)
    return day.isoformat(), names.name("en"), json.dumps(written, ensure_ascii=False), ""


def day_name(row: Mapping, country: Callable[[], str]) -> Names | str:
    """A stored day's name for its reader: a public holiday or make-up workday in each
    language (stored with it, or, for a row from before, looked up by its date and name in
    the shop's `country`), a name the shop typed as it is."""
    if row["names"]:
        return Names.of(json.loads(row["names"]))
    if row["kind"] in ("public", "workday"):
        return stored_day_name(country(), date.fromisoformat(row["day"]), row["name"])
    return row["name"]


def not_marked(day: date, code: str, others: tuple[str, ...]) -> Message:
    """The refusal to reopen a day that is not closed (for `code`), naming the couriers that
    do not pick up on it."""
    if code and others:
        return Message(
            "calendar.not_marked_for_but_no_pickup", day=day, courier=code, couriers=others
        )
    if code:
        return Message("calendar.not_marked_for", day=day, courier=code)
    if others:
        return Message("calendar.not_marked_but_no_pickup", day=day, couriers=others)
    return Message("calendar.not_marked", day=day)


def _makeup_path() -> Path:
    from fulfil_desk.core.kernel.resources import resource_path

    return resource_path("makeup_workdays.json")


@cache
def _makeup_data(path: Path) -> dict:
    return json.loads(path.read_text("utf-8"))


def makeup_workdays(country: str, year: int, path: Path | None = None) -> list[tuple[date, Names]]:
    """Weekend days worked in `country` in `year` (China's 调休上班), from our data file, each
    named in the readers' languages (the file's `names`, by the code each day gives).

    Empty when the file has no notice for that country and year.
    """
    data = _makeup_data(path or _makeup_path()).get(country, {})
    entry = data.get(str(year))
    if not entry:
        return []
    names = data.get("names", {})
    return sorted(
        (date.fromisoformat(day), Names.of(names.get(code) or {"en": code}))
        for day, code in entry["days"].items()
    )


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
