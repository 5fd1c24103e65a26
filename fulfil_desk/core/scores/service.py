"""The seller scores (`desk.scores`): metrics, orders at risk, incidents, deliveries.
Inquiries, performance notices and plans of action are `desk.notices` (notices.py).
The metric rules (windows, dates, statuses) are documented in `core/scores/scores.py`.

**At risk** are the open orders not yet late whose ship-by falls today or tomorrow in the shop's
time zone, soonest first. Per marketplace, the metric marked `at_risk_projection` (on-time or
late shipment) is projected as if all of them shipped late: its current window with those N
orders added to the denominator (and, for a late rate, to the numerator). Overdue open orders
are already late and already counted; they are listed apart.
"""

from __future__ import annotations

from datetime import datetime, time, timedelta

from fulfil_desk.core.kernel.actors import who
from fulfil_desk.core.kernel.changes import Changes
from fulfil_desk.core.kernel.context import DeskContext
from fulfil_desk.core.kernel.errors import UserError
from fulfil_desk.core.kernel.messages import Message, Names, Term
from fulfil_desk.core.kernel.orders import OPEN_STATUSES, OrderStatus
from fulfil_desk.core.kernel.settings_service import SettingsService
from fulfil_desk.core.scores.basis import ScoreBasis, iso
from fulfil_desk.core.scores.scores import (
    INCIDENT_KINDS,
    TREND_WINDOWS,
    Dated,
    Definitions,
    MetricDef,
    MetricResult,
    evaluate,
    parse_time,
    percent,
    projected_rate,
    result_of,
    target_text,
)

MAX_TEXT = 500


def _sentence(
    count: int, metric: MetricDef, projected: float | None, target: float | None
) -> Message:
    """If these 12 ship late, on-time shipment becomes 94.1 % (target ≥ 95 %)."""
    aim = target_text(target, metric.comparison)
    if target is not None:
        aim = Message("scores.aim", target=aim)
    # The metric's name inside a sentence: "on-time shipment", not "On-time shipment".
    names = {
        lang: name[:1].lower() + name[1:] if lang == "en" else name
        for lang, name in metric.names.items()
    }
    return Message(
        "scores.if_they_ship_late",
        n=count,
        metric=Names.of(names),
        rate=percent(projected),
        target=aim,
    )


