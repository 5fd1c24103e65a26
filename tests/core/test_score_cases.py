"""Seller scores through the Desk: shipments confirmed at the bench, cancellations, holidays,
orders at risk, inquiries, incidents and deliveries, on a real SQLite file."""

from __future__ import annotations

from datetime import datetime

import pytest
from conftest import lotte
from db_dump import sqlite_only
from wording import said

from fulfil_desk.core.kernel.errors import UserError
from fulfil_desk.core.kernel.orders import CancelReason
from fulfil_desk.core.kernel.orders import OrderStatus as S
from fulfil_desk.core.storage.scores_repo import ScoresRepo

pytestmark = pytest.mark.both_engines  # the same shop on a SQLite file and on PostgreSQL


def kst(text: str) -> datetime:
    return datetime.fromisoformat(f"2026-{text.replace(' ', 'T')}+09:00")


@pytest.fixture
def set_clock(clock):
    def set_(when: datetime) -> None:
        clock.advance(seconds=(when - clock.now()).total_seconds())

    return set_


@pytest.fixture
def ship_at(desk, drive, set_clock):
    """Take an order to its label, then confirm the shipment at `when`."""
    numbers = iter(range(10, 100))

    def ship(order_id: int, when: datetime) -> None:
        drive(order_id, S.LABELLED)
        set_clock(when)
        desk.flow.ship(order_id, courier="HYUNDAI", tracking=lotte(f"255278883{next(numbers):02d}"))

    return ship


def metric(desk, marketplace, metric_id, as_of=None):
    return next(r for r in desk.scores.scores(marketplace, as_of) if r.metric.id == metric_id)


def test_a_shipment_confirmed_at_23_59_59_is_on_time_and_one_second_later_late(
    desk, add, ship_at, set_clock
):
    kw = {
        "marketplace": "amazon",
        "ordered_at": kst("06-18 09:00:00"),
        "ship_by": "2026-06-19T23:59:59+09:00",
    }
    on_time = add("111-0000001-0000001", [("DEMO-MUG", 1)], **kw)
    late = add("111-0000002-0000002", [("DEMO-MUG", 1)], **kw)
    ship_at(on_time, kst("06-19 23:59:59"))
    ship_at(late, kst("06-20 00:00:01"))
    set_clock(kst("06-22 10:00:00"))
    lsr = metric(desk, "amazon", "late_shipment_rate_10d")
    assert (lsr.numerator, lsr.denominator, lsr.problem_ids) == (1, 2, (late,))
    assert lsr.status == "bad"


def test_a_deadline_moved_by_a_holiday_is_judged_by_the_recorded_ship_by(
    desk, add, ship_at, set_clock
):
    # Thursday 18 June, before the cut-off, Amazon lead time 2: ship by Monday the 22nd.
    ours = add("111-0000003-0000003", [("DEMO-MUG", 1)], marketplace="amazon")
    theirs = add(
        "111-0000004-0000004",
        [("DEMO-MUG", 1)],
        marketplace="amazon",
        ship_by="2026-06-22T23:59:59+09:00",
    )
    assert desk.orders.order(ours).ship_by == "2026-06-22T23:59:59+09:00"
    desk.calendar.add_non_shipping_day("2026-06-22", "Stocktake")
    assert desk.orders.order(ours).ship_by == "2026-06-23T23:59:59+09:00"  # moved
    assert (
        desk.orders.order(theirs).ship_by == "2026-06-22T23:59:59+09:00"
    )  # the marketplace's: kept
    ship_at(ours, kst("06-23 12:00:00"))
    ship_at(theirs, kst("06-23 12:00:00"))
    lsr = metric(desk, "amazon", "late_shipment_rate_10d", as_of="2026-06-25T10:00:00+09:00")
    assert (lsr.numerator, lsr.denominator, lsr.problem_ids) == (1, 2, (theirs,))


def test_buyer_cancellations_are_not_counted_in_amazon_cancellation_rate(desk, add):
    ids = [add(f"111-000001{i}-0000000", [("DEMO-MUG", 1)], marketplace="amazon") for i in range(4)]
    desk.flow.cancel(ids[0], CancelReason.BUYER_REQUESTED)
    desk.flow.cancel(ids[1], CancelReason.OUT_OF_STOCK)
    rate = metric(desk, "amazon", "cancellation_rate")
    assert (rate.numerator, rate.denominator, rate.problem_ids) == (1, 4, (ids[1],))
    assert desk.orders.order(ids[0]).cancelled_by == "buyer"


