"""What the seller-score metrics are made of: the records (orders with their shipment,
cancellation and incidents; inquiries) and the named predicates metrics.json refers to.

Every predicate takes a record and the window's end, and looks at nothing recorded after that
end. The rules of windows, dates and statuses are in `core/scores/scores.py`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo
from typing import TypeGuard

TREND_WINDOWS = 8
INQUIRY_HOURS = 24
LOWER_IS_BETTER = ("less_than", "at_most")
COMPARISONS = ("less_than", "at_most", "greater_than", "at_least")
DATES = ("ordered_at", "ship_by", "shipped_at", "promised_delivery", "received_at")
STATUSES = ("good", "at_risk", "bad", "no_data", "no_target")
DEFECT_KINDS = ("negative_feedback", "a_to_z_claim", "chargeback")
INCIDENT_KINDS = (
    "negative_feedback",
    "a_to_z_claim",
    "chargeback",
    "return",
    "inad_case",
    "inr_case",
    "late_delivery_report",
)
WISH_LIMIT = timedelta(hours=168)
WISH_LIMIT_DEAR = timedelta(hours=336)  # orders of US$100 or more
WISH_DEAR_MINOR = 100_00
END_OF_DAY = time(23, 59, 59)


@dataclass(frozen=True)
class Incident:
    kind: str
    at: datetime
    reason: str = ""


@dataclass(slots=True)  # not frozen: built by the ten thousand, frozen is 7× slower
class OrderRecord:
    """What the metrics know of one order: its times, its cancellation, its incidents."""

    id: int
    marketplace: str
    order_number: str
    ordered_at: datetime
    ship_by: datetime | None = None
    status: str = "new"
    cancelled_at: datetime | None = None
    cancelled_by: str | None = None
    cancel_reason: str | None = None
    shipped_at: datetime | None = None
    delivered_at: datetime | None = None
    promised_delivery: datetime | None = None
    courier_code: str | None = None
    tracking_number: str | None = None
    value_minor: int | None = None
    currency: str = ""
    incidents: tuple[Incident, ...] = ()


@dataclass(slots=True)
class InquiryRecord:
    id: int
    marketplace: str
    received_at: datetime
    answered_at: datetime | None = None
    order_id: int | None = None
    order_number: str | None = None
    subject: str = ""

    @property
    def due_at(self) -> datetime:
        return self.received_at + timedelta(hours=INQUIRY_HOURS)


def parse_time(text: str | None, tz: tzinfo, *, end_of_day: bool = True) -> datetime | None:
    """A stored time as an aware datetime. A bare date is the end of that day (or its start
    with `end_of_day=False`) in `tz`; a time without an offset is in `tz`."""
    if not text:
        return None
    text = str(text).strip()
    if len(text) == 10:
        day = date.fromisoformat(text)
        return datetime.combine(day, END_OF_DAY if end_of_day else time(0), tzinfo=tz)
    moment = datetime.fromisoformat(text)
    return moment if moment.tzinfo else moment.replace(tzinfo=tz)


# ---- predicates ------------------------------------------------------------------------------
# Each takes a record and the window's end: nothing after the end has happened yet.


def _by(moment: datetime | None, end: datetime) -> TypeGuard[datetime]:
    """It happened, and by `end` (a True also tells the type checker it happened)."""
    return moment is not None and moment <= end


def confirmed(o: OrderRecord, end: datetime) -> datetime | None:
    """When the shipment was confirmed, if it was by `end`."""
    return o.shipped_at if _by(o.shipped_at, end) else None


def cancelled(o: OrderRecord, end: datetime) -> bool:
    if o.cancelled_at is None:
        return o.status == "cancelled"
    return o.cancelled_at <= end


def has_incident(o: OrderRecord, end: datetime, kinds: Iterable[str]) -> bool:
    kinds = tuple(kinds)
    return any(i.kind in kinds and i.at <= end for i in o.incidents)


def _ship_time_unknown(o: OrderRecord) -> bool:
    return o.status == "shipped" and o.shipped_at is None


def due_to_ship(o: OrderRecord, end: datetime) -> bool:
    """Its shipment can be judged: not cancelled, and confirmed or past its ship-by."""
    if o.ship_by is None or cancelled(o, end) or _ship_time_unknown(o):
        return False
    return confirmed(o, end) is not None or o.ship_by < end


def shipped_late(o: OrderRecord, end: datetime) -> bool:
    if o.ship_by is None or _ship_time_unknown(o):
        return False
    when = confirmed(o, end)
    return when > o.ship_by if when is not None else o.ship_by < end


def shipped_on_time(o: OrderRecord, end: datetime) -> bool:
    when = confirmed(o, end)
    return when is not None and o.ship_by is not None and when <= o.ship_by


def shipped(o: OrderRecord, end: datetime) -> bool:
    return confirmed(o, end) is not None


def valid_tracking(o: OrderRecord, end: datetime) -> bool:
    return shipped(o, end) and bool(o.tracking_number) and bool(o.courier_code)


def delivery_due(o: OrderRecord, end: datetime) -> bool:
    if not shipped(o, end) or o.promised_delivery is None:
        return False
    return _by(o.delivered_at, end) or o.promised_delivery < end


def delivered_on_time(o: OrderRecord, end: datetime) -> bool:
    if not _by(o.delivered_at, end) or o.promised_delivery is None:
        return False
    late_report = has_incident(o, end, ("late_delivery_report",))
    return o.delivered_at <= o.promised_delivery and not late_report


def seller_cancelled(o: OrderRecord, end: datetime) -> bool:
    return cancelled(o, end) and o.cancelled_by == "seller"


def amazon_defect(o: OrderRecord, end: datetime) -> bool:
    return has_incident(o, end, DEFECT_KINDS)


def ebay_defect(o: OrderRecord, end: datetime) -> bool:
    if seller_cancelled(o, end) and o.cancel_reason != "undeliverable_address":
        return True
    return has_incident(o, end, ("inr_case", "inad_case"))


def ebay_late(o: OrderRecord, end: datetime) -> bool:
    if has_incident(o, end, ("late_delivery_report",)):
        return True
    return shipped_late(o, end) and not delivered_on_time(o, end)


def shopee_not_fulfilled(o: OrderRecord, end: datetime) -> bool:
    return seller_cancelled(o, end) or has_incident(o, end, ("return",))


def wish_limit(o: OrderRecord) -> timedelta:
    """168 h, or 336 h for an order of US$100 or more; other currencies use 168 h."""
    dear = o.currency == "USD" and (o.value_minor or 0) >= WISH_DEAR_MINOR
    return WISH_LIMIT_DEAR if dear else WISH_LIMIT


def wish_late_confirmed(o: OrderRecord, end: datetime) -> bool:
    when = confirmed(o, end)
    return when is not None and when - o.ordered_at > wish_limit(o)


def inquiry_decided(q: InquiryRecord, end: datetime) -> bool:
    return _by(q.answered_at, end) or q.due_at <= end


def answered_within_24h(q: InquiryRecord, end: datetime) -> bool:
    return _by(q.answered_at, end) and q.answered_at <= q.due_at


PREDICATES: dict[str, Callable] = {
    "all_orders": lambda o, end: True,
    "not_cancelled": lambda o, end: not cancelled(o, end),
    "seller_cancelled": seller_cancelled,
    "due_to_ship": due_to_ship,
    "shipped_late": shipped_late,
    "shipped_on_time": shipped_on_time,
    "shipped": shipped,
    "valid_tracking": valid_tracking,
    "delivery_due": delivery_due,
    "delivered_on_time": delivered_on_time,
    "amazon_defect": amazon_defect,
    "ebay_defect": ebay_defect,
    "ebay_late": ebay_late,
    "shopee_not_fulfilled": shopee_not_fulfilled,
    "wish_late_confirmed": wish_late_confirmed,
    "inquiry_decided": inquiry_decided,
    "answered_within_24h": answered_within_24h,
}
