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

from fulfil_desk.core.bench.commands import STOCK
from fulfil_desk.core.bench.outcome import Outcome
from fulfil_desk.core.kernel.errors import NotAllowed, WrongScan
from fulfil_desk.core.stock.inventory import MAX_QUANTITY, QUANTITY

STOCK_PAGES = STOCK
GOODS_IN, COUNT = STOCK
_SIGNED = re.compile(r"^[-+]\d{1,7}$")
FINISH_SECONDS = 3


class StockBench:
    """The stock pages' part of the bench. Everything it must keep across a restart is in
    the database; what it holds itself only makes the next number mean something."""

    def __init__(self, desk):
        self.desk = desk
        self.shown_count: int | None = None  # the count the page shows, open or just closed
        self._last: tuple[int, str, int] | None = None  # count id, sku, counted before it
        self._finish_asked: tuple[int, datetime] | None = None  # the first Enter: count, when

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
                    f"{waiting['sku']} × {waiting['quantity']} is waiting: press Enter to "
                    "receive it, or scan CLEAR."
                )
            return Outcome("Goods in: scan a product, then how many (Enter alone: 1).")
        if (count_id := self.desk.counts.open_count()) is not None:
            self.shown_count = count_id
            bin_ = self.desk.counts.count_info(count_id)["bin_location"]
            return Outcome(f"Counting bin {bin_}: scan the next item, FINISH to finish.")
        return Outcome("Cycle count: scan a bin label (BLIND first for a blind count).")

    def leave(self, to: str | None = None) -> str:
        """Off the stock pages (or to the other one). A waiting line and an open count stay;
        the sentence says so when the page going to does not show them."""
        self.desk.stock.set_stock_page(None)
        self._last = None
        notes = []
        if to != GOODS_IN and (waiting := self.pending()):
            notes.append(
                f"{waiting['sku']} × {waiting['quantity']} is not received yet; "
                "it waits on the goods-in page."
            )
        if to != COUNT and (count_id := self.desk.counts.open_count()) is not None:
            bin_ = self.desk.counts.count_info(count_id)["bin_location"]
            notes.append(f"The count of bin {bin_} stays open: scan COUNT to go on.")
        return " ".join(notes)

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
                raise WrongScan("Nothing is waiting to be received.")
            self.desk.stock.set_goods_in(None)
            return Outcome(f"{waiting['sku']} × {waiting['quantity']} dropped: not received.")
        if upper in ("", "OK"):
            if waiting is None:
                raise WrongScan("Scan a product first, then how many (Enter alone receives 1).")
            changes = self.desk.stock.receive_pending()
            return Outcome(changes.message + " Scan the next product.", changes)
        if QUANTITY.match(code):
            return self._goods_in_quantity(waiting, int(code))
        if _SIGNED.match(code):
            raise WrongScan(
                f"{code} is not a quantity to receive: goods in takes 1 to {MAX_QUANTITY}. "
                "Stock that leaves is adjusted (damaged, correction), not received."
            )
        product = self.desk.products.find_product(code)
        if waiting is not None and waiting["sku"] == product.sku:
            more = waiting["quantity"] + 1
            if more > MAX_QUANTITY:
                raise WrongScan(
                    f"{product.sku}: more than {MAX_QUANTITY} in one line; Enter first."
                )
            self.desk.stock.set_goods_in(product.sku, more)
            return Outcome(f"{product.sku} × {more}: Enter receives them.")
        invite = f"{product.sku} ({product.name}) × 1: type how many, or Enter to receive 1."
        if waiting is None:
            self.desk.stock.set_goods_in(product.sku, 1)
            return Outcome(invite)
        changes = self.desk.stock.receive_pending(then=product.sku)
        return Outcome(f"{changes.message} {invite}", changes)

    def _goods_in_quantity(self, waiting: dict | None, quantity: int) -> Outcome:
        if waiting is None:
            raise WrongScan(
                f"{quantity}: scan the product first, then how many. Nothing was received."
            )
        sku = waiting["sku"]
        if not 1 <= quantity <= MAX_QUANTITY:
            raise WrongScan(
                f"{quantity} units of {sku} cannot be received: enter 1 to {MAX_QUANTITY}, "
                "or scan CLEAR to drop the line."
            )
        self.desk.stock.set_goods_in(sku, quantity)
        was = f" (was {waiting['quantity']})" if waiting["quantity"] != 1 else ""
        return Outcome(f"{sku} × {quantity}{was}: press Enter to receive.")

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
                raise WrongScan("No count is open to cancel.")
            changes = self.desk.counts.cancel_count(count_id)
            self._last = None
            return Outcome(changes.message, changes)
        if upper in ("", "OK", "FINISH"):
            if count_id is None:
                raise WrongScan("Scan a bin label to start counting it.")
            if upper != "FINISH" and not self._confirmed(count_id):
                return Outcome.next(self._finish_question(count_id))
            changes = self.desk.counts.finish_count(count_id)
            self._last = self._finish_asked = None
            return Outcome(changes.message + " Scan the next bin, or BACK.", changes)
        if QUANTITY.match(code):
            return self._count_quantity(count_id, int(code))
        if _SIGNED.match(code):
            raise WrongScan(f"{code}: a count is 0 or more; scan the item, then how many.")
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

    def _finish_question(self, count_id: int) -> str:
        found = self.desk.counts.count_differences(count_id)
        bin_ = self.desk.counts.count_info(count_id)["bin_location"]
        what = f"{len(found)} difference(s): {', '.join(found)}" if found else "no differences"
        return (
            f"Bin {bin_}: {what}. Press Enter again within {FINISH_SECONDS} s (or scan FINISH) "
            "to post it; scan more items to go on counting."
        )

    def _refuse_item_for_bin(self, code: str) -> None:
        try:
            product = self.desk.products.find_product(code)
        except WrongScan:
            return
        where = f"bin {product.bin_location}" if product.bin_location else "no bin"
        raise WrongScan(f"Scan a bin label first: {product.sku} is kept in {where}.")

    def _toggle_blind(self, count_id: int | None) -> Outcome:
        if count_id is None:
            self.desk.stock.set_next_count_blind(not self.blind)
            return Outcome(
                "Blind count: expected quantities stay hidden. Scan a bin label."
                if self.blind
                else "Not blind: expected quantities are shown. Scan a bin label."
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
                    f"Bin {bin_} is being counted: scan FINISH to finish it (or CANCEL) "
                    f"before counting {code}."
                ) from None
            raise
        before = self._counted(count_id, product.sku)
        changes = self.desk.counts.count_scan(count_id, product.sku, 1)
        self._last = (count_id, product.sku, before)
        return Outcome(
            f"{product.sku} ({product.name}): {before + 1} counted. "
            "Scan the next item, a number if this scan was more, FINISH to finish.",
            changes,
        )

    def _count_quantity(self, count_id: int | None, quantity: int) -> Outcome:
        if count_id is None or self._last is None or self._last[0] != count_id:
            raise WrongScan(f"{quantity}: scan an item first, then how many of it there are.")
        _, sku, before = self._last
        if quantity > MAX_QUANTITY:
            raise WrongScan(f"{quantity} is not possible: count 0 to {MAX_QUANTITY} per scan.")
        changes = self.desk.counts.count_set(count_id, sku, before + quantity)
        return Outcome(
            f"{sku}: this scan is {quantity}, {before + quantity} counted in all.", changes
        )

    def _counted(self, count_id: int, sku: str) -> int:
        lines = self.desk.counts.count_lines(count_id)
        return next((r["counted"] for r in lines if r["sku"] == sku), 0)

    def lines(self) -> list[dict]:
        """The lines of the count the page shows (expected hidden while blind and open)."""
        return self.desk.counts.count_lines(self.shown_count) if self.shown_count else []


__all__ = ["COUNT", "GOODS_IN", "STOCK_PAGES", "StockBench"]
