"""A courier's waybill number band read from its first and last numbers, and the numbers in
it. Pure rules: no database.

Where the courier's check digit is known (Lotte's mod 7, `lotte_mod7`; the other mod-7
formats), the band is the run of bodies from the first number's to the last one's, each
number its body and its check digit. Where it is not published (CJ대한통운, Hanjin, Logen…),
the band is the numbers from the first to the last as given, each of the courier's format.
"""

from __future__ import annotations

from dataclasses import dataclass

from fulfil_desk.core.kernel.couriers import Courier, CourierRegistry, mod7_check_digit, normalise
from fulfil_desk.core.kernel.errors import UserError
from fulfil_desk.core.kernel.messages import Message, Names

MOST_NUMBERS = 1_000_000
LOW_SHARE = 0.10  # under this share of a courier's numbers left, the bench warns
MOD7 = "mod7"
_MOD7_FORMATS = ("lotte_mod7", "jp_7dr", "dhl_express_mod7")


@dataclass(frozen=True)
class Band:
    courier: str
    first: str  # the numbers as the courier hands them out, check digit included
    last: str
    start: int  # the first body (with a check digit) or number (without)
    size: int
    width: int  # digits of a body or number, leading zeros kept
    check_digit: str  # MOD7, or "" where the courier's check digit is not verified

    @property
    def end(self) -> int:
        return self.start + self.size - 1

    def number_at(self, position: int) -> str:
        return number_at(self.start, self.width, self.check_digit, position)

    def overlaps(self, other: Band) -> bool:
        same_kind = (self.courier, self.width, self.check_digit) == (
            other.courier,
            other.width,
            other.check_digit,
        )
        return same_kind and self.start <= other.end and other.start <= self.end


def number_at(start: int, width: int, check_digit: str, position: int) -> str:
    body = f"{start + position:0{width}d}"
    return body + str(mod7_check_digit(body)) if check_digit == MOD7 else body


def _mod7_courier(courier: Courier) -> bool:
    return any(f in _MOD7_FORMATS or f.startswith("mod7:") for f in courier.formats)


def read_band(couriers: CourierRegistry, code: str, first: str, last: str) -> Band:
    """The band from `first` to `last` of courier `code`; a UserError saying which end is
    wrong and why, or why the band cannot be loaded."""
    courier = couriers.get(code)  # NotFound: the codes that are close
    name = Names.of(courier.names)
    ends = []
    shown = (given.strip() or "''" for given in (first, last))
    said_ends = (Message("waybills.end_first", number=next(shown)),
                 Message("waybills.end_last", number=next(shown)))  # fmt: skip
    for said, given in zip(said_ends, (first, last), strict=True):
        number = normalise(given)
        check = couriers.check(courier.code, number)
        if not check.valid:
            raise UserError(Message("waybills.bad_end", end=said, why=check.refusal))
        if not number.isdigit() or check.number != number:
            raise UserError(Message("waybills.digits_only", end=said, courier=name))
        checked = check.reason is None  # the courier's format has a check digit
        if checked and not (_mod7_courier(courier) and _mod7_ok(number)):
            raise UserError(Message("waybills.check_digit_unsupported", courier=name))
        ends.append((number, checked))
    (n, checked), (m, _) = ends
    if len(n) != len(m):
        raise UserError(Message("waybills.lengths_differ", first=n, last=m))
    cut = -1 if checked else None
    start, stop = int(n[:cut]), int(m[:cut])
    if stop < start:
        raise UserError(Message("waybills.first_after_last", first=n, last=m))
    size = stop - start + 1
    if size > MOST_NUMBERS:
        raise UserError(Message("waybills.band_too_big", n=size, most=MOST_NUMBERS))
    width = len(n) - (1 if checked else 0)
    return Band(courier.code, n, m, start, size, width, MOD7 if checked else "")


def _mod7_ok(number: str) -> bool:
    return str(mod7_check_digit(number[:-1])) == number[-1]


def is_low(left: int, size: int) -> bool:
    return size > 0 and left < size * LOW_SHARE
