"""`label --format zpl`, and labels printed as raw ZPL to a real CUPS raw queue whose
device file is read back (tests/cups_queue.py runs a scheduler of its own for it)."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from barcode_reader import barcodes_in_picture
from cli_helpers import cli_runner, dump
from zpl_reader import read_zpl

from fulfil_desk.core.desk import Desk
from fulfil_desk.core.kernel.clock import FixedClock
from fulfil_desk.core.kernel.errors import UserError
from fulfil_desk.core.kernel.orders import OrderStatus
from fulfil_desk.core.wording.render import ENGLISH_WORDING
from fulfil_desk.ui.printing import PrintError, print_raw

NOW = datetime(2026, 6, 18, 10, 0, tzinfo=ZoneInfo("Asia/Seoul"))
TRACKING = "255278883171"


def packed_order(db: Path, *, ship: bool = False) -> str:
    """A demo shop with one order packed (and, with `ship`, labelled and shipped)."""
    desk = Desk.open(db, clock=FixedClock(NOW), actor="tester")
    try:
        desk.exchange.fill_demo(3)
        order = desk.orders.orders(OrderStatus.NEW.value)[0]
        assert desk.flow.verify(order.id)[0] == []
        list_id, _ = desk.flow.start_pick([order.id])
        codes = {p.sku: p.barcodes[0] for p in desk.products.products()}
        for scan in (desk.flow.pick_scan, lambda _id, code: desk.flow.pack_scan(order.id, code)):
            for line in order.lines:
                for _ in range(line.quantity):
                    scan(list_id, codes[line.sku])
        desk.flow.finish_pack(order.id, box="S", weight_g=640)
        if ship:
            desk.flow.label_done([order.id], how="test")
            desk.flow.ship(order.id, courier="HYUNDAI", tracking=TRACKING)
        return order.order_number
    finally:
        desk.close()


@pytest.fixture
def cli(tmp_path):
    return cli_runner(tmp_path / "shop.db", tmp_path)


@pytest.mark.parametrize(("dpi", "size"), [(None, (812, 1218)), ("300", (1200, 1800))])
def test_label_format_zpl_writes_one_label_with_the_tracking_number_as_native_code128(
    cli, tmp_path, dpi, size
):
    number = packed_order(tmp_path / "shop.db", ship=True)
    out = tmp_path / "label.zpl"

    result = cli(
        "label", number, "--format", "zpl", *(["--dpi", dpi] if dpi else []), "--out", str(out)
    )

    assert result.returncode == 0, result.stderr
    (label,) = read_zpl(out.read_bytes())
    assert (label.width, label.length) == size
    assert [b.data for b in label.barcodes] == [number, TRACKING]
    page = tmp_path / "label.png"
    label.page().save(page)
    assert sorted(barcodes_in_picture(page)) == sorted([number, TRACKING])


def test_a_packed_order_gets_its_label_as_zpl_and_is_labelled(cli, tmp_path):
    number = packed_order(tmp_path / "shop.db")
    out = tmp_path / "label.zpl"

    result = cli("label", number, "--format", "zpl", "--out", str(out))

    assert result.returncode == 0, result.stderr
    (label,) = read_zpl(out.read_bytes())
    assert [b.data for b in label.barcodes] == [number]  # no tracking number yet
    listed = json.loads(cli("orders", "--json").stdout)
    assert next(o for o in listed if o["order_number"] == number)["status"] == "labelled"


def test_dpi_without_zpl_is_a_usage_error_and_changes_nothing(cli, tmp_path):
    number = packed_order(tmp_path / "shop.db")
    before = dump(tmp_path / "shop.db")

    result = cli("label", number, "--dpi", "300", "--out", str(tmp_path / "x.pdf"))

    assert result.returncode == 2
    assert "--format zpl" in result.stderr
    assert dump(tmp_path / "shop.db") == before
    assert not (tmp_path / "x.pdf").exists()


def test_the_zpl_printers_setting_takes_queues_and_203_or_300(cli, tmp_path):
    packed_order(tmp_path / "shop.db")
    before = dump(tmp_path / "shop.db")

    refused = cli("settings", "zpl_printers", '{"Zebra": 600}')

    assert refused.returncode == 1
    assert refused.stderr.strip() == (
        "fulfil-desk: zpl_printers maps a print queue to its printer's dots per inch, "
        "203 or 300, for "
        'example {"Zebra_ZD421": 203}.'
    )
    assert dump(tmp_path / "shop.db") == before
    assert cli("settings", "zpl_printers", '{"Zebra": 300}').returncode == 0


@pytest.mark.cups
def test_a_label_printed_to_a_zpl_queue_arrives_as_the_exact_zpl(
    cups_raw_queue, monkeypatch, tmp_path
):
    monkeypatch.setenv("CUPS_SERVER", cups_raw_queue.server)
    cli = cli_runner(tmp_path / "shop.db", tmp_path)
    number = packed_order(tmp_path / "shop.db", ship=True)
    setting = json.dumps({cups_raw_queue.name: 300})
    assert cli("settings", "zpl_printers", setting).returncode == 0
    done = cups_raw_queue.jobs_done()

    printed = cli("label", number, "--print", "--printer", cups_raw_queue.name)

    assert printed.returncode == 0, printed.stderr
    arrived = cups_raw_queue.wait_for_job(done)
    saved = tmp_path / "same.zpl"
    assert (
        cli("label", number, "--format", "zpl", "--dpi", "300", "--out", str(saved)).returncode == 0
    )
    assert arrived == saved.read_bytes()
    (label,) = read_zpl(arrived)
    assert (label.width, label.length) == (1200, 1800)
    assert [b.data for b in label.barcodes] == [number, TRACKING]


@pytest.mark.cups
def test_raw_printing_refuses_an_unknown_or_stopped_queue_and_sends_nothing(
    cups_raw_queue, monkeypatch
):
    monkeypatch.setenv("CUPS_SERVER", cups_raw_queue.server)
    done = cups_raw_queue.jobs_done()

    with pytest.raises(PrintError) as unknown:
        print_raw(b"^XA^XZ\n", printer="NoSuchZebra")
    assert ENGLISH_WORDING(unknown.value.message) == (
        f'There is no printer called "NoSuchZebra"; the printers here are: {cups_raw_queue.name}.'
    )
    assert cups_raw_queue.run("cupsdisable", cups_raw_queue.name).returncode == 0
    try:
        with pytest.raises(UserError, match="is stopped"):
            print_raw(b"^XA^XZ\n", printer=cups_raw_queue.name)
    finally:
        assert cups_raw_queue.run("cupsenable", cups_raw_queue.name).returncode == 0
    assert cups_raw_queue.jobs_done() == done
    all_jobs = cups_raw_queue.run("lpstat", "-W", "all", "-o", cups_raw_queue.name).stdout
    assert len(all_jobs.splitlines()) == done
