"""The real `fulfil-desk` command in a subprocess, on a real database file."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from db_dump import dump_db as dump
from pypdf import PdfReader

from fulfil_desk.core.desk import Desk
from fulfil_desk.core.kernel.clock import FixedClock
from fulfil_desk.core.kernel.orders import OrderStatus
from fulfil_desk.core.kernel.resources import resource_path

S = OrderStatus
NOW = datetime(2026, 6, 18, 10, 0, tzinfo=ZoneInfo("Asia/Seoul"))


@pytest.fixture
def env(tmp_path) -> dict[str, str]:
    """The caller's environment, without a database from it and with a throw-away data dir."""
    env = {k: v for k, v in os.environ.items() if k != "FULFIL_DESK_DB"}
    env["XDG_DATA_HOME"] = str(tmp_path / "xdg-data")
    env["HOME"] = str(tmp_path / "home")
    env["PYTHONIOENCODING"] = "utf-8"
    return env


@pytest.fixture
def db(tmp_path) -> Path:
    return tmp_path / "shop.db"


@pytest.fixture
def cli(db, env):
    def run(*args: str, with_db: bool = True, extra_env: dict | None = None):
        command = [sys.executable, "-m", "fulfil_desk"]
        if with_db:
            command += ["--db", str(db)]
        return subprocess.run(
            [*command, *args],
            capture_output=True,
            text=True,
            encoding="utf-8",
            env={**env, **(extra_env or {})},
            timeout=120,
        )

    return run


def orders_json(cli) -> list[dict]:
    result = cli("orders", "--json")
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


@pytest.fixture
def demo_db(cli, db) -> Path:
    result = cli("demo", "--no-history", "--orders", "5")
    assert result.returncode == 0, result.stderr
    return db


def test_demo_fills_a_shop_with_the_orders_asked_for(cli, demo_db):
    orders = orders_json(cli)
    assert len(orders) == 5
    assert {o["marketplace"] for o in orders} == {"coupang", "amazon", "shopify"}
    assert all(o["status"] == "new" for o in orders)


def test_running_demo_twice_adds_no_order_twice(cli, demo_db):
    assert cli("demo", "--no-history", "--orders", "5").returncode == 0
    assert len(orders_json(cli)) == 5


def test_orders_json_has_the_fields_scripts_rely_on(cli, demo_db):
    orders = orders_json(cli)
    for order in orders:
        assert {"id", "marketplace", "order_number", "status", "ship_by", "courier",
                "tracking_number", "lines"} <= order.keys()  # fmt: skip
        assert isinstance(order["id"], int)
        assert datetime.fromisoformat(order["ship_by"]).tzinfo is not None
        assert order["courier"] is None and order["tracking_number"] is None
        assert order["lines"] and all(
            isinstance(ln["sku"], str) and ln["quantity"] >= 1 for ln in order["lines"]
        )
    deadlines = [datetime.fromisoformat(o["ship_by"]) for o in orders]
    assert deadlines == sorted(deadlines)


def test_json_also_works_before_the_command(cli, demo_db):
    result = cli("--json", "orders", "--status", "new")
    assert result.returncode == 0, result.stderr
    assert len(json.loads(result.stdout)) == 5


def test_import_of_a_bad_file_exits_1_names_the_row_and_changes_nothing(cli, demo_db):
    before = dump(demo_db)
    result = cli("import", str(resource_path("samples/orders-bad.csv")))
    assert result.returncode == 1
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "row 4" in lines[0] and "quantity" in lines[0]
    assert dump(demo_db) == before


def test_import_of_the_sample_then_again_changes_nothing(cli, db):
    sample = str(resource_path("samples/orders.csv"))
    first = cli("--json", "import", sample)
    assert first.returncode == 0, first.stderr
    assert len(json.loads(first.stdout)["new"]) == 6
    before = dump(db)
    second = cli("--json", "import", sample)
    assert second.returncode == 0, second.stderr
    assert json.loads(second.stdout)["new"] == []
    assert dump(db) == before


def test_tracking_check_accepts_a_good_lotte_number(cli):
    result = cli("tracking-check", "HYUNDAI", "255278883171")
    assert result.returncode == 0, result.stderr
    assert "255278883171" in result.stdout


def test_tracking_check_says_what_it_read_out_of_a_label_barcode(cli):
    result = cli("tracking-check", "FEDEX", "1001921334250001000300779017972697")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == (
        "779017972697: valid (read the FedEx 12-digit number inside a 34-digit label barcode)"
    )


