"""The packer statistics' rules (core/packers/stats_rules.py) on rows written by hand."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from hypothesis import given
from hypothesis import strategies as st

from fulfil_desk.core.packers.stats_rules import packer_stats

KST = ZoneInfo("Asia/Seoul")


def ev(at: str, actor: str, kind: str, order_id: int | None = None, **detail) -> dict:
    return {"at": at, "actor": actor, "order_id": order_id, "kind": kind, "detail": detail}


def refusal(at: str, actor: str, kind: str) -> dict:
    return {"at": at, "actor": actor, "kind": kind}


def test_no_rows_no_packers():
    assert packer_stats([], [], {}, KST) == []


def test_one_event_alone_is_no_active_time_and_no_rate():
    [day, total] = packer_stats([ev("2026-06-18T10:00:00+09:00", "kim", "packed", 1)], [], {}, KST)
    assert (day.day, day.orders_packed, day.active_s) == (date(2026, 6, 18), 1, 0)
    assert day.orders_per_hour is None and day.units_per_hour is None
    assert day.refusals_per_100_units is None
    assert total.total and total.active_s == 0 and total.orders_per_hour is None


def test_gaps_over_five_minutes_are_not_active_and_five_exactly_is():
    events = [
        ev("2026-06-18T10:00:00+09:00", "kim", "packed_unit", 1),
        ev("2026-06-18T10:05:00+09:00", "kim", "packed_unit", 1),  # 5 min: active
        ev("2026-06-18T10:10:01+09:00", "kim", "packed_unit", 1),  # 5 min 1 s: a pause
        ev("2026-06-18T10:11:00+09:00", "kim", "packed", 1),
    ]
    [day, _] = packer_stats(events, [], {}, KST)
    assert day.active_s == 300 + 59
    assert day.units_packed == 3 and day.orders_packed == 1
    assert day.units_per_hour == 3 * 3600 / 359


def test_refusals_count_as_activity_and_by_kind():
    events = [ev("2026-06-18T10:00:00+09:00", "kim", "picked", 1)]
    refused = [
        refusal("2026-06-18T10:01:00+09:00", "kim", "wrong_item"),
        refusal("2026-06-18T10:02:00+09:00", "kim", "one_too_many"),
        refusal("2026-06-18T10:03:00+09:00", "kim", "unknown_code"),
        refusal("2026-06-18T10:04:00+09:00", "kim", "refused"),  # any other kind: other
    ]
    [day, _] = packer_stats(events, refused, {}, KST)
    assert day.active_s == 240
    assert (day.wrong_item, day.one_too_many, day.unknown_code, day.other_refusals) == (1, 1, 1, 1)
    assert day.refused == 4 and day.refusals_per_100_units == 400.0


def test_days_are_shop_days_and_a_gap_across_midnight_counts_for_neither():
    events = [
        ev("2026-06-18T14:57:00+00:00", "kim", "packed_unit", 1),  # 23:57 in Seoul
        ev("2026-06-18T14:59:00+00:00", "kim", "packed_unit", 1),  # 23:59
        ev("2026-06-18T15:01:00+00:00", "kim", "packed_unit", 1),  # 00:01 the next day
        ev("2026-06-19T00:02:00+09:00", "kim", "packed", 1),
    ]
    first, second, total = packer_stats(events, [], {}, KST)
    assert (first.day, first.units_packed, first.active_s) == (date(2026, 6, 18), 2, 120)
    assert (second.day, second.units_packed, second.active_s) == (date(2026, 6, 19), 1, 60)
    assert (total.day, total.units_packed, total.active_s) == (None, 3, 180)
    assert total.first_at == "2026-06-18T14:57:00+00:00"
    assert total.last_at == "2026-06-19T00:02:00+09:00"


def test_open_to_ship_from_the_first_opening_by_anyone_even_the_day_before():
    events = [
        ev("2026-06-19T09:00:00+09:00", "lee", "shipped", 7),
        ev("2026-06-19T09:01:00+09:00", "lee", "shipped", 8),
        ev("2026-06-19T09:02:00+09:00", "lee", "shipped", 9),  # never opened: left out
    ]
    opened = {7: "2026-06-18T17:00:00+09:00", 8: "2026-06-19T08:31:00+09:00"}
    [day, total] = packer_stats(events, [], opened, KST)
    assert day.orders_shipped == 3
    assert day.median_open_to_ship_s == (16 * 3600 + 30 * 60) / 2
    assert day.longest_open_to_ship_s == 16 * 3600
    assert total.median_open_to_ship_s == day.median_open_to_ship_s


def test_manual_reprints_put_aside_and_what_is_not_bench_work():
    events = [
        ev("2026-06-18T10:00:00+09:00", "kim", "picked", 1, manual=True),
        ev("2026-06-18T10:01:00+09:00", "kim", "packed_unit", 1, manual=True, supervisor="park"),
        ev("2026-06-18T10:02:00+09:00", "kim", "packed_unit", 1),
        ev("2026-06-18T10:03:00+09:00", "kim", "label_reprinted", 1, reason="damaged"),
        ev("2026-06-18T10:04:00+09:00", "kim", "put_aside", 2),
        ev("2026-06-18T10:05:00+09:00", "kim", "imported", 3),  # not bench work
        ev("2026-06-18T10:06:00+09:00", "admin", "setting_changed", None),  # no row
    ]
    events[1]["detail"] = '{"manual": true, "supervisor": "park"}'  # as stored
    [day, _] = packer_stats(events, [], {}, KST)
    assert (day.packer, day.manual, day.reprints, day.put_aside) == ("kim", 2, 1, 1)
    assert day.active_s == 240


def test_korean_and_chinese_names_are_packers_like_any_other():
    events = [
        ev("2026-06-18T10:00:00+09:00", "김하늘", "packed", 1),
        ev("2026-06-18T10:00:00+09:00", "王芳", "packed", 2),
        ev("2026-06-18T10:00:00+09:00", "Kim", "packed", 3),
    ]
    rows = packer_stats(events, [], {}, KST)
    # By name, letter case aside, then by code point: each packer's day, then its total.
    assert [(r.packer, r.total) for r in rows] == [
        (name, total) for name in ("Kim", "王芳", "김하늘") for total in (False, True)
    ]
    assert rows[4].as_dict()["packer"] == "김하늘"


@given(
    st.lists(
        st.tuples(
            st.integers(0, 2 * 24 * 3600),  # seconds after midnight, 18 June, Seoul
            st.sampled_from(["kim", "이서연", "张伟"]),
            st.sampled_from(["packed", "packed_unit", "picked", "shipped", "opened", "imported"]),
        ),
        max_size=60,
    )
)
def test_totals_add_up_the_days_and_active_time_never_exceeds_the_span(scans):
    start = datetime(2026, 6, 18, tzinfo=KST)
    events = [
        ev((start + timedelta(seconds=s)).isoformat(), actor, kind, 1) for s, actor, kind in scans
    ]
    rows = packer_stats(events, [], {1: start.isoformat()}, KST)
    for packer in {r.packer for r in rows}:
        *days, total = [r for r in rows if r.packer == packer]
        assert total.total and not any(d.total for d in days)
        assert [d.day for d in days] == sorted({d.day for d in days})
        assert total.orders_packed == sum(d.orders_packed for d in days)
        assert total.units_packed == sum(d.units_packed for d in days)
        assert total.active_s == sum(d.active_s for d in days)
        for row in [*days, total]:
            span = datetime.fromisoformat(row.last_at) - datetime.fromisoformat(row.first_at)
            assert 0 <= row.active_s <= span.total_seconds()
            assert (row.orders_per_hour is None) == (row.active_s == 0)
