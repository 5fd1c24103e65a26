"""A scan whose write transaction the database server rolled back (a serialisation failure
or a deadlock: `DatabaseConflict`) is run again, from the bench as it was before the scan, so
the packer never sees it. Nothing of the rolled-back attempt was saved; only a conflict that
comes back `ATTEMPTS` times in a row reaches the packer, as the busy message (scan again).

On SQLite a write transaction holds the write lock from BEGIN IMMEDIATE, and on PostgreSQL
from the shop's advisory lock before its first read, under READ COMMITTED, so neither engine
is expected to roll one back; this is the net under that rule.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import TYPE_CHECKING

from fulfil_desk.core.bench.outcome import Outcome
from fulfil_desk.core.kernel.errors import DatabaseConflict

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