class ScoreService:
    def __init__(self, *, ctx: DeskContext, basis: ScoreBasis, settings: SettingsService):
        self._ctx = ctx
        self._basis = basis
        self._settings = settings

    def metric_definitions(self) -> Definitions:
        """resources/metrics.json, read once per Desk."""
        return self._basis.metric_definitions()

    # ---- metrics -----------------------------------------------------------------------------

    def score_marketplaces(self) -> list[str]:
        """The marketplaces the shop sells on that have seller-score metrics."""
        defs = self._basis.metric_definitions()
        return [m for m in self._basis.repo.marketplaces() if defs.of(m)]

    def marketplaces_of(self, order_ids) -> set[str]:
        """Which marketplaces these orders are on: whose scores a change to them can move."""
        return self._basis.repo.marketplaces_of(sorted(order_ids))

    def scores(
        self,
        marketplace: str | None = None,
        as_of=None,
        *,
        trend: bool = True,
        problems: bool = True,
    ) -> list[MetricResult]:
        """Every metric of every marketplace the shop sells on (or of one), with the trend of
        its last eight windows (or, with `trend=False`, the current window only: quicker),
        and the problem orders of each current window (or, with `problems=False`, none:
        quicker, for the panel, which shows the counts)."""
        moment = self._basis.as_of(as_of)
        if marketplace is not None:
            self._basis.metrics_of(marketplace)
        markets = [marketplace] if marketplace else self.score_marketplaces()
        windows = TREND_WINDOWS if trend else 1
        self._basis.windows().look()
        return [
            self._counted(metric, moment, windows, problems=problems)
            for market in markets
            for metric in self._basis.metrics_of(market)
        ]

    def _counted(self, metric, moment: datetime, windows: int, problems=True) -> MetricResult:
        """The metric counted in SQL (`core/scores/score_windows.py`); with earlier windows, after
        `self._basis.windows().look()`, which drops the kept ones a change touched."""
        tz = self._basis.tz()
        tallies = self._basis.windows().tallies(metric, moment, tz, windows, problems=problems)
        return result_of(
            metric,
            tallies,
            seller_target=self._ctx.setting("score_targets").get(metric.key),
            margin=self._ctx.setting("score_at_risk_margin"),
        )

    def _evaluate(self, metric, records, moment: datetime, windows: int) -> MetricResult:
        key = (metric.subject, metric.date)
        if not isinstance(records[key], Dated):  # sorted once per date, shared by its metrics
            records[key] = Dated(metric, records[key])
        return evaluate(
            metric,
            records[key],
            moment,
            seller_target=self._ctx.setting("score_targets").get(metric.key),
            margin=self._ctx.setting("score_at_risk_margin"),
            windows=windows,
        )

    def metric_orders(self, marketplace: str, metric: str, as_of=None) -> dict:
        """The orders (or inquiries) behind a metric's current window, problem ones first."""
        moment = self._basis.as_of(as_of)
        definition = self._basis.metric(marketplace, metric)[0]
        records = self._basis.records(marketplace, [definition], moment, windows=1)
        by_id = {r.id: r for r in records[(definition.subject, definition.date)]}
        result = self._evaluate(definition, records, moment, windows=1)
        problems = set(result.problem_ids)
        rows = []
        for record_id in result.counted_ids:
            record = by_id[record_id]
            row = {"id": record.id, "problem": record.id in problems}
            row["date"] = iso(getattr(record, definition.date))
            if definition.subject == "inquiries":
                row.update(
                    order_number=record.order_number,
                    subject=record.subject,
                    received_at=iso(record.received_at),
                    due_at=iso(record.due_at),
                    answered_at=iso(record.answered_at),
                )
            else:
                row.update(
                    order_number=record.order_number,
                    status=record.status,
                    ordered_at=iso(record.ordered_at),
                    ship_by=iso(record.ship_by),
                    shipped_at=iso(record.shipped_at),
                    cancelled_by=record.cancelled_by,
                    cancel_reason=record.cancel_reason,
                    delivered_at=iso(record.delivered_at),
                    promised_delivery=iso(record.promised_delivery),
                    incidents=[i.kind for i in record.incidents if i.at <= moment],
                )
            rows.append(row)
        rows.sort(key=lambda r: (not r["problem"], r["date"] or "", r["id"]))
        return {"metric": result.as_dict(), "rows": rows}

    def set_score_target(self, marketplace: str, metric: str, target: float | None) -> Changes:
        """The seller's own target for a metric whose marketplace publishes none (None: clear)."""
        definition = self._basis.metric(marketplace, metric)[0]
        if definition.published:
            raise UserError(
                Message(
                    "scores.target_is_published",
                    marketplace=marketplace,
                    metric=definition.id,
                    target=target_text(definition.target, definition.comparison),
                )
            )
        targets = dict(self._ctx.setting("score_targets"))
        if target is None:
            targets.pop(definition.key, None)
        else:
            targets[definition.key] = target
        changes = self._settings.set("score_targets", targets)
        said = (
            Message("scores.target_cleared", metric=definition.key)
            if target is None
            else Message("scores.target_set", metric=definition.key, rate=percent(target))
        )
        return changes | Changes(scores=True, message=said)

    # ---- orders at risk ----------------------------------------------------------------------

    def _horizons(self, now: datetime) -> tuple[datetime, datetime]:
        """The end of today and of tomorrow, shop time."""
        tz = self._basis.tz()
        today = now.astimezone(tz).date()
        end_today = datetime.combine(today, time(23, 59, 59), tzinfo=tz)
        return end_today, end_today + timedelta(days=1)

    def at_risk(self, as_of=None) -> dict:
        """Open orders due today or tomorrow, soonest first, and per marketplace what it costs
        if they all ship late."""
        now = self._basis.as_of(as_of)
        end_today, end_tomorrow = self._horizons(now)
        tz = self._basis.tz()
        statuses = [s.value for s in OPEN_STATUSES]
        orders: list[dict] = []
        overdue: list[dict] = []
        for row in self._basis.repo.due_soon(statuses, iso(end_tomorrow)):
            ship_by = parse_time(row["ship_by"], tz)
            if ship_by is None:  # due_soon reads only orders with a ship-by
                continue
            entry = {
                **row,
                "ship_by": iso(ship_by),
                "seconds_left": int((ship_by - now).total_seconds()),
                "due": "overdue"
                if ship_by < now
                else ("today" if ship_by <= end_today else "tomorrow"),
            }
            (overdue if ship_by < now else orders).append(entry)
        markets = []
        for market in sorted({o["marketplace"] for o in orders}):
            projection = self._projection(
                market, [o for o in orders if o["marketplace"] == market], now
            )
            if projection:
                markets.append(projection)
        return {"as_of": iso(now), "orders": orders, "overdue": overdue, "marketplaces": markets}

    def _projection(self, market: str, orders: list[dict], now: datetime) -> dict | None:
        metrics = [m for m in self._basis.metric_definitions().of(market) if m.at_risk_projection]
        if not metrics:
            return None
        metric = metrics[0]
        result = self._counted(metric, now, 1, problems=False)
        count = len(orders)
        projected = projected_rate(result, count)
        return {
            "marketplace": market,
            "metric": metric.id,
            "name": metric.name("en"),
            "names": metric.names,
            "count": count,
            "order_ids": [o["id"] for o in orders],
            "rate": result.rate,
            "projected_rate": projected,
            "target": result.target,
            "comparison": metric.comparison,
            "status": result.status,
            "sentence": _sentence(count, metric, projected, result.target),
        }

    def _marketplace_headroom(self, now: datetime) -> list[str]:
        """Marketplaces by how close their shipment metric is to its target, closest first."""
        room = {}
        for market in self.score_marketplaces():
            metrics = [m for m in self._basis.metrics_of(market) if m.at_risk_projection]
            if not metrics:
                continue
            result = self._counted(metrics[0], now, 1, problems=False)
            if result.rate is None or result.target is None:
                room[market] = 1.0
            elif metrics[0].lower_is_better:
                room[market] = result.target - result.rate
            else:
                room[market] = result.rate - result.target
        return sorted(room, key=lambda m: (room[m], m))

    def risk_queue_rows(self, limit: int, offset: int) -> list[dict]:
        """The queue sorted by risk, in SQL: orders that can still be saved first (due today,
        then tomorrow; the marketplace with the least headroom first), then the overdue, then
        the rest, each soonest ship-by first."""
        now = self._ctx.clock.now()
        end_today, end_tomorrow = self._horizons(now)
        return self._basis.repo.risk_queue(
            [s.value for s in OPEN_STATUSES],
            now=iso(now),
            end_today=iso(end_today),
            horizon=iso(end_tomorrow),
            marketplaces=self._marketplace_headroom(now),
            limit=limit,
            offset=offset,
        )

    # ---- incidents and deliveries ------------------------------------------------------------

    def record_incident(
        self, order_id: int, kind: str, at=None, reason: str = "", note: str = ""
    ) -> Changes:
        """Negative feedback, an A-to-z claim, a chargeback, a return, an eBay case or a late
        delivery report on an order, as the marketplace told the seller."""
        order = self._ctx.order(order_id)
        if kind not in INCIDENT_KINDS:
            raise UserError(Message("scores.unknown_incident", kind=kind, kinds=INCIDENT_KINDS))
        moment = self._basis.now() if at is None else self._basis.moment(at, "incident_time")
        ordered = parse_time(order.ordered_at, self._basis.tz(), end_of_day=False)
        if ordered is not None and moment < ordered:  # None: no time (never, for an order)
            raise UserError(Message("scores.placed_after", order=order.order_number, at=moment))
        if moment > self._ctx.clock.now():
            raise UserError(Message("scores.in_the_future", at=moment))
        if len(reason) > MAX_TEXT or len(note) > MAX_TEXT:
            raise UserError(Message("scores.reason_or_note_too_long", most=MAX_TEXT))
        earlier = [i for i in self._basis.repo.incidents(order_id) if i["kind"] == kind]
        if earlier:  # a second one would count nowhere and read as two in the at-risk list
            raise UserError(
                Message(
                    "scores.incident_already_recorded",
                    order=order.order_number,
                    incident=Term("incident", kind),
                    at=self._basis.moment(earlier[0]["at"], "incident_time"),
                    by=who(earlier[0]["entered_by"] or ""),
                )
            )
        with self._ctx.transaction():
            self._basis.repo.add_incident(
                order_id=order_id,
                kind=kind,
                at=iso(moment),
                reason=reason.strip(),
                note=note.strip(),
                entered_by=self._ctx.actor,
            )
            self._ctx.event(
                "incident_recorded", order_id, incident=kind, happened_at=iso(moment), reason=reason
            )
        return Changes(
            orders=frozenset({order_id}),
            scores=True,
            message=Message(
                "scores.incident_recorded",
                incident=Term("incident", kind),
                order=order.order_number,
            ),
        )

    def incidents(self, order_id: int) -> list[dict]:
        self._ctx.order(order_id)  # NotFound when there is no such order
        return self._basis.repo.incidents(order_id)

    def record_delivery(self, order_id: int, delivered_at=None, promised_delivery=None) -> Changes:
        """When a shipped order was delivered, and/or the delivery date promised to the buyer
        (ISO date or date and time)."""
        order = self._ctx.order(order_id)
        if delivered_at is None and promised_delivery is None:
            raise UserError(Message("scores.delivery_needs_a_time"))
        fields = {}
        if promised_delivery is not None:
            text = str(promised_delivery).strip()
            moment = self._basis.moment(text, "promised_delivery")
            fields["promised_delivery"] = text if len(text) == 10 else iso(moment)
        if delivered_at is not None:
            moment = self._basis.moment(delivered_at, "delivered_at")
            shipped = parse_time(order.shipped_at, self._basis.tz(), end_of_day=False)
            if order.status is not OrderStatus.SHIPPED or shipped is None:
                raise UserError(Message("scores.not_shipped_yet", order=order.order_number))
            if moment < shipped:
                raise UserError(
                    Message("scores.shipped_after", order=order.order_number, at=moment)
                )
            fields["delivered_at"] = iso(moment)
        with self._ctx.transaction():
            self._ctx.orders.save_shipment(order_id, **fields)
            self._ctx.event("delivery_recorded", order_id, **fields)
        return Changes(
            orders=frozenset({order_id}),
            scores=True,
            message=Message("scores.delivery_recorded", order=order.order_number),
        )
