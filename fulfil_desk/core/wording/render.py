"""`Wording`: a message (key and parameters) rendered as the words a person reads.

The English templates are the catalogue's (`catalogue.ENGLISH`); `translate(key, english)`
gives them in the reader's language (the UI passes Qt's translation lookup; English is the
identity). Parameters are rendered here and nowhere else: moments in the shop's time zone,
money from its minor units, terms and nested messages through the catalogue, lists joined.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from decimal import Decimal

from fulfil_desk.core.kernel.messages import Message, Money, Names, Param, Term
from fulfil_desk.core.wording.catalogue import ENGLISH, Entry

Translate = Callable[[str, str], str]  # (key, English template) → the reader's template


def _english(_key: str, english: str) -> str:
    return english


def _utc() -> tzinfo:
    return UTC


class Wording:
    def __init__(
        self,
        *,
        zone: Callable[[], tzinfo] = _utc,
        lang: str = "en",
        translate: Translate = _english,
        catalogue: Mapping[str, Entry] = ENGLISH,
    ) -> None:
        self.zone = zone  # the shop's time zone, read when a moment is rendered
        self.lang = lang
        self.translate = translate
        self.catalogue = catalogue

    def __call__(self, said: Message | str | None) -> str:
        if said is None:
            return ""
        if isinstance(said, str):  # words already in the reader's language: the UI's own tr()
            return said
        entry = self.catalogue.get(said.key)
        if entry is None:
            return self._unworded(said)
        key, template = self._form(said, entry)
        values = {name: self.value(value) for name, value in said.params.items()}
        try:
            return self.translate(key, template).format_map(values)
        except (KeyError, IndexError, ValueError):  # a translation that lost a parameter
            return template.format_map(_Missing(values))

    def _form(self, said: Message, entry: Entry) -> tuple[str, str]:
        """The template, and the key its translation is looked up by; (one, other) entries
        take the form of the count `n`."""
        if isinstance(entry, str):
            return said.key, entry
        one, other = entry
        if said.params.get("n") == 1:
            return said.key + ".one", one
        return said.key + ".other", other

    def value(self, value: Param) -> str:
        if isinstance(value, str):
            return value
        if isinstance(value, Message):
            return self(value)
        if isinstance(value, Term):
            return self.term(value)
        if isinstance(value, Names):
            return value.name(self.lang)
        if isinstance(value, Money):
            return value.written()
        if isinstance(value, datetime):
            return self.moment(value)
        if isinstance(value, date):
            return value.isoformat()
        if isinstance(value, time):
            return value.strftime("%H:%M")
        if isinstance(value, timedelta):
            return self(_duration(value))
        if isinstance(value, tuple):
            return self.translate("list.separator", ", ").join(self.value(v) for v in value)
        if isinstance(value, bool):
            raise TypeError("a message parameter is never a bool: say it with a Term")
        if isinstance(value, int | Decimal):
            return str(value)
        raise TypeError(f"no rendering for a message parameter of type {type(value).__name__}")

    def term(self, term: Term) -> str:
        entry = self.catalogue.get(term.key)
        english = entry if isinstance(entry, str) else term.code.replace("_", " ")
        return self.translate(term.key, english)

    def moment(self, at: datetime) -> str:
        """A moment as the shop's clock showed it."""
        return at.astimezone(self.zone()).strftime("%Y-%m-%d %H:%M")

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


class _Missing(dict):
    def __missing__(self, name: str) -> str:
        return "{" + name + "}"


ENGLISH_WORDING = Wording()  # English in UTC: for logs and str(UserError), not for people
