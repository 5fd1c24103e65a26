"""Reading one cell's value: amounts, quantities, times, countries, currencies.

Each parser raises `BadValue` with a reason (a `Message`); the readers turn it into a
`RowProblem` for the row and column it came from (see `common.RowCells.parsed`).
"""

# ruff: noqa: SIM905
from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from datetime import UTC, datetime, timedelta, timezone, tzinfo
from decimal import Decimal
from functools import lru_cache

from fulfil_desk.core.kernel.messages import CURRENCY_DECIMALS, Message
from fulfil_desk.core.wording.render import ENGLISH_WORDING

# Symbols written next to an amount, by the currency they can mean; the code itself counts too.
_MONEY_MARKERS = {
    "KRW": ("₩", "원"),
    "JPY": ("¥", "円"),
    "USD": ("$", "US$"),
    "EUR": ("€",),
    "GBP": ("£",),
    "CNY": ("¥", "元", "RMB"),
    "CAD": ("$", "C$", "CA$"),
    "AUD": ("$", "A$", "AU$"),
}
_ANY_MARKER = {m for markers in _MONEY_MARKERS.values() for m in markers} | set(CURRENCY_DECIMALS)

# Names written in address files, by ISO code; matched after case-folding and dropping dots.
# They are what files hold (data to match), not words shown to anyone: each code's names are
# one string split on "|" (so SIM905 is off here: a list literal would read as sentences).
_COUNTRIES = {
    "KR": "korea|south korea|republic of korea|korea, republic of|korea (south)|korea south"
    "|rok|kor|대한민국|한국|韩国|韓国|大韩民国|大韓民国".split("|"),
    "CN": "china|people's republic of china|prc|chn|中国|中國|中华人民共和国|중국".split("|"),
    "US": "united states|united states of america|usa|us|america"
    "|미국|美国|美國|アメリカ|アメリカ合衆国".split("|"),
    "JP": "japan|jpn|日本|일본".split("|"),
    "TW": "taiwan|twn|台湾|臺灣|대만".split("|"),
    "HK": "hong kong|hkg|香港|홍콩".split("|"),
    "SG": "singapore|sgp|新加坡|싱가포르".split("|"),
    "GB": "united kingdom|uk|great britain|gbr|england|영국|英国".split("|"),
    "DE": "germany|deutschland|deu|독일|德国".split("|"),
    "FR": "france|fra|프랑스|法国".split("|"),
    "CA": "canada|can|캐나다|加拿大".split("|"),
    "AU": "australia|aus|호주|澳大利亚".split("|"),
}
_COUNTRY_BY_NAME = {name: code for code, names in _COUNTRIES.items() for name in names}

_MAX_QUANTITY = 9999
_MAX_AMOUNT_DIGITS = 12  # digits before the decimal point: far above any order line

_TIMESTAMP = re.compile(
    r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})"
    r"(?:[T ]+(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?)?"
    r" *(Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?",
    re.ASCII | re.IGNORECASE,
)
_AMOUNT = re.compile(r"(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?", re.ASCII)

# The value parsers are pure: an order file repeats its dates, prices and countries on every
# line of an order, so their results are kept (a refused value raises again each time).
_CACHED_VALUES = 8192


class BadValue(ValueError):
    """One cell's value was refused; `reason` says why (a `Message`, with the value in it)."""

    def __init__(self, reason: Message):
        super().__init__(reason)
        self.reason = reason

    def __str__(self) -> str:
        """English, for logs and tracebacks; people read `reason` through a Wording."""
        return ENGLISH_WORDING(self.reason)


@lru_cache(maxsize=_CACHED_VALUES)
def parse_money(text: str, currency: str) -> int:
    """An amount as integer minor units of `currency`: "1,234.50", "₩12,000", "$12.99"."""
    code = parse_currency(currency)
    value = unicodedata.normalize("NFKC", text).strip()
    if "-" in value or "(" in value:
        raise BadValue(Message("exchange.amount_negative", text=text))
    match = re.fullmatch(r"([^\d.,]*?) *([\d.,]+) *([^\d.,]*)", value, re.ASCII)
    if not match:
        raise BadValue(Message("exchange.not_an_amount", text=text))
    before, number, after = match.groups()
    for marker in (before.upper(), after.upper()):
        if marker and marker not in _ANY_MARKER:
            raise BadValue(Message("exchange.not_an_amount", text=text))
        if marker and marker != code and marker not in _MONEY_MARKERS[code]:
            raise BadValue(
                Message("exchange.amount_marked_otherwise", text=text, marker=marker, currency=code)
            )
    if not _AMOUNT.fullmatch(number) or not any(ch.isdigit() for ch in number):
        raise BadValue(Message("exchange.not_an_amount", text=text))
    whole = number.split(".")[0].replace(",", "").lstrip("0")
    if len(whole) > _MAX_AMOUNT_DIGITS:
        raise BadValue(Message("exchange.amount_too_large", text=text))
    decimals = CURRENCY_DECIMALS[code]
    minor = Decimal(number.replace(",", "")).scaleb(decimals)
    if minor != minor.to_integral_value():
        if decimals == 0:
            raise BadValue(Message("exchange.amount_has_decimals", text=text, currency=code))
        raise BadValue(
            Message(
                "exchange.amount_too_many_decimals", text=text, decimals=decimals, currency=code
            )
        )
    return int(minor)


