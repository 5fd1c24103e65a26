"""What the score, inquiry and notice use cases share: the definitions, times typed by a person,
and the records the metrics read, fetched per marketplace and window.

One ScoreBasis per Desk, handed to the score and the notice services.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import overload
from zoneinfo import ZoneInfo

from fulfil_desk.core.kernel.context import DeskContext
from fulfil_desk.core.kernel.errors import UserError
from fulfil_desk.core.kernel.messages import Message, Names, Term
from fulfil_desk.core.scores.score_windows import ScoreWindows
from fulfil_desk.core.scores.scores import (
    Definitions,
    Incident,
    InquiryRecord,
    MetricDef,
    OrderRecord,
    fetch_range,
    load_definitions,
    parse_time,
)
from fulfil_desk.core.storage.score_sql import ScoreCounts
from fulfil_desk.core.storage.scores_repo import ScoresRepo


def order_record(row: dict, tz) -> OrderRecord:
    def start(text):  # a time of an event (a bare date: that day, from its start)
        if text and len(text) > 19 and text[19] in "+-Z":
            return datetime.fromisoformat(text)  # the usual case, quickly
        return parse_time(text, tz, end_of_day=False)

    return OrderRecord(
        id=row["id"],
        marketplace=row["marketplace"],
        order_number=row["order_number"],
        ordered_at=start(row["ordered_at"]),
        ship_by=parse_time(row["ship_by"], tz),  # a bare-date deadline: the end of that day
        status=row["status"],
        cancelled_at=start(row["cancelled_at"]),
        cancelled_by=row["cancelled_by"],
        cancel_reason=row["cancel_reason"],
        shipped_at=start(row["shipped_at"]),
        delivered_at=start(row["delivered_at"]),
        promised_delivery=parse_time(row["promised_delivery"], tz),
        courier_code=row["courier_code"],
        tracking_number=row["tracking_number"],
        value_minor=row.get("value_minor"),
        currency=row.get("currency") or "",
        incidents=tuple(Incident(k, start(at), reason or "") for k, at, reason in row["incidents"]),
    )


def _received(moment: datetime | None) -> datetime:
    if moment is None:  # the column is NOT NULL
        raise ValueError("an inquiry without its received_at")
    return moment


def inquiry_record(row: dict, tz) -> InquiryRecord:
    return InquiryRecord(
        id=row["id"],
        marketplace=row["marketplace"],
        received_at=_received(parse_time(row["received_at"], tz, end_of_day=False)),
        answered_at=parse_time(row["answered_at"], tz, end_of_day=False),
        order_id=row["order_id"],
        order_number=row.get("order_number"),
        subject=row["subject"],
    )


@overload
def iso(moment: datetime) -> str: ...
@overload
def iso(moment: None) -> None: ...
def iso(moment: datetime | None) -> str | None:
    return None if moment is None else moment.isoformat(timespec="seconds")


class ScoreBasis:
    """What the seller scores and the notices share: the metric definitions, the shop's
    time, the score rows and the window counter that keeps the trends' earlier windows."""

    def __init__(self, *, ctx: DeskContext):
        self._ctx = ctx
        self.repo = ScoresRepo(ctx.db)
        self._definitions: Definitions | None = None
        self._windows: ScoreWindows | None = None

    def metric_definitions(self) -> Definitions:
        """resources/metrics.json, read once per Desk."""
        if self._definitions is None:
            self._definitions = load_definitions()
        return self._definitions

    def windows(self) -> ScoreWindows:
        """The window counter of this Desk, which keeps the trends' earlier windows."""
        zone = self._ctx.setting("timezone")
        found = self._windows
        if found is None or found.zone != zone:
            tz = ZoneInfo(zone)
            repo = self.repo

            def records(ids):
                return [order_record(r, tz) for r in repo.orders_by_id(ids)]

            def inquiries(marketplace, start, end):
                rows = repo.inquiry_rows(marketplace, iso(start), iso(end))
                return [inquiry_record(r, tz) for r in rows]

            found = ScoreWindows(
                ScoreCounts(self._ctx.db), records=records, inquiries=inquiries, zone=zone
            )
            self._windows = found
        return found

    def tz(self) -> ZoneInfo:
        return self._ctx.shop_tz()

    def moment(self, value, what: str, *, day_end: bool = False) -> datetime:
        """A time a person typed: ISO 8601, with or without an offset (shop time). A bare date
        is the start of that day, or with `day_end` the start of the next (the whole day).
        `what` names the field in a refusal: a `score_time` term (`received`, `as_of`, …)."""
        if isinstance(value, datetime):
            return value if value.tzinfo else value.replace(tzinfo=self.tz())
        text = str(value).strip()
        try:
            if len(text) == 10:
                day = date.fromisoformat(text) + timedelta(days=1 if day_end else 0)
                return datetime.combine(day, time(0), tzinfo=self.tz())
            moment = datetime.fromisoformat(text)
        except ValueError:
            raise UserError(
                Message("scores.not_a_moment", what=Term("score_time", what), text=text)
            ) from None
        return moment if moment.tzinfo else moment.replace(tzinfo=self.tz())

    def now(self) -> datetime:
        """Now, in the shop's time zone (so stored times and messages read as shop time)."""
        return self._ctx.clock.now().astimezone(self.tz())

    def as_of(self, as_of) -> datetime:
        return self.now() if as_of is None else self.moment(as_of, "as_of")

    def metrics_of(self, marketplace: str) -> tuple[MetricDef, ...]:
        defs = self.metric_definitions()
        found = defs.of(marketplace)
        if not found:
            raise UserError(
                Message("scores.no_metrics_for", marketplace=marketplace, known=tuple(defs.metrics))
            )
        return found

    def metric(self, marketplace: str, metric: str) -> list[MetricDef]:
        """The metric by id, or every metric of a family (Amazon's late_shipment_rate)."""
        metrics = self.metrics_of(marketplace)
        found = self.metric_definitions().find(marketplace, metric)
        if not found:
            ids = tuple(
                Message("scores.metric_choice", id=m.id, name=Names.of(m.names)) for m in metrics
            )
            raise UserError(
                Message("scores.no_such_metric", marketplace=marketplace, metric=metric, ids=ids)
            )
        return found

    def records(
        self, marketplace: str, metrics, as_of: datetime, windows: int
    ) -> dict[tuple[str, str], list]:
        """The records each (subject, date) of `metrics` needs over `windows` windows: the
        orders in one query (each date over the longest range any metric needs), parsed once
        and shared; the inquiries in another."""
        tz = self.tz()
        ranges: dict[tuple[str, str], tuple[datetime, datetime]] = {}
        for metric in metrics:
            start, end = fetch_range(metric, as_of, windows)
            key = (metric.subject, metric.date)
            if key in ranges:
                start = min(start, ranges[key][0])
            ranges[key] = (start, end)
        found: dict[tuple[str, str], list] = {}
        orders = {
            d: (iso(s), iso(e)) for (subject, d), (s, e) in ranges.items() if subject == "orders"
        }
        if orders:
            value = any(m.numerator == "wish_late_confirmed" for m in metrics)
            rows = self.repo.order_rows(marketplace, orders, with_value=value)
            records = [order_record(r, tz) for r in rows]
            found.update({("orders", date): records for date in orders})
        if ("inquiries", "received_at") in ranges:
            start, end = ranges[("inquiries", "received_at")]
            rows = self.repo.inquiry_rows(marketplace, iso(start), iso(end))
            found[("inquiries", "received_at")] = [inquiry_record(r, tz) for r in rows]
        return found
