"""Rendering a message: the catalogue's template, its parameters as a person reads them."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from fulfil_desk.core.kernel.errors import NotFound
from fulfil_desk.core.kernel.messages import Message, Money, Names, Term
from fulfil_desk.core.wording.render import Wording

CATALOGUE = {
    "t.order": "Order {order} was shipped {at} with {courier}.",
    "t.count": ("{n} label done.", "{n} labels done."),
    "t.list": "Scan one of {codes}.",
    "t.nested": "{first} Then {then}",
    "t.money": "Unit price {price} on {day} at {clock}, open for {span}.",
    "t.term": "It is {status}.",
    "status.on_hold": "on hold",
    "duration.minutes": "{m} min",
    "duration.hours": "{h} h {m} min",
}


def words(**kw) -> Wording:
    return Wording(catalogue=CATALOGUE, **kw)


def test_moments_are_shown_on_the_shop_clock_and_names_in_the_reader_language():
    at = datetime(2026, 12, 6, 23, 30, tzinfo=UTC)
    courier = Names.of({"en": "CJ Logistics", "ko": "CJ대한통운"})
    message = Message("t.order", order="3100", at=at, courier=courier)
    seoul = words(zone=lambda: ZoneInfo("Asia/Seoul"), lang="ko", translated={})
    assert seoul(message) == "Order 3100 was shipped 2026. 12. 7. (월) 08:30 with CJ대한통운."
    assert words()(message) == "Order 3100 was shipped Sun 6 Dec 2026 23:30 with CJ Logistics."
    chinese = words(zone=lambda: ZoneInfo("Asia/Shanghai"), lang="zh_CN", translated={})
    assert "2026年12月7日 周一 07:30" in chinese(message)


def test_a_count_takes_its_form():
    assert words()(Message("t.count", n=1)) == "1 label done."
    assert words()(Message("t.count", n=3)) == "3 labels done."


def test_lists_terms_money_days_and_nested_messages():
    w = words()
    assert w(Message("t.list", codes=["HOLD:A", "HOLD:B"])) == "Scan one of HOLD:A, HOLD:B."
    assert w(Message("t.term", status=Term("status", "on_hold"))) == "It is on hold."
    assert w(Message("t.term", status=Term("status", "no_entry"))) == "It is no entry."
    inner = Message("t.term", status=Term("status", "on_hold"))
    assert w(Message("t.nested", first=inner, then=inner)) == "It is on hold. Then It is on hold."
    priced = Message(
        "t.money",
        price=Money(2400000, "KRW"),
        day=date(2026, 12, 7),
        clock=time(14, 5),
        span=timedelta(minutes=75),
    )
    assert w(priced) == "Unit price ₩2,400,000 on Mon 7 Dec 2026 at 14:05, open for 1 h 15 min."
    korean = words(lang="ko", translated={})
    assert korean.money(Money(1290000, "KRW")) == "₩1,290,000"
    assert words(lang="zh_CN", translated={}).money(Money(1290, "CNY")) == "¥12.90"
    assert w.money(Money(684, "USD")) == "$6.84"
    assert words(plain=True)(priced).startswith("Unit price 2,400,000 KRW on 2026-12-07 at")


def test_translations_are_looked_up_by_key_and_a_broken_one_falls_back_to_english():
    w = words(lang="ko", translated={"t.count": "{n}개 완료.", "t.term": "{stat}입니다."})
    assert w(Message("t.count", n=3)) == "3개 완료."
    assert w(Message("t.count", n=1)) == "1개 완료."  # one form serves every count
    assert w(Message("t.term", status=Term("status", "on_hold"))) == "It is on hold."


def test_a_key_the_catalogue_lacks_is_still_readable_and_a_bool_is_refused():
    assert words()(Message("t.none", order="31")) == "t.none(order=31)"
    with pytest.raises(TypeError):
        words()(Message("t.term", status=True))


def test_a_refusal_reads_as_english_in_logs():
    refusal = NotFound(Message("duration.minutes", m=5))
    assert str(refusal) == "5 min"
    assert refusal.message == Message("duration.minutes", m=5)


def test_every_order_status_and_reason_has_its_english_word():
    from fulfil_desk.core.kernel.orders import CancelledBy, CancelReason, HoldReason, OrderStatus
    from fulfil_desk.core.wording.catalogue import ENGLISH

    kinds = {
        "status": OrderStatus,
        "hold_reason": HoldReason,
        "cancel_reason": CancelReason,
        "cancelled_by": CancelledBy,
    }
    missing = [
        f"{k}.{v.value}"
        for k, enum in kinds.items()
        for v in enum
        if f"{k}.{v.value}" not in ENGLISH
    ]
    assert missing == []
