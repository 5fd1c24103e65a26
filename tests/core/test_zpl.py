"""The ZPL surface, read back as a printer would (tests/zpl_reader.py) and compared with the
same texts drawn in a PDF with reportlab and rendered by pdftoppm at the printer's dpi."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from barcode_reader import barcodes_in_picture
from PIL import Image, ImageChops, ImageFilter
from reportlab.pdfgen.canvas import Canvas
from zpl_reader import read_zpl

from fulfil_desk.core.documents.fonts import LabelFonts
from fulfil_desk.core.documents.service import LabelBatch
from fulfil_desk.core.kernel.orders import Address, Order, OrderLine, ShopInfo
from fulfil_desk.core.labels.surface import Align, Box
from fulfil_desk.core.labels.zpl import LEADING, ZplSurface
from fulfil_desk.core.labels.zpl_labels import zpl_labels
from fulfil_desk.core.wording.render import ENGLISH_WORDING

MM = 72 / 25.4
# A text's ^GFA against the same text in the PDF rendered by pdftoppm at the same dpi: the
# share of each one's dots that lie within one dot of the other's (the smaller share of
# the two). Measured at 203 dpi: 0.99 for Hangul and Chinese lines (the same face,
# rasterised by FreeType and by poppler; their plain overlap, intersection over union, is
# 0.68-0.73); 0.75 for a Latin line, Helvetica in the PDF and DejaVu Sans squeezed to
# Helvetica's width here (overlap 0.27).
SAME_FACE = 0.95
OTHER_FACE = 0.65

TEXTS = [
    # box, lines, size, bold, align
    (
        Box(5, 5, 90, 16),
        ["받는분 홍길동", "서울특별시 강남구 테헤란로 123"],
        12.0,
        True,
        Align.LEFT,
    ),
    (Box(5, 24, 90, 8), ["深圳市南山区科技园 发件人 张伟"], 10.0, False, Align.CENTRE),
    (Box(5, 34, 90, 8), ["Order 1234-5678"], 10.0, False, Align.RIGHT),
]


@pytest.fixture(scope="module")
def fonts() -> LabelFonts:
    found = LabelFonts.find()
    if not found.has_cjk:
        pytest.skip("no Korean and Chinese TrueType font on this machine")
    return found


def small_label(surface, tracking: str = "123456789012") -> bytes:
    surface.start_label(100, 100)
    surface.frame(Box(2, 2, 96, 96), line_mm=0.5)
    for box, lines, size, bold, align in TEXTS:
        surface.text(box, lines, size_pt=size, bold=bold, align=align)
    surface.rule(5, 45, 95, 45, line_mm=0.3)
    surface.barcode(Box(5, 50, 90, 25), tracking, human_readable=True)
    surface.barcode(Box(5, 78, 60, 15), "LZ123456789CN", human_readable=False)
    return surface.finish()


@pytest.mark.parametrize(("dpi", "dots"), [(203, (812, 1218)), (300, (1200, 1800))])
def test_each_label_is_one_xa_xz_sized_in_dots(fonts, dpi, dots):
    surface = ZplSurface(dpi=dpi, fonts=fonts)
    for _ in range(3):
        surface.start_label(101.6, 152.4)
        surface.text(Box(5, 5, 90, 10), ["보내는분"], size_pt=10, bold=False, align=Align.LEFT)
    zpl = surface.finish()

    assert zpl.count(b"^XA") == zpl.count(b"^XZ") == 3
    labels = read_zpl(zpl)
    assert [(label.width, label.length) for label in labels] == [dots] * 3
    assert surface.finish() == b""  # finished: the next document starts empty


@pytest.mark.parametrize("dpi", [203, 300])
def test_barcodes_are_native_code128_and_scan(fonts, tmp_path, dpi):
    zpl = small_label(ZplSurface(dpi=dpi, fonts=fonts))

    (label,) = read_zpl(zpl)
    assert [(b.data, b.subset) for b in label.barcodes] == [
        ("123456789012", "C"),
        ("LZ123456789CN", "B"),
    ]
    assert b"^BY" in zpl and b"^BCN," in zpl and b">;123456789012" in zpl
    page = tmp_path / "page.png"
    label.page().save(page)
    assert sorted(barcodes_in_picture(page)) == ["123456789012", "LZ123456789CN"]


def test_bars_are_whole_dots_as_wide_as_the_box_allows(fonts):
    surface = ZplSurface(dpi=203, fonts=fonts)
    surface.start_label(100, 100)
    surface.barcode(Box(0, 0, 90, 20), "123456789012", human_readable=False)
    surface.barcode(Box(0, 30, 20, 20), "123456789012", human_readable=False)
    wide, narrow = read_zpl(surface.finish())[0].barcodes
    # 12 digits in subset C: 112 modules and 10 quiet modules each side would take 5 dots
    # a module in 709 dots; the PDF's modules are at most 3 dots.
    assert (wide.module, wide.height) == (3, 160)
    assert narrow.module == 1  # 158 dots: even one-dot bars leave no quiet zones
    surface = ZplSurface(dpi=300, fonts=fonts)
    surface.start_label(100, 100)
    surface.barcode(Box(0, 0, 90, 20), "123456789012", human_readable=False)
    assert read_zpl(surface.finish())[0].barcodes[0].module == 4  # 0.34 mm, under 3/203 in


def test_a_frame_is_stroked_on_its_outline_as_in_the_pdf(fonts):
    surface = ZplSurface(dpi=203, fonts=fonts)
    surface.start_label(100, 100)
    surface.frame(Box(10, 10, 50, 20), line_mm=0.5)
    (box,) = read_zpl(surface.finish())[0].boxes
    # 0.5 mm is 4 dots: 2 outside the outline and 2 inside; 10 mm is 80 dots.
    assert (box.x, box.y, box.width, box.height, box.thickness) == (78, 78, 404, 164, 4)


def test_odd_digits_go_in_subset_b_and_zpl_characters_are_escaped(fonts, tmp_path):
    surface = ZplSurface(dpi=203, fonts=fonts)
    surface.start_label(100, 60)
    surface.barcode(Box(5, 5, 90, 20), "12345", human_readable=False)
    surface.barcode(Box(5, 30, 90, 20), "A^B~C\\D>E", human_readable=False)
    zpl = surface.finish()

    (label,) = read_zpl(zpl)
    assert [(b.data, b.subset) for b in label.barcodes] == [("12345", "B"), ("A^B~C\\D>E", "B")]
    page = tmp_path / "page.png"
    label.page().save(page)
    assert sorted(barcodes_in_picture(page)) == sorted(["12345", "A^B~C\\D>E"])


def test_what_code128_cannot_carry_is_left_off(fonts):
    surface = ZplSurface(dpi=203, fonts=fonts)
    surface.start_label(100, 60)
    surface.barcode(Box(5, 5, 90, 20), "운송장", human_readable=True)
    surface.barcode(Box(5, 5, 90, 20), "", human_readable=False)
    assert read_zpl(surface.finish())[0].barcodes == []


def test_text_graphics_are_whole_rows_of_bytes_inside_their_boxes(fonts):
    surface = ZplSurface(dpi=203, fonts=fonts)
    zpl = small_label(surface)

    (label,) = read_zpl(zpl)
    assert len(label.graphics) == 4  # three texts and the number under the first barcode
    for graphic, (box, *_rest) in zip(label.graphics, TEXTS, strict=False):
        assert graphic.total_bytes == graphic.row_bytes * graphic.image.height
        assert graphic.image.width == graphic.row_bytes * 8
        inked = graphic.image.getbbox()
        assert inked is not None
        assert surface.dots(box.x) <= graphic.x
        assert graphic.x + inked[2] <= surface.dots(box.x + box.width) + 1
        assert surface.dots(box.y) <= graphic.y


def test_a_repeated_text_is_rendered_once(fonts):
    surface = ZplSurface(dpi=203, fonts=fonts)
    for _ in range(5):
        surface.start_label(100, 100)
        surface.text(Box(5, 5, 90, 10), ["보내는분"], size_pt=9, bold=True, align=Align.LEFT)
    labels = read_zpl(surface.finish())

    assert len(surface.texts.graphics) == 1
    assert len({label.graphics[0].image.tobytes() for label in labels}) == 1


def test_blank_lines_print_nothing(fonts):
    surface = ZplSurface(dpi=203, fonts=fonts)
    surface.start_label(100, 100)
    surface.text(Box(5, 5, 90, 10), ["", "  "], size_pt=9, bold=False, align=Align.LEFT)
    assert read_zpl(surface.finish())[0].graphics == []


def test_drawing_before_a_label_is_started_is_a_bug(fonts):
    with pytest.raises(RuntimeError):
        ZplSurface(dpi=203, fonts=fonts).frame(Box(0, 0, 10, 10), line_mm=0.3)
    with pytest.raises(ValueError, match="203"):
        ZplSurface(dpi=600, fonts=fonts)


def pdf_of_the_texts(fonts: LabelFonts, path: Path) -> None:
    """The same texts as a PDF surface draws them: the face `font_for` chooses, the first
    baseline one size under the box's top, a line every 1.2 × size."""
    canvas = Canvas(str(path), pagesize=(100 * MM, 100 * MM))
    for box, lines, size, bold, align in TEXTS:
        for index, line in enumerate(lines):
            name = fonts.font_for(line, bold=bold)
            baseline = (box.y * MM) + size * (1 + LEADING * index)
            y = 100 * MM - baseline
            if align == Align.LEFT:
                canvas.setFont(name, size)
                canvas.drawString(box.x * MM, y, line)
            elif align == Align.CENTRE:
                canvas.setFont(name, size)
                canvas.drawCentredString((box.x + box.width / 2) * MM, y, line)
            else:
                canvas.setFont(name, size)
                canvas.drawRightString((box.x + box.width) * MM, y, line)
    canvas.showPage()
    canvas.save()


