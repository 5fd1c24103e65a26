"""Packer statistics: who packs, and how well, per packer and shop day. Pure: rows in,
rows out; no SQL, no Qt.

The rows come from the audit trail (`events`: at, actor, order_id, kind, detail) and the
refused-scans log (`refused_scans`: at, actor, kind). `actor` is the packer whose badge the
station saw last. A moment belongs to the shop day it falls on in the shop's time zone.

Per packer and shop day:

- **orders packed**: `packed` events (a box closed); **units packed**: `packed_unit` events
  (one unit each); **units picked**: `picked` events; **orders shipped**: `shipped` events;
  **parcels handed over**: `scanned_out` events (a parcel scanned out to the courier's driver
  at the Handover page, core/handover/).
- **active time**: the packer's bench events (`BENCH_KINDS`) and refused scans of that day,
  in time order; the gaps between consecutive ones that are at most `ACTIVE_GAP` (5 minutes)
  are added up. A longer gap is a pause, not work: none of it counts. One event alone is
  0 seconds of activity. A gap across midnight belongs to neither day.
- **orders per hour**, **units per hour**: orders packed and units packed per hour of active
  time; None when the active time is 0 (no division by zero, no invented rate).
- **median open → ship**: over the orders the packer shipped that day, the time from the
  order's first `opened` event (by anyone, on any day) to its `shipped` event; orders never
  opened at a station (shipped from the command line) are left out; None when none is left.
  **longest open → ship** is the slowest of them.
- **refused scans** by kind: wrong item, one too many, unknown code, other; **refusals per
  100 units**: refused scans per 100 units picked or packed (None without units).
- **manual**: units confirmed by hand (`picked`/`packed_unit` with `detail.manual`);
  **reprints**: `label_reprinted` events; **put aside**: orders left unfinished at a step
  (`put_aside` events); **first** and **last**: the packer's first and last activity.

A total row per packer (day None) adds up the range: its active time is the sum of its days,
its rates are over that sum, its median is over every order it shipped in the range (not a
median of the days' medians).
"""

from __future__ import annotations

import json
import statistics
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, tzinfo

ACTIVE_GAP = timedelta(minutes=5)
REFUSAL_KINDS = ("wrong_item", "one_too_many", "unknown_code", "other")

# What a person does at a bench: these events (and the refused scans) make active time.
# Imports, exports, settings, backups and the like are not bench work.
BENCH_KINDS = (
    "packer_started", "opened", "put_aside", "lock_taken_over", "verified", "held",
    "cancelled", "pick_started", "picked", "packed_unit", "packed", "label_printed",
    "label_reprinted", "shipped", "stock_received", "stock_counted", "stock_adjusted",
    "count_started", "count_blind_set", "count_scanned", "count_finished", "count_cancelled",
    "scanned_out",
)  # fmt: skip

_COUNTED = {
    "packed": "orders_packed",
    "packed_unit": "units_packed",
    "picked": "units_picked",
    "shipped": "orders_shipped",
    "label_reprinted": "reprints",
    "put_aside": "put_aside",
    "scanned_out": "handed_over",
}


@dataclass(frozen=True)
class PackerStats:
    packer: str
    day: date | None  # None: the packer's total over the range
    orders_packed: int = 0
    units_packed: int = 0
    units_picked: int = 0
    orders_shipped: int = 0
    active_s: int = 0
    median_open_to_ship_s: float | None = None
    longest_open_to_ship_s: int | None = None
    wrong_item: int = 0
    one_too_many: int = 0
    unknown_code: int = 0
    other_refusals: int = 0
    manual: int = 0
    reprints: int = 0
    put_aside: int = 0
    handed_over: int = 0  # parcels scanned out to the courier's driver
    first_at: str | None = None
    last_at: str | None = None

    @property
    def total(self) -> bool:
        return self.day is None

    @property
    def orders_per_hour(self) -> float | None:
        return self.orders_packed * 3600 / self.active_s if self.active_s else None

    @property
    def units_per_hour(self) -> float | None:
        return self.units_packed * 3600 / self.active_s if self.active_s else None

    @property
    def refused(self) -> int:
        return self.wrong_item + self.one_too_many + self.unknown_code + self.other_refusals

    @property
    def refusals_per_100_units(self) -> float | None:
        units = self.units_picked + self.units_packed
        return self.refused * 100 / units if units else None

    def as_dict(self) -> dict:
        """For `--json` and the tables: every figure, the derived ones too."""
        return {
            "packer": self.packer,
            "day": self.day.isoformat() if self.day else None,
            "total": self.total,
            "orders_packed": self.orders_packed,
            "units_packed": self.units_packed,
            "units_picked": self.units_picked,
            "orders_shipped": self.orders_shipped,
            "active_s": self.active_s,
            "orders_per_hour": self.orders_per_hour,
            "units_per_hour": self.units_per_hour,
            "median_open_to_ship_s": self.median_open_to_ship_s,
            "longest_open_to_ship_s": self.longest_open_to_ship_s,
            "refused": {
                "wrong_item": self.wrong_item,
                "one_too_many": self.one_too_many,
                "unknown_code": self.unknown_code,
                "other": self.other_refusals,
                "total": self.refused,
            },
            "refusals_per_100_units": self.refusals_per_100_units,
            "manual": self.manual,
            "reprints": self.reprints,
            "put_aside": self.put_aside,
            "handed_over": self.handed_over,
            "first_at": self.first_at,
            "last_at": self.last_at,
        }


