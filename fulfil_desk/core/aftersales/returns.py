"""Returns (`desk.returns`): a parcel a buyer sent back, opened at the bench or told on the
command line, and the returns the shop waits for (an exchange's).

A received return is one transaction: its lines, the stock moves of its units (return_rules.py
says which), the order's `return` incident for the seller scores (once an order, whatever else
recorded one), and the `return_received` event of the audit trail.
"""

from __future__ import annotations

from fulfil_desk.core.aftersales.return_rules import (
    Condition,
    ReturnLine,
    ReturnReason,
    check_lines,
    missing,
    reason_of,
)
from fulfil_desk.core.kernel.changes import Changes
from fulfil_desk.core.kernel.context import DeskContext
from fulfil_desk.core.kernel.couriers import normalise
from fulfil_desk.core.kernel.errors import NotAllowed, NotFound, UserError
from fulfil_desk.core.kernel.messages import Message, Term
from fulfil_desk.core.kernel.orders import Order, OrderStatus
from fulfil_desk.core.scores.service import ScoreService
from fulfil_desk.core.stock.inventory import StockReason, check_quantity
from fulfil_desk.core.stock.service import StockService
from fulfil_desk.core.storage.aftersales.returns import ReturnRepo
from fulfil_desk.core.storage.bench_repo import ScanLookupRepo

INCIDENT = "return"
DRAFT_KEY = "station.returns@{}"  # per station: the return being scanned, not yet received


