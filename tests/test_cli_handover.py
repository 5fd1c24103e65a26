"""`fulfil-desk handover`: the open list, its PDF, closing it (refused, forced), a closed list
again and the lists closed, by the command line."""

from __future__ import annotations

import json
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from cli_helpers import cli_runner, dump, ok, refused
from desk_driver import ship_now
from pypdf import PdfReader

from fulfil_desk.core.desk import Desk
from fulfil_desk.core.exchange.demo import demo_products
from fulfil_desk.core.kernel.clock import FixedClock
from fulfil_desk.core.kernel.orders import Address, Order, OrderLine

KST = ZoneInfo("Asia/Seoul")
NOW = datetime(2026, 6, 18, 16, 0, tzinfo=KST)
BUSAN = Address(name="김하늘", phone="010-1111-2222", line1="해운대로 1", city="부산광역시",
                postal_code="48094", country="KR")  # fmt: skip


@pytest.fixture
def shop(tmp_path):
    """Parcels S-1 and S-2 shipped with CJ, S-3 with Lotte; S-1 scanned out."""
    db = tmp_path / "shop.db"
    desk = Desk.open(db, clock=FixedClock(NOW), actor="tester")
    try:
        for product in demo_products():
            desk.products.save_product(product)
            desk.stock.receive_stock(product.sku, 10, note="opening stock")
        orders = [
            Order("csv", n, NOW.isoformat(), BUSAN, [OrderLine("DEMO-MUG", "Mug", 1)])
            for n in ("S-1", "S-2", "S-3")
        ]
        desk.exchange.add_orders(orders, source="test")
        ids = [desk.orders.find_order(n).saved_id for n in ("S-1", "S-2", "S-3")]
        ship_now(desk, ids[0], courier="CJGLS", tracking="639000000001")
        ship_now(desk, ids[1], courier="CJGLS", tracking="639000000002")
        ship_now(desk, ids[2])
        desk.handover.scan_out(ids[0])
    finally:
        desk.close()
    return db


@pytest.fixture
def run(shop, tmp_path):
    return cli_runner(shop, tmp_path)


def test_the_open_list_in_words_and_json(run):
    said = ok(run("--lang", "en", "handover", "cjgls"))
    assert said.splitlines()[0] == "Open handover list of CJ Logistics"
    assert "639000000001" in said and "부산광역시" in said and "Not scanned" in said
    assert "Total: 2 parcels, 1.00 kg (1 scanned out)" in said
    data = json.loads(ok(run("handover", "CJGLS", "--json")))
    assert data["courier"] == "CJGLS" and data["id"] is None
    assert [p["order_number"] for p in data["parcels"]] == ["S-1", "S-2"]
    assert data["not_scanned_out"] == ["S-2"] and data["scanned_out"] == 1
    assert json.loads(ok(run("handover", "HYUNDAI", "--json")))["not_scanned_out"] == ["S-3"]


def test_the_open_list_as_a_pdf(run, tmp_path):
    out = tmp_path / "open.pdf"
    ok(run("--lang", "ko", "handover", "CJGLS", "--out", str(out)))
    text = PdfReader(out).pages[0].extract_text()
    assert "인수인계서" in text and "639000000002" in text and "S-2" in text


def test_close_is_refused_naming_the_parcels_left(run, shop):
    before = dump(shop)
    refused(run("--lang", "en", "handover", "CJGLS", "--close", "--driver", "Kim"),
            "1 parcel of the CJ Logistics list is not scanned out: S-2.")  # fmt: skip
    refused(run("handover", "NOSUCH"), "NOSUCH")
    assert dump(shop) == before
    result = run("handover", "CJGLS", "--close")
    assert result.returncode == 2 and "--driver" in result.stderr


def test_a_forced_close_then_the_list_again(run, tmp_path):
    first = tmp_path / "closed.pdf"
    data = json.loads(ok(run("--lang", "en", "handover", "CJGLS", "--close", "--driver",
                             "Park Jisung", "--force", "--out", str(first), "--json")))  # fmt: skip
    assert data["id"] == 1 and data["code"] == "HO-1" and data["driver"] == "Park Jisung"
    assert data["not_scanned_out"] == ["S-2"] and data["weight_g"] == 500
    assert "1 not handed over stay for the next list" in data["message"]
    again = tmp_path / "again.pdf"
    shown = ok(run("--lang", "en", "handover", "show", "HO-1", "--out", str(again)))
    assert shown.startswith("Handover list HO-1 of CJ Logistics, closed")
    assert again.read_bytes() == first.read_bytes()  # a reprint is the same list
    text = PdfReader(again).pages[0].extract_text()
    assert "Park Jisung" in text and "No (next list)" in text
    assert [p["order_number"] for p in json.loads(ok(run("handover", "CJGLS", "--json")))[
        "parcels"]] == ["S-2"]  # fmt: skip
    rows = json.loads(ok(run("handover", "list", "--json")))
    assert [(r["code"], r["handed"], r["parcels"], r["forced"]) for r in rows] == [
        ("HO-1", 1, 2, True)
    ]
    assert "HO-1" in ok(run("--lang", "zh_CN", "handover", "list"))
    refused(run("--lang", "en", "handover", "show", "7"), "There is no closed handover list 7.")
