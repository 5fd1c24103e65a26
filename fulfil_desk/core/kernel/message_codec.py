"""A message kept in the database as JSON, and read back as the same message.

The core stores what it said (a hold note, why a deadline moved, why an import cancelled an
order) as the message itself, so that each reader words it in their own language when it is
shown. `dumps(message)` is JSON text; `loads(text)` is the message again, equal to the one
written, every parameter type round-tripping (str, int, Decimal, date, datetime with its
offset, time, timedelta, Money, Term, Names, a nested Message, tuples of any of these).

A text column that held English sentences before keeps them: `stored_note(text)` reads a
stored message back, and anything else — an old English note, a note the packer typed — as
the text it is. `encode`/`decode` do the same for a JSON value inside a larger document (an
audit event's detail).
"""

from __future__ import annotations

import json
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from typing import Any

from fulfil_desk.core.kernel.messages import Message, Money, Names, Param, Term

_MESSAGE = "message"  # {"message": key, "params": {...}}: the one shape a message has


def encode(message: Message) -> dict[str, Any]:
    """The message as a JSON value (a dict)."""
    return {_MESSAGE: message.key, "params": {k: _param(v) for k, v in message.params.items()}}


def dumps(message: Message) -> str:
    return json.dumps(encode(message), ensure_ascii=False, separators=(",", ":"), sort_keys=True)


def is_encoded(value: object) -> bool:
    """Whether a JSON value is a message as `encode` writes it."""
    return (
        isinstance(value, dict)
        and set(value) == {_MESSAGE, "params"}
        and isinstance(value[_MESSAGE], str)
        and isinstance(value["params"], dict)
    )


def decode(value: dict[str, Any]) -> Message:
    """The message `encode` wrote; ValueError for anything else."""
    if not is_encoded(value):
        raise ValueError(f"not a stored message: {value!r}")
    return Message(value[_MESSAGE], **{k: _value(v) for k, v in value["params"].items()})


def loads(text: str) -> Message:
    return decode(json.loads(text))


def note_text(note: Message | str) -> str:
    """What a text column keeps of a note: a message as JSON, a typed text as typed."""
    return dumps(note) if isinstance(note, Message) else note


def note_value(note: Message | str) -> dict[str, Any] | str:
    """What a JSON document (an audit event's detail) keeps of a note: a message as its JSON
    value, a typed text as typed."""
    return encode(note) if isinstance(note, Message) else note


def stored_note(text: str | None) -> Message | str:
    """A stored note as a reader gets it: the message it holds, or (an English note from
    before messages were stored, a note a person typed) the text as it is."""
    if not text:
        return ""
    if text.startswith("{"):
        try:
            return loads(text)
        except (ValueError, TypeError, KeyError):
            pass  # a typed note that starts with a brace
    return text


def stored_value(value: object) -> Param | object:
    """A value of a stored JSON document (an event's detail) as a reader gets it: a stored
    message decoded, anything else as it is."""
    if is_encoded(value):
        try:
            return decode(value)  # type: ignore[arg-type]
        except (ValueError, TypeError, KeyError):
            return value
    return value


def _param(value: Param) -> Any:
    if isinstance(value, bool):
        raise TypeError("a message parameter is never a bool: say it with a Term")
    if isinstance(value, str | int):
        return value
    if isinstance(value, tuple):
        return [_param(v) for v in value]
    if isinstance(value, Message):
        return encode(value)
    if isinstance(value, datetime):  # before date: a datetime is a date
        return {"datetime": value.isoformat()}
    if isinstance(value, date):
        return {"date": value.isoformat()}
    if isinstance(value, time):
        return {"time": value.isoformat()}
    if isinstance(value, timedelta):
        return {"timedelta": [value.days, value.seconds, value.microseconds]}
    if isinstance(value, Decimal):
        return {"decimal": str(value)}
    if isinstance(value, Money):
        return {"money": [value.minor, value.currency]}
    if isinstance(value, Term):
        return {"term": [value.kind, value.code]}
    if isinstance(value, Names):
        return {"names": dict(value.by_language)}
    raise TypeError(f"no stored form for a message parameter of type {type(value).__name__}")


def _value(stored: Any) -> Param:
    if isinstance(stored, bool) or stored is None or isinstance(stored, float):
        raise ValueError(f"not a stored parameter: {stored!r}")
    if isinstance(stored, str | int):
        return stored
    if isinstance(stored, list):
        return tuple(_value(v) for v in stored)
    if not isinstance(stored, dict):
        raise ValueError(f"not a stored parameter: {stored!r}")
    if is_encoded(stored):
        return decode(stored)
    if len(stored) != 1:
        raise ValueError(f"not a stored parameter: {stored!r}")
    ((tag, data),) = stored.items()
    if tag == "datetime":
        return datetime.fromisoformat(data)
    if tag == "date":
        return date.fromisoformat(data)
    if tag == "time":
        return time.fromisoformat(data)
    if tag == "timedelta":
        days, seconds, microseconds = data
        return timedelta(days=days, seconds=seconds, microseconds=microseconds)
    if tag == "decimal":
        return Decimal(data)
    if tag == "money":
        minor, currency = data
        return Money(int(minor), str(currency))
    if tag == "term":
        kind, code = data
        return Term(str(kind), str(code))
    if tag == "names":
        return Names.of({str(k): str(v) for k, v in data.items()})
    raise ValueError(f"not a stored parameter: {stored!r}")
