"""Reading one cell's value: amounts, quantities, times, countries, currencies.

Each parser raises `BadValue` with a reason sentence; the readers turn it into a `RowProblem`
for the row and column it came from (see `common.RowCells.parsed`).
"""

from __future__ import annotations

import re
import unicodedata
from datetime import UTC, datetime, timedelta, timezone, tzinfo
from decimal import Decimal
from functools import lru_cache

from fulfil_desk.core.kernel.messages import CURRENCY_DECIMALS

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
_COUNTRIES = {
    "KR": "korea|south korea|republic of korea|korea, republic of|korea (south)|korea south"
    "|rok|kor|대한민국|한국|韩国|韓国|大韩民国|大韓民国",
    "CN": "china|people's republic of china|prc|chn|中国|中國|中华人民共和国|중국",
    "US": "united states|united states of america|usa|us|america"
    "|미국|美国|美國|アメリカ|アメリカ合衆国",
    "JP": "japan|jpn|日本|일본",
    "TW": "taiwan|twn|台湾|臺灣|대만",
    "HK": "hong kong|hkg|香港|홍콩",
    "SG": "singapore|sgp|新加坡|싱가포르",
    "GB": "united kingdom|uk|great britain|gbr|england|영국|英国",
    "DE": "germany|deutschland|deu|독일|德国",
    "FR": "france|fra|프랑스|法国",
    "CA": "canada|can|캐나다|加拿大",
    "AU": "australia|aus|호주|澳大利亚",
}
_COUNTRY_BY_NAME = {name: code for code, names in _COUNTRIES.items() for name in names.split("|")}

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
    """One cell's value was refused; the message is the reason sentence."""


@lru_cache(maxsize=_CACHED_VALUES)
def parse_money(text: str, currency: str) -> int:
    """An amount as integer minor units of `currency`: "1,234.50", "₩12,000", "$12.99"."""
    code = parse_currency(currency)
    value = unicodedata.normalize("NFKC", text).strip()
    if "-" in value or "(" in value:
        raise BadValue(f"the amount {text!r} is negative; a price cannot be")
    match = re.fullmatch(r"([^\d.,]*?) *([\d.,]+) *([^\d.,]*)", value, re.ASCII)
    if not match:
        raise BadValue(f"{text!r} is not an amount; write it like 1234.50 or 1,234.50")
    before, number, after = match.groups()
    for marker in (before.upper(), after.upper()):
        if marker and marker not in _ANY_MARKER:
            raise BadValue(f"{text!r} is not an amount; write it like 1234.50 or 1,234.50")
        if marker and marker != code and marker not in _MONEY_MARKERS[code]:
            raise BadValue(f"the amount {text!r} is marked {marker} but the currency is {code}")
    if not _AMOUNT.fullmatch(number) or not any(ch.isdigit() for ch in number):
        raise BadValue(f"{text!r} is not an amount; write it like 1234.50 or 1,234.50")
    whole = number.split(".")[0].replace(",", "").lstrip("0")
    if len(whole) > _MAX_AMOUNT_DIGITS:
        raise BadValue(f"the amount {text!r} is too large to be a price")
    decimals = CURRENCY_DECIMALS[code]
    minor = Decimal(number.replace(",", "")).scaleb(decimals)
    if minor != minor.to_integral_value():
        if decimals == 0:
            raise BadValue(f"the amount {text!r} has decimals, but {code} amounts have none")
        raise BadValue(
            f"the amount {text!r} has more than {decimals} decimal places, "
            f"more than {code} amounts have"
        )
    return int(minor)


@lru_cache(maxsize=_CACHED_VALUES)
def parse_quantity(text: str) -> int:
    """A positive whole number of items, at most 9999."""
    value = unicodedata.normalize("NFKC", text).strip()
    if re.fullmatch(r"[0-9]+", value):
        digits = value.lstrip("0")
        if not digits:
            raise BadValue("the quantity is 0; it must be at least 1")
        if len(digits) > 4 or int(digits) > _MAX_QUANTITY:
            raise BadValue(f"the quantity {text!r} is more than {_MAX_QUANTITY}")
        return int(digits)
    if re.fullmatch(r"- *[0-9]+(?:\.[0-9]*)?", value):
        raise BadValue(f"the quantity {text!r} is negative; it must be at least 1")
    if re.fullmatch(r"[0-9]*[.,][0-9]+", value):
        raise BadValue(f"the quantity must be a whole number like 1 or 2, not {text!r}")
    raise BadValue(f"the quantity {text!r} is not a number")


@lru_cache(maxsize=_CACHED_VALUES)
def parse_timestamp(text: str, default_tz: tzinfo) -> str:
    """ISO 8601 with offset; a time without an offset is in `default_tz`."""
    value = unicodedata.normalize("NFKC", text).strip()
    match = _TIMESTAMP.fullmatch(value)
    if not match:
        raise BadValue(
            f"{text!r} is not a date and time; write it like 2026-06-20 15:30 "
            "or 2026-06-20T15:30:00+09:00"
        )
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
        raise BadValue(f"{text!r} is not a real date and time") from None
    if not 1970 <= at.year <= 2200:
        raise BadValue(f"the year in {text!r} cannot be right for an order")
    return at.replace(tzinfo=zone).isoformat(timespec="seconds")


def parse_day_end(text: str, default_tz: tzinfo) -> str:
    """A deadline: a date alone means the end of that day, 23:59:59, in `default_tz`."""
    at = parse_timestamp(text, default_tz)
    if _TIMESTAMP.fullmatch(unicodedata.normalize("NFKC", text).strip()).group(4) is None:
        at = datetime.fromisoformat(at).replace(hour=23, minute=59, second=59).isoformat()
    return at


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
    raise BadValue(
        f"{text!r} is not a country fulfil-desk knows; "
        "use its 2-letter ISO code, such as KR, CN, JP or US"
    )


@lru_cache(maxsize=_CACHED_VALUES)
def parse_currency(text: str) -> str:
    code = text.strip().upper()
    if code not in CURRENCY_DECIMALS:
        known = ", ".join(CURRENCY_DECIMALS)
        raise BadValue(f"the currency {text!r} is not one fulfil-desk knows ({known})")
    return code
