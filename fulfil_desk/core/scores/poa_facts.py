"""What a plan of action says about each problem order: what happened, why, and the audit
trail that shows it. Pure functions of the score records and the `events` rows; the words
for them, in Korean, Chinese and English, are in resources/poa_text.json.

**Which orders.** A notice names a data period. The plan lists the orders whose metric date
(metrics.json `date`: order date, ship-by, ship confirmation…) lies *strictly* inside it, to
the second: an order dated exactly at `period_from` or exactly at `period_to` is outside
(the marketplace's period edges are ambiguous; a plan must never name an order the notice may
not count). Of those, the problem orders are the ones the metric counts against the shop
(late, cancelled by the seller, with a defect…), judged with what was recorded by the time the
notice was received.

**Root causes** come from the reason codes and audit events the flow recorded: a hold and its
reason (out of stock, address, listing data), a cancellation and its reason, a label printed in
time but the shipment confirmed after the ship-by (late confirmation), work started only after
the deadline (late processing), a deadline moved by the calendar, an incident the seller
entered (feedback, claim, return, late delivery report), a return of the wrong item sent
(the order's pick and pack scans as evidence), a missing tracking number, a reply
after 24 hours. An order none of these explains gets `unknown`, never a guess.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from fulfil_desk.core.scores.score_rules import (
    InquiryRecord,
    OrderRecord,
    cancelled,
    confirmed,
    wish_limit,
)
from fulfil_desk.core.scores.scores import MetricDef

SHIP_TIMING = {"shipped_late", "shipped_on_time", "ebay_late", "wish_late_confirmed"}
DELIVERY = {"delivered_on_time"}
TRACKING = {"valid_tracking"}
MAX_EVIDENCE = 12
HOLD_CAUSES = {
    "out_of_stock": "stock_out",
    "incomplete_address": "address_problem",
    "missing_pccc": "address_problem",
    "unknown_sku": "listing_error",
    "bad_quantity": "listing_error",
    "bad_price": "listing_error",
}
CANCEL_CAUSES = {
    "out_of_stock": "stock_out",
    "cannot_ship": "cannot_ship",
    "pricing_error": "listing_error",
    "undeliverable_address": "address_problem",
}
INCIDENT_CAUSES = {
    "negative_feedback": "buyer_complaint",
    "a_to_z_claim": "buyer_complaint",
    "chargeback": "buyer_complaint",
    "return": "buyer_complaint",
    "inad_case": "buyer_complaint",
    "inr_case": "carrier_delay",
    "late_delivery_report": "carrier_delay",
}
# The incidents a metric counts: only those are a "what happened" of its problem orders (all
# of them stay in the evidence, from the audit trail).
METRIC_INCIDENTS = {
    "amazon_defect": ("negative_feedback", "a_to_z_claim", "chargeback"),
    "ebay_defect": ("inr_case", "inad_case"),
    "ebay_late": ("late_delivery_report",),
    "delivered_on_time": ("late_delivery_report",),
    "shopee_not_fulfilled": ("return",),
}
# A return whose buyer got the wrong item: the order's pick and pack scans are the evidence.
PICK_AND_PACK = ("pick_started", "picked", "packed_unit", "packed", "return_received")
WORK_STARTED = ("verified", "pick_started", "picked", "packed_unit", "packed", "label_printed")


@dataclass(frozen=True)
class Fact:
    key: str  # a template in poa_text.json "facts"
    params: dict  # datetimes, timedeltas, codes and numbers; the renderer words them


@dataclass(frozen=True)
class Evidence:
    at: datetime
    actor: str
    kind: str
    detail: dict


@dataclass(frozen=True)
class Problem:
    ref: str  # the marketplace's order number, or the inquiry's number
    when: datetime  # the metric date that put it in the period
    facts: tuple[Fact, ...]
    causes: tuple[str, ...]
    evidence: tuple[Evidence, ...]


def strictly_inside(moment: datetime | None, start: datetime, end: datetime) -> bool:
    """The plan's rule: inside the data period, both edges excluded, to the second."""
    return moment is not None and start < moment < end


def _event_time(event: dict, tz) -> datetime:
    moment = datetime.fromisoformat(event["at"])
    return moment if moment.tzinfo else moment.replace(tzinfo=tz)


