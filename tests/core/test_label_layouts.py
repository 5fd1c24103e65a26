"""Each built-in layout drawn for a Korean and a Chinese order: real PDFs, read back,
rendered at 203 dpi and scanned; the shop's own layouts and the choice by courier."""

from __future__ import annotations

import io
import json
from dataclasses import replace
from datetime import date
from pathlib import Path
from zoneinfo import ZoneInfo

import pypdf
import pytest
from barcode_reader import barcodes_in_picture, barcodes_per_page
from reportlab.pdfbase.pdfmetrics import stringWidth
from test_labels import COURIERS, SHOP, chinese_order, korean_order, latin_order

from fulfil_desk.core.documents.fonts import LabelFonts
from fulfil_desk.core.documents.labels import shipping_labels_pdf
from fulfil_desk.core.kernel.errors import NotFound
from fulfil_desk.core.kernel.orders import OrderStatus
from fulfil_desk.core.labels.fitting import MM, face, fit
from fulfil_desk.core.labels.layout_file import read_layout
from fulfil_desk.core.labels.service import builtin_folder
from fulfil_desk.core.wording.render import Wording

SEOUL = ZoneInfo("Asia/Seoul")
KO = Wording(zone=lambda: SEOUL, lang="ko")
ZH = Wording(zone=lambda: SEOUL, lang="zh_CN")
LAYOUTS = ("4x6", "cj-standard", "small-packet")


@pytest.fixture(scope="module")
def fonts() -> LabelFonts:
    found = LabelFonts.find()
    assert found.has_cjk, "install fonts-wqy-microhei: the label tests print Korean and Chinese"
    return found


def built_in(name: str):
    return read_layout(builtin_folder() / f"{name}.json")


def pdf_of(orders, layout_name, fonts, words=KO, **kw) -> bytes:
    layout = built_in(layout_name)
    return shipping_labels_pdf(
        orders,
        shop=SHOP,
        fonts=fonts,
        words=words,
        courier_names=COURIERS,
        layouts=[layout] * len(orders),
        printed_on=date(2026, 12, 7),
        **kw,
    )