@pytest.fixture
def at_risk_shop(desk, add, ship_at, set_clock):
    """Coupang: 5 orders due in the last week, 3 shipped on time, one late, one never shipped;
    2 open orders due today and tomorrow. Amazon: one shipped on time, one due tomorrow."""
    early = {"ordered_at": kst("06-15 09:00:00")}
    coupang = {"marketplace": "coupang", **early}
    due = [
        add(f"310000000{i}", [("DEMO-MUG", 1)], ship_by="2026-06-17T23:59:59+09:00", **coupang)
        for i in range(4)
    ]
    overdue = add("3100000010", [("DEMO-MUG", 1)], ship_by="2026-06-16T23:59:59+09:00", **coupang)
    for order_id in due[:3]:
        ship_at(order_id, kst("06-17 12:00:00"))
    ship_at(due[3], kst("06-18 09:00:00"))
    amazon = {"marketplace": "amazon", **early}
    shipped = add(
        "111-0000020-0000000", [("DEMO-TEE-M", 1)], ship_by="2026-06-17T23:59:59+09:00", **amazon
    )
    ship_at(shipped, kst("06-17 15:00:00"))
    set_clock(kst("06-18 10:00:00"))
    return {
        "today": add(
            "3100000011", [("DEMO-MUG", 1)], ship_by="2026-06-18T23:59:59+09:00", **coupang
        ),
        "tomorrow": add(
            "3100000012", [("DEMO-MUG", 1)], ship_by="2026-06-19T23:59:59+09:00", **coupang
        ),
        "amazon": add(
            "111-0000021-0000000",
            [("DEMO-TEE-M", 1)],
            ship_by="2026-06-19T20:00:00+09:00",
            **amazon,
        ),
        "later": add(
            "3100000013", [("DEMO-MUG", 1)], ship_by="2026-06-22T23:59:59+09:00", **coupang
        ),
        "shopify": add(
            "#2001",
            [("DEMO-MUG", 1)],
            marketplace="shopify",
            ship_by="2026-06-18T18:00:00+09:00",
            **early,
        ),
        "overdue": overdue,
    }


def test_at_risk_lists_due_today_and_tomorrow_and_says_what_they_cost(desk, at_risk_shop):
    desk.scores.set_score_target("coupang", "on_time_shipment", 0.95)
    found = desk.scores.at_risk()
    ids = at_risk_shop
    assert [o["id"] for o in found["orders"]] == [
        ids["shopify"],
        ids["today"],
        ids["amazon"],
        ids["tomorrow"],
    ]
    assert [o["due"] for o in found["orders"]] == ["today", "today", "tomorrow", "tomorrow"]
    assert found["orders"][1]["seconds_left"] == 13 * 3600 + 59 * 60 + 59
    assert [o["id"] for o in found["overdue"]] == [ids["overdue"]]
    by_market = {m["marketplace"]: m for m in found["marketplaces"]}
    assert set(by_market) == {"coupang", "amazon"}  # shopify has no seller score
    coupang = by_market["coupang"]
    # 3 of 5 due shipped on time (one late, one never shipped); with 2 more late: 3 of 7.
    assert (coupang["count"], coupang["rate"]) == (2, pytest.approx(0.6))
    assert coupang["projected_rate"] == pytest.approx(3 / 7)
    assert said(coupang["sentence"]) == (
        "If these 2 ship late, on-time shipment becomes 42.9 % (target ≥ 95 %)."
    )
    assert said(by_market["amazon"]["sentence"]) == (
        "If this one ships late, late shipment rate (10 days) becomes 50.0 % (target < 4 %)."
    )


def test_the_queue_sorted_by_risk_puts_the_orders_that_can_still_be_saved_first(desk, at_risk_shop):
    ids = at_risk_shop
    plain = [r["id"] for r in desk.orders.queue()]
    assert plain[0] == ids["overdue"]
    risky = [r["id"] for r in desk.orders.queue(sort="risk")]
    # Due today, then tomorrow; within a day the marketplace with the least headroom first:
    # Amazon's late rate is 4 points from its limit, Coupang has no target (headroom unknown),
    # Shopify no score at all. Then the overdue order, then the rest.
    expected = [ids["today"], ids["shopify"], ids["amazon"], ids["tomorrow"], ids["overdue"]]
    assert risky == [*expected, ids["later"]]
    assert [r["id"] for r in desk.orders.queue(limit=2, offset=2, sort="risk")] == risky[2:4]