def diagnose_order(
    order: OrderRecord, events: list[dict], metric: MetricDef, known_at: datetime, tz
) -> Problem:
    """What happened to `order` that `metric` counts against the shop, and why."""
    facts: list[Fact] = []
    causes: list[str] = []
    timed = [(e, _event_time(e, tz)) for e in events if _event_time(e, tz) <= known_at]

    for event, _at in timed:
        if event["kind"] == "held":
            for reason in event["detail"].get("reasons", []):
                causes.append(HOLD_CAUSES.get(reason, "held_other"))
    if cancelled(order, known_at):
        facts.append(
            Fact(
                "cancelled",
                {
                    "by": order.cancelled_by or "",
                    "reason": order.cancel_reason or "",
                    "at": order.cancelled_at,
                },
            )
        )
        causes.append(
            "buyer_cancelled"
            if order.cancelled_by == "buyer"
            else CANCEL_CAUSES.get(order.cancel_reason or "", "cannot_ship")
        )
    if metric.numerator in SHIP_TIMING and not cancelled(order, known_at):
        causes += _ship_timing(order, metric, timed, known_at, facts)
    if metric.numerator in TRACKING and not (order.tracking_number and order.courier_code):
        facts.append(Fact("no_tracking", {"shipped_at": order.shipped_at}))
        causes.append("tracking_missing")
    if metric.numerator in DELIVERY or metric.numerator == "ebay_late":
        delivered, promised = order.delivered_at, order.promised_delivery
        if delivered is not None and promised is not None and delivered > promised:
            facts.append(
                Fact(
                    "delivered_late",
                    {"promised": promised, "delivered": delivered},
                )
            )
            causes.append("carrier_delay")
        elif order.delivered_at is None and metric.numerator in DELIVERY:
            facts.append(Fact("not_delivered", {"promised": order.promised_delivery}))
            causes.append("carrier_delay")
    counted = METRIC_INCIDENTS.get(metric.numerator, ())
    for incident in order.incidents:
        if incident.at <= known_at and incident.kind in counted:
            facts.append(
                Fact(
                    "incident",
                    {"kind": incident.kind, "at": incident.at, "reason": incident.reason},
                )
            )
            causes.append(INCIDENT_CAUSES.get(incident.kind, "buyer_complaint"))
    if any(e["kind"] == "ship_by_moved" for e, _ in timed):
        causes.append("deadline_moved")
    shown = timed
    if any(_wrong_item_sent(e) for e, _ in timed):
        causes.append("wrong_item_sent")
        shown = [(e, at) for e, at in timed if e["kind"] in PICK_AND_PACK]
    evidence = tuple(
        Evidence(at, e["actor"], e["kind"], e["detail"]) for e, at in shown[-MAX_EVIDENCE:]
    )
    when = getattr(order, metric.date)
    return Problem(order.order_number, when, tuple(facts), _unique(causes), evidence)


def _wrong_item_sent(event: dict) -> bool:
    """A received return with a unit the buyer sent back as the wrong item sent."""
    lines = event["detail"].get("lines", []) if event["kind"] == "return_received" else []
    return any(len(line) > 3 and line[3] == "wrong_item_sent" for line in lines)


def _ship_timing(
    order: OrderRecord, metric: MetricDef, timed: list, known_at: datetime, facts: list[Fact]
) -> list[str]:
    causes: list[str] = []
    deadline: datetime | None
    when = confirmed(order, known_at)
    if metric.numerator == "wish_late_confirmed" and when is not None:
        limit = wish_limit(order)
        facts.append(
            Fact(
                "wish_late",
                {
                    "ordered": order.ordered_at,
                    "shipped": when,
                    "took": when - order.ordered_at,
                    "limit": limit,
                },
            )
        )
        deadline = order.ordered_at + limit
    else:
        deadline = order.ship_by
        if deadline is None:
            return causes
        if when is not None:
            facts.append(
                Fact(
                    "shipped_late", {"ship_by": deadline, "shipped": when, "late": when - deadline}
                )
            )
        else:
            facts.append(Fact("not_shipped", {"ship_by": deadline, "known_at": known_at}))
            causes.append("not_shipped")
    if when is None or when <= deadline:
        return causes
    printed = [at for e, at in timed if e["kind"] == "label_printed"]
    started = [at for e, at in timed if e["kind"] in WORK_STARTED]
    if printed and min(printed) <= deadline:
        causes.append("late_confirmation")
    elif not started or min(started) > deadline - timedelta(hours=4):
        causes.append("late_processing")
    else:
        causes.append("slow_packing")
    return causes


def diagnose_inquiry(inquiry: InquiryRecord, known_at: datetime) -> Problem:
    answered = (
        inquiry.answered_at if inquiry.answered_at and inquiry.answered_at <= known_at else None
    )
    params: dict[str, datetime | timedelta | None] = {
        "received": inquiry.received_at,
        "due": inquiry.due_at,
        "answered": answered,
    }
    if answered is not None:
        params["took"] = answered - inquiry.received_at
    fact = Fact("inquiry_late" if answered else "inquiry_unanswered", params)
    ref = inquiry.order_number or f"#{inquiry.id}"
    return Problem(ref, inquiry.received_at, (fact,), ("slow_reply",), ())


def _unique(causes: list[str]) -> tuple[str, ...]:
    found = tuple(dict.fromkeys(causes))
    return found or ("unknown",)


def cause_counts(problems: list[Problem]) -> dict[str, int]:
    """How many problem orders each root cause explains, most first."""
    counts: dict[str, int] = {}
    for problem in problems:
        for cause in problem.causes:
            if cause != "deadline_moved":
                counts[cause] = counts.get(cause, 0) + 1
    return dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