def halves_scanned(pdf: bytes, tmp_path: Path) -> tuple[list[str], list[str]]:
    """The codes read in the top half and in the bottom half of the first page at 203 dpi
    (zbarimg reads two equal codes on one picture as one)."""
    from PIL import Image

    (tmp_path / "label.pdf").write_bytes(pdf)
    barcodes_per_page(tmp_path / "label.pdf", tmp_path)
    with Image.open(next(tmp_path.glob("label-page-*.png"))) as page:
        width, height = page.size
        halves = []
        for n, box in enumerate(((0, 0, width, height // 2), (0, height // 2, width, height))):
            page.crop(box).save(tmp_path / f"half-{n}.png")
            halves.append(barcodes_in_picture(tmp_path / f"half-{n}.png"))
    return halves[0], halves[1]


def pages(pdf: bytes) -> list[pypdf.PageObject]:
    return list(pypdf.PdfReader(io.BytesIO(pdf)).pages)


@pytest.mark.parametrize("name", LAYOUTS)
def test_each_layout_prints_a_korean_and_a_chinese_order_that_scan(name, fonts, tmp_path):
    orders = [korean_order(), chinese_order()]
    layout = built_in(name)
    pdf = pdf_of(orders, name, fonts)
    for page in pages(pdf):
        size = (float(page.mediabox.width), float(page.mediabox.height))
        assert size == pytest.approx((layout.width_mm * MM, layout.height_mm * MM))
    (tmp_path / "labels.pdf").write_bytes(pdf)
    scanned = barcodes_per_page(tmp_path / "labels.pdf", tmp_path)
    for codes, order in zip(scanned, orders, strict=True):
        assert order.tracking_number in codes
        assert set(codes) <= {order.tracking_number, order.order_number}
    texts = [page.extract_text() for page in pages(pdf)]
    assert "서울특별시 강남구 테헤란로 123" in texts[0]
    assert "上海市浦东新区世纪大道100号" in texts[1]
    assert "张伟" in texts[1] or "张*" in texts[1]


def test_cj_standard_masks_the_receiver_and_prints_the_number_twice(fonts, tmp_path):
    pdf = pdf_of([korean_order()], "cj-standard", fonts)
    text = pages(pdf)[0].extract_text()
    assert "홍*동" in text and "010-1234-****" in text
    assert "홍길동" not in text and "010-1234-5678" not in text
    assert "모두상점 Modu Shop" in text and "02-555-0100" in text  # the sender is not masked
    assert "머그컵 화이트 350ml ×2, 제주 녹차 티백 25개입 ×1" in text
    assert "03 중" in text  # box M as CJ's size code
    assert "분류코드 없음: 택배사 시스템에서 받습니다" in text
    assert halves_scanned(pdf, tmp_path) == (["609123456781"], ["609123456781"])


def test_the_delivery_message_is_the_buyers_note_from_coupang(fonts):
    order = korean_order()
    order.lines[0].source["배송메세지"] = "문 앞에 놓아 주세요"
    assert "문 앞에 놓아 주세요" in pages(pdf_of([order], "cj-standard", fonts))[0].extract_text()


def test_a_waybill_number_from_the_band_when_there_is_no_tracking_number(fonts, tmp_path):
    order = replace(korean_order(), tracking_number=None, waybill_number="609123456792")
    pdf = pdf_of([order], "cj-standard", fonts)
    assert halves_scanned(pdf, tmp_path) == (["609123456792"], ["609123456792"])


def test_no_number_at_all_says_so_where_the_barcode_goes(fonts, tmp_path):
    order = replace(chinese_order(), tracking_number=None)
    pdf = pdf_of([order], "small-packet", fonts, words=ZH)
    assert "运单号" in pages(pdf)[0].extract_text() or "无" in pages(pdf)[0].extract_text()
    (tmp_path / "n.pdf").write_bytes(pdf)
    assert barcodes_per_page(tmp_path / "n.pdf", tmp_path) == [[]]


def test_the_small_packet_label_in_chinese(fonts):
    text = pages(pdf_of([chinese_order()], "small-packet", fonts, words=ZH))[0].extract_text()
    for word in ("顺丰速运", "张伟", "电话 +86 138 0013 8000", "SF1234567890123", "CN", "1.25 kg"):
        assert word in text


def test_layouts_of_mixed_sizes_in_one_pdf(fonts):
    orders = [korean_order(), latin_order()]
    layouts = [built_in("cj-standard"), built_in("4x6")]
    pdf = shipping_labels_pdf(orders, shop=SHOP, fonts=fonts, words=KO, layouts=layouts)
    sizes = [(round(float(p.mediabox.width)), round(float(p.mediabox.height))) for p in pages(pdf)]
    assert sizes == [(349, 283), (288, 432)]


def test_fitted_lines_never_leave_their_box(fonts):
    text = "서울특별시 강남구 테헤란로 123 역삼동 멀티캠퍼스 빌딩 12층 上海市浦东新区世纪大道" * 6
    fitted = fit(text, fonts=fonts, width_mm=40, height_mm=12, size_pt=12, min_size_pt=7,
                 bold=True, max_lines=3)  # fmt: skip
    assert fitted.size_pt == 7 and len(fitted.lines) == 3
    assert fitted.lines[-1].endswith("...")
    for line in fitted.lines:
        assert stringWidth(line, face(fonts, line, True)[0], fitted.size_pt) <= 40 * MM
    short = fit("홍길동", fonts=fonts, width_mm=40, height_mm=12, size_pt=12, min_size_pt=7,
                bold=True, max_lines=None)  # fmt: skip
    assert short.lines == ["홍길동"] and short.size_pt == 12


# ---- the shop's own layouts and the choice by courier ----------------------------------------


def layout_text(name: str, **change) -> str:
    """small-packet's layout under another name, with `change`."""
    data = json.loads((builtin_folder() / "small-packet.json").read_text(encoding="utf-8"))
    data.update(name=name, **change)
    return json.dumps(data, ensure_ascii=False)


def test_the_shops_layout_wins_over_the_built_in_one(desk):
    assert [e.layout.name for e in desk.layouts.all()] == list(LAYOUTS)
    desk.layouts.add_text(layout_text("4x6", width_mm=110, title={"en": "Ours"}), name="4x6")
    desk.layouts.add_text(layout_text("ours"), name="ours")
    entries = {e.layout.name: e for e in desk.layouts.all()}
    assert list(entries) == ["4x6", "cj-standard", "ours", "small-packet"]
    assert entries["4x6"].layout.width_mm == 110 and entries["4x6"].replaces_builtin
    assert not entries["ours"].builtin and not entries["ours"].replaces_builtin
    assert entries["ours"].saved.saved_by == "tester"
    assert entries["cj-standard"].builtin


def test_a_layout_replaced_is_read_again(desk):
    desk.layouts.add_text(layout_text("ours", width_mm=100), name="ours")
    assert desk.layouts.named("ours").width_mm == 100
    desk.layouts.add_text(layout_text("ours", width_mm=101), name="ours", replace=True)
    assert desk.layouts.named("ours").width_mm == 101


def test_the_courier_chooses_the_layout(desk):
    assert desk.layouts.for_courier("CJGLS").name == "4x6"
    desk.settings.set("label_layouts", {"CJGLS": "cj-standard", "SF": "small-packet"})
    assert desk.layouts.for_courier("CJGLS").name == "cj-standard"
    assert desk.layouts.for_courier("SF").name == "small-packet"
    assert desk.layouts.for_courier("UPS").name == "4x6"
    desk.settings.set("default_label_layout", "small-packet")
    assert desk.layouts.for_courier("UPS").name == "small-packet"


def test_an_unknown_layout_is_refused_with_the_names_there_are(desk):
    with pytest.raises(NotFound) as error:
        desk.layouts.named("cj")
    from wording import said

    assert said(error.value) == (
        "There is no label layout cj; there are: 4x6, cj-standard, small-packet."
    )
    with pytest.raises(NotFound):
        desk.layouts.named("../4x6")


@pytest.mark.parametrize(
    ("key", "value"),
    [("label_layouts", ["cj-standard"]), ("label_layouts", {"CJGLS": 3}),
     ("default_label_layout", "")],
)  # fmt: skip
def test_the_settings_refuse_what_is_no_choice(desk, key, value):
    from fulfil_desk.core.kernel.errors import UserError

    with pytest.raises(UserError):
        desk.settings.set(key, value)


def page_sizes(pdf: bytes) -> list[tuple[int, int]]:
    return [(round(float(p.mediabox.width)), round(float(p.mediabox.height))) for p in pages(pdf)]


def test_the_bench_prints_with_the_couriers_layout(desk, add, drive):
    order_id = add("LAY-1", [("DEMO-MUG", 1)])
    drive(order_id, OrderStatus.PACKED)
    assert page_sizes(desk.documents.label_pdf([order_id])) == [(288, 432)]
    desk.settings.set("label_layouts", {"CJGLS": "cj-standard"})  # the default courier
    pdf = desk.documents.label_pdf([order_id])
    assert page_sizes(pdf) == [(349, 283)]
    assert "2026" in pages(pdf)[0].extract_text()  # 접수일자: the shop's day
    batch = desk.documents.label_batch([order_id], layout="small-packet")
    assert page_sizes(batch.render()) == [(283, 283)]
    with pytest.raises(NotFound):
        desk.documents.label_batch([order_id], layout="nope")
