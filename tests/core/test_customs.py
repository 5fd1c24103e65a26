"""Customs for cross-border parcels: the products' HS codes and origins, the recipient's PCCC
(its form, the Verify hold, Coupang's column, the purge), the CN22 / CN23 choice and the PDF."""

from __future__ import annotations

import io
import re

import pytest
import sample_files as make
from conftest import BUSINESS_DAY, SEOUL, lotte
from pypdf import PdfReader
from wording import said

from fulfil_desk.core.customs.forms import customs_pdf
from fulfil_desk.core.customs.rules import (
    CustomsForm,
    CustomsRefused,
    choose_form,
    normalise_hs,
    normalise_pccc,
)
from fulfil_desk.core.kernel.errors import NotAllowed, UserError
from fulfil_desk.core.kernel.messages import Money
from fulfil_desk.core.kernel.orders import Address, Order, OrderLine, OrderStatus
from fulfil_desk.core.wording.render import Wording

pytestmark = pytest.mark.both_engines  # the same shop on a SQLite file and on PostgreSQL

S = OrderStatus
PCCC = "P123456789012"
GUANGZHOU = {
    "name": "广州小美贸易有限公司",
    "phone": "+86 20 8888 6666",
    "line1": "广东省广州市天河区体育西路 191 号",
    "city": "广州",
    "postal_code": "510620",
    "country": "CN",
}


@pytest.fixture
def chinese_shop(desk):
    """A seller in Guangzhou shipping to Korea by China Post; the demo mug and T-shirt have
    their customs facts."""
    desk.settings.set("shop_address", GUANGZHOU)
    desk.settings.set("shop_name", "小美家居")
    desk.settings.set("default_courier", "CHINAPOST")
    desk.customs.set_product_customs(
        "DEMO-MUG", hs_code="6912.00", origin="cn", description="Ceramic mug, 350 ml"
    )
    desk.customs.set_product_customs(
        "DEMO-TEE-M", hs_code="6109 10 00", origin="CN", description="Cotton T-shirt, size M"
    )
    return desk


def order_to_korea(number: str, lines, *, pccc: str = PCCC, price: int = 12_000) -> Order:
    return Order(
        marketplace="coupang",
        order_number=number,
        ordered_at=BUSINESS_DAY.isoformat(timespec="seconds"),
        ship_to=SEOUL,
        lines=[OrderLine(sku, f"{sku} 상품", qty, price, "KRW") for sku, qty in lines],
        pccc=pccc,
    )


def added(desk, order: Order) -> int:
    desk.exchange.add_orders([order], source="test")
    return desk.orders.find_order(order.order_number).saved_id


# ---- the forms of the codes -----------------------------------------------------------------


@pytest.mark.parametrize(
    "typed, stored",
    [("6109.10", "610910"), ("6109 10 00", "61091000"), ("6109.10.0000", "6109100000")],
)
def test_an_hs_code_is_stored_as_its_digits(typed, stored):
    assert normalise_hs(typed) == stored


@pytest.mark.parametrize("typed", ["6109", "61091000001", "6109.1A", ""])
def test_an_hs_code_of_another_form_is_refused_naming_it(typed):
    with pytest.raises(CustomsRefused) as refused:
        normalise_hs(typed)
    assert f"'{typed}' is not an HS code" in said(refused.value.reason)


@pytest.mark.parametrize("typed", ["P123456789012", "p1234-5678-9012", " P 123456789012 "])
def test_a_pccc_is_p_and_twelve_digits_as_typed(typed):
    assert normalise_pccc(typed) == PCCC


@pytest.mark.parametrize(
    "typed", ["P12345678901", "123456789012", "P1234567890123", "Q123456789012"]
)
def test_a_pccc_of_another_form_is_refused(typed):
    with pytest.raises(CustomsRefused) as refused:
        normalise_pccc(typed)
    assert "P and 12 digits" in said(refused.value.reason)


