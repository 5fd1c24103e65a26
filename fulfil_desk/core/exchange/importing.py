"""Merging parsed order files into the shop: new orders in, changed ones updated, never twice.

What a file says beyond its lines (`OrderFacts`) is applied too:
- cancelled by the buyer in the file → a BUYER cancellation, unless already shipped;
- shipped / delivered dates → recorded; an open order the file says shipped is marked
  shipped (its stock leaves as at the bench), an unknown one is recorded as history;
- an order missing from a file that is the marketplace's complete list of open orders
  (Amazon Unshipped report, Coupang DeliveryList) is cancelled as a buyer cancellation
  only while nothing has been picked (new, on hold, verified), only when its order time lies
  inside the file's range and every refused row still named its order; reinstated if it
  turns up again in a later file.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from typing import TYPE_CHECKING

from fulfil_desk.core.exchange.formats.model import OrderFacts
from fulfil_desk.core.exchange.formats.values import aware_deadline
from fulfil_desk.core.exchange.import_report import (
    ImportPreview,
    ImportReport,
    address_text,
    bulk_work,
    day_of,
    line_signature,
    one_after_another,
    refuse_if_bad,
    status_of,
)
from fulfil_desk.core.kernel.context import DeskContext
from fulfil_desk.core.kernel.message_codec import note_text
from fulfil_desk.core.kernel.messages import Message
from fulfil_desk.core.kernel.orders import CancelReason, Order, OrderStatus
from fulfil_desk.core.stock.inventory import StockReason
from fulfil_desk.core.storage.aftersales.reships import ReshipRepo
from fulfil_desk.core.storage.customs_repo import CustomsRepo
from fulfil_desk.core.storage.exchange import ExchangeRepo
from fulfil_desk.core.storage.products import ProductRepo, StockRepo

if TYPE_CHECKING:
    from fulfil_desk.core.bench.flow import FlowService
    from fulfil_desk.core.calendar.holidays import ShippingCalendar
    from fulfil_desk.core.exchange.formats import ParseResult

S = OrderStatus
_LINES_EDITABLE = {S.NEW, S.ON_HOLD, S.VERIFIED}
_ADDRESS_WARN = {S.PICKING, S.PICKED, S.PACKING, S.PACKED, S.LABELLED}
_FROZEN = {S.SHIPPED, S.CANCELLED}
GONE = "gone_from_file"
FROM_MARKETPLACE = "marketplace"  # tracking_exports.format of shipments a file reported
_NO_FACTS = OrderFacts()  # read only
_BATCH = 2000  # new orders written at a time: the GUI's progress and Cancel come between


class Merger:
    """One file's orders into the shop, inside the caller's transaction.

    `ctx` is the Desk's context; `flow` gives the bench's own cancel use case. The incoming
    orders are only read: a preview and the import may merge the same parse.

    New orders wait in `_pending` and are written a batch at a time, each with its own
    `imported` event (`flush`); anything that reads or writes other rows flushes first.
    """

    def __init__(
        self, *, ctx: DeskContext, flow: FlowService, report: ImportReport, exchange: ExchangeRepo,
        calendar: ShippingCalendar, courier: str | None,
    ):  # fmt: skip
        self._ctx = ctx
        self._flow = flow
        self.report = report
        self.exchange = exchange
        self.orders = ctx.orders
        self._products = ProductRepo(ctx.db)
        self._stock = StockRepo(ctx.db)
        self._reships = ReshipRepo(ctx.db)
        self.calendar = calendar
        self.courier = courier  # the default courier: its no-pickup days move deadlines
        self.lead = ctx.setting("lead_days")
        self.default_lead = ctx.setting("default_lead_days")
        self.changed: set[int] = set()
        self.stock = False
        self.confirmed: list[int] = []  # shipments the marketplace already knows of
        self._new_keys: set[tuple[str, str]] = set()  # known not to be in the shop yet
        self._deadlines: dict[tuple[str, int], str] = {}  # (ordered_at, lead) → ship-by
        self._pending: list[Order] = []
        self._decided: list[tuple[str, str, str, str]] = []  # status, ship-by… per pending

    def _event(self, kind: str, order_id: int, **detail) -> None:
        self._ctx.event(kind, order_id, file=self.report.file, **detail)

    def expect(self, orders: list[Order]) -> None:
        """Which of the orders to merge are new, in one go: each needs no lookup then."""
        by_market: dict[str, set[str]] = {}
        for order in orders:
            by_market.setdefault(order.marketplace, set()).add(order.order_number)
        for market, numbers in by_market.items():
            known = self.orders.known_numbers(market, numbers)
            self._new_keys.update((market, number) for number in numbers - known)

    def merge(self, incoming: Order, facts: OrderFacts | None = None) -> None:
        facts = facts or _NO_FACTS
        if (ship_by := aware_deadline(incoming.ship_by, self._ctx.shop_tz)) != incoming.ship_by:
            incoming = replace(incoming, ship_by=ship_by)
        key = (incoming.marketplace, incoming.order_number)
        label = f"{incoming.marketplace} {incoming.order_number}"
        if key in self._new_keys:
            self._new_keys.discard(key)  # a second order of that number is looked up
            self._insert(incoming, facts, label)
            return
        self.flush()
        existing = self.orders.by_key(*key)
        if existing is None:
            self._insert(incoming, facts, label)
        else:
            self._update(incoming, existing, facts, label)

    def _computed_ship_by(self, order: Order) -> str:
        """From the lead time and the calendar; the same for every order of that minute."""
        key = (order.ordered_at, self.lead.get(order.marketplace, self.default_lead))
        found = self._deadlines.get(key)
        if found is None:
            at = datetime.fromisoformat(order.ordered_at)
            found = self.calendar.ship_by(at, key[1], courier=self.courier).isoformat()
            self._deadlines[key] = found
        return found

    def _insert(self, incoming: Order, facts: OrderFacts, label: str) -> None:
        computed = self._computed_ship_by(incoming)
        source = "computed" if incoming.ship_by is None else "marketplace"
        ship_by = incoming.ship_by or computed
        self.report.new.append(label)
        self.report.lines += len(incoming.lines)
        if facts.shipped_at is not None:  # history: shipped before it reached the shop
            self.flush()
            decided = (S.SHIPPED.value, ship_by, computed, source)
            [order_id] = self.orders.insert_many([incoming], [decided])
            self._event("imported", order_id, history=True)
            self._record_shipment(order_id, facts, label)
            self.report.details[label] = Message(
                "exchange.detail_shipped_before", day=day_of(facts.shipped_at)
            )
            self.changed.add(order_id)
            return
        lines, units = len(incoming.lines), incoming.units
        self.report.details[label] = Message(
            "exchange.detail_new", lines=lines, units=units, ship_by=datetime.fromisoformat(ship_by)
        )
        self._pending.append(incoming)
        self._decided.append((incoming.status.value, ship_by, computed, source))
        if len(self._pending) >= _BATCH:
            self.flush()

    def flush(self) -> None:
        """The waiting new orders into the shop, each with its `imported` event."""
        if not self._pending:
            return
        ids = self.orders.insert_many(self._pending, self._decided)
        self._ctx.events.append_many(
            at=self._ctx.now(), actor=self._ctx.actor, kind="imported", order_ids=ids,
            file=self.report.file, history=False,
        )  # fmt: skip
        self.changed.update(ids)
        self._pending, self._decided = [], []

    def _record_shipment(self, order_id: int, facts: OrderFacts, label: str) -> None:
        fields = {"shipped_at": facts.shipped_at, "delivered_at": facts.delivered_at}
        courier = self._ctx.couriers.find(facts.courier) if facts.courier else None
        if courier is not None and facts.tracking:
            check = self._ctx.couriers.check(courier.code, facts.tracking)
            owner = self.orders.tracking_owner(check.number) if check.valid else None
            if check.valid and owner in (None, order_id):
                fields.update(courier_code=courier.code, tracking_number=check.number)
            else:
                # an accepted number here is another order's
                why = Message("exchange.tracking_taken") if check.valid else check.refusal
                self.report.warnings.append(
                    Message(
                        "exchange.tracking_not_recorded",
                        order=label,
                        tracking=facts.tracking,
                        why=why,
                    )
                )
        self.orders.save_shipment(order_id, **fields)
        self.confirmed.append(order_id)

    def _update(self, incoming: Order, existing: Order, facts: OrderFacts, label: str) -> None:
        reinstated = existing.status is S.CANCELLED and self._reinstate(existing, label)
        if reinstated:
            existing = self._ctx.order(existing.saved_id)
        self._refresh_sources(incoming, existing)
        if incoming.pccc and incoming.pccc != existing.pccc:  # the newest file's, quietly
            CustomsRepo(self._ctx.db).set_pccc(existing.saved_id, incoming.pccc)
            existing.pccc = incoming.pccc
        changed: dict[str, Message] = {}  # what changed ("address", "ship-by", "items") → how
        updated = replace(existing)
        if incoming.ship_to != existing.ship_to:
            changed["address"] = Message(
                "exchange.changed_address",
                old=address_text(existing),
                new=address_text(incoming),
            )
            updated.ship_to = incoming.ship_to
        if incoming.ship_by is not None and incoming.ship_by != existing.ship_by:
            old = existing.ship_by
            changed["ship-by"] = Message(
                "exchange.changed_ship_by",
                old=Message("exchange.no_ship_by") if old is None else datetime.fromisoformat(old),
                new=datetime.fromisoformat(incoming.ship_by),
            )
            updated.ship_by, updated.ship_by_source = incoming.ship_by, "marketplace"
        lines_differ = line_signature(incoming) != line_signature(existing)
        history = self._history(existing, facts, label)
        if reinstated:
            history.insert(0, Message("exchange.back_in_queue"))
        if not changed and not lines_differ and not history:
            self.report.unchanged.append(label)
            return
        if existing.status in _FROZEN and (changed or lines_differ):
            self.report.warnings.append(
                Message("exchange.frozen_not_changed", order=label, status=status_of(existing))
            )
            changed, lines_differ = {}, False
        if lines_differ:
            if existing.status in _LINES_EDITABLE:
                changed["items"] = Message(
                    "exchange.changed_items", old=len(existing.lines), new=len(incoming.lines)
                )
                updated.lines = incoming.lines
            else:
                self.report.warnings.append(
                    Message("exchange.items_changed_after_picking", order=label)
                )
        if not changed and not history:
            return
        kinds = set(changed)
        if existing.status is S.VERIFIED and {"address", "items"} & kinds:
            updated.status = S.NEW  # verified against the old address or items: verify again
        if "address" in kinds and existing.status in _ADDRESS_WARN:
            self.report.warnings.append(
                Message("exchange.address_changed_reprint", order=label, status=status_of(existing))
            )
        if changed:
            self.orders.update(updated)
            if "items" in kinds:
                self.orders.replace_lines(updated)
                self.report.lines += len(updated.lines)
            self._event("updated_by_import", existing.saved_id, changed=sorted(kinds))
        self.report.updated.append(label)
        self.report.details[label] = one_after_another([*changed.values(), *history])
        self.changed.add(existing.saved_id)

    def _refresh_sources(self, incoming: Order, existing: Order) -> None:
        """The marketplace's own cells of each line: the newest download's, quietly."""
        fresh = {ln.line_key: ln.source for ln in incoming.lines if ln.source}
        for line in existing.lines:
            source = fresh.get(line.line_key)
            if source is not None and source != line.source and line.id is not None:
                self.orders.set_line_source(line.id, source)
                line.source = source

    def _history(self, existing: Order, facts: OrderFacts, label: str) -> list[Message]:
        """Ship and delivery dates from the file; an open order it says shipped is shipped."""
        done: list[Message] = []
        order_id = existing.saved_id
        shipment = self.orders.shipment(order_id) or {}
        if facts.shipped_at and existing.status not in _FROZEN:
            self._ship_elsewhere(existing, facts.shipped_at)
            self._record_shipment(order_id, facts, label)
            self.stock = True
            day = day_of(facts.shipped_at)
            done.append(Message("exchange.history_shipped", day=day))
            self.report.warnings.append(Message("exchange.shipped_elsewhere", order=label, day=day))
        elif facts.tracking and existing.status not in _FROZEN:
            self.report.warnings.append(
                Message(
                    "exchange.tracking_in_file",
                    tracking=facts.tracking,
                    order=label,
                    status=status_of(existing),
                )
            )
        elif existing.status is S.SHIPPED:
            if facts.delivered_at and shipment.get("delivered_at") != facts.delivered_at:
                self.orders.save_shipment(order_id, delivered_at=facts.delivered_at)
                self._event("delivered", order_id, at=facts.delivered_at)
                done.append(Message("exchange.history_delivered", day=day_of(facts.delivered_at)))
            ours = shipment.get("tracking_number")
            theirs = "".join(facts.tracking.split()).upper()
            if theirs and ours and theirs != ours and not self._reshipped_with(order_id, theirs):
                self.report.warnings.append(
                    Message("exchange.tracking_differs", order=label, ours=ours, theirs=theirs)
                )
        return done

    def _reshipped_with(self, order_id: int, tracking: str) -> bool:
        """`tracking` is a reshipment's of `order_id`, written on the original's rows."""
        owner = self.orders.tracking_owner(tracking)
        return (self._reships.get(owner) or {}).get("original_id") == order_id if owner else False

    def _ship_elsewhere(self, order: Order, shipped_at: str) -> None:
        """Shipped without the bench: the goods left, so the ledger says so as `ship` does."""
        known = self._products.many([ln.sku for ln in order.lines])
        order.status, order.pick_list_id = S.SHIPPED, None
        self.orders.update(order)
        for line in order.lines:
            if line.sku in known:
                self._stock.post(
                    sku=line.sku,
                    delta=-line.quantity,
                    reason=StockReason.SHIPPED.value,
                    order_id=order.id,
                    actor=self._ctx.actor,
                    at=self._ctx.now(),
                    note=note_text(Message("exchange.note_shipped_elsewhere")),
                )
        self._event("shipped_elsewhere", order.saved_id, shipped_at=shipped_at)

    def _reinstate(self, existing: Order, label: str) -> bool:
        """An order cancelled only because a file no longer listed it is back in one."""
        events = self._ctx.events.for_order(existing.saved_id)
        kinds = [(e["kind"], e["detail"].get("why")) for e in events]
        cancels = [k for k in kinds if k[0] in ("cancelled", "cancelled_by_import")]
        if not cancels or cancels[-1] != ("cancelled_by_import", GONE):
            return False
        existing.status = S.NEW
        existing.cancel_reason = existing.cancelled_by = existing.cancelled_at = None
        self.orders.update(existing)
        self._event("reinstated_by_import", existing.saved_id)
        self.report.warnings.append(Message("exchange.reinstated", order=label))
        return True

    def finish(self) -> None:
        """Shipments read from the file are confirmed already: no export should repeat them."""
        self.flush()
        if self.confirmed:
            self.exchange.record_export(
                format=FROM_MARKETPLACE, file=self.report.file, at=self._ctx.now(),
                actor=self._ctx.actor, order_ids=sorted(set(self.confirmed)),
            )  # fmt: skip

    def cancel_from_file(self, key: tuple[str, str]) -> None:
        self.flush()
        existing = self.orders.by_key(*key)
        label = f"{key[0]} {key[1]}"
        if existing is None or existing.status is S.CANCELLED:
            return
        if existing.status is S.SHIPPED:
            self.report.warnings.append(Message("exchange.cancelled_after_shipping", order=label))
            return
        detail = Message("exchange.detail_cancelled_by_buyer")
        self._cancel(existing, label, why="cancelled_in_file", detail=detail)

    def _cancel(self, order: Order, label: str, *, why: str, detail: Message) -> None:
        if order.status in _ADDRESS_WARN:
            self.report.warnings.append(
                Message("exchange.cancelled_while", order=label, status=status_of(order))
            )
        order_id = order.saved_id
        self._flow.cancel(order_id, CancelReason.BUYER_REQUESTED, note=detail)
        self._event("cancelled_by_import", order_id, why=why)
        self.report.cancelled.append(label)
        self.report.details[label] = detail
        self.changed.add(order_id)
        self.stock = True

    def cancel_missing(self, parsed: ParseResult) -> None:
        """The complete-list rule; see the module docstring."""
        self.flush()
        period = parsed.period()
        if not parsed.complete or parsed.marketplace is None or period is None:
            return
        if parsed.unknown_bad:
            self.report.warnings.append(Message("exchange.no_cancel_for_missing"))
            return
        present = {o.order_number for o in parsed.orders}
        present |= {number for (_m, number) in (*parsed.bad_keys, *parsed.facts)}
        early = [S.NEW.value, S.ON_HOLD.value, S.VERIFIED.value]
        later = [s.value for s in _ADDRESS_WARN]
        for order_id, number in self.exchange.open_in_period(parsed.marketplace, early, *period):
            if number not in present:
                order = self._ctx.order(order_id)
                detail = Message("exchange.detail_gone_from_file", file=parsed.file)
                self._cancel(order, f"{parsed.marketplace} {number}", why=GONE, detail=detail)
        for _order_id, number in self.exchange.open_in_period(parsed.marketplace, later, *period):
            if number not in present:
                self.report.warnings.append(
                    Message(
                        "exchange.missing_but_started",
                        order=f"{parsed.marketplace} {number}",
                        file=parsed.file,
                    )
                )


__all__ = ["ImportPreview", "ImportReport", "Merger", "bulk_work", "refuse_if_bad"]
