"""The stock ledger (`desk.stock`): goods in, adjustments, shippable quantities, and each
station's goods-in page. Every change is a ledger row; the cached on-hand moves in the same
transaction. Cycle counts are `desk.counts` (counts.py).
"""

from __future__ import annotations

import csv
import os
import secrets
from pathlib import Path

from fulfil_desk.core.exchange.cells import neutralise_cell
from fulfil_desk.core.kernel.changes import Changes
from fulfil_desk.core.kernel.context import DeskContext
from fulfil_desk.core.kernel.errors import UserError, WrongScan
from fulfil_desk.core.kernel.message_codec import note_text, note_value, stored_note
from fulfil_desk.core.kernel.messages import Message, Term
from fulfil_desk.core.stock.inventory import (
    MAX_QUANTITY,
    RESERVING_STATUSES,
    Product,
    StockReason,
    adjust_reason,
    as_given,
    check_adjustment,
    check_limits,
    check_quantity,
    signed,
)
from fulfil_desk.core.stock.products import ProductService
from fulfil_desk.core.storage.products import ProductRepo, StockRepo

EXPORT_COLUMNS = ("sku", "shippable", "on_hand", "reserved", "safety_stock")
STATION_KEY = "station.stock@{}"  # per station: its stock page, and an unreceived scan


def _reserving() -> list[str]:
    return [s.value for s in RESERVING_STATUSES]