def test_product_customs_refuse_a_bad_value_and_change_nothing(chinese_shop):
    desk = chinese_shop
    with pytest.raises(UserError, match="'ZZ' is not a country of origin"):
        desk.customs.set_product_customs("DEMO-MUG", hs_code="691200", origin="ZZ", description="x")
    with pytest.raises(UserError, match="must be in English"):
        desk.customs.set_product_customs(
            "DEMO-MUG", hs_code="691200", origin="CN", description="陶瓷杯"
        )
    assert desk.customs.product_customs("DEMO-MUG").hs_code == "691200"
    assert desk.customs.product_customs("DEMO-MUG").description == "Ceramic mug, 350 ml"


def test_the_product_import_reads_the_customs_columns(desk, tmp_path):
    path = tmp_path / "products.csv"
    path.write_text(
        "sku,name,hs_code,origin_country,customs_description\n"
        "CUP-1,컵,6912.00,CN,Ceramic cup\n"
        "CUP-2,컵 2,,,\n",
        encoding="utf-8",
    )
    desk.products.import_products(path)
    assert desk.customs.product_customs("CUP-1").hs_written == "6912.00"
    assert desk.customs.product_customs("CUP-2") is None


def test_the_product_import_refuses_a_bad_cell_with_file_row_and_column(desk, tmp_path):
    path = tmp_path / "products.csv"
    path.write_text(
        "sku,name,hs_code,origin_country,customs_description\n"
        "CUP-1,컵,6912.00,CN,Ceramic cup\n"
        "CUP-2,컵 2,69,CN,Cup\n",
        encoding="utf-8",
    )
    with pytest.raises(UserError) as refused:
        desk.products.import_products(path)
    sentence = said(refused.value.message)
    assert "products.csv" in sentence and "row 3" in sentence and "hs_code" in sentence
    assert "CUP-1" not in {p.sku for p in desk.products.products()}  # nothing changed


# ---- the PCCC at Verify ---------------------------------------------------------------------


def test_a_parcel_to_korea_from_abroad_without_a_pccc_is_held_saying_so(chinese_shop):
    desk = chinese_shop
    order_id = added(desk, order_to_korea("CN-KR-1", [("DEMO-MUG", 1)], pccc=""))
    problems, changes = desk.flow.verify(order_id)
    order = desk.orders.order(order_id)
    assert order.status is S.ON_HOLD and order.hold_reason == "missing_pccc"
    assert [p.reason.value for p in problems] == ["missing_pccc"]
    assert "personal customs clearance code" in said(order.hold_note_said)
    assert "from CN to Korea" in said(order.hold_note_said)
    desk.customs.set_pccc(order_id, "p1234 5678 9012")
    assert desk.orders.order(order_id).pccc == PCCC
    desk.flow.verify(order_id)
    assert desk.orders.order(order_id).status is S.VERIFIED


def test_a_malformed_pccc_is_held_too_and_named(chinese_shop):
    desk = chinese_shop
    order_id = added(desk, order_to_korea("CN-KR-2", [("DEMO-MUG", 1)], pccc="P12345"))
    desk.flow.verify(order_id)
    order = desk.orders.order(order_id)
    assert order.hold_reason == "missing_pccc" and "'P12345'" in said(order.hold_note_said)


def test_a_korean_shop_needs_no_pccc_for_a_korean_recipient(desk, add):
    order_id = add("KR-KR-1", [("DEMO-MUG", 1)])
    desk.flow.verify(order_id)
    assert desk.orders.order(order_id).status is S.VERIFIED


def test_setting_a_bad_pccc_is_refused_and_changes_nothing(chinese_shop):
    desk = chinese_shop
    order_id = added(desk, order_to_korea("CN-KR-3", [("DEMO-MUG", 1)]))
    with pytest.raises(UserError, match="is not a personal customs clearance code"):
        desk.customs.set_pccc(order_id, "P12")
    assert desk.orders.order(order_id).pccc == PCCC


def test_coupang_pccc_column_is_read_at_import(desk, tmp_path):
    rows = [{**make.COUPANG_ROWS[0], "개인통관번호(PCCC)": "p123456789012",
             "통관용수취인전화번호": "010-2345-6789"}]  # fmt: skip
    path = tmp_path / "wing.xlsx"
    path.write_bytes(make.coupang_workbook(rows, "40", title_row=False))
    desk.exchange.import_orders(path)
    assert desk.orders.find_order("310000000101").pccc == PCCC
    rows = [{**rows[0], "개인통관번호(PCCC)": "P999999999999"}]
    path.write_bytes(make.coupang_workbook(rows, "40", title_row=False))
    desk.exchange.import_orders(path)  # a newer download's code wins
    assert desk.orders.find_order("310000000101").pccc == "P999999999999"


