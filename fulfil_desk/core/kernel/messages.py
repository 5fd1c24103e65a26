"""What the core says to a person: a key and its parameters, never a finished sentence.

The words are in one catalogue (`core/wording/`); a `Wording` renders a message in a language
and in the shop's time zone. Parameters stay values until then: order numbers, SKUs and codes
as the shop wrote them (`str`, never translated), counts as `int`, moments as aware
`datetime`, days as `date`, money as `Money` in minor units, names the data holds in several
languages as `Names`, the app's own closed vocabularies (steps, statuses, reasons) as `Term`,
a message inside another as `Message`, and a list as a tuple of any of these.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from typing import TypeAlias


@dataclass(frozen=True, slots=True)
class Term:
    """A word of the app's own vocabulary, named by the catalogue as `kind.code`."""

    kind: str  # status, step, cancel_reason, …
    code: str

    @property
    def key(self) -> str:
        return f"{self.kind}.{self.code}"


@dataclass(frozen=True, slots=True)
class Names:
    """A name the shop's data holds in several languages (a courier, a marketplace)."""

    by_language: tuple[tuple[str, str], ...]

    @staticmethod
    def of(names: Mapping[str, str]) -> Names:
        return Names(tuple(sorted(names.items())))

    def name(self, lang: str) -> str:
        names = dict(self.by_language)
        return (
            names.get(lang)
            or names.get(lang[:2])
            or names.get("en")
            or next(iter(names.values()), "")
        )


CURRENCY_DECIMALS = dict.fromkeys(("KRW", "JPY"), 0) | dict.fromkeys(
    ("USD", "EUR", "GBP", "CNY", "CAD", "AUD"), 2
)


@dataclass(frozen=True, slots=True)
class Money:
    minor: int  # integer minor units of `currency`: 684 USD cents, 24000 KRW
    currency: str

    def written(self) -> str:
        """As a person reads it: 684 USD → "6.84 USD", 24000 KRW → "24,000 KRW". A currency
        the shop has no rule for is shown as stored."""
        decimals = CURRENCY_DECIMALS.get(self.currency.upper())
        if decimals is None:
            return f"{self.minor} {self.currency}".strip()
        amount = Decimal(self.minor).scaleb(-decimals)
        return f"{amount:,.{decimals}f} {self.currency.upper()}"


class Message:
    """`Message("bench.order_open", order="3100…", page=Term("page", "pick"))`."""

    __slots__ = ("key", "params")

    def __init__(self, key: str, /, **params: Param | Sequence[Param]) -> None:
        self.key = key
        self.params: dict[str, Param] = {
            name: value
            if isinstance(value, str) or not isinstance(value, Sequence)
            else tuple(value)
            for name, value in params.items()
        }

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Message) and other.key == self.key and other.params == self.params

    def __hash__(self) -> int:
        return hash((self.key, tuple(sorted(self.params))))

    def __repr__(self) -> str:
        params = "".join(f", {name}={value!r}" for name, value in self.params.items())
        return f"Message({self.key!r}{params})"


Param: TypeAlias = (
    str | int | Decimal | date | datetime | time | timedelta | Money | Term | Names | Message
) | tuple["Param", ...]
