"""What the bench does when the database does not save a scan as it was asked to.

- A write transaction the server rolled back (a serialisation failure or a deadlock:
  `DatabaseConflict`) is run again, from the bench as it was before the scan, so the packer
  never sees it. Nothing of the rolled-back attempt was saved; only a conflict that comes back
  `ATTEMPTS` times in a row reaches the packer, as the busy message (scan again). On SQLite a
  write transaction holds the write lock from BEGIN IMMEDIATE, and on PostgreSQL from the
  shop's advisory lock before its first read, under READ COMMITTED, so neither engine is
  expected to roll one back; this is the net under that rule.
- A save the server went away in the middle of (its COMMIT sent, never answered:
  `SavingUnanswered`) may or may not be in the database; a scan that saved something before
  the server went (then failed reading what to show, or in a later write of its own: a label
  took its waybill number, then was not recorded) is there in part at least. Scanning either
  again could count a unit twice, so the scan after it is not applied: once the server is
  back, it says whether the unanswered one was saved (the server's record of its transaction)
  or that the bench now shows the order as the database holds it, with the bench moved there.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from fulfil_desk.core.bench.outcome import Cue, Outcome
from fulfil_desk.core.kernel.changes import Changes
from fulfil_desk.core.kernel.errors import DatabaseConflict, DatabaseUnreachable, SavingUnanswered
from fulfil_desk.core.kernel.messages import Message

if TYPE_CHECKING:
    from fulfil_desk.core.bench.scanner import Bench

ATTEMPTS = 3


def run_again_on_conflict(bench: Bench, route: Callable[[], Outcome]) -> Outcome:
    for attempt in range(1, ATTEMPTS + 1):
        state, stock = copy.deepcopy(bench.state), bench.stock.remembered()
        try:
            return route()
        except DatabaseConflict:
            bench.state = state
            bench.stock.recall(stock)
            if attempt == ATTEMPTS:
                raise
    raise AssertionError("unreachable")


@dataclass(frozen=True)
class Unfinished:
    """A scan (or, `code` None, another change of the window) the server went away during:
    `saved` True when it was saved before, None when its COMMIT went unanswered."""

    code: str | None
    saved: bool | None


def when_unreachable(
    bench: Bench, exc: DatabaseUnreachable, code: str | None, saves: int
) -> Outcome:
    """The scan's refusal when the server went away during it (`saves`: the Desk's
    `saves_made()` before it began). Before anything was saved: "not saved". With its COMMIT
    unanswered, or after it saved (while reading what to show), the bench says so and the
    next scan only answers it (`settled`)."""
    if isinstance(exc, SavingUnanswered):
        bench.unfinished = Unfinished(code, None)
        return Outcome.refused(exc)
    if bench.desk.saves_made() == saves:
        return Outcome.refused(exc)
    bench.unfinished = Unfinished(code, True)
    said = exc.message
    message = (
        Message("storage.server_gone_after_saving", url=said.params["url"])
        if isinstance(said, Message) and "url" in said.params
        else said
    )
    return Outcome(message, ok=False, cue=Cue.REFUSED)


def settled(bench: Bench) -> Outcome | None:
    """Once the server is back, the scan after an unfinished one is not applied: it says
    whether that one was saved (asking the server by its transaction's id when its COMMIT
    went unanswered), with the bench moved to where the database says it is. None: nothing
    is unfinished, and this scan is applied as usual. DatabaseUnreachable while the server
    is away."""
    unfinished = bench.unfinished or Unfinished(None, None)
    saved = unfinished.saved
    if saved is None:
        saved = bench.desk.settle_unanswered_save()
    if saved is None:
        bench.unfinished = None
        return None
    before = bench.state.order_id
    if saved:
        bench.reload()  # the saved scan's page and order, as the database holds them
    bench.unfinished = None
    code = unfinished.code
    if unfinished.saved:  # saved, then gone: maybe not all of it
        message = Message("bench.server_back_as_saved")
    elif code is None and saved:
        message = Message("bench.unanswered_change_saved")
    elif code is None:
        message = Message("bench.unanswered_change_not_saved")
    elif saved:
        message = Message("bench.unanswered_scan_saved", code=code)
    else:
        message = Message("bench.unanswered_scan_not_saved", code=code)
    if not saved:
        return Outcome(message, ok=False, cue=Cue.NEXT)
    orders = frozenset(i for i in (before, bench.state.order_id) if i is not None)
    changes = Changes(orders=orders, queue=True, stock=True, scores=True)  # whatever it saved
    return Outcome(message, changes, ok=False, cue=Cue.NEXT)