def test_the_purge_erases_the_pccc_and_it_stays_erased(chinese_shop, drive, clock):
    desk = chinese_shop
    order_id = added(desk, order_to_korea("CN-KR-4", [("DEMO-MUG", 1)]))
    drive(order_id, S.SHIPPED, tracking=lotte("25527888301"))
    clock.advance(days=100)
    desk.privacy.purge_personal_data(90)
    assert desk.orders.order(order_id).pccc == ""
    if desk._ctx.db.engine == "sqlite":  # no byte of the file holds it (a server has no file)
        desk._ctx.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        assert PCCC.encode() not in desk.path.read_bytes()
    desk.customs.set_pccc(order_id, PCCC)  # a purged order stays purged
    assert desk.orders.order(order_id).pccc == ""


# ---- CN22 or CN23 ---------------------------------------------------------------------------


def test_cn22_up_to_the_postal_limit_cn23_one_won_above(chinese_shop):
    desk = chinese_shop
    limits = desk.settings.get("customs_postal_limits")
    post, dhl = desk.couriers.get("CHINAPOST"), desk.couriers.get("DHL")
    assert choose_form(Money(550_000, "KRW"), post, limits) is CustomsForm.CN22
    assert choose_form(Money(550_001, "KRW"), post, limits) is CustomsForm.CN23
    assert choose_form(Money(1_000, "KRW"), dhl, limits) is CustomsForm.CN23
    assert choose_form(Money(1_000, "KRW"), desk.couriers.get("EMS"), limits) is CustomsForm.CN23
    assert choose_form(Money(40_000, "USD"), post, limits) is CustomsForm.CN22  # 400.00 USD
    assert choose_form(Money(40_001, "USD"), post, limits) is CustomsForm.CN23
    desk.settings.set("customs_postal_limits", {"KRW": 100_000})
    limits = desk.settings.get("customs_postal_limits")
    assert choose_form(Money(100_001, "KRW"), post, limits) is CustomsForm.CN23
    assert choose_form(Money(100, "USD"), post, limits) is CustomsForm.CN23  # no USD limit
    with pytest.raises(UserError, match="customs_postal_limits must map currency codes"):
        desk.settings.set("customs_postal_limits", {"XYZ": 5})


def test_the_declaration_at_the_limits_edge(chinese_shop):
    desk = chinese_shop
    edge = added(desk, order_to_korea("CN-KR-5", [("DEMO-MUG", 2)], price=275_000))
    over = added(desk, order_to_korea("CN-KR-6", [("DEMO-MUG", 1)], price=550_001))
    at_edge = desk.customs.declaration(edge)
    assert at_edge.form is CustomsForm.CN22 and at_edge.total == Money(550_000, "KRW")
    assert "within the postal limit" in said(at_edge.why_form)
    assert desk.customs.declaration(over).form is CustomsForm.CN23


def test_a_declaration_is_refused_naming_the_products_without_customs_facts(chinese_shop):
    desk = chinese_shop
    order_id = added(desk, order_to_korea("CN-KR-7", [("DEMO-MUG", 1), ("DEMO-CABLE", 1),
                                                      ("DEMO-NOTE", 2)]))  # fmt: skip
    with pytest.raises(NotAllowed) as refused:
        desk.customs.declaration(order_id)
    sentence = said(refused.value.message)
    assert "DEMO-CABLE" in sentence and "DEMO-NOTE" in sentence and "DEMO-MUG" not in sentence


def test_a_domestic_order_has_no_declaration(desk, add):
    order_id = add("KR-KR-2", [("DEMO-MUG", 1)])
    with pytest.raises(NotAllowed, match="does not cross a border"):
        desk.customs.declaration(order_id)