class StockService:
    def __init__(self, *, ctx: DeskContext, products: ProductService):
        self._ctx = ctx
        self._products = products
        self._stock = StockRepo(ctx.db)
        self._products_repo = ProductRepo(ctx.db)

    # ---- levels ------------------------------------------------------------------------------

    def ledger_sum(self, sku: str) -> int:
        """The sum of every ledger row of `sku` (0: nothing was ever received)."""
        return self._stock.ledger_sum(sku)

    def reserved(self, sku: str, *, excluding: int | None = None) -> int:
        """Units of `sku` promised to verified, not yet shipped orders (but `excluding`)."""
        return self._stock.reserved([sku], _reserving(), excluding=excluding)[sku]

    def shippable(self, sku: str) -> int:
        """What a listing of `sku` may offer, from its stock level (the one rule, in SQL:
        `StockRepo.levels`)."""
        [level] = self.stock_levels(sku)
        return level["shippable"]

    def free_units(self, order_id: int, products: dict[str, Product]) -> dict[str, int]:
        """Per SKU, what could ship for this order: on hand less other orders and safety.

        Not `shippable`: the units this order reserves itself count as free (a verified
        order checked again is not short of the units it holds), and the figure is not
        floored at 0 (verify floors it where it says how many are free)."""
        taken = self._stock.reserved(list(products), _reserving(), excluding=order_id)
        return {sku: p.on_hand - taken[sku] - p.safety_stock for sku, p in products.items()}

    def stock_levels(
        self,
        sku: str | None = None,
        *,
        search: str = "",
        low_only: bool = False,
        limit: int = MAX_QUANTITY,
        offset: int = 0,
    ) -> list[dict]:
        """sku, name, bin_location, on_hand, reserved, safety_stock, reorder_point, shippable,
        low: every SKU (or one), in bin order, worked out in one query."""
        if sku is not None:
            self._products.product(sku)
        return self._stock.levels(
            _reserving(), sku=sku, search=search, low_only=low_only, limit=limit, offset=offset
        )

    def low_stock(self) -> list[dict]:
        """SKUs whose shippable quantity is at or below their reorder point."""
        return self.stock_levels(low_only=True)

    def stock_moves(self, limit: int = 50, reason: str | None = None) -> list[dict]:
        """The latest ledger rows, newest first (optionally of one reason); a row's `note` is
        what was typed, or a message the core stored (see `message_codec.stored_note`)."""
        rows = self._stock.recent(limit, reason)
        for row in rows:
            row["note"] = stored_note(row["note"])
        return rows

    # ---- moves -------------------------------------------------------------------------------

    def post(
        self,
        sku: str,
        delta: int,
        reason: StockReason,
        note: Message | str = "",
        *,
        order_id: int | None = None,
    ) -> None:
        """`note`: typed (kept as typed) or said by the core (kept as the message); `order_id`:
        the order the units moved with (a return's)."""
        self._stock.post(
            sku=sku,
            delta=delta,
            reason=reason.value,
            actor=self._ctx.actor,
            at=self._ctx.now(),
            order_id=order_id,
            note=note_text(note),
        )

    def receive_stock(self, sku: str, quantity: int, note: Message | str = "") -> Changes:
        self._products.product(sku)
        if (
            isinstance(quantity, bool)
            or not isinstance(quantity, int)
            or not (0 < quantity <= MAX_QUANTITY)
        ):
            raise UserError(
                Message("stock.cannot_receive", quantity=as_given(quantity), most=MAX_QUANTITY)
            )
        with self._ctx.transaction():
            self.post(sku, quantity, StockReason.RECEIVED, note)
            said = {"sku": sku, "quantity": quantity, "note": note_value(note)}
            self._ctx.event("stock_received", None, **said)
        on_hand = self._stock.on_hand(sku)
        return Changes(
            stock=True,
            message=Message("stock.received", quantity=quantity, sku=sku, on_hand=on_hand),
        )

    def count_stock(self, sku: str, counted: int, note: str = "") -> Changes:
        """The shelf holds `counted`: the difference from on hand is posted as a count row."""
        check_quantity(counted, Message("stock.count_of", sku=sku), allow_zero=True)
        with self._ctx.transaction():
            product = self._products.product(sku)
            delta = counted - product.on_hand
            if delta:
                self.post(sku, delta, StockReason.COUNT, note)
            self._ctx.event(
                "stock_counted", None, sku=sku, counted=counted, expected=product.on_hand,
                delta=delta, note=note,
            )  # fmt: skip
        if not delta:
            return Changes(
                stock=True, message=Message("stock.counted_as_expected", sku=sku, counted=counted)
            )
        return Changes(
            stock=True,
            message=Message(
                "stock.counted_off",
                sku=sku,
                counted=counted,
                expected=product.on_hand,
                delta=signed(delta),
            ),
        )

    def adjust_stock(self, sku: str, delta: int, reason: str, note: str = "") -> Changes:
        code = adjust_reason(reason, delta)
        with self._ctx.transaction():
            product = self._products.product(sku)
            check_adjustment(sku, product.on_hand, delta)
            self.post(sku, delta, code, note)
            self._ctx.event(
                "stock_adjusted", None, sku=sku, delta=delta, reason=code.value, note=note
            )
        return Changes(
            stock=True,
            message=Message(
                "stock.adjusted",
                sku=sku,
                delta=signed(delta),
                reason=Term("stock_reason", code.value),
                on_hand=product.on_hand + delta,
            ),
        )

    def set_stock_limits(
        self, sku: str, safety_stock: int | None = None, reorder_point: int | None = None
    ) -> Changes:
        """Safety stock (kept back from listings) and reorder point; None keeps the value."""
        with self._ctx.transaction():
            product = self._products.product(sku)
            safety = product.safety_stock if safety_stock is None else safety_stock
            reorder = product.reorder_point if reorder_point is None else reorder_point
            check_limits(sku, safety, reorder)
            self._products_repo.set_limits(sku, safety, reorder)
            self._ctx.event(
                "stock_limits_set", None, sku=sku, safety_stock=safety, reorder_point=reorder
            )
        return Changes(
            stock=True,
            message=Message("stock.limits_set", sku=sku, safety=safety, reorder=reorder),
        )

    # ---- shippable export --------------------------------------------------------------------

    def export_shippable(self, path: Path | str) -> Changes:
        """A CSV of every SKU's shippable quantity, for updating marketplace listings.

        Written to a temporary file beside `path` and renamed, so a failed write leaves
        no half-written file (and any older export in place).
        """
        path = Path(path)
        rows = sorted(self.stock_levels(), key=lambda r: r["sku"])
        temp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
        try:
            with self._ctx.transaction():
                with open(temp, "x", newline="", encoding="utf-8") as out:
                    writer = csv.writer(out)
                    writer.writerow(EXPORT_COLUMNS)
                    for row in rows:
                        writer.writerow([neutralise_cell(row[c]) for c in EXPORT_COLUMNS])
                self._ctx.event("shippable_exported", None, file=str(path), skus=len(rows))
                os.replace(temp, path)
        except OSError as exc:
            reason = exc.strerror or str(exc)  # the system's words
            raise UserError(Message("stock.cannot_write", path=str(path), reason=reason)) from exc
        finally:
            temp.unlink(missing_ok=True)
        return Changes(message=Message("stock.shippable_exported", n=len(rows), path=str(path)))

    # ---- goods in at the bench: the station's page and its unreceived scan --------------------

    def stock_station(self) -> dict:
        """The stock page this station is on, the goods-in line scanned but not yet
        received, and whether its next count is blind, so a restart comes back to all three:
        {"page", "pending": {sku, quantity}, "blind"}."""
        saved = self._ctx.settings.get(STATION_KEY.format(self._ctx.station)) or {}
        pending = saved.get("pending")
        if pending and self._products_repo.get(pending.get("sku", "")) is None:
            pending = None
        return {"page": saved.get("page"), "pending": pending, "blind": bool(saved.get("blind"))}

    def save_station(self, **values) -> None:
        """Written only when it changes (opening an order leaves the stock pages: mostly,
        it was on none)."""
        saved = self.stock_station()
        if {**saved, **values} != saved:
            self._ctx.settings.set(STATION_KEY.format(self._ctx.station), {**saved, **values})

    def set_stock_page(self, page: str | None) -> Changes:
        with self._ctx.transaction():
            self.save_station(page=page)
        return Changes()

    def set_next_count_blind(self, blind: bool) -> Changes:
        """BLIND before a bin is scanned: this station's next count hides expected figures."""
        with self._ctx.transaction():
            self.save_station(blind=bool(blind))
        return Changes()

    def set_goods_in(self, sku: str | None, quantity: int = 1) -> Changes:
        """The line waiting at goods in (None: nothing waits). Saved, never yet received."""
        pending = None
        if sku is not None:
            self._products.product(sku)
            check_quantity(quantity, Message("stock.goods_in_of", sku=sku))
            pending = {"sku": sku, "quantity": quantity}
        with self._ctx.transaction():
            self.save_station(pending=pending)
        return Changes()

    def receive_pending(self, *, note: str = "goods in", then: str | None = None) -> Changes:
        """Receives the waiting line and (with `then`, a SKU) leaves 1 of it waiting, in one
        transaction: a kill can neither lose the line nor receive it twice."""
        if then is not None:
            self._products.product(then)
        with self._ctx.transaction():
            pending = self.stock_station()["pending"]
            if pending is None:
                raise WrongScan(Message("stock.nothing_waiting_scan_first"))
            changes = self.receive_stock(pending["sku"], pending["quantity"], note)
            self.save_station(pending={"sku": then, "quantity": 1} if then else None)
        return changes
