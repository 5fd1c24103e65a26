"""The shop's orders as the bench reads them (`desk.orders`): by id or number, the queue
with what is due, what a scanned code is as an order or a tracking number, the audit trail
of one order."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from typing import TYPE_CHECKING

from fulfil_desk.core.bench import workflow
from fulfil_desk.core.bench.workflow import Step
from fulfil_desk.core.kernel.context import DeskContext
from fulfil_desk.core.kernel.errors import NotFound, UserError
from fulfil_desk.core.kernel.message_codec import stored_note
from fulfil_desk.core.kernel.messages import Message
from fulfil_desk.core.kernel.orders import OPEN_STATUSES, Order, OrderStatus
from fulfil_desk.core.storage.bench_repo import CodeFacts, ScanLookupRepo

if TYPE_CHECKING:
    from fulfil_desk.core.scores.service import ScoreService

S = OrderStatus


class OrderService:
    def __init__(self, *, ctx: DeskContext, scores: ScoreService):
        """`scores`: the seller scores, which sort the queue by risk."""
        self._ctx = ctx
        self._scores = scores
        self._orders = ctx.orders
        self._lookup = ScanLookupRepo(ctx.db)

    def order(self, order_id: int) -> Order:
        return self._ctx.order(order_id)

    def find_order(self, text: str) -> Order:
        """By marketplace order number (any marketplace), or by internal id."""
        text = text.strip()
        found = self._orders.find(text)
        if not found:
            raise NotFound(Message("bench.no_order_numbered", number=text))
        if len(found) > 1:
            raise self.several_orders_error(text, [o.saved_id for o in found])
        return found[0]

    def orders(self, status: str | None = None, limit: int = 10_000) -> list[Order]:
        if status is not None and status not in {s.value for s in S}:
            raise UserError(
                Message("bench.unknown_status", status=status, statuses=tuple(s.value for s in S))
            )
        return self._orders.list([status] if status else None, limit=limit)

    def events(self, order_id: int) -> list[dict]:
        return self._ctx.events.for_order(order_id)

    def step(self, order_id: int) -> Step:
        return workflow.step_of(self.order(order_id))

    # ---- the queue -------------------------------------------------------------------------

    def queue(self, limit: int = 200, offset: int = 0, sort: str = "ship_by") -> list[dict]:
        """Open orders, soonest ship-by first (or with `sort="risk"`, the orders that can still
        save a seller score first: see ScoreService.risk_queue_rows), each with `due`: overdue,
        today or later, `put_aside`, and `hold_note` as its reader gets it (a stored message
        to word, or a typed text)."""
        if sort == "risk":
            rows = self._scores.risk_queue_rows(limit, offset)
        else:
            rows = self._orders.queue_rows([s.value for s in OPEN_STATUSES], limit, offset)
        now = self._ctx.clock.now()
        tz = self._ctx.shop_tz()
        today = now.astimezone(tz).date()
        for row in rows:
            row["step"] = workflow.STEP_OF_STATUS[S(row["status"])].value
            row["put_aside"] = row.get("put_aside_at") is not None
            row["hold_note"] = stored_note(row["hold_note"])
            ship_by = datetime.fromisoformat(row["ship_by"]) if row["ship_by"] else None
            if ship_by is None:
                row["due"] = "later"
            elif ship_by < now:
                row["due"] = "overdue"
            elif ship_by.astimezone(tz).date() == today:
                row["due"] = "today"
            else:
                row["due"] = "later"
        return rows

    def queue_count(self) -> int:
        return self._orders.count([s.value for s in OPEN_STATUSES])

    def queue_summary(self) -> dict[str, int]:
        """How many open orders, overdue, due today (shop time) and on hold: `queue()`'s
        `due` counted in SQL, without reading the orders."""
        now = self._ctx.clock.now()
        tz = self._ctx.shop_tz()
        start = datetime.combine(now.astimezone(tz).date() + timedelta(days=1), time(0), tz)
        return self._orders.due_counts(
            [s.value for s in OPEN_STATUSES], now.isoformat(), start.isoformat()
        )

    # ---- what a scan is (core/bench/reading.py) -------------------------------------------

    def order_ids_of_number(self, number: str) -> list[int]:
        """Orders whose marketplace number (or Coupang 주문번호 in a bundle) is `number`."""
        return self._lookup.order_ids(number)

    def order_ids_of_number_any_case(self, number: str) -> list[int]:
        """As `order_ids_of_number`, for a number whose letters' case is unknown (a scan read
        back from an input method): as written, else in any case."""
        found = self._lookup.order_ids(number)
        if found or number.lower() == number.upper():  # no letters: no case to ignore
            return found
        return self._lookup.order_ids_any_case(number)

    def several_orders_error(self, number: str, order_ids: list[int]) -> UserError:
        where = tuple(
            Message("bench.marketplace_and_id", marketplace=self.order(i).marketplace, id=i)
            for i in order_ids
        )
        return UserError(Message("bench.order_on_several_marketplaces", number=number, where=where))

    def code_facts(self, code: str, *, badge: str, tracking: list[str]) -> CodeFacts:
        """What a scanned code is as a product, an order, a packer's badge and a recorded
        tracking number, read at once (core/bench/reading.py)."""
        return self._lookup.code_facts(code, badge=badge, tracking=tracking)

    def tracking_owner_of(self, numbers: list[str]) -> tuple[int, str] | None:
        """The order one of `numbers` is the recorded tracking number of, and that number."""
        return self._lookup.tracking_owner(numbers)
