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

BUILTIN = Path(__file__).parent.parent / "resources" / "label_layouts"
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


def test_layouts_lists_the_built_in_ones_and_the_shops_own(cli, db, tmp_path):
    listed = json.loads(ok(cli("--json", "layouts")))
    assert [(x["name"], x["width_mm"], x["height_mm"]) for x in listed["layouts"]] == [
        ("4x6", 101.6, 152.4),
        ("cj-standard", 123, 100),
        ("small-packet", 100, 100),
    ]
    builtin = listed["layouts"][1]["file"]
    data = json.loads(Path(builtin).read_text(encoding="utf-8"))
    mine = tmp_path / "cj-standard.json"
    mine.write_text(json.dumps({**data, "height_mm": 110}), "utf-8")
    said = ok(cli("--lang", "ko", "layouts", "add", str(mine)))
    assert "기본 제공 레이아웃 대신 쓰입니다" in said
    text = ok(cli("--lang", "ko", "layouts"))
    assert "123 × 110mm" in text and "상점(기본 제공 레이아웃 대신)" in text
    assert "상점 데이터베이스(" in text  # where it is kept, when and by whom saved
    assert "CJ대한통운 표준운송장 123 × 100mm" in text
    assert "fulfil-desk layouts add FILE로 추가하세요" in text
    entry = json.loads(ok(cli("--json", "layouts")))["layouts"][1]
    assert entry["replaces_builtin"] and entry["file"] is None and entry["saved_at"]


def test_add_replace_remove_and_export(cli, db, tmp_path):
    source = json.loads((BUILTIN / "small-packet.json").read_text(encoding="utf-8"))
    mine = tmp_path / "mine.json"
    mine.write_text(json.dumps({**source, "name": "mine"}), "utf-8")
    said = ok(cli("layouts", "add", str(mine))).strip()
    assert said == "Label layout mine added to the shop's layouts."
    refused(cli("layouts", "add", str(mine)), "The shop already has a label layout mine (saved")
    mine.write_text(json.dumps({**source, "name": "mine", "width_mm": 110}), "utf-8")
    added = json.loads(ok(cli("--json", "layouts", "add", str(mine), "--replace")))
    assert added == {"added": "mine", "file": str(mine)}
    out = tmp_path / "out" / "copy.json"
    refused(cli("layouts", "export", "mine", "--out", str(out)), f"Cannot write {out}")
    out = tmp_path / "copy.json"
    said = ok(cli("layouts", "export", "mine", "--out", str(out))).strip()
    assert said == f"Label layout mine written to {out}."
    assert out.read_text(encoding="utf-8") == mine.read_text(encoding="utf-8")
    refused(cli("layouts", "remove", "4x6"), "4x6 is a built-in one")
    ok(cli("settings", "default_label_layout", "mine"))
    refused(cli("layouts", "remove", "mine"), "chosen by the setting default_label_layout")
    ok(cli("settings", "default_label_layout", "4x6"))
    assert json.loads(ok(cli("--json", "layouts", "remove", "mine"))) == {"removed": "mine"}
    refused(cli("layouts", "export", "mine", "--out", str(out)), "There is no label layout mine")


def test_a_broken_layout_file_is_refused_in_one_sentence(cli, db, tmp_path):
    mine = tmp_path / "mine.json"
    mine.write_text('{"name": "mine", "title": "x", "width_mm": 50,', "utf-8")
    ok(cli("layouts"))
    before = dump(db)
    refused(cli("layouts", "add", str(mine)), f"The label layout {mine} is not JSON (line 1")
    assert dump(db) == before


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
