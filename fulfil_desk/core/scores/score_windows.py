"""Which windows a metric's trend is made of, and counting them quickly.

**The windows.** The current window is (as_of − N days, as_of], to the second. The seven
before it lie on a grid of whole days, so that they stay the same all day: with D the start of
as_of's day in the shop's zone, window k (1 … 7) is (D − (k + 1)·N, D − k·N]. Between the
current window and the one before lies less than a day (as_of − D) that no window counts,
never a day that two count. Each window is judged as of its own end, as in `core/scores/scores.py`.

**Counting.** Orders are counted in SQL over their score rows (storage/score_sql.py); an order
with a time stored without a UTC offset, and every inquiry, are counted by the Python rules of
`core/scores/score_rules.py`. The earlier windows' counts are kept in memory and dropped when the
change log (kept by triggers, whichever station wrote) says that a record dated in or before
them changed; the current window is always counted afresh.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, time, timedelta, tzinfo

from fulfil_desk.core.scores.scores import MetricDef, Tally, count, tally
from fulfil_desk.core.storage.score_sql import USES_LINES, CountSpec, ScoreCounts, jd


def window_bounds(metric: MetricDef, as_of: datetime, tz: tzinfo, windows: int):
    """(start, end) of the current window and of the `windows` − 1 before it, newest first."""
    step = timedelta(days=metric.window_days)
    day = datetime.combine(as_of.astimezone(tz).date(), time(0), tzinfo=tz)
    bounds = [(as_of - step, as_of)]
    bounds += [(day - step * (k + 1), day - step * k) for k in range(1, windows)]
    return bounds


class ScoreWindows:
    """Counts metric windows; `records(ids)` gives the Python rules' order records, and
    `inquiries(marketplace, start, end)` the inquiry records received near a window."""

    def __init__(
        self,
        counts: ScoreCounts,
        *,
        records: Callable[[list[int]], list],
        inquiries: Callable[[str, datetime, datetime], list],
        zone: str,
    ):
        self._counts = counts
        self._records = records
        self._inquiries = inquiries
        self.zone = zone
        self._kept: dict[tuple, tuple[datetime, int, int]] = {}  # start, numerator, denominator
        self._seen: int | None = None

    def tallies(
        self, metric: MetricDef, as_of: datetime, tz: tzinfo, windows: int, *, problems=True
    ) -> list:
        """The current window (with its problem ids), then the earlier ones, newest first.
        Call `look()` first."""
        keep = not self._counts.in_transaction and metric.numerator not in USES_LINES
        found = []
        for k, (start, end) in enumerate(window_bounds(metric, as_of, tz, windows)):
            if k == 0:
                found.append(self._fallback(metric, start, end, problems=problems))
                continue
            key = (metric.marketplace, metric.id, jd(start), jd(end), self.zone)
            kept = self._kept.get(key) if keep else None
            if kept is None:
                current = self._fallback(metric, start, end)
                kept = (current.start, current.numerator, current.denominator)
                if keep:
                    self._kept[key] = kept
            found.append(Tally(kept[0], end, kept[1], kept[2]))
        return found

    def _fallback(self, metric: MetricDef, start, end, *, problems: bool = False) -> Tally:
        """The window, grown to the metric's fallback length when it holds too few."""
        found = self.count(metric, start, end, problems=problems)
        if metric.fallback_days and found.denominator < metric.fallback_below:
            longer = end - timedelta(days=metric.fallback_days)
            found = self.count(metric, longer, end, problems=problems)
        return found

    def count(self, metric: MetricDef, start, end, *, problems: bool = False) -> Tally:
        """The window (start, end]: its counts, and with `problems` the problem ids in date
        order."""
        if metric.subject == "inquiries":
            received = self._inquiries(metric.marketplace, start, end)
            return self._by_rules(metric, received, start, end)
        spec = CountSpec(
            metric.marketplace, metric.date, metric.numerator, metric.denominator,
            metric.lower_is_better,
        )  # fmt: skip
        fast = self._counts.count(spec, start, end, problems=problems)
        local = self._counts.local_ids(metric.marketplace, metric.date, start, end)
        records = self._records(local) if local else []
        ruled = self._by_rules(metric, records, start, end)
        dates = {r.id: jd(getattr(r, metric.date)) for r in records}
        merged = sorted([*fast.problems, *((dates[i], i) for i in ruled.problem_ids)])
        return Tally(
            start,
            end,
            fast.numerator + ruled.numerator,
            fast.denominator + ruled.denominator,
            tuple(i for _, i in merged) if problems else (),
        )

    def look(self) -> None:
        """Before counting: forget the kept windows a change since the last look may have
        touched."""
        self._drop_changed()

    @staticmethod
    def _by_rules(metric: MetricDef, records: list, start, end) -> Tally:
        return tally(metric, count(metric, records, start, end))

    def _drop_changed(self) -> None:
        """Forget the kept windows that a change since the last look may have touched."""
        oldest, newest, touched = self._counts.changes(self._seen or 0)
        pruned_past_us = self._seen is not None and oldest > self._seen + 1
        if self._seen is None or newest < (self._seen or 0) or pruned_past_us:
            self._kept.clear()
        else:
            anywhere = touched.get(None, float("inf"))
            for key in list(self._kept):
                if key[3] >= min(touched.get(key[0], anywhere), anywhere):
                    del self._kept[key]
        self._seen = newest
