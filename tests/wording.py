"""What a person reads of a message the core returned: its English, in the shop's zone."""

from __future__ import annotations

from fulfil_desk.core.bench.outcome import Outcome
from fulfil_desk.core.kernel.changes import Changes
from fulfil_desk.core.kernel.errors import UserError
from fulfil_desk.core.kernel.messages import Message
from fulfil_desk.core.wording.render import Wording


def said(what: Message | str | UserError | Outcome | Changes | None, desk=None) -> str:
    """English, as the CLI prints it; moments in `desk`'s shop time zone (UTC without one)."""
    words = Wording(zone=desk.settings.shop_tz) if desk is not None else Wording()
    if isinstance(what, UserError | Outcome | Changes):
        what = what.message
    return words(what)
