"""`scores`, `at-risk`, `inquiries`, `incident`, `delivery`, `notice` and `poa` through the real
entry point, on a real database file filled by a Desk on a fixed clock."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from cli_helpers import cli_runner, dump
from desk_driver import ship_at
from pypdf import PdfReader

from fulfil_desk.core.desk import Desk
from fulfil_desk.core.kernel.clock import FixedClock
from fulfil_desk.core.kernel.orders import Address, Order, OrderLine

KST = ZoneInfo("Asia/Seoul")
AS_OF = "2026-06-18T10:00:00+09:00"
SEOUL = Address(
    "김하늘",
    "010-1111-2222",
    "서울특별시 마포구 월드컵북로 396",
    city="서울",
    postal_code="03925",
    country="KR",
)
LATE = "111-0000004-0000000"


def kst(text: str) -> datetime:
    return datetime.fromisoformat(f"2026-{text.replace(' ', 'T')}+09:00")


@pytest.fixture
def db(tmp_path) -> Path:
    return tmp_path / "shop.db"


@pytest.fixture
def cli(db, tmp_path):
    return cli_runner(db, tmp_path)


def run_json(cli, *args: str):
    result = cli(*args, "--json")
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def _ship(desk: Desk, clock: FixedClock, order_id: int, when: datetime, tracking: str) -> None:
    ship_at(desk, clock, order_id, when, courier="HYUNDAI", tracking=tracking)


@pytest.fixture
def shop(db) -> Path:
    """Amazon: four orders due 17 June, one confirmed late. Coupang: one due tomorrow."""
    clock = FixedClock(kst("06-16 09:00:00"))
    desk = Desk.open(db, clock=clock, actor="tester")
    try:
        desk.exchange.fill_demo(0)

        def order(number, market, ship_by):
            return Order(
                market,
                number,
                kst("06-16 08:00:00").isoformat(),
                SEOUL,
                [OrderLine("DEMO-MUG", "Mug", 1, 9000, "KRW")],
                ship_by=ship_by,
            )

        desk.exchange.add_orders(
            [
                order(f"111-000000{i}-0000000", "amazon", "2026-06-17T23:59:59+09:00")
                for i in range(1, 5)
            ]
            + [order("3100000001", "coupang", "2026-06-19T23:59:59+09:00")],
            source="test",
        )
        for i in range(1, 4):
            _ship(
                desk,
                clock,
                desk.orders.find_order(f"111-000000{i}-0000000").id,
                kst("06-17 12:00:00"),
                f"255278883{i:02d}" + str(int(f"255278883{i:02d}") % 7),
            )
        _ship(desk, clock, desk.orders.find_order(LATE).id, kst("06-18 09:00:00"), "255278883171")
    finally:
        desk.close()
    return db


def test_scores_json_has_the_fields_scripts_rely_on(cli, shop):
    rows = run_json(cli, "scores", "--marketplace", "amazon", "--as-of", AS_OF)
    keys = {
        "marketplace",
        "metric",
        "window_days",
        "numerator",
        "denominator",
        "rate",
        "target",
        "comparison",
        "status",
    }
    assert all(keys <= set(r) for r in rows)
    lsr = next(r for r in rows if r["metric"] == "late_shipment_rate_10d")
    assert {k: lsr[k] for k in keys} == {
        "marketplace": "amazon",
        "metric": "late_shipment_rate_10d",
        "window_days": 10,
        "numerator": 1,
        "denominator": 4,
        "rate": 0.25,
        "target": 0.04,
        "comparison": "less_than",
        "status": "bad",
    }
    text = cli("scores", "--as-of", AS_OF)
    assert text.returncode == 0 and "Late shipment rate (10 days)" in text.stdout
    late = next(line for line in text.stdout.splitlines() if "(10 days)" in line)
    assert "25.0 %" in late and late.endswith("missed") and "no data" in text.stdout


def test_at_risk_lists_tomorrows_order_and_the_sentence(cli, shop):
    found = run_json(cli, "at-risk", "--as-of", AS_OF)
    assert [o["order_number"] for o in found["orders"]] == ["3100000001"]
    assert found["orders"][0]["due"] == "tomorrow"
    text = cli("at-risk", "--as-of", AS_OF).stdout
    assert "If this one ships late, on-time shipment becomes 0.0 % (no target set)." in text


def test_inquiries_add_list_answer(cli, shop):
    added = run_json(
        cli,
        "inquiries",
        "add",
        "--marketplace",
        "coupang",
        "--received-at",
        "2026-06-18T09:00:00+09:00",
        "--subject",
        "배송 언제 되나요?",
    )
    (open_,) = run_json(cli, "inquiries", "list", "--as-of", AS_OF)
    assert (open_["id"], open_["seconds_left"], open_["due_at"]) == (
        added["id"],
        23 * 3600,
        "2026-06-19T09:00:00+09:00",
    )
    assert (
        cli("inquiries", "answer", str(added["id"]), "--at", "2026-06-18T11:00:00+09:00").returncode
        == 0
    )
    assert run_json(cli, "inquiries", "list", "--as-of", AS_OF) == []
    (answered,) = run_json(cli, "inquiries", "list", "--all")
    assert answered["answered_in_time"] is True


def test_incident_add_counts_in_the_defect_rate_and_a_bad_one_changes_nothing(cli, shop):
    before = dump(shop)
    unknown = cli("incident", "add", "NOPE", "--kind", "chargeback")
    assert unknown.returncode == 1 and "NOPE" in unknown.stderr
    assert cli("incident", "add", LATE, "--kind", "nonsense").returncode == 2
    assert dump(shop) == before
    added = cli(
        "incident",
        "add",
        LATE,
        "--kind",
        "negative_feedback",
        "--at",
        "2026-06-18T09:30:00+09:00",
        "--reason",
        "1 star",
    )
    assert added.returncode == 0, added.stderr
    rows = run_json(cli, "scores", "--marketplace", "amazon", "--as-of", AS_OF)
    odr = next(r for r in rows if r["metric"] == "order_defect_rate")
    assert (odr["numerator"], odr["denominator"]) == (1, 4)


def test_delivery_records_promised_and_delivered(cli, shop):
    result = cli(
        "delivery", LATE, "--delivered-at", "2026-06-20T15:00:00+09:00", "--promised", "2026-06-20"
    )
    assert result.returncode == 0, result.stderr
    rows = run_json(
        cli, "scores", "--marketplace", "amazon", "--as-of", "2026-06-21T10:00:00+09:00"
    )
    otd = next(r for r in rows if r["metric"] == "on_time_delivery_rate")
    assert (otd["numerator"], otd["denominator"]) == (1, 1)


def test_notice_add_list_and_the_plan_of_action_pdf(cli, shop, tmp_path):
    added = run_json(
        cli,
        "notice",
        "add",
        "--id",
        "PN-2026-0001",
        "--marketplace",
        "amazon",
        "--metric",
        "late_shipment_rate",
        "--from",
        "2026-06-10T00:00:00+09:00",
        "--to",
        "2026-06-18T00:00:00+09:00",
        "--received-at",
        "2026-06-18T09:00:00+09:00",
    )
    assert (added["response_due"], added["plan_due"]) == (
        "2026-06-20T09:00:00+09:00",
        "2026-06-21T09:00:00+09:00",
    )
    assert [p["ref"] for p in added["problems"]] == [LATE]
    (listed,) = run_json(cli, "notice", "list", "--as-of", AS_OF)
    assert (listed["seconds_to_response"], listed["seconds_to_plan"]) == (47 * 3600, 71 * 3600)
    out = tmp_path / "plan.pdf"
    result = cli("poa", "PN-2026-0001", "--out", str(out), "--lang", "ko")
    assert result.returncode == 0, result.stderr
    text = "".join(page.extract_text() for page in PdfReader(out).pages)
    assert LATE in text and "개선 계획서" in text
    assert "111-0000001-0000000" not in text  # shipped on time


def test_refusals_exit_1_with_a_sentence_and_write_nothing(cli, shop, tmp_path):
    before = dump(shop)
    out = tmp_path / "none.pdf"
    for args, words in (
        (("scores", "--marketplace", "shopify"), "no seller-score metrics"),
        (("poa", "PN-NONE", "--out", str(out)), "no performance notice"),
        (
            (
                "notice",
                "add",
                "--id",
                "PN-X",
                "--marketplace",
                "amazon",
                "--metric",
                "speed",
                "--from",
                "2026-06-01",
                "--to",
                "2026-06-02",
            ),
            "no metric",
        ),
        (("scores", "target", "amazon", "late_shipment_rate_10d", "5%"), "publishes the target"),
    ):
        result = cli(*args)
        assert result.returncode == 1, args
        assert words in result.stderr and result.stderr.count("\n") == 1
    assert not out.exists()
    assert dump(shop) == before


def test_a_seller_target_for_an_unpublished_metric(cli, shop):
    assert cli("scores", "target", "coupang", "on_time_shipment", "95%").returncode == 0
    rows = run_json(
        cli,
        "scores",
        "--marketplace",
        "coupang",
        "--as-of",
        (kst("06-21 10:00:00") + timedelta(seconds=0)).isoformat(),
    )
    ots = next(r for r in rows if r["metric"] == "on_time_shipment")
    assert (ots["target"], ots["target_source"], ots["status"]) == (0.95, "seller", "bad")