def test_tracking_check_refuses_a_wrong_check_digit_with_a_reason(cli):
    result = cli("tracking-check", "HYUNDAI", "255278883172")
    assert result.returncode == 1
    assert "check digit" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_tracking_check_json_gives_the_reason_and_what_it_read_in_words(cli):
    barcode = json.loads(
        cli("tracking-check", "FEDEX", "1001921334250001000300779017972697", "--json").stdout
    )
    assert (barcode["valid"], barcode["reason"]) == (True, "")
    assert barcode["read_as"] == "the FedEx 12-digit number inside a 34-digit label barcode"
    unchecked = json.loads(cli("tracking-check", "CJGLS", "1234567890", "--json").stdout)
    assert unchecked["reason"] == (
        "CJ Logistics has no confirmed check digit; only the form was checked."
    )
    assert unchecked["read_as"] == ""


def test_settings_refuses_an_unknown_key_and_a_bad_value(cli):
    result = cli("settings", "shop_colour")
    assert result.returncode == 1
    assert "There is no setting 'shop_colour'; the settings are: shop_name," in result.stderr
    result = cli("settings", "backup_keep", "0")
    assert result.returncode == 1
    assert "backup_keep must be a whole number of backups from 1 to 1000." in result.stderr


def test_couriers_json_lists_codes_and_names(cli):
    result = cli("couriers", "--json")
    assert result.returncode == 0, result.stderr
    by_code = {c["code"]: c for c in json.loads(result.stdout)}
    assert by_code["HYUNDAI"]["name_ko"] == "롯데택배"
    assert by_code["CJGLS"]["name_ko"] == "CJ대한통운"
    assert all(c["name_en"] and c["country"] for c in by_code.values())


def test_ship_of_an_order_without_a_label_exits_1_and_changes_nothing(cli, demo_db):
    order = orders_json(cli)[0]
    before = dump(demo_db)
    result = cli(
        "ship", order["order_number"], "--courier", "HYUNDAI", "--tracking", "255278883171"
    )
    assert result.returncode == 1
    assert order["order_number"] in result.stderr
    assert dump(demo_db) == before


@pytest.mark.parametrize(
    "args",
    [
        ("ship", "1", "--tracking", "255278883171"),  # no --courier
        ("no-such-command",),
        ("demo", "--no-history", "--orders", "many"),
        ("label", "1"),  # neither --out nor --print
    ],
)
def test_usage_errors_exit_2(cli, args):
    result = cli(*args)
    assert result.returncode == 2, result.stderr
    assert "Usage:" in result.stderr


def test_the_database_can_come_from_fulfil_desk_db(cli, tmp_path):
    path = tmp_path / "from-env" / "shop.db"
    result = cli(
        "demo",
        "--no-history",
        "--orders",
        "2",
        with_db=False,
        extra_env={"FULFIL_DESK_DB": str(path)},
    )
    assert result.returncode == 0, result.stderr
    listed = cli("--json", "orders", with_db=False, extra_env={"FULFIL_DESK_DB": str(path)})
    assert len(json.loads(listed.stdout)) == 2
    assert not (tmp_path / "xdg-data").exists()


def _packed_order(db: Path) -> str:
    """Fill the shop and pack one order by driving a Desk in this process; its number."""
    desk = Desk.open(db, clock=FixedClock(NOW), actor="tester")
    try:
        desk.exchange.fill_demo(3)
        order = desk.orders.orders(S.NEW.value)[0]
        problems, _ = desk.flow.verify(order.id)
        assert problems == []
        list_id, _ = desk.flow.start_pick([order.id])
        codes = {p.sku: p.barcodes[0] for p in desk.products.products()}
        for line in order.lines:
            for _ in range(line.quantity):
                desk.flow.pick_scan(list_id, codes[line.sku])
        for line in order.lines:
            for _ in range(line.quantity):
                desk.flow.pack_scan(order.id, codes[line.sku])
        desk.flow.finish_pack(order.id, box="S", weight_g=640)
        assert desk.orders.order(order.id).status is S.PACKED
        return order.order_number
    finally:
        desk.close()


def test_label_out_saves_a_pdf_and_marks_the_order_labelled(cli, db, tmp_path):
    number = _packed_order(db)
    out = tmp_path / "labels" / "x.pdf"
    out.parent.mkdir()

    result = cli("label", number, "--out", str(out))

    assert result.returncode == 0, result.stderr
    assert out.read_bytes().startswith(b"%PDF")
    assert len(PdfReader(out).pages) == 1
    order = next(o for o in orders_json(cli) if o["order_number"] == number)
    assert order["status"] == "labelled"
    shipped = cli("ship", number, "--courier", "HYUNDAI", "--tracking", "255278883171")
    assert shipped.returncode == 0, shipped.stderr


def test_label_of_an_order_not_packed_exits_1_and_writes_no_file(cli, demo_db, tmp_path):
    order = orders_json(cli)[0]
    out = tmp_path / "x.pdf"
    before = dump(demo_db)
    result = cli("label", order["order_number"], "--out", str(out))
    assert result.returncode == 1
    assert order["order_number"] in result.stderr
    assert not out.exists()
    assert dump(demo_db) == before
