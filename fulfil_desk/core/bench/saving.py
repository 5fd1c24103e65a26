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
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from fulfil_desk.core.bench.outcome import Cue, Outcome
from fulfil_desk.core.kernel.changes import Changes
from fulfil_desk.core.kernel.errors import (
    DatabaseBusy,
    DatabaseConflict,
    DatabaseUnreachable,
    SavingUnanswered,
)
from fulfil_desk.core.kernel.messages import Message

if TYPE_CHECKING:
    from fulfil_desk.core.bench.scanner import Bench

ATTEMPTS = 3


def run_again_on_conflict(bench: Bench, route: Callable[[], Outcome]) -> Outcome:
    """`route` again after a conflict, while nothing of the scan was saved yet (a scan of
    two writes whose first was saved is not run again: `when_unreachable` says so). Refused
    by the database before it saved anything, the bench is as it was before the scan (a
    page command that moved it, then could not write the page's draft, leaves it where it
    was)."""
    saves = bench.desk.saves_made()
    for attempt in range(1, ATTEMPTS + 1):
        state, stock = copy.deepcopy(bench.state), bench.stock.remembered()
        try:
            return route()
        except (DatabaseUnreachable, DatabaseBusy) as exc:
            if bench.desk.saves_made() != saves:
                raise
            bench.state = state
            bench.stock.recall(stock)
            if not isinstance(exc, DatabaseConflict) or attempt == ATTEMPTS:
                raise
    raise AssertionError("unreachable")


@dataclass(frozen=True)
class Unfinished:
    """A scan (or, `code` None, another change of the window) the server went away during:
    `saved` True when it was saved before, None when its COMMIT went unanswered."""

    code: str | None
    saved: bool | None


def when_unreachable(
    bench: Bench, exc: DatabaseUnreachable | DatabaseBusy, code: str | None, saves: int
) -> Outcome:
    """The scan's refusal when the server went away during it, or another station kept it
    waiting (`saves`: the Desk's `saves_made()` before it began). Before anything was saved:
    the refusal as it is ("not saved", "scan again"). With its COMMIT unanswered, or after it
    saved part of itself, the bench says so and the next scan only answers it (`settled`)."""
    saved_before = bench.desk.saves_made() != saves
    if isinstance(exc, SavingUnanswered) and not saved_before:
        bench.unfinished = Unfinished(code, None)
        return Outcome.refused(exc)
    if not saved_before:
        return Outcome.refused(exc)
    bench.unfinished = Unfinished(code, True)
    said = exc.message
    if not isinstance(exc, DatabaseUnreachable):  # busy: the next scan shows where it stands
        return Outcome.refused(exc)
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
    asked = bench.desk.settle_unanswered_save()  # asked even when known: then it is cleared
    saved = unfinished.saved if unfinished.saved is not None else asked
    if saved is None:
        bench.unfinished = None
        return None
    bench.unfinished = replace(unfinished, saved=unfinished.saved or saved)  # if reload fails
    before = bench.state.order_id
    note = bench.reload() if saved else None  # the page and order the database holds
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
    if note is not None:  # why it stays on the queue (another station took the order)
        message = Message("two_sentences", first=message, then=note)
    if not saved:
        return Outcome(message, ok=False, cue=Cue.NEXT)
    orders = frozenset(i for i in (before, bench.state.order_id) if i is not None)
    changes = Changes(orders=orders, queue=True, stock=True, scores=True)  # whatever it saved
    return Outcome(message, changes, ok=False, cue=Cue.NEXT)
