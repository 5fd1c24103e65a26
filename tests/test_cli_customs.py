"""`fulfil-desk products customs`, `pccc` and `customs`: customs by the command line."""

from __future__ import annotations

import io
import json
import subprocess
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from cli_helpers import cli_runner, dump, ok, refused
from PIL import Image, ImageFilter
from pypdf import PdfReader
from zpl_reader import read_zpl

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


def ink(image: Image.Image) -> Image.Image:
    return image.convert("L").point(lambda v: 255 if v < 128 else 0)


def test_a_zpl_label_of_a_parcel_abroad_carries_its_customs_form_as_pages_of_dots(shop, tmp_path):
    """A thermal printer takes only ZPL: the form the PDF carries after the label comes as
    pages of dots, the form as poppler renders it at 203 dpi."""
    db, cli = shop
    ok(cli("pccc", "K-1", "P123456789012"))
    ok(cli("products", "customs", "DEMO-MUG", "--hs", "6912.00", "--origin", "CN",
           "--description", "Ceramic mug"))  # fmt: skip
    desk = Desk.open(db, clock=FixedClock(NOW), actor="tester")
    try:
        desk.stock.receive_stock("DEMO-MUG", 5)
        order_id = desk.orders.find_order("K-1").saved_id
        mug = next(p.barcodes[0] for p in desk.products.products() if p.sku == "DEMO-MUG")
        desk.flow.verify(order_id)
        pick_list, _ = desk.flow.start_pick([order_id])
        for _ in range(2):
            desk.flow.pick_scan(pick_list, mug)
        for _ in range(2):
            desk.flow.pack_scan(order_id, mug)
        desk.flow.finish_pack(order_id, box="S", weight_g=900)
    finally:
        desk.close()
    form, zpl = tmp_path / "k1.pdf", tmp_path / "k1.zpl"
    ok(cli("customs", "K-1", "--out", str(form)))
    ok(cli("label", "K-1", "--format", "zpl", "--out", str(zpl)))

    label, *pages = read_zpl(zpl.read_bytes())
    assert len(pages) == len(PdfReader(io.BytesIO(form.read_bytes())).pages) >= 1
    subprocess.run(["pdftoppm", "-r", "203", "-gray", "-png", str(form), str(tmp_path / "p")],
                   check=True)  # fmt: skip
    rendered = sorted(tmp_path.glob("p-*.png"))
    for page, png in zip(pages, rendered, strict=True):
        printed, poppler = ink(page.page()), ink(Image.open(png))
        assert abs(printed.width - poppler.width) <= 1 and abs(printed.height - poppler.height) <= 1
        near = poppler.filter(ImageFilter.MaxFilter(3))  # within one dot
        dots = list(_ink_dots(printed))
        assert len(dots) > 2000, "the form's page is printed, not blank"
        inside = [(x, y) for x, y in dots if x < near.width and y < near.height]
        share = sum(1 for dot in inside if near.getpixel(dot)) / len(dots)
        assert share > 0.95  # measured: 0.999


def _ink_dots(image: Image.Image):
    width = image.width
    for index, value in enumerate(image.tobytes()):
        if value:
            yield index % width, index // width
