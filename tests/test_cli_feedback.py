"""`feedback add|list|answer` and `message` through the real entry point, on a real database
file filled by a Desk on a fixed clock (the commands run on the machine's clock, later)."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest
from cli_helpers import cli_runner, dump, ok, refused
from desk_driver import ship_at

from fulfil_desk.core.desk import Desk
from fulfil_desk.core.kernel.clock import FixedClock
from fulfil_desk.core.kernel.orders import Address, Order, OrderLine

SEOUL = Address(
    "김하늘", "010-1111-2222", "서울특별시 마포구 월드컵북로 396", city="서울",
    postal_code="03925", country="KR",
)  # fmt: skip
SHANGHAI = Address(
    "王芳", "13800000000", "浦东新区世纪大道100号", city="上海", postal_code="200120",
    country="CN",
)  # fmt: skip
AMAZON = "111-0000001-0000000"
COUPANG = "3100000001"
CHINA = "111-0000002-0000000"


def kst(text: str) -> datetime:
    return datetime.fromisoformat(f"2026-{text}+09:00")


@pytest.fixture
def db(tmp_path) -> Path:
    return tmp_path / "shop.db"


@pytest.fixture
def cli(db, tmp_path):
    return cli_runner(db, tmp_path)


@pytest.fixture
def shop(db) -> Path:
    """An Amazon order and a Coupang one to Seoul (shipped by Lotte, delivery promised Mon 22
    June), an Amazon order to Shanghai not shipped, due Fri 19 June."""
    clock = FixedClock(kst("06-16T09:00:00"))
    desk = Desk.open(db, clock=clock, actor="tester")
    try:
        desk.exchange.fill_demo(0)

        def order(number, market, ship_to=SEOUL):
            return Order(
                market, number, kst("06-16T08:00:00").isoformat(), ship_to,
                [OrderLine("DEMO-MUG", "머그컵", 1, 9000, "KRW")], ship_by="2026-06-19",
            )  # fmt: skip

        desk.exchange.add_orders(
            [order(AMAZON, "amazon"), order(COUPANG, "coupang"), order(CHINA, "amazon", SHANGHAI)],
            source="test",
        )
        coupang = desk.orders.find_order(COUPANG).id
        ship_at(
            desk, clock, coupang, kst("06-17T12:00:00"), courier="HYUNDAI", tracking="255278883005"
        )
        desk.scores.record_delivery(coupang, promised_delivery="2026-06-22")
    finally:
        desk.close()
    return db


def run_json(cli, *args):
    return json.loads(ok(cli(*args, "--json")))


def test_feedback_add_list_answer_and_the_odr(cli, shop):
    added = run_json(cli, "feedback", "add", AMAZON, "--rating", "1", "--text", "Broken",
                     "--at", "2026-06-20T09:00")  # fmt: skip
    assert (added["rating"], added["negative"], added["order_number"]) == (1, True, AMAZON)
    assert "counts in Order defect rate" in added["message"]
    incident = cli("incident", "add", AMAZON, "--kind", "negative_feedback")  # again by hand
    assert incident.returncode == 1 and "already recorded" in incident.stderr
    rows = run_json(cli, "scores", "--marketplace", "amazon", "--as-of", "2026-06-21")
    odr = next(r for r in rows if r["metric"] == "order_defect_rate")
    assert (odr["numerator"], odr["denominator"]) == (1, 2)
    ok(cli("feedback", "add", COUPANG, "--rating", "2", "--at", "2026-06-19"))
    ok(cli("feedback", "add", CHINA, "--rating", "5", "--at", "2026-06-21"))
    waiting = run_json(cli, "feedback", "list", "--unanswered")
    assert [w["order_number"] for w in waiting] == [COUPANG, AMAZON]
    assert waiting[0]["waited_seconds"] > waiting[1]["waited_seconds"] > 0
    assert [w["order_number"] for w in run_json(cli, "feedback", "list")] == [
        CHINA,
        AMAZON,
        COUPANG,
    ]
    text = ok(cli("--lang", "ko", "feedback", "list", "--unanswered"))
    assert "별점" in text and "2026. 6. 19." in text and "대기" in text
    answered = run_json(cli, "feedback", "answer", str(added["id"]), "--text", "Sorry!")
    assert answered["reply"] == "Sorry!" and answered["replied_at"]
    assert [w["order_number"] for w in run_json(cli, "feedback", "list", "--unanswered")] == [
        COUPANG
    ]


def test_refusals_exit_1_with_one_sentence_and_change_nothing(cli, shop):
    ok(cli("feedback", "add", AMAZON, "--rating", "2", "--at", "2026-06-20T09:00"))
    ok(cli("feedback", "answer", "1", "--text", "Sorry"))
    before = dump(shop)
    refused(cli("feedback", "add", "NOPE", "--rating", "1"), "NOPE")
    refused(cli("feedback", "add", AMAZON, "--rating", "1"), "already has feedback #1")
    refused(cli("feedback", "add", COUPANG, "--rating", "1", "--at", "2031-01-01"), "future")
    refused(cli("feedback", "add", COUPANG, "--rating", "1", "--at", "2026-06-15"), "placed on")
    refused(cli("feedback", "answer", "7", "--text", "Hi"), "no feedback #7")
    refused(cli("feedback", "answer", "1", "--text", "Again"), "already answered")
    refused(cli("message", CHINA, "--kind", "return"), "has not shipped")
    refused(cli("message", CHINA, "--kind", "delay", "--date", "2026-01-01"), "is past")
    assert cli("feedback", "add", COUPANG, "--rating", "6").returncode == 2
    assert dump(shop) == before


def test_message_in_the_buyers_language_printed_or_saved_and_recorded(cli, shop, tmp_path):
    # The commands run on the machine's clock, after June 2026: the promised date is past.
    korean = ok(cli("message", COUPANG, "--kind", "delay"))
    assert "주문번호 3100000001(머그컵 × 1)" in korean and "새 예정일은 추후 안내입니다." in korean
    assert "롯데택배 255278883005 (https://www.lotteglogis.com/" in korean
    chinese = ok(cli("message", CHINA, "--kind", "delay", "--date", "2030-01-07"))
    assert "订单111-0000002-0000000（머그컵 × 1）" in chinese and "2030年1月7日 周一" in chinese
    english = run_json(
        cli, "message", COUPANG, "--kind", "reship", "--lang", "en", "--date", "2030-01-07"
    )
    assert english["lang"] == "en" and "Mon 7 Jan 2030" in english["text"]
    out = tmp_path / "to-buyer.txt"
    saved = ok(cli("message", COUPANG, "--kind", "return", "--out", str(out)))
    assert str(out) in saved
    assert out.read_text(encoding="utf-8").startswith("안녕하세요")
    desk = Desk.open(shop)
    try:
        events = desk.orders.events(desk.orders.find_order(COUPANG).id)
    finally:
        desk.close()
    contacts = [e["detail"] for e in events if e["kind"] == "buyer_contacted"]
    assert [(c["message_kind"], c["language"], c["how"]) for c in contacts] == [
        ("delay", "ko", "printed"), ("reship", "en", "printed"), ("return", "ko", "file"),
    ]  # fmt: skip
