"""Parcels in transit: the stale list's edges in shipping days, and marking one delivered."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from conftest import KST, lotte
from db_dump import connect
from transit_helpers import ship_at

from fulfil_desk.core.kernel.clock import FixedClock
from fulfil_desk.core.kernel.errors import NotFound, UserError
from fulfil_desk.core.kernel.messages import Names
from fulfil_desk.core.wording.render import Wording

pytestmark = pytest.mark.both_engines  # the same shop on a SQLite file and on PostgreSQL

THURSDAY = datetime(2026, 6, 18, 10, 0, tzinfo=KST)


def on(desk, day: date, hour: int = 9) -> None:
    desk.clock = FixedClock(datetime(day.year, day.month, day.day, hour, tzinfo=KST))


def delivered_at(db_target, order_id: int) -> str | None:
    with connect(db_target) as db:
        row = db.execute("SELECT delivered_at FROM shipments WHERE order_id = ?", [order_id])
        return row.fetchone()[0]


def stale_numbers(desk, **kwargs) -> list[str]:
    return [p.order_number for p in desk.transit.in_transit(**kwargs)]


def test_a_parcel_is_stale_after_more_than_its_couriers_shipping_days_weekend_not_counted(
    desk, drive
):
    ship_at(desk, drive, "T-1", THURSDAY)  # Lotte: 2 shipping days
    on(desk, date(2026, 6, 22))  # Monday: Friday and Monday, exactly 2
    assert stale_numbers(desk) == []
    (parcel,) = desk.transit.in_transit(stale_only=False)
    assert (parcel.days_in_transit, parcel.expected_days, parcel.stale) == (2, 2, False)
    on(desk, date(2026, 6, 23))  # Tuesday: 3
    (parcel,) = desk.transit.in_transit()
    assert (parcel.order_number, parcel.days_in_transit, parcel.stale) == ("T-1", 3, True)


def test_a_non_shipping_day_between_does_not_count(desk, drive):
    desk.calendar.add_non_shipping_day("2026-06-19", "여름휴가")  # the Friday
    ship_at(desk, drive, "T-1", THURSDAY)
    on(desk, date(2026, 6, 23))  # Monday and Tuesday only
    assert stale_numbers(desk) == []
    assert desk.transit.in_transit(stale_only=False)[0].days_in_transit == 2
    on(desk, date(2026, 6, 24))
    assert stale_numbers(desk) == ["T-1"]


def test_the_couriers_no_pickup_day_does_not_count_for_it_only(desk, drive):
    desk.calendar.add_non_shipping_day("2026-06-22", "집하 휴무", courier="HYUNDAI")
    ship_at(desk, drive, "T-LOTTE", THURSDAY)
    ship_at(desk, drive, "T-CJ", THURSDAY, courier="CJGLS", tracking="300011112222")
    on(desk, date(2026, 6, 23))
    days = {p.order_number: p.days_in_transit for p in desk.transit.in_transit(stale_only=False)}
    assert days == {"T-LOTTE": 2, "T-CJ": 3}


def test_stale_days_overrides_every_courier_and_courier_filters(desk, drive):
    ship_at(desk, drive, "T-LOTTE", THURSDAY)
    ship_at(desk, drive, "T-CJ", datetime(2026, 6, 18, 11, tzinfo=KST), courier="CJGLS",
            tracking="300011112222")  # fmt: skip
    on(desk, date(2026, 6, 19))  # one shipping day
    assert stale_numbers(desk) == []
    assert stale_numbers(desk, stale_days=0) == ["T-LOTTE", "T-CJ"]  # oldest first
    assert stale_numbers(desk, stale_days=0, courier="CJ대한통운") == ["T-CJ"]
    assert stale_numbers(desk, stale_days=1) == []
    with pytest.raises(NotFound):
        desk.transit.in_transit(courier="NOPE")
    with pytest.raises(UserError):
        desk.transit.in_transit(stale_days=-1)


def test_the_expected_days_are_settings_per_courier(desk, drive):
    ship_at(desk, drive, "T-1", THURSDAY)
    on(desk, date(2026, 6, 23))
    desk.settings.set("transit_days", {"HYUNDAI": 3})
    assert stale_numbers(desk) == []
    assert desk.transit.expected_days("EMS") == 5  # the built-in ones stay
    desk.settings.set("default_transit_days", 4)
    assert desk.transit.expected_days("NOT-LISTED") == 4
    with pytest.raises(UserError):
        desk.settings.set("transit_days", {"HYUNDAI": 0})


def test_a_parcel_says_its_courier_tracking_page_and_promised_date(desk, drive):
    order_id = ship_at(desk, drive, "T-1", THURSDAY)
    desk.scores.record_delivery(order_id, promised_delivery="2026-06-20")
    on(desk, date(2026, 6, 24))
    (parcel,) = desk.transit.in_transit()
    number = lotte(f"{order_id:011d}")
    assert parcel.tracking_number == number
    assert parcel.tracking_url.endswith(f"InvNo={number}")
    assert parcel.promised_delivery == date(2026, 6, 20)
    assert isinstance(parcel.courier, Names)
    assert [Wording(lang=lang).value(parcel.courier) for lang in ("ko", "zh_CN", "en")] == [
        "롯데택배", "乐天快递", "Lotte",
    ]  # fmt: skip
    assert parcel.as_json()["promised_delivery"] == "2026-06-20"


def test_marked_delivered_by_tracking_number_or_order_it_leaves_the_list(desk, drive, db_target):
    first = ship_at(desk, drive, "T-1", THURSDAY)
    ship_at(desk, drive, "T-2", THURSDAY)
    on(desk, date(2026, 6, 24))
    desk.transit.mark_delivered(lotte(f"{first:011d}"), at="2026-06-22T15:00:00+09:00")
    desk.transit.mark_delivered("T-2")  # now
    assert desk.transit.in_transit(stale_only=False) == []
    assert delivered_at(db_target, first) == "2026-06-22T15:00:00+09:00"
    assert delivered_at(db_target, first + 1) == "2026-06-24T09:00:00+09:00"
    kinds = [e["kind"] for e in desk.orders.events(first)]
    assert "delivery_recorded" in kinds


def test_a_bare_date_is_a_time_on_that_day_after_the_shipment(desk, drive, db_target):
    order_id = ship_at(desk, drive, "T-1", THURSDAY)
    on(desk, date(2026, 6, 24))
    desk.transit.mark_delivered("T-1", at="2026-06-18")  # the ship day: after shipping
    assert delivered_at(db_target, order_id) == "2026-06-18T12:00:00+09:00"


@pytest.mark.parametrize(
    "at", ["2026-06-17", "2026-06-18T09:00:00+09:00", "2026-06-25", "tomorrow", "2026-02-30"]
)
def test_a_delivery_before_the_shipment_after_now_or_no_date_is_refused(desk, drive, dump, at):
    ship_at(desk, drive, "T-1", THURSDAY)
    on(desk, date(2026, 6, 24))
    before = dump()
    with pytest.raises(UserError):
        desk.transit.mark_delivered("T-1", at=at)
    assert dump() == before


def test_an_order_not_shipped_cannot_be_delivered(desk, add):
    add("OPEN-1", [("DEMO-MUG", 1)])
    with pytest.raises(UserError) as refused:
        desk.transit.mark_delivered("OPEN-1")
    assert refused.value.message.key == "deliveries.not_shipped"
    with pytest.raises(NotFound):
        desk.transit.mark_delivered("NO-SUCH-THING")


def test_parcels_chosen_in_the_list_are_delivered_together_or_not_at_all(
    desk, drive, add, db_target, dump
):
    first = ship_at(desk, drive, "T-1", THURSDAY)
    second = ship_at(desk, drive, "T-2", THURSDAY)
    open_id = add("OPEN-1", [("DEMO-TEE-M", 1)])
    on(desk, date(2026, 6, 24))
    before = dump()
    with pytest.raises(UserError):
        desk.transit.deliver_orders([first, open_id])
    with pytest.raises(UserError):
        desk.transit.deliver_orders([])
    assert dump() == before
    changes = desk.transit.deliver_orders([first, second], at="2026-06-23")
    assert changes.orders == {first, second}
    assert delivered_at(db_target, second) == "2026-06-23T12:00:00+09:00"
    assert Wording(lang="ko")(changes.message) == "택배 2건을 배송완료로 표시했습니다."
