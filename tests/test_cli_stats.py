"""`fulfil-desk stats` through the real entry point, on the two packers' day (packer_day.py)."""

from __future__ import annotations

import json

import pytest
from cli_helpers import cli_runner, ok, refused
from packer_day import KIM, WANG, two_packers_day

from fulfil_desk.cli_table import width

RANGE = ("--from", "2026-06-18", "--to", "2026-06-19")


@pytest.fixture
def cli(tmp_path):
    db = tmp_path / "shop.db"
    two_packers_day(db)
    return cli_runner(db, tmp_path)


def test_json_gives_every_row_with_its_figures(cli):
    rows = json.loads(ok(cli("stats", *RANGE, "--json")))
    assert [(r["packer"], r["day"]) for r in rows] == [
        ("tester", "2026-06-18"), ("tester", None),
        (WANG, "2026-06-18"), (WANG, "2026-06-19"), (WANG, None),
        (KIM, "2026-06-18"), (KIM, None),
    ]  # fmt: skip
    kim = rows[5]
    assert kim["total"] is False
    assert (kim["orders_packed"], kim["units_packed"], kim["active_s"]) == (2, 3, 630)
    assert kim["orders_per_hour"] == 2 * 3600 / 630
    assert kim["median_open_to_ship_s"] == 555.0
    assert kim["refused"] == {
        "wrong_item": 1, "one_too_many": 1, "unknown_code": 1, "other": 0, "total": 3,
    }  # fmt: skip
    assert (kim["manual"], kim["reprints"]) == (1, 1)
    assert rows[4]["total"] is True and rows[4]["put_aside"] == 1


def test_one_packer_and_the_global_json_flag(cli):
    rows = json.loads(ok(cli("--json", "stats", *RANGE, "--packer", WANG)))
    assert [(r["day"], r["orders_shipped"]) for r in rows] == [
        ("2026-06-18", 0), ("2026-06-19", 1), (None, 1),
    ]  # fmt: skip


def test_the_table_lines_up_korean_and_chinese_names(cli):
    lines = ok(cli("stats", *RANGE)).splitlines()
    header, *rows = lines
    assert header.split() == [
        "Day", "Packer", "Orders", "Units", "Active", "Orders/h", "Units/h", "Open-ship",
        "Wrong", "Too", "many", "Unknown", "Other", "Manual", "Reprints", "Handed", "over",
    ]  # fmt: skip
    kim = next(line for line in rows if line.startswith("2026-06-18") and KIM in line)
    figures = ["2", "3", "10m30s", "11.4", "17.1", "9m15s", "1", "1", "1", "0", "1", "1", "0"]
    assert kim.split()[2:] == figures
    wang_total = next(line for line in rows if line.startswith("total") and WANG in line)
    assert wang_total.split()[2:8] == ["1", "1", "10m00s", "6.0", "6.0", "22h31m"]
    assert len({width(line) for line in lines}) == 1  # every line as wide, on screen


def test_a_day_without_work_says_so(cli):
    assert ok(cli("stats", "--from", "2026-06-17", "--to", "2026-06-17")).strip() == (
        "No bench work on Wed 17 Jun 2026."
    )
    assert json.loads(ok(cli("stats", "--to", "2026-06-17", "--json"))) == []
    said = ok(cli("stats", *RANGE, "--packer", "Nobody")).strip()
    assert said == "No bench work by Nobody from Thu 18 Jun 2026 to Fri 19 Jun 2026."


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (("--from", "2026-06-31"), "'2026-06-31' is not a date; write it as YYYY-MM-DD"),
        (("--to", "June 18"), "'June 18' is not a date"),
        (("--from", "2026-06-19", "--to", "2026-06-18"), "starts (Fri 19 Jun 2026) after it ends"),
        (("--packer", "a:b", *RANGE), "packer's name"),
    ],
)
def test_bad_dates_or_a_backwards_range_exit_1_with_one_sentence(cli, args, words):
    result = cli("stats", *args)
    refused(result, words)
    assert result.stdout == ""
