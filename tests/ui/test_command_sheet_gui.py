"""Help ▸ Print command sheet and Save command sheet as PDF…, driven as a packer drives them:
the sheet saved through the real file dialog, or printed into a real CUPS queue, and every
barcode on it read back at 203 dpi."""

from __future__ import annotations

import io
from pathlib import Path

import bench_driver
import pytest
from barcode_reader import barcodes_per_page
from pypdf import PdfReader
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMenu
from sheet_codes import COMMAND_CODES, SHOP_CODES, make_shop

from fulfil_desk.core.desk import Desk
from fulfil_desk.core.kernel.clock import FixedClock
from fulfil_desk.ui.dialogs.command_sheet_actions import (
    add_command_sheet_actions,
    default_sheet_path,
    save_command_sheet,
)

open_window = bench_driver.open_window  # the window fixture, taken by name
EXPECTED = sorted(COMMAND_CODES + SHOP_CODES)


@pytest.fixture
def db_path(tmp_path):
    path = tmp_path / "shop.db"
    desk = Desk.open(path, clock=FixedClock(bench_driver.MONDAY_MORNING))
    make_shop(desk)
    desk.close()
    return path


@pytest.fixture
def help_menu(open_window):
    window = open_window()
    menu = QMenu(window.tr("&Help"), window)
    add_command_sheet_actions(window, menu)
    return window, {action.objectName(): action for action in menu.actions()}


def decoded(pdf: Path, tmp_path: Path) -> list[str]:
    return sorted(code for page in barcodes_per_page(pdf, tmp_path) for code in page)


def test_the_menu_gets_the_two_actions(help_menu):
    _window, actions = help_menu
    assert [a.text() for a in actions.values()] == [
        "Print command sheet",
        "Save command sheet as PDF…",
    ]


def test_save_asks_where_through_the_file_dialog_and_writes_the_sheet(qtbot, help_menu, tmp_path):
    window, actions = help_menu
    chosen = tmp_path / "out" / "bench-sheet.pdf"
    chosen.parent.mkdir()
    offered: list[str] = []

    def answer_the_dialog():
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):
            QTimer.singleShot(20, answer_the_dialog)
            return
        offered.extend(dialog.selectedFiles())
        dialog.selectFile(str(chosen))
        dialog.accept()

    QTimer.singleShot(0, answer_the_dialog)
    actions["saveCommandSheet"].trigger()

    assert offered == [str(default_sheet_path(window))]
    assert Path(offered[0]).name == "command-sheet-20261123.pdf"
    assert decoded(chosen, tmp_path) == EXPECTED
    assert len(PdfReader(chosen).pages) == sheet_pages(window)
    assert bench_driver.message(window) == (f"Command sheet saved to {chosen}.", True)
    assert sorted(p.name for p in chosen.parent.iterdir()) == ["bench-sheet.pdf"]
    qtbot.waitUntil(window.page.scan_box.hasFocus)


def sheet_pages(window) -> int:
    """The pages of the sheet the core makes for this window (5 with the handover codes)."""
    sheet = window.controller.desk.documents.command_sheet_pdf(words=window.controller.words)
    return len(PdfReader(io.BytesIO(sheet)).pages)


def test_a_save_that_fails_says_why_and_leaves_no_file(qtbot, help_menu, tmp_path):
    window, _actions = help_menu
    not_a_folder = tmp_path / "a-file"
    not_a_folder.write_text("")

    assert save_command_sheet(window, not_a_folder / "sheet.pdf") is None

    text, good = bench_driver.message(window)
    assert not good and text.startswith(f"Cannot save {not_a_folder / 'sheet.pdf'}:")
    assert not list(tmp_path.rglob("*sheet.pdf*"))
    qtbot.waitUntil(window.page.scan_box.hasFocus)


@pytest.mark.cups
def test_print_sends_the_sheet_on_a4_to_the_printer(qtbot, help_menu, cups_pdf_queue, tmp_path):
    window, actions = help_menu
    window.controller.desk.settings.set("printer", cups_pdf_queue.name)
    known = cups_pdf_queue.pdfs()

    actions["printCommandSheet"].trigger()

    printed = cups_pdf_queue.wait_for_pdf(known)
    pages = PdfReader(printed).pages
    assert len(pages) == sheet_pages(window)  # every page of the sheet reached the queue
    for page in pages:
        size = (float(page.mediabox.width), float(page.mediabox.height))
        assert size == pytest.approx((595, 842), abs=3)
    assert decoded(printed, tmp_path) == EXPECTED
    text, good = bench_driver.message(window)
    assert good and cups_pdf_queue.name in text
    qtbot.waitUntil(window.page.scan_box.hasFocus)