@pytest.mark.parametrize("lang", ["en", "ko", "zh_CN"])
def test_the_pdf_says_what_customs_read(chinese_shop, lang):
    desk = chinese_shop
    order_id = added(desk, order_to_korea("CN-KR-8", [("DEMO-MUG", 2), ("DEMO-TEE-M", 1)]))
    declaration = desk.customs.declaration(order_id)
    words = Wording(zone=desk._ctx.shop_tz, lang=lang)
    pdf = customs_pdf([declaration], fonts=desk.documents.fonts(), words=words)
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    flat = text.replace("\n", " ")
    for expected in ("CN 22", PCCC, "6912.00", "6109.10.00", "Ceramic mug, 350 ml", "CN-KR-8",
                     "김하늘", "广州小美贸易有限公司", "Customs declaration"):  # fmt: skip
        assert expected in flat, expected
    assert words.money(Money(36_000, "KRW")) in flat
    if lang == "ko":
        assert "세관신고서" in flat and "개인통관고유부호" in flat
    if lang == "zh_CN":
        assert "报关单" in flat and "个人通关码" in flat


# ---- printed with the label -----------------------------------------------------------------


def test_the_label_of_a_parcel_crossing_a_border_carries_its_form(chinese_shop, drive):
    desk = chinese_shop
    order_id = added(desk, order_to_korea("CN-KR-9", [("DEMO-MUG", 1)]))
    drive(order_id, S.PACKED)
    pages = PdfReader(io.BytesIO(desk.documents.label_pdf([order_id]))).pages
    assert len(pages) == 2
    assert "CN-KR-9" in pages[0].extract_text() and "CN 22" not in pages[0].extract_text()
    assert "CN 22" in pages[1].extract_text() and PCCC in pages[1].extract_text()


def test_a_label_batch_leaves_out_the_order_whose_products_lack_customs_facts(chinese_shop, drive):
    desk = chinese_shop
    ready = added(desk, order_to_korea("CN-KR-10", [("DEMO-MUG", 1)]))
    lacking = added(desk, order_to_korea("CN-KR-11", [("DEMO-CABLE", 1)]))
    for order_id in (ready, lacking):
        drive(order_id, S.PACKED)
    batch = desk.documents.label_batch([ready, lacking])
    assert batch.ids == [ready] and len(batch.declarations) == 1
    assert "DEMO-CABLE" in said(batch.left_out_sentence())
    with pytest.raises(NotAllowed, match="DEMO-CABLE"):
        desk.documents.label_pdf([lacking])


def test_a_domestic_label_has_no_form(desk, add, drive):
    order_id = add("KR-KR-3", [("DEMO-MUG", 1)])
    drive(order_id, S.PACKED)
    assert len(PdfReader(io.BytesIO(desk.documents.label_pdf([order_id]))).pages) == 1


def test_in_the_pseudo_language_every_word_of_the_form_is_wrapped(chinese_shop):
    desk = chinese_shop
    order_id = added(desk, order_to_korea("CN-KR-12", [("DEMO-MUG", 2), ("DEMO-TEE-M", 1)]))
    declaration = desk.customs.declaration(order_id)
    words = Wording(zone=desk._ctx.shop_tz, lang="pseudo")
    pdf = customs_pdf([declaration], fonts=desk.documents.fonts(), words=words)
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    assert "⟦Customs declaration⟧" in text and "⟦Sale of goods⟧" in text
    while (shorter := re.sub(r"⟦[^⟦⟧]*⟧", " ", text)) != text:
        text = shorter
    data = "CN KR coupang Ceramic mug ml Cotton shirt size DEMO MUG TEE"  # "CN 22": a code
    assert set(re.findall(r"[A-Za-z]{2,}", text)) - set(data.split()) == set()


def test_the_demo_shops_parcels_abroad_carry_their_form(desk, add, drive):
    desk.exchange.fill_demo(0)  # the demo products' customs facts
    ship_to = Address(name="John Smith", phone="+1 206 555 0100", line1="410 Terry Ave N",
                      city="Seattle", state="WA", postal_code="98109", country="US")  # fmt: skip
    order_id = add("US-1", [("DEMO-MUG", 1), ("DEMO-CABLE", 2)], ship_to=ship_to)
    drive(order_id, S.PACKED)
    pages = PdfReader(io.BytesIO(desk.documents.label_pdf([order_id]))).pages
    assert len(pages) == 2 and "CN 23" in pages[1].extract_text()  # CJ: an express courier
    assert "Ceramic mug, 350 ml" in pages[1].extract_text()
