"""`fulfil-desk products customs`, `pccc` and `customs`: customs by the command line."""

from __future__ import annotations

import io
import json
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from cli_helpers import cli_runner, dump, ok, refused
from pypdf import PdfReader

from fulfil_desk.core.desk import Desk
from fulfil_desk.core.exchange.demo import demo_products
from fulfil_desk.core.kernel.clock import FixedClock
from fulfil_desk.core.kernel.orders import Address, Order, OrderLine

NOW = datetime(2026, 6, 18, 10, 0, tzinfo=ZoneInfo("Asia/Seoul"))
SHOP = {"name": "广州小美贸易有限公司", "line1": "广东省广州市天河区体育西路 191 号",
        "city": "广州", "postal_code": "510620", "country": "CN"}  # fmt: skip


@pytest.fixture
def shop(tmp_path):
    """A seller in Guangzhou with one order to Seoul, K-1 (two mugs, 12,000 KRW each)."""
    db = tmp_path / "shop.db"
    desk = Desk.open(db, clock=FixedClock(NOW), actor="tester")
    try:
        for product in demo_products():
            desk.products.save_product(product)
        desk.settings.set("shop_address", SHOP)
        desk.settings.set("default_courier", "CHINAPOST")
        to = Address(name="김하늘", phone="010-1111-2222", line1="서울 마포구 396",
                     postal_code="03925", country="KR")  # fmt: skip
        line = OrderLine("DEMO-MUG", "머그컵", 2, 12_000, "KRW")
        desk.exchange.add_orders([Order("csv", "K-1", NOW.isoformat(), to, [line])], source="t")
    finally:
        desk.close()
    return db, cli_runner(db, tmp_path)


def test_products_customs_sets_shows_and_refuses(shop):
    db, cli = shop
    bad = ("--hs", "6912", "--origin", "CN", "--description", "Ceramic mug")
    refused(cli("products", "customs", "DEMO-MUG", *bad), "'6912' is not an HS code")
    refused(cli("products", "customs", "DEMO-MUG", "--hs", "6912.00"), "give --hs, --origin")
    assert dump(db)["product_customs"] == []
    out = ok(cli("products", "customs", "DEMO-MUG", "--hs", "6912.00", "--origin", "cn",
                 "--description", "Ceramic mug", "--json"))  # fmt: skip
    data = json.loads(out)
    assert (data["hs_code"], data["origin_country"]) == ("691200", "CN")
    ok(cli("products", "customs", "DEMO-MUG", "--hs", "6912.00.1000"))  # the others kept
    shown = ok(cli("--lang", "ko", "products", "customs", "DEMO-MUG"))
    assert "6912.00.1000" in shown and "원산지 CN" in shown and "Ceramic mug" in shown


def test_pccc_is_checked_set_and_shown(shop):
    db, cli = shop
    refused(cli("pccc", "K-1", "P12"), "'P12' is not a personal customs clearance code")
    refused(cli("--lang", "zh_CN", "pccc", "K-1", "P12"), "不是个人通关码")
    data = json.loads(ok(cli("pccc", "K-1", "p1234-5678-9012", "--json")))
    assert data["pccc"] == "P123456789012"
    assert "P123456789012" in ok(cli("pccc", "K-1"))
    ok(cli("pccc", "K-1", "--clear"))
    assert "none" in ok(cli("pccc", "K-1"))


def test_customs_refuses_naming_the_product_then_writes_the_cn22(shop, tmp_path):
    db, cli = shop
    out = tmp_path / "k1.pdf"
    refused(cli("customs", "K-1", "--out", str(out)), "personal customs clearance code")
    ok(cli("pccc", "K-1", "P123456789012"))
    refused(cli("customs", "K-1", "--out", str(out)), "give DEMO-MUG an HS code")
    assert not out.exists()
    ok(cli("products", "customs", "DEMO-MUG", "--hs", "6912.00", "--origin", "CN",
           "--description", "Ceramic mug"))  # fmt: skip
    data = json.loads(ok(cli("customs", "K-1", "--out", str(out), "--json")))
    assert data["form"] == "cn22" and data["total_minor"] == 24_000 and "within" in data["why"]
    text = PdfReader(io.BytesIO(out.read_bytes())).pages[0].extract_text()
    assert "CN 22" in text and "P123456789012" in text and "6912.00" in text
