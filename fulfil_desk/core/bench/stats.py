"""The packer statistics of the Desk: who packs, and how well (the rules: stats_rules.py).

A mixin only so that desk.py stays readable; `Desk` is still the one façade.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from fulfil_desk.core.bench.packers import check_packer_name
from fulfil_desk.core.bench.stats_rules import BENCH_KINDS, PackerStats, packer_stats
from fulfil_desk.core.kernel.errors import UserError
from fulfil_desk.core.storage.stats_repo import StatsRepo

MAX_DAYS = 366


class StatsUseCases:
    def packer_stats(
        self,
        *,
        start: date | None = None,
        end: date | None = None,
        packer: str | None = None,
    ) -> list[PackerStats]:
        """Per packer and shop day from `start` to `end` (both included; `end` defaults to
        today in the shop's time zone, `start` to `end`), then a total row per packer over
        the range; only `packer`'s rows if given. Reads only the range's events."""
        end = end or self.today()
        start = start or end
        if start > end:
            raise UserError(f"The range starts ({start}) after it ends ({end}).")
        if (end - start).days >= MAX_DAYS:
            raise UserError(
                f"{start} to {end} is more than {MAX_DAYS} days; ask for a year at most."
            )
        name = check_packer_name(packer) if packer is not None else None
        tz = self.shop_tz()
        first = datetime.combine(start, time(0), tzinfo=tz)
        after = datetime.combine(end + timedelta(days=1), time(0), tzinfo=tz)
        events, refusals, opened = StatsRepo(self._db).read(
            first.isoformat(), after.isoformat(), kinds=BENCH_KINDS, actor=name
        )
        return packer_stats(events, refusals, opened, tz)
