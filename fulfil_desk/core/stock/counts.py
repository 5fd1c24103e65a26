"""Cycle counts (`desk.counts`): a bin counted by scanner, blind or not, its differences
posted as count rows of the stock ledger in one transaction."""

from __future__ import annotations

from fulfil_desk.core.kernel.changes import Changes
from fulfil_desk.core.kernel.context import DeskContext
from fulfil_desk.core.kernel.errors import NotAllowed, NotFound, WrongScan
from fulfil_desk.core.kernel.messages import Message
from fulfil_desk.core.stock.inventory import StockReason, check_quantity, signed
from fulfil_desk.core.stock.products import ProductService
from fulfil_desk.core.stock.service import StockService
from fulfil_desk.core.storage.products import CountRepo, ProductRepo, StockRepo


class CountService:
    def __init__(self, *, ctx: DeskContext, stock: StockService, products: ProductService):
        self._ctx = ctx
        self._stock = stock
        self._products = products
        self._counts = CountRepo(ctx.db)
        self._products_repo = ProductRepo(ctx.db)
        self._stock_repo = StockRepo(ctx.db)

    # ---- cycle counts ------------------------------------------------------------------------

    def count_bins(self) -> list[dict]:
        """Bins to count, least recently counted first: bin_location, skus, on_hand,
        last_counted."""
        return self._counts.bins()

    def open_count(self) -> int | None:
        return self._counts.open_id()

    def count_info(self, count_id: int) -> dict:
        """id, bin_location, blind, started_at, started_by, closed_at, cancelled."""
        found = self._counts.get(count_id)
        if found is None:
            raise NotFound(Message("stock.no_such_count", count=count_id))
        return found

    def _open(self, count_id: int) -> dict:
        info = self.count_info(count_id)
        if info["closed_at"] is not None:
            bin_ = info["bin_location"]
            raise NotAllowed(
                Message("stock.count_already_cancelled", bin=bin_)
                if info["cancelled"]
                else Message("stock.count_already_finished", bin=bin_)
            )
        return info

    def start_count(self, bin_location: str, blind: bool = False) -> tuple[int, Changes]:
        """Count one bin: every product kept there, as found on the shelf."""
        text = str(bin_location).strip()
        bin_ = self._products_repo.bin_of(text) if text else None
        if bin_ is None:
            shown = text if len(text) <= 40 else text[:40] + "…"
            raise NotFound(Message("stock.no_product_in_bin", bin=shown))
        with self._ctx.transaction():
            if (other := self._counts.open_id()) is not None:
                busy = self.count_info(other)["bin_location"]
                raise NotAllowed(Message("stock.bin_being_counted", bin=busy))
            count_id = self._counts.start(bin_, bool(blind), self._ctx.now(), self._ctx.actor)
            self._ctx.event("count_started", None, count=count_id, bin=bin_, blind=bool(blind))
        started = (
            Message("stock.blind_count_started", bin=bin_)
            if blind
            else Message("stock.count_started", bin=bin_)
        )
        return count_id, Changes(stock=True, message=started)

    def set_count_blind(self, count_id: int, blind: bool) -> Changes:
        with self._ctx.transaction():
            info = self._open(count_id)
            if self._counts.line_count(count_id):
                raise NotAllowed(Message("stock.blind_only_before_first"))
            self._counts.set_blind(count_id, bool(blind))
            self._ctx.event("count_blind_set", None, count=count_id, blind=bool(blind))
        bin_ = info["bin_location"]
        return Changes(
            stock=True,
            message=Message("stock.count_now_blind", bin=bin_)
            if blind
            else Message("stock.count_now_not_blind", bin=bin_),
        )

    def _count_sku(self, info: dict, code: str) -> str:
        sku = self._products.sku_of_scan(code)
        home = self._products.product(sku).bin_location
        if home != info["bin_location"] and not self._counts.counted(info["id"], sku):
            here = info["bin_location"]
            raise WrongScan(
                Message("stock.item_of_other_bin", sku=sku, home=home, bin=here)
                if home
                else Message("stock.item_of_no_bin", sku=sku, bin=here)
            )
        return sku

    def count_scan(self, count_id: int, code: str, quantity: int = 1) -> Changes:
        """`quantity` more units of the scanned product found in the bin being counted."""
        with self._ctx.transaction():
            info = self._open(count_id)
            sku = self._count_sku(info, code)
            check_quantity(quantity, Message("stock.count_of", sku=sku))
            return self._set_counted(info, sku, self._counts.counted(count_id, sku) + quantity)

    def count_set(self, count_id: int, code: str, counted: int) -> Changes:
        """Puts right what was counted of one product in this count (0 to 100000)."""
        with self._ctx.transaction():
            info = self._open(count_id)
            sku = self._count_sku(info, code)
            return self._set_counted(info, sku, counted)

    def _set_counted(self, info: dict, sku: str, counted: int) -> Changes:
        check_quantity(counted, Message("stock.count_of", sku=sku), allow_zero=True)
        with self._ctx.transaction():
            self._counts.set_counted(info["id"], sku, counted)
            self._ctx.event("count_scanned", None, count=info["id"], sku=sku, counted=counted)
        return Changes(
            stock=True,
            message=Message(
                "stock.counted_in_bin", sku=sku, counted=counted, bin=info["bin_location"]
            ),
        )

    def count_lines(self, count_id: int) -> list[dict]:
        """sku, name, counted, expected, difference. While a blind count is open, expected
        and difference are None and only the scanned products are listed."""
        info = self.count_info(count_id)
        is_open = info["closed_at"] is None
        rows = self._counts.lines(
            count_id, info["bin_location"], whole_bin=is_open and not info["blind"]
        )
        for row in rows:
            if is_open:
                row["expected"] = None if info["blind"] else row["on_hand"]
            row.pop("on_hand")
            row["scanned"] = bool(row["scanned"])
            expected = row["expected"]
            row["difference"] = None if expected is None else row["counted"] - expected
        return rows

    def _count_deltas(self, count_id: int, bin_: str) -> list[tuple[str, int, int]]:
        """(sku, on hand, counted) for every SKU kept in the bin or scanned in this count."""
        skus = sorted(
            set(self._products_repo.in_bin(bin_))
            | {r["sku"] for r in self._counts.lines(count_id, bin_, whole_bin=False)}
        )
        return [(s, self._stock_repo.on_hand(s), self._counts.counted(count_id, s)) for s in skus]

    def count_differences(self, count_id: int) -> list[Message]:
        """What finishing the open count would post, as `SKU 38 → 36 (−2)`; nothing changes."""
        info = self._open(count_id)
        return [
            Message(
                "stock.count_difference",
                sku=sku,
                on_hand=on_hand,
                counted=counted,
                delta=signed(counted - on_hand),
            )
            for sku, on_hand, counted in self._count_deltas(count_id, info["bin_location"])
            if counted != on_hand
        ]

    def finish_count(self, count_id: int, note: str = "") -> Changes:
        """Posts one count row per SKU whose count differs from on hand. Every SKU kept in
        the bin is counted: one not scanned was not found, so 0."""
        found: list[str] = []  # as the event records them: `SKU -2`
        posted: list[Message] = []
        with self._ctx.transaction():
            info = self._open(count_id)
            bin_ = info["bin_location"]
            text = f"count {count_id} of bin {bin_}" + (f": {note}" if note else "")
            for sku, on_hand, counted in self._count_deltas(count_id, bin_):
                delta = counted - on_hand
                self._counts.set_expected(count_id, sku, on_hand)
                if delta:
                    self._stock.post(sku, delta, StockReason.COUNT, text)
                    found.append(f"{sku} {signed(delta)}")
                    posted.append(Message("stock.sku_delta", sku=sku, delta=signed(delta)))
            self._counts.close(count_id, self._ctx.now())
            self._ctx.event(
                "count_finished", None, count=count_id, bin=bin_, differences=found, note=note
            )
        if not found:
            return Changes(stock=True, message=Message("stock.bin_counted_same", bin=bin_))
        return Changes(
            stock=True,
            message=Message(
                "stock.bin_counted_off", bin=bin_, n=len(found), differences=tuple(posted)
            ),
        )

    def cancel_count(self, count_id: int) -> Changes:
        """Stops a count without changing stock; its scans stay on record."""
        with self._ctx.transaction():
            info = self._open(count_id)
            self._counts.close(count_id, self._ctx.now(), cancelled=True)
            self._ctx.event("count_cancelled", None, count=count_id, bin=info["bin_location"])
        return Changes(
            stock=True, message=Message("stock.count_cancelled", bin=info["bin_location"])
        )
