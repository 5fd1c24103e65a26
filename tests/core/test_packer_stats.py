"""Packer statistics from real orders driven through the bench of two stations on one file
(tests/packer_day.py): every figure asserted, as the day's scans make it."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from db_dump import connect, sqlite_only
from packer_day import KIM, KST, WANG, minutes, two_packers_day
from wording import said

from fulfil_desk.core.desk import Desk
from fulfil_desk.core.kernel.errors import UserError
from fulfil_desk.core.storage.stats_repo import EVENTS_SQL, FIRST_OPENED_SQL, REFUSALS_SQL

pytestmark = pytest.mark.both_engines  # the same shop on a SQLite file and on PostgreSQL

DAY_1, DAY_2 = date(2026, 6, 18), date(2026, 6, 19)


@pytest.fixture
def shop(db_target):
    """The two packers' day (tests/packer_day.py); a Desk on it, at 09:02 on 19 June."""
    clock, ids = two_packers_day(db_target)
    desk = Desk.open(db_target, clock=clock)
    yield desk, ids
    desk.close()


def rows_of(desk: Desk, **kwargs) -> dict:
    return {(r.packer, r.day): r for r in desk.stats.packer_stats(**kwargs)}


def test_each_figure_of_the_first_packer_on_her_day(shop):
    desk, _ = shop
    kim = rows_of(desk, start=DAY_1, end=DAY_2)[(KIM, DAY_1)]
    assert (kim.orders_packed, kim.units_packed, kim.units_picked) == (2, 3, 3)
    assert kim.orders_shipped == 2
    # Scans every 30 s from 10:00 to 10:05:30 and 10:15:30 to 10:20:30; the 10 minutes
    # between the label and the shipment are a pause.
    assert kim.active_s == 11 * 30 + 10 * 30
    assert kim.orders_per_hour == 2 * 3600 / 630
    assert kim.units_per_hour == 3 * 3600 / 630
    # A-1001 opened 10:00:30, shipped 10:15:30; A-1002 opened 10:16:30, shipped 10:20.
    assert kim.median_open_to_ship_s == (900 + 210) / 2
    assert kim.longest_open_to_ship_s == 900
    assert (kim.wrong_item, kim.one_too_many, kim.unknown_code, kim.other_refusals) == (1, 1, 1, 0)
    assert kim.refusals_per_100_units == 3 * 100 / 6
    assert (kim.manual, kim.reprints, kim.put_aside) == (1, 1, 0)
    assert (kim.first_at, kim.last_at) == ("2026-06-18T10:00:00+09:00", "2026-06-18T10:20:30+09:00")


def test_an_order_opened_one_day_and_shipped_the_next_counts_where_it_shipped(shop):
    desk, _ = shop
    rows = rows_of(desk, start=DAY_1, end=DAY_2)
    first, second, total = rows[(WANG, DAY_1)], rows[(WANG, DAY_2)], rows[(WANG, None)]
    assert (first.orders_packed, first.units_packed, first.orders_shipped) == (1, 1, 0)
    assert (first.active_s, first.put_aside, first.median_open_to_ship_s) == (480, 1, None)
    assert (second.orders_packed, second.orders_shipped, second.active_s) == (0, 1, 120)
    assert second.orders_per_hour == 0.0  # active, but no box closed that day
    opened, shipped = minutes(31), datetime(2026, 6, 19, 9, 2, tzinfo=KST)
    assert second.median_open_to_ship_s == (shipped - opened).total_seconds()
    assert (total.orders_packed, total.orders_shipped, total.active_s) == (1, 1, 600)
    assert total.orders_per_hour == 3600 / 600
    assert total.median_open_to_ship_s == second.median_open_to_ship_s
    assert total.refused == 0 and total.refusals_per_100_units == 0.0


def test_rows_come_per_packer_by_name_each_day_then_the_total(shop):
    desk, _ = shop
    keys = [(r.packer, r.day) for r in desk.stats.packer_stats(start=DAY_1, end=DAY_2)]
    # "tester" received the opening stock at the bench that morning: bench work too.
    assert keys == [
        ("tester", DAY_1), ("tester", None),
        (WANG, DAY_1), (WANG, DAY_2), (WANG, None),
        (KIM, DAY_1), (KIM, None),
    ]  # fmt: skip
    kim_day, kim_total = rows_of(desk, start=DAY_1, end=DAY_2, packer=KIM).values()
    assert kim_total.as_dict() == {**kim_day.as_dict(), "day": None, "total": True}


def test_the_default_range_is_today_in_shop_time(shop):
    desk, _ = shop
    assert desk.clock.now().astimezone(KST).date() == DAY_2
    assert list(rows_of(desk)) == [(WANG, DAY_2), (WANG, None)]
    assert rows_of(desk, start=DAY_1, end=DAY_1, packer=WANG)[(WANG, None)].active_s == 480


def test_a_day_without_activity_has_no_rows(shop):
    desk, _ = shop
    assert desk.stats.packer_stats(start=date(2026, 6, 17), end=date(2026, 6, 17)) == []
    assert desk.stats.packer_stats(start=DAY_1, end=DAY_2, packer="Nobody") == []


@pytest.mark.parametrize(
    ("kwargs", "words"),
    [
        ({"start": DAY_2, "end": DAY_1}, "(Fri 19 Jun 2026) after it ends (Thu 18 Jun 2026)"),
        ({"start": date(2025, 1, 1), "end": DAY_1}, "a year at most"),
        ({"packer": "a:b"}, "packer's name"),
    ],
)
def test_a_bad_range_or_name_is_refused_with_a_sentence(desk, kwargs, words):
    with pytest.raises(UserError) as refused:
        desk.stats.packer_stats(**kwargs)
    assert words in said(refused.value)


def test_the_range_is_read_through_its_indexes(shop, db_target):
    sqlite_only(db_target, "SQLite's query plans (PostgreSQL's planner is its own)")
    con = connect(db_target)
    try:

        def plan(sql: str, params: list) -> str:
            return " | ".join(row[3] for row in con.execute(f"EXPLAIN QUERY PLAN {sql}", params))

        range_ = ["2026-06-18T00:00:00+09:00", "2026-06-19T00:00:00+09:00"]
        events = EVENTS_SQL.format(kinds="?", actor=" AND actor = ?")
        assert "USING INDEX events_at" in plan(events, [*range_, "packed", KIM])
        refusals = REFUSALS_SQL.format(actor="")
        assert "USING INDEX refused_scans_at" in plan(refusals, range_)
        assert "USING INDEX events_order" in plan(FIRST_OPENED_SQL.format(ids="?, ?"), [1, 2])
    finally:
        con.close()
