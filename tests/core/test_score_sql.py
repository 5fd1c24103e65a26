"""The seller scores counted in SQL (score rows kept by triggers, earlier windows kept in
memory) against the Python rules of core/scores/score_rules.py, on generated shops in a real SQLite
file; and the kept windows following every change, from this station or another."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fulfil_desk.core.desk import Desk
from fulfil_desk.core.kernel.clock import FixedClock
from fulfil_desk.core.scores.basis import order_record
from fulfil_desk.core.scores.score_windows import window_bounds
from fulfil_desk.core.scores.scores import count, tally
from fulfil_desk.core.storage.score_sql import add_score_rows
from fulfil_desk.core.storage.scores_repo import ScoresRepo

KST = ZoneInfo("Asia/Seoul")
AS_OF = datetime(2026, 6, 18, 15, 30, 0, tzinfo=KST)
MARKETS = ("amazon", "coupang", "ebay", "shopee", "wish")
INCIDENTS = ("negative_feedback", "a_to_z_claim", "return", "inr_case", "late_delivery_report")


def _time(hours: float, form: str) -> str:
    """A time `hours` from AS_OF, stored the way the shop may hold it."""
    moment = AS_OF + timedelta(hours=hours)
    if form == "utc":
        return moment.astimezone(ZoneInfo("UTC")).isoformat(timespec="seconds")
    if form == "bare":  # a date a person typed: no offset
        return moment.date().isoformat()
    return moment.isoformat(timespec="seconds")


# Half hours, so that times fall on window edges (AS_OF − k·N, midnight − k·N) too.
hours = st.integers(min_value=-2 * 24 * 140, max_value=2 * 24 * 3).map(lambda h: h / 2)
gaps = st.sampled_from([0, 24, 30, 48, 72, 168, 170])  # hours: equal gaps make equal times
forms = st.sampled_from(["kst", "kst", "kst", "utc", "bare"])
order = st.fixed_dictionaries(
    {
        "market": st.sampled_from(MARKETS),
        "ordered": hours,
        "ship_in": st.one_of(st.none(), gaps),
        "ship_form": forms,
        "status": st.sampled_from(["new", "packed", "shipped", "shipped", "cancelled"]),
        "cancel": st.one_of(st.none(), st.tuples(gaps, st.sampled_from(
            ["seller", "buyer"]), st.sampled_from(["", "undeliverable_address"]))),
        "shipped_in": st.one_of(st.none(), gaps),
        "tracked": st.booleans(),
        "promised_in": st.one_of(st.none(), gaps),
        "promised_form": forms,
        "delivered_in": st.one_of(st.none(), gaps),
        "incidents": st.lists(st.tuples(st.sampled_from(INCIDENTS), gaps),
                              max_size=2),
        "price": st.sampled_from([1500, 12000]),
    }
)  # fmt: skip


def _after(o: dict, key: str, form: str) -> str | None:
    return None if o[key] is None else _time(o["ordered"] + o[key], form)


def _insert(con: sqlite3.Connection, i: int, o: dict) -> None:
    cancelled = o["cancel"]
    con.execute(
        "INSERT INTO orders (id, marketplace, order_number, ordered_at, ship_by, status,"
        " cancelled_at, cancelled_by, cancel_reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            i, o["market"], f"N{i}", _time(o["ordered"], "kst"),
            None if o["ship_in"] is None else _time(o["ordered"] + o["ship_in"], o["ship_form"]),
            o["status"],
            None if cancelled is None else _time(o["ordered"] + cancelled[0], "kst"),
            None if cancelled is None else cancelled[1],
            None if cancelled is None else cancelled[2] or None,
        ),
    )  # fmt: skip
    add_score_rows(con, i, i)  # what OrderRepo.insert_many does for a new order
    con.execute(
        "INSERT INTO order_lines (order_id, line_key, sku, quantity, unit_price_minor, currency)"
        " VALUES (?, 'L', 'DEMO-MUG', 1, ?, 'USD')",
        (i, o["price"]),
    )
    if o["shipped_in"] is not None or o["promised_in"] is not None:
        shipped = o["shipped_in"]
        con.execute(
            "INSERT INTO shipments (order_id, courier_code, tracking_number, shipped_at,"
            " delivered_at, promised_delivery) VALUES (?, ?, ?, ?, ?, ?)",
            (
                i, "CJGLS" if o["tracked"] else None, f"T{i}" if o["tracked"] else None,
                None if shipped is None else _time(o["ordered"] + shipped, "kst"),
                _after(o, "delivered_in", "kst"), _after(o, "promised_in", o["promised_form"]),
            ),
        )  # fmt: skip
    for kind, after in o["incidents"]:
        con.execute(
            "INSERT INTO order_incidents (order_id, kind, at, entered_by) VALUES (?, ?, ?, 't')",
            (i, kind, _time(o["ordered"] + after, "kst")),
        )


def _by_rules(desk: Desk, marketplace: str) -> list:
    tz = desk.settings.shop_tz()
    rows = ScoresRepo(desk._ctx.db).orders_by_id(
        [r[0] for r in desk._ctx.db.execute("SELECT id FROM orders WHERE marketplace = ?",
                                        [marketplace]).fetchall()]
    )  # fmt: skip
    return [order_record(r, tz) for r in rows]


def _compare(desk: Desk, as_of: datetime) -> None:
    tz = desk.settings.shop_tz()
    for market in MARKETS:
        records = _by_rules(desk, market)
        for result in desk.scores.scores(market, as_of):
            metric = result.metric
            if metric.subject != "orders":
                continue
            for k, (start, end) in enumerate(window_bounds(metric, as_of, tz, 8)):
                found = count(metric, records, start, end)
                if metric.fallback_days and len(found.denominator) < metric.fallback_below:
                    found = count(metric, records, end - timedelta(metric.fallback_days), end)
                expected = tally(metric, found)
                assert result.trend[-1 - k] == expected.rate, (metric.key, k)
                if k == 0:
                    got = (result.numerator, result.denominator, set(result.problem_ids))
                    want = (expected.numerator, expected.denominator, set(expected.problem_ids))
                    assert got == want, metric.key


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow,
          HealthCheck.function_scoped_fixture])  # fmt: skip
@given(
    shop=st.lists(order, min_size=1, max_size=40),
    back=st.sampled_from([0, 15.5, 24, 39.5, 24 * 7, 24 * 30]),
)
def test_sql_counts_equal_the_rules_on_generated_shops(tmp_path_factory, shop, back):
    path = tmp_path_factory.mktemp("scores") / "shop.db"
    desk = Desk.open(path, clock=FixedClock(AS_OF))
    try:
        with desk._ctx.db.conn:
            for i, o in enumerate(shop, start=1):
                _insert(desk._ctx.db.conn, i, o)
        _compare(desk, AS_OF)
        _compare(desk, AS_OF - timedelta(hours=back))  # a past as-of: later facts cut away
    finally:
        desk.close()


OPEN = {"market": "amazon", "ordered": -50.0, "ship_in": 20, "ship_form": "kst",
        "status": "new", "cancel": None, "shipped_in": None, "tracked": False,
        "promised_in": None, "promised_form": "kst", "delivered_in": None, "incidents": [],
        "price": 1500}  # fmt: skip


def _trend(desk: Desk, metric_id: str, market: str = "amazon") -> tuple:
    return next(r.trend for r in desk.scores.scores(market) if r.metric.id == metric_id)


def _shop(path) -> Desk:
    """Amazon orders every day of the last 20 weeks, all shipped on time."""
    desk = Desk.open(path, clock=FixedClock(AS_OF))
    with desk._ctx.db.conn:
        for day in range(140):
            shipped = {"ordered": -24.0 * day - 5, "status": "shipped", "shipped_in": 2}
            _insert(desk._ctx.db.conn, day + 1, {**OPEN, **shipped, "tracked": True})
    return desk


def test_kept_windows_follow_a_back_dated_change_from_another_station(tmp_path):
    path = tmp_path / "shop.db"
    here, there = _shop(path), Desk.open(path, clock=FixedClock(AS_OF), station="bench-2")
    before = _trend(here, "cancellation_rate")
    assert before[:-1] == (0.0,) * 7
    # Order 30 was placed about 29 days ago: in the 7-day cancellation trend's 4th window.
    there._ctx.db.execute(
        "UPDATE orders SET status = 'cancelled', cancelled_by = 'seller',"
        " cancelled_at = ordered_at WHERE id = 30"
    )
    there._ctx.db.conn.commit()
    after = _trend(here, "cancellation_rate")
    assert after != before
    assert sum(1 for rate in after if rate) == 1
    here.close()
    there.close()


def test_a_bench_step_does_not_drop_the_kept_windows(tmp_path):
    desk = _shop(tmp_path / "shop.db")
    with desk._ctx.db.conn:
        _insert(desk._ctx.db.conn, 500, {**OPEN, "market": "amazon", "ordered": -3.0})
    _trend(desk, "late_shipment_rate_30d")
    seen = desk._ctx.db.execute("SELECT MAX(seq) FROM score_changes").fetchone()[0]
    desk._ctx.db.execute("UPDATE orders SET status = 'packed' WHERE id = 500")  # open → open
    desk._ctx.db.execute("UPDATE shipments SET label_printed_at = '2026-06-18T10:00:00+09:00'")
    desk._ctx.db.conn.commit()
    assert desk._ctx.db.execute("SELECT MAX(seq) FROM score_changes").fetchone()[0] == seen
    desk.close()


def test_an_order_with_a_bare_date_is_counted_by_the_rules(tmp_path):
    desk = Desk.open(tmp_path / "shop.db", clock=FixedClock(AS_OF))
    with desk._ctx.db.conn:
        _insert(desk._ctx.db.conn, 1, {**OPEN, "ordered": -50.0, "ship_form": "bare"})
    # Ship by 2026-06-17 (bare): the end of that day in Seoul, not UTC midnight, so late now.
    assert desk._ctx.db.execute("SELECT local FROM score_orders").fetchone()[0] == 1
    late = next(r for r in desk.scores.scores("amazon") if r.metric.id == "late_shipment_rate_10d")
    assert (late.numerator, late.denominator, late.problem_ids) == (1, 1, (1,))
    desk.close()


def test_orders_written_by_other_means_get_their_score_rows_at_the_next_open(tmp_path):
    path = tmp_path / "shop.db"
    Desk.open(path, clock=FixedClock(AS_OF)).close()
    other = sqlite3.connect(path)  # another tool, not the Desk
    with other:
        other.execute(
            "INSERT INTO orders (id, marketplace, order_number, ordered_at, ship_by, status,"
            " cancelled_at, cancelled_by) VALUES (7, 'amazon', 'N7', ?, ?, 'cancelled', ?,"
            " 'seller')",
            [_time(-30, "kst"), _time(-6, "kst"), _time(-29, "kst")],
        )
    other.close()
    desk = Desk.open(path, clock=FixedClock(AS_OF))
    cancel = next(r for r in desk.scores.scores("amazon") if r.metric.id == "cancellation_rate")
    assert (cancel.numerator, cancel.denominator, cancel.problem_ids) == (1, 1, (7,))
    desk.close()
