"""`fulfil-desk layouts` and `label --layout`: the real command in a subprocess."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from cli_helpers import cli_runner, dump, ok, refused
from pypdf import PdfReader

from fulfil_desk.core.desk import Desk
from fulfil_desk.core.kernel.clock import FixedClock
from fulfil_desk.core.kernel.orders import OrderStatus

NOW = datetime(2026, 6, 16, 10, 0, tzinfo=ZoneInfo("Asia/Seoul"))


@pytest.fixture
def db(tmp_path):
    return tmp_path / "shop.db"


@pytest.fixture
def cli(db, tmp_path):
    return cli_runner(db, tmp_path)


def packed_order(db) -> str:
    desk = Desk.open(db, clock=FixedClock(NOW), actor="tester")
    try:
        desk.exchange.fill_demo(3)
        order = desk.orders.orders(OrderStatus.NEW.value)[0]
        desk.flow.verify(order.id)
        list_id, _ = desk.flow.start_pick([order.id])
        codes = {p.sku: p.barcodes[0] for p in desk.products.products()}
        for scan in (desk.flow.pick_scan, desk.flow.pack_scan):
            for line in order.lines:
                for _ in range(line.quantity):
                    scan(list_id if scan == desk.flow.pick_scan else order.id, codes[line.sku])
        desk.flow.finish_pack(order.id, box="M", weight_g=640)
        return order.order_number
    finally:
        desk.close()


def test_layouts_lists_the_built_in_ones_and_the_shops_own(cli, db):
    listed = json.loads(ok(cli("--json", "layouts")))
    assert [(x["name"], x["width_mm"], x["height_mm"]) for x in listed["layouts"]] == [
        ("4x6", 101.6, 152.4),
        ("cj-standard", 123, 100),
        ("small-packet", 100, 100),
    ]
    assert listed["shop_folder"] == f"{db}.layouts"
    folder = db.parent / "shop.db.layouts"
    folder.mkdir()
    builtin = listed["layouts"][1]["file"]
    data = json.loads(Path(builtin).read_text(encoding="utf-8"))
    (folder / "cj-standard.json").write_text(json.dumps({**data, "height_mm": 110}), "utf-8")
    text = ok(cli("--lang", "ko", "layouts"))
    assert "123 × 110mm" in text and "상점(기본 제공 레이아웃 대신)" in text
    assert "CJ대한통운 표준운송장 123 × 100mm" in text
    assert f"상점의 레이아웃은 {folder} 폴더에 넣으세요" in text


def test_a_broken_layout_file_is_refused_in_one_sentence(cli, db):
    folder = db.parent / "shop.db.layouts"
    folder.mkdir()
    (folder / "mine.json").write_text('{"name": "mine", "title": "x", "width_mm": 50,', "utf-8")
    refused(cli("layouts"), f"The label layout {folder / 'mine.json'} is not JSON (line 1")


def test_label_with_a_layout(cli, db, tmp_path):
    number = packed_order(db)
    out = tmp_path / "cj.pdf"
    refused(cli("label", number, "--out", str(out), "--layout", "cj"), "no label layout cj;")
    assert not out.exists()
    before = dump(db)
    ok(cli("label", number, "--out", str(out), "--layout", "cj-standard"))
    assert dump(db) != before  # labelled
    (page,) = PdfReader(out).pages
    assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == (349, 283)
    assert "*" in page.extract_text()  # the receiver masked, as CJ prints it


def test_label_uses_the_couriers_layout_from_the_settings(cli, db, tmp_path):
    number = packed_order(db)
    ok(cli("settings", "label_layouts", '{"CJGLS": "small-packet"}'))
    refused(cli("settings", "label_layouts", '["small-packet"]'), "label_layouts must be a map")
    out = tmp_path / "sp.pdf"
    ok(cli("label", number, "--out", str(out)))
    (page,) = PdfReader(out).pages
    assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == (283, 283)