@lru_cache(maxsize=_CACHED_VALUES)
def parse_quantity(text: str) -> int:
    """A positive whole number of items, at most 9999."""
    value = unicodedata.normalize("NFKC", text).strip()
    if re.fullmatch(r"[0-9]+", value):
        digits = value.lstrip("0")
        if not digits:
            raise BadValue(Message("exchange.quantity_zero"))
        if len(digits) > 4 or int(digits) > _MAX_QUANTITY:
            raise BadValue(Message("exchange.quantity_too_large", text=text, most=_MAX_QUANTITY))
        return int(digits)
    if re.fullmatch(r"- *[0-9]+(?:\.[0-9]*)?", value):
        raise BadValue(Message("exchange.quantity_negative", text=text))
    if re.fullmatch(r"[0-9]*[.,][0-9]+", value):
        raise BadValue(Message("exchange.quantity_not_whole", text=text))
    raise BadValue(Message("exchange.quantity_not_a_number", text=text))


@lru_cache(maxsize=_CACHED_VALUES)
def parse_timestamp(text: str, default_tz: tzinfo) -> str:
    """ISO 8601 with offset; a time without an offset is in `default_tz`."""
    value = unicodedata.normalize("NFKC", text).strip()
    match = _TIMESTAMP.fullmatch(value)
    if not match:
        raise BadValue(Message("exchange.not_a_moment", text=text))
    year, month, day, hour, minute, second, _fraction, offset = match.groups()
    try:
        at = datetime(
            int(year), int(month), int(day), int(hour or 0), int(minute or 0), int(second or 0)
        )
        if offset is None:
            zone = default_tz
        elif offset.upper() in ("Z", "UTC", "GMT"):
            zone = UTC
        else:
            sign = -1 if offset[0] == "-" else 1
            hours = int(offset[1:3])
            minutes = int(offset[-2:]) if len(offset) > 3 else 0
            if hours > 14 or minutes > 59:
                raise ValueError(offset)
            zone = timezone(sign * timedelta(hours=hours, minutes=minutes))
    except ValueError:
        raise BadValue(Message("exchange.not_a_real_moment", text=text)) from None
    if not 1970 <= at.year <= 2200:
        raise BadValue(Message("exchange.year_out_of_range", text=text))
    return at.replace(tzinfo=zone).isoformat(timespec="seconds")


def parse_day_end(text: str, default_tz: tzinfo) -> str:
    """A deadline: a date alone means the end of that day, 23:59:59, in `default_tz`."""
    at = parse_timestamp(text, default_tz)
    match = _TIMESTAMP.fullmatch(unicodedata.normalize("NFKC", text).strip())
    if match is not None and match.group(4) is None:  # it matches: parse_timestamp read it
        at = datetime.fromisoformat(at).replace(hour=23, minute=59, second=59).isoformat()
    return at


def aware_deadline(text: str | None, shop_tz: Callable[[], tzinfo]) -> str | None:
    """A deadline as it is stored: with its zone; one without is the shop's, and a date alone
    the end of that day."""
    if not text or datetime.fromisoformat(text).tzinfo is not None:
        return text
    return parse_day_end(text, shop_tz())


def currency_of_amount(text: str, default: str) -> str:
    """The currency an amount is marked with ("£12.99" → GBP, "US $5" → USD), else `default`."""
    value = unicodedata.normalize("NFKC", text).upper().replace(" ", "")
    for marker, code in _MARKED_CURRENCIES:
        if marker in value:
            return code
    return default


_MARKED_CURRENCIES = (
    ("AU$", "AUD"), ("A$", "AUD"), ("C$", "CAD"), ("CA$", "CAD"), ("US$", "USD"),
    ("£", "GBP"), ("€", "EUR"), ("₩", "KRW"), ("원", "KRW"), ("円", "JPY"), ("元", "CNY"),
    ("RMB", "CNY"), ("$", "USD"),
)  # fmt: skip


@lru_cache(maxsize=_CACHED_VALUES)
def normalise_country(text: str) -> str:
    """An ISO 3166-1 alpha-2 code: two letters pass, well-known names are mapped."""
    value = unicodedata.normalize("NFKC", text).strip()
    key = " ".join(value.replace(".", "").split()).casefold()
    if key in _COUNTRY_BY_NAME:
        return _COUNTRY_BY_NAME[key]
    if re.fullmatch(r"[A-Za-z]{2}", value):
        return value.upper()
    raise BadValue(Message("exchange.unknown_country", text=text))


@lru_cache(maxsize=_CACHED_VALUES)
def parse_currency(text: str) -> str:
    code = text.strip().upper()
    if code not in CURRENCY_DECIMALS:
        raise BadValue(
            Message("exchange.unknown_currency", text=text, known=tuple(CURRENCY_DECIMALS))
        )
    return code
