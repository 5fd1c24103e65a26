"""Courier performance on a small shop, every figure computed by hand.

Today is Wednesday 1 July 2026, 10:00 in Seoul; no public holiday falls between 18 June and
1 July, so shipping days are the weekdays. Lotte (HYUNDAI) and CJ both expect 2 days.

Lotte, shipped in the last 30 days:
  A  Mon 22 Jun → delivered Tue 23 (1 day), promised 24 Jun: on time
  B  Mon 22 Jun → delivered Thu 25 (3 days), promised 24 Jun: late
  C  Tue 23 Jun → delivered Wed 24 (1 day), no promise
  D  Wed 24 Jun, not delivered: 5 days (Thu, Fri, Mon, Tue, Wed) > 2: stale; promised 26 Jun,
     passed: counts as not on time
  I  Mon 1 Jun 11:00, not delivered: 21 or 22 days > 2 + 10: lost
  → parcels 5, delivered 3, transit [1, 1, 3]: median 1, 90th percentile 3 (rank ⌈2.7⌉ = 3),
    on time 1 of 3, stale 1, lost 1.
CJ:
  E  Thu 18 Jun → delivered Mon 22 (2 days), promised 22 Jun: on time
  F  Fri 19 Jun, not delivered, an item-not-received case: lost
  G  Mon 29 Jun, not delivered: 2 days, not stale
  H  Wed 20 May → delivered Fri 22 May (2 days): in the 90 days only
  → 30 days: parcels 3, delivered 1, transit [2]: median 2, p90 2, on time 1 of 1, stale 0,
    lost 1. 90 days: parcels 4, delivered 2, [2, 2].
"""

from __future__ import annotations

from datetime import datetime

import pytest
from conftest import KST
from transit_helpers import ship_at

from fulfil_desk.core.kernel.clock import FixedClock
from fulfil_desk.core.kernel.errors import UserError

pytestmark = pytest.mark.both_engines  # the same shop on a SQLite file and on PostgreSQL

TODAY = datetime(2026, 7, 1, 10, 0, tzinfo=KST)


def at(month: int, day: int, hour: int = 10) -> datetime:
    return datetime(2026, month, day, hour, tzinfo=KST)


@pytest.fixture
def shop(desk, drive):
    cj = iter(f"3000{n:08d}" for n in range(1, 10))
    shipped = {
        "A": ship_at(desk, drive, "A", at(6, 22)),
        "B": ship_at(desk, drive, "B", at(6, 22, 11)),
        "C": ship_at(desk, drive, "C", at(6, 23)),
        "D": ship_at(desk, drive, "D", at(6, 24)),
        "I": ship_at(desk, drive, "I", at(6, 1, 11)),
        "E": ship_at(desk, drive, "E", at(6, 18), courier="CJGLS", tracking=next(cj)),
        "F": ship_at(desk, drive, "F", at(6, 19), courier="CJGLS", tracking=next(cj)),
        "G": ship_at(desk, drive, "G", at(6, 29), courier="CJGLS", tracking=next(cj)),
        "H": ship_at(desk, drive, "H", at(5, 20), courier="CJGLS", tracking=next(cj)),
    }
    desk.clock = FixedClock(TODAY)
    for name, promised in {"A": "2026-06-24", "B": "2026-06-24", "D": "2026-06-26",
                           "E": "2026-06-22"}.items():  # fmt: skip
        desk.scores.record_delivery(shipped[name], promised_delivery=promised)
    for name, day in {"A": "2026-06-23T16:00", "B": "2026-06-25T09:00", "C": "2026-06-24",
                      "E": "2026-06-22T18:00", "H": "2026-05-22"}.items():  # fmt: skip
        desk.transit.mark_delivered(name, at=day)
    desk.scores.record_incident(shipped["F"], "inr_case", at="2026-06-30T10:00:00+09:00")
    return shipped


def figures(desk, days):
    return {f.courier_code: f.as_json() for f in desk.courier_performance.performance(days)}


def test_the_last_30_days_by_hand(desk, shop):
    found = desk.courier_performance.performance(30)
    assert [f.courier_code for f in found] == ["HYUNDAI", "CJGLS"]  # 2/5 delaying before 1/3
    lotte, cj = (f.as_json() for f in found)
    assert {k: lotte[k] for k in lotte if k != "courier"} == {
        "courier_code": "HYUNDAI", "days": 30, "parcels": 5, "delivered": 3,
        "with_promised_date": 3, "on_time": 1, "on_time_rate": 1 / 3,
        "median_transit_days": 1.0, "p90_transit_days": 3, "stale": 1, "lost": 1,
    }  # fmt: skip
    assert {k: cj[k] for k in cj if k != "courier"} == {
        "courier_code": "CJGLS", "days": 30, "parcels": 3, "delivered": 1,
        "with_promised_date": 1, "on_time": 1, "on_time_rate": 1.0,
        "median_transit_days": 2.0, "p90_transit_days": 2, "stale": 0, "lost": 1,
    }  # fmt: skip


def test_the_last_90_days_take_the_older_parcel(desk, shop):
    cj = figures(desk, 90)["CJGLS"]
    assert (cj["parcels"], cj["delivered"], cj["median_transit_days"]) == (4, 2, 2.0)
    assert figures(desk, 90)["HYUNDAI"]["parcels"] == 5


def test_a_parcel_lost_by_time_is_stale_in_the_list_with_its_days(desk, shop):
    stale = {p.order_number: p.days_in_transit for p in desk.transit.in_transit()}
    assert set(stale) == {"D", "I", "F"}  # F: lost for the figures, stale for the list
    assert stale["D"] == 5


def test_a_parcel_reshipped_as_lost_counts_lost_not_stale(desk, shop):
    desk.reships.reship(shop["D"], reason="lost")  # D: stale until the seller gave it up
    lotte = figures(desk, 30)["HYUNDAI"]
    assert (lotte["parcels"], lotte["stale"], lotte["lost"]) == (5, 0, 2)


def test_the_window_must_be_whole_days(desk):
    with pytest.raises(UserError):
        desk.courier_performance.performance(0)
    assert desk.courier_performance.performance(30) == []
