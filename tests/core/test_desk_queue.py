"""Which order comes first and by when: PICK-ALL's list in bin order, the queue by deadline
(overdue, due today), and ship-by dates computed across Seollal and weekends."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from fulfil_desk.core.bench.scanner import QUEUE, Bench
from fulfil_desk.core.desk import Desk
from fulfil_desk.core.kernel.clock import FixedClock
from fulfil_desk.core.kernel.orders import Address, Order, OrderLine, OrderStatus

S = OrderStatus
KST = ZoneInfo("Asia/Seoul")


# ---- pick lists and the queue ------------------------------------------------------------


def test_pick_all_makes_one_list_over_the_verified_orders_sorted_by_bin(desk, add, barcode):
    first = add("L-1", [("DEMO-SOCKS", 1), ("DEMO-CASE", 2)])  # C-01-2, D-02-2
    second = add("L-2", [("DEMO-MUG", 1)])  # A-01-1
    third = add("L-3", [("DEMO-NOTE", 1), ("DEMO-TEE-L", 1), ("DEMO-MUG", 2)])  # B-05-1, A-02-4
    not_verified = add("L-4", [("DEMO-MUG", 1)])
    for order_id in (first, second, third):
        desk.flow.verify(order_id)
    bench = Bench(desk=desk)

    outcome = bench.scan("PICK-ALL")

    assert outcome.ok and bench.state.page == "pick"
    rows = desk.flow.pick_rows(bench.state.pick_list_id)
    assert [(r.bin_location, r.sku, r.quantity, r.picked) for r in rows] == [
        ("A-01-1", "DEMO-MUG", 3, 0),
        ("A-02-4", "DEMO-TEE-L", 1, 0),
        ("B-05-1", "DEMO-NOTE", 1, 0),
        ("C-01-2", "DEMO-SOCKS", 1, 0),
        ("D-02-2", "DEMO-CASE", 2, 0),
    ]
    assert rows[0].order_numbers == ("L-2", "L-3")
    assert rows[0].barcode == barcode["DEMO-MUG"]
    assert desk.orders.order(not_verified).status is S.NEW

    for row in rows:
        for _ in range(row.quantity):
            assert bench.scan(row.barcode).ok
    assert [desk.orders.order(i).status for i in (first, second, third)] == [S.PICKED] * 3
    assert bench.state.page == QUEUE
    assert desk.flow.open_pick_list() is None


def test_the_queue_and_the_picker_serve_the_soonest_deadline_first(desk, add, barcode):
    # 10:00 UTC is 19:00 in Seoul: later than 18:00 in Seoul, whatever the text says.
    later = add("Q-1", [("DEMO-MUG", 1)], ship_by="2026-06-19T10:00:00+00:00")
    sooner = add("Q-2", [("DEMO-MUG", 1)], ship_by="2026-06-19T18:00:00+09:00")
    assert [row["id"] for row in desk.orders.queue()] == [sooner, later]
    assert [o.id for o in desk.orders.orders()] == [sooner, later]

    desk.flow.verify(later)
    desk.flow.verify(sooner)
    list_id, _ = desk.flow.start_pick([later, sooner])
    desk.flow.pick_scan(list_id, barcode["DEMO-MUG"])
    assert desk.orders.order(sooner).status is S.PICKED
    assert desk.orders.order(later).status is S.PICKING


def test_the_queue_says_what_is_overdue_and_what_is_due_today(desk, add):
    overdue = add("D-1", [("DEMO-MUG", 1)], ship_by="2026-06-17T23:59:59+09:00")
    today = add("D-2", [("DEMO-MUG", 1)], ship_by="2026-06-18T23:59:59+09:00")
    later = add("D-3", [("DEMO-MUG", 1)], ship_by="2026-06-19T23:59:59+09:00")
    due = {row["id"]: row["due"] for row in desk.orders.queue()}
    assert due == {overdue: "overdue", today: "today", later: "later"}


# ---- deadlines ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("ordered_at", "marketplace", "ship_by"),
    [
        # Friday before Seollal, before the cut-off, one shipping day (Coupang): the
        # weekend and 16–18 Feb are not shipping days, so Thursday 19 Feb.
        (datetime(2026, 2, 13, 10, 0, tzinfo=KST), "coupang", "2026-02-19T23:59:59+09:00"),
        # The same Friday after the 14:00 cut-off counts from Thursday: Friday 20 Feb.
        (datetime(2026, 2, 13, 15, 0, tzinfo=KST), "coupang", "2026-02-20T23:59:59+09:00"),
        # Ordered on Seollal itself, two shipping days (plain CSV): Thu 19 → Fri 20 → Mon 23.
        (datetime(2026, 2, 17, 9, 0, tzinfo=KST), "csv", "2026-02-23T23:59:59+09:00"),
        # 01:00 UTC Friday is 10:00 in Seoul: the shop's time zone decides the day.
        (
            datetime(2026, 2, 13, 1, 0, tzinfo=ZoneInfo("UTC")),
            "coupang",
            "2026-02-19T23:59:59+09:00",
        ),
        # An ordinary week for comparison: Thursday 10:00, Coupang → Friday.
        (datetime(2026, 2, 5, 10, 0, tzinfo=KST), "coupang", "2026-02-06T23:59:59+09:00"),
    ],
)
def test_ship_by_skips_seollal_and_the_weekend(tmp_path, ordered_at, marketplace, ship_by):
    desk = Desk.open(tmp_path / "seollal.db", clock=FixedClock(ordered_at), actor="tester")
    try:
        order = Order(
            marketplace=marketplace,
            order_number="SEOLLAL-1",
            ordered_at=ordered_at.isoformat(),
            ship_to=Address(name="a", phone="1", line1="x", postal_code="1", country="KR"),
            lines=[OrderLine("DEMO-MUG", "mug", 1)],
        )
        desk.exchange.add_orders([order], source="test")
        assert desk.orders.find_order("SEOLLAL-1").ship_by == ship_by
    finally:
        desk.close()
