"""Printing through a real CUPS queue (cups-pdf), checked on the PDF it writes."""

from __future__ import annotations

import io
import subprocess
from pathlib import Path

import pytest
from barcode_reader import barcodes_per_page
from pypdf import PdfReader
from reportlab.graphics.barcode import code128
from reportlab.lib.units import inch
from reportlab.pdfgen import canvas

from fulfil_desk.ui.printing import PrintError, available_printers, default_printer, print_pdf

pytestmark = pytest.mark.cups

CODES = ["FD-0001-PRINT", "FD-0002-PRINT"]


def label_pdf(codes: list[str]) -> bytes:
    """A 4×6 in PDF with one Code128 barcode per page."""
    out = io.BytesIO()
    pdf = canvas.Canvas(out, pagesize=(4 * inch, 6 * inch))
    for number, code in enumerate(codes, start=1):
        code128.Code128(code, barHeight=0.8 * inch, barWidth=1.2).drawOn(pdf, 20, 4 * inch)
        pdf.setFont("Helvetica-Bold", 28)
        pdf.drawString(20, 2 * inch, f"Page {number}")
        pdf.showPage()
    pdf.save()
    return out.getvalue()


def barcodes_on(pdf: Path, tmp_path: Path) -> list[str]:
    pages = barcodes_per_page(pdf, tmp_path, dpi=200)
    assert len(pages) == 2
    return [code for page in pages for code in page]


def test_the_queue_is_listed(qapp, cups_pdf_queue):
    assert cups_pdf_queue.name in available_printers()
    assert default_printer() in [None, *available_printers()]


def test_prints_each_page_full_size_with_a_readable_barcode(qapp, cups_pdf_queue, tmp_path):
    known = cups_pdf_queue.pdfs()

    print_pdf(label_pdf(CODES), printer=cups_pdf_queue.name, title="label test")

    printed = cups_pdf_queue.wait_for_pdf(known)
    pages = PdfReader(printed).pages
    assert len(pages) == 2
    for page in pages:
        width, height = float(page.mediabox.width), float(page.mediabox.height)
        assert width == pytest.approx(288, abs=3) and height == pytest.approx(432, abs=3)
    assert barcodes_on(printed, tmp_path) == CODES


def test_an_unknown_printer_is_refused_with_the_real_names(qapp, cups_pdf_queue):
    jobs = cups_pdf_queue.job_count()
    known = cups_pdf_queue.pdfs()

    with pytest.raises(PrintError) as refused:
        print_pdf(label_pdf(CODES[:1]), printer="No Such Printer")

    assert "No Such Printer" in str(refused.value)
    assert cups_pdf_queue.name in str(refused.value)
    assert cups_pdf_queue.job_count() == jobs
    assert cups_pdf_queue.pdfs() == known


def test_a_stopped_printer_is_refused(qapp, cups_pdf_queue):
    jobs = cups_pdf_queue.job_count()
    subprocess.run(["cupsdisable", cups_pdf_queue.name], check=True)
    try:
        with pytest.raises(PrintError, match="stopped"):
            print_pdf(label_pdf(CODES[:1]), printer=cups_pdf_queue.name)
    finally:
        subprocess.run(["cupsenable", cups_pdf_queue.name], check=True)
    assert cups_pdf_queue.job_count() == jobs


def test_a_label_wider_than_high_prints_on_its_own_paper_turned(qapp, cups_pdf_queue, tmp_path):
    """A CJ standard waybill (123 × 100 mm) prints on 123 × 100 mm, not scaled onto 4×6 in."""
    out = io.BytesIO()
    pdf = canvas.Canvas(out, pagesize=(123 / 25.4 * inch, 100 / 25.4 * inch))
    for code in CODES:
        code128.Code128(code, barHeight=0.8 * inch, barWidth=1.2).drawOn(pdf, 20, 1.5 * inch)
        pdf.showPage()
    pdf.save()
    known = cups_pdf_queue.pdfs()

    print_pdf(out.getvalue(), printer=cups_pdf_queue.name, title="cj label test")

    printed = cups_pdf_queue.wait_for_pdf(known)
    for page in PdfReader(printed).pages:
        box = page.mediabox
        size = sorted((float(box.width), float(box.height)))
        assert size == pytest.approx([283.5, 348.7], abs=3)
    assert barcodes_on(printed, tmp_path) == CODES