def dots(image: Image.Image, area: tuple[int, int, int, int]) -> Image.Image:
    """The printed dots of `area`: 255 where ink is."""
    return image.convert("L").crop(area).point(lambda v: 255 if v < 128 else 0)


def near(ours: Image.Image, theirs: Image.Image) -> float:
    """The share of `ours` dots within one dot of a dot of `theirs`."""
    grown = theirs.filter(ImageFilter.MaxFilter(3))
    return ImageChops.darker(ours, grown).histogram()[255] / max(1, ours.histogram()[255])


def test_text_graphics_show_the_same_text_as_the_pdf(fonts, tmp_path):
    surface = ZplSurface(dpi=203, fonts=fonts)
    surface.start_label(100, 100)
    for box, lines, size, bold, align in TEXTS:
        surface.text(box, lines, size_pt=size, bold=bold, align=align)
    zpl_page = read_zpl(surface.finish())[0].page()
    pdf = tmp_path / "texts.pdf"
    pdf_of_the_texts(fonts, pdf)
    subprocess.run(
        ["pdftoppm", "-r", "203", "-gray", "-png", "-singlefile", str(pdf), str(tmp_path / "p")],
        check=True,
    )
    pdf_page = Image.open(tmp_path / "p.png")

    found = []
    for box, lines, *_rest in TEXTS:
        area = (
            surface.dots(box.x) - 4,
            surface.dots(box.y) - 4,
            surface.dots(box.x + box.width) + 4,
            surface.dots(box.y + box.height) + 4,
        )
        ours, theirs = dots(zpl_page, area), dots(pdf_page, area)
        assert ours.getbbox() and theirs.getbbox(), lines
        found.append(min(near(ours, theirs), near(theirs, ours)))
        latin = all(ord(c) < 0x100 for line in lines for c in line)
        assert found[-1] >= (OTHER_FACE if latin else SAME_FACE), (lines, found)


