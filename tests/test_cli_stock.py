"""`fulfil-desk stock …` through the real entry point, on a real database file."""

from __future__ import annotations

import csv
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
LEVEL_KEYS = {"sku", "on_hand", "reserved", "safety_stock", "shippable"}


@pytest.fixture
def db(tmp_path) -> Path:
    """The demo products, 10 of each, and one verified order holding 3 DEMO-MUG."""
    path = tmp_path / "shop.db"
    desk = Desk.open(path, clock=FixedClock(NOW))
    try:
        for product in demo_products():
            desk.products.save_product(product)
            desk.stock.receive_stock(product.sku, 10)
        address = Address("김하늘", "010-1111-2222", "서울 마포구 월드컵북로 396",
                          postal_code="03925", country="KR")  # fmt: skip
        order = Order("csv", "CLI-1", NOW.isoformat(), address,
                      [OrderLine("DEMO-MUG", "mug", 3, 12000, "KRW")])  # fmt: skip
        desk.exchange.add_orders([order], source="test")
        problems, _ = desk.flow.verify(desk.orders.find_order("CLI-1").id)
        assert problems == []
    finally:
        desk.close()
    return path


@pytest.fixture
def cli(db, tmp_path):
    return cli_runner(db, tmp_path)


def level(cli, sku: str) -> dict:
    return json.loads(ok(cli("stock", sku, "--json")))


def test_stock_json_has_every_sku_with_the_fields_scripts_rely_on(cli):
    rows = json.loads(ok(cli("stock", "--json")))
    assert len(rows) == 8 and all(set(r) >= LEVEL_KEYS for r in rows)
    mug = next(r for r in rows if r["sku"] == "DEMO-MUG")
    assert {k: mug[k] for k in LEVEL_KEYS} == {
        "sku": "DEMO-MUG", "on_hand": 10, "reserved": 3, "safety_stock": 0, "shippable": 7
    }  # fmt: skip
    assert json.loads(ok(cli("--json", "stock", "DEMO-MUG"))) == mug


def test_stock_as_text_is_a_table_with_a_header(cli):
    text = ok(cli("stock"))
    assert text.splitlines()[0].split()[:3] == ["SKU", "BIN", "ON"]
    assert "DEMO-MUG" in text and "머그컵" in text


def test_receive_count_and_adjust_move_on_hand(cli):
    assert "Received 5 × DEMO-CASE" in ok(cli("stock", "receive", "DEMO-CASE", "5"))
    assert level(cli, "DEMO-CASE")["on_hand"] == 15
    assert "(-3)" in ok(cli("stock", "count", "DEMO-CASE", "12", "--note", "shelf"))
    assert level(cli, "DEMO-CASE")["on_hand"] == 12
    out = json.loads(ok(cli("stock", "adjust", "DEMO-CASE", "-2", "--reason", "damaged", "--json")))
    assert out["on_hand"] == 10
    ok(cli("stock", "adjust", "DEMO-CASE", "--reason", "correction", "--", "-1"))
    ok(cli("stock", "adjust", "DEMO-CASE", "--", "-1", "--reason", "correction"))
    ok(cli("stock", "adjust", "DEMO-CASE", "4", "--reason", "returned"))
    assert level(cli, "DEMO-CASE")["on_hand"] == 12


def test_limits_make_a_sku_low_and_take_safety_stock_off_shippable(cli):
    out = json.loads(ok(cli("stock", "limits", "DEMO-MUG", "--safety", "2", "--reorder", "5",
                            "--json")))  # fmt: skip
    assert (out["safety_stock"], out["reorder_point"], out["shippable"], out["low"]) == (
        2, 5, 5, True
    )  # fmt: skip
    ok(cli("stock", "limits", "DEMO-NOTE", "--reorder", "3"))
    low = json.loads(ok(cli("stock", "low", "--json")))
    assert [r["sku"] for r in low] == ["DEMO-MUG"]
    assert "DEMO-MUG" in ok(cli("stock", "low"))


def test_export_shippable_writes_the_csv(cli, tmp_path):
    out = tmp_path / "shippable.csv"
    ok(cli("stock", "export-shippable", "--out", str(out)))
    with open(out, newline="", encoding="utf-8") as f:
        rows = {r["sku"]: r for r in csv.DictReader(f)}
    assert len(rows) == 8
    assert rows["DEMO-MUG"] == {"sku": "DEMO-MUG", "shippable": "7", "on_hand": "10",
                                "reserved": "3", "safety_stock": "0"}  # fmt: skip


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (("stock", "NOPE"), "No product has SKU NOPE"),
        (("stock", "receive", "DEMO-MUG", "0"), "Cannot receive 0 units"),
        (("stock", "receive", "DEMO-MUG", "-4"), "Cannot receive -4 units"),
        (("stock", "receive", "DEMO-MUG", "100001"), "Cannot receive 100001"),
        (("stock", "receive", "NOPE", "3"), "No product has SKU NOPE"),
        (("stock", "count", "DEMO-MUG", "-1"), "from 0 to 100000"),
        (("stock", "adjust", "DEMO-MUG", "-11", "--reason", "damaged"), "only 10 on hand"),
        (("stock", "adjust", "DEMO-MUG", "0", "--reason", "correction"), "changes nothing"),
        (("stock", "adjust", "DEMO-MUG", "-1", "--reason", "stolen"), "Unknown stock reason"),
        (("stock", "adjust", "DEMO-MUG", "2", "--reason", "damaged"), "only remove"),
        (("stock", "limits", "DEMO-MUG", "--safety", "-1"), "from 0 to 100000"),
    ],
)
def test_refused_stock_input_exits_1_with_a_sentence_and_changes_nothing(cli, db, args, words):
    before = dump(db)
    refused(cli(*args), words)
    assert dump(db) == before


@pytest.mark.parametrize(
    "args",
    [
        ("stock", "adjust", "DEMO-MUG", "-1"),  # no --reason
        ("stock", "limits", "DEMO-MUG"),  # neither limit
        ("stock", "export-shippable"),  # no --out
        ("stock", "count", "DEMO-MUG", "three"),
    ],
)
def test_stock_usage_errors_exit_2(cli, db, args):
    before = dump(db)
    assert cli(*args).returncode == 2
    assert dump(db) == before


def test_export_into_a_missing_folder_exits_1_and_writes_nothing(cli, tmp_path):
    refused(
        cli("stock", "export-shippable", "--out", str(tmp_path / "no" / "s.csv")), "Cannot write"
    )
    assert not (tmp_path / "no").exists()
