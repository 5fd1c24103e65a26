"""Seller-score metrics: pure functions of order, shipment, incident and inquiry records and an
`as_of`. No database, no clock, no Qt. The definitions are data (resources/metrics.json).

**Windows.** A metric with a window of N days, as of T, counts the subjects (orders, or
inquiries) whose date lies in (T − N days, T]: the start excluded, the end included, so two
consecutive windows never count a subject twice. The trend is the eight consecutive windows
ending at T, T − N, …, T − 7N, oldest first. Everything a predicate looks at is cut at the
window's end: a shipment confirmed, an order cancelled, feedback left or an inquiry answered
after it had not happened yet for that window, so a past window shows what it showed then.
eBay's windows grow from 90 to 365 days when fewer than 400 orders fall in the 90 (its rule).

**Which date puts a subject in a window** (metrics.json `date`):
- `ordered_at`: Amazon order defects (negative feedback is counted by order date; claims and
  chargebacks are counted the same way here) and cancellations, Coupang order fulfilment,
  eBay transaction defects, Shopee non-fulfilment, Wish fulfilment rate;
- `ship_by`: late / on-time shipment (Amazon LSR 10 and 30 days, Coupang 정시출고, eBay). The
  recorded ship-by: the marketplace's when its file gave one, else ours, as the calendar moved
  it for holidays. A deadline is judged by what is recorded, never recomputed here;
- `shipped_at` (ship confirmation): Amazon valid tracking, Shopee late shipment, Wish late
  confirmed fulfilment;
- `promised_delivery`: on-time delivery; `received_at`: inquiries answered within 24 hours.

**On time** means confirmed at or before the ship-by, to the second: a ship-by of
2026-06-19T23:59:59+09:00 is met by a confirmation at 23:59:59 and missed at 00:00:00 on the
20th. An order still unshipped after its ship-by is late. A ship-by or promised delivery
recorded as a bare date means the end (23:59:59) of that day in the shop's time zone.

**Status**: `no_data` when nothing falls in the window (never 100 %); `no_target` when the
marketplace publishes no threshold and the seller has set none; `bad` when the rate misses the
target; `at_risk` when it meets the target but lies within `margin` × (the distance from the
ideal value to the target) of it — the ideal being 0 for a rate that must stay low and 1 for one
that must stay high. With margin 0.2: Amazon LSR < 4 % is at risk from 3.2 %; valid tracking
> 95 % is at risk at 96 % and below.
"""

from __future__ import annotations

import json
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from decimal import Decimal
from pathlib import Path

from fulfil_desk.core.kernel.messages import Message, Term
from fulfil_desk.core.kernel.resources import resource_path
from fulfil_desk.core.scores.score_rules import (  # noqa: F401 - re-exported: the metrics' vocabulary
    COMPARISONS,
    DATES,
    INCIDENT_KINDS,
    LOWER_IS_BETTER,
    PREDICATES,
    STATUSES,
    TREND_WINDOWS,
    Incident,
    InquiryRecord,
    OrderRecord,
    parse_time,
)

# ---- definitions -----------------------------------------------------------------------------


@dataclass(frozen=True)
class MetricDef:
    marketplace: str
    id: str
    names: dict
    subject: str
    date: str
    numerator: str
    denominator: str
    window_days: int
    target: float | None
    comparison: str
    published: bool
    family: str = ""
    source: str = ""
    note: str = ""
    at_risk_projection: bool = False
    fallback_days: int | None = None
    fallback_below: int = 0

    @property
    def key(self) -> str:
        """The setting key of the seller's own target: `marketplace.metric`."""
        return f"{self.marketplace}.{self.id}"

    @property
    def lower_is_better(self) -> bool:
        return self.comparison in LOWER_IS_BETTER

    def name(self, lang: str = "en") -> str:
        return self.names.get(lang) or self.names["en"]


@dataclass(frozen=True)
class Definitions:
    metrics: dict[str, tuple[MetricDef, ...]]  # marketplace → its metrics, in file order
    names: dict[str, dict] = field(default_factory=dict)  # marketplace → names per language

    def of(self, marketplace: str) -> tuple[MetricDef, ...]:
        return self.metrics.get(marketplace, ())

    def find(self, marketplace: str, metric: str) -> list[MetricDef]:
        """The metric by id or by its name in any language (as `scores` shows it), or every
        metric of a family (`late_shipment_rate`)."""
        wanted = metric.strip().casefold()
        found = [
            m
            for m in self.of(marketplace)
            if wanted in (m.id, *(name.casefold() for name in m.names.values()))
        ]
        return found or [m for m in self.of(marketplace) if m.family == metric]

    def all(self) -> list[MetricDef]:
        return [m for metrics in self.metrics.values() for m in metrics]