def cj_label(surface: ZplSurface) -> bytes:
    """A CJ standard waybill's size, 123 × 100 mm: wider than a 4-inch printer's head."""
    surface.start_label(123, 100)
    surface.frame(Box(1, 1, 121, 98), line_mm=0.4)
    surface.text(Box(3, 3, 70, 12), ["받는분 홍*동", "010-1234-****"], size_pt=11, bold=True,
                 align=Align.LEFT)  # fmt: skip
    surface.text(
        Box(3, 20, 117, 6), ["深圳市南山区 张伟"], size_pt=9, bold=False, align=Align.RIGHT
    )
    surface.rule(3, 30, 120, 30, line_mm=0.3)
    surface.rule(80, 3, 80, 28, line_mm=0.3)
    surface.rule(3, 95, 40, 85, line_mm=0.3)
    surface.barcode(Box(10, 40, 100, 25), "123456789012", human_readable=True)
    return surface.finish()


def test_a_label_wider_than_the_print_head_is_turned_a_quarter_and_reads_the_same(fonts, tmp_path):
    turned = read_zpl(cj_label(ZplSurface(dpi=203, fonts=fonts)))[0]
    flat = read_zpl(cj_label(ZplSurface(dpi=203, fonts=fonts, print_width_mm=200)))[0]

    assert (turned.width, turned.length) == (799, 983)  # 100 mm across the 104 mm head
    assert (flat.width, flat.length) == (983, 799)
    assert [(b.data, b.turned) for b in turned.barcodes] == [("123456789012", True)]
    back = turned.page().transpose(Image.Transpose.ROTATE_90)  # read as the label is read
    assert back.size == flat.page().size
    ours, theirs = dots(back, (0, 0, *back.size)), dots(flat.page(), (0, 0, *back.size))
    # Dot for dot, but for the diagonal (^GD), whose steps fall one dot apart when turned.
    diagonal = (20, 670, 330, 770)
    outside = ImageChops.difference(ours, theirs)
    outside.paste(0, diagonal)
    assert outside.getbbox() is None
    ours_d, theirs_d = ours.crop(diagonal), theirs.crop(diagonal)
    assert min(near(ours_d, theirs_d), near(theirs_d, ours_d)) > 0.9  # measured: 0.95
    page = tmp_path / "turned.png"
    turned.page().save(page)
    assert barcodes_in_picture(page) == ["123456789012"]


def test_a_label_without_a_tracking_number_carries_its_waybill_number(fonts, tmp_path):
    to = Address(name="홍길동", phone="010-1234-5678", line1="서울특별시 강남구 테헤란로 152",
                 city="서울", postal_code="06236", country="KR")  # fmt: skip
    order = Order(
        marketplace="coupang",
        order_number="31000000007",
        ordered_at="2026-06-18T10:00:00+09:00",
        ship_to=to,
        lines=[OrderLine(sku="MUG-1", title="머그컵", quantity=2)],
        courier_code="CJGLS",
        waybill_number="567812345674",
    )
    batch = LabelBatch(
        orders=(order,),
        left_out=(),
        shop=ShopInfo(name="데모상점", address=Address(name="데모상점", city="Seoul")),
        fonts=fonts,
        words=ENGLISH_WORDING,
        courier_names={},
        mask=True,
    )

    (label,) = read_zpl(zpl_labels(batch, dpi=203))

    assert [b.data for b in label.barcodes] == ["31000000007", "567812345674"]
    page = tmp_path / "label.png"
    label.page().save(page)
    assert sorted(barcodes_in_picture(page)) == ["31000000007", "567812345674"]