@dataclass
class _Tally:
    """What one packer did on one day, while the rows are read."""

    counts: Counter = field(default_factory=Counter)
    moments: list[datetime] = field(default_factory=list)
    texts: dict[datetime, str] = field(default_factory=dict)  # a moment as it was written
    to_ship: list[int] = field(default_factory=list)  # seconds, one per order shipped

    def active_s(self) -> int:
        moments = sorted(self.moments)
        return sum(
            int((later - earlier).total_seconds())
            for earlier, later in zip(moments, moments[1:], strict=False)
            if later - earlier <= ACTIVE_GAP
        )

    def row(self, packer: str, day: date | None, active_s: int | None = None) -> PackerStats:
        first, last = min(self.moments), max(self.moments)
        c = self.counts
        return PackerStats(
            packer=packer,
            day=day,
            **{name: c[name] for name in _COUNTED.values()},
            active_s=self.active_s() if active_s is None else active_s,
            median_open_to_ship_s=float(statistics.median(self.to_ship)) if self.to_ship else None,
            longest_open_to_ship_s=max(self.to_ship) if self.to_ship else None,
            wrong_item=c["wrong_item"],
            one_too_many=c["one_too_many"],
            unknown_code=c["unknown_code"],
            other_refusals=c["other"],
            manual=c["manual"],
            first_at=self.texts[first],
            last_at=self.texts[last],
        )


def moment(text: str) -> datetime:
    """An ISO 8601 time as stored; one without an offset is read as UTC."""
    at = datetime.fromisoformat(text)
    return at if at.tzinfo is not None else at.replace(tzinfo=UTC)


def _detail(row: dict) -> dict:
    detail = row.get("detail") or {}
    return json.loads(detail) if isinstance(detail, str) else detail


def packer_stats(
    events: list[dict],
    refusals: list[dict],
    first_opened: dict[int, str],
    tz: tzinfo,
) -> list[PackerStats]:
    """Rows per packer (by name, letter case aside): its days in order, then its total row.

    `events`: dicts with at, actor, order_id, kind and detail (a dict or its JSON text);
    kinds not in BENCH_KINDS are ignored. `refusals`: dicts with at, actor and kind.
    `first_opened`: order id → the `at` of its first `opened` event, for the orders shipped.
    A packer with neither event nor refusal in the rows has no row."""
    days: dict[tuple[str, date], _Tally] = {}
    read: dict[str, tuple[datetime, date]] = {}  # a scan writes several events at one time

    def tally(row: dict) -> tuple[_Tally, datetime]:
        text = row["at"]
        if (known := read.get(text)) is None:
            at = moment(text)
            known = read[text] = (at, at.astimezone(tz).date())
        at, day = known
        if (found := days.get((row["actor"], day))) is None:
            found = days[(row["actor"], day)] = _Tally()
        found.moments.append(at)
        found.texts.setdefault(at, text)
        return found, at

    for event in events:
        kind = event["kind"]
        if kind not in BENCH_KINDS:
            continue
        counted, at = tally(event)
        if kind in _COUNTED:
            counted.counts[_COUNTED[kind]] += 1
        if kind in ("picked", "packed_unit") and _detail(event).get("manual"):
            counted.counts["manual"] += 1
        if kind == "shipped" and (opened := first_opened.get(event["order_id"])) is not None:
            seconds = int((at - moment(opened)).total_seconds())
            if seconds >= 0:
                counted.to_ship.append(seconds)
    for refusal in refusals:
        counted, _ = tally(refusal)
        kind = refusal["kind"]
        counted.counts[kind if kind in REFUSAL_KINDS else "other"] += 1

    rows: list[PackerStats] = []
    for packer in sorted({actor for actor, _ in days}, key=lambda name: (name.casefold(), name)):
        mine = sorted((day, t) for (actor, day), t in days.items() if actor == packer)
        whole = _Tally()
        active = 0
        for day, counted in mine:
            row = counted.row(packer, day)
            rows.append(row)
            active += row.active_s
            whole.counts.update(counted.counts)
            whole.moments.extend(counted.moments)
            whole.texts.update(counted.texts)
            whole.to_ship.extend(counted.to_ship)
        rows.append(whole.row(packer, None, active_s=active))
    return rows
