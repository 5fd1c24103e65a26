"""`import`, `mapping` and `export-tracking` through the real command, in a subprocess."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import amazon_all_orders
import openpyxl
import pytest
from cli_helpers import dump

from fulfil_desk.core.kernel.resources import resource_path

SAMPLES = resource_path("samples")


@pytest.fixture
def cli(tmp_path):
    env = {k: v for k, v in os.environ.items() if k != "FULFIL_DESK_DB"}
    env.update(
        XDG_DATA_HOME=str(tmp_path / "xdg"), HOME=str(tmp_path / "home"), PYTHONIOENCODING="utf-8"
    )
    db = tmp_path / "shop.db"

    def run(*args: str):
        return subprocess.run(
            [sys.executable, "-m", "fulfil_desk", "--db", str(db), *args],
            capture_output=True,
            text=True,
            encoding="utf-8",
            env=env,
            timeout=120,
        )

    run.db = db
    return run


def ok(result) -> dict | list:
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


@pytest.mark.parametrize(
    ("name", "fmt", "added"),
    [
        ("coupang-deliverylist-40.xlsx", "coupang", 3),
        ("coupang-deliverylist-39.xlsx", "coupang", 2),
        ("amazon-unshipped.txt", "amazon-unshipped", 2),
        ("amazon-jp-orders.txt", "amazon", 2),
        ("shopify-orders.csv", "shopify", 2),
        ("ebay-orders-us.csv", "ebay", 3),
        ("ebay-orders-uk.csv", "ebay", 3),
        ("orders-gb18030.csv", "csv", 2),
    ],
)
def test_import_json_for_every_format(cli, name, fmt, added):
    data = ok(cli("import", str(SAMPLES / name), "--json"))
    assert data["format"] == fmt
    assert (data["orders_added"], data["orders_updated"], data["orders_cancelled"]) == (added, 0, 0)
    assert data["refused"] == [] and data["lines"] >= added
    again = ok(cli("--json", "import", str(SAMPLES / name), "--format", fmt))
    assert again["orders_added"] == 0 and again["orders_updated"] == 0


def test_a_mapping_is_saved_listed_and_used(cli, tmp_path):
    sample = str(SAMPLES / "orders-cp949.csv")
    refused = cli("import", sample)
    assert refused.returncode == 1 and "column mapping" in refused.stderr
    saved = ok(
        cli(
            "mapping",
            "save",
            "korean",
            "--from-json",
            str(SAMPLES / "mapping-korean-shop.json"),
            "--json",
        )
    )
    assert saved["columns"]["order_number"] == "주문번호"
    by_option = ok(
        cli(
            "mapping",
            "save",
            "short",
            "--order-number",
            "주문번호",
            "--ordered-at",
            "주문일시",
            "--recipient-name",
            "받는분",
            "--address1",
            "주소",
            "--sku",
            "상품코드",
            "--quantity",
            "수량",
            "--json",
        )
    )
    assert by_option["marketplace"] == "csv"
    assert [m["name"] for m in ok(cli("mapping", "list", "--json"))] == ["korean", "short"]
    data = ok(cli("import", sample, "--mapping", "korean", "--encoding", "cp949", "--json"))
    assert (data["format"], data["encoding"], data["orders_added"]) == (
        "mapping:korean",
        "cp949",
        2,
    )
    bad = cli("mapping", "save", "x", "--sku", "상품코드")
    assert bad.returncode == 1 and "needs a column for order_number" in bad.stderr


def test_bad_rows_refuse_the_file_or_are_listed_with_skip_bad(cli):
    bad = str(resource_path("samples/orders-bad.csv"))
    refused = cli("import", bad, "--json")
    assert refused.returncode == 1 and "row 4" in refused.stderr
    data = ok(cli("import", bad, "--skip-bad", "--json"))
    assert data["refused"] == [
        {"row": 4, "column": "quantity", "reason": data["refused"][0]["reason"]}
    ]
    assert "1.5" in data["refused"][0]["reason"]


def test_a_wrong_encoding_is_refused_with_a_sentence(cli):
    result = cli("import", str(SAMPLES / "orders-gb18030.csv"), "--encoding", "shift_jis")
    assert result.returncode == 1
    assert "is not Shift_JIS (Japanese) text" in result.stderr and "--encoding" in result.stderr
    usage = cli("import", str(SAMPLES / "orders.csv"), "--format", "wish")
    assert usage.returncode == 2


@pytest.mark.parametrize("fmt", [(), ("--format", "amazon")])
def test_the_amazon_all_orders_report_is_refused_with_the_report_to_download(cli, tmp_path, fmt):
    ok(cli("import", str(SAMPLES / "amazon-unshipped.txt"), "--json"))
    before = dump(cli.db)
    path = amazon_all_orders.write(tmp_path)
    result = cli("import", str(path), *fmt)
    assert result.returncode == 1 and result.stdout == ""
    [line] = result.stderr.splitlines()
    assert line.startswith("fulfil-desk: all-orders.txt is Amazon's All Orders report, which ")
    assert "no recipient name or street address, so no order can be shipped from it" in line
    assert "_GET_FLAT_FILE_ORDERS_DATA_" in line and "Unshipped Orders report" in line
    assert dump(cli.db) == before


def test_export_tracking_then_only_new_ones(cli, tmp_path):
    ok(cli("import", str(SAMPLES / "coupang-deliverylist-40.xlsx"), "--json"))
    con = sqlite3.connect(cli.db)
    con.execute("DELETE FROM tracking_export_orders")  # as if the history were never confirmed
    con.commit()
    con.close()
    out = tmp_path / "wing.xlsx"
    data = ok(cli("export-tracking", "--format", "coupang", "--out", str(out), "--json"))
    assert data["orders"] == ["coupang 310000000103"] and data["rows"] == 1
    sheet = openpyxl.load_workbook(out)["Delivery"]
    row = dict(zip([c.value for c in sheet[1]], [c.value for c in sheet[2]], strict=True))
    assert (row["택배사"], row["운송장번호"]) == ("CJ대한통운", "631234567894")
    assert row["수취인 주소"] == "서울특별시 마포구 월드컵북로 396 (상암동)"
    again = cli("export-tracking", "--format", "coupang", "--out", str(tmp_path / "2.xlsx"))
    assert again.returncode == 1 and "--all" in again.stderr
    assert not (tmp_path / "2.xlsx").exists()
    csv_out = tmp_path / "all.csv"
    data = ok(
        cli(
            "export-tracking",
            "--format",
            "csv",
            "--out",
            str(csv_out),
            "--all",
            "--marketplace",
            "coupang",
            "--json",
        )
    )
    assert data["orders"] == ["coupang 310000000103"]
    assert "이하은" in Path(csv_out).read_text(encoding="utf-8-sig")
