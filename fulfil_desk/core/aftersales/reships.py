"""Reshipments and exchanges (`desk.reships`): a replacement sent for a shipped order.

A reshipment is an order of its own, linked to the order it replaces (storage/aftersales/):
the same marketplace and buyer, its own lines (all of the original's, or the SKUs chosen, never
more than were shipped), its own number (`<original>-R1`, `-R2`, …) and a ship-by counted from
today by the shop's calendar. It walks the whole bench like any order, its stock reserved as
any order's. The marketplace learns of its tracking number through the original's row of the
confirmation file (core/exchange/exports.py). No marketplace counts it in a seller score.

An exchange is a reshipment of reason `exchange` that sends the chosen SKU (or another) in
place of the unit the buyer sends back, and the return of that unit, expected
(core/aftersales/returns.py), in the same transaction.
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import StrEnum
from typing import TYPE_CHECKING

from fulfil_desk.core.kernel.changes import Changes
from fulfil_desk.core.kernel.context import DeskContext
from fulfil_desk.core.kernel.errors import NotAllowed, UserError
from fulfil_desk.core.kernel.messages import Message, Term
from fulfil_desk.core.kernel.orders import Order, OrderLine, OrderStatus
from fulfil_desk.core.storage.aftersales.reships import ReshipRepo

if TYPE_CHECKING:
    from fulfil_desk.core.aftersales.returns import ReturnService
    from fulfil_desk.core.calendar.service import CalendarService
    from fulfil_desk.core.stock.products import ProductService

MOST_RESHIPS = 99  # -R1 … -R99: past that, something else is wrong
EXCHANGE_RETURN_REASON = "exchange"  # of the unit the buyer sends back


class ReshipReason(StrEnum):
    LOST = "lost"
    DAMAGED = "damaged"  # damaged in transit
    WRONG_ITEM = "wrong_item"
    MISSING_ITEM = "missing_item"
    EXCHANGE = "exchange"


BENCH_REASONS = tuple(r for r in ReshipReason if r is not ReshipReason.EXCHANGE)


def reship_reason(text: str) -> ReshipReason:
    """A reason as typed or scanned (`lost`, `LOST`, `wrong-item`); refused in one sentence."""
    code = text.strip().lower().replace("-", "_")
    try:
        return ReshipReason(code)
    except ValueError:
        known = tuple(r.value for r in ReshipReason)
        raise UserError(Message("reships.unknown_reason", reason=text, known=known)) from None


class ReshipService:
    def __init__(
        self,
        *,
        ctx: DeskContext,
        calendar: CalendarService,
        products: ProductService,
        returns: ReturnService,
    ):
        self._ctx = ctx
        self._calendar = calendar
        self._products = products
        self._returns = returns
        self._repo = ReshipRepo(ctx.db)

    # ---- reading -------------------------------------------------------------------------------

    def reship_of(self, order_id: int) -> dict | None:
        """When `order_id` is a reshipment: original_id, original_number, reason, sent_for."""
        return self._repo.get(order_id)

    def reships_of(self, order_id: int) -> list[dict]:
        """The reshipments sent for `order_id` (or for its own original), oldest first."""
        link = self._repo.get(order_id)
        return self._repo.of_original(link["original_id"] if link else order_id)

    def originals(self, order_ids: Sequence[int]) -> dict[int, int]:
        """Of `order_ids`, the reshipments: reship id → the id of the order it replaces."""
        return self._repo.originals(order_ids)

    def marker(self, order_id: int) -> Message | None:
        """What a header or a slip says of a reshipment ("Replacement for 123 (lost)")."""
        return replacement_note(self._repo.get(order_id))

    # ---- use cases -----------------------------------------------------------------------------

    def reship(
        self,
        order_id: int,
        *,
        reason: ReshipReason | str,
        lines: Sequence[tuple[str, int]] | None = None,
    ) -> tuple[int, Changes]:
        """A replacement of the shipped order `order_id`: of all its lines, or of `lines`
        (sku, quantity), each on it and no more than it shipped. Returns the new order's id."""
        reason = reason if isinstance(reason, ReshipReason) else reship_reason(reason)
        with self._ctx.transaction():
            order = self._shipped(order_id)
            chosen = self._chosen(order, lines)
            sent = [_line_like(order, sku, qty) for sku, qty in chosen.items()]
            return self._create(order, reason, sent, chosen)

    def exchange(
        self, order_id: int, *, sku: str, quantity: int = 1, send: str | None = None
    ) -> tuple[int, Changes]:
        """An exchange of `quantity` units of `sku` of the shipped order `order_id`: a
        reshipment of `send` (default the same SKU), reason `exchange`, and the return of
        those units expected on `order_id`."""
        with self._ctx.transaction():
            order = self._shipped(order_id)
            chosen = self._chosen(order, [(sku, quantity)])
            sku = next(iter(chosen))
            send = (send or sku).strip()
            if send == sku:
                sent = [_line_like(order, sku, quantity)]
            else:
                product = self._products.many([send]).get(send)
                if product is None:
                    raise UserError(Message("reships.no_product_to_send", sku=send))
                sent = [OrderLine(send, product.name, quantity, line_key=send)]
            new_id, changes = self._create(order, ReshipReason.EXCHANGE, sent, chosen)
            self._returns.expect_return(
                order_id=order.saved_id,
                lines=[(sku, quantity)],
                reason=EXCHANGE_RETURN_REASON,
            )
        return new_id, changes

    # ---- the parts -----------------------------------------------------------------------------

    def _shipped(self, order_id: int) -> Order:
        order = self._ctx.order(order_id)
        if order.status is not OrderStatus.SHIPPED:
            raise NotAllowed(
                Message(
                    "reships.not_shipped",
                    order=order.order_number,
                    status=Term("status", order.status.value),
                )
            )
        return order

    def _chosen(self, order: Order, lines: Sequence[tuple[str, int]] | None) -> dict[str, int]:
        """SKU → units to send again: every line of `order`, or `lines` checked against it."""
        shipped: dict[str, int] = {}
        for line in order.lines:
            shipped[line.sku] = shipped.get(line.sku, 0) + line.quantity
        if not lines:
            return shipped
        chosen: dict[str, int] = {}
        for sku, qty in lines:
            sku = sku.strip()
            if sku not in shipped:
                raise UserError(
                    Message(
                        "reships.sku_not_on_order",
                        sku=sku,
                        order=order.order_number,
                        skus=tuple(shipped),
                    )
                )
            if isinstance(qty, bool) or not isinstance(qty, int) or qty < 1:
                raise UserError(Message("reships.quantity_not_positive", sku=sku, given=qty))
            chosen[sku] = chosen.get(sku, 0) + qty
            if chosen[sku] > shipped[sku]:
                raise UserError(
                    Message(
                        "reships.more_than_shipped",
                        sku=sku,
                        asked=chosen[sku],
                        shipped=shipped[sku],
                        order=order.order_number,
                    )
                )
        return chosen

    def _number(self, original: Order) -> str:
        """`<original>-R<n>`: the next n that no order, product, badge or tracking number of
        the shop already is, so that it scans as this order alone."""
        start = len(self._repo.of_original(original.saved_id)) + 1
        for n in range(start, MOST_RESHIPS + 1):
            number = f"{original.order_number}-R{n}"
            if not self._repo.number_taken(number):
                return number
        raise NotAllowed(
            Message("reships.too_many", order=original.order_number, most=MOST_RESHIPS)
        )

    def _create(
        self,
        order: Order,
        reason: ReshipReason,
        sent: list[OrderLine],
        chosen: dict[str, int],
    ) -> tuple[int, Changes]:
        ctx = self._ctx
        link = self._repo.get(order.saved_id)
        original = ctx.order(link["original_id"]) if link else order
        number = self._number(original)
        now = ctx.clock.now()
        leads = ctx.setting("lead_days") or {}
        lead = leads.get(order.marketplace, ctx.setting("default_lead_days"))
        ship_by = self._calendar.ship_by_for(now, lead).isoformat()
        replacement = Order(
            marketplace=order.marketplace,
            order_number=number,
            ordered_at=now.isoformat(timespec="seconds"),
            ship_to=order.ship_to,
            lines=sent,
        )
        decided = (OrderStatus.NEW.value, ship_by, ship_by, "computed")
        [new_id] = ctx.orders.insert_many([replacement], [decided])
        self._repo.add(
            order_id=new_id,
            original_id=original.saved_id,
            sent_for=order.saved_id,
            reason=reason.value,
            at=ctx.now(),
            actor=ctx.actor,
        )
        units = [[line.sku, line.quantity] for line in sent]
        replaced = [[sku, qty] for sku, qty in chosen.items()]
        ctx.event("reship_created", new_id, reship_of=order.order_number,
                  original=original.order_number, reason=reason.value, lines=units,
                  replaces=replaced)  # fmt: skip
        ctx.event("reship_created", order.saved_id, reship=number, reason=reason.value,
                  lines=units, replaces=replaced)  # fmt: skip
        message = Message(
            "reships.created",
            order=number,
            original=order.order_number,
            reason=Term("reship_reason", reason.value),
            n=sum(line.quantity for line in sent),
        )
        return new_id, Changes.for_orders(new_id, order.saved_id, message=message, stock=True)


def replacement_note(link: dict | None) -> Message | None:
    """ "Replacement for 123 (lost)" for a reshipment's link (ReshipRepo.get); None for none."""
    if link is None:
        return None
    return Message(
        "reships.replacement_for",
        order=link["original_number"],
        reason=Term("reship_reason", link["reason"]),
    )


def _line_like(order: Order, sku: str, quantity: int) -> OrderLine:
    """A line of `sku` as the original wrote it (title, price), of `quantity` units."""
    like = next(line for line in order.lines if line.sku == sku)
    return OrderLine(
        sku,
        like.title,
        quantity,
        unit_price_minor=like.unit_price_minor,
        currency=like.currency,
        line_key=sku,
    )


__all__ = ["BENCH_REASONS", "ReshipReason", "ReshipService", "replacement_note", "reship_reason"]
