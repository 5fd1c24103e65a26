"""Customer inquiries (each answered within 24 hours) and performance notices with their plan of
action (`desk.notices`).

A notice's deadlines: the response is due 48 hours after it was received, the corrective plan
72 hours after. Its problem orders are the ones its metric counts against the shop whose metric
date lies strictly inside the data period (see `poa_facts`), judged with what was recorded by
the time the notice was received (or the period's end, if later).
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from fulfil_desk.core.kernel.changes import Changes
from fulfil_desk.core.kernel.context import DeskContext
from fulfil_desk.core.kernel.errors import NotFound, UserError
from fulfil_desk.core.kernel.messages import Message
from fulfil_desk.core.scores.basis import ScoreBasis, inquiry_record, iso, order_record
from fulfil_desk.core.scores.poa_facts import (
    Problem,
    diagnose_inquiry,
    diagnose_order,
    strictly_inside,
)
from fulfil_desk.core.scores.score_rules import OrderRecord
from fulfil_desk.core.scores.scores import PREDICATES, parse_time
from fulfil_desk.core.wording.languages import LANGUAGES as READERS
from fulfil_desk.core.wording.languages import PSEUDO, cldr_locale

if TYPE_CHECKING:
    from fulfil_desk.core.documents.service import DocumentService

RESPONSE_HOURS = 48
PLAN_HOURS = 72
MAX_ID = 100
MAX_PLAN_TEXT = 20_000


class NoticeService:
    def __init__(self, *, ctx: DeskContext, basis: ScoreBasis, documents: DocumentService):
        self._ctx = ctx
        self._basis = basis
        self._documents = documents

    # ---- inquiries ---------------------------------------------------------------------------

    def add_inquiry(
        self,
        marketplace: str | None = None,
        *,
        order_id: int | None = None,
        received_at=None,
        subject: str = "",
    ) -> tuple[int, Changes]:
        """A buyer's question; it is due 24 hours after it was received."""
        order = self._ctx.order(order_id) if order_id is not None else None
        market = (marketplace or (order.marketplace if order else "")).strip().lower()
        if not market:
            raise UserError(Message("scores.inquiry_needs_a_marketplace"))
        if order is not None and order.marketplace != market:
            raise UserError(
                Message(
                    "scores.order_on_another_marketplace",
                    order=order.order_number,
                    marketplace=order.marketplace,
                    given=market,
                )
            )
        moment = (
            self._basis.now()
            if received_at is None
            else self._basis.moment(received_at, "received")
        )
        if moment > self._ctx.clock.now():
            raise UserError(Message("scores.in_the_future", at=moment))
        with self._ctx.transaction():
            inquiry_id = self._basis.repo.add_inquiry(
                marketplace=market,
                order_id=order.id if order else None,
                subject=subject.strip()[:500],
                received_at=iso(moment),
                entered_by=self._ctx.actor,
            )
            self._ctx.event("inquiry_added", order.id if order else None, inquiry=inquiry_id)
        due = moment + timedelta(hours=24)
        said = Message("scores.inquiry_due", inquiry=inquiry_id, due=due)
        return inquiry_id, Changes(scores=True, message=said)

    def answer_inquiry(self, inquiry_id: int, at=None) -> Changes:
        row = self._inquiry_row(inquiry_id)
        if row["answered_at"]:
            answered = self._stored(row["answered_at"])
            raise UserError(
                Message("scores.inquiry_already_answered", inquiry=inquiry_id, at=answered)
            )
        moment = self._basis.now() if at is None else self._basis.moment(at, "answered")
        received = self._stored(row["received_at"])
        if moment < received:
            raise UserError(
                Message("scores.inquiry_arrived_later", inquiry=inquiry_id, at=received)
            )
        if moment > self._ctx.clock.now():
            raise UserError(Message("scores.in_the_future", at=moment))
        with self._ctx.transaction():
            self._basis.repo.answer_inquiry(inquiry_id, iso(moment))
            self._ctx.event(
                "inquiry_answered", row["order_id"], inquiry=inquiry_id, answered_at=iso(moment)
            )
        said = (
            Message("scores.inquiry_answered_late", inquiry=inquiry_id)
            if moment - received > timedelta(hours=24)
            else Message("scores.inquiry_answered_in_time", inquiry=inquiry_id)
        )
        return Changes(scores=True, message=said)

    def _stored(self, text: str) -> datetime:
        """A time stored on an inquiry or a notice, never empty where it is read (a bare date:
        the start of that day)."""
        moment = parse_time(text, self._basis.tz(), end_of_day=False)
        assert moment is not None
        return moment

    def _inquiry_row(self, inquiry_id: int) -> dict:
        row = self._basis.repo.inquiry(inquiry_id)
        if row is None:
            raise NotFound(Message("scores.no_such_inquiry", inquiry=inquiry_id))
        return row

    def inquiries(self, open_only: bool = True, as_of=None) -> list[dict]:
        """Inquiries oldest first, each with its due time and the seconds left (negative: late)."""
        now = self._basis.as_of(as_of)
        tz = self._basis.tz()
        out = []
        for row in self._basis.repo.inquiries(open_only=open_only):
            record = inquiry_record(row, tz)
            answered = record.answered_at
            out.append(
                {
                    "id": record.id,
                    "marketplace": record.marketplace,
                    "order_id": record.order_id,
                    "order_number": record.order_number,
                    "subject": record.subject,
                    "received_at": iso(record.received_at),
                    "due_at": iso(record.due_at),
                    "answered_at": iso(answered),
                    "seconds_left": None
                    if answered
                    else int((record.due_at - now).total_seconds()),
                    "overdue": answered is None and record.due_at < now,
                    "answered_in_time": None if answered is None else answered <= record.due_at,
                }
            )
        return out

    # ---- performance notices -----------------------------------------------------------------

    def add_notice(
        self,
        notice_id: str,
        marketplace: str,
        metric: str,
        period_from,
        period_to,
        received_at=None,
    ) -> Changes:
        """Record a marketplace's performance notice: its id, metric and data period."""
        notice_id = (notice_id or "").strip()
        if not notice_id or len(notice_id) > MAX_ID:
            raise UserError(Message("scores.notice_needs_an_id", most=MAX_ID))
        market = marketplace.strip().lower()
        self._basis.metric(market, metric)
        start = self._basis.moment(period_from, "period_from")
        end = self._basis.moment(period_to, "period_to", day_end=True)
        if not start < end:
            raise UserError(Message("scores.period_ends_before_it_starts", start=start, end=end))
        received = (
            self._basis.now()
            if received_at is None
            else self._basis.moment(received_at, "received")
        )
        if self._basis.repo.notice(notice_id) is not None:
            raise UserError(Message("scores.notice_already_recorded", notice=notice_id))
        with self._ctx.transaction():
            self._basis.repo.add_notice(
                id=notice_id,
                marketplace=market,
                metric=metric,
                period_from=iso(start),
                period_to=iso(end),
                received_at=iso(received),
                entered_by=self._ctx.actor,
            )
            self._ctx.event(
                "notice_added", None, notice=notice_id, marketplace=market, metric=metric
            )
        due = received + timedelta(hours=RESPONSE_HOURS)
        said = Message("scores.notice_recorded", notice=notice_id, due=due)
        return Changes(scores=True, message=said)

    def _notice_row(self, notice_id: str) -> dict:
        row = self._basis.repo.notice(notice_id)
        if row is None:
            raise NotFound(Message("scores.no_such_notice", notice=notice_id))
        return row

    def _notice_json(self, row: dict, now: datetime, lang: str = "en") -> dict:
        received = datetime.fromisoformat(row["received_at"])
        response_due = received + timedelta(hours=RESPONSE_HOURS)
        plan_due = received + timedelta(hours=PLAN_HOURS)
        metrics = self._basis.metric(row["marketplace"], row["metric"])
        open_ = row["responded_at"] is None
        return {
            **row,
            "metric_name": " / ".join(m.name(lang) for m in metrics),
            "metric_names": {
                lang: " / ".join(m.name(lang) for m in metrics) for lang in ("en", "ko", "zh_CN")
            },
            "response_due": iso(response_due),
            "plan_due": iso(plan_due),
            "seconds_to_response": int((response_due - now).total_seconds()) if open_ else None,
            "seconds_to_plan": int((plan_due - now).total_seconds()) if open_ else None,
        }

    def notices(self, as_of=None) -> list[dict]:
        now = self._basis.as_of(as_of)
        return [self._notice_json(row, now) for row in self._basis.repo.notices()]

    def notice(self, notice_id: str, as_of=None) -> dict:
        """The notice, its two deadlines with the seconds left, and its problem orders."""
        row = self._notice_row(notice_id)
        found = self._notice_json(row, self._basis.as_of(as_of))
        found["problems"] = [
            {"ref": p.ref, "when": iso(p.when), "causes": list(p.causes)}
            for p in self._notice_problems(row)
        ]
        return found

    def set_plan_text(self, notice_id: str, corrective: str, preventive: str) -> Changes:
        self._notice_row(notice_id)
        if len(corrective) > MAX_PLAN_TEXT or len(preventive) > MAX_PLAN_TEXT:
            raise UserError(Message("scores.plan_text_too_long", most=MAX_PLAN_TEXT))
        with self._ctx.transaction():
            self._basis.repo.update_notice(
                notice_id, corrective_actions=corrective, preventive_measures=preventive
            )
            self._ctx.event("plan_saved", None, notice=notice_id)
        return Changes(scores=True, message=Message("scores.plan_saved", notice=notice_id))

    def mark_notice_responded(self, notice_id: str, at=None) -> Changes:
        row = self._notice_row(notice_id)
        if row["responded_at"]:
            answered = self._stored(row["responded_at"])
            raise UserError(
                Message("scores.notice_already_answered", notice=notice_id, at=answered)
            )
        moment = self._basis.now() if at is None else self._basis.moment(at, "responded")
        with self._ctx.transaction():
            self._basis.repo.update_notice(notice_id, responded_at=iso(moment))
            self._ctx.event("notice_responded", None, notice=notice_id, responded_at=iso(moment))
        said = Message("scores.notice_marked_answered", notice=notice_id)
        return Changes(scores=True, message=said)

    def _notice_problems(self, row: dict) -> list[Problem]:
        metric = self._basis.metric(row["marketplace"], row["metric"])[0]
        tz = self._basis.tz()
        start = datetime.fromisoformat(row["period_from"])
        end = datetime.fromisoformat(row["period_to"])
        # What was recorded by the time the notice came (or the period ended, if later), but
        # never later than now.
        received = datetime.fromisoformat(row["received_at"])
        known = min(max(end, received), self._basis.now())
        counted = PREDICATES[metric.denominator]
        against = PREDICATES[metric.numerator]
        repo = self._basis.repo

        def problems(records: list) -> list:
            return sorted(
                (
                    r
                    for r in records
                    if strictly_inside(getattr(r, metric.date), start, end)
                    and counted(r, known)
                    and against(r, known) == metric.lower_is_better
                ),
                key=lambda r: (getattr(r, metric.date), r.id),
            )

        if metric.subject == "inquiries":
            inquiries = [inquiry_record(r, tz) for r in repo.inquiry_rows(
                row["marketplace"], iso(start), iso(end))]  # fmt: skip
            return [diagnose_inquiry(r, known) for r in problems(inquiries)]
        rows = repo.order_rows(
            row["marketplace"], {metric.date: (iso(start), iso(end))}, with_value=True
        )
        chosen: list[OrderRecord] = problems([order_record(r, tz) for r in rows])
        events = repo.events([r.id for r in chosen])
        return [diagnose_order(r, events[r.id], metric, known, tz) for r in chosen]

    def plan_of_action_pdf(self, notice_id: str, lang: str = "en") -> bytes:
        """The plan of action: the notice, its problem orders with what happened and why, the
        corrective actions and preventive measures (suggested per root cause when not written)."""
        from fulfil_desk.core.scores.poa import LANGUAGES, Plan, plan_of_action_pdf

        if lang not in LANGUAGES:
            raise UserError(Message("scores.plan_language", languages=READERS, given=lang))
        row = self._notice_row(notice_id)
        named = cldr_locale(lang)  # the pseudo-language names as English does, wrapped
        facts = self._notice_json(row, self._basis.now(), named)
        metric = self._basis.metric(row["marketplace"], row["metric"])[0]
        names = self._basis.metric_definitions().names.get(row["marketplace"], {})
        wrap = "⟦{}⟧" if lang == PSEUDO else "{}"
        plan = Plan(
            notice_id=row["id"],
            seller=self._ctx.setting("shop_name"),
            marketplace=wrap.format(names.get(named) or row["marketplace"]),
            metric=wrap.format(facts["metric_name"]),
            date_basis=metric.date,
            period_from=datetime.fromisoformat(row["period_from"]),
            period_to=datetime.fromisoformat(row["period_to"]),
            received_at=datetime.fromisoformat(row["received_at"]),
            response_due=datetime.fromisoformat(facts["response_due"]),
            plan_due=datetime.fromisoformat(facts["plan_due"]),
            problems=tuple(self._notice_problems(row)),
            corrective=row["corrective_actions"],
            preventive=row["preventive_measures"],
            generated_at=self._basis.now(),
            tz=self._basis.tz(),
        )
        return plan_of_action_pdf(plan, lang=lang, fonts=self._documents.fonts())
