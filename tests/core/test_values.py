"""The cell values of order files: money, quantities, timestamps, countries and text, read
the way marketplaces write them, refused with what was wrong."""

from __future__ import annotations

from datetime import UTC
from zoneinfo import ZoneInfo

import pytest

from fulfil_desk.core.exchange.formats import common
from fulfil_desk.core.exchange.formats.common import BadValue, clean_text, normalise_country

SEOUL = ZoneInfo("Asia/Seoul")

# fmt: off
MONEY = [
    ("12000", "KRW", 12000), ("12,000", "KRW", 12000), ("₩12,000", "KRW", 12000),
    ("￦12,000", "KRW", 12000), ("12,000원", "KRW", 12000), ("1,234.50", "USD", 123450),
    ("$12.99", "USD", 1299), ("12.99 USD", "usd", 1299), ("US$12.99", "USD", 1299),
    ("12.5", "EUR", 1250), ("¥1,500", "JPY", 1500), ("3000.00", "JPY", 3000), ("0", "GBP", 0),
]
BAD_MONEY = [
    ("12.999", "USD", "more than 2 decimal places"), ("12.5", "KRW", "KRW amounts have none"),
    ("$12.99", "KRW", "currency is KRW"), ("€5", "USD", "currency is USD"),
    ("-5", "USD", "negative"), ("1,23", "EUR", "not an amount"),
    ("twelve", "USD", "not an amount"), ("12", "XYZ", "not one fulfil-desk knows"),
    ("9" * 30, "USD", "too large"),
]
QUANTITIES = [("1", 1), (" 12 ", 12), ("007", 7), ("３", 3), ("9999", 9999)]
BAD_QUANTITIES = [
    ("0", "at least 1"), ("-2", "negative"), ("1.5", "whole number"),
    ("10000", "more than 9999"), ("9" * 5000, "more than 9999"), ("two", "not a number"),
]
TIMESTAMPS = [
    ("2026-06-20T15:30:00+09:00", "2026-06-20T15:30:00+09:00"),
    ("2026-06-20T06:30:00Z", "2026-06-20T06:30:00+00:00"),
    ("2026-06-20T06:30:00.123-07:00", "2026-06-20T06:30:00-07:00"),
    ("2026-06-20T15:30:00", "2026-06-20T15:30:00+09:00"),
    ("2026-06-20 15:30", "2026-06-20T15:30:00+09:00"),
    ("2026/06/20 15:30:00", "2026-06-20T15:30:00+09:00"),
    ("2026/6/2 9:05", "2026-06-02T09:05:00+09:00"),
    ("2026-06-20", "2026-06-20T00:00:00+09:00"),
    ("2026-06-20 15:30 +0530", "2026-06-20T15:30:00+05:30"),
]
BAD_TIMESTAMPS = ["2026-02-30", "20/06/2026", "2026-06-20 25:00", "soon", "0001-01-01"]
COUNTRIES = [
    ("Korea", "KR"), ("대한민국", "KR"), ("South Korea", "KR"), ("Republic of Korea", "KR"),
    ("China", "CN"), ("中国", "CN"), ("United States", "US"), ("USA", "US"), ("U.S.A.", "US"),
    ("Japan", "JP"), ("日本", "JP"), ("kr", "KR"), ("DE", "DE"), ("UK", "GB"),
]
# fmt: on


@pytest.mark.parametrize(("text", "currency", "minor"), MONEY)
def test_parse_money(text, currency, minor):
    assert common.parse_money(text, currency) == minor


@pytest.mark.parametrize(("text", "currency", "words"), BAD_MONEY)
def test_parse_money_refuses(text, currency, words):
    with pytest.raises(BadValue, match=words):
        common.parse_money(text, currency)


@pytest.mark.parametrize(("text", "n"), QUANTITIES)
def test_parse_quantity(text, n):
    assert common.parse_quantity(text) == n


@pytest.mark.parametrize(("text", "words"), BAD_QUANTITIES)
def test_parse_quantity_refuses(text, words):
    with pytest.raises(BadValue, match=words):
        common.parse_quantity(text)


@pytest.mark.parametrize(("text", "iso"), TIMESTAMPS)
def test_parse_timestamp(text, iso):
    assert common.parse_timestamp(text, SEOUL) == iso


def test_parse_timestamp_uses_the_default_zone_on_that_date():
    new_york = ZoneInfo("America/New_York")
    assert common.parse_timestamp("2026-01-15 09:00", new_york) == "2026-01-15T09:00:00-05:00"
    assert common.parse_timestamp("2026-07-15 09:00", new_york) == "2026-07-15T09:00:00-04:00"
    assert common.parse_timestamp("2026-07-15", UTC) == "2026-07-15T00:00:00+00:00"


@pytest.mark.parametrize("text", BAD_TIMESTAMPS)
def test_parse_timestamp_refuses(text):
    with pytest.raises(BadValue):
        common.parse_timestamp(text, SEOUL)


@pytest.mark.parametrize(("text", "code"), COUNTRIES)
def test_normalise_country(text, code):
    assert normalise_country(text) == code


def test_normalise_country_refuses_what_is_not_obvious():
    with pytest.raises(BadValue, match="2-letter ISO code"):
        normalise_country("Narnia")


def test_clean_text_strips_control_characters():
    assert clean_text(" 서울\x07특별시\r\n강남구\t1 \x1b") == "서울특별시 강남구 1"
