"""`Wording`: a message (key and parameters) rendered as the words a person reads.

The English templates are the catalogue's (`catalogue.ENGLISH`); the reader's language has
its own templates by key (`catalogue.translations`), English where one is missing.
Parameters are rendered here and nowhere else: moments in the shop's time zone and days as
the reader's language writes them, money from its minor units (CLDR's data through Babel),
terms and nested messages through the catalogue, lists joined.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from decimal import Decimal

from babel.dates import format_date, format_datetime
from babel.numbers import format_currency

from fulfil_desk.core.kernel.messages import CURRENCY_DECIMALS, Message, Money, Names, Param, Term
from fulfil_desk.core.wording.catalogue import ENGLISH, Entry, translations
from fulfil_desk.core.wording.languages import (
    DAY_PATTERNS,
    MOMENT_PATTERNS,
    PSEUDO,
    cldr_locale,
)


def _utc() -> tzinfo:
    return UTC


class Wording:
    def __init__(
        self,
        *,
        zone: Callable[[], tzinfo] = _utc,
        lang: str = "en",
        catalogue: Mapping[str, Entry] = ENGLISH,
        translated: Mapping[str, Entry] | None = None,
        plain: bool = False,
    ) -> None:
        """`translated`: the language's templates by key (default: the shipped ones);
        `plain`: ISO moments and `6.84 USD`, for logs rather than people."""
        self.zone = zone  # the shop's time zone, read when a moment is rendered
        self.lang = lang
        self.catalogue = catalogue
        self.translated = translations(lang) if translated is None else translated
        self.plain = plain
        self._locale = cldr_locale(lang)

    def __call__(self, said: Message | str | None) -> str:
        if said is None:
            return ""
        if isinstance(said, str):  # words already in the reader's language: the UI's own tr()
            return said
        entry = self.catalogue.get(said.key)
        if entry is None:
            return self._unworded(said)
        english = _form(entry, said)
        values = {name: self.value(value) for name, value in said.params.items()}
        template = self._template(said.key, english, said)
        try:
            return template.format_map(values)
        except (KeyError, IndexError, ValueError):  # a translation that lost a parameter
            return self._wrapped(english).format_map(_Missing(values))

    def _template(self, key: str, english: str, said: Message | None = None) -> str:
        entry = self.translated.get(key)
        if entry is None:
            return self._wrapped(english)
        return entry if isinstance(entry, str) else _form(entry, said)

    def _wrapped(self, text: str) -> str:
        return f"⟦{text}⟧" if self.lang == PSEUDO else text

    def value(self, value: Param) -> str:
        if isinstance(value, str):
            return value
        if isinstance(value, Message):
            return self(value)
        if isinstance(value, Term):
            return self.term(value)
        if isinstance(value, Names):
            return self._wrapped(value.name(self.lang))
        if isinstance(value, Money):
            return self.money(value)
        if isinstance(value, datetime):
            return self.moment(value)
        if isinstance(value, date):
            return self.day(value)
        if isinstance(value, time):
            return value.strftime("%H:%M")
        if isinstance(value, timedelta):
            return self(_duration(value))
        if isinstance(value, tuple):
            return _separator(self.translated).join(self.value(v) for v in value)
        if isinstance(value, bool):
            raise TypeError("a message parameter is never a bool: say it with a Term")
        if isinstance(value, int | Decimal):
            return str(value)
        raise TypeError(f"no rendering for a message parameter of type {type(value).__name__}")

    def term(self, term: Term) -> str:
        entry = self.catalogue.get(term.key)
        english = entry if isinstance(entry, str) else term.code.replace("_", " ")
        return self._template(term.key, english)

    def moment(self, at: datetime) -> str:
        """A moment as the shop's clock showed it: `Mon 7 Dec 2026 14:00`,
        `2026. 12. 7. (월) 14:00`, `2026年12月7日 周一 14:00`."""
        local = at.astimezone(self.zone())
        if self.plain:
            return local.strftime("%Y-%m-%d %H:%M")
        return format_datetime(local, MOMENT_PATTERNS[self._locale], locale=self._locale)

    def day(self, day: date) -> str:
        if self.plain:
            return day.isoformat()
        return format_date(day, DAY_PATTERNS[self._locale], locale=self._locale)

    def money(self, money: Money) -> str:
        """`₩12,900`, `¥12.90`, `$6.84` (`6.84 USD` when plain); a currency the shop has no
        rule for is shown as stored."""
        decimals = CURRENCY_DECIMALS.get(money.currency.upper())
        if self.plain or decimals is None:
            return money.written()
        amount = Decimal(money.minor).scaleb(-decimals)
        return format_currency(amount, money.currency.upper(), locale=self._locale)

    def _unworded(self, said: Message) -> str:
        """A key the catalogue lacks (a bug the architecture test catches): still readable."""
        params = ", ".join(f"{name}={self.value(v)}" for name, v in said.params.items())
        return f"{said.key}({params})"


def _duration(span: timedelta) -> Message:
    seconds = max(0, int(span.total_seconds()))
    if seconds < 60:
        return Message("duration.seconds", s=seconds)
    hours, minutes = divmod(seconds // 60, 60)
    if hours >= 48:
        return Message("duration.days", d=hours // 24, h=hours % 24)
    if hours:
        return Message("duration.hours", h=hours, m=minutes)
    return Message("duration.minutes", m=minutes)


def _separator(translated: Mapping[str, Entry]) -> str:
    """Between a list's items: never wrapped, even in the pseudo-language."""
    separator = translated.get("list.separator", ", ")
    return separator if isinstance(separator, str) else ", "


def _form(entry: Entry, said: Message | None) -> str:
    """The template of an entry; (one, other) entries take the form of the count `n`."""
    if isinstance(entry, str):
        return entry
    one, other = entry
    return one if said is not None and said.params.get("n") == 1 else other


class _Missing(dict):
    def __missing__(self, name: str) -> str:
        return "{" + name + "}"


ENGLISH_WORDING = Wording(plain=True)  # English in UTC: for logs and str(UserError), not people