def load_definitions(path: Path | None = None) -> Definitions:
    data = json.loads((path or resource_path("metrics.json")).read_text("utf-8"))
    metrics, names = {}, {}
    for marketplace, entry in data["marketplaces"].items():
        names[marketplace] = entry["names"]
        metrics[marketplace] = tuple(_metric(marketplace, m) for m in entry["metrics"])
    return Definitions(metrics, names)


def _metric(marketplace: str, m: dict) -> MetricDef:
    fallback = m.get("fallback") or {}
    metric = MetricDef(
        marketplace=marketplace,
        id=m["id"],
        names=m["names"],
        subject=m["subject"],
        date=m["date"],
        numerator=m["numerator"],
        denominator=m["denominator"],
        window_days=int(m["window_days"]),
        target=m["target"],
        comparison=m["comparison"],
        published=bool(m["published"]),
        family=m.get("family", m["id"]),
        source=m.get("source", ""),
        note=m.get("note", ""),
        at_risk_projection=bool(m.get("at_risk_projection", False)),
        fallback_days=fallback.get("window_days"),
        fallback_below=int(fallback.get("if_denominator_below", 0)),
    )
    wrong = [p for p in (metric.numerator, metric.denominator) if p not in PREDICATES]
    if wrong or metric.date not in DATES or metric.comparison not in COMPARISONS:
        raise ValueError(f"metrics.json: {metric.key} names an unknown predicate, date or test")
    if metric.published != (metric.target is not None):
        raise ValueError(f"metrics.json: {metric.key}: a target is given iff it is published")
    return metric


# ---- evaluation ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Count:
    start: datetime
    end: datetime
    numerator: tuple[int, ...]
    denominator: tuple[int, ...]

    @property
    def rate(self) -> float | None:
        return len(self.numerator) / len(self.denominator) if self.denominator else None


class Dated:
    """The records by the date `metric` counts them by, sorted, so a window is a slice."""

    def __init__(self, metric: MetricDef, records: Iterable):
        self.date = metric.date
        pairs = [(getattr(r, metric.date), r) for r in records]
        pairs = sorted((p for p in pairs if p[0] is not None), key=lambda p: (p[0], p[1].id))
        self.times = [when for when, _ in pairs]
        self.records = [record for _, record in pairs]

    def between(self, start: datetime, end: datetime) -> list:
        """The records dated in (start, end]."""
        return self.records[bisect_right(self.times, start) : bisect_right(self.times, end)]


def _dated(metric: MetricDef, records) -> Dated:
    if isinstance(records, Dated) and records.date == metric.date:
        return records
    return Dated(metric, records)


def count(metric: MetricDef, records, start: datetime, end: datetime) -> Count:
    """The subjects whose date lies in (start, end], and those of them the numerator counts."""
    dated = _dated(metric, records)
    in_denominator = PREDICATES[metric.denominator]
    in_numerator = PREDICATES[metric.numerator]
    den, num = [], []
    for record in dated.between(start, end):
        if not in_denominator(record, end):
            continue
        den.append(record.id)
        if in_numerator(record, end):
            num.append(record.id)
    return Count(start, end, tuple(num), tuple(den))


def window_count(metric: MetricDef, records, end: datetime) -> Count:
    """The window ending at `end`, grown to the fallback length when it holds too few."""
    found = count(metric, records, end - timedelta(days=metric.window_days), end)
    if metric.fallback_days and len(found.denominator) < metric.fallback_below:
        found = count(metric, records, end - timedelta(days=metric.fallback_days), end)
    return found


def fetch_range(metric: MetricDef, as_of: datetime, windows: int = TREND_WINDOWS):
    """(start, end) covering every window the metric and its trend look at."""
    longest = max(metric.window_days, metric.fallback_days or 0)
    return as_of - timedelta(days=metric.window_days * (windows - 1) + longest), as_of


def meets(rate: float, target: float, comparison: str) -> bool:
    return {
        "less_than": rate < target,
        "at_most": rate <= target,
        "greater_than": rate > target,
        "at_least": rate >= target,
    }[comparison]


def status_of(rate: float | None, target: float | None, comparison: str, margin: float) -> str:
    if rate is None:
        return "no_data"
    if target is None:
        return "no_target"
    if not meets(rate, target, comparison):
        return "bad"
    ideal = 0.0 if comparison in LOWER_IS_BETTER else 1.0
    band = margin * abs(target - ideal) + 1e-12  # 2.0 % against < 2.5 % with 0.2: at risk
    return "at_risk" if abs(rate - target) <= band else "good"


