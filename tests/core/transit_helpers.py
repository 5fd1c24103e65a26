"""Parcels shipped at a given moment, by a given courier, for the transit tests."""

from __future__ import annotations

from datetime import datetime, timedelta

from conftest import lotte, make_order

from fulfil_desk.core.kernel.clock import FixedClock
from fulfil_desk.core.kernel.orders import OrderStatus


def ship_at(desk, drive, number: str, at: datetime, *, courier="HYUNDAI", tracking=None) -> int:
    """An order `number` of one mug, shipped at `at` (its mug received first); the clock is
    left at `at`."""
    desk.clock = FixedClock(at)
    desk.stock.receive_stock("DEMO-MUG", 1)
    order = make_order(number, [("DEMO-MUG", 1)], ordered_at=at - timedelta(hours=1))
    desk.exchange.add_orders([order], source="test")
    order_id = desk.orders.find_order(number).id
    drive(order_id, OrderStatus.LABELLED)
    desk.flow.ship(order_id, courier=courier, tracking=tracking or lotte(f"{order_id:011d}"))
    return order_id
