"""A label printed from the bench to a thermal printer's raw queue (setting zpl_printers)
arrives as the ZPL of the order's label, byte for byte."""

from __future__ import annotations

import pytest
import test_batch_labels_gui as batch
from test_label_printing import MONDAY, packed_order
from windows import make_window
from zpl_reader import read_zpl

from fulfil_desk.core.desk import Desk
from fulfil_desk.core.kernel.clock import FixedClock

pytestmark = pytest.mark.cups
# The batch dialog's fixtures, taken by name.
db_path, shop, open_window = batch.db_path, batch.shop, batch.open_window


@pytest.mark.parametrize("dpi", [203, 300])
def test_enter_at_the_label_step_sends_zpl_to_a_zpl_queue(
    qtbot, cups_raw_queue, monkeypatch, tmp_path, dpi
):
    monkeypatch.setenv("CUPS_SERVER", cups_raw_queue.server)
    order_id, number = packed_order(tmp_path / "shop.db")
    desk = Desk.open(tmp_path / "shop.db", clock=FixedClock(MONDAY))
    desk.settings.set("printer", cups_raw_queue.name)
    desk.settings.set("zpl_printers", {cups_raw_queue.name: dpi})
    expected = desk.documents.label_zpl([order_id], dpi=dpi)
    window = make_window(desk, tmp_path)
    qtbot.addWidget(window)
    done = cups_raw_queue.jobs_done()

    window.controller.scan("")

    arrived = cups_raw_queue.wait_for_job(done)
    assert arrived == expected
    (label,) = read_zpl(arrived)
    assert label.width == round(101.6 * dpi / 25.4)
    assert [code.data for code in label.barcodes] == [number]
    assert desk.orders.order(order_id).status.value == "labelled"
    assert window.page is window.pages["tracking"]
    assert not list((tmp_path / "labels").glob("*")), "printed, so nothing saved instead"
    desk.close()


def test_a_stopped_zpl_queue_keeps_the_order_at_the_label_step(
    qtbot, cups_raw_queue, monkeypatch, tmp_path
):
    monkeypatch.setenv("CUPS_SERVER", cups_raw_queue.server)
    order_id, _ = packed_order(tmp_path / "shop.db")
    desk = Desk.open(tmp_path / "shop.db", clock=FixedClock(MONDAY))
    desk.settings.set("printer", cups_raw_queue.name)
    desk.settings.set("zpl_printers", {cups_raw_queue.name: 203})
    window = make_window(desk, tmp_path)
    qtbot.addWidget(window)
    assert cups_raw_queue.run("cupsdisable", cups_raw_queue.name).returncode == 0
    try:
        window.controller.scan("")
    finally:
        assert cups_raw_queue.run("cupsenable", cups_raw_queue.name).returncode == 0

    assert desk.orders.order(order_id).status.value == "packed"
    assert window.page is window.pages["label"]
    desk.close()


def test_f9_prints_every_packed_order_as_one_zpl_job_of_labels(
    qtbot, shop, open_window, cups_raw_queue, monkeypatch
):
    monkeypatch.setenv("CUPS_SERVER", cups_raw_queue.server)
    desk, ids = shop(3, packed=3)
    desk.settings.set("printer", cups_raw_queue.name)
    desk.settings.set("zpl_printers", {cups_raw_queue.name: 203})
    numbers = {desk.orders.order(i).order_number for i in ids}
    window = open_window()
    dialog = batch.f9(window)
    qtbot.waitExposed(dialog)
    done = cups_raw_queue.jobs_done()

    with qtbot.waitSignal(dialog.finished, timeout=60_000):
        dialog.print_labels()

    labels = read_zpl(cups_raw_queue.wait_for_job(done))
    assert {label.barcodes[0].data for label in labels} == numbers
    assert len(labels) == 3
    assert {desk.orders.order(i).status.value for i in ids} == {"labelled"}
    assert window.page.message.text() == f"3 labels done: {cups_raw_queue.name}."


def test_a_zpl_queue_gets_the_customs_forms_after_the_labels_as_pages_of_dots(
    cups_raw_queue, monkeypatch, tmp_path
):
    from fulfil_desk.ui import printing

    monkeypatch.setenv("CUPS_SERVER", cups_raw_queue.server)
    order_id, _ = packed_order(tmp_path / "shop.db")
    desk = Desk.open(tmp_path / "shop.db", clock=FixedClock(MONDAY))
    form = desk.documents.packing_slip_pdf([order_id])  # a PDF of the label's size
    labels = desk.documents.label_zpl([order_id], dpi=203)
    desk.close()
    done = cups_raw_queue.jobs_done()

    printing.print_labels(
        printer=cups_raw_queue.name, title="labels", zpl_printers={cups_raw_queue.name: 203},
        pdf=lambda: b"", zpl=lambda dpi: labels, forms=lambda: form,
    )  # fmt: skip

    arrived = cups_raw_queue.wait_for_job(done)
    assert arrived == labels + printing.pdf_as_zpl(form, dpi=203)
    label, page = read_zpl(arrived)
    assert (page.width, page.length) == (812, 1218)  # 4×6 in at 203 dpi