@dataclass(frozen=True)
class MetricResult:
    metric: MetricDef
    window_from: datetime
    window_to: datetime
    numerator: int
    denominator: int
    rate: float | None
    target: float | None
    target_source: str | None  # "published", "seller", or None
    status: str
    problem_ids: tuple[int, ...]  # the orders (inquiries) that pull the rate the wrong way
    counted_ids: tuple[int, ...]  # every order (inquiry) in the denominator
    trend: tuple[float | None, ...]  # the last eight windows, oldest first

    @property
    def window_days(self) -> int:
        return round((self.window_to - self.window_from) / timedelta(days=1))

    def as_dict(self, lang: str = "en") -> dict:
        m = self.metric
        return {
            "marketplace": m.marketplace,
            "metric": m.id,
            "name": m.name(lang),
            "names": dict(m.names),
            "subject": m.subject,
            "date": m.date,
            "window_days": self.window_days,
            "window_from": self.window_from.isoformat(timespec="seconds"),
            "window_to": self.window_to.isoformat(timespec="seconds"),
            "numerator": self.numerator,
            "denominator": self.denominator,
            "rate": self.rate,
            "target": self.target,
            "target_source": self.target_source,
            "comparison": m.comparison,
            "published": m.published,
            "status": self.status,
            "problem_ids": list(self.problem_ids),
            "trend": list(self.trend),
            "source": m.source,
            "note": m.note,
        }


@dataclass(frozen=True)
class Tally:
    """One window's counts; the ids only where they were asked for."""

    start: datetime
    end: datetime
    numerator: int
    denominator: int
    problem_ids: tuple[int, ...] = ()
    counted_ids: tuple[int, ...] = ()

    @property
    def rate(self) -> float | None:
        return self.numerator / self.denominator if self.denominator else None


def tally(metric: MetricDef, found: Count) -> Tally:
    """The counts of `found`, with its problem orders (inquiries) in date order."""
    wanted = set(found.numerator)
    if metric.lower_is_better:
        problems = tuple(i for i in found.denominator if i in wanted)
    else:
        problems = tuple(i for i in found.denominator if i not in wanted)
    return Tally(
        found.start,
        found.end,
        len(found.numerator),
        len(found.denominator),
        problems,
        found.denominator,
    )


def result_of(
    metric: MetricDef,
    tallies: list[Tally],
    *,
    seller_target: float | None = None,
    margin: float = 0.2,
) -> MetricResult:
    """The metric from its windows' counts, the current window first."""
    target, source = metric.target, "published" if metric.published else None
    if target is None and seller_target is not None:
        target, source = seller_target, "seller"
    now = tallies[0]
    return MetricResult(
        metric=metric,
        window_from=now.start,
        window_to=now.end,
        numerator=now.numerator,
        denominator=now.denominator,
        rate=now.rate,
        target=target,
        target_source=source,
        status=status_of(now.rate, target, metric.comparison, margin),
        problem_ids=now.problem_ids,
        counted_ids=now.counted_ids,
        trend=tuple(t.rate for t in reversed(tallies)),
    )


def evaluate(
    metric: MetricDef,
    records: list,
    as_of: datetime,
    *,
    seller_target: float | None = None,
    margin: float = 0.2,
    windows: int = TREND_WINDOWS,
) -> MetricResult:
    """The metric as of `as_of` from its records, with the trend of `windows` windows ending
    there, each N days long (the rules' reference; `core/scores/score_windows.py` counts the same
    windows in SQL). `records` is a list, or a `Dated` (sorted once, shared by the metrics
    that count by its date)."""
    step = timedelta(days=metric.window_days)
    dated = _dated(metric, records)
    tallies = [tally(metric, window_count(metric, dated, as_of - step * k)) for k in range(windows)]
    return result_of(metric, tallies, seller_target=seller_target, margin=margin)


def projected_rate(result: MetricResult, late: int) -> float | None:
    """The rate if `late` more orders of this window ship late."""
    denominator = result.denominator + late
    if denominator == 0:
        return None
    numerator = result.numerator + (late if result.metric.lower_is_better else 0)
    return numerator / denominator


def percent(rate: float | None) -> Message:
    """A rate as a person reads it: 94.1 %, or — for no data (one decimal, as a value)."""
    if rate is None:
        return Message("scores.no_rate")
    return Message("scores.percent", value=Decimal(f"{rate * 100:.1f}"))


def target_text(target: float | None, comparison: str) -> Message:
    """A target as a person reads it: ≥ 95 %, or no target set."""
    if target is None:
        return Message("scores.no_target_set")
    value = Decimal(f"{target * 100:g}")  # 0.95 → 95, 0.025 → 2.5
    return Message("scores.target_value", sign=Term("comparison", comparison), value=value)
