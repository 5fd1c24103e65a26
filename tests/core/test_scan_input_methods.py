"""Scans that survive the input method: a scanner typing on a Korean desktop in Hangul mode,
or through a Chinese input method in full width, reaches the bench exactly as in English mode
(core/bench/reading.py, keyboard_layouts.py), and says once how to switch to English."""

from __future__ import annotations

import pytest
from conftest import BUSINESS_DAY, OPENING_STOCK, make_order
from db_dump import dump_db, refusals
from hangul_ime import full_width, hangul_mode
from wording import said

from fulfil_desk.core.bench import commands as bench_commands
from fulfil_desk.core.bench import reading as bench_reading
from fulfil_desk.core.bench.scanner import Bench
from fulfil_desk.core.desk import Desk
from fulfil_desk.core.exchange.demo import demo_products, ean13
from fulfil_desk.core.kernel.clock import FixedClock
from fulfil_desk.core.kernel.messages import Message
from fulfil_desk.core.kernel.orders import OrderStatus
from fulfil_desk.core.stock.inventory import Product

UPS = "1Z5R89390357567127"
BLUE = Product("mug-blue", "머그컵 블루", "A-09-1", 300, (ean13("880000009991"),))
ORDERS = [
    ("KS-A", [("DEMO-TEE-M", 1)]),  # held
    ("KS-B", [("DEMO-NOTE", 1)]),  # cancelled
    ("KS-C", [("DEMO-MUG", 2), ("mug-blue", 1)]),  # shipped with UPS
    ("KS-D", [("DEMO-SOCKS", 1)]),  # picked with PICK-ALL
    ("ks-e5", [("DEMO-CASE", 1)]),  # a number in small letters
]
MUG, CABLE = (p.barcodes[0] for p in demo_products() if p.sku in ("DEMO-MUG", "DEMO-CABLE"))
# Every bench command, a SKU (in capitals and in small letters), EAN-13s, bins, a quantity, a
# weight in g and in kg, and a UPS tracking number, as the scanner types them in English.
SCRIPT = [
    "TAKEOVER", "PACKER:Kim", "BADGE-0001", "PICK-ALL",
    "GOODS-IN", "mug-blue", "3", "OK", CABLE, "CLEAR",
    "COUNT", "BLIND", "A-01-1", "DEMO-MUG", "2", "FINISH", "B-03-2", "CANCEL", "BACK",
    "KS-A", "HOLD:incomplete_address",
    "KS-B", "CANCEL:", "CANCEL:buyer_requested",
    "KS-C", "OK", "", "MANUAL", "CLEAR", MUG, "MANUAL", "1", "mug-blue",
    "DEMO-MUG", MUG, "mug-blue", "BOX-M", "1.25kg", "1250g", "",
    "SAVE", "PRINT", "COURIER:UPS", "REPRINT", UPS,
    "KS-C", "REPRINT:lost", "RESHIP:lost", "BACK", UPS, "BACK",
    "HANDOVER", MUG, UPS, "OK", "DRIVER:Kim", "FORCE", "BACK",
    "RETURN", UPS, "COND:DAMAGED", "REASON:defective", MUG, "OK", "BACK",
    "KS-D", "OK", "BACK", "PICK-ALL", "BACK", "ks-e5", "BACK",
]  # fmt: skip
NOTES = frozenset({"bench.read_from_hangul_mode", "bench.read_from_full_width"})


def open_shop(path) -> Desk:
    desk = Desk.open(path, clock=FixedClock(BUSINESS_DAY), actor="tester")
    for product in [*demo_products(), BLUE]:
        desk.products.save_product(product)
        desk.stock.receive_stock(product.sku, OPENING_STOCK, note="opening stock")
    desk.exchange.add_orders([make_order(n, lines) for n, lines in ORDERS], source="test")
    desk.packers.save_packer("Kim")
    return desk


def without_note(message):
    """The verdict as English mode says it: the input method's note taken off."""
    if isinstance(message, Message) and message.key in NOTES:
        return None
    if isinstance(message, Message) and message.key == "bench.then":
        then = message.params["then"]
        if isinstance(then, Message) and then.key in NOTES:
            return message.params["first"]
    return message


def walk(tmp_path, typing) -> tuple[list, list, dict, list]:
    """SCRIPT typed through `typing` at one station: what each scan (and each label it sent)
    said, its page, the notes, and the database afterwards."""
    path = tmp_path / f"{typing.__name__}.db"
    desk = open_shop(path)
    bench = Bench(desk=desk)
    verdicts, notes = [], []
    for code in SCRIPT:
        outcomes = [bench.scan(typing(code))]
        while bench.state.pending:
            outcomes.append(bench.delivered(bench.state.pending.pop(0), "test"))
        for outcome in outcomes:
            plain = without_note(outcome.message)
            if plain != outcome.message:
                notes.append((code, said(outcome)))
            words = said(plain, desk).casefold()  # a code read back is in capitals
            verdicts.append((code, outcome.ok, outcome.heard, words, bench.state.page))
    desk.close()
    tables = {t: str(rows).casefold() for t, rows in dump_db(path).items() if t[0] != "_"}
    return verdicts, notes, tables, [(page, kind) for page, kind, _ in refusals(path)]


