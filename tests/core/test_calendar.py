"""Shipping days and ship-by deadlines across Korean holidays, vacations, couriers and cut-offs."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import holidays as holiday_data
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from wording import said

from fulfil_desk.core.calendar.holidays import (
    ShippingCalendar,
    makeup_workdays,
    parse_day,
    public_holidays,
)
from fulfil_desk.core.desk import Desk
from fulfil_desk.core.kernel.clock import FixedClock
from fulfil_desk.core.kernel.errors import NotFound, UserError
from fulfil_desk.core.kernel.orders import OrderStatus
from fulfil_desk.core.wording.render import Wording

pytestmark = pytest.mark.both_engines  # the same shop on a SQLite file and on PostgreSQL

KST = ZoneInfo("Asia/Seoul")
UTC = ZoneInfo("UTC")
NEW_YORK = ZoneInfo("America/New_York")
SHANGHAI = ZoneInfo("Asia/Shanghai")


def said_days(days):
    """The non-shipping days with their reasons in English."""
    return [(day, said(why)) for day, why in days]


def kr_2026(**extra) -> ShippingCalendar:
    closed = dict(public_holidays("KR", 2026))
    closed.update(extra.pop("closed_days", {}))
    return ShippingCalendar(timezone="Asia/Seoul", closed_days=closed, **extra)


def due(calendar: ShippingCalendar, at: datetime, lead: int, courier=None) -> date:
    deadline = calendar.ship_by(at, lead, courier)
    assert deadline.timetz() == time(23, 59, 59, tzinfo=calendar.tz)
    return deadline.date()


# ---- the pure calendar ----------------------------------------------------------------------


def test_seollal_2026_is_three_weekdays_off_and_deadlines_jump_over_it():
    closed = dict(public_holidays("KR", 2026))
    assert {date(2026, 2, 16), date(2026, 2, 17), date(2026, 2, 18)} <= closed.keys()
    cal = kr_2026()
    friday = datetime(2026, 2, 13, 10, 0, tzinfo=KST)  # before the 14:00 cut-off
    assert due(cal, friday, 0) == date(2026, 2, 13)
    assert due(cal, friday, 1) == date(2026, 2, 19)  # weekend, then Mon–Wed Seollal
    assert due(cal, friday, 2) == date(2026, 2, 20)


def test_an_order_after_the_cut_off_counts_from_the_next_shipping_day():
    cal = kr_2026()
    assert due(cal, datetime(2026, 2, 13, 13, 59, tzinfo=KST), 0) == date(2026, 2, 13)
    assert due(cal, datetime(2026, 2, 13, 14, 0, tzinfo=KST), 0) == date(2026, 2, 19)
    assert due(cal, datetime(2026, 2, 13, 15, 30, tzinfo=KST), 1) == date(2026, 2, 20)
    late = kr_2026(cutoff=time(17, 0))
    assert due(late, datetime(2026, 2, 13, 15, 30, tzinfo=KST), 1) == date(2026, 2, 19)


def test_an_order_placed_on_a_holiday_counts_from_the_next_shipping_day():
    cal = kr_2026()
    on_seollal = datetime(2026, 2, 17, 9, 0, tzinfo=KST)
    assert due(cal, on_seollal, 0) == date(2026, 2, 19)
    assert due(cal, on_seollal, 1) == date(2026, 2, 20)
    on_sunday = datetime(2026, 2, 15, 8, 0, tzinfo=KST)
    assert due(cal, on_sunday, 1) == date(2026, 2, 20)


def test_chuseok_2026_and_the_substitute_holiday_that_follows():
    closed = dict(public_holidays("KR", 2026))
    assert {date(2026, 9, 24), date(2026, 9, 25), date(2026, 9, 26)} <= closed.keys()
    # Chuseok's third day is a Saturday: no substitute for it (the law gives one only for
    # a Sunday or another holiday), but National Foundation Day, Sat 3 Oct, moves to Mon 5.
    assert not [d for d in closed if date(2026, 9, 27) <= d <= date(2026, 10, 2)]
    assert date(2026, 10, 5) in closed
    cal = kr_2026()
    wednesday_late = datetime(2026, 9, 23, 15, 0, tzinfo=KST)
    assert due(cal, wednesday_late, 0) == date(2026, 9, 28)
    assert due(cal, wednesday_late, 1) == date(2026, 9, 29)
    friday = datetime(2026, 10, 2, 10, 0, tzinfo=KST)
    assert due(cal, friday, 1) == date(2026, 10, 6)  # Sat, Sun, Mon 5 (substitute) skipped
    assert due(cal, friday, 3) == date(2026, 10, 8)  # Fri 9 is Hangul Day; Thu 8 is not


def test_orders_with_a_utc_or_us_offset_are_placed_in_the_shops_day():
    cal = kr_2026()
    utc = datetime(2026, 2, 13, 6, 30, tzinfo=UTC)  # 15:30 in Seoul: after the cut-off
    assert due(cal, utc, 0) == date(2026, 2, 19)
    new_york = datetime(2026, 2, 12, 20, 0, tzinfo=NEW_YORK)  # Fri 10:00 in Seoul
    assert due(cal, new_york, 0) == date(2026, 2, 13)
    assert cal.ship_by(new_york, 0).utcoffset() == timedelta(hours=9)
    with pytest.raises(ValueError):
        cal.ship_by(datetime(2026, 2, 13, 10, 0), 1)


def test_a_shop_vacation_closes_the_days_for_every_courier():
    vacation = {date(2026, 8, 3) + timedelta(days=i): "여름 휴가" for i in range(5)}
    cal = kr_2026(closed_days=vacation)
    friday = datetime(2026, 7, 31, 10, 0, tzinfo=KST)
    assert due(cal, friday, 1) == date(2026, 8, 10)
    assert due(cal, friday, 1, courier="CJGLS") == date(2026, 8, 10)
    assert said_days(cal.non_shipping_days(date(2026, 8, 1), date(2026, 8, 4))) == [
        (date(2026, 8, 1), "Saturday (not a shipping weekday)"),
        (date(2026, 8, 2), "Sunday (not a shipping weekday)"),
        (date(2026, 8, 3), "여름 휴가"),
        (date(2026, 8, 4), "여름 휴가"),
    ]


def test_a_courier_closure_moves_the_deadline_only_for_that_courier():
    cal = kr_2026(courier_closures={"HANJIN": {date(2026, 7, 1): "Hub move"}})
    tuesday = datetime(2026, 6, 30, 10, 0, tzinfo=KST)
    assert due(cal, tuesday, 1, courier="HANJIN") == date(2026, 7, 2)
    assert due(cal, tuesday, 1, courier="CJGLS") == date(2026, 7, 1)
    assert due(cal, tuesday, 1) == date(2026, 7, 1)
    assert said_days(cal.non_shipping_days(date(2026, 7, 1), date(2026, 7, 1), "HANJIN")) == [
        (date(2026, 7, 1), "HANJIN: Hub move")
    ]
    assert cal.non_shipping_days(date(2026, 7, 1), date(2026, 7, 1)) == []


def test_shipping_days_skip_weekends_and_holidays():
    cal = kr_2026()
    assert cal.shipping_days(date(2026, 2, 13), 3) == [
        date(2026, 2, 13),
        date(2026, 2, 19),
        date(2026, 2, 20),
    ]
    assert cal.next_shipping_day(date(2026, 9, 24)) == date(2026, 9, 28)


# ---- China's make-up workdays ---------------------------------------------------------------

CN_MAKEUP = {
    2025: [date(2025, 1, 26), date(2025, 2, 8), date(2025, 4, 27), date(2025, 9, 28)]
    + [date(2025, 10, 11)],
    2026: [date(2026, 1, 4), date(2026, 2, 14), date(2026, 2, 28), date(2026, 5, 9)]
    + [date(2026, 9, 20), date(2026, 10, 10)],
}


@pytest.mark.parametrize("year", [2025, 2026])
def test_the_make_up_workdays_are_the_state_councils_and_all_weekend_days(year):
    days = [d for d, _ in makeup_workdays("CN", year)]
    assert days == CN_MAKEUP[year]
    assert all(d.weekday() >= 5 for d in days)
    package = holiday_data.country_holidays("CN", years=year)
    if hasattr(package, "weekend_workdays"):  # a second, independent source where it has one
        assert {d for d in package.weekend_workdays if d.year == year} == set(days)
    assert makeup_workdays("KR", year) == []
    assert makeup_workdays("CN", 1999) == []


def test_a_make_up_workday_makes_a_saturday_a_shipping_day(db_target):
    clock = FixedClock(datetime(2026, 2, 2, 9, 0, tzinfo=SHANGHAI))
    desk = Desk.open(db_target, clock=clock)
    try:
        desk.settings.set("country", "CN")
        desk.settings.set("timezone", "Asia/Shanghai")
        friday = "2026-02-13T10:00:00+08:00"
        assert desk.calendar.ship_by_for(friday, 0).date() == date(2026, 2, 13)
        assert desk.calendar.ship_by_for(friday, 1).date() == date(2026, 2, 14)  # Saturday, worked
        assert desk.calendar.ship_by_for(friday, 2).date() == date(
            2026, 2, 24
        )  # 15–23 off, 21–22 weekend
        assert desk.calendar.calendar().is_shipping_day(date(2026, 2, 28))
        assert not desk.calendar.calendar().is_shipping_day(date(2026, 2, 21))
    finally:
        desk.close()


# ---- the Desk: marking days, moving deadlines ------------------------------------------------


def test_marking_a_day_moves_exactly_the_affected_computed_deadlines(desk, add):
    ours = add("OURS", [("DEMO-MUG", 1)])  # csv, lead 2 from Thu 18 June → Mon 22
    theirs = add("THEIRS", [("DEMO-MUG", 1)], ship_by="2026-06-22T23:59:59+09:00")
    early = add("EARLY", [("DEMO-MUG", 1)], marketplace="coupang")  # lead 1 → Fri 19
    assert desk.orders.order(ours).ship_by.startswith("2026-06-22")
    assert desk.orders.order(early).ship_by.startswith("2026-06-19")

    report, changes = desk.calendar.add_non_shipping_day("2026-06-22", "재고 조사")

    assert report.warning is None
    assert [(m.order_id, m.old[:10], m.new[:10]) for m in report.moved] == [
        (ours, "2026-06-22", "2026-06-23")
    ]
    assert changes.orders == {ours} and changes.queue
    assert desk.orders.order(ours).ship_by == "2026-06-23T23:59:59+09:00"
    assert desk.orders.order(ours).ship_by_computed == "2026-06-23T23:59:59+09:00"
    marketplace = desk.orders.order(theirs)
    assert marketplace.ship_by == "2026-06-22T23:59:59+09:00"  # the marketplace's stays
    assert marketplace.ship_by_computed == "2026-06-23T23:59:59+09:00"  # both are kept
    assert desk.orders.order(early).ship_by.startswith("2026-06-19")
    moved = [e for e in desk.orders.events(ours) if e["kind"] == "ship_by_moved"]
    assert len(moved) == 1 and moved[0]["detail"]["new"].startswith("2026-06-23")
    assert not [e for e in desk.orders.events(theirs) if e["kind"] == "ship_by_moved"]

    report, _ = desk.calendar.remove_non_shipping_day("2026-06-22")
    assert [m.order_id for m in report.moved] == [ours]
    assert desk.orders.order(ours).ship_by.startswith("2026-06-22")


def test_a_shipped_order_keeps_its_deadline(desk, add, drive):
    done = add("DONE", [("DEMO-MUG", 1)])
    drive(done, OrderStatus.SHIPPED)
    before = desk.orders.order(done).ship_by
    desk.calendar.add_non_shipping_day("2026-06-22", "Stocktake")
    assert desk.orders.order(done).ship_by == before


@pytest.mark.parametrize(
    ("day", "when"), [("2026-06-18", "today"), ("2026-06-19", "tomorrow"), ("2026-06-22", None)]
)
def test_marking_today_or_tomorrow_warns(desk, day, when):
    report, _ = desk.calendar.add_non_shipping_day(day, "Flood")
    if when is None:
        assert report.warning is None
    else:
        assert said(report.warning).startswith(
            "Marketplaces want non-shipping days marked at least a day ahead: "
        )
        assert f"{Wording().day(date.fromisoformat(day))} is {when}" in said(report.warning)


def test_a_courier_closure_of_the_default_courier_moves_imported_deadlines(desk, add):
    desk.calendar.add_non_shipping_day("2026-06-19", "No pickup", courier="cjgls")
    order = add("CJ", [("DEMO-MUG", 1)], marketplace="coupang")
    assert desk.orders.order(order).ship_by.startswith("2026-06-22")
    assert desk.calendar.ship_by_for("2026-06-18T10:00:00+09:00", 1, "HANJIN").date() == date(
        2026, 6, 19
    )
    changes = desk.settings.set("default_courier", "HANJIN")
    assert order in changes.orders
    assert desk.orders.order(order).ship_by.startswith("2026-06-19")


def test_refused_days_change_nothing(desk, dump):
    desk.calendar.add_non_shipping_day("2026-07-01", "Vacation")
    before = dump()
    refusals = [
        (("2026-7-1", "x"), "YYYY-MM-DD"),
        (("2026-02-30", "x"), "YYYY-MM-DD"),
        (("2026-06-17", "x"), "in the past"),
        (("2026-07-01", "Again"), "already a non-shipping day (Vacation)"),
        (("2026-09-24", "x"), "already a non-shipping day"),  # Chuseok
        (("2026-07-02", "  "), "name"),
    ]
    for args, words in refusals:
        with pytest.raises(UserError, match=words.replace("(", r"\(").replace(")", r"\)")):
            desk.calendar.add_non_shipping_day(*args)
    with pytest.raises(NotFound):
        desk.calendar.add_non_shipping_day("2026-07-02", "x", courier="NOPE")
    with pytest.raises(UserError, match="not marked"):
        desk.calendar.remove_non_shipping_day("2026-07-02")
    with pytest.raises(UserError, match="not marked"):
        desk.calendar.remove_non_shipping_day("2026-07-01", courier="HANJIN")
    assert dump() == before


def test_a_removed_public_holiday_stays_removed(desk, db_target, clock):
    assert any(d["date"] == "2026-09-24" for d in desk.calendar.holiday_list())
    desk.calendar.remove_non_shipping_day("2026-09-24")
    desk.close()
    again = Desk.open(db_target, clock=clock)
    try:
        assert not any(d["date"] == "2026-09-24" for d in again.calendar.holiday_list())
        assert again.calendar.calendar().is_shipping_day(date(2026, 9, 24))
        assert any(
            d["date"] == "2027-02-07" for d in again.calendar.holiday_list()
        )  # next year too
        again.calendar.load_country_holidays("KR", 2026)  # asked for explicitly: back again
        assert not again.calendar.calendar().is_shipping_day(date(2026, 9, 24))
    finally:
        again.close()


def test_holiday_list_filters_by_range_and_refuses_a_bad_one(desk):
    days = desk.calendar.holiday_list("2026-09-01", "2026-09-30")
    assert [d["date"] for d in days] == ["2026-09-24", "2026-09-25", "2026-09-26"]
    assert {d["kind"] for d in days} == {"public"}
    with pytest.raises(UserError, match="ends"):
        desk.calendar.holiday_list("2026-10-01", "2026-09-01")


def test_load_country_refuses_unknown_countries_and_years(desk):
    with pytest.raises(UserError, match="country code"):
        desk.calendar.load_country_holidays("XX", 2026)
    with pytest.raises(UserError, match="year"):
        desk.calendar.load_country_holidays("KR", 3000)
    report, changes = desk.calendar.load_country_holidays("cn", 2027)
    assert "make-up workdays for 2027" in said(report.warning)
    assert said(changes).startswith("CN 2027:")


def test_changing_the_country_replaces_its_public_holidays(desk):
    desk.settings.set("country", "CN")
    names = {d["date"]: d["name"] for d in desk.calendar.holiday_list("2026-09-01", "2026-10-31")}
    assert "2026-09-24" not in names  # Chuseok is Korean
    assert "2026-10-01" in names and "2026-10-10" in names  # National Day; a make-up Saturday


@pytest.mark.parametrize(
    ("key", "value"),
    [("shipping_weekdays", []), ("shipping_weekdays", [7]), ("cutoff", "25:00")]
    + [("cutoff", "2pm"), ("daily_capacity_orders", 0), ("daily_capacity_orders", True)],
)
def test_calendar_settings_refuse_what_the_shop_could_not_work_with(desk, key, value):
    with pytest.raises(UserError):
        desk.settings.set(key, value)


def test_parse_day_takes_dates_and_iso_text_only():
    assert parse_day("2026-09-24") == parse_day(date(2026, 9, 24)) == date(2026, 9, 24)
    for bad in ("24.09.2026", "2026-09-24T10:00", "", "tomorrow"):
        with pytest.raises(UserError):
            parse_day(bad)


# ---- capacity --------------------------------------------------------------------------------


def test_capacity_counts_orders_on_their_day_and_flags_the_ones_at_risk(desk, add):
    desk.settings.set("daily_capacity_orders", 2)
    at = datetime(2026, 6, 18, 9, 0, tzinfo=KST)
    numbers = ["C1", "C2", "C3"]
    for i, number in enumerate(numbers):  # coupang, lead 1: due Fri 19
        add(number, [("DEMO-MUG", 1)], marketplace="coupang", ordered_at=at + timedelta(minutes=i))
    add("LATE", [("DEMO-MUG", 1)], marketplace="coupang", ordered_at=at - timedelta(days=8))
    add("SAT", [("DEMO-MUG", 1)], ship_by="2026-06-27T12:00:00+09:00")  # a marketplace's Saturday

    days = desk.calendar.capacity(7)

    assert [d["date"] for d in days] == [
        "2026-06-18",
        "2026-06-19",
        "2026-06-22",
        "2026-06-23",
        "2026-06-24",
        "2026-06-25",
        "2026-06-26",
    ]
    first, friday = days[0], days[1]
    assert (first["load"], first["over"], first["orders"][0]["overdue"]) == (1, False, True)
    assert (friday["load"], friday["capacity"], friday["over"]) == (3, 2, True)
    assert [o["order_number"] for o in friday["at_risk"]] == ["C3"]  # ordered last
    assert days[-1]["load"] == 1  # due Saturday: it must go on Friday
    assert sum(d["load"] for d in days) == 5
    with pytest.raises(UserError):
        desk.calendar.capacity(0)


def test_capacity_skips_a_shop_vacation(desk):
    desk.calendar.add_non_shipping_day("2026-06-19", "Vacation")
    assert [d["date"] for d in desk.calendar.capacity(2)] == ["2026-06-18", "2026-06-22"]


# ---- properties ------------------------------------------------------------------------------

days_2026 = st.dates(min_value=date(2026, 1, 1), max_value=date(2026, 12, 31))


@settings(max_examples=300, deadline=None)
@given(
    closed=st.sets(days_2026, max_size=60),
    weekdays=st.sets(st.integers(0, 6), min_size=1),
    cutoff=st.times(),
    ordered=st.datetimes(min_value=datetime(2025, 12, 1), max_value=datetime(2026, 12, 31)),
    offset_hours=st.integers(-12, 14),
    lead=st.integers(0, 10),
    zone=st.sampled_from(["Asia/Seoul", "America/New_York", "Asia/Shanghai", "UTC"]),
)
def test_ship_by_is_a_shipping_day_never_before_the_order_and_grows_with_lead(
    closed, weekdays, cutoff, ordered, offset_hours, lead, zone
):
    from datetime import timezone

    cal = ShippingCalendar(
        timezone=zone,
        shipping_weekdays=frozenset(weekdays),
        cutoff=cutoff,
        closed_days={d: "closed" for d in closed},
    )
    at = ordered.replace(tzinfo=timezone(timedelta(hours=offset_hours)))
    deadline = cal.ship_by(at, lead)
    assert cal.is_shipping_day(deadline.date())
    assert deadline >= at
    assert deadline.astimezone(cal.tz).date() == deadline.date()
    assert cal.ship_by(at, lead + 1) > deadline
