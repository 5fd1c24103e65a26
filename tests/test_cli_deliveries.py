"""`in-transit`, `delivered` and `couriers performance` through the real entry point, on a
shop whose parcels a Desk shipped days before the real clock's now."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from cli_helpers import cli_runner, dump, ok, refused
from transit_shop import coupang_order, lotte, ship, stocked_desk

NEW_CJ = "300000000002"
KST = ZoneInfo("Asia/Seoul")


@pytest.fixture
def db(tmp_path) -> Path:
    return tmp_path / "shop.db"


@pytest.fixture
def cli(db, tmp_path):
    return cli_runner(db, tmp_path)


@pytest.fixture
def shop(db) -> dict[str, str]:
    """A Lotte parcel shipped 12 days ago (stale), a CJ one a minute ago (not), an open order."""
    now = datetime.now(KST).replace(microsecond=0)
    since_midnight = now - now.replace(hour=0, minute=0, second=0)
    desk = stocked_desk(db, now - timedelta(days=12))
    old = lotte("00000000001")
    ship(desk, "CP-OLD", now - timedelta(days=12), "HYUNDAI", old)
    # a minute ago, but today in Seoul whatever the time of day the tests run
    ship(desk, "CP-NEW", now - min(timedelta(minutes=1), since_midnight), "CJGLS", NEW_CJ)
    desk.exchange.add_orders([coupang_order("CP-OPEN", now)], source="test")
    desk.close()
    day_after = (now - timedelta(days=11)).date().isoformat()  # after CP-OLD shipped, any hour
    return {"old": old, "new": NEW_CJ, "day_after_old": day_after}


def test_in_transit_lists_the_stale_parcel_with_its_tracking_page(cli, shop):
    (parcel,) = json.loads(ok(cli("in-transit", "--json")))
    assert parcel["order_number"] == "CP-OLD"
    assert parcel["tracking_number"] == shop["old"]
    assert parcel["tracking_url"].endswith(shop["old"])
    assert parcel["courier"] == "Lotte" and parcel["stale"] and parcel["expected_days"] == 2
    every = json.loads(ok(cli("in-transit", "--all", "--json")))
    assert [p["order_number"] for p in every] == ["CP-OLD", "CP-NEW"]
    # shipped today: 0 shipping days, not more than 0
    assert (
        json.loads(ok(cli("in-transit", "--stale-days", "0", "--courier", "CJGLS", "--json"))) == []
    )
    (cj,) = json.loads(ok(cli("in-transit", "--all", "--courier", "CJ대한통운", "--json")))
    assert cj["days_in_transit"] == 0
    text = ok(cli("--lang", "ko", "in-transit"))
    assert "롯데택배" in text and "운송장번호" in text and shop["old"] in text
    assert "物流商" in ok(cli("--lang", "zh_CN", "in-transit"))


def test_in_transit_refuses_an_unknown_courier(cli, shop):
    refused(cli("in-transit", "--courier", "NOPE"), "NOPE")


def test_delivered_one_by_tracking_number_or_order(cli, shop):
    ok(cli("delivered", shop["old"], "--at", shop["day_after_old"] + "T09:00:00+09:00"))
    assert "No parcel has been in transit" in ok(cli("in-transit"))
    ok(cli("delivered", "CP-NEW"))
    assert "No parcel is in transit" in ok(cli("in-transit", "--all"))


def test_delivered_refusals_are_one_sentence_and_change_nothing(cli, shop, db):
    before = dump(db)
    refused(cli("delivered", "CP-OPEN"), "CP-OPEN has not shipped")
    refused(cli("delivered", shop["old"], "--at", "2020-01-01"), "before the parcel shipped")
    refused(cli("--lang", "ko", "delivered", "NOPE-123"), "NOPE-123")
    assert dump(db) == before
    assert cli("delivered").returncode == 2  # neither a parcel nor a file


def test_delivered_from_a_file_all_or_nothing(cli, shop, db, tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_bytes(f"운송장번호,배송완료일\n{shop['old']},\n999999999999,\n".encode("cp949"))
    before = dump(db)
    refused(cli("delivered", "--from-file", str(bad)), "bad.csv, row 3: column 1")
    assert dump(db) == before
    good = tmp_path / "good.csv"
    good.write_text(f"\ufefftracking,date\n{shop['old']},\n{shop['new']},\n", "utf-8")
    said = ok(cli("delivered", "--from-file", str(good)))
    assert "2 parcels of good.csv marked delivered." in said
    assert json.loads(ok(cli("in-transit", "--all", "--json"))) == []
    refused(cli("delivered", "--from-file", str(tmp_path / "missing.csv")), "missing.csv")


def test_couriers_still_lists_and_performance_tells_each_window(cli, shop):
    listing = json.loads(ok(cli("couriers", "--json")))
    assert {"code": "CJGLS", "name_en": "CJ Logistics", "name_ko": "CJ대한통운",
            "country": "KR"} in listing  # fmt: skip
    assert "CJGLS" in ok(cli("couriers"))
    figures = json.loads(ok(cli("couriers", "performance", "--json")))
    assert [(f["courier_code"], f["days"]) for f in figures] == [
        ("HYUNDAI", 30), ("CJGLS", 30), ("HYUNDAI", 90), ("CJGLS", 90),
    ]  # fmt: skip
    assert figures[0]["stale"] == 1 and figures[0]["parcels"] == 1
    only = json.loads(ok(cli("couriers", "performance", "--days", "7", "--json")))
    assert [f["courier_code"] for f in only] == ["CJGLS"]  # the Lotte one is 12 days old
    for lang, word in (("ko", "정시 배송"), ("zh_CN", "准时送达"), ("en", "ON TIME")):
        assert word in ok(cli("--lang", lang, "couriers", "performance"))
    assert cli("couriers", "performance", "--days", "0").returncode == 2
