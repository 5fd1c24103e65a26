"""A real order's label, printed from the bench (Enter) and from the CLI, into a CUPS queue."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from barcode_reader import barcodes_per_page
from pypdf import PdfReader
from windows import make_window

from fulfil_desk.core.bench.scanner import Bench
from fulfil_desk.core.desk import Desk
from fulfil_desk.core.kernel.clock import FixedClock

pytestmark = pytest.mark.cups
MONDAY = datetime(2026, 11, 23, 9, 30, tzinfo=ZoneInfo("Asia/Seoul"))


def packed_order(db_path) -> tuple[int, str]:
    """A demo order taken through verify, pick and pack by scans, left at the label step."""
    desk = Desk.open(db_path, clock=FixedClock(MONDAY))
    desk.exchange.fill_demo(6)
    bench = Bench(desk=desk)
    for _ in range(3):
        assert bench.scan("").ok
    order = desk.orders.order(bench.state.order_id)
    for _round in range(2):  # pick, then pack
        for line in order.lines:
            for _ in range(line.quantity):
                assert bench.scan(desk.products.product(line.sku).barcodes[0]).ok
    assert bench.scan("").ok
    assert bench.state.page == "label"
    desk.close()
    return order.id, order.order_number


def decoded_barcodes(pdf, tmp_path) -> list[str]:
    return [code for page in barcodes_per_page(Path(pdf), tmp_path) for code in page]


def assert_label(printed, order_number, tmp_path) -> None:
    pages = PdfReader(printed).pages
    assert len(pages) == 1
    box = pages[0].mediabox
    assert abs(float(box.width) - 288) < 3 and abs(float(box.height) - 432) < 3
    assert order_number in decoded_barcodes(printed, tmp_path)


def test_enter_at_the_label_step_prints_on_the_chosen_printer(qtbot, cups_pdf_queue, tmp_path):
    order_id, number = packed_order(tmp_path / "shop.db")
    desk = Desk.open(tmp_path / "shop.db", clock=FixedClock(MONDAY))
    desk.settings.set("printer", cups_pdf_queue.name)
    window = make_window(desk, tmp_path)
    qtbot.addWidget(window)
    assert window.page is window.pages["label"]
    known = cups_pdf_queue.pdfs()

    window.controller.scan("")

    assert_label(cups_pdf_queue.wait_for_pdf(known), number, tmp_path)
    assert desk.orders.order(order_id).status.value == "labelled"
    assert window.page is window.pages["tracking"]
    assert not list((tmp_path / "labels").glob("*.pdf")), "printed, so nothing saved instead"
    desk.close()


def test_enter_prints_in_the_couriers_layout_on_its_own_paper(qtbot, cups_pdf_queue, tmp_path):
    """The shop prints CJ's standard waybill for its default courier (CJGLS): 123 × 100 mm."""
    order_id, _ = packed_order(tmp_path / "shop.db")
    desk = Desk.open(tmp_path / "shop.db", clock=FixedClock(MONDAY))
    desk.settings.set("printer", cups_pdf_queue.name)
    desk.settings.set("label_layouts", {"CJGLS": "cj-standard"})
    window = make_window(desk, tmp_path)
    qtbot.addWidget(window)
    known = cups_pdf_queue.pdfs()

    window.controller.scan("")

    (page,) = PdfReader(cups_pdf_queue.wait_for_pdf(known)).pages
    size = sorted((float(page.mediabox.width), float(page.mediabox.height)))
    assert size == pytest.approx([283.5, 348.7], abs=3)
    assert desk.orders.order(order_id).status.value == "labelled"
    desk.close()


def test_an_unknown_printer_keeps_the_order_at_the_label_step(qtbot, tmp_path, cups_pdf_queue):
    order_id, _ = packed_order(tmp_path / "shop.db")
    desk = Desk.open(tmp_path / "shop.db", clock=FixedClock(MONDAY))
    desk.settings.set("printer", "NoSuchPrinter")
    window = make_window(desk, tmp_path)
    qtbot.addWidget(window)

    window.controller.scan("")

    text = window.page.message.text()
    assert "NoSuchPrinter" in text and cups_pdf_queue.name in text
    assert desk.orders.order(order_id).status.value == "packed"
    assert window.page is window.pages["label"]
    desk.close()


def test_cli_label_print_goes_through_the_queue(cups_pdf_queue, tmp_path):
    order_id, number = packed_order(tmp_path / "shop.db")
    known = cups_pdf_queue.pdfs()
    env = {**os.environ, "FULFIL_DESK_DB": str(tmp_path / "shop.db")}
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "fulfil_desk",
            "label",
            number,
            "--print",
            "--printer",
            cups_pdf_queue.name,
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert_label(cups_pdf_queue.wait_for_pdf(known), number, tmp_path)
    desk = Desk.open(tmp_path / "shop.db")
    assert desk.orders.order(order_id).status.value == "labelled"
    desk.close()


def test_the_pick_list_prints_on_a4_with_its_barcodes(qtbot, cups_pdf_queue, tmp_path):
    desk = Desk.open(tmp_path / "shop.db", clock=FixedClock(MONDAY))
    desk.exchange.fill_demo(6)
    desk.settings.set("printer", cups_pdf_queue.name)
    verified = [
        row["id"] for row in desk.orders.queue(limit=6) if not desk.flow.verify(row["id"])[0]
    ]
    window = make_window(desk, tmp_path)
    qtbot.addWidget(window)
    window.controller.pick(verified)
    assert window.page is window.pages["pick"]
    known = cups_pdf_queue.pdfs()

    window.page._print()

    printed = cups_pdf_queue.wait_for_pdf(known)
    page = PdfReader(printed).pages[0]
    assert abs(float(page.mediabox.width) - 595) < 4 and abs(float(page.mediabox.height) - 842) < 4
    first = window.page.rows[0]
    assert first.barcode in decoded_barcodes(printed, tmp_path)
    assert "Sent pick list" in window.page.message.text()
    desk.close()