class ReturnService:
    def __init__(self, *, ctx: DeskContext, stock: StockService, scores: ScoreService):
        self._ctx = ctx
        self._stock = stock
        self._scores = scores
        self._repo = ReturnRepo(ctx.db)
        self._lookup = ScanLookupRepo(ctx.db)

    # ---- reading -------------------------------------------------------------------------

    def returns(self, *, status: str | None = None, order_id: int | None = None) -> list[dict]:
        """Returns (expected and received), newest first: id, order_id, order_number,
        marketplace, status, reason, tracking_number, expected_at, received_at, actor, lines
        (kind, sku, quantity, condition, reason)."""
        return self._repo.returns(status=status, order_id=order_id)

    def expected_returns(self) -> list[dict]:
        """The returns the shop still waits for, newest first."""
        return self.returns(status="expected")

    def order_of_code(self, code: str) -> int:
        """The order a scanned or typed code names: its number (a Coupang bundle's too), the
        tracking number it shipped with, or a return parcel's tracking number recorded for
        it."""
        text = code.strip()
        ids = self._ctx_lookup(text)
        if len(ids) == 1:
            return ids[0]
        if len(ids) > 1:
            raise UserError(Message("returns.code_of_several", code=text, n=len(ids)))
        if text.isdigit() and self._ctx.orders.get(int(text)) is not None:
            return int(text)
        raise NotFound(Message("returns.no_order_or_tracking", code=text))

    def _ctx_lookup(self, text: str) -> list[int]:
        lookup = self._lookup
        ids = lookup.order_ids(text)
        if not ids and (owner := lookup.tracking_owner([normalise(text)])) is not None:
            ids = [owner[0]]
        return ids or self._repo.by_tracking(normalise(text))

    def expected_by_parcel(self, parcel: str) -> int | None:
        """The order whose expected return's parcel has the tracking number `parcel`."""
        found = {r["order_id"] for r in self.expected_returns() if r["tracking_number"] == parcel}
        return found.pop() if len(found) == 1 else None

    def received_before(self, order_id: int) -> dict[str, int]:
        """Per SKU, the units of the order already received back as ours."""
        return self._repo.received_of_order(order_id)

    def shipped(self, order_id: int) -> dict[str, int]:
        """Per SKU, the units the order shipped."""
        order = self._ctx.order(order_id)
        units: dict[str, int] = {}
        for line in order.lines:
            units[line.sku] = units.get(line.sku, 0) + line.quantity
        return units

    def expected_units(self, order_id: int) -> dict[str, int]:
        """What intake of this order starts from: the lines of its open expected return, else
        every unit it shipped that has not come back yet."""
        if (open_id := self._repo.open_expected(order_id)) is not None:
            units: dict[str, int] = {}
            for line in self._repo.lines(open_id):
                if line["kind"] == "expected":
                    units[line["sku"]] = units.get(line["sku"], 0) + line["quantity"]
            return units
        before = self._repo.received_of_order(order_id)
        left = {sku: n - before.get(sku, 0) for sku, n in self.shipped(order_id).items()}
        return {sku: n for sku, n in left.items() if n > 0}

    def check_order(self, order_id: int) -> Order:
        """The order, refused unless it shipped: only a shipped parcel comes back."""
        order = self._ctx.order(order_id)
        if order.status is not OrderStatus.SHIPPED:
            raise NotAllowed(
                Message(
                    "returns.not_shipped",
                    order=order.order_number,
                    status=Term("status", order.status.value),
                )
            )
        return order

    # ---- writing -------------------------------------------------------------------------

    def expect_return(
        self,
        *,
        order_id: int,
        lines: list[tuple[str, int]],
        reason: str,
        tracking: str | None = None,
    ) -> int:
        """A return the shop waits for (an exchange's unit): its id. An order's open expected
        return takes the new lines (the same id)."""
        why = reason_of(reason)
        with self._ctx.transaction():
            order = self.check_order(order_id)
            shipped = self.shipped(order_id)
            if not lines:
                raise UserError(Message("returns.nothing_in_return", order=order.order_number))
            for sku, quantity in lines:
                check_quantity(quantity, Message("returns.units_of", sku=sku))
                if sku not in shipped:
                    raise UserError(
                        Message(
                            "returns.sku_not_on_order",
                            sku=sku,
                            order=order.order_number,
                            skus=tuple(shipped),
                        )
                    )
            return_id = self._repo.open_expected(order_id)
            if return_id is None:
                return_id = self._repo.add(
                    order_id=order_id, status="expected", reason=why.value,
                    tracking_number=normalise(tracking) if tracking else None,
                    expected_at=self._ctx.now(), actor=self._ctx.actor,
                    station=self._ctx.station,
                )  # fmt: skip
            for sku, quantity in lines:
                self._repo.add_line(
                    return_id=return_id, kind="expected", sku=sku, quantity=quantity,
                    reason=why.value,
                )  # fmt: skip
            self._ctx.event(
                "return_expected", order_id, return_id=return_id, reason=why.value,
                lines=[[sku, n] for sku, n in lines],
            )  # fmt: skip
        return return_id

    def receive_return(
        self, *, order_id: int, lines: list[ReturnLine], tracking: str | None = None
    ) -> Changes:
        """The parcel came back with `lines`: all of it in one transaction, or nothing."""
        with self._ctx.transaction():
            order = self.check_order(order_id)
            shipped = self.shipped(order_id)
            check_lines(order.order_number, lines, shipped, self._repo.received_of_order(order_id))
            expected = self.expected_units(order_id)
            return_id = self._repo.open_expected(order_id)
            now, parcel = self._ctx.now(), normalise(tracking) if tracking else None
            if return_id is None:
                return_id = self._repo.add(
                    order_id=order_id, status="received", reason=lines[0].reason.value,
                    tracking_number=parcel, received_at=now, actor=self._ctx.actor,
                    station=self._ctx.station,
                )  # fmt: skip
            else:
                self._repo.mark_received(
                    return_id, at=now, actor=self._ctx.actor, station=self._ctx.station,
                    tracking=parcel,
                )  # fmt: skip
            for line in lines:
                self._repo.add_line(
                    return_id=return_id, kind="received", sku=line.sku, quantity=line.quantity,
                    condition=line.condition.value, reason=line.reason.value,
                )  # fmt: skip
                self._move_stock(order_id, line)
            left_out = missing(expected, lines)
            self._record_incident(order_id, lines[0].reason)
            self._ctx.event(
                "return_received", order_id, return_id=return_id, tracking=parcel,
                lines=[[ln.sku, ln.quantity, ln.condition.value, ln.reason.value] for ln in lines],
                missing=[[sku, n] for sku, n in left_out.items()],
            )  # fmt: skip
        said = Message(
            "returns.received",
            order=order.order_number,
            resellable=_units(lines, Condition.RESELLABLE),
            damaged=_units(lines, Condition.DAMAGED),
            wrong=_units(lines, Condition.WRONG_ITEM),
        )
        if left_out:
            not_in = tuple(Message("returns.sku_times", sku=s, n=n) for s, n in left_out.items())
            said = Message(
                "two_sentences", first=said, then=Message("returns.missing", units=not_in)
            )
        return Changes(
            orders=frozenset({order_id}), queue=True, stock=True, scores=True, message=said
        )

    # ---- the return a station is scanning ------------------------------------------------

    def draft(self) -> dict | None:
        """The return this station's Returns page is scanning (saved at every scan, so a
        restart resumes it): order_id, parcel, condition, reason, lines [[sku, n, condition,
        reason]…], last (the line a quantity scan sets); None: no return is being scanned."""
        return self._ctx.settings.get(DRAFT_KEY.format(self._ctx.station))

    def save_draft(self, draft: dict | None) -> None:
        with self._ctx.transaction():
            self._ctx.settings.set(DRAFT_KEY.format(self._ctx.station), draft)

    def finish_draft(self) -> Changes:
        """Receives the return this station scanned, and forgets it, in one transaction."""
        draft = self.draft()
        if not draft or draft.get("order_id") is None:
            raise NotAllowed(Message("returns.scan_order_first"))
        lines = [
            ReturnLine(sku, n, Condition(c), ReturnReason(r)) for sku, n, c, r in draft["lines"]
        ]
        with self._ctx.transaction():
            changes = self.receive_return(
                order_id=draft["order_id"], lines=lines, tracking=draft.get("parcel")
            )
            self._ctx.settings.set(DRAFT_KEY.format(self._ctx.station), None)
        return changes

    def _move_stock(self, order_id: int, line: ReturnLine) -> None:
        if line.condition is Condition.WRONG_ITEM:
            return
        note = Message("returns.ledger_note", order=self._ctx.order(order_id).order_number)
        self._stock.post(line.sku, line.quantity, StockReason.RETURNED, note, order_id=order_id)
        if line.condition is Condition.DAMAGED:
            self._stock.post(line.sku, -line.quantity, StockReason.DAMAGED, note, order_id=order_id)

    def _record_incident(self, order_id: int, reason: ReturnReason) -> None:
        """The order's `return` incident, unless one is recorded already (by an earlier return
        or by `incident add`): the scores count a returned order once."""
        if any(i["kind"] == INCIDENT for i in self._scores.incidents(order_id)):
            return
        self._scores.record_incident(order_id, INCIDENT, reason=reason.value)


def _units(lines: list[ReturnLine], condition: Condition) -> int:
    return sum(line.quantity for line in lines if line.condition is condition)
