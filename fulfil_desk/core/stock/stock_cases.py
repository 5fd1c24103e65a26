"""The stock use cases of the Desk: goods in, counts, adjustments, shippable quantities.

A mixin only so that desk.py stays readable; `Desk` is still the one façade. Every change
is a ledger row; the cached on-hand moves in the same transaction.
"""

from __future__ import annotations

import csv
import os
import secrets
from pathlib import Path

from fulfil_desk.core.exchange.formats.cells import neutralise_cell
from fulfil_desk.core.kernel.changes import Changes
from fulfil_desk.core.kernel.errors import NotAllowed, NotFound, UserError, WrongScan
from fulfil_desk.core.stock.inventory import (
    MAX_QUANTITY,
    RESERVING_STATUSES,
    Product,
    StockReason,
    adjust_reason,
    check_adjustment,
    check_limits,
    check_quantity,
    shippable,
)

EXPORT_COLUMNS = ("sku", "shippable", "on_hand", "reserved", "safety_stock")
STATION_KEY = "station.stock@{}"  # per station: its stock page, and an unreceived scan


def _reserving() -> list[str]:
    return [s.value for s in RESERVING_STATUSES]


class StockUseCases:
    # ---- levels ------------------------------------------------------------------------------

    def reserved(self, sku: str, *, excluding: int | None = None) -> int:
        """Units of `sku` promised to verified, not yet shipped orders (but `excluding`)."""
        return self._stock.reserved([sku], _reserving(), excluding=excluding)[sku]

    def shippable(self, sku: str) -> int:
        product = self.product(sku)
        return shippable(product.on_hand, self.reserved(sku), product.safety_stock)

    def _free_units(self, order_id: int, products: dict[str, Product]) -> dict[str, int]:
        """Per SKU, what could ship for this order: on hand less other orders and safety."""
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
            self.product(sku)
        return self._stock.levels(
            _reserving(), sku=sku, search=search, low_only=low_only, limit=limit, offset=offset
        )

    def low_stock(self) -> list[dict]:
        """SKUs whose shippable quantity is at or below their reorder point."""
        return self.stock_levels(low_only=True)

    def stock_moves(self, limit: int = 50, reason: str | None = None) -> list[dict]:
        """The latest ledger rows, newest first (optionally of one reason)."""
        return self._stock.recent(limit, reason)

    # ---- moves -------------------------------------------------------------------------------

    def _post(self, sku: str, delta: int, reason: StockReason, note: str = "") -> None:
        self._stock.post(
            sku=sku, delta=delta, reason=reason.value, actor=self.actor, at=self._now(), note=note
        )

    def receive_stock(self, sku: str, quantity: int, note: str = "") -> Changes:
        self.product(sku)
        if (
            isinstance(quantity, bool)
            or not isinstance(quantity, int)
            or not (0 < quantity <= MAX_QUANTITY)
        ):
            raise UserError(
                f"Cannot receive {quantity} units: enter a quantity from 1 to {MAX_QUANTITY}."
            )
        with self._transaction():
            self._post(sku, quantity, StockReason.RECEIVED, note)
            self._event("stock_received", None, sku=sku, quantity=quantity, note=note)
        on_hand = self._stock.on_hand(sku)
        return Changes(stock=True, message=f"Received {quantity} × {sku}; {on_hand} on hand.")

    def count_stock(self, sku: str, counted: int, note: str = "") -> Changes:
        """The shelf holds `counted`: the difference from on hand is posted as a count row."""
        check_quantity(counted, f"Count of {sku}", allow_zero=True)
        with self._transaction():
            product = self.product(sku)
            delta = counted - product.on_hand
            if delta:
                self._post(sku, delta, StockReason.COUNT, note)
            self._event(
                "stock_counted", None, sku=sku, counted=counted, expected=product.on_hand,
                delta=delta, note=note,
            )  # fmt: skip
        if not delta:
            return Changes(stock=True, message=f"{sku}: {counted} counted, as expected.")
        return Changes(
            stock=True,
            message=f"{sku}: {counted} counted, {product.on_hand} expected ({delta:+d}).",
        )

    def adjust_stock(self, sku: str, delta: int, reason: str, note: str = "") -> Changes:
        code = adjust_reason(reason, delta)
        with self._transaction():
            product = self.product(sku)
            check_adjustment(sku, product.on_hand, delta)
            self._post(sku, delta, code, note)
            self._event("stock_adjusted", None, sku=sku, delta=delta, reason=code.value, note=note)
        return Changes(
            stock=True,
            message=f"{sku}: {delta:+d} ({code.value}); {product.on_hand + delta} on hand.",
        )

    def set_stock_limits(
        self, sku: str, safety_stock: int | None = None, reorder_point: int | None = None
    ) -> Changes:
        """Safety stock (kept back from listings) and reorder point; None keeps the value."""
        with self._transaction():
            product = self.product(sku)
            safety = product.safety_stock if safety_stock is None else safety_stock
            reorder = product.reorder_point if reorder_point is None else reorder_point
            check_limits(sku, safety, reorder)
            self._products.set_limits(sku, safety, reorder)
            self._event(
                "stock_limits_set", None, sku=sku, safety_stock=safety, reorder_point=reorder
            )
        return Changes(
            stock=True,
            message=f"{sku}: safety stock {safety}, reorder point {reorder}.",
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
            with self._transaction():
                with open(temp, "x", newline="", encoding="utf-8") as out:
                    writer = csv.writer(out)
                    writer.writerow(EXPORT_COLUMNS)
                    for row in rows:
                        writer.writerow([neutralise_cell(row[c]) for c in EXPORT_COLUMNS])
                self._event("shippable_exported", None, file=str(path), skus=len(rows))
                os.replace(temp, path)
        except OSError as exc:
            raise UserError(f"Cannot write {path}: {exc.strerror or exc}.") from exc
        finally:
            temp.unlink(missing_ok=True)
        return Changes(message=f"Shippable quantities of {len(rows)} SKUs written to {path}.")

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
            raise NotFound(f"There is no stock count {count_id}.")
        return found

    def _open(self, count_id: int) -> dict:
        info = self.count_info(count_id)
        if info["closed_at"] is not None:
            how = "cancelled" if info["cancelled"] else "finished"
            raise NotAllowed(f"The count of bin {info['bin_location']} is already {how}.")
        return info

    def start_count(self, bin_location: str, blind: bool = False) -> tuple[int, Changes]:
        """Count one bin: every product kept there, as found on the shelf."""
        text = str(bin_location).strip()
        bin_ = self._products.bin_of(text) if text else None
        if bin_ is None:
            shown = text if len(text) <= 40 else text[:40] + "…"
            raise NotFound(f"No product is kept in bin {shown!r}; scan a bin label.")
        with self._transaction():
            if (other := self._counts.open_id()) is not None:
                busy = self.count_info(other)["bin_location"]
                raise NotAllowed(f"Bin {busy} is being counted: finish or cancel that count first.")
            count_id = self._counts.start(bin_, bool(blind), self._now(), self.actor)
            self._event("count_started", None, count=count_id, bin=bin_, blind=bool(blind))
        kind = "Blind count" if blind else "Count"
        return count_id, Changes(
            stock=True, message=f"{kind} of bin {bin_} started: scan what is in it."
        )

    def set_count_blind(self, count_id: int, blind: bool) -> Changes:
        with self._transaction():
            info = self._open(count_id)
            if self._counts.line_count(count_id):
                raise NotAllowed("Blind can only be switched before the first item is counted.")
            self._counts.set_blind(count_id, bool(blind))
            self._event("count_blind_set", None, count=count_id, blind=bool(blind))
        state = "blind (expected quantities hidden)" if blind else "not blind"
        return Changes(stock=True, message=f"The count of bin {info['bin_location']} is {state}.")

    def _count_sku(self, info: dict, code: str) -> str:
        sku = self._sku_of_scan(code)
        home = self.product(sku).bin_location
        if home != info["bin_location"] and not self._counts.counted(info["id"], sku):
            where = f"bin {home}" if home else "no bin"
            raise WrongScan(
                f"{sku} belongs in {where}, not {info['bin_location']}: take it there "
                "and count it with that bin."
            )
        return sku

    def count_scan(self, count_id: int, code: str, quantity: int = 1) -> Changes:
        """`quantity` more units of the scanned product found in the bin being counted."""
        with self._transaction():
            info = self._open(count_id)
            sku = self._count_sku(info, code)
            check_quantity(quantity, f"Count of {sku}")
            return self._set_counted(info, sku, self._counts.counted(count_id, sku) + quantity)

    def count_set(self, count_id: int, code: str, counted: int) -> Changes:
        """Puts right what was counted of one product in this count (0 to 100000)."""
        with self._transaction():
            info = self._open(count_id)
            sku = self._count_sku(info, code)
            return self._set_counted(info, sku, counted)

    def _set_counted(self, info: dict, sku: str, counted: int) -> Changes:
        check_quantity(counted, f"Count of {sku}", allow_zero=True)
        with self._transaction():
            self._counts.set_counted(info["id"], sku, counted)
            self._event("count_scanned", None, count=info["id"], sku=sku, counted=counted)
        return Changes(stock=True, message=f"{sku}: {counted} counted in {info['bin_location']}.")

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
            set(self._products.in_bin(bin_))
            | {r["sku"] for r in self._counts.lines(count_id, bin_, whole_bin=False)}
        )
        return [(s, self._stock.on_hand(s), self._counts.counted(count_id, s)) for s in skus]

    def count_differences(self, count_id: int) -> list[str]:
        """What finishing the open count would post, as `SKU 38 → 36 (−2)`; nothing changes."""
        info = self._open(count_id)
        return [
            f"{sku} {on_hand} → {counted} ({counted - on_hand:+d})"
            for sku, on_hand, counted in self._count_deltas(count_id, info["bin_location"])
            if counted != on_hand
        ]

    def finish_count(self, count_id: int, note: str = "") -> Changes:
        """Posts one count row per SKU whose count differs from on hand. Every SKU kept in
        the bin is counted: one not scanned was not found, so 0."""
        found = []
        with self._transaction():
            info = self._open(count_id)
            bin_ = info["bin_location"]
            text = f"count {count_id} of bin {bin_}" + (f": {note}" if note else "")
            for sku, on_hand, counted in self._count_deltas(count_id, bin_):
                delta = counted - on_hand
                self._counts.set_expected(count_id, sku, on_hand)
                if delta:
                    self._post(sku, delta, StockReason.COUNT, text)
                    found.append(f"{sku} {delta:+d}")
            self._counts.close(count_id, self._now())
            self._event(
                "count_finished", None, count=count_id, bin=bin_, differences=found, note=note
            )
        if not found:
            return Changes(stock=True, message=f"Bin {bin_} counted: no differences.")
        return Changes(
            stock=True,
            message=f"Bin {bin_} counted: {len(found)} difference(s) posted: {', '.join(found)}.",
        )

    def cancel_count(self, count_id: int) -> Changes:
        """Stops a count without changing stock; its scans stay on record."""
        with self._transaction():
            info = self._open(count_id)
            self._counts.close(count_id, self._now(), cancelled=True)
            self._event("count_cancelled", None, count=count_id, bin=info["bin_location"])
        return Changes(
            stock=True, message=f"Count of bin {info['bin_location']} cancelled; stock unchanged."
        )

    # ---- goods in at the bench: the station's page and its unreceived scan --------------------

    def find_product(self, code: str) -> Product:
        """The product a scanned barcode (or typed SKU) names, else WrongScan."""
        return self.product(self._sku_of_scan(code))

    def stock_station(self) -> dict:
        """The stock page this station is on, the goods-in line scanned but not yet
        received, and whether its next count is blind, so a restart comes back to all three:
        {"page", "pending": {sku, quantity}, "blind"}."""
        saved = self._settings.get(STATION_KEY.format(self.station)) or {}
        pending = saved.get("pending")
        if pending and self._products.get(pending.get("sku", "")) is None:
            pending = None
        return {"page": saved.get("page"), "pending": pending, "blind": bool(saved.get("blind"))}

    def _save_station(self, **values) -> None:
        self._settings.set(STATION_KEY.format(self.station), {**self.stock_station(), **values})

    def set_stock_page(self, page: str | None) -> Changes:
        with self._transaction():
            self._save_station(page=page)
        return Changes()

    def set_next_count_blind(self, blind: bool) -> Changes:
        """BLIND before a bin is scanned: this station's next count hides expected figures."""
        with self._transaction():
            self._save_station(blind=bool(blind))
        return Changes()

    def set_goods_in(self, sku: str | None, quantity: int = 1) -> Changes:
        """The line waiting at goods in (None: nothing waits). Saved, never yet received."""
        pending = None
        if sku is not None:
            self.product(sku)
            check_quantity(quantity, f"Goods in of {sku}")
            pending = {"sku": sku, "quantity": quantity}
        with self._transaction():
            self._save_station(pending=pending)
        return Changes()

    def receive_pending(self, *, note: str = "goods in", then: str | None = None) -> Changes:
        """Receives the waiting line and (with `then`, a SKU) leaves 1 of it waiting, in one
        transaction: a kill can neither lose the line nor receive it twice."""
        if then is not None:
            self.product(then)
        with self._transaction():
            pending = self.stock_station()["pending"]
            if pending is None:
                raise WrongScan("Nothing is waiting to be received: scan a product first.")
            changes = self.receive_stock(pending["sku"], pending["quantity"], note)
            self._save_station(pending={"sku": then, "quantity": 1} if then else None)
        return changes
