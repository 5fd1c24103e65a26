"""The bench's words: every page, step and reason it names is in the catalogue, the command
sheet and the Help window read as they always did, and moments stay values until worded."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest
from wording import said

from fulfil_desk.core.bench.commands import (
    EVERY_PAGE,
    PAGE_GUIDE,
    PAGE_NAMES,
    ReprintReason,
    for_page,
    sheet_entries,
)
from fulfil_desk.core.bench.sentences import in_turn, then
from fulfil_desk.core.bench.station_names import lock_sentence
from fulfil_desk.core.bench.workflow import Step
from fulfil_desk.core.kernel.messages import Message, Term
from fulfil_desk.core.kernel.orders import CancelledBy, CancelReason, HoldReason, OrderStatus
from fulfil_desk.core.wording.catalogue import ENGLISH
from fulfil_desk.core.wording.render import Wording

KST = ZoneInfo("Asia/Seoul")
words = Wording()


@pytest.mark.parametrize(
    "term",
    [
        *(Term("page", p) for p in EVERY_PAGE),
        *(Term("step", s.value) for s in Step),
        *(Term("status", s.value) for s in OrderStatus),
        *(Term("reprint_reason", r.value) for r in ReprintReason),
        *(Term("hold_reason", r.value) for r in HoldReason),
        *(Term("cancel_reason", r.value) for r in CancelReason),
        *(Term("cancelled_by", b.value) for b in CancelledBy),
        *(Term("sheet_reason", r.value) for r in (*HoldReason, *CancelReason, *ReprintReason)),
    ],
    ids=lambda t: t.key,
)
def test_every_term_the_bench_says_is_in_the_catalogue(term):
    assert term.key in ENGLISH


def test_the_pages_have_their_names():
    assert [words.term(PAGE_NAMES[p]) for p in EVERY_PAGE] == [
        "Receive", "Verify", "Pick", "Pack", "Label", "Tracking", "Order", "Goods in",
        "Cycle count", "Returns", "Handover",
    ]  # fmt: skip


def test_the_sheet_reads_as_it_always_printed():
    entries = sheet_entries(boxes=[("m", "Medium")], couriers=[("CJGLS", "CJ")], badges=[])
    shown = {e.code: (words.value(e.section), words.value(e.words)) for e in entries}
    assert shown["BACK"] == ("Everywhere", "Back to the queue")
    assert shown["PICK-ALL"] == ("Queue", "Pick every verified order")
    assert shown["HOLD:UNKNOWN_SKU"] == ("Hold (verify)", "Unknown sku")
    assert shown["CANCEL:BUYER_WRONG_ITEM"] == ("Cancel (verify)", "Buyer wrong item (buyer)")
    assert shown["CANCEL:OUT_OF_STOCK"] == ("Cancel (verify)", "Out of stock (seller)")
    assert shown["BOX-M"] == ("Pick and pack", "Medium")  # the shop's own name, as it is
    assert shown["REPRINT"] == ("Label", "Reprint: label damaged")
    assert shown["REPRINT:COURIER_ASKED"] == ("Label", "Reprint: Courier asked")
    assert shown["COURIER:CJGLS"] == ("Courier", "CJ")
    assert shown["CANCEL"] == ("Stock", "Drop the count")
    assert shown["7"] == ("Numbers", "7")


def test_the_help_window_says_what_a_page_takes():
    enter, scans = PAGE_GUIDE["pick"]
    assert words(enter) == "starts picking this order"
    assert [(words(s), words(d)) for s, d in scans] == [
        ("a product's barcode or SKU", "picks one unit; not on the list or one too many: refused"),
        ("a line's number after MANUAL", "confirms one unit of that line by hand"),
        ("another order's number", "puts this order aside as it is and opens that one"),
    ]
    assert [(c.shown, words(c.does)) for c in for_page("pick")][:2] == [
        ("BACK", "back to the queue; an order half done is put aside"),
        ("TAKEOVER", "take over the order open at another station"),
    ]


def test_sentences_follow_one_another_and_one_scan_says_both_orders():
    first, second = Message("bench.back_to_queue"), Message("bench.manual_stopped")
    assert said(in_turn([first, None, second])) == "Back to the queue. Manual confirmation stopped."
    assert in_turn([None, ""]) is None
    left = Message("bench.left_at", order="A-1", page=PAGE_NAMES["verify"])
    opened = Message("bench.opened_at", order="B-2", page=PAGE_NAMES["pick"])
    assert said(then([left, opened])) == "A-1 left at Verify · B-2 opened at Pick"


def test_a_lock_says_the_time_today_and_the_day_before_on_the_shops_clock():
    now = datetime(2026, 6, 18, 1, 30, tzinfo=UTC)  # 10:30 in Seoul
    lock = {"station": "A", "actor": "kim", "acquired_at": "2026-06-18T00:02:00+00:00"}
    lock["seen_at"] = lock["acquired_at"]
    today = lock_sentence("L-1", lock, now=now, tz=KST, stale_minutes=600)
    assert Wording(zone=lambda: KST)(today) == (
        "Order L-1 is open at station A (packer kim) since 09:02. Scan TAKEOVER to take it over."
    )
    lock["acquired_at"] = lock["seen_at"] = "2026-06-17T00:02:00+00:00"
    earlier = lock_sentence("L-1", lock, now=now, tz=KST, stale_minutes=10_000)
    assert isinstance(earlier.params["since"], datetime)  # a moment, worded in the shop's zone
    assert "since Wed 17 Jun 2026 09:02." in Wording(zone=lambda: KST)(earlier)
