"""Couriers (data: resources/couriers.json), their tracking-number formats and check digits."""

from __future__ import annotations

import difflib
import json
import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from itertools import cycle
from pathlib import Path

from fulfil_desk.core.kernel.errors import NotFound
from fulfil_desk.core.kernel.resources import resource_path


@dataclass(frozen=True)
class Courier:
    code: str
    names: dict[str, str] = field(hash=False)
    country: str
    coupang_name: str
    amazon_carrier_code: str
    amazon_carrier_name: str
    tracking_url: str
    formats: tuple[str, ...]
    check_unconfirmed: bool = False

    def __post_init__(self) -> None:
        object.__setattr__(self, "formats", tuple(self.formats))

    def name(self, lang: str = "en") -> str:
        names = self.names
        return names.get(lang) or names.get(lang[:2]) or names.get("en") or self.code


@dataclass(frozen=True)
class TrackingCheck:
    valid: bool
    number: str  # the courier's own number: what is stored and uploaded
    reason: str
    # How the scan was read, when it was not simply the number: "the USPS number after the
    # 420+ZIP routing code". A description of the scan, not part of the verdict.
    read_as: str = field(default="", compare=False)


# Check digits. Each function takes the number without its check digit (S10: the 8 serial digits).


def _mod10(values: Iterable[int], weights: Iterable[int]) -> int:
    return -sum(v * w for v, w in zip(values, weights, strict=False)) % 10


def ups_check_digit(body: str) -> int:
    """`body`: `1Z` and the 15 letters and digits that follow it."""
    values = (int(c) if c.isdigit() else (ord(c) - 3) % 10 for c in body[2:])
    return _mod10(values, cycle((1, 2)))


def usps20_check_digit(body: str) -> int:
    return _mod10(map(int, body), cycle((3, 1)))


def usps_legacy_check_digit(body: str) -> int:
    """A 20-digit USPS number printed without its 91 application identifier, which the check
    digit counts: `usps20_check_digit` of 91 and the 19 digits."""
    return usps20_check_digit("91" + body)


def impb_check_digit(body: str) -> int:
    return _mod10(map(int, reversed(body)), cycle((3, 1)))


def fedex12_check_digit(body: str) -> int:
    return sum(int(d) * w for d, w in zip(body, cycle((3, 1, 7)))) % 11 % 10


def fedex_ground_check_digit(body: str) -> int:
    """15-digit Ground and 22-digit `96…`: weights 1, 3 over the last 14 digits before the check."""
    return _mod10(map(int, body[-14:]), cycle((1, 3)))


def mod7_check_digit(body: str) -> int:
    return int(body) % 7


def s10_check_digit(serial: str) -> int:
    r = sum(int(d) * w for d, w in zip(serial, (8, 6, 4, 2, 3, 5, 9, 7), strict=True)) % 11
    return {0: 5, 1: 0}.get(r, 11 - r)


# Formats. `fit(number, courier_name)` is None when the number does not have the format's
# shape, else a _Fit whose problem is "" when the number is accepted.

Check = Callable[[str], int]


@dataclass(frozen=True)
class _Fit:
    problem: str = ""
    number: str = ""  # the courier's own number, when the scan carries more (USPS routing code)
    read_as: str = ""  # TrackingCheck.read_as


@dataclass(frozen=True)
class _Format:
    describe: str  # completes "<courier> tracking numbers are …"
    lengths: frozenset[int]  # digit counts of an all-digit format; empty when letters belong
    check_digit: bool
    fit: Callable[[str, str], _Fit | None]


