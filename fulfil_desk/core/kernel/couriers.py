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
from fulfil_desk.core.kernel.messages import Message, Names
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
    reason: Message | None  # why it is refused, or what to know of an accepted one; None: nothing
    # How the scan was read, when it was not simply the number: "the USPS number after the
    # 420+ZIP routing code". A description of the scan, not part of the verdict.
    read_as: Message | None = field(default=None, compare=False)

    @property
    def refusal(self) -> Message:
        """Why a refused number is refused: `check` gives every refusal its reason."""
        if self.valid or self.reason is None:
            raise ValueError(f"tracking number {self.number} is not refused")
        return self.reason


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


# Formats. `fit(number, courier_names)` is None when the number does not have the format's
# shape, else a _Fit whose problem is None when the number is accepted.

Check = Callable[[str], int]
_NO_NAME = Names(())  # the courier, when no one is told (guessing, finding numbers)


@dataclass(frozen=True)
class _Fit:
    problem: Message | None = None
    number: str = ""  # the courier's own number, when the scan carries more (USPS routing code)
    read_as: Message | None = None  # TrackingCheck.read_as


@dataclass(frozen=True)
class _Format:
    describe: Message  # completes "<courier> tracking numbers are …"
    lengths: frozenset[int]  # digit counts of an all-digit format; empty when letters belong
    check_digit: bool
    fit: Callable[[str, Names], _Fit | None]


def _join_or(items: list) -> Message | str | int:
    """`a`, `a or b`, `a, b or c`: a message of the items (messages, codes or counts)."""
    return items[0] if len(items) == 1 else Message("list.or", some=items[:-1], last=items[-1])


def _parse_lengths(text: str) -> frozenset[int]:
    lengths: set[int] = set()
    for low, _, high in (part.partition("-") for part in text.split(",")):
        lengths.update(range(int(low), int(high or low) + 1))
    return frozenset(lengths)


def _describe_lengths(lengths: frozenset[int]) -> Message | str | int:
    ordered = sorted(lengths)
    if len(ordered) > 2 and ordered == list(range(ordered[0], ordered[-1] + 1)):
        return Message("courier.range", low=ordered[0], high=ordered[-1])
    return _join_or(ordered)


def _digit_regex(lengths: frozenset[int]) -> str:
    return "(?:" + "|".join(rf"\d{{{n}}}" for n in sorted(lengths)) + ")"


def _compare(name: Names, expected: int, got: str, accepted: _Fit) -> _Fit:
    if str(expected) == got:
        return accepted
    return _Fit(Message("courier.wrong_check_digit", courier=name, expected=expected, got=got))


def _format(
    regex: str,
    describe: Message,
    lengths: Iterable[int],
    check: Check | None,
    read_as: Message | None = None,
) -> _Format:
    """The courier's number is group `core`, else the whole scan; its last character is the check
    digit. `read_as` is said when the scan carried more than `core`, or always without `core`."""
    compiled = re.compile(regex)

    def fit(n: str, name: Names) -> _Fit | None:
        if (m := compiled.fullmatch(n)) is None:
            return None
        core = m.groupdict().get("core") or n
        number = core if core != n else ""
        said = read_as if number or "core" not in compiled.groupindex else None
        accepted = _Fit(number=number, read_as=said)
        return _compare(name, check(core[:-1]), core[-1], accepted) if check else accepted

    return _Format(describe, frozenset(lengths), check is not None, fit)


def _s10(countries: frozenset[str], only: str) -> _Format:
    def fit(n: str, name: Names) -> _Fit | None:
        if (m := re.fullmatch(r"[A-Z]{2}(\d{8})(\d)([A-Z]{2})", n)) is None:
            return None
        serial, got, country = m.groups()
        if only and country != only:
            return _Fit(Message("courier.s10_other_country", courier=name, ends=only, got=country))
        if country not in countries:
            return _Fit(Message("courier.s10_no_country", courier=name, got=country))
        return _compare(name, s10_check_digit(serial), got, _Fit())

    if only:
        return _Format(Message("courier.format_s10", country=only), frozenset(), True, fit)
    return _Format(Message("courier.format_s10_any_country"), frozenset(), True, fit)


