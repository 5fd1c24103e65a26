"""Errors a packer or seller can act on, as opposed to bugs.

A `UserError` carries one message (a key and its parameters, see `messages`) that says what
was wrong and where; the UI shows it in red in the reader's language and the CLI prints it on
stderr with exit status 1. Nothing was changed when one is raised.
"""

from __future__ import annotations

from fulfil_desk.core.kernel.messages import Message
from fulfil_desk.core.wording.render import ENGLISH_WORDING


class UserError(Exception):
    """Input was refused; the message tells the person what to do."""

    cue = "refused"  # what the bench plays and shows for it (see core/bench/outcome.py)

    def __init__(self, message: Message | str):
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        """English in UTC, for logs and tracebacks; people read `message` through a Wording."""
        return ENGLISH_WORDING(self.message)


class NotFound(UserError):
    """An order, product or courier the person named does not exist."""


class WrongScan(UserError):
    """A scan that does not fit the step: unknown code, not on the list, one too many."""


class WrongItem(WrongScan):
    """A product that is not on the order or the pick list."""

    cue = "wrong_item"


class OneTooMany(WrongScan):
    """A product of the order whose every unit is already picked or in the box."""

    cue = "one_too_many"


class UnknownCode(WrongScan):
    """A code that is no command, order, tracking number, product or badge of this shop."""

    cue = "unknown_code"


class Prompt(WrongScan):
    """Nothing to apply (an Enter where the step needs a scan): the bench says what is next."""

    cue = "next"


class BadTracking(UserError):
    """A tracking number that fails its courier's format or check digit, or is used twice."""


class NotAllowed(UserError):
    """The order is not at a step where this action makes sense."""


class FontMissing(UserError):
    """No installed font has the glyphs this label needs."""


class BadFile(UserError):
    """An import file, or one of its rows, was refused."""

    def __init__(self, message: Message | str, *, problems: list | None = None):
        super().__init__(message)
        self.problems = problems or []


class DatabaseBusy(UserError):
    """Another station held the database's write lock for longer than the busy timeout."""


class DatabaseConflict(DatabaseBusy):
    """The database server rolled the write transaction back (a serialisation failure or a
    deadlock): nothing of it was saved, and running it again may well succeed."""


class OrderLocked(NotAllowed):
    """The order is open at another station; scanning TAKEOVER takes it over."""

    def __init__(self, message: Message | str, *, order_id: int):
        super().__init__(message)
        self.order_id = order_id


class Cancelled(UserError):
    """The person pressed Cancel during a long operation; nothing was changed or written."""


class DatabaseUnreachable(UserError):
    """The database server went away (cable, restart): nothing of this scan was saved; the
    station connects again by itself."""


class SavingUnanswered(DatabaseUnreachable):
    """The connection dropped after the write was sent to be saved (its COMMIT) and before the
    server answered: it may or may not be saved, which the server tells once it is back."""
