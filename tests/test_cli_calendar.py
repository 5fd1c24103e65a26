"""`holidays`, `ship-by` and `capacity` through the real entry point, on a real database file.

These run on the real clock, so the days they mark are worked out from today in Seoul.
"""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import holidays as holiday_data
import pytest
from cli_helpers import cli_runner, dump, ok, refused

from fulfil_desk.core.wording.render import Wording

KST = ZoneInfo("Asia/Seoul")
WARNING = "Marketplaces want non-shipping days marked at least a day ahead"


@pytest.fixture
def db(tmp_path) -> Path:
    return tmp_path / "shop.db"


@pytest.fixture
def cli(db, tmp_path):
    return cli_runner(db, tmp_path)


def today() -> date:
    return datetime.now(KST).date()


def plain_weekday(after: date) -> date:
    """The first Tuesday to Friday at least a week after `after` that, like the day before
    it, is not a Korean public holiday."""
    day = after + timedelta(days=7)
    public = holiday_data.country_holidays("KR", years=[day.year, day.year + 1])
    while not 1 <= day.weekday() <= 4 or day in public or day - timedelta(days=1) in public:
        day += timedelta(days=1)
    return day


def test_ship_by_prints_the_date_across_seollal(cli):
    assert ok(cli("ship-by", "--ordered-at", "2026-02-13T10:00:00+09:00", "--lead-days", "1")) == (
        "Ship by Thu 19 Feb 2026.\n"
    )
    after_cut_off = cli("ship-by", "--ordered-at", "2026-02-13T15:30:00+09:00", "--lead-days", "1")
    assert ok(after_cut_off) == "Ship by Fri 20 Feb 2026.\n"
    utc = cli("--json", "ship-by", "--ordered-at", "2026-02-13T06:30:00Z", "--lead-days", "0")
    assert json.loads(ok(utc)) == {"ship_by": "2026-02-19T23:59:59+09:00", "date": "2026-02-19"}


def test_ship_by_refuses_bad_input(cli):
    refused(cli("ship-by", "--ordered-at", "yesterday", "--lead-days", "1"), "ISO 8601")
    refused(
        cli("ship-by", "--ordered-at", "2026-02-13T10:00+09:00", "--lead-days", "99"), "0 to 30"
    )
    refused(
        cli(
            "ship-by",
            "--ordered-at",
            "2026-02-13T10:00+09:00",
            "--lead-days",
            "1",
            "--courier",
            "X",
        ),
        "courier",
    )
    assert cli("ship-by", "--lead-days", "1").returncode == 2  # usage: --ordered-at missing


def test_a_courier_closure_moves_ship_by_for_that_courier_only(cli):
    day = plain_weekday(today())
    ok(cli("holidays", "add", day.isoformat(), "--name", "택배 휴무", "--courier", "HANJIN"))
    ordered = f"{day - timedelta(days=1)}T10:00:00+09:00"
    asked = ("--json", "ship-by", "--ordered-at", ordered, "--lead-days", "1", "--courier")
    hanjin = json.loads(ok(cli(*asked, "HANJIN")))["date"]
    lotte = json.loads(ok(cli(*asked, "HYUNDAI")))["date"]
    assert lotte == day.isoformat() and hanjin > day.isoformat()
    days = json.loads(ok(cli("holidays", "list", "--json", "--from", str(day), "--to", str(day))))
    assert days == [{"date": str(day), "kind": "courier", "courier": "HANJIN", "name": "택배 휴무"}]
    ok(cli("holidays", "remove", str(day), "--courier", "hanjin"))
    assert ok(cli("holidays", "list", "--from", str(day), "--to", str(day))).startswith("No ")


def test_holidays_list_has_the_public_holidays_of_this_and_next_year(cli):
    year = today().year
    days = json.loads(ok(cli("holidays", "list", "--json")))
    assert {"date", "kind", "courier", "name"} <= days[0].keys()
    dates = {d["date"] for d in days if d["kind"] == "public"}
    assert f"{year}-01-01" in dates and f"{year + 1}-01-01" in dates
    text = ok(cli("holidays", "list", "--from", f"{year}-12-25", "--to", f"{year}-12-25"))
    header, christmas = text.splitlines()
    assert header.split() == ["DATE", "KIND", "COURIER", "NAME"]
    assert christmas.startswith(f"{year}-12-25  public") and "Christmas" in christmas


