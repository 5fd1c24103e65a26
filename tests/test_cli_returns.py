"""`fulfil-desk return` and `fulfil-desk returns` through the real entry point."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from cli_helpers import cli_runner, dump, ok, refused

from fulfil_desk.core.desk import Desk
from fulfil_desk.core.exchange.demo import demo_products
from fulfil_desk.core.kernel.clock import FixedClock
from fulfil_desk.core.kernel.orders import Address, Order, OrderLine

NOW = datetime(2026, 6, 18, 10, 0, tzinfo=ZoneInfo("Asia/Seoul"))
TRACKING = "255278883005"  # a Lotte (HYUNDAI) number: 11 digits and their value mod 7


def _ship(desk: Desk, number: str, lines: list[tuple[str, int]], tracking: str) -> int:
    address = Address("김하늘", "010-1111-2222", "서울 마포구 월드컵북로 396",
                      postal_code="03925", country="KR")  # fmt: skip
    order = Order("csv", number, NOW.isoformat(), address,
                  [OrderLine(sku, sku, n, 12000, "KRW") for sku, n in lines])  # fmt: skip
    desk.exchange.add_orders([order], source="test")
    order_id = desk.orders.find_order(number).saved_id
    barcode = {p.sku: p.barcodes[0] for p in desk.products.products()}
    desk.flow.verify(order_id)
    desk.flow.start_pick([order_id])
    list_id = desk.orders.order(order_id).pick_list_id
    for sku, n in lines:
        for _ in range(n):
            desk.flow.pick_scan(list_id, barcode[sku])
    for sku, n in lines:
        for _ in range(n):
            desk.flow.pack_scan(order_id, barcode[sku])
    desk.flow.finish_pack(order_id, box="S", weight_g=500)
    desk.flow.label_done([order_id], how="test")
    desk.flow.ship(order_id, courier="HYUNDAI", tracking=tracking)
    return order_id


@pytest.fixture
def db(tmp_path) -> Path:
    """The demo products, 10 of each; CLI-1 shipped with 2 mugs and a T-shirt; CLI-2 new."""
    path = tmp_path / "shop.db"
    desk = Desk.open(path, clock=FixedClock(NOW))
    try:
        for product in demo_products():
            desk.products.save_product(product)
            desk.stock.receive_stock(product.sku, 10)
        _ship(desk, "CLI-1", [("DEMO-MUG", 2), ("DEMO-TEE-M", 1)], TRACKING)
        address = Address("김하늘", "010-1111-2222", "서울", postal_code="03925", country="KR")
        desk.exchange.add_orders(
            [Order("csv", "CLI-2", NOW.isoformat(), address, [OrderLine("DEMO-MUG", "m", 1)])],
            source="test",
        )
    finally:
        desk.close()
    return path


def on_hand(run, sku: str) -> int:
    return json.loads(ok(run("stock", sku, "--json")))["on_hand"]


def test_a_resellable_return_by_tracking_number_is_back_on_hand(db, tmp_path):
    run = cli_runner(db, tmp_path)
    assert on_hand(run, "DEMO-MUG") == 8
    out = json.loads(
        ok(run("return", TRACKING, "--sku", "DEMO-MUG", "--condition", "resellable", "--json"))
    )
    assert out["order"] == "CLI-1" and out["status"] == "received"
    assert out["received"] == [
        {"sku": "DEMO-MUG", "quantity": 1, "condition": "resellable", "reason": "other"}
    ]
    assert "DEMO-TEE-M ×1" in out["message"]  # expected but not in the parcel
    assert on_hand(run, "DEMO-MUG") == 9


def test_several_skus_each_with_its_condition(db, tmp_path):
    run = cli_runner(db, tmp_path)
    said = ok(run("return", "CLI-1", "--sku", "DEMO-MUG", "--qty", "2",
                  "--sku", "DEMO-TEE-M", "--qty", "1",
                  "--condition", "resellable", "--condition", "damaged",
                  "--reason", "damaged_in_transit"))  # fmt: skip
    assert "2 back on hand, 1 damaged" in said
    assert on_hand(run, "DEMO-MUG") == 10
    assert on_hand(run, "DEMO-TEE-M") == 9
    listed = ok(run("returns"))
    assert "CLI-1" in listed and "damaged in transit" in listed
    [row] = json.loads(ok(run("returns", "--json")))
    assert [r["condition"] for r in row["received"]] == ["resellable", "damaged"]


@pytest.mark.parametrize(
    "args, words",
    [
        (["CLI-2", "--sku", "DEMO-MUG", "--condition", "resellable"], "never shipped"),
        (["CLI-1", "--sku", "DEMO-MUG", "--qty", "3", "--condition", "resellable"],
         "more than order CLI-1 shipped"),
        (["CLI-1", "--sku", "DEMO-CAP", "--condition", "damaged"], "is not on order CLI-1"),
        (["NOPE-9", "--sku", "DEMO-MUG", "--condition", "damaged"], "no order number or tracking"),
        (["CLI-1", "--sku", "DEMO-MUG", "--condition", "broken"], "Unknown condition 'broken'"),
        (["CLI-1", "--sku", "DEMO-MUG", "--condition", "damaged", "--reason", "x"],
         "Unknown return reason 'x'"),
    ],
)  # fmt: skip
def test_a_refused_return_is_one_sentence_and_changes_nothing(db, tmp_path, args, words):
    run = cli_runner(db, tmp_path)
    before = dump(db)
    refused(run("return", *args), words)
    assert dump(db) == before


def test_options_given_neither_once_nor_per_sku_are_a_usage_error(db, tmp_path):
    run = cli_runner(db, tmp_path)
    result = run("return", "CLI-1", "--sku", "DEMO-MUG", "--sku", "DEMO-TEE-M", "--sku", "X",
                 "--condition", "resellable", "--qty", "1", "--qty", "1")  # fmt: skip
    assert result.returncode == 2
    assert "--qty was given 2 times for 3 --sku" in result.stderr


def test_returns_lists_the_expected_ones_and_speaks_korean(db, tmp_path):
    desk = Desk.open(db, clock=FixedClock(NOW))
    try:
        order_id = desk.orders.find_order("CLI-1").saved_id
        desk.returns.expect_return(order_id=order_id, lines=[("DEMO-MUG", 1)], reason="defective")
    finally:
        desk.close()
    run = cli_runner(db, tmp_path)
    [row] = json.loads(ok(run("returns", "--expected", "--json")))
    assert row["status"] == "expected" and row["expected"][0]["sku"] == "DEMO-MUG"
    korean = ok(run("--lang", "ko", "returns"))
    assert "반품 예정" in korean and "상품 불량" in korean
    assert "반품이 없습니다" not in korean
    refused(run("--lang", "zh_CN", "return", "CLI-2", "--sku", "DEMO-MUG", "--condition",
                "damaged"), "从未发货")  # fmt: skip
