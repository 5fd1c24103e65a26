"""Customs in the window: the Verify page of a parcel from China to Korea says what customs
need (the PCCC, the products' customs facts) and holds it without a PCCC; Stock levels ▸
Customs… sets a product's HS code, origin and description. Pictured in ko, zh_CN and en at
1366×768 ($FULFIL_DESK_SHOTS/customs-<lang>-*.png when set), nothing cut."""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from cut_text import cut_texts
from PySide6.QtWidgets import QApplication
from tour import SIZE
from windows import make_workstation

from fulfil_desk.core.desk import Desk
from fulfil_desk.core.exchange.demo import demo_products
from fulfil_desk.core.kernel.clock import FixedClock
from fulfil_desk.core.kernel.orders import Address, Order, OrderLine
from fulfil_desk.ui.languages import UiLanguage

NOW = datetime(2026, 6, 18, 10, 0, tzinfo=ZoneInfo("Asia/Seoul"))
SHOP = {"name": "广州小美贸易有限公司", "line1": "广东省广州市天河区体育西路 191 号",
        "city": "广州", "postal_code": "510620", "country": "CN"}  # fmt: skip
TO = Address(name="김하늘", phone="010-1111-2222", line1="서울특별시 마포구 월드컵북로 396",
             postal_code="03925", country="KR")  # fmt: skip


@pytest.fixture
def station(qtbot, tmp_path, request):
    desk = Desk.open(tmp_path / "shop.db", clock=FixedClock(NOW), actor="tester")
    for product in demo_products():
        desk.products.save_product(product)
        desk.stock.receive_stock(product.sku, 10, note="opening stock")
    desk.settings.set("shop_address", SHOP)
    desk.settings.set("default_courier", "CHINAPOST")
    desk.customs.set_product_customs(
        "DEMO-MUG", hs_code="6912.00", origin="CN", description="Ceramic mug"
    )
    lines = [OrderLine("DEMO-MUG", "머그컵", 2, 12_000, "KRW"),
             OrderLine("DEMO-CABLE", "USB-C 케이블", 1, 7_900, "KRW")]  # fmt: skip
    desk.exchange.add_orders(
        [Order("coupang", "310000000901", NOW.isoformat(), TO, lines)], source="t"
    )
    language = UiLanguage(app=QApplication.instance())
    language.install(request.param)
    station = make_workstation(desk, tmp_path, language=language)
    station.window.resize(*SIZE)
    station.window.show()
    yield station
    language.install("en")
    station.window.close()
    station.window.controller.desk.close()
    station.window.deleteLater()


def picture(qtbot, widget, name: str, lang: str, tmp_path: Path) -> None:
    QApplication.processEvents()
    folder = Path(os.environ.get("FULFIL_DESK_SHOTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    assert widget.grab().save(str(folder / f"customs-{lang}-{name}.png"))
    assert list(cut_texts(widget)) == [], name


@pytest.mark.parametrize("station", ["ko", "zh_CN", "en"], indirect=True)
def test_verify_holds_without_a_pccc_and_says_what_customs_need(qtbot, station, tmp_path):
    window = station.window
    controller, lang = window.controller, window.controller.words.lang
    desk = controller.desk
    order_id = desk.orders.find_order("310000000901").saved_id
    controller.open_order(order_id)
    page = window.page
    assert page is window.pages["verify"]
    assert page.customs.isVisible() and page.pccc.isVisible()
    assert "customs" in page.problems.text().lower() or lang != "en"
    picture(qtbot, window, "verify", lang, tmp_path)
    controller.scan("")  # Enter: verify
    assert desk.orders.order(order_id).hold_reason == "missing_pccc"
    controller.open_order(order_id)
    assert window.page is page
    assert "DEMO-CABLE" in page.customs.text() and "CN" in page.customs.text()
    picture(qtbot, window, "verify-held", lang, tmp_path)
    desk.customs.set_pccc(order_id, "P123456789012")
    page.refresh()
    assert "P1234*******2" in page.customs.text()
    picture(qtbot, window, "verify-pccc", lang, tmp_path)


@pytest.mark.parametrize("station", ["ko", "zh_CN", "en"], indirect=True)
def test_the_customs_dialog_saves_and_refuses(qtbot, station, tmp_path):
    window = station.window
    lang = window.controller.words.lang
    levels = window.open_stock_levels()
    rows = levels.panel.model
    row = next(i for i in range(rows.rowCount()) if rows.row(i)["sku"] == "DEMO-CABLE")
    levels.panel.view.selectRow(row)
    dialog = levels.panel.open_customs()
    qtbot.waitExposed(dialog)
    dialog.hs_code.setText("8544.42")
    dialog.origin.setText("ZZ")
    dialog.description.setText("USB-C cable, 1 m")
    dialog.save()
    assert "ZZ" in dialog.note.text() and dialog.isVisible()
    picture(qtbot, dialog, "dialog-refused", lang, tmp_path)
    dialog.origin.setText("cn")
    dialog.save()
    assert not dialog.isVisible()
    facts = window.controller.desk.customs.product_customs("DEMO-CABLE")
    assert (facts.hs_code, facts.origin_country) == ("854442", "CN")
    levels.reject()


def packed(desk, order_id: int) -> None:
    desk.customs.set_pccc(order_id, "P123456789012")
    desk.flow.verify(order_id)
    desk.flow.start_pick([order_id])
    order = desk.orders.order(order_id)
    codes = {ln.sku: desk.products.product(ln.sku).barcodes[0] for ln in order.lines}
    for line in order.lines:
        for _ in range(line.quantity):
            desk.flow.pick_scan(order.pick_list_id, codes[line.sku])
    for line in order.lines:
        for _ in range(line.quantity):
            desk.flow.pack_scan(order_id, codes[line.sku])
    desk.flow.finish_pack(order_id, box="S", weight_g=900)


@pytest.mark.parametrize("station", ["ko", "zh_CN", "en"], indirect=True)
def test_the_label_page_says_the_form_prints_after_the_label(qtbot, station, tmp_path):
    window = station.window
    controller, lang = window.controller, window.controller.words.lang
    desk = controller.desk
    desk.customs.set_product_customs(
        "DEMO-CABLE", hs_code="8544.42", origin="CN", description="USB-C cable"
    )
    order_id = desk.orders.find_order("310000000901").saved_id
    packed(desk, order_id)
    controller.open_order(order_id)
    page = window.page
    assert page is window.pages["label"]
    page.after_verdict()  # the preview, as the window draws it after the verdict
    assert "CN22" in page.printer.text() and "550,000" in page.printer.text()
    picture(qtbot, window, "label", lang, tmp_path)
