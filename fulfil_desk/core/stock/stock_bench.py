"""Goods in and cycle counts by scanner alone: what one scan means on the two stock pages.

Goods in: scan a product; it waits (saved, not yet received) with quantity 1. Scanning it
again adds one; a number (1 to 6 digits, typed or scanned from the quantity sheet) sets how
many. Enter receives the waiting line; scanning another product receives it too and leaves
the new one waiting. CLEAR drops the waiting line. A number with nothing waiting is refused,
so a quantity can never land on the wrong product.

Cycle count: scan a bin label, then every item in it; a number right after an item says
how many that scan was (0: it was a slip). FINISH posts the differences; so does Enter
pressed twice within 3 s, the first showing them. CANCEL drops the count. BLIND, before
the first item, hides the expected quantities.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from fulfil_desk.core.bench.commands import STOCK
from fulfil_desk.core.bench.outcome import Outcome
from fulfil_desk.core.kernel.changes import Changes
from fulfil_desk.core.kernel.errors import NotAllowed, WrongScan
from fulfil_desk.core.kernel.messages import Message
from fulfil_desk.core.stock.inventory import MAX_QUANTITY, QUANTITY

if TYPE_CHECKING:
    from fulfil_desk.core.desk import Desk

STOCK_PAGES = STOCK
GOODS_IN, COUNT = STOCK
_SIGNED = re.compile(r"^[-+]\d{1,7}$")
FINISH_SECONDS = 3


class StockBench:
    """The stock pages' part of the bench. Everything it must keep across a restart is in
    the database; what it holds itself only makes the next number mean something."""

    def __init__(self, *, desk: Desk):
        self.desk = desk
        self.shown_count: int | None = None  # the count the page shows, open or just closed
        self._last: tuple[int, str, int] | None = None  # count id, sku, counted before it
        self._finish_asked: tuple[int, datetime] | None = None  # the first Enter: count, when

    def remembered(self) -> tuple:
        """What it holds itself, to be put back when a scan is run again (`recall`)."""
        return (self.shown_count, self._last, self._finish_asked)

    def recall(self, remembered: tuple) -> None:
        self.shown_count, self._last, self._finish_asked = remembered

    @property
    def blind(self) -> bool:
        """For the next count, chosen before its bin is scanned (saved per station)."""
        return self.desk.stock.stock_station()["blind"]

    # ---- navigation ----------------------------------------------------------------------------

    def resume(self) -> str | None:
        """The stock page this station was on when it stopped."""
        page = self.desk.stock.stock_station()["page"]
        return page if page in STOCK_PAGES else None

    def enter(self, page: str) -> Outcome:
        self.desk.stock.set_stock_page(page)
        if page == GOODS_IN:
            if waiting := self.pending():
                return Outcome(
                    Message(
                        "stock.goods_in_waiting", sku=waiting["sku"], quantity=waiting["quantity"]
                    )
                )
            return Outcome(Message("stock.goods_in_page"))
        if (count_id := self.desk.counts.open_count()) is not None:
            self.shown_count = count_id
            bin_ = self.desk.counts.count_info(count_id)["bin_location"]
            return Outcome(Message("stock.counting_bin", bin=bin_))
        return Outcome(Message("stock.count_page"))

    def leave(self, to: str | None = None) -> Message | None:
        """Off the stock pages (or to the other one). A waiting line and an open count stay;
        the message says so when the page going to does not show them (None: nothing
        stays)."""
        self.desk.stock.set_stock_page(None)
        self._last = None
        waits = counts = None
        if to != GOODS_IN and (waiting := self.pending()):
            waits = Message(
                "stock.goods_in_left_waiting", sku=waiting["sku"], quantity=waiting["quantity"]
            )
        if to != COUNT and (count_id := self.desk.counts.open_count()) is not None:
            bin_ = self.desk.counts.count_info(count_id)["bin_location"]
            counts = Message("stock.count_left_open", bin=bin_)
        if waits is not None and counts is not None:
            return Message("two_sentences", first=waits, then=counts)
        return waits or counts

    def expects_quantity(self) -> bool:
        """Counting, an item was just scanned: a number next says how many that scan was."""
        return self._last is not None and self._last[0] == self.desk.counts.open_count()

    def pending(self) -> dict | None:
        return self.desk.stock.stock_station()["pending"]

    def view(self) -> tuple:
        """What the stock pages show beyond stock itself, so the UI sees when it moved."""
        return (repr(self.pending()), self.blind, self.shown_count, self._last)

    # ---- goods in ------------------------------------------------------------------------------

    def goods_in(self, code: str) -> Outcome:
        upper = code.upper()
        waiting = self.pending()
        if upper == "CLEAR":
            if waiting is None:
                raise WrongScan(Message("stock.nothing_waiting"))
            self.desk.stock.set_goods_in(None)
            return Outcome(
                Message("stock.goods_in_dropped", sku=waiting["sku"], quantity=waiting["quantity"])
            )
        if upper in ("", "OK"):
            if waiting is None:
                raise WrongScan(Message("stock.scan_product_first"))
            changes = self.desk.stock.receive_pending()
            return Outcome(Message("stock.received_scan_next", received=_said(changes)), changes)
        if QUANTITY.match(code):
            return self._goods_in_quantity(waiting, int(code))
        if _SIGNED.match(code):
            raise WrongScan(Message("stock.goods_in_not_signed", code=code, most=MAX_QUANTITY))
        product = self.desk.products.find_product(code)
        if waiting is not None and waiting["sku"] == product.sku:
            more = waiting["quantity"] + 1
            if more > MAX_QUANTITY:
                raise WrongScan(
                    Message("stock.goods_in_line_full", sku=product.sku, most=MAX_QUANTITY)
                )
            self.desk.stock.set_goods_in(product.sku, more)
            return Outcome(Message("stock.goods_in_more", sku=product.sku, quantity=more))
        invite = Message("stock.goods_in_scanned", sku=product.sku, name=product.name)
        if waiting is None:
            self.desk.stock.set_goods_in(product.sku, 1)
            return Outcome(invite)
        changes = self.desk.stock.receive_pending(then=product.sku)
        return Outcome(Message("two_sentences", first=_said(changes), then=invite), changes)

    def _goods_in_quantity(self, waiting: dict | None, quantity: int) -> Outcome:
        if waiting is None:
            raise WrongScan(Message("stock.quantity_before_product", quantity=quantity))
        sku = waiting["sku"]
        if not 1 <= quantity <= MAX_QUANTITY:
            raise WrongScan(
                Message(
                    "stock.goods_in_out_of_range", quantity=quantity, sku=sku, most=MAX_QUANTITY
                )
            )
        self.desk.stock.set_goods_in(sku, quantity)
        if waiting["quantity"] != 1:
            return Outcome(
                Message(
                    "stock.goods_in_set_was", sku=sku, quantity=quantity, was=waiting["quantity"]
                )
            )
        return Outcome(Message("stock.goods_in_set", sku=sku, quantity=quantity))

    # ---- cycle count ---------------------------------------------------------------------------

    def count(self, code: str) -> Outcome:
        upper = code.upper()
        count_id = self.desk.counts.open_count()
        if upper not in ("", "OK"):
            self._finish_asked = None  # Enter twice means twice in a row
        if upper == "BLIND":
            return self._toggle_blind(count_id)
        if upper == "CANCEL":
            if count_id is None:
                raise WrongScan(Message("stock.no_count_to_cancel"))
            changes = self.desk.counts.cancel_count(count_id)
            self._last = None
            return Outcome(changes.message, changes)
        if upper in ("", "OK", "FINISH"):
            if count_id is None:
                raise WrongScan(Message("stock.scan_bin_to_count"))
            if upper != "FINISH" and not self._confirmed(count_id):
                return Outcome.next(self._finish_question(count_id))
            changes = self.desk.counts.finish_count(count_id)
            self._last = self._finish_asked = None
            return Outcome(Message("stock.counted_scan_next", counted=_said(changes)), changes)
        if QUANTITY.match(code):
            return self._count_quantity(count_id, int(code))
        if _SIGNED.match(code):
            raise WrongScan(Message("stock.count_not_signed", code=code))
        if count_id is None:
            self._refuse_item_for_bin(code)
            count_id, changes = self.desk.counts.start_count(code, self.blind)
            self.shown_count, self._last = count_id, None
            return Outcome(changes.message, changes)
        return self._count_item(count_id, code)

    def _confirmed(self, count_id: int) -> bool:
        """Enter finishes a count only when it is the second within FINISH_SECONDS (the first
        shows what would be posted): a stray Enter never posts a count."""
        now, asked = self.desk.clock.now(), self._finish_asked
        self._finish_asked = (count_id, now)
        return (
            asked is not None
            and asked[0] == count_id
            and now - asked[1] <= timedelta(seconds=FINISH_SECONDS)
        )

    def _finish_question(self, count_id: int) -> Message:
        found = self.desk.counts.count_differences(count_id)
        bin_ = self.desk.counts.count_info(count_id)["bin_location"]
        within = timedelta(seconds=FINISH_SECONDS)
        if not found:
            return Message("stock.finish_same", bin=bin_, within=within)
        return Message(
            "stock.finish_off", bin=bin_, n=len(found), differences=tuple(found), within=within
        )

    def _refuse_item_for_bin(self, code: str) -> None:
        try:
            product = self.desk.products.find_product(code)
        except WrongScan:
            return
        raise WrongScan(
            Message("stock.scan_bin_first", sku=product.sku, bin=product.bin_location)
            if product.bin_location
            else Message("stock.scan_bin_first_no_bin", sku=product.sku)
        )

    def _toggle_blind(self, count_id: int | None) -> Outcome:
        if count_id is None:
            self.desk.stock.set_next_count_blind(not self.blind)
            return Outcome(
                Message("stock.next_count_blind")
                if self.blind
                else Message("stock.next_count_not_blind")
            )
        blind = not self.desk.counts.count_info(count_id)["blind"]
        changes = self.desk.counts.set_count_blind(count_id, blind)
        self.desk.stock.set_next_count_blind(blind)
        return Outcome(changes.message, changes)

    def _count_item(self, count_id: int, code: str) -> Outcome:
        try:
            product = self.desk.products.find_product(code)
        except WrongScan:
            bins = {b["bin_location"].upper() for b in self.desk.counts.count_bins()}
            if code.upper() in bins:
                bin_ = self.desk.counts.count_info(count_id)["bin_location"]
                raise NotAllowed(
                    Message("stock.finish_before_next_bin", bin=bin_, code=code)
                ) from None
            raise
        before = self._counted(count_id, product.sku)
        changes = self.desk.counts.count_scan(count_id, product.sku, 1)
        self._last = (count_id, product.sku, before)
        return Outcome(
            Message("stock.item_counted", sku=product.sku, name=product.name, counted=before + 1),
            changes,
        )

    def _count_quantity(self, count_id: int | None, quantity: int) -> Outcome:
        if count_id is None or self._last is None or self._last[0] != count_id:
            raise WrongScan(Message("stock.quantity_before_item", quantity=quantity))
        _, sku, before = self._last
        if quantity > MAX_QUANTITY:
            raise WrongScan(Message("stock.count_too_many", quantity=quantity, most=MAX_QUANTITY))
        changes = self.desk.counts.count_set(count_id, sku, before + quantity)
        return Outcome(
            Message("stock.count_scan_is", sku=sku, quantity=quantity, counted=before + quantity),
            changes,
        )

    def _counted(self, count_id: int, sku: str) -> int:
        lines = self.desk.counts.count_lines(count_id)
        return next((r["counted"] for r in lines if r["sku"] == sku), 0)

    def lines(self) -> list[dict]:
        """The lines of the count the page shows (expected hidden while blind and open)."""
        return self.desk.counts.count_lines(self.shown_count) if self.shown_count else []


def _said(changes: Changes) -> Message:
    """What a stock use case said, to be said again inside a longer message."""
    if not isinstance(changes.message, Message):
        raise TypeError(f"a stock change without a message: {changes!r}")
    return changes.message


__all__ = ["COUNT", "GOODS_IN", "STOCK_PAGES", "StockBench"]
