"""A message stored as JSON comes back as the same message, every parameter type with it."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, time, timedelta, timezone
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from fulfil_desk.core.kernel.message_codec import (
    decode,
    dumps,
    encode,
    loads,
    stored_note,
    stored_value,
)
from fulfil_desk.core.kernel.messages import Message, Money, Names, Term

KST = timezone(timedelta(hours=9))

EVERY_TYPE = Message(
    "t.every",
    text="3100-한글-订单",
    count=7,
    negative=-3,
    rate=Decimal("0.0125"),
    day=date(2026, 12, 7),
    at=datetime(2026, 12, 7, 14, 0, 5, 120, tzinfo=KST),
    utc=datetime(2026, 12, 7, 5, 0, tzinfo=UTC),
    clock=time(14, 30),
    span=timedelta(days=2, hours=3, microseconds=9),
    price=Money(12900, "KRW"),
    status=Term("status", "on_hold"),
    courier=Names.of({"en": "CJ Logistics", "ko": "CJ대한통운", "zh_CN": "CJ大韩通运"}),
    inner=Message("t.inner", order="A-1", codes=("HOLD:A", "HOLD:B")),
    mixed=(1, "two", Term("step", "pick"), Message("t.x")),
    empty=(),
)


def test_every_parameter_type_round_trips():
    back = loads(dumps(EVERY_TYPE))
    assert back == EVERY_TYPE
    assert back.params["at"].utcoffset() == timedelta(hours=9)  # the offset kept, not UTC
    assert isinstance(back.params["rate"], Decimal) and isinstance(back.params["count"], int)
    assert back.params["inner"].params["codes"] == ("HOLD:A", "HOLD:B")
    assert decode(json.loads(json.dumps(encode(EVERY_TYPE)))) == EVERY_TYPE


def test_the_stored_text_is_plain_json_that_keeps_non_latin_text_readable():
    text = dumps(Message("bench.held", order="주문-1"))
    assert json.loads(text) == {"message": "bench.held", "params": {"order": "주문-1"}}
    assert "주문-1" in text


def test_a_bool_or_an_unknown_type_is_refused_when_stored():
    with pytest.raises(TypeError):
        dumps(Message("t.bool", flag=True))  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        dumps(Message("t.float", x=1.5))  # type: ignore[arg-type]


def test_old_english_notes_and_typed_notes_read_as_text():
    assert stored_note("") == ""
    assert stored_note(None) == ""
    assert stored_note("Held at the bench.") == "Held at the bench."
    assert stored_note("{buyer called} ship Monday") == "{buyer called} ship Monday"
    assert stored_note('{"a": 1}') == '{"a": 1}'  # JSON, but no message
    assert stored_note('{"message": "k", "params": {"x": 1.5}}').startswith("{")
    message = Message("bench.held_at_the_bench")
    assert stored_note(dumps(message)) == message


def test_a_stored_value_in_a_document_is_decoded_and_others_kept():
    message = Message("calendar.because_marked", day=date(2026, 9, 24))
    detail = {"old": "2026-09-24", "because": encode(message), "n": 3}
    assert {k: stored_value(v) for k, v in detail.items()} == {
        "old": "2026-09-24",
        "because": message,
        "n": 3,
    }


_text = st.text(max_size=12)
_leaf = st.one_of(
    _text,
    st.integers(min_value=-(10**12), max_value=10**12),
    st.decimals(allow_nan=False, allow_infinity=False, places=4),
    st.dates(),
    st.datetimes(timezones=st.sampled_from([UTC, KST, timezone(timedelta(hours=-5))])),
    st.times(),
    st.timedeltas(),
    st.builds(Money, st.integers(min_value=0, max_value=10**9), st.sampled_from(["KRW", "USD"])),
    st.builds(Term, st.sampled_from(["status", "step"]), _text),
    st.builds(
        lambda d: Names.of(d), st.dictionaries(st.sampled_from(["en", "ko", "zh_CN"]), _text)
    ),
)
_param = st.recursive(
    _leaf,
    lambda inner: st.one_of(
        st.lists(inner, max_size=3).map(tuple),
        st.builds(
            lambda key, params: Message(key, **params),
            st.sampled_from(["a.b", "c.d"]),
            st.dictionaries(st.sampled_from(["x", "y", "z"]), inner, max_size=3),
        ),
    ),
    max_leaves=8,
)


@given(
    st.sampled_from(["bench.held", "calendar.because_setting"]),
    st.dictionaries(st.from_regex(r"[a-z_]{1,8}", fullmatch=True), _param, max_size=4),
)
def test_any_message_round_trips(key, params):
    message = Message(key, **params)
    assert loads(dumps(message)) == message
    assert stored_note(dumps(message)) == message
