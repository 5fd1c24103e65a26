"""The demo shop's past three weeks: what a new user sees in Deliveries, the courier table and
the reviews, with stock that adds up."""

from __future__ import annotations

from datetime import datetime

from conftest import KST

from fulfil_desk.core.desk import Desk
from fulfil_desk.core.exchange.demo import PRODUCTS
from fulfil_desk.core.exchange.demo_history import PARCELS, fill_demo_shop
from fulfil_desk.core.kernel.clock import FixedClock
from fulfil_desk.core.kernel.orders import OrderStatus

MONDAY = datetime(2026, 12, 7, 9, 30, tzinfo=KST)


def new_shop(db_path) -> Desk:
    desk = Desk.open(db_path, clock=FixedClock(MONDAY), actor="tester")
    fill_demo_shop(desk, orders=6, history=True)
    return desk


def test_the_open_orders_keep_the_first_ids_and_the_history_is_shipped(tmp_path):
    desk = new_shop(tmp_path / "shop.db")
    orders = desk.orders.orders()
    assert sorted(o.id for o in orders if o.status is OrderStatus.NEW) == [1, 2, 3, 4, 5, 6]
    shipped = [o for o in orders if o.status is OrderStatus.SHIPPED]
    assert len(shipped) == len(PARCELS)
    assert all(o.shipped_at < MONDAY.isoformat() for o in shipped)
    assert desk.clock.now() == MONDAY  # the clock is the shop's again


def test_three_parcels_are_stuck_for_more_than_two_shipping_days_oldest_first(tmp_path):
    desk = new_shop(tmp_path / "shop.db")
    stale = desk.transit.in_transit()
    assert [(p.courier_code, p.days_in_transit) for p in stale] == [
        ("HYUNDAI", 6), ("HYUNDAI", 5), ("CJGLS", 4),
    ]  # fmt: skip
    assert len(desk.transit.in_transit(stale_only=False)) == 5


def test_lotte_is_the_courier_that_delays(tmp_path):
    desk = new_shop(tmp_path / "shop.db")
    first, second = desk.courier_performance.performance(30)
    assert (first.courier_code, second.courier_code) == ("HYUNDAI", "CJGLS")
    assert first.on_time_rate < second.on_time_rate


def test_one_bad_review_waits_for_an_answer(tmp_path):
    desk = new_shop(tmp_path / "shop.db")
    (waiting,) = desk.feedback.listed(unanswered=True)
    assert waiting.negative and waiting.rating == 2
    assert len(desk.feedback.listed()) == 2


def test_stock_adds_up_and_a_second_run_adds_nothing(tmp_path):
    desk = new_shop(tmp_path / "shop.db")
    shipped = {sku: 0 for sku, *_ in PRODUCTS}
    for index in range(len(PARCELS)):
        shipped[PRODUCTS[index % len(PRODUCTS)][0]] += 1
    assert {sku: desk.stock.ledger_sum(sku) for sku in shipped} == {
        sku: 40 - units for sku, units in shipped.items()
    }
    count = len(desk.orders.orders())
    fill_demo_shop(desk, orders=6, history=True)
    assert len(desk.orders.orders()) == count
    assert len(desk.feedback.listed()) == 2
