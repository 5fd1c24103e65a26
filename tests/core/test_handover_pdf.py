"""The printed handover list: its title in the printed language, a row a parcel with its
tracking number's Code 128, the list's own barcode, totals and the driver's lines; a reprint
of a closed list is the same file."""

from __future__ import annotations

import pytest
from barcode_reader import barcodes_per_page
from handover_helpers import cj, later, shipped
from pypdf import PdfReader

from fulfil_desk.core.wording.render import Wording

TITLES = {"ko": "인수인계서", "zh_CN": "交接单", "en": "Handover list"}


@pytest.fixture
def closed(desk, add, drive):
    """HO-1: H-1 and H-2 handed over to driver 박지성, H-3 left for the next list."""
    ids = [shipped(desk, add, drive, f"H-{n}") for n in (1, 2, 3)]
    for order_id in ids[:2]:
        desk.handover.scan_out(order_id)
    later(desk)
    handover_id, _ = desk.handover.close("CJGLS", driver="박지성", force=True)
    return handover_id, ids


@pytest.mark.parametrize("lang", ["ko", "zh_CN", "en"])
def test_the_list_in_each_language(desk, closed, lang, tmp_path):
    handover_id, ids = closed
    words = Wording(zone=desk.settings.shop_tz, lang=lang)
    pdf = tmp_path / f"handover-{lang}.pdf"
    pdf.write_bytes(desk.handover.pdf(desk.handover.closed(handover_id), words=words))
    text = "".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert TITLES[lang] in text and "박지성" in text and "H-3" in text
    assert "서울특별시" in text and "0.50" in text
    read = [code for page in barcodes_per_page(pdf, tmp_path) for code in page]
    assert sorted(read) == sorted([f"HO-{handover_id}", *(cj(i) for i in ids)])


def test_a_reprint_is_the_same_list(desk, closed, add, drive):
    handover_id, _ = closed
    first = desk.handover.pdf(desk.handover.closed(handover_id))
    later(desk, 60)
    shipped(desk, add, drive, "H-4")  # the next list grows; the closed one does not
    assert desk.handover.pdf(desk.handover.closed(handover_id)) == first


def test_an_open_list_says_it_is_not_closed(desk, add, drive, tmp_path):
    order_id = shipped(desk, add, drive, "H-1")
    pdf = tmp_path / "open.pdf"
    pdf.write_bytes(desk.handover.pdf(desk.handover.open_list("CJGLS")))
    text = PdfReader(pdf).pages[0].extract_text()
    assert "Not closed yet" in text and "Not scanned" in text
    assert [code for page in barcodes_per_page(pdf, tmp_path) for code in page] == [cj(order_id)]