def _join_or(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " or " + items[-1]


def _parse_lengths(text: str) -> frozenset[int]:
    lengths: set[int] = set()
    for low, _, high in (part.partition("-") for part in text.split(",")):
        lengths.update(range(int(low), int(high or low) + 1))
    return frozenset(lengths)


def _describe_lengths(lengths: frozenset[int]) -> str:
    ordered = sorted(lengths)
    if len(ordered) > 2 and ordered == list(range(ordered[0], ordered[-1] + 1)):
        return f"{ordered[0]} to {ordered[-1]}"
    return _join_or([str(n) for n in ordered])


def _digit_regex(lengths: frozenset[int]) -> str:
    return "(?:" + "|".join(rf"\d{{{n}}}" for n in sorted(lengths)) + ")"


def _compare(name: str, expected: int, got: str, accepted: _Fit) -> _Fit:
    wrong = f"The check digit of this {name} number is wrong (expected {expected}, got {got})"
    return accepted if str(expected) == got else _Fit(wrong + ": re-scan it.")


def _format(
    regex: str, describe: str, lengths: Iterable[int], check: Check | None, read_as: str = ""
) -> _Format:
    """The courier's number is group `core`, else the whole scan; its last character is the check
    digit. `read_as` is said when the scan carried more than `core`, or always without `core`."""
    compiled = re.compile(regex)

    def fit(n: str, name: str) -> _Fit | None:
        if (m := compiled.fullmatch(n)) is None:
            return None
        core = m.groupdict().get("core") or n
        number = core if core != n else ""
        said = read_as if number or "core" not in compiled.groupindex else ""
        accepted = _Fit(number=number, read_as=said)
        return _compare(name, check(core[:-1]), core[-1], accepted) if check else accepted

    return _Format(describe, frozenset(lengths), check is not None, fit)


def _s10(countries: frozenset[str], only: str) -> _Format:
    def fit(n: str, name: str) -> _Fit | None:
        if (m := re.fullmatch(r"[A-Z]{2}(\d{8})(\d)([A-Z]{2})", n)) is None:
            return None
        serial, got, country = m.groups()
        if only and country != only:
            return _Fit(f"{name} numbers end in {only}, not {country}: check the courier.")
        if country not in countries:
            return _Fit(f"This {name} number ends in {country}, not a country code: re-scan it.")
        return _compare(name, s10_check_digit(serial), got, _Fit())

    return _Format(f"2 letters, 9 digits and {only or 'a country code'}", frozenset(), True, fit)


# TrackingCheck.read_as for the formats whose scans carry more than the number.
_READ_AS = {
    "usps_impb_22": "the USPS number after the 420+ZIP routing code",
    "usps_legacy_20": "a USPS 20-digit number with the implied 91 prefix",
    "fedex_34": "the FedEx 12-digit number inside a 34-digit label barcode",
    "fedex_ground_gsn": "the FedEx 12-digit number inside a 34-digit Ground barcode",
    "fedex_astra_32": "the FedEx 12-digit number inside a 32-digit ASTRA barcode",
}


def _make_format(spec: str, countries: frozenset[str]) -> _Format:
    kind, _, arg = spec.partition(":")
    # A USPS label's barcode may carry 420 + the 5- or 9-digit ZIP before the number.
    impb = r"(?:420(?:\d{5}|\d{9}))?(?P<core>9[1-5]\d{20})"
    ground = fedex_ground_check_digit
    # FedEx label barcodes carry the 12-digit number, with its own check digit: Express and
    # Ground 34-digit barcodes in their last 12 digits, ASTRA's 32 in digits 17 to 28.
    fedex, number12 = fedex12_check_digit, r"(?P<core>\d{12})"
    known: dict[str, tuple[str, str, tuple[int, ...], Check]] = {
        "ups_1z": (r"1Z[0-9A-Z]{16}", "1Z followed by 16 letters and digits", (), ups_check_digit),
        "usps_20": (r"\d{20}", "20 digits", (20,), usps20_check_digit),
        "usps_legacy_20": (r"\d{20}", "20 digits", (20,), usps_legacy_check_digit),
        "usps_impb_22": (impb, "22 digits starting with 91 to 95", (22, 30, 34), impb_check_digit),
        "fedex_12": (r"\d{12}", "12 digits", (12,), fedex12_check_digit),
        "fedex_ground_15": (r"\d{15}", "15 digits", (15,), ground),
        "fedex_ground_96": (r"96\d{20}", "22 digits starting with 96", (22,), ground),
        "fedex_34": (r"[0-8]\d{21}" + number12, "34 digits starting with 0 to 8", (34,), fedex),
        "fedex_ground_gsn": (r"96\d{20}" + number12, "34 digits starting with 96", (34,), fedex),
        "fedex_astra_32": (
            r"3\d{15}" + number12 + r"\d{4}",
            "32 digits starting with 3",
            (32,),
            fedex,
        ),
        "dhl_express_mod7": (r"\d{10,11}", "10 or 11 digits", (10, 11), mod7_check_digit),
        "lotte_mod7": (r"\d{12}", "12 digits", (12,), mod7_check_digit),
        "jp_7dr": (r"\d{12}", "12 digits", (12,), mod7_check_digit),
    }
    if kind in known:
        return _format(*known[kind], read_as=_READ_AS.get(kind, ""))
    if kind in ("digits", "mod7"):
        lengths = _parse_lengths(arg)
        check = mod7_check_digit if kind == "mod7" else None
        regex, describe = _digit_regex(lengths), f"{_describe_lengths(lengths)} digits"
        return _format(regex, describe, lengths, check)
    if kind == "prefixed":
        prefix, _, counts = arg.partition(":")
        lengths = _parse_lengths(counts)
        describe = f"{prefix} followed by {_describe_lengths(lengths)} digits"
        return _format(re.escape(prefix) + _digit_regex(lengths), describe, (), None)
    if kind == "upu_s10":
        return _s10(countries, arg)
    raise ValueError(f"unknown tracking-number format {spec!r}")


# Scanners and keyboards add these; \s also covers the GS1 separator (\x1d) in USPS barcodes.
_IGNORED = re.compile(r"[\s\-\u2010-\u2015\u2212]+")
_FOREIGN = re.compile(r"[^0-9A-Z]")


def normalise(text: str) -> str:
    return _IGNORED.sub("", unicodedata.normalize("NFKC", text)).upper()


def _key(text: str) -> str:
    return re.sub(r"\s+", "", text).casefold()


def _labels(c: Courier) -> list[str]:
    return [c.code, c.coupang_name, c.amazon_carrier_name, *c.names.values()]


class CourierRegistry:
    def __init__(self, *, couriers: Iterable[Courier], s10_countries: Iterable[str]):
        countries = frozenset(s10_countries)
        self._couriers: dict[str, Courier] = {}
        self._formats: dict[str, tuple[_Format, ...]] = {}
        for courier in couriers:
            code = courier.code.upper()
            if code in self._couriers or not courier.formats:
                raise ValueError(f"courier {code} is listed twice or has no formats")
            self._couriers[code] = courier
            self._formats[code] = tuple(_make_format(f, countries) for f in courier.formats)

    @classmethod
    def load(cls, path: Path | None = None) -> CourierRegistry:
        data = json.loads(Path(path or resource_path("couriers.json")).read_text("utf-8"))
        keep = Courier.__dataclass_fields__.keys()
        couriers = [Courier(**{k: v for k, v in e.items() if k in keep}) for e in data["couriers"]]
        return cls(couriers=couriers, s10_countries=data["s10_countries"].split())

    def all(self) -> list[Courier]:
        return list(self._couriers.values())

    def get(self, code: str) -> Courier:
        if (courier := self._couriers.get(code.strip().upper())) is None:
            raise NotFound(self._not_found(code))
        return courier

    def find(self, text: str) -> Courier | None:
        """The courier whose code or any name (Korean, Coupang, Amazon…) is `text`."""
        key = _key(text)
        matches = (c for c in self._couriers.values() if key in map(_key, _labels(c)))
        return next(matches, None) if key else None

    def _not_found(self, code: str) -> str:
        key = _key(code)
        close = [c.code for c in self._couriers.values() if any(key in _key(x) for x in _labels(c))]
        close += difflib.get_close_matches(key.upper(), list(self._couriers), n=3, cutoff=0.6)
        close = list(dict.fromkeys(close))[:4] if len(key) >= 2 else []
        if close:
            guesses = _join_or([f"{c} ({self._couriers[c].name()})" for c in close])
            return f"There is no courier with the code '{code}'. Did you mean {guesses}?"
        codes = ", ".join(self._couriers)
        return f"There is no courier with the code '{code}'. The codes are {codes}."

    def check(self, code: str, number: str) -> TrackingCheck:
        courier = self.get(code)
        name = courier.name()
        n = normalise(number)
        if not n:
            return TrackingCheck(False, n, f"The {name} tracking number is empty: scan the label.")
        if bad := _FOREIGN.search(n):
            return TrackingCheck(False, n, _foreign_reason(name, bad.group()))
        formats = self._formats[courier.code.upper()]
        fits = [(f, fit) for f in formats if (fit := f.fit(n, name)) is not None]
        if good := [(f, fit) for f, fit in fits if not fit.problem]:
            f, fit = good[0]
            unchecked = f"{name} has no confirmed check digit; only the form was checked."
            reason = "" if f.check_digit else unchecked
            return TrackingCheck(True, fit.number or n, reason, fit.read_as)
        if fits:
            return TrackingCheck(False, n, fits[0][1].problem)
        return TrackingCheck(False, n, _shape_reason(name, formats, n))

    def numbers_in(self, code: str) -> list[str]:
        """The tracking numbers inside a longer barcode, as every courier's formats find them
        (a USPS routing code before the number, …): each one checked."""
        n = normalise(code)
        fits = (f.fit(n, "") for fs in self._formats.values() for f in fs)
        found = (fit.number for fit in fits if fit is not None and fit.number and not fit.problem)
        return list(dict.fromkeys(found))

    def guess(self, number: str) -> list[Courier]:
        """Couriers whose check-digit formats accept `number`; digits-only formats prove nothing."""
        n = normalise(number)
        accepted = [c for c, fs in self._formats.items() if any(_accepts(f, n) for f in fs)]
        return [self._couriers[code] for code in accepted]


def _accepts(f: _Format, n: str) -> bool:
    return f.check_digit and (fit := f.fit(n, "")) is not None and not fit.problem


def _foreign_reason(name: str, char: str) -> str:
    shown = f"'{char}'" if char.isprintable() else f"U+{ord(char):04X}"
    reason = f"This {name} number contains {shown}, which cannot be in a tracking number"
    if unicodedata.name(char, "").startswith("HANGUL"):
        return reason + ": switch the keyboard to English (한/영) and re-scan it."
    return reason + ": re-scan it."


def _shape_reason(name: str, formats: tuple[_Format, ...], n: str) -> str:
    shapes = list(dict.fromkeys(f.describe for f in formats))
    expected = f"{name} tracking numbers are {_join_or(shapes)}"
    if all(f.lengths for f in formats):
        if not n.isdigit():
            return f"{expected}; this one has letters in it."
        if any(len(n) in f.lengths for f in formats):
            return f"{expected}; this one starts with {n[:2]}."
        return f"{expected}; this one has {len(n)}."
    return f"{expected}; this one ({len(n)} characters) does not match: check the courier."
