"""Orders ▸ Labels for packed orders… (F9) and the queue's Labels for selected, driven as a
packer drives them: one PDF with a page per order, progress, Cancel leaving nothing, and
printing into a real CUPS queue."""

from __future__ import annotations

import bench_driver
import pytest
from pypdf import PdfReader
from PySide6.QtCore import QItemSelectionModel

from fulfil_desk.core.desk import Desk
from fulfil_desk.core.kernel.clock import FixedClock
from fulfil_desk.core.kernel.orders import OrderStatus

S = OrderStatus
MONDAY = bench_driver.MONDAY_MORNING


def pack(desk: Desk, order_id: int) -> None:
    """Verify, pick and pack one order through the Desk's use cases."""
    desk.flow.verify(order_id)
    desk.flow.start_pick([order_id])
    order = desk.orders.order(order_id)
    for line in order.lines:
        for _ in range(line.quantity):
            desk.flow.pick_scan(order.pick_list_id, desk.products.product(line.sku).barcodes[0])
    for line in order.lines:
        for _ in range(line.quantity):
            desk.flow.pack_scan(order_id, desk.products.product(line.sku).barcodes[0])
    desk.flow.finish_pack(order_id, box="S", weight_g=500)
    assert desk.orders.order(order_id).status is S.PACKED


open_window = bench_driver.open_window  # the window fixture, taken by name


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "shop.db"


@pytest.fixture
def shop(db_path):
    """A demo shop whose first `packed` orders (by ship-by) are packed, by this machine's
    station (the window's); the rest are new."""
    opened = []

    def make(orders: int, packed: int):
        desk = Desk.open(db_path, clock=FixedClock(MONDAY))
        opened.append(desk)
        desk.exchange.fill_demo(orders)
        ids = [o.id for o in desk.orders.orders()]
        for order_id in ids[:packed]:
            pack(desk, order_id)
        return desk, ids

    yield make
    for desk in opened:
        desk.close()


def f9(window):
    for action in window.findChildren(type(window.menuBar().actions()[0])):
        if action.shortcut().toString() == "F9":
            action.trigger()
            return window.__dict__.get("batch_label_dialog")
    raise AssertionError("no F9 action")


def numbers_on_pages(pdf_path) -> list[str]:
    return [page.extract_text() for page in PdfReader(pdf_path).pages]


def test_f9_makes_one_pdf_page_per_packed_order_with_progress(qtbot, shop, open_window, tmp_path):
    desk, ids = shop(5, packed=3)
    window = open_window()
    dialog = f9(window)
    qtbot.waitExposed(dialog)
    packed = [desk.orders.order(i).order_number for i in ids[:3]]
    assert dialog.model.rowCount() == 3
    assert [dialog.model.index(r, 2).data() for r in range(3)] == packed
    assert not dialog.left_out.isVisible()
    assert dialog.print_button.text().replace("&", "") == "Print 3 label(s)"

    out = tmp_path / "batch.pdf"
    run = dialog.save_as(out)
    with qtbot.waitSignal(dialog.finished, timeout=30_000):
        pass
    assert run.steps == [(1, 3), (2, 3), (3, 3)]  # recorded from before the work started
    pages = numbers_on_pages(out)
    assert len(pages) == 3
    assert all(number in text for number, text in zip(packed, pages, strict=True))
    assert {desk.orders.order(i).status for i in ids[:3]} == {S.LABELLED}
    assert window.page.message.text() == f"3 labels done: {out}."
    qtbot.waitUntil(window.page.scan_box.hasFocus)  # the scanner types there again


def test_labels_for_selected_names_the_orders_left_out(qtbot, shop, open_window, tmp_path):
    desk, ids = shop(4, packed=2)
    window = open_window()
    view = window.queue.view
    rows = {window.queue.model.row(r)["id"]: r for r in range(window.queue.model.rowCount())}
    for order_id in (ids[0], ids[2], ids[1]):  # two packed, one new
        index = window.queue.model.index(rows[order_id], 0)
        view.selectionModel().select(
            index, QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        )
    window.queue.labels_requested.emit(window.queue.selected_ids())
    dialog = window.batch_label_dialog
    qtbot.waitExposed(dialog)
    new = desk.orders.order(ids[2]).order_number
    assert dialog.model.rowCount() == 2
    assert dialog.left_out.isVisible()
    assert dialog.left_out.text() == (
        f"1 of 3 orders cannot get a label: {new} (not packed yet: new)."
    )
    with qtbot.waitSignal(dialog.finished, timeout=30_000):
        dialog.save_as(tmp_path / "two.pdf")
    assert len(PdfReader(tmp_path / "two.pdf").pages) == 2
    assert desk.orders.order(ids[2]).status is S.NEW


def test_cancel_writes_nothing_and_labels_nothing(qtbot, shop, open_window, tmp_path):
    desk, ids = shop(12, packed=12)
    window = open_window()
    dialog = f9(window)
    qtbot.waitExposed(dialog)
    out = tmp_path / "out" / "batch.pdf"
    run = dialog.save_as(out)
    with qtbot.waitSignal(run.failed, timeout=30_000) as failed:
        run.cancel_work()  # while the worker draws, or once it has drawn: never delivered
    assert failed.args[1] is True
    assert dialog.note.text().startswith("Labels cancelled: nothing was printed or saved")
    assert not out.parent.exists() or list(out.parent.iterdir()) == []
    assert {desk.orders.order(i).status for i in ids} == {S.PACKED}
    assert dialog.isVisible() and dialog.print_button.isEnabled()  # try again, or close
    dialog.reject()


def test_cancel_after_the_last_page_but_before_delivery_still_cancels(
    qtbot, shop, open_window, tmp_path
):
    desk, ids = shop(2, packed=2)
    window = open_window()
    dialog = f9(window)
    qtbot.waitExposed(dialog)
    out = tmp_path / "late.pdf"
    run = dialog.save_as(out)
    run.worker.wait()  # the PDF is drawn; its delivery waits for the event loop
    with qtbot.waitSignal(run.failed, timeout=30_000) as failed:
        run.cancel_work()
    assert failed.args[1] is True
    assert not out.exists()
    assert {desk.orders.order(i).status for i in ids} == {S.PACKED}


def test_with_nothing_packed_f9_says_so(qtbot, shop, open_window):
    desk, _ = shop(2, packed=0)
    window = open_window()
    assert f9(window) is None
    assert window.page.message.text() == "No packed order is waiting for its label."


@pytest.mark.cups
def test_print_sends_one_job_with_a_page_per_order(qtbot, shop, open_window, cups_pdf_queue):
    desk, ids = shop(4, packed=4)
    desk.settings.set("printer", cups_pdf_queue.name)
    window = open_window()
    dialog = f9(window)
    qtbot.waitExposed(dialog)
    jobs, known = cups_pdf_queue.job_count(), cups_pdf_queue.pdfs()
    run = dialog.print_labels()
    with qtbot.waitSignal(run.failed, timeout=30_000):
        run.cancel_work()
    assert cups_pdf_queue.job_count() == jobs  # cancelled: nothing printed

    with qtbot.waitSignal(dialog.finished, timeout=60_000):
        dialog.print_labels()
    printed = cups_pdf_queue.wait_for_pdf(known)
    assert len(PdfReader(printed).pages) == 4
    assert {desk.orders.order(i).status for i in ids} == {S.LABELLED}
    assert window.page.message.text() == f"4 labels done: {cups_pdf_queue.name}."
