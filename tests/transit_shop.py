"""A shop whose parcels left on given days, for the CLI and window tests of deliveries."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from fulfil_desk.core.desk import Desk
from fulfil_desk.core.exchange.demo import demo_products
from fulfil_desk.core.kernel.clock import FixedClock
from fulfil_desk.core.kernel.orders import Address, Order, OrderLine, OrderStatus

SEOUL = Address("김하늘", "010-1111-2222", "서울특별시 마포구 월드컵북로 396", city="서울",
                postal_code="03925", country="KR")  # fmt: skip


def lotte(body11: str) -> str:
    """A Lotte (HYUNDAI) tracking number: 11 digits and their value mod 7."""
    return body11 + str(int(body11) % 7)


def stocked_desk(path: Path, at: datetime) -> Desk:
    desk = Desk.open(path, clock=FixedClock(at), actor="tester")
    for p in demo_products():
        desk.products.save_product(p)
        desk.stock.receive_stock(p.sku, 20)
    return desk


def coupang_order(number: str, at: datetime) -> Order:
    ordered = (at - timedelta(hours=1)).isoformat(timespec="seconds")
    line = OrderLine("DEMO-MUG", "Mug", 1, 1000, "KRW")
    return Order(marketplace="coupang", order_number=number, ordered_at=ordered, ship_to=SEOUL,
                 lines=[line])  # fmt: skip


def ship(desk: Desk, number: str, when: datetime, courier: str, tracking: str) -> int:
    """A Coupang order of one mug through the bench's use cases, shipped at `when`."""
    desk.clock = FixedClock(when)
    desk.exchange.add_orders([coupang_order(number, when)], source="test")
    order_id = desk.orders.find_order(number).id
    codes = {p.sku: p.barcodes[0] for p in desk.products.products()}
    desk.flow.verify(order_id)
    list_id, _ = desk.flow.start_pick([order_id])
    desk.flow.pick_scan(list_id, codes["DEMO-MUG"])
    desk.flow.pack_scan(order_id, codes["DEMO-MUG"])
    desk.flow.finish_pack(order_id, box="S", weight_g=500)
    desk.flow.label_done([order_id], how="test")
    desk.flow.ship(order_id, courier=courier, tracking=tracking)
    assert desk.orders.order(order_id).status is OrderStatus.SHIPPED
    return order_id