def test_an_inquiry_counts_down_24_hours(desk, set_clock):
    inquiry, changes = desk.notices.add_inquiry(
        "coupang", received_at="2026-06-18T09:00:00+09:00", subject="언제 와요?"
    )
    assert changes.scores
    (found,) = desk.notices.inquiries()
    assert found["due_at"] == "2026-06-19T09:00:00+09:00"
    assert (found["seconds_left"], found["overdue"]) == (23 * 3600, False)
    set_clock(kst("06-19 10:00:00"))
    (found,) = desk.notices.inquiries()
    assert (found["seconds_left"], found["overdue"]) == (-3600, True)
    desk.notices.answer_inquiry(inquiry)
    assert desk.notices.inquiries() == []
    (answered,) = desk.notices.inquiries(open_only=False)
    assert answered["answered_in_time"] is False
    with pytest.raises(UserError, match="already answered"):
        desk.notices.answer_inquiry(inquiry)
    response = metric(desk, "coupang", "response_24h")
    assert (response.numerator, response.denominator) == (0, 1)


def test_a_notice_has_a_48_and_a_72_hour_deadline(desk, set_clock):
    desk.notices.add_notice(
        "PN-1",
        "amazon",
        "late_shipment_rate",
        "2026-06-01",
        "2026-06-14",
        received_at="2026-06-18T09:00:00+09:00",
    )
    found = desk.notices.notice("PN-1")
    assert (found["response_due"], found["plan_due"]) == (
        "2026-06-20T09:00:00+09:00",
        "2026-06-21T09:00:00+09:00",
    )
    assert (found["seconds_to_response"], found["seconds_to_plan"]) == (47 * 3600, 71 * 3600)
    # A bare end date means the whole of that day.
    assert (found["period_from"], found["period_to"]) == (
        "2026-06-01T00:00:00+09:00",
        "2026-06-15T00:00:00+09:00",
    )
    set_clock(kst("06-20 10:00:00"))
    assert desk.notices.notices()[0]["seconds_to_response"] == -3600
    desk.notices.mark_notice_responded("PN-1")
    assert desk.notices.notice("PN-1")["seconds_to_response"] is None
    for bad, words in (
        (("PN-1", "amazon", "late_shipment_rate", "2026-06-01", "2026-06-02"), "already"),
        (("PN-2", "amazon", "speed", "2026-06-01", "2026-06-02"), "no metric"),
        (("PN-2", "shopify", "late_shipment_rate", "2026-06-01", "2026-06-02"), "no seller-score"),
        (("PN-2", "amazon", "order_defect_rate", "2026-06-05", "2026-06-01"), "before it starts"),
        (("PN-2", "amazon", "order_defect_rate", "June", "2026-06-01"), "ISO 8601"),
    ):
        with pytest.raises(UserError, match=words):
            desk.notices.add_notice(*bad)


def test_incidents_count_in_the_order_defect_rate(desk, add, dump):
    order_id = add("111-0000030-0000000", [("DEMO-MUG", 1)], marketplace="amazon")
    before = dump()
    with pytest.raises(UserError, match="negative_feedback"):
        desk.scores.record_incident(order_id, "bad_review")
    with pytest.raises(UserError, match="future"):
        desk.scores.record_incident(order_id, "negative_feedback", at="2026-07-01T00:00:00+09:00")
    with pytest.raises(UserError, match="placed after"):
        desk.scores.record_incident(order_id, "negative_feedback", at="2026-06-01T00:00:00+09:00")
    assert dump() == before
    changes = desk.scores.record_incident(order_id, "negative_feedback", reason="1 star: broken")
    assert changes.scores and changes.orders == {order_id}
    odr = metric(desk, "amazon", "order_defect_rate")
    assert (odr.numerator, odr.denominator, odr.problem_ids) == (1, 1, (order_id,))
    assert desk.scores.incidents(order_id)[0]["reason"] == "1 star: broken"
    assert desk.orders.events(order_id)[-1]["kind"] == "incident_recorded"


