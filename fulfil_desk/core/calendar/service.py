"""The shop's calendar (`desk.calendar`): non-shipping days, ship-by deadlines, capacity.

The shop's calendar is the weekly pattern (settings `shipping_weekdays`, `cutoff`,
`timezone`) plus the `calendar_days` table: public holidays (loaded from the `holidays`
package for the shop's country, the current and next year, the first time they are
needed), make-up workdays (China's 调休上班, from resources/makeup_workdays.json), shop
vacations and courier no-pickup days. A change to it recomputes every open order's
computed deadline in the same transaction; a marketplace's own deadline never moves.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import date, datetime, timedelta

from fulfil_desk.core.calendar.holidays import (
    CalendarReport,
    MovedDeadline,
    ShippingCalendar,
    day_name,
    day_row,
    makeup_workdays,
    makeup_years,
    not_marked,
    parse_cutoff,
    parse_day,
    public_holidays,
)
from fulfil_desk.core.kernel.changes import Changes
from fulfil_desk.core.kernel.context import DeskContext
from fulfil_desk.core.kernel.errors import UserError
from fulfil_desk.core.kernel.message_codec import encode
from fulfil_desk.core.kernel.messages import Message, Names
from fulfil_desk.core.kernel.orders import OPEN_STATUSES
from fulfil_desk.core.storage.calendar_repo import CalendarRepo, DeadlineRepo

LOADED_KEY = "calendar.loaded_public"  # ["KR-2026", …]: country-years already loaded once
CLOSED_KINDS = ("public", "shop")
# Settings whose change moves computed deadlines. Not lead_days: an order keeps the lead
# time it was sold with.
CALENDAR_SETTINGS = {"country", "timezone", "shipping_weekdays", "cutoff", "default_courier"}
MAX_NAME = 100


def _order_json(row: dict, overdue: bool) -> dict:
    keys = ("id", "marketplace", "order_number", "ordered_at", "ship_by", "units")
    return {**{k: row[k] for k in keys}, "overdue": overdue}


def _lead_of(before: ShippingCalendar, row: dict, ordered: datetime, lead: int) -> int:
    """The lead time the order's stored deadline was computed with: today's setting unless
    the deadline says otherwise (the setting changed since the order was sold)."""
    stored = row["ship_by_computed"]
    if not stored or before.ship_by(ordered, lead).isoformat() == stored:
        return lead
    return next((d for d in range(31) if before.ship_by(ordered, d).isoformat() == stored), lead)


class CalendarService:
    def __init__(self, *, ctx: DeskContext):
        self._ctx = ctx
        self._calendar_days = CalendarRepo(ctx.db)
        self._deadlines = DeadlineRepo(ctx.db)

    # ---- the calendar ------------------------------------------------------------------------

    def today(self) -> date:
        """Today in the shop's time zone."""
        return self._ctx.today()

    def calendar(self, years: Iterable[int] = ()) -> ShippingCalendar:
        """The shop's calendar; loads the country's public holidays of the current and next
        year (the previous one too, for last December's orders, and any of `years`) the first
        time they are needed. Its ship-by counts the default courier's no-pickup days."""
        year = self.today().year
        self._ensure_public(self._ctx.setting("country"), {year - 1, year, year + 1, *years})
        return self._build_calendar()

    def _build_calendar(self) -> ShippingCalendar:
        closed: dict[date, tuple[Names | str, ...]] = {}
        couriers: dict[str, dict[date, str]] = {}
        makeup: dict[date, Names | str] = {}
        for row in self._calendar_days.days():
            day = date.fromisoformat(row["day"])
            if row["kind"] == "courier":
                couriers.setdefault(row["courier_code"], {})[day] = row["name"]
            elif row["kind"] == "workday":
                makeup[day] = self._day_name(row)
            elif row["name"]:
                closed[day] = (*closed.get(day, ()), self._day_name(row))
            else:
                closed.setdefault(day, ())
        return ShippingCalendar(
            timezone=self._ctx.setting("timezone"),
            shipping_weekdays=frozenset(self._ctx.setting("shipping_weekdays")),
            cutoff=parse_cutoff(self._ctx.setting("cutoff")),
            closed_days={
                day: names[0] if len(names) == 1 else names for day, names in closed.items()
            },
            courier_closures=couriers,
            makeup_workdays=makeup,
            default_courier=self._ctx.setting("default_courier"),
        )

    def _ensure_public(self, country: str, years: Iterable[int]) -> None:
        loaded = set(self._ctx.settings.get(LOADED_KEY, []))
        missing = sorted(y for y in set(years) if f"{country}-{y}" not in loaded)
        if missing:
            with self._ctx.transaction():
                for year in missing:
                    self._load_public(country, year)

    def _load_public(self, country: str, year: int) -> tuple[int, int]:
        """Insert the country's public holidays and make-up workdays of `year`, each with its
        names in the readers' languages; remember it."""
        at = self._ctx.now()
        public = self._calendar_days.add_many(
            (day_row(d, n) for d, n in public_holidays(country, year)),
            kind="public",
            created_at=at,
        )
        workdays = self._calendar_days.add_many(
            (day_row(d, n) for d, n in makeup_workdays(country, year)),
            kind="workday",
            created_at=at,
        )
        loaded = self._ctx.settings.get(LOADED_KEY, [])
        if f"{country}-{year}" not in loaded:
            self._ctx.settings.set(LOADED_KEY, sorted([*loaded, f"{country}-{year}"]))
        return public, workdays

    def _day_name(self, row: dict) -> Names | str:
        return day_name(row, lambda: self._ctx.setting("country"))

    # ---- reading it --------------------------------------------------------------------------

    def holiday_list(self, start=None, end=None) -> list[dict]:
        """The calendar's days from `start` to `end` (YYYY-MM-DD, both optional), by date:
        {date, kind (public, shop, courier, workday), courier, name}. `name` is a message
        parameter for the reader's words: a public holiday's or make-up workday's `Names`
        (each language), a name the shop typed as the `str` it is."""
        first = parse_day(start) if start is not None else None
        last = parse_day(end) if end is not None else None
        if first and last and first > last:
            raise UserError(Message("calendar.range_ends_before_it_starts", first=first, last=last))
        self.calendar()
        rows = self._calendar_days.days(
            first.isoformat() if first else None, last.isoformat() if last else None
        )
        return [
            {
                "date": r["day"],
                "kind": r["kind"],
                "courier": r["courier_code"],
                "name": self._day_name(r),
            }
            for r in rows
        ]

    def ship_by_for(self, ordered_at, lead_days: int, courier: str | None = None) -> datetime:
        """The computed deadline of an order placed at `ordered_at` (an aware datetime or ISO
        8601 text; without an offset it is the shop's time). `courier` defaults to the
        `default_courier` setting, as on import, so its no-pickup days count."""
        moment = self._parse_moment(ordered_at)
        if isinstance(lead_days, bool) or not isinstance(lead_days, int):
            raise UserError(Message("calendar.lead_days_not_a_number", given=repr(lead_days)))
        if not 0 <= lead_days <= 30:
            raise UserError(Message("calendar.lead_days_out_of_range", days=lead_days))
        code = self._ctx.couriers.get(courier).code if courier else None
        year = moment.astimezone(self._ctx.shop_tz()).year
        return self.calendar(years=(year, year + 1)).ship_by(moment, lead_days, code)

    def capacity(self, days: int = 7) -> list[dict]:
        """The next `days` shipping days from today: {date, capacity, load, units, over,
        orders, at_risk}. An open order counts on the last shipping day on or before its
        ship-by (overdue ones on the first day); on an over-capacity day the orders beyond
        capacity, latest ordered first to go, are at risk."""
        if isinstance(days, bool) or not isinstance(days, int) or not 1 <= days <= 60:
            raise UserError(Message("calendar.capacity_days_out_of_range", given=repr(days)))
        calendar = self.calendar()
        now = self._ctx.clock.now()
        shipping = calendar.shipping_days(self.today(), days)
        following = calendar.next_shipping_day(shipping[-1] + timedelta(days=1))
        cap = self._ctx.setting("daily_capacity_orders")
        buckets: list[list[dict]] = [[] for _ in shipping]
        for row in self._deadlines.open_deadlines([s.value for s in OPEN_STATUSES]):
            if not row["ship_by"]:
                continue
            ship_by = self._aware(row["ship_by"])
            due = calendar.local_date(ship_by)
            if due >= following:
                continue
            index = max(0, bisect_right(shipping, due) - 1)
            buckets[index].append(_order_json(row, overdue=ship_by < now))
        return [
            {
                "date": day.isoformat(),
                "capacity": cap,
                "load": len(orders),
                "units": sum(o["units"] for o in orders),
                "over": len(orders) > cap,
                "orders": orders,
                "at_risk": orders[cap:],
            }
            for day, orders in zip(shipping, buckets, strict=True)
        ]

    # ---- changing it -------------------------------------------------------------------------

    def add_non_shipping_day(
        self, day, name: str, courier: str | None = None
    ) -> tuple[CalendarReport, Changes]:
        """A shop vacation day, or with `courier` a day that courier does not pick up."""
        day = parse_day(day)
        name = (name or "").strip()
        if not name:
            raise UserError(Message("calendar.day_needs_a_name"))
        if len(name) > MAX_NAME:
            raise UserError(Message("calendar.name_too_long", most=MAX_NAME))
        code = self._ctx.couriers.get(courier).code if courier else ""
        today = self.today()
        if day < today:
            raise UserError(Message("calendar.day_in_the_past", day=day))
        with self._ctx.transaction():
            before = self.calendar(years=(day.year,))
            rows = self._calendar_days.on_day(day.isoformat())
            if closed := [self._day_name(r) for r in rows if r["kind"] in CLOSED_KINDS]:
                raise UserError(
                    Message("calendar.already_non_shipping", day=day, names=tuple(closed))
                )
            taken = [
                r["name"] for r in rows if r["kind"] == "courier" and r["courier_code"] == code
            ]
            if code and taken:
                raise UserError(
                    Message("calendar.already_no_pickup", day=day, courier=code, name=taken[0])
                )
            report = CalendarReport()
            if day - today <= timedelta(days=1):
                report.warning = (
                    Message("calendar.marked_on_the_day", day=day)
                    if day == today
                    else Message("calendar.marked_the_day_before", day=day)
                )
            self._calendar_days.add(
                day=day.isoformat(),
                kind="courier" if code else "shop",
                name=name,
                courier_code=code,
                created_at=self._ctx.now(),
            )
            self._ctx.event(
                "non_shipping_day_added", None, day=day.isoformat(), name=name, courier=code
            )
            report.moved = self._recompute_deadlines(
                before, Message("calendar.because_marked", day=day)
            )
        done = (
            Message("calendar.no_pickup_now", day=day, courier=code)
            if code
            else Message("calendar.non_shipping_now", day=day)
        )
        return report, self._calendar_changes(report, done)

    def remove_non_shipping_day(
        self, day, courier: str | None = None
    ) -> tuple[CalendarReport, Changes]:
        """Ship on `day` again: removes its public holiday or vacation, or with `courier`
        that courier's no-pickup day. A public holiday removed stays removed."""
        day = parse_day(day)
        code = self._ctx.couriers.get(courier).code if courier else ""
        with self._ctx.transaction():
            before = self.calendar(years=(day.year,))
            rows = self._calendar_days.on_day(day.isoformat())
            kinds = ("courier",) if code else CLOSED_KINDS
            if not any(r["kind"] in kinds and r["courier_code"] == code for r in rows):
                others = sorted({r["courier_code"] for r in rows if r["kind"] == "courier"})
                raise UserError(not_marked(day, code, tuple(others)))
            self._calendar_days.remove(day.isoformat(), kinds, code)
            self._ctx.event("non_shipping_day_removed", None, day=day.isoformat(), courier=code)
            moved = self._recompute_deadlines(before, Message("calendar.because_opened", day=day))
        report = CalendarReport(moved=moved)
        done = (
            Message("calendar.pickup_again", day=day, courier=code)
            if code
            else Message("calendar.shipping_again", day=day)
        )
        return report, self._calendar_changes(report, done)

    def load_country_holidays(self, country: str, year: int) -> tuple[CalendarReport, Changes]:
        """Add a country's public holidays (and make-up workdays) of a year, also any of them
        that were removed before."""
        import holidays as holiday_data  # 0.1 s and 11 MB: only when a country is loaded

        country = str(country).strip().upper()
        if country not in holiday_data.list_supported_countries():
            raise UserError(Message("calendar.unknown_country", country=country))
        if isinstance(year, bool) or not isinstance(year, int) or not 1950 <= year <= 2100:
            raise UserError(Message("calendar.year_out_of_range", given=repr(year)))
        with self._ctx.transaction():
            before = self.calendar()
            report = CalendarReport()
            covered = makeup_years(country)
            if covered and year not in covered:
                report.warning = Message(
                    "calendar.makeup_workdays_unknown", country=country, year=year
                )
            public, workdays = self._load_public(country, year)
            self._ctx.event("holidays_loaded", None, country=country, year=year, added=public)
            report.moved = self._recompute_deadlines(
                before, Message("calendar.because_loaded", country=country, year=year)
            )
        done = (
            Message(
                "calendar.holidays_and_workdays_loaded",
                country=country,
                year=year,
                n=public,
                workdays=workdays,
            )
            if workdays
            else Message("calendar.holidays_loaded", country=country, year=year, n=public)
        )
        return report, self._calendar_changes(report, done)

    @contextmanager
    def recomputing_deadlines(self, key: str) -> Iterator[list[MovedDeadline]]:
        """Around a settings change: recompute the deadlines a calendar setting moves.
        Yields the list of moved deadlines, filled when the block ends."""
        moved: list[MovedDeadline] = []
        if key not in CALENDAR_SETTINGS:
            yield moved
            return
        country = self._ctx.setting("country")
        before = self.calendar()
        yield moved
        if self._ctx.setting("country") != country:
            self._calendar_days.remove_kinds(("public", "workday"))
            self._ctx.settings.set(LOADED_KEY, [])
        moved.extend(
            self._recompute_deadlines(before, Message("calendar.because_setting", key=key))
        )

    def _recompute_deadlines(
        self, before: ShippingCalendar, because: Message
    ) -> list[MovedDeadline]:
        """Every open order's computed deadline under the calendar as it is now; `ship_by`
        follows it where the deadline is ours, not the marketplace's. Inside a transaction.
        Each move's event keeps `because` as the message (codec JSON), worded when read."""
        why = encode(because)
        after = self.calendar()
        lead = self._ctx.setting("lead_days")
        default_lead = self._ctx.setting("default_lead_days")
        moved, updates = [], []
        for row in self._deadlines.open_deadlines([s.value for s in OPEN_STATUSES]):
            ordered = self._aware(row["ordered_at"])
            days = _lead_of(before, row, ordered, lead.get(row["marketplace"], default_lead))
            computed = after.ship_by(ordered, days).isoformat()
            ship_by = row["ship_by"]
            if row["ship_by_source"] == "computed" and ship_by != computed:
                moved.append(
                    MovedDeadline(
                        row["id"], row["marketplace"], row["order_number"], ship_by, computed
                    )
                )
                self._ctx.event("ship_by_moved", row["id"], old=ship_by, new=computed, because=why)
                ship_by = computed
            if (ship_by, computed) != (row["ship_by"], row["ship_by_computed"]):
                updates.append((row["id"], ship_by, computed))
        self._deadlines.set_deadlines(updates)
        return sorted(moved, key=lambda m: (m.old or "", m.marketplace, m.order_number))

    def _calendar_changes(self, report: CalendarReport, done: Message) -> Changes:
        said = Message("calendar.deadlines_moved", done=done, n=len(report.moved))
        return Changes(orders=frozenset(m.order_id for m in report.moved), queue=True, message=said)

    # ---- input -------------------------------------------------------------------------------

    def _aware(self, text: str) -> datetime:
        """A stored time; one without an offset is the shop's time."""
        moment = datetime.fromisoformat(text)
        return moment if moment.tzinfo else moment.replace(tzinfo=self._ctx.shop_tz())

    def _parse_moment(self, value) -> datetime:
        if isinstance(value, datetime):
            moment = value
        else:
            try:
                moment = datetime.fromisoformat(str(value).strip())
            except ValueError:
                raise UserError(Message("calendar.not_a_moment", given=repr(value))) from None
        return moment if moment.tzinfo else moment.replace(tzinfo=self._ctx.shop_tz())
