"""Seller-score metrics as pure functions: hand-computed fixtures per metric, with the edges."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from fulfil_desk.core.kernel.resources import resource_path
from fulfil_desk.core.scores.scores import (
    PREDICATES,
    Incident,
    InquiryRecord,
    OrderRecord,
    evaluate,
    load_definitions,
    parse_time,
    projected_rate,
    status_of,
)

pytestmark = pytest.mark.both_engines  # the same shop on a SQLite file and on PostgreSQL

KST = ZoneInfo("Asia/Seoul")
AS_OF = datetime(2026, 6, 18, 10, 0, tzinfo=KST)  # a Thursday morning in Seoul
DEFS = load_definitions()


def at(text: str) -> datetime:
    """'06-15 23:59:59' → that time in June 2026, Seoul."""
    return datetime.fromisoformat(f"2026-{text.replace(' ', 'T')}+09:00")


def order(n: int, *, ordered: str = "06-15 09:00:00", **kw) -> OrderRecord:
    for key in ("ship_by", "shipped_at", "cancelled_at", "delivered_at", "promised_delivery"):
        if isinstance(kw.get(key), str):
            kw[key] = at(kw[key])
    if "status" not in kw:
        kw["status"] = (
            "cancelled" if kw.get("cancelled_at") else "shipped" if kw.get("shipped_at") else "new"
        )
    return OrderRecord(id=n, marketplace="m", order_number=f"O-{n}", ordered_at=at(ordered), **kw)


def metric(marketplace: str, metric_id: str):
    return DEFS.find(marketplace, metric_id)[0]


# ---- late shipment (Amazon, by ship-by) ----------------------------------------------------


def lsr_orders() -> list[OrderRecord]:
    return [
        order(1, ship_by="06-15 23:59:59", shipped_at="06-15 23:59:59"),  # on the second: on time
        order(2, ship_by="06-15 23:59:59", shipped_at="06-16 00:00:01"),  # one second after: late
        order(3, ship_by="06-16 23:59:59"),  # never shipped, past ship-by: late
        order(4, ship_by="06-17 23:59:59", cancelled_at="06-17 09:00:00", cancelled_by="seller"),
        order(5, ship_by="06-18 23:59:59"),  # due tonight: not judged yet
        order(6, ship_by="06-08 10:00:00", shipped_at="06-09 10:00:00"),  # at the window start
        order(7, ship_by="06-08 10:00:01", shipped_at="06-08 09:00:00"),  # just inside
        order(8, ship_by="06-18 10:00:00", shipped_at="06-18 09:00:00"),  # at the window end
        order(9, ship_by="05-25 23:59:59", shipped_at="05-27 12:00:00"),  # 30-day window only
    ]


def test_amazon_late_shipment_rate_10_days_by_ship_by_to_the_second():
    result = evaluate(metric("amazon", "late_shipment_rate_10d"), lsr_orders(), AS_OF)
    # In (06-08 10:00, 06-18 10:00]: 1, 2, 3, 7, 8 (4 cancelled, 5 not due, 6 at the start).
    assert sorted(result.counted_ids) == [1, 2, 3, 7, 8]
    assert (result.numerator, result.denominator) == (2, 5)
    assert result.rate == pytest.approx(0.4)
    assert result.problem_ids == (2, 3)
    assert (result.target, result.status, result.target_source) == (0.04, "bad", "published")
    assert result.window_days == 10


def test_amazon_late_shipment_rate_30_days_reaches_further_back():
    result = evaluate(metric("amazon", "late_shipment_rate_30d"), lsr_orders(), AS_OF)
    assert (result.numerator, result.denominator) == (4, 7)  # + 6 (late) and 9 (late)


def test_an_order_shipped_at_23_59_59_on_its_ship_by_day_shop_time_is_on_time():
    lsr = metric("amazon", "late_shipment_rate_10d")
    on_time = order(1, ship_by="06-15 23:59:59", shipped_at="06-15 23:59:59")
    # The same instant written in UTC.
    utc = order(
        2, ship_by="06-15 23:59:59", shipped_at=datetime.fromisoformat("2026-06-15T14:59:59+00:00")
    )
    late = order(3, ship_by="06-15 23:59:59", shipped_at="06-16 00:00:01")
    result = evaluate(lsr, [on_time, utc, late], AS_OF)
    assert result.problem_ids == (3,)
    coupang = evaluate(metric("coupang", "on_time_shipment"), [on_time, utc, late], AS_OF)
    assert (coupang.numerator, coupang.denominator, coupang.problem_ids) == (2, 3, (3,))


def test_a_bare_date_ship_by_means_the_end_of_that_day_in_the_shop_zone():
    assert parse_time("2026-06-15", KST) == at("06-15 23:59:59")
    assert parse_time("2026-06-15", KST, end_of_day=False) == at("06-15 00:00:00")
    assert parse_time("2026-06-15T12:00:00", KST) == at("06-15 12:00:00")


def test_an_empty_window_is_no_data_never_100_percent():
    for m in DEFS.all():
        result = evaluate(m, [], AS_OF)
        assert (result.rate, result.status, result.denominator) == (None, "no_data", 0), m.key
        assert result.trend == (None,) * 8


# ---- cancellations (Amazon, by order date) -------------------------------------------------


def test_amazon_cancellation_rate_counts_seller_cancellations_only():
    orders = [
        order(
            1,
            ordered="06-15 09:00:00",
            cancelled_at="06-15 10:00:00",
            cancelled_by="seller",
            cancel_reason="out_of_stock",
        ),
        order(
            2,
            ordered="06-15 09:00:00",
            cancelled_at="06-15 10:00:00",
            cancelled_by="buyer",
            cancel_reason="buyer_requested",
        ),
        order(3, ordered="06-16 09:00:00"),
        order(4, ordered="06-17 09:00:00", shipped_at="06-17 15:00:00"),
        # Ordered eight days ago: outside the 7-day window, even if cancelled inside it.
        order(5, ordered="06-10 09:00:00", cancelled_at="06-12 10:00:00", cancelled_by="seller"),
    ]
    result = evaluate(metric("amazon", "cancellation_rate"), orders, AS_OF)
    assert (result.numerator, result.denominator) == (1, 4)
    assert result.problem_ids == (1,)
    assert result.status == "bad"


def test_a_cancellation_after_the_window_end_is_not_known_to_that_window():
    cancelled_later = order(
        1, ordered="06-05 09:00:00", cancelled_at="06-12 09:00:00", cancelled_by="seller"
    )
    result = evaluate(metric("amazon", "cancellation_rate"), [cancelled_later], AS_OF)
    # Trend: the window ending 06-11 10:00 holds the order, uncancelled then.
    assert result.trend[-2] == 0.0 and result.trend[-1] is None


# ---- order defects (Amazon ODR, by order date) ---------------------------------------------


def test_order_defect_rate_counts_each_order_once_by_order_date():
    feedback = Incident("negative_feedback", at("06-16 12:00:00"))
    claim = Incident("a_to_z_claim", at("06-17 12:00:00"))
    orders = [
        order(1, ordered="05-01 09:00:00", incidents=(feedback, claim)),  # two defects: once
        order(2, ordered="05-02 09:00:00", incidents=(Incident("return", at("06-01 09:00:00")),)),
        order(3, ordered="04-10 09:00:00", incidents=(feedback,)),  # ordered 69 days ago
        order(
            4, ordered="06-10 09:00:00", incidents=(Incident("chargeback", at("06-19 09:00:00")),)
        ),
        *[order(10 + i, ordered="06-01 09:00:00") for i in range(7)],
    ]
    result = evaluate(metric("amazon", "order_defect_rate"), orders, AS_OF)
    # 10 orders in 60 days; 1 has a defect; a return is no defect; 4's chargeback is tomorrow.
    assert (result.numerator, result.denominator) == (1, 10)
    assert result.problem_ids == (1,)


# ---- tracking and delivery -----------------------------------------------------------------


def test_valid_tracking_rate_by_ship_confirmation():
    orders = [
        order(
            1, shipped_at="06-16 10:00:00", tracking_number="255278883171", courier_code="HYUNDAI"
        ),
        order(2, shipped_at="06-16 11:00:00"),  # shipped without tracking
        order(3, ordered="06-17 09:00:00"),  # not shipped: not counted
    ]
    result = evaluate(metric("amazon", "valid_tracking_rate"), orders, AS_OF)
    assert (result.numerator, result.denominator, result.problem_ids) == (1, 2, (2,))
    assert result.status == "bad"  # 50 % is not > 95 %


def test_on_time_delivery_by_promised_date():
    shipped = {"shipped_at": "06-10 10:00:00", "tracking_number": "1", "courier_code": "CJGLS"}
    orders = [
        order(
            1,
            promised_delivery=parse_time("2026-06-14", KST),
            delivered_at="06-14 20:00:00",
            **shipped,
        ),
        order(2, promised_delivery="06-14 23:59:59", delivered_at="06-15 08:00:00", **shipped),
        order(
            3, promised_delivery="06-15 23:59:59", **shipped
        ),  # promised date passed, not delivered
        order(
            4,
            promised_delivery="06-16 23:59:59",
            delivered_at="06-16 10:00:00",
            incidents=(Incident("late_delivery_report", at("06-17 10:00:00")),),
            **shipped,
        ),
        order(5, promised_delivery="06-19 23:59:59", **shipped),  # promised in the future
    ]
    result = evaluate(metric("coupang", "on_time_delivery"), orders, AS_OF)
    assert (result.numerator, result.denominator) == (1, 4)
    assert result.problem_ids == (2, 3, 4)


# ---- inquiries -----------------------------------------------------------------------------


def test_answered_within_24_hours():
    def q(n, received, answered=None):
        return InquiryRecord(n, "coupang", at(received), at(answered) if answered else None)

    inquiries = [
        q(1, "06-10 09:00:00", "06-11 09:00:00"),  # exactly 24 h: in time
        q(2, "06-10 09:00:00", "06-11 09:00:01"),  # a second late
        q(3, "06-16 09:00:00"),  # open, past 24 h: late
        q(4, "06-17 12:00:00"),  # open, 2 h left: not judged yet
        q(5, "06-17 11:00:00", "06-17 12:00:00"),
    ]
    result = evaluate(metric("coupang", "response_24h"), inquiries, AS_OF)
    assert (result.numerator, result.denominator) == (2, 4)
    assert result.problem_ids == (2, 3)
    assert result.status == "no_target"  # Coupang publishes no threshold
    with_target = evaluate(metric("coupang", "response_24h"), inquiries, AS_OF, seller_target=0.9)
    assert (with_target.target, with_target.target_source, with_target.status) == (
        0.9,
        "seller",
        "bad",
    )


# ---- eBay, Shopee, Wish --------------------------------------------------------------------


def test_ebay_defects_use_twelve_months_when_three_hold_under_400_orders():
    orders = [
        order(
            1,
            ordered="03-01 09:00:00",
            cancelled_at="03-01 10:00:00",
            cancelled_by="seller",
            cancel_reason="out_of_stock",
        ),
        order(
            2,
            ordered="06-01 09:00:00",
            cancelled_at="06-01 10:00:00",
            cancelled_by="seller",
            cancel_reason="undeliverable_address",
        ),  # an address problem is no defect
        order(3, ordered="06-02 09:00:00", incidents=(Incident("inr_case", at("06-12 09:00:00")),)),
        *[order(10 + i, ordered="02-01 09:00:00") for i in range(7)],
    ]
    result = evaluate(metric("ebay", "transaction_defect_rate"), orders, AS_OF)
    assert result.window_days == 365
    assert (result.numerator, result.denominator, result.problem_ids) == (2, 10, (1, 3))


def test_shopee_non_fulfilment_counts_seller_cancellations_and_returns():
    orders = [
        order(1, cancelled_at="06-15 10:00:00", cancelled_by="seller"),
        order(2, cancelled_at="06-15 10:00:00", cancelled_by="buyer"),
        order(
            3, shipped_at="06-16 10:00:00", incidents=(Incident("return", at("06-17 10:00:00")),)
        ),
        order(4, shipped_at="06-16 10:00:00"),
    ]
    result = evaluate(metric("shopee", "non_fulfilment_rate"), orders, AS_OF)
    assert (result.numerator, result.denominator, result.problem_ids) == (2, 4, (1, 3))


def test_wish_late_confirmed_fulfilment_uses_336_hours_for_orders_of_100_dollars():
    shipped = at("06-16 09:00:00")
    ordered = "06-08 09:00:00"  # 192 h before the confirmation
    cheap = order(1, ordered=ordered, shipped_at=shipped, value_minor=99_99, currency="USD")
    dear = order(2, ordered=ordered, shipped_at=shipped, value_minor=100_00, currency="USD")
    won = order(3, ordered=ordered, shipped_at=shipped, value_minor=500_000, currency="KRW")
    result = evaluate(metric("wish", "late_confirmed_fulfilment"), [cheap, dear, won], AS_OF)
    assert (result.numerator, result.denominator, result.problem_ids) == (2, 3, (1, 3))


# ---- status, trend, projection -------------------------------------------------------------


@pytest.mark.parametrize(
    ("rate", "target", "comparison", "expected"),
    [
        (0.0, 0.04, "less_than", "good"),
        (0.0319, 0.04, "less_than", "good"),
        (0.032, 0.04, "less_than", "at_risk"),  # 0.2 × 4 % below the limit
        (0.039, 0.04, "less_than", "at_risk"),
        (0.04, 0.04, "less_than", "bad"),  # "< 4 %": 4 % is not below
        (0.04, 0.04, "at_most", "at_risk"),
        (0.02, 0.025, "less_than", "at_risk"),  # 1 of 50 against < 2.5 %
        (0.97, 0.95, "greater_than", "good"),
        (0.96, 0.95, "greater_than", "at_risk"),  # 0.2 × (100 − 95) above the limit
        (0.95, 0.95, "greater_than", "bad"),
        (0.95, 0.95, "at_least", "at_risk"),
        (None, 0.95, "at_least", "no_data"),
        (0.5, None, "at_least", "no_target"),
    ],
)
def test_status_and_the_at_risk_band(rate, target, comparison, expected):
    assert status_of(rate, target, comparison, 0.2) == expected


def test_the_trend_is_eight_consecutive_windows_oldest_first():
    lsr = metric("amazon", "cancellation_rate")  # 7-day windows
    orders = [
        order(1, ordered="06-17 09:00:00"),  # window 0
        order(2, ordered="06-10 09:00:00", cancelled_at="06-10 10:00:00", cancelled_by="seller"),
        order(3, ordered="06-09 09:00:00"),  # window 1: (06-04 10:00, 06-11 10:00]
        order(4, ordered="04-25 09:00:00"),  # window 7: (04-23 10:00, 04-30 10:00]
    ]
    result = evaluate(lsr, orders, AS_OF)
    assert result.trend == (0.0, None, None, None, None, None, 0.5, 0.0)


def test_projection_adds_the_late_orders_to_the_window():
    orders = [order(i, ship_by="06-16 23:59:59", shipped_at="06-16 12:00:00") for i in range(3)]
    orders.append(order(9, ship_by="06-16 23:59:59", shipped_at="06-17 12:00:00"))
    coupang = evaluate(metric("coupang", "on_time_shipment"), orders, AS_OF)  # 3 of 4 on time
    assert projected_rate(coupang, 2) == pytest.approx(3 / 6)
    amazon = evaluate(metric("amazon", "late_shipment_rate_10d"), orders, AS_OF)  # 1 of 4 late
    assert projected_rate(amazon, 1) == pytest.approx(2 / 5)
    empty = evaluate(metric("amazon", "late_shipment_rate_10d"), [], AS_OF)
    assert projected_rate(empty, 0) is None and projected_rate(empty, 2) == 1.0


# ---- the definitions -----------------------------------------------------------------------


def test_the_definitions_cover_what_the_issue_lists_and_invent_no_target():
    data = json.loads(resource_path("metrics.json").read_text("utf-8"))
    wanted = {
        "coupang": {"order_fulfilment", "on_time_shipment", "on_time_delivery", "response_24h"},
        "amazon": {
            "order_defect_rate",
            "late_shipment_rate_10d",
            "late_shipment_rate_30d",
            "cancellation_rate",
            "valid_tracking_rate",
            "on_time_delivery_rate",
        },
        "ebay": {"transaction_defect_rate", "late_shipment_rate"},
        "shopee": {"non_fulfilment_rate", "late_shipment_rate"},
        "wish": {"late_confirmed_fulfilment"},
    }
    for market, ids in wanted.items():
        assert ids <= {m.id for m in DEFS.of(market)}, market
    for m in DEFS.all():
        assert set(m.names) == {"ko", "zh_CN", "en"} and m.source, m.key
        assert m.numerator in PREDICATES and m.denominator in PREDICATES
    unpublished = {m.key for m in DEFS.all() if not m.published}
    assert {
        "coupang.order_fulfilment",
        "coupang.on_time_shipment",
        "coupang.response_24h",
        "ebay.late_shipment_rate",
    } <= unpublished
    for market in data["marketplaces"].values():
        for m in market["metrics"]:
            assert (m["target"] is None) == (not m["published"])
    assert {(m.window_days, m.target) for m in DEFS.find("amazon", "late_shipment_rate")} == {
        (10, 0.04),
        (30, 0.04),
    }
    assert (
        metric("amazon", "cancellation_rate").window_days,
        metric("amazon", "cancellation_rate").target,
    ) == (7, 0.025)


def test_windows_before_now_are_not_shifted_by_a_day_boundary():
    """The window is (as_of − N days, as_of], in instants: not calendar days."""
    m = metric("amazon", "cancellation_rate")
    edge = AS_OF - timedelta(days=7)
    orders = [
        OrderRecord(1, "amazon", "A", edge),  # at the start: out
        OrderRecord(2, "amazon", "B", edge + timedelta(seconds=1)),  # in
        OrderRecord(3, "amazon", "C", AS_OF),  # at the end: in
    ]
    assert evaluate(m, orders, AS_OF).counted_ids == (2, 3)


def test_a_metric_is_found_by_its_name_as_the_reader_sees_it():
    by_id = DEFS.find("coupang", "on_time_shipment")
    assert by_id and DEFS.find("coupang", "准时出库率") == by_id
    assert DEFS.find("coupang", by_id[0].name("ko")) == by_id
    assert DEFS.find("coupang", by_id[0].name("en").upper()) == by_id
    assert DEFS.find("coupang", "no such metric") == []
