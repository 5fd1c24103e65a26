"""`fulfil-desk commands`: the command sheet saved and printed by the real command, and
refused with nothing written."""

from __future__ import annotations

import json
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from barcode_reader import barcodes_per_page
from cli_helpers import cli_runner, ok, refused
from pypdf import PdfReader
from sheet_codes import COMMAND_CODES, SHOP_CODES, make_shop

from fulfil_desk.core.desk import Desk
from fulfil_desk.core.kernel.clock import FixedClock

NOW = datetime(2026, 6, 18, 10, 0, tzinfo=ZoneInfo("Asia/Seoul"))
A4_POINTS = (595, 842)


@pytest.fixture
def cli(tmp_path):
    db = tmp_path / "shop.db"
    desk = Desk.open(db, clock=FixedClock(NOW))
    make_shop(desk)
    desk.close()
    return cli_runner(db, tmp_path)


def decoded(pdf, tmp_path) -> list[str]:
    return [code for page in barcodes_per_page(pdf, tmp_path) for code in page]


def test_commands_saves_the_sheet_and_says_what_it_wrote(cli, tmp_path):
    out = tmp_path / "sheet.pdf"

    said = json.loads(ok(cli("commands", "--out", str(out), "--courier", "sagawa", "--json")))

    assert said["file"] == str(out) and said["printer"] is None
    assert said["bytes"] == out.stat().st_size
    expected = [*COMMAND_CODES, *SHOP_CODES, "COURIER:SAGAWA"]
    assert sorted(said["codes"]) == sorted(expected)
    assert sorted(decoded(out, tmp_path)) == sorted(expected)
    pages = PdfReader(out).pages
    assert len(pages) == 5  # HOLD:MISSING_PCCC pushed the badges over
    assert {(round(float(p.mediabox.width)), round(float(p.mediabox.height))) for p in pages} == {
        A4_POINTS
    }
    assert "김민준" in pages[-1].extract_text() and "王芳" in pages[-1].extract_text()
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")] == []


def test_commands_without_json_names_the_file(cli, tmp_path):
    out = tmp_path / "sheet.pdf"
    said = ok(cli("commands", "--out", str(out)))
    assert said.strip() == f"Command sheet with {len(COMMAND_CODES) + len(SHOP_CODES)} codes: {out}"


def test_an_unknown_courier_is_refused_and_nothing_is_written(cli, tmp_path):
    out = tmp_path / "sheet.pdf"
    refused(cli("commands", "--out", str(out), "--courier", "CJ-GLS"), "no courier with the code")
    assert list(tmp_path.glob("*sheet.pdf*")) == []


def test_a_folder_that_is_not_there_is_refused(cli, tmp_path):
    out = tmp_path / "no-such-folder" / "sheet.pdf"
    refused(cli("commands", "--out", str(out)), f"Cannot write {out}: No such file or directory")
    assert not out.parent.exists()


def test_a_read_only_or_full_disk_is_refused_and_leaves_no_file(cli, disks):
    read_only = disks.mount("ro")
    disks.read_only(read_only)
    refused(cli("commands", "--out", str(read_only / "s.pdf")), "Read-only file system")
    assert list(read_only.iterdir()) == []

    full = disks.mount("full", size="64k")
    disks.fill(full, leave=4096)
    refused(cli("commands", "--out", str(full / "s.pdf")), "No space left on device")
    assert [p.name for p in full.iterdir()] == ["filler"]


def test_a_printer_that_is_not_there_is_refused_and_no_file_is_written(cli, tmp_path):
    out = tmp_path / "sheet.pdf"
    result = cli("commands", "--out", str(out), "--print", "--printer", "No Such Printer")
    assert result.returncode == 1 and len(result.stderr.strip().splitlines()) == 1
    assert list(tmp_path.glob("*sheet.pdf*")) == []


def test_nothing_to_do_is_a_usage_error(cli):
    result = cli("commands")
    assert result.returncode == 2 and "--out FILE.pdf, --print, or both" in result.stderr


@pytest.mark.cups
def test_commands_print_goes_through_the_queue_on_a4(cli, cups_pdf_queue, tmp_path):
    known = cups_pdf_queue.pdfs()
    out = tmp_path / "sheet.pdf"

    said = json.loads(
        ok(
            cli(
                "commands", "--print", "--printer", cups_pdf_queue.name, "--out", str(out), "--json"
            )
        )
    )

    assert said["printer"] == cups_pdf_queue.name and out.exists()
    printed = cups_pdf_queue.wait_for_pdf(known)
    pages = PdfReader(printed).pages
    assert len(pages) == len(PdfReader(out).pages)  # every page of the sheet reached the queue
    for page in pages:
        size = (float(page.mediabox.width), float(page.mediabox.height))
        assert size == pytest.approx(A4_POINTS, abs=3)
    assert sorted(decoded(printed, tmp_path)) == sorted(COMMAND_CODES + SHOP_CODES)
