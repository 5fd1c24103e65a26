"""Who did a thing, as the event log stores it and as a person reads it."""

from __future__ import annotations

from fulfil_desk.core.kernel.messages import Param, Term

UNBADGED = "packer"  # the station's actor before any badge is scanned; stored in old logs too


def who(actor: str) -> Param:
    """`actor` for a message or a table cell: a packer's own name as it is, the station's
    unbadged actor in the reader's words."""
    return Term("actor", "unbadged") if actor == UNBADGED else actor
