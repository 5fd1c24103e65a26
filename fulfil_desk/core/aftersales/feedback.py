"""Buyer feedback and reviews (`desk.feedback`): one per order, its rating, text and date, and
the seller's one reply.

**One per order.** Amazon's feedback and eBay's are left once per order (a buyer revises or
removes theirs; they do not add a second), and Amazon's order defect rate counts an *order*
with negative feedback (shared/reference/marketplaces.md §1.1). A second feedback for an order
is refused, naming the first.

**Counted once.** A rating of 1 or 2 stars is negative feedback; it counts where a marketplace's
metric counts the `negative_feedback` incident — today only Amazon's order defect rate
("Defects: negative feedback (1–2 stars), counted by order date", §1.1). eBay's transaction
defect rate counts cancellations and cases closed without seller resolution, not feedback
(§1.3); Coupang's 판매자점수, Shopee's, Wish's and Mercado Libre's count no reviews (§1.2, §1.4).
Where it counts, a low rating records the incident as `incident add negative_feedback` does,
unless the order has one already (recorded by hand before): then the feedback points at that
one. The metric counts orders, so the order is a defect once whatever was recorded after.

**One reply.** The seller's reply is what they posted on the marketplace, which shows it once;
answering an answered feedback is refused.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from fulfil_desk.core.kernel.changes import Changes
from fulfil_desk.core.kernel.context import DeskContext
from fulfil_desk.core.kernel.errors import NotFound, UserError
from fulfil_desk.core.kernel.messages import Message, Names
from fulfil_desk.core.scores.poa_facts import METRIC_INCIDENTS
from fulfil_desk.core.scores.scores import parse_time
from fulfil_desk.core.scores.service import ScoreService
from fulfil_desk.core.storage.aftersales.feedback import FeedbackRepo

NEGATIVE_AT_MOST = 2
MAX_TEXT = 2000


@dataclass(frozen=True)
class Feedback:
    id: int
    order_id: int
    order_number: str
    marketplace: str
    rating: int
    text: str
    at: datetime
    reply: str | None
    replied_at: datetime | None
    incident_id: int | None

    @property
    def negative(self) -> bool:
        return self.rating <= NEGATIVE_AT_MOST

    def as_dict(self) -> dict:
        return {
            "id": self.id,
            "order_id": self.order_id,
            "order_number": self.order_number,
            "marketplace": self.marketplace,
            "rating": self.rating,
            "text": self.text,
            "at": self.at.isoformat(timespec="seconds"),
            "negative": self.negative,
            "reply": self.reply,
            "replied_at": self.replied_at.isoformat(timespec="seconds")
            if self.replied_at
            else None,
            "incident_id": self.incident_id,
        }


class FeedbackService:
    def __init__(self, *, ctx: DeskContext, scores: ScoreService):
        self._ctx = ctx
        self._scores = scores
        self._repo = FeedbackRepo(ctx.db)

    # ---- reading -----------------------------------------------------------------------------

    def feedback(self, feedback_id: int) -> Feedback:
        row = self._repo.get(feedback_id)
        if row is None:
            raise NotFound(Message("feedback.no_such_feedback", id=feedback_id))
        return self._of(row)

    def of_order(self, order_id: int) -> Feedback | None:
        self._ctx.order(order_id)
        row = self._repo.of_order(order_id)
        return None if row is None else self._of(row)

    def listed(self, *, unanswered: bool = False) -> list[Feedback]:
        """Every feedback, newest first; `unanswered`: the 1–2 star ones without a reply,
        the one waiting longest first."""
        return [self._of(r) for r in self._repo.listed(unanswered_negative=unanswered)]

    def waited(self, item: Feedback) -> float:
        """Seconds the feedback has waited for its reply (until it was answered)."""
        end = item.replied_at or self._ctx.clock.now()
        return max(0.0, (end - item.at).total_seconds())

    def counting_metrics(self, marketplace: str) -> list[Names]:
        """The names of the marketplace's metrics that count negative feedback."""
        return [
            Names.of(m.names)
            for m in self._scores.metric_definitions().of(marketplace)
            if "negative_feedback" in METRIC_INCIDENTS.get(m.numerator, ())
        ]

    # ---- use cases ---------------------------------------------------------------------------

    def add(self, order_id: int, rating: int, text: str = "", at=None) -> Changes:
        """Record the buyer's feedback on an order: `rating` 1–5 stars, `at` when it was left
        (ISO 8601; default now)."""
        order = self._ctx.order(order_id)
        if not isinstance(rating, int) or not 1 <= rating <= 5:
            raise UserError(Message("feedback.bad_rating", rating=str(rating)))
        text = text.strip()
        if len(text) > MAX_TEXT:
            raise UserError(Message("feedback.text_too_long", most=MAX_TEXT))
        moment = self._moment(at)
        ordered = parse_time(order.ordered_at, self._ctx.shop_tz(), end_of_day=False)
        if ordered is not None and moment < ordered:
            raise UserError(
                Message(
                    "feedback.before_order", order=order.order_number, at=moment, ordered=ordered
                )
            )
        counting = self.counting_metrics(order.marketplace) if rating <= NEGATIVE_AT_MOST else []
        with self._ctx.transaction():
            found = self._repo.of_order(order_id)
            if found is not None:
                raise UserError(
                    Message(
                        "feedback.already_has_feedback",
                        order=order.order_number,
                        id=found["id"],
                        stars=Message("feedback.stars", n=found["rating"]),
                    )
                )
            incident = self._repo.negative_feedback_incident(order_id) if counting else None
            counted_before = incident is not None
            if counting and incident is None:
                self._scores.record_incident(order_id, "negative_feedback", moment, "feedback")
                incident = self._repo.negative_feedback_incident(order_id)
            feedback_id = self._repo.add(
                order_id=order_id,
                rating=rating,
                text=text,
                at=moment.isoformat(timespec="seconds"),
                entered_by=self._ctx.actor,
                incident_id=incident,
            )
            self._ctx.event(
                "feedback_recorded",
                order_id,
                feedback=feedback_id,
                rating=rating,
                left_at=moment.isoformat(timespec="seconds"),
                incident=incident,
            )
        return Changes(
            orders=frozenset({order_id}),
            scores=bool(counting),
            message=self._recorded(order.order_number, rating, counting, counted_before),
        )

    def answer(self, feedback_id: int, text: str, at=None) -> Changes:
        """The seller's reply to a feedback, as posted on the marketplace, `at` (default now)."""
        item = self.feedback(feedback_id)
        reply = text.strip()
        if not reply:
            raise UserError(Message("feedback.reply_empty", id=feedback_id))
        if len(reply) > MAX_TEXT:
            raise UserError(Message("feedback.text_too_long", most=MAX_TEXT))
        moment = self._moment(at)
        if moment < item.at:
            raise UserError(Message("feedback.reply_before_feedback", id=feedback_id, at=item.at))
        with self._ctx.transaction():
            current = self.feedback(feedback_id)
            if current.replied_at is not None:
                raise UserError(
                    Message("feedback.already_answered", id=feedback_id, at=current.replied_at)
                )
            self._repo.answer(
                feedback_id,
                reply=reply,
                replied_at=moment.isoformat(timespec="seconds"),
                replied_by=self._ctx.actor,
            )
            self._ctx.event(
                "feedback_answered",
                item.order_id,
                feedback=feedback_id,
                replied_at=moment.isoformat(timespec="seconds"),
            )
        return Changes(
            orders=frozenset({item.order_id}),
            message=Message("feedback.answered", id=feedback_id, order=item.order_number),
        )

    # ---- helpers -----------------------------------------------------------------------------

    def _recorded(self, number: str, rating: int, counting: list[Names], before: bool) -> Message:
        stars = Message("feedback.stars", n=rating)
        metrics = tuple(counting)
        if counting and before:
            return Message(
                "feedback.recorded_counted_before", order=number, stars=stars, metrics=metrics
            )
        if counting:
            return Message("feedback.recorded_counted", order=number, stars=stars, metrics=metrics)
        if rating <= NEGATIVE_AT_MOST:
            return Message("feedback.recorded_negative", order=number, stars=stars)
        return Message("feedback.recorded", order=number, stars=stars)

    def _moment(self, at) -> datetime:
        tz = self._ctx.shop_tz()
        now = self._ctx.clock.now().astimezone(tz)
        if at is None:
            return now
        if isinstance(at, datetime):
            moment = at if at.tzinfo else at.replace(tzinfo=tz)
        else:
            try:
                found = parse_time(str(at), tz, end_of_day=False)
            except ValueError:
                raise UserError(Message("feedback.not_a_moment", text=str(at))) from None
            if found is None:
                raise UserError(Message("feedback.not_a_moment", text=str(at)))
            moment = found
        if moment > now:
            raise UserError(Message("feedback.in_the_future", at=moment))
        return moment.astimezone(tz)

    def _of(self, row: dict) -> Feedback:
        tz = self._ctx.shop_tz()
        at = parse_time(row["at"], tz, end_of_day=False)
        if at is None:  # the column is NOT NULL
            raise ValueError(f"feedback {row['id']} has no time")
        return Feedback(
            id=row["id"],
            order_id=row["order_id"],
            order_number=row["order_number"],
            marketplace=row["marketplace"],
            rating=row["rating"],
            text=row["text"],
            at=at,
            reply=row["reply"],
            replied_at=parse_time(row["replied_at"], tz, end_of_day=False),
            incident_id=row["incident_id"],
        )