def test_adding_a_day_moves_an_imported_deadline_and_removing_it_moves_it_back(cli, db, tmp_path):
    now = datetime.now(KST).replace(microsecond=0)
    orders = tmp_path / "orders.csv"
    orders.write_text(
        "order_number,ordered_at,recipient_name,phone,address1,postal_code,country,sku,title,"
        f"quantity\nCAL-1,{now.isoformat()},김하늘,010-1111-2222,서울특별시 마포구 1,03925,KR,"
        "DEMO-MUG,머그컵,1\n",
        "utf-8",
    )
    ok(cli("import", str(orders)))
    deadline = json.loads(ok(cli("orders", "--json")))[0]["ship_by"][:10]  # csv: lead 2
    assert deadline >= str(today() + timedelta(days=2))

    added = json.loads(ok(cli("holidays", "add", deadline, "--name", "Stocktake", "--json")))
    assert [(m["order_number"], m["old"][:10]) for m in added["moved"]] == [("CAL-1", deadline)]
    assert added["moved"][0]["new"][:10] > deadline and added["warning"] is None
    assert json.loads(ok(cli("orders", "--json")))[0]["ship_by"][:10] > deadline

    removed = cli("holidays", "remove", deadline)
    assert "CAL-1" in ok(removed) and "1 deadline moved" in removed.stdout
    assert json.loads(ok(cli("orders", "--json")))[0]["ship_by"][:10] == deadline


def test_marking_today_or_tomorrow_warns_on_stderr(cli):
    marked = {d["date"] for d in json.loads(ok(cli("holidays", "list", "--json")))}
    free = [d for d in (today(), today() + timedelta(days=1)) if str(d) not in marked]
    if not free:
        pytest.skip("today and tomorrow are both public holidays")
    result = cli("holidays", "add", str(free[0]), "--name", "Burst pipe")
    assert ok(result).startswith(f"{Wording().day(free[0])} is a non-shipping day now")
    assert result.stderr.startswith(f"warning: {WARNING}: {Wording().day(free[0])} is ")


def test_refused_holidays_exit_1_with_one_sentence_and_change_nothing(cli, db):
    day = plain_weekday(today())
    ok(cli("holidays", "add", str(day), "--name", "Vacation"))
    before = dump(db)
    refused(cli("holidays", "add", str(day), "--name", "Again"), "already a non-shipping day")
    refused(cli("holidays", "add", "2026-13-01", "--name", "x"), "YYYY-MM-DD")
    refused(cli("holidays", "add", "2000-01-03", "--name", "x"), "in the past")
    refused(
        cli("holidays", "add", str(day + timedelta(1)), "--name", "x", "--courier", "NOPE"), "NOPE"
    )
    refused(cli("holidays", "remove", str(day + timedelta(days=1))), "not marked")
    refused(cli("holidays", "load-country", "XX", "--year", "2027"), "country code")
    assert cli("holidays", "add", str(day)).returncode == 2  # usage: --name missing
    assert dump(db) == before


def test_load_country_adds_that_countrys_holidays(cli):
    year = today().year + 1
    result = cli("holidays", "load-country", "JP", "--year", str(year))
    assert ok(result).startswith(f"JP {year}: ") and "public holidays added" in result.stdout
    days = json.loads(ok(cli("holidays", "list", "--json")))
    assert any(d["date"] == f"{year}-02-11" for d in days)  # Japan's National Foundation Day


def test_capacity_lists_the_next_shipping_days_with_their_load(cli):
    ok(cli("demo", "--no-history", "--orders", "12"))
    ok(cli("settings", "daily_capacity_orders", "1"))
    days = json.loads(ok(cli("capacity", "--days", "5", "--json")))
    assert len(days) == 5
    for day in days:
        assert {"date", "capacity", "load", "over", "at_risk"} <= day.keys()
        assert day["capacity"] == 1 and day["over"] == (day["load"] > 1)
        assert date.fromisoformat(day["date"]).weekday() < 5
    assert days[0]["load"] >= 2  # the demo's two overdue orders count on the first day
    assert [d["date"] for d in days] == sorted(d["date"] for d in days)
    text = ok(cli("capacity", "--days", "5"))
    assert "OVER" in text and "at risk:" in text
    refused(cli("capacity", "--days", "0"), "1 to 60")
