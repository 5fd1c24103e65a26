"""The command sheet: every code the bench takes as a barcode that a 203 dpi printer prints
and zbarimg reads back, with the shop's own boxes, couriers and badges."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from barcode_reader import barcodes_per_page
from pypdf import PdfReader
from sheet_codes import COMMAND_CODES, SHOP_CODES, make_shop

from fulfil_desk.core.bench import commands as bench_commands
from fulfil_desk.core.bench.commands import COMMANDS, SheetEntry, parse, sheet_entries
from fulfil_desk.core.bench.scanner import Bench
from fulfil_desk.core.documents.barcodes import DOT_203
from fulfil_desk.core.documents.command_sheet import (
    COLUMNS,
    MARGIN,
    PAGE_W,
    barcode_width,
    layout,
    sheet_pdf,
    span_width,
)
from fulfil_desk.core.documents.fonts import LabelFonts
from fulfil_desk.core.kernel.errors import FontMissing, NotFound
from fulfil_desk.core.kernel.orders import OrderStatus

S = OrderStatus


@pytest.fixture
def shop(desk):
    make_shop(desk)
    return desk


def decoded(pdf: bytes, tmp_path: Path) -> list[list[str]]:
    path = tmp_path / "sheet.pdf"
    path.write_bytes(pdf)
    return barcodes_per_page(path, tmp_path)


def test_every_code_of_the_shops_sheet_decodes_at_203_dpi(shop, tmp_path):
    pdf = shop.documents.command_sheet_pdf(couriers=["yunexpress"])

    pages = decoded(pdf, tmp_path)
    read = [code for page in pages for code in page]
    expected = [*COMMAND_CODES, *SHOP_CODES, "COURIER:YUNEXPRESS"]
    assert sorted(read) == sorted(expected)  # each once, none misread
    assert len(pages) == 5 and all(pages)  # HOLD:MISSING_PCCC pushed the badges over
    texts = [page.extract_text() for page in PdfReader(tmp_path / "sheet.pdf").pages]
    for number, text in enumerate(texts, 1):
        assert (
            "서울 데모상점 Demo Shop" in text and "Thu 18 Jun 2026" in text
        )  # the day as the reader writes it
        assert f"Page {number} of 5" in text
    assert "김민준" in texts[-1] and "王芳" in texts[-1]
    assert "특대 상자 60×40×40 cm 特大" in "".join(texts)


def test_every_bar_is_at_least_three_printer_dots_and_every_code_fits(shop):
    entries = shop.documents.command_sheet_entries(couriers=["YUNEXPRESS"])
    cells = [p.cell for page in layout(entries, shop.documents.fonts()) for p in page if p.cell]

    assert [c.entry.code for c in cells] == [e.code for e in entries]
    assert {c.module for c in cells} == {3 * DOT_203}  # 0.375 mm, on the dot grid
    assert round(3 * DOT_203 / 72 * 25.4, 3) == 0.375
    for cell in cells:
        assert barcode_width(cell.entry.code, cell.module) <= cell.width
    longest = next(c for c in cells if c.entry.code == "CANCEL:UNDELIVERABLE_ADDRESS")
    assert longest.span == 3 and span_width(COLUMNS) == pytest.approx(PAGE_W - 2 * MARGIN)


def test_the_sheets_codes_work_at_the_bench(shop, add, drive, barcode):
    """BOX-XL picks the preset `xl`, COURIER:YUNEXPRESS the courier, a badge its packer."""
    order_id = add("K-9", [("DEMO-MUG", 1)])
    drive(order_id, S.PICKED)
    bench = Bench(desk=shop)
    assert bench.scan("K-9").ok and bench.state.page == "pack"
    assert bench.scan(barcode["DEMO-MUG"]).ok
    assert bench.scan("BOX-XL").ok and bench.state.box == "xl"
    assert bench.scan("").ok and shop.orders.order(order_id).box == "xl"
    assert bench.scan("BADGE-0002").ok and shop.packers.current_packer() == "王芳"


def test_every_bench_command_has_a_code_on_the_sheet():
    entries = sheet_entries(boxes=[("S", "Small")], couriers=[("CJGLS", "CJ")], badges=[])
    named = {parse(e.code).name for e in entries if parse(e.code) is not None}
    # a packer's badge does that; a driver's name is the driver's (typed or DRIVER:<name>)
    assert {c.name for c in COMMANDS} - named == {"PACKER", "DRIVER"}
    numbers = [e.code for e in entries if parse(e.code) is None]
    assert numbers == [str(n) for n in bench_commands.QUANTITIES]


def test_a_box_courier_or_badge_given_twice_is_on_the_sheet_once():
    entries = sheet_entries(
        boxes=[("m", "Medium"), ("M", "Medium again")],
        couriers=[("CJGLS", "CJ"), ("CJGLS", "CJ")],
        badges=[("BADGE-0001", "Kim"), ("BADGE-0001", "Kim")],
    )
    codes = [e.code for e in entries]
    assert len(codes) == len(set(codes))
    assert [e.words for e in entries if e.code == "BOX-M"] == ["Medium"]


def test_the_couriers_are_the_default_those_shipped_with_and_those_asked_for(shop):
    assert shop.documents.sheet_couriers() == ["CJGLS", "HYUNDAI"]
    assert shop.documents.sheet_couriers(["sagawa", "HYUNDAI", "CJGLS"]) == [
        "CJGLS",
        "HYUNDAI",
        "SAGAWA",
    ]
    shop.settings.set("default_courier", "HANJIN")
    assert shop.documents.sheet_couriers() == ["HANJIN", "HYUNDAI"]
    with pytest.raises(NotFound, match="no courier with the code 'CJ-GLS'"):
        shop.documents.command_sheet_pdf(["CJ-GLS"])


def test_the_drawing_needs_no_desk_and_breaks_pages_as_needed(tmp_path):
    badges = [(f"BADGE-{n:04d}", f"김민준 王芳 Packer {n}") for n in range(1, 61)]
    long_badge = "B" * 30
    entries = sheet_entries(
        boxes=[("S", "Small")], couriers=[("CJGLS", "CJ")], badges=[*badges, (long_badge, "X")]
    )
    pdf = sheet_pdf(entries, shop_name="王芳的店", day=date(2026, 6, 18), fonts=LabelFonts.find())

    pages = decoded(pdf, tmp_path)
    assert sorted(c for page in pages for c in page) == sorted(e.code for e in entries)
    texts = [page.extract_text() for page in PdfReader(tmp_path / "sheet.pdf").pages]
    assert len(texts) == 7
    starts = [n for n, t in enumerate(texts) if "\nPackers\n" in t]
    assert starts == [3]  # then it goes on, and says so, on each page after
    assert [t.count("Packers, continued") for t in texts] == [0, 0, 0, 0, 1, 1, 1]
    assert all(f"Page {n} of 7" in t and "王芳的店" in t for n, t in enumerate(texts, 1))


def test_a_code_too_long_for_three_dot_bars_gets_two_and_one_that_is_not_ascii_none(tmp_path):
    long_box = "X" * 50
    entries = [
        SheetEntry("Pick and pack", f"BOX-{long_box}", "A very long box code"),
        SheetEntry("Pick and pack", "BOX-소", "소형 상자"),
        SheetEntry("Everywhere", "BACK", "Back"),
    ]
    fonts = LabelFonts.find()
    cells = [p.cell for page in layout(entries, fonts) for p in page if p.cell]
    assert [(c.span, c.module) for c in cells] == [
        (COLUMNS, 2 * DOT_203),
        (1, None),
        (1, 3 * DOT_203),
    ]
    pdf = sheet_pdf(entries, shop_name="Shop", day=date(2026, 6, 18), fonts=fonts)
    assert [sorted(page) for page in decoded(pdf, tmp_path)] == [["BACK", f"BOX-{long_box}"]]
    text = PdfReader(tmp_path / "sheet.pdf").pages[0].extract_text()
    assert "BOX-소" in text and "No barcode: type this code" in text


def test_a_name_no_installed_font_can_print_is_refused():
    entries = sheet_entries(boxes=[], couriers=[], badges=[("BADGE-0001", "김민준")])
    with pytest.raises(FontMissing, match="김민준"):
        sheet_pdf(entries, shop_name="Shop", day=date(2026, 6, 18), fonts=LabelFonts())