def test_deliveries_and_promised_dates_feed_on_time_delivery(desk, add, ship_at, set_clock):
    first = add("3100000020", [("DEMO-MUG", 1)], marketplace="coupang")
    second = add("3100000021", [("DEMO-MUG", 1)], marketplace="coupang")
    with pytest.raises(UserError, match="not shipped"):
        desk.scores.record_delivery(first, delivered_at="2026-06-19T10:00:00+09:00")
    ship_at(first, kst("06-18 15:00:00"))
    ship_at(second, kst("06-18 15:00:00"))
    set_clock(kst("06-21 10:00:00"))
    desk.scores.record_delivery(
        first, delivered_at="2026-06-19T20:00:00+09:00", promised_delivery="2026-06-19"
    )
    desk.scores.record_delivery(
        second, delivered_at="2026-06-20T09:00:00+09:00", promised_delivery="2026-06-19"
    )
    with pytest.raises(UserError, match="shipped after"):
        desk.scores.record_delivery(first, delivered_at="2026-06-18T10:00:00+09:00")
    delivery = metric(desk, "coupang", "on_time_delivery")
    assert (delivery.numerator, delivery.denominator, delivery.problem_ids) == (1, 2, (second,))


def test_metric_orders_lists_the_orders_behind_a_metric_problem_first(desk, at_risk_shop):
    found = desk.scores.metric_orders("coupang", "on_time_shipment")
    assert found["metric"]["denominator"] == 5
    rows = found["rows"]
    assert [r["problem"] for r in rows] == [True, True, False, False, False]
    assert rows[0]["id"] == at_risk_shop["overdue"] and rows[0]["shipped_at"] is None


def test_seller_targets_only_where_the_marketplace_publishes_none(desk, at_risk_shop):
    assert metric(desk, "coupang", "on_time_shipment").status == "no_target"
    with pytest.raises(UserError, match="publishes the target"):
        desk.scores.set_score_target("amazon", "late_shipment_rate_10d", 0.1)
    desk.scores.set_score_target("coupang", "on_time_shipment", 0.4)
    result = metric(desk, "coupang", "on_time_shipment")  # 60 %
    assert (result.target, result.target_source, result.status) == (0.4, "seller", "good")
    desk.scores.set_score_target("coupang", "on_time_shipment", 0.5)  # within 0.2 × (100 − 50) %
    assert metric(desk, "coupang", "on_time_shipment").status == "at_risk"
    desk.scores.set_score_target("coupang", "on_time_shipment", None)
    assert metric(desk, "coupang", "on_time_shipment").target is None
    with pytest.raises(UserError, match="no seller-score metrics"):
        desk.scores.scores("shopify")
    assert desk.scores.score_marketplaces() == ["amazon", "coupang"]


def db_engine_target(db) -> str:
    return "postgresql://" if db.engine == "postgresql" else "shop.db"


class _Explain:
    """Stands in for the database: records each query's plan instead of running it."""

    def __init__(self, db):
        sqlite_only(db_engine_target(db), "SQLite's query plans (PostgreSQL's planner is its own)")
        self.db, self.plans = db, []

    def query(self, sql, params=()):
        self.plans.append(str(self.db.execute(f"EXPLAIN QUERY PLAN {sql}", params).fetchall()))
        return []

    def execute(self, sql, params=()):
        self.query(sql, params)
        return _NoRows()


class _NoRows(list):
    description = ()


@pytest.mark.parametrize(
    ("date", "index"),
    [
        ("ordered_at", "orders_marketplace_ordered"),
        ("ship_by", "orders_marketplace_ship_by"),
        ("shipped_at", "shipments_shipped"),
        ("promised_delivery", "shipments_promised"),
    ],
)
def test_a_window_is_read_through_its_index(desk, date, index):
    explain = _Explain(desk._ctx.db)
    ScoresRepo(explain).order_rows("amazon", {date: ("2026-06-01T00:00:00+09:00", "2026-06-18")})
    assert index in explain.plans[0]


def test_several_dates_are_read_in_one_query_each_through_its_index(desk):
    explain = _Explain(desk._ctx.db)
    window = ("2026-06-01T00:00:00+09:00", "2026-06-18T00:00:00+09:00")
    ScoresRepo(explain).order_rows("coupang", {"ordered_at": window, "shipped_at": window})
    (plan,) = explain.plans
    assert "orders_marketplace_ordered" in plan and "shipments_shipped" in plan


def test_orders_due_soon_and_inquiries_are_read_through_their_indexes(desk):
    explain = _Explain(desk._ctx.db)
    repo = ScoresRepo(explain)
    repo.due_soon(["new", "verified"], "2026-06-19T23:59:59+09:00")
    repo.inquiry_rows("coupang", "2026-06-01T00:00:00+09:00", "2026-06-18T00:00:00+09:00")
    assert "orders_open_ship_by" in explain.plans[0]
    assert "inquiries_marketplace_received" in explain.plans[1]
