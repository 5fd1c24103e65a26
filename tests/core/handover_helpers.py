"""What the handover tests share: orders shipped with a courier at the bench."""

from __future__ import annotations

from datetime import timedelta

from conftest import lotte

from fulfil_desk.core.kernel.clock import FixedClock
from fulfil_desk.core.kernel.orders import OrderStatus


def cj(n: int) -> str:
    """A CJ tracking number (CJ publishes no check digit: 12 digits)."""
    return f"6390{n:08d}"


def shipped(desk, add, drive, number: str, *, courier: str = "CJGLS", tracking: str = "",
            sku: str = "DEMO-MUG") -> int:  # fmt: skip
    """Order `number` received, taken through the bench and shipped with `courier`."""
    order_id = add(number, [(sku, 1)])
    drive(order_id, OrderStatus.LABELLED)
    if courier == "HYUNDAI":
        tracking = tracking or lotte(f"255278{order_id:05d}")
    desk.flow.ship(order_id, courier=courier, tracking=tracking or cj(order_id))
    return order_id


def later(desk, minutes: int = 10) -> None:
    """The desk's clock moved on."""
    desk.clock = FixedClock(desk.clock.now() + timedelta(minutes=minutes))