# TrackingCheck.read_as for the formats whose scans carry more than the number.
_READ_AS = {
    "usps_impb_22": Message("courier.read_usps_after_routing"),
    "usps_legacy_20": Message("courier.read_usps_implied_91"),
    "fedex_34": Message("courier.read_fedex_in_label_barcode"),
    "fedex_ground_gsn": Message("courier.read_fedex_in_ground_barcode"),
    "fedex_astra_32": Message("courier.read_fedex_in_astra_barcode"),
}


def _digits(count: Message | str | int, *, starting: Message | str | None = None) -> Message:
    """A digit format described: `12 digits`, `22 digits starting with 91 to 95`."""
    if starting is None:
        return Message("courier.format_digits", count=count)
    return Message("courier.format_digits_starting", count=count, start=starting)


def _make_format(spec: str, countries: frozenset[str]) -> _Format:
    kind, _, arg = spec.partition(":")
    # A USPS label's barcode may carry 420 + the 5- or 9-digit ZIP before the number.
    impb = r"(?:420(?:\d{5}|\d{9}))?(?P<core>9[1-5]\d{20})"
    ground = fedex_ground_check_digit
    # FedEx label barcodes carry the 12-digit number, with its own check digit: Express and
    # Ground 34-digit barcodes in their last 12 digits, ASTRA's 32 in digits 17 to 28.
    fedex, number12 = fedex12_check_digit, r"(?P<core>\d{12})"
    ups_1z = Message("courier.format_ups_1z")
    from_0_to_8 = Message("courier.range", low="0", high="8")  # what the number starts with
    from_91_to_95 = Message("courier.range", low="91", high="95")
    known: dict[str, tuple[str, Message, tuple[int, ...], Check]] = {
        "ups_1z": (r"1Z[0-9A-Z]{16}", ups_1z, (), ups_check_digit),
        "usps_20": (r"\d{20}", _digits(20), (20,), usps20_check_digit),
        "usps_legacy_20": (r"\d{20}", _digits(20), (20,), usps_legacy_check_digit),
        "usps_impb_22": (impb, _digits(22, starting=from_91_to_95), (22, 30, 34), impb_check_digit),
        "fedex_12": (r"\d{12}", _digits(12), (12,), fedex12_check_digit),
        "fedex_ground_15": (r"\d{15}", _digits(15), (15,), ground),
        "fedex_ground_96": (r"96\d{20}", _digits(22, starting="96"), (22,), ground),
        "fedex_34": (r"[0-8]\d{21}" + number12, _digits(34, starting=from_0_to_8), (34,), fedex),
        "fedex_ground_gsn": (r"96\d{20}" + number12, _digits(34, starting="96"), (34,), fedex),
        "fedex_astra_32": (
            r"3\d{15}" + number12 + r"\d{4}",
            _digits(32, starting="3"),
            (32,),
            fedex,
        ),
        "dhl_express_mod7": (r"\d{10,11}", _digits(_join_or([10, 11])), (10, 11), mod7_check_digit),
        "lotte_mod7": (r"\d{12}", _digits(12), (12,), mod7_check_digit),
        "jp_7dr": (r"\d{12}", _digits(12), (12,), mod7_check_digit),
    }
    if kind in known:
        return _format(*known[kind], read_as=_READ_AS.get(kind))
    if kind in ("digits", "mod7"):
        lengths = _parse_lengths(arg)
        check = mod7_check_digit if kind == "mod7" else None
        return _format(_digit_regex(lengths), _digits(_describe_lengths(lengths)), lengths, check)
    if kind == "prefixed":
        prefix, _, counts = arg.partition(":")
        lengths = _parse_lengths(counts)
        describe = Message(
            "courier.format_prefixed", prefix=prefix, count=_describe_lengths(lengths)
        )
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
        self._countries = countries
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

    @property
    def countries(self) -> frozenset[str]:
        """The ISO 3166-1 alpha-2 codes (`s10_countries`): a customs origin is one of them."""
        return self._countries

    def get(self, code: str) -> Courier:
        if (courier := self._couriers.get(code.strip().upper())) is None:
            raise NotFound(self._not_found(code))
        return courier

    def find(self, text: str) -> Courier | None:
        """The courier whose code or any name (Korean, Coupang, Amazon…) is `text`."""
        key = _key(text)
        matches = (c for c in self._couriers.values() if key in map(_key, _labels(c)))
        return next(matches, None) if key else None

    def _not_found(self, code: str) -> Message:
        key = _key(code)
        close = [c.code for c in self._couriers.values() if any(key in _key(x) for x in _labels(c))]
        close += difflib.get_close_matches(key.upper(), list(self._couriers), n=3, cutoff=0.6)
        close = list(dict.fromkeys(close))[:4] if len(key) >= 2 else []
        if close:
            guesses = [
                Message("courier.code_and_name", code=c, name=Names.of(self._couriers[c].names))
                for c in close
            ]
            return Message("courier.unknown_did_you_mean", code=code, guesses=_join_or(guesses))
        return Message("courier.unknown", code=code, codes=tuple(self._couriers))

    def check(self, code: str, number: str) -> TrackingCheck:
        courier = self.get(code)
        name = Names.of(courier.names)
        n = normalise(number)
        if not n:
            return TrackingCheck(False, n, Message("courier.tracking_empty", courier=name))
        if bad := _FOREIGN.search(n):
            return TrackingCheck(False, n, _foreign_reason(name, bad.group()))
        formats = self._formats[courier.code.upper()]
        fits = [(f, fit) for f in formats if (fit := f.fit(n, name)) is not None]
        if good := [(f, fit) for f, fit in fits if fit.problem is None]:
            f, fit = good[0]
            unchecked = Message("courier.no_check_digit", courier=name)
            reason = None if f.check_digit else unchecked
            return TrackingCheck(True, fit.number or n, reason, fit.read_as)
        if fits:
            return TrackingCheck(False, n, fits[0][1].problem)
        return TrackingCheck(False, n, _shape_reason(name, formats, n))

    def numbers_in(self, code: str) -> list[str]:
        """The tracking numbers inside a longer barcode, as every courier's formats find them
        (a USPS routing code before the number, …): each one checked."""
        n = normalise(code)
        fits = (f.fit(n, _NO_NAME) for fs in self._formats.values() for f in fs)
        found = (fit.number for fit in fits if fit and fit.number and fit.problem is None)
        return list(dict.fromkeys(found))

    def guess(self, number: str) -> list[Courier]:
        """Couriers whose check-digit formats accept `number`; digits-only formats prove nothing."""
        n = normalise(number)
        accepted = [c for c, fs in self._formats.items() if any(_accepts(f, n) for f in fs)]
        return [self._couriers[code] for code in accepted]


def _accepts(f: _Format, n: str) -> bool:
    return f.check_digit and (fit := f.fit(n, _NO_NAME)) is not None and fit.problem is None


def _foreign_reason(name: Names, char: str) -> Message:
    if unicodedata.name(char, "").startswith("HANGUL"):
        return Message("courier.hangul_in_number", courier=name, char=char)
    if char.isprintable():
        return Message("courier.foreign_in_number", courier=name, char=char)
    return Message("courier.control_in_number", courier=name, codepoint=f"U+{ord(char):04X}")


def _shape_reason(name: Names, formats: tuple[_Format, ...], n: str) -> Message:
    shapes = _join_or(list(dict.fromkeys(f.describe for f in formats)))
    if all(f.lengths for f in formats):
        if not n.isdigit():
            return Message("courier.shape_has_letters", courier=name, shapes=shapes)
        if any(len(n) in f.lengths for f in formats):
            return Message("courier.shape_starts_with", courier=name, shapes=shapes, start=n[:2])
        return Message("courier.shape_length", courier=name, shapes=shapes, length=len(n))
    return Message("courier.shape_mismatch", courier=name, shapes=shapes, length=len(n))
