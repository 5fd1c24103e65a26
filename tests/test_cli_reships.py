"""`fulfil-desk reship` and `exchange`: a replacement of a shipped order, by the command line."""

from __future__ import annotations

import json
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from cli_helpers import cli_runner, dump, ok, refused
from desk_driver import ship_now

from fulfil_desk.core.desk import Desk
from fulfil_desk.core.exchange.demo import demo_products
from fulfil_desk.core.kernel.clock import FixedClock
from fulfil_desk.core.kernel.orders import Address, Order, OrderLine

KST = ZoneInfo("Asia/Seoul")
NOW = datetime(2026, 6, 18, 10, 0, tzinfo=KST)


@pytest.fixture
def shop(tmp_path):
    """A shop with one shipped order S-1 (two mugs, a T-shirt) and one open order O-1."""
    db = tmp_path / "shop.db"
    clock = FixedClock(NOW)
    desk = Desk.open(db, clock=clock, actor="tester")
    try:
        for product in demo_products():
            desk.products.save_product(product)
            desk.stock.receive_stock(product.sku, 10, note="opening stock")
        to = Address(name="김하늘", phone="010-1111-2222", line1="서울 마포구 396",
                     postal_code="03925", country="KR")  # fmt: skip
        orders = [
            Order("csv", number, NOW.isoformat(), to, [OrderLine(s, s, q) for s, q in lines])
            for number, lines in (
                ("S-1", [("DEMO-MUG", 2), ("DEMO-TEE-M", 1)]),
                ("O-1", [("DEMO-MUG", 1)]),
            )
        ]
        desk.exchange.add_orders(orders, source="test")
        shipped = desk.orders.find_order("S-1").saved_id
        ship_now(desk, shipped)
    finally:
        desk.close()
    return db, cli_runner(db, tmp_path)


def test_reship_all_lines_then_some_and_the_orders_list_marks_them(shop):
    db, cli = shop
    made = json.loads(ok(cli("--json", "reship", "S-1", "--reason", "lost")))
    assert (made["order_number"], made["reship_of"], made["reason"]) == ("S-1-R1", "S-1", "lost")
    assert made["lines"] == [
        {"sku": "DEMO-MUG", "quantity": 2},
        {"sku": "DEMO-TEE-M", "quantity": 1},
    ]
    said = ok(cli("reship", "S-1", "--reason", "missing_item", "--sku", "DEMO-MUG", "--qty", "1"))
    assert said.strip() == "Reshipment S-1-R2 created for S-1 (item missing): 1 unit to send."
    whole = json.loads(
        ok(cli("--json", "reship", "S-1", "--reason", "damaged", "--sku", "DEMO-MUG"))
    )
    assert whole["lines"] == [{"sku": "DEMO-MUG", "quantity": 2}]
    listed = ok(cli("orders"))
    assert "[Replacement for S-1 (lost)]" in listed
    rows = {o["order_number"]: o for o in json.loads(ok(cli("--json", "orders")))}
    assert rows["S-1-R1"]["reship_of"] == "S-1" and rows["S-1"]["reship_of"] is None


def test_exchange_sends_another_size(shop):
    _db, cli = shop
    made = json.loads(
        ok(cli("--json", "exchange", "S-1", "--sku", "DEMO-TEE-M", "--for", "DEMO-TEE-L"))
    )
    assert made["reason"] == "exchange"
    assert made["lines"] == [{"sku": "DEMO-TEE-L", "quantity": 1}]
    assert made["expected_return"] is not None
    [expected] = json.loads(ok(cli("--json", "returns", "--expected")))
    assert (expected["order"], expected["return_id"]) == ("S-1", made["expected_return"])


def test_refusals_say_one_sentence_and_change_nothing(shop):
    db, cli = shop
    before = dump(db)
    refused(cli("reship", "O-1", "--reason", "lost"), "only a shipped order can be reshipped")
    refused(cli("reship", "S-1", "--reason", "lost", "--sku", "DEMO-CAP"), "is not on order S-1")
    refused(
        cli("reship", "S-1", "--reason", "lost", "--sku", "DEMO-MUG", "--qty", "3"),
        "more than order S-1 shipped (2)",
    )
    refused(cli("exchange", "S-1", "--sku", "DEMO-MUG", "--for", "NOPE"), "no product")
    refused(cli("reship", "NOPE-9", "--reason", "lost"), "NOPE-9")
    assert dump(db) == before
    usage = cli("reship", "S-1", "--reason", "lost", "--sku", "A", "--sku", "B", "--qty", "1")
    assert usage.returncode == 2 and "one --qty for each --sku" in usage.stderr


def test_reship_speaks_korean_and_chinese(shop):
    _db, cli = shop
    ko = ok(cli("--lang", "ko", "reship", "S-1", "--reason", "lost"))
    assert ko.strip() == "S-1 주문의 재배송 S-1-R1을(를) 만들었습니다 (분실): 보낼 상품 3개."
    zh = ok(cli("--lang", "zh_CN", "reship", "S-1", "--reason", "wrong_item"))
    assert zh.strip() == "已为订单 S-1 创建补发 S-1-R2（发错货）：待发 3 件。"
    assert "재배송" in ok(cli("--lang", "ko", "reship", "--help"))
