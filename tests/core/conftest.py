"""A Desk on a real SQLite file, a fixed clock on a Korean business day, the demo products."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from bench_helpers import CJ_ORDER_A, CJ_ORDER_B
from db_dump import dump_db  # noqa: E402,F401 - tests import it from here

from fulfil_desk.core.desk import Desk
from fulfil_desk.core.exchange.demo import demo_products
from fulfil_desk.core.kernel.clock import FixedClock
from fulfil_desk.core.kernel.orders import Address, Order, OrderLine, OrderStatus
from fulfil_desk.core.kernel.resources import resource_path

KST = ZoneInfo("Asia/Seoul")
# Thursday 18 June 2026, 10:00 in Seoul: a shipping day, before the 14:00 cut-off.
BUSINESS_DAY = datetime(2026, 6, 18, 10, 0, tzinfo=KST)
OPENING_STOCK = 10

SEOUL = Address(
    name="김하늘",
    phone="010-1111-2222",
    line1="서울특별시 마포구 월드컵북로 396",
    city="서울특별시",
    postal_code="03925",
    country="KR",
)


def lotte(body11: str) -> str:
    """A Lotte (HYUNDAI) tracking number: 11 digits and their value mod 7."""
    return body11 + str(int(body11) % 7)


def make_order(
    number: str,
    lines: list[tuple[str, int]],
    *,
    marketplace: str = "csv",
    ship_to: Address = SEOUL,
    ordered_at: datetime = BUSINESS_DAY,
    ship_by: str | None = None,
) -> Order:
    return Order(
        marketplace=marketplace,
        order_number=number,
        ordered_at=ordered_at.isoformat(timespec="seconds"),
        ship_to=ship_to,
        lines=[OrderLine(sku, f"{sku} title", qty, 1000, "KRW") for sku, qty in lines],
        ship_by=ship_by,
    )


@pytest.fixture
def sample_path() -> Path:
    return resource_path("samples/orders.csv")


@pytest.fixture
def bad_sample_path() -> Path:
    return resource_path("samples/orders-bad.csv")


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(BUSINESS_DAY)


@pytest.fixture
def desk(db_target, clock, tmp_path):
    desk = Desk.open(db_target, clock=clock, actor="tester", data_folder=tmp_path)
    for p in demo_products():
        desk.products.save_product(p)
        desk.stock.receive_stock(p.sku, OPENING_STOCK, note="opening stock")
    yield desk
    desk.close()


@pytest.fixture
def barcode(desk) -> dict[str, str]:
    """SKU → the product's barcode, as the scanner reads it."""
    return {p.sku: p.barcodes[0] for p in desk.products.products()}


@pytest.fixture
def dump(db_target):
    return lambda: dump_db(db_target)


@pytest.fixture
def add(desk):
    """Add one order as if it came from a marketplace; returns its id."""

    def add(number: str, lines: list[tuple[str, int]], **kwargs) -> int:
        desk.exchange.add_orders([make_order(number, lines, **kwargs)], source="test")
        return desk.orders.find_order(number).id

    return add


@pytest.fixture
def drive(desk, barcode):
    """Take an order forward through the Desk's use cases until it has `status`."""
    S = OrderStatus

    def drive(order_id: int, status: OrderStatus, *, tracking: str | None = None) -> None:
        steps = [
            (S.VERIFIED, lambda: desk.flow.verify(order_id)),
            (S.PICKING, lambda: desk.flow.start_pick([order_id])),
            (S.PICKED, lambda: _pick_all(order_id)),
            (S.PACKING, lambda: _pack(order_id, all_units=False)),
            (S.PACKED, lambda: _pack(order_id, all_units=True)),
            (S.LABELLED, lambda: desk.flow.label_done([order_id], how="test")),
            (
                S.SHIPPED,
                lambda: desk.flow.ship(
                    order_id, courier="HYUNDAI", tracking=tracking or lotte("25527888300")
                ),
            ),
        ]
        for reached, step in steps:
            if desk.orders.order(order_id).status is status:
                return
            step()
            assert desk.orders.order(order_id).status is reached
        assert desk.orders.order(order_id).status is status

    def _pick_all(order_id):
        order = desk.orders.order(order_id)
        for line in order.lines:
            for _ in range(line.quantity - line.picked):
                desk.flow.pick_scan(order.pick_list_id, barcode[line.sku])

    def _pack(order_id, all_units):
        order = desk.orders.order(order_id)
        if order.status is S.PICKED:
            desk.flow.pack_scan(order_id, barcode[order.lines[0].sku])
        if all_units:
            order = desk.orders.order(order_id)
            for line in order.lines:
                for _ in range(line.quantity - line.packed):
                    desk.flow.pack_scan(order_id, barcode[line.sku])
            desk.flow.finish_pack(order_id, box="S", weight_g=500)

    return drive


@pytest.fixture
def two_orders(add):
    """Two Coupang orders, A of two mugs and B of one T-shirt, numbered in the shape of a CJ
    tracking number, the shop's default courier (format only)."""
    a = add(CJ_ORDER_A, [("DEMO-MUG", 2)], marketplace="coupang")
    b = add(CJ_ORDER_B, [("DEMO-TEE-M", 1)], marketplace="coupang")
    return a, b
