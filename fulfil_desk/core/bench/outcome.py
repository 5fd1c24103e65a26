"""What the bench answers to a scan: a sentence, what changed, and its cue.

The cue says what the station shows and plays: green for an accepted scan, amber for "do
this next" (nothing was wrong, nothing changed), red for a refusal, each refusal with the
sound of its kind.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from fulfil_desk.core.kernel.changes import Changes
from fulfil_desk.core.kernel.errors import UserError
from fulfil_desk.core.kernel.messages import Message


class Cue(StrEnum):
    ACCEPTED = "accepted"
    NEXT = "next"  # do this next: nothing was applied, nothing was wrong
    ORDER_COMPLETE = "order_complete"  # the last unit is in the box, or the last one picked
    SHIPPED = "shipped"
    REFUSED = "refused"
    WRONG_ITEM = "wrong_item"
    ONE_TOO_MANY = "one_too_many"
    UNKNOWN_CODE = "unknown_code"


REFUSALS = frozenset({Cue.REFUSED, Cue.WRONG_ITEM, Cue.ONE_TOO_MANY, Cue.UNKNOWN_CODE})


@dataclass(frozen=True)
class Outcome:
    message: Message | str | None  # None: nothing to say
    changes: Changes = Changes()
    ok: bool = True
    cue: Cue | None = None  # None: ACCEPTED when ok, else REFUSED

    @property
    def heard(self) -> Cue:
        """The cue, with its default filled in."""
        if self.cue is not None:
            return Cue(self.cue)
        return Cue.ACCEPTED if self.ok else Cue.REFUSED

    @property
    def tone(self) -> str:
        """ok (green), next (amber) or refused (red)."""
        cue = self.heard
        return "refused" if cue in REFUSALS else "next" if cue is Cue.NEXT else "ok"

    @staticmethod
    def refused(exc: UserError) -> Outcome:
        return Outcome(exc.message, ok=False, cue=Cue(exc.cue))

    @staticmethod
    def next(message: Message | str) -> Outcome:
        """Nothing to apply: what the packer does next (the CLI says `refused`)."""
        return Outcome(message, ok=False, cue=Cue.NEXT)
