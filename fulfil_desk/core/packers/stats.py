"""The packer statistics (`desk.stats`): who packs, and how well (the rules: stats_rules.py)."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from fulfil_desk.core.kernel.context import DeskContext
from fulfil_desk.core.kernel.errors import UserError
from fulfil_desk.core.kernel.messages import Message
from fulfil_desk.core.packers.service import check_packer_name
from fulfil_desk.core.packers.stats_rules import BENCH_KINDS, PackerStats, packer_stats
from fulfil_desk.core.storage.stats_repo import StatsRepo

MAX_DAYS = 366


class StatsService:
    def __init__(self, *, ctx: DeskContext):
        self._ctx = ctx
        self._repo = StatsRepo(ctx.db)

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
        end = end or self._ctx.today()
        start = start or end
        if start > end:
            raise UserError(Message("packers.range_backwards", start=start, end=end))
        if (end - start).days >= MAX_DAYS:
            raise UserError(Message("packers.range_too_long", start=start, end=end, most=MAX_DAYS))
        name = check_packer_name(packer) if packer is not None else None
        tz = self._ctx.shop_tz()
        first = datetime.combine(start, time(0), tzinfo=tz)
        after = datetime.combine(end + timedelta(days=1), time(0), tzinfo=tz)
        events, refusals, opened = self._repo.read(
            first.isoformat(), after.isoformat(), kinds=BENCH_KINDS, actor=name
        )
        return packer_stats(events, refusals, opened, tz)
