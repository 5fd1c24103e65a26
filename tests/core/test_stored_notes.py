"""What the core stores for people to read later is the message, not English: a hold note,
why an import cancelled an order, why a deadline moved. Written at a station in one language,
it is read in another; a note typed by a person and an English note stored by an older
version are read as they are."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys

from cli_helpers import cli_runner, ok
from conftest import SEOUL

from fulfil_desk.core.desk import Desk
from fulfil_desk.core.kernel.message_codec import stored_note
from fulfil_desk.core.kernel.messages import Message
from fulfil_desk.core.kernel.orders import Address, CancelReason, HoldReason, OrderStatus
from fulfil_desk.core.wording.render import Wording

NO_POSTCODE = Address(name="Jordan Lee", phone="+1 503-555-0142", line1="1200 NW Ave",
                      city="Portland", country="US")  # fmt: skip


def words(lang: str) -> Wording:
    return Wording(lang=lang)


def test_a_verify_hold_note_is_the_message_and_reads_in_each_language(desk, add):
    order_id = add("V-1", [("DEMO-MUG", 1)], ship_to=NO_POSTCODE)
    desk.flow.verify(order_id)
    order = desk.orders.order(order_id)
    assert order.status is OrderStatus.ON_HOLD
    note = order.hold_note_said
    assert isinstance(note, Message)
    assert "postal code" in words("en")(note)
    chinese = words("zh_CN")(note)
    assert "邮编" in chinese and "postal" not in chinese
    held = next(e for e in desk.orders.events(order_id) if e["kind"] == "held")
    assert stored_note(json.dumps(held["detail"]["note"])) == note  # the audit trail's too


def test_a_note_typed_at_the_bench_or_stored_in_english_before_reads_as_it_is(desk, add, db_path):
    typed = add("V-2", [("DEMO-MUG", 1)])
    desk.flow.hold(typed, HoldReason.OTHER, "buyer asked to wait {until Monday}")
    assert desk.orders.order(typed).hold_note_said == "buyer asked to wait {until Monday}"
    old = add("V-3", [("DEMO-MUG", 1)])
    desk.flow.hold(old, HoldReason.OTHER, Message("bench.held_at_the_bench"))
    with sqlite3.connect(db_path) as db:  # as an older version stored it
        db.execute("UPDATE orders SET hold_note = 'Held at the bench.' WHERE id = ?", [old])
    for lang in ("ko", "zh_CN", "en"):
        assert words(lang)(desk.orders.order(old).hold_note_said) == "Held at the bench."


def test_the_queue_shows_the_hold_note_in_the_readers_words(desk, add):
    order_id = add("V-4", [("DEMO-MUG", 1)])
    desk.flow.hold(order_id, HoldReason.OTHER, Message("bench.held_at_the_bench"))
    row = next(r for r in desk.orders.queue() if r["id"] == order_id)
    assert words("zh_CN")(row["hold_note"]) == "在工作台挂起。"
    assert words("en")(row["hold_note"]) == "Held at the bench."


def test_held_at_a_korean_station_and_read_at_a_chinese_one(tmp_path):
    """The CLI bench holds an order in Korean; `orders` reads the note in Chinese."""
    cli = cli_runner(tmp_path / "shop.db", tmp_path)
    ok(cli("demo", "--no-history", "--orders", "3"))
    first = json.loads(ok(cli("--json", "orders")))[0]
    bench = ("--lang", "ko", "bench", "--labels", str(tmp_path))
    held = bench_run(tmp_path, bench, f"{first['order_number']}\nHOLD:OTHER\n")
    assert held.returncode == 0 and "refused" not in held.stdout, held.stdout + held.stderr
    listed = json.loads(ok(cli("--lang", "zh_CN", "--json", "orders", "--status", "on_hold")))
    assert [o["hold_note"] for o in listed] == ["在工作台挂起。"]
    assert "在工作台挂起。" in ok(cli("--lang", "zh_CN", "orders", "--status", "on_hold"))
    english = json.loads(ok(cli("--lang", "en", "--json", "orders", "--status", "on_hold")))
    assert english[0]["hold_note"] == "Held at the bench."


def bench_run(tmp_path, args: tuple[str, ...], scans: str):
    """`fulfil-desk bench` on the test's database, reading `scans` a line each."""
    env = {**os.environ, "HOME": str(tmp_path / "home"), "XDG_DATA_HOME": str(tmp_path / "xdg")}
    command = [sys.executable, "-m", "fulfil_desk", "--db", str(tmp_path / "shop.db"), *args]
    return subprocess.run(
        command, input=scans, capture_output=True, text=True, encoding="utf-8", env=env,
        timeout=120,
    )  # fmt: skip


def test_an_imports_cancel_note_and_a_moved_deadlines_reason_are_messages(desk, add, clock):
    order_id = add("V-5", [("DEMO-MUG", 1)])
    detail = Message("exchange.detail_cancelled_by_buyer")
    desk.flow.cancel(order_id, CancelReason.BUYER_REQUESTED, note=detail)
    cancelled = next(e for e in desk.orders.events(order_id) if e["kind"] == "cancelled")
    assert stored_note(json.dumps(cancelled["detail"]["note"])) == detail
    moving = add("V-6", [("DEMO-MUG", 1)])
    deadline = desk.orders.order(moving).ship_by
    desk.calendar.add_non_shipping_day(deadline[:10], "택배 휴무")
    moved = next(e for e in desk.orders.events(moving) if e["kind"] == "ship_by_moved")
    because = stored_note(json.dumps(moved["detail"]["because"]))
    assert isinstance(because, Message) and because.key == "calendar.because_marked"
    assert "休息日" in words("zh_CN")(because)


def test_a_stored_message_note_is_purged_of_personal_data_and_still_reads(desk, add, drive, clock):
    order_id = add("V-7", [("DEMO-MUG", 1)])
    desk.flow.hold(order_id, HoldReason.OTHER, Message("bench.order_on_hold", order=SEOUL.name))
    desk.flow.cancel(order_id, CancelReason.BUYER_REQUESTED)
    clock.advance(days=100)
    desk.privacy.purge_personal_data(90)
    note = desk.orders.order(order_id).hold_note_said
    assert isinstance(note, Message) and SEOUL.name not in words("en")(note)


def test_a_typed_ledger_note_stays_as_typed(desk):
    desk.stock.receive_stock("DEMO-MUG", 1, note="supplier note 42")
    assert desk.stock.stock_moves(limit=1, reason="received")[0]["note"] == "supplier note 42"


def test_the_demos_opening_stock_note_is_a_message(tmp_path, clock):
    desk = Desk.open(tmp_path / "demo.db", clock=clock)
    desk.exchange.fill_demo(1)
    moves = desk.stock.stock_moves(limit=100, reason="received")
    desk.close()
    notes = {m["note"] for m in moves if isinstance(m["note"], Message)}
    assert notes == {Message("paper.demo_opening_stock")}
    assert words("ko")(Message("paper.demo_opening_stock")) == "데모 기초 재고"