def english(code: str) -> str:
    return code


def test_the_script_scans_every_bench_command():
    scanned = {c.name for code in SCRIPT if (c := bench_commands.parse(code)) is not None}
    assert scanned | {"OK"} >= {c.name for c in bench_commands.COMMANDS}


@pytest.mark.parametrize("typing", [hangul_mode, full_width])
def test_every_scan_reaches_the_same_outcome_as_in_english_mode(tmp_path, typing):
    expected, none, shop, refused = walk(tmp_path, english)
    assert none == []
    got, notes, typed_shop, typed_refused = walk(tmp_path, typing)
    for want, have in zip(expected, got, strict=True):
        assert have == want, typing(want[0])
    assert typed_shop == shop
    assert typed_refused == refused
    assert len(notes) == 1  # once a session, on its first scan read back: TAKEOVER
    code, note = notes[0]
    assert code == "TAKEOVER" and repr(typing("TAKEOVER")) in note
    assert ("Hangul mode" if typing is hangul_mode else "full-width mode") in note
    assert "'shipped'" in shop["orders"] and UPS.casefold() in shop["shipments"]


def test_the_issues_examples_read_as_in_english_mode(desk, add):
    add("KS-1", [("DEMO-MUG", 1)])
    bench = Bench(desk=desk)
    first = bench.scan("ㅏㄴ-1")  # KS-1
    assert first.ok and bench.state.page == "verify"
    assert said(first) == (
        "KS-1 opened at Verify · The input method is in Hangul mode: the scan 'ㅏㄴ-1' was read "
        "as 'KS-1'. Press the Han/Yeong (한/영) key to switch it to English."
    )
    held = bench.scan("ㅗㅒㅣㅇ:ㅑㅜ채ㅡㅔㅣㄷㅅㄷ_ㅁㅇㅇㄱㄷㄴㄴ")  # HOLD:incomplete_address
    assert held.ok and said(held) == "Order KS-1 is on hold (incomplete address)."
    order = desk.orders.find_order("KS-1")
    assert order.status is OrderStatus.ON_HOLD and order.hold_reason == "incomplete_address"
    assert bench.scan("ㅠㅁ차").ok and bench.state.page == "queue"  # BACK
    assert bench.reader.read("ㄴㅁㅍㄸ").command == bench_commands.Command("SAVE")
    assert bench.reader.read("１２３ＡＢＣ").code == "123ABC"
    desk.packers.save_packer("Kim")
    packer = bench.reader.read(hangul_mode("PACKER:Kim")).command
    assert packer == bench_commands.Command("PACKER", "Kim")  # as the shop spells the name


def test_the_note_is_said_once_a_session_for_each_input_method(desk):
    bench = Bench(desk=desk)
    said_ = [said(bench.scan(text)) for text in ["ㅠㅁ차", "ㅠㅁ차", "ＢＡＣＫ", "ＢＡＣＫ"]]
    assert ["Hangul mode" in s for s in said_] == [True, False, False, False]
    assert ["full-width mode" in s for s in said_] == [False, False, True, False]
    assert "Hangul mode" in said(Bench(desk=desk).scan("ㅠㅁ차"))  # a new session: said again


def test_a_refused_scan_read_back_still_says_why_and_how_to_switch(desk):
    bench = Bench(desk=desk)
    outcome = bench.scan("ㅌㅌㅌ-999")  # XXX-999: nothing this shop knows
    assert not outcome.ok
    assert said(outcome).startswith("No order has the number 'XXX-999'.")
    assert "Hangul mode" in said(outcome)


def test_text_this_shop_knows_as_typed_is_never_read_back(desk, db_path):
    hangul = Product("머그-01", "머그컵 한정판", "가-01", 380, ())
    desk.products.save_product(hangul)
    desk.stock.receive_stock(hangul.sku, OPENING_STOCK, note="opening stock")
    bench = Bench(desk=desk)
    assert bench.reader.read("머그-01").sku == "머그-01"  # a SKU spelled in Hangul
    assert bench.reader.read("머그-01").layout is None
    assert bench.scan("COUNT").ok
    counting = bench.scan("가-01")  # a bin spelled in Hangul, not the keys RK-01
    assert counting.ok and "가-01" in said(counting) and "Hangul" not in said(counting)
    assert bench.reader.read("PACKER:김민준").command == bench_commands.Command("PACKER", "김민준")


def test_an_ascii_scan_and_a_known_hangul_code_never_pay_for_the_reading_back(desk, monkeypatch):
    desk.products.save_product(Product("머그-01", "머그컵 한정판", "", 380, ()))

    def refuse(text):
        raise AssertionError(f"{text!r} was read back")

    monkeypatch.setattr(bench_reading, "as_keys", refuse)
    monkeypatch.setattr(bench_reading, "layout_of", refuse)
    for code in ["DEMO-MUG", "UNKNOWN-1", "1250g", "", "BACK", "머그-01"]:
        bench_reading.ScanReader(desk=desk).read(code)


def test_a_hangul_product_name_typed_in_the_stock_search_stays_hangul(desk):
    found = desk.stock.stock_levels(search="머그컵")
    assert [row["sku"] for row in found] == ["DEMO-MUG"]
