"""Labels, packing slips and pick lists: real PDFs, read back, rendered and scanned."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pypdf
import pytest
from barcode_reader import barcodes_per_page

from fulfil_desk.core.documents.barcodes import code128_svg
from fulfil_desk.core.documents.fonts import LabelFonts, wrap_text
from fulfil_desk.core.documents.labels import pick_list_pdf, shipping_labels_pdf
from fulfil_desk.core.documents.packing_slips import packing_slips_pdf
from fulfil_desk.core.kernel.errors import FontMissing
from fulfil_desk.core.kernel.messages import Message
from fulfil_desk.core.kernel.orders import Address, Order, OrderLine, PickRow, ShopInfo
from fulfil_desk.core.wording.render import Wording

BASE_14 = {
    "/Helvetica",
    "/Helvetica-Bold",
    "/Helvetica-Oblique",
    "/Helvetica-BoldOblique",
    "/Times-Roman",
    "/Times-Bold",
    "/Times-Italic",
    "/Times-BoldItalic",
    "/Courier",
    "/Courier-Bold",
    "/Courier-Oblique",
    "/Courier-BoldOblique",
    "/Symbol",
    "/ZapfDingbats",
}

SHOP = ShopInfo(
    name="모두상점 Modu Shop",
    address=Address(
        name="모두상점",
        phone="02-555-0100",
        line1="경기도 성남시 분당구 판교역로 235",
        city="성남시",
        postal_code="13494",
        country="KR",
    ),
)
WORDS = Wording(zone=lambda: ZoneInfo("Asia/Seoul"))  # the shop's words: English, Seoul time
COURIERS = {"cj": "CJ대한통운", "sf": "顺丰速运", "ups": "UPS"}


def korean_order() -> Order:
    return Order(
        marketplace="coupang",
        order_number="2100123456789",
        ordered_at="2024-05-01T09:00:00+09:00",
        ship_to=Address(
            name="홍길동",
            phone="010-1234-5678",
            line1="서울특별시 강남구 테헤란로 123",
            line2="역삼동 멀티캠퍼스 빌딩 12층",
            city="서울특별시",
            postal_code="06236",
            country="KR",
        ),
        lines=[
            OrderLine("KR-MUG-01", "머그컵 화이트 350ml", 2),
            OrderLine("KR-TEA-07", "제주 녹차 티백 25개입", 1),
        ],
        weight_g=850,
        box="M",
        courier_code="cj",
        tracking_number="609123456781",
    )


def chinese_order() -> Order:
    return Order(
        marketplace="shopee",
        order_number="240501ABCD1234",
        ordered_at="2024-05-01T10:00:00+08:00",
        ship_to=Address(
            name="张伟",
            phone="+86 138 0013 8000",
            line1="上海市浦东新区世纪大道100号",
            city="上海市",
            postal_code="200120",
            country="CN",
        ),
        lines=[OrderLine("CN-TEA-1", "西湖龙井茶 250克", 3)],
        weight_g=1250,
        courier_code="sf",
        tracking_number="SF1234567890123",
    )


def latin_order() -> Order:
    return Order(
        marketplace="amazon",
        order_number="114-3941689-8772232",
        ordered_at="2024-05-01T10:00:00-07:00",
        ship_to=Address(
            name="José Müller",
            phone="+1 206 555 0100",
            line1="1600 Amphitheatre Parkway",
            city="Mountain View",
            state="CA",
            postal_code="94043",
            country="US",
        ),
        lines=[OrderLine("US-1", "Widget", 1)],
        courier_code="ups",
        tracking_number="1Z999AA10123456784",
    )


@pytest.fixture(scope="module")
def fonts() -> LabelFonts:
    found = LabelFonts.find()
    assert found.has_cjk, "install fonts-wqy-microhei: the label tests print Korean and Chinese"
    return found


def read(pdf: bytes) -> pypdf.PdfReader:
    return pypdf.PdfReader(io.BytesIO(pdf))


def scan_pages(pdf: bytes, tmp_path: Path) -> list[set[str]]:
    """Render every page at 203 dpi, like a label printer, and read its barcodes."""
    (tmp_path / "doc.pdf").write_bytes(pdf)
    return [set(codes) for codes in barcodes_per_page(tmp_path / "doc.pdf", tmp_path)]


def font_names(page: pypdf.PageObject) -> set[str]:
    fonts = page["/Resources"]["/Font"]
    return {str(f.get_object()["/BaseFont"]) for f in fonts.values()}


def test_one_4x6_page_per_order_with_names_and_numbers(fonts):
    orders = [korean_order(), chinese_order(), latin_order()]
    pdf = shipping_labels_pdf(orders, shop=SHOP, fonts=fonts, words=WORDS, courier_names=COURIERS)
    reader = read(pdf)
    assert len(reader.pages) == 3
    for page, order in zip(reader.pages, orders, strict=True):
        assert (float(page.mediabox.width), float(page.mediabox.height)) == (288, 432)
        text = page.extract_text()
        assert order.order_number in text
        assert order.ship_to.name in text
        assert order.ship_to.postal_code in text
        assert order.tracking_number in text
    assert "홍길동" in reader.pages[0].extract_text()
    assert "서울특별시 강남구 테헤란로 123" in reader.pages[0].extract_text()
    assert "CJ대한통운" in reader.pages[0].extract_text()
    assert "张伟" in reader.pages[1].extract_text()
    assert "上海市浦东新区世纪大道100号" in reader.pages[1].extract_text()


def test_order_and_tracking_barcodes_scan_at_203_dpi(fonts, tmp_path):
    orders = [korean_order(), chinese_order(), latin_order()]
    pdf = shipping_labels_pdf(orders, shop=SHOP, fonts=fonts, words=WORDS, courier_names=COURIERS)
    scanned = scan_pages(pdf, tmp_path)
    assert scanned == [{o.order_number, o.tracking_number} for o in orders]


def test_cjk_font_is_embedded(fonts):
    pdf = shipping_labels_pdf([korean_order()], shop=SHOP, fonts=fonts, words=WORDS)
    page = read(pdf).pages[0]
    embedded = font_names(page) - BASE_14
    assert embedded
    for font in page["/Resources"]["/Font"].values():
        font = font.get_object()
        if str(font["/BaseFont"]) in embedded:
            assert "/FontFile2" in font["/FontDescriptor"]


def test_label_without_tracking_number_has_only_the_order_barcode(fonts, tmp_path):
    order = korean_order()
    order.tracking_number = None
    order.courier_code = None
    pdf = shipping_labels_pdf([order], shop=SHOP, fonts=fonts, words=WORDS)
    assert scan_pages(pdf, tmp_path) == [{order.order_number}]
    assert "No tracking number yet" in read(pdf).pages[0].extract_text()


def test_forty_line_address_stays_on_one_page(fonts, tmp_path):
    order = korean_order()
    order.ship_to.line1 = "\n".join(
        f"서울특별시 강남구 테헤란로 {n}길 아주 긴 주소" for n in range(40)
    )
    order.ship_to.line2 = "上海市浦东新区世纪大道" * 30
    order.ship_to.name = "홍길동" * 40
    pdf = shipping_labels_pdf([order], shop=SHOP, fonts=fonts, words=WORDS, courier_names=COURIERS)
    assert len(read(pdf).pages) == 1
    # Nothing spilled over the barcodes.
    assert scan_pages(pdf, tmp_path) == [{order.order_number, order.tracking_number}]


def test_font_missing_names_the_package_to_install(tmp_path):
    no_cjk = LabelFonts.find([tmp_path], default_dirs=False)
    assert no_cjk.font_for("José Müller") == "Helvetica"
    with pytest.raises(FontMissing) as error:
        no_cjk.font_for("홍길동")
    assert "fonts-wqy-microhei" in str(error.value)
    assert "'홍길동'" in str(error.value)
    with pytest.raises(FontMissing):
        shipping_labels_pdf([chinese_order()], shop=SHOP, fonts=no_cjk, words=WORDS)


def test_latin_only_labels_need_no_cjk_font(tmp_path):
    latin_shop = ShopInfo("Modu Shop", Address(line1="1 Main St", postal_code="1", country="US"))
    no_cjk = LabelFonts.find([tmp_path], default_dirs=False)
    pdf = shipping_labels_pdf([latin_order()], shop=latin_shop, fonts=no_cjk, words=WORDS)
    assert font_names(read(pdf).pages[0]) <= BASE_14


def test_fonts_are_found_in_an_extra_dir(fonts, tmp_path):
    wqy = next(f.path for f in fonts.faces if f.path.name == "wqy-microhei.ttc")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / wqy.name).symlink_to(wqy)
    found = LabelFonts.find([tmp_path], default_dirs=False)
    assert found.has_cjk
    assert found.font_for("张伟 홍길동") == found.font_for("홍길동") != "Helvetica"
    assert found.font_for("Plain", bold=True) == "Helvetica-Bold"


def test_a_korean_only_font_refuses_chinese(tmp_path):
    nanum = next(Path("/usr/share/fonts").rglob("NanumGothic.ttf"), None)
    if nanum is None:
        pytest.skip("fonts-nanum is not installed")
    (tmp_path / nanum.name).symlink_to(nanum)
    korean_only = LabelFonts.find([tmp_path], default_dirs=False)
    assert korean_only.font_for("홍길동") != "Helvetica"
    with pytest.raises(FontMissing):
        korean_only.font_for("张伟")


def test_wrap_breaks_unspaced_chinese_within_width():
    rows = wrap_text("上海市浦东新区世纪大道100号" * 5, "Helvetica", 10, 60)
    assert len(rows) > 1
    assert "".join(rows) == "上海市浦东新区世纪大道100号" * 5


def test_packing_slips(fonts, tmp_path):
    orders = [korean_order(), chinese_order()]
    pdf = packing_slips_pdf(orders, shop=SHOP, fonts=fonts, words=WORDS)
    reader = read(pdf)
    assert len(reader.pages) == 2
    for page, order in zip(reader.pages, orders, strict=True):
        assert (float(page.mediabox.width), float(page.mediabox.height)) == (288, 432)
        text = page.extract_text()
        assert order.ship_to.name in text
        for line in order.lines:
            assert line.sku in text
            assert line.title in text
    assert scan_pages(pdf, tmp_path) == [{o.order_number} for o in orders]


def test_packing_slip_with_many_lines_continues(fonts):
    order = korean_order()
    order.lines = [OrderLine(f"SKU-{n}", f"상품 {n} 머그컵 화이트", 1) for n in range(40)]
    reader = read(packing_slips_pdf([order], shop=SHOP, fonts=fonts, words=WORDS))
    assert len(reader.pages) > 1
    text = "".join(p.extract_text() for p in reader.pages)
    assert all(f"SKU-{n}" in text for n in range(40))
    assert f"Page 1 of {len(reader.pages)}" in reader.pages[0].extract_text()


def pick_rows(count: int) -> list[PickRow]:
    titles = ["머그컵 화이트 350ml", "西湖龙井茶 250克", "Stainless steel bottle 750 ml"]
    return [
        PickRow(
            bin_location=f"A-{n // 10:02d}-{n % 10:02d}",
            sku=f"SKU-{n:04d}",
            title=titles[n % 3],
            barcode=f"880{n:010d}",
            quantity=1 + n % 4,
            picked=0,
            order_numbers=tuple(f"21001234{m:05d}" for m in range(1 + n % 5)),
        )
        for n in range(count)
    ]


def test_pick_list_spans_pages_with_headers(fonts, tmp_path):
    rows = pick_rows(60)
    pdf = pick_list_pdf(
        rows,
        title=Message("document.pick_list_title", number=12),
        created_at=datetime(2024, 5, 1, 0, 30, tzinfo=UTC),
        fonts=fonts,
        words=WORDS,
    )
    reader = read(pdf)
    pages = len(reader.pages)
    assert pages > 1
    text = ""
    for number, page in enumerate(reader.pages, start=1):
        assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == (595, 842)
        page_text = page.extract_text()
        assert "BIN" in page_text and "BARCODE" in page_text and "Pick list 12" in page_text
        assert f"Page {number} of {pages}" in page_text
        text += page_text
    assert all(row.sku in text for row in rows)
    assert "Created Wed 1 May 2024 09:30" in text  # 00:30 UTC, by the shop's clock
    assert "60 SKUs, 150 units" in text
    assert "西湖龙井茶 250克" in text and "머그컵 화이트 350ml" in text
    assert rows[0].barcode in scan_pages(pdf, tmp_path)[0]


def test_empty_pick_list_is_one_page(fonts):
    pdf = pick_list_pdf(
        [],
        title=Message("document.pick_list_title", number=13),
        created_at=datetime(2024, 5, 1, tzinfo=UTC),
        fonts=fonts,
        words=WORDS,
    )
    assert len(read(pdf).pages) == 1


def test_code128_svg_has_bars_and_no_text():
    svg = code128_svg("2100123456789")
    assert b"<svg" in svg and b"<rect" in svg
    assert b"<text" not in svg


def test_the_ordered_date_is_the_shops_day_not_utcs(fonts):
    """Placed 2026-12-02 05:25 in Seoul is 2026-12-01 20:25 UTC, as Amazon writes it."""
    order = replace(korean_order(), ordered_at="2026-12-01T20:25:00+00:00")
    for pdf in (
        shipping_labels_pdf([order], shop=SHOP, fonts=fonts, words=WORDS, courier_names=COURIERS),
        packing_slips_pdf([order], shop=SHOP, fonts=fonts, words=WORDS),
    ):
        text = read(pdf).pages[0].extract_text()
        assert "Ordered Wed 2 Dec 2026" in text and "Tue 1 Dec 2026" not in text
