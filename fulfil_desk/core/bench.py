"""What one scan means at the bench, step by step: the scanner-only way through the flow.

A USB scanner types a code and Enter. An empty Enter confirms the step's default. Command
codes (printed on the command sheet, also typeable) steer: BACK, PICK-ALL, HOLD,
CANCEL:<reason>, BOX-<code>, PRINT, SAVE, COURIER:<code>, TAKEOVER. A number such as
`1250` or `1.25kg` at pack is the parcel weight. On the queue, GOODS-IN and COUNT open the
stock pages, whose scans `StockBench` (stock_bench.py) reads.

Every accepted scan is saved before `scan` returns, the station's choices (box, weight,
courier) too, so a restart resumes exactly where the last accepted scan left it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from fulfil_desk.core.changes import Changes
from fulfil_desk.core.errors import NotAllowed, NotFound, OrderLocked, UserError, WrongScan
from fulfil_desk.core.orders import CancelReason, HoldReason, Order, OrderStatus
from fulfil_desk.core.stations import TAKEOVER
from fulfil_desk.core.workflow import Step, step_of

QUEUE = "queue"
STOCK_COMMANDS = {"GOODS-IN": "goods_in", "COUNT": "count"}  # the pages of stock_bench.py
MAX_SCAN = 100  # longer than any barcode, order or tracking number, bin or command
_WEIGHT = re.compile(r"^(\d{1,5}(?:\.\d{1,3})?)\s*(kg|g)?$", re.IGNORECASE)


@dataclass
class BenchState:
    page: str = QUEUE  # QUEUE or a Step value
    order_id: int | None = None
    pick_list_id: int | None = None
    box: str | None = None
    weight_g: int | None = None
    courier: str | None = None
    pending: list[str] = field(default_factory=list)  # actions the UI must perform: print, save
    takeover: int | None = None  # the order another station had open when it was refused


@dataclass(frozen=True)
class Outcome:
    message: str
    changes: Changes = Changes()
    ok: bool = True


class Bench:
    """Routes scans to Desk use cases and keeps which page the station is on."""

    def __init__(self, desk):
        from fulfil_desk.core.stock_bench import StockBench  # it builds on Outcome, below

        self.desk = desk
        chosen = desk.station_state()["courier"]
        self.state = BenchState(courier=chosen or desk.setting("default_courier"))
        self.stock = StockBench(desk)

    # ---- navigation ----------------------------------------------------------------------------

    def resume(self) -> str:
        """After a restart: the stock page or the order this station had open, at its step;
        else the pick list it was picking; else an open stock count. Returns why it stays
        on the queue when another station has taken that order meanwhile."""
        order_id = self.desk.current_order_id()
        try:
            if (page := self.stock.resume()) is not None:
                self.state.page = page
                self.stock.enter(page)
            elif order_id is not None:
                self.open(order_id)
            elif (list_id := self.desk.station_pick_list()) is not None:
                self._open_pick_list(list_id)
            elif self.desk.open_count() is not None:
                self.state.page = "count"
                self.stock.enter("count")
        except UserError as exc:
            self.state.page, self.state.order_id, self.state.pick_list_id = QUEUE, None, None
            return exc.message
        return ""

    def open(self, order_id: int, *, takeover: bool = False) -> Changes:
        """The order at its step, open at this station (its lock taken)."""
        return self._open(self.desk.order(order_id), takeover=takeover)

    def _open(self, order: Order, *, takeover: bool = False) -> Changes:
        order_id = order.id
        step = step_of(order)
        try:
            changes = self.desk.open_order(
                order_id if step is not Step.DONE else None, takeover=takeover
            )
        except OrderLocked as exc:
            self.state.takeover = exc.order_id
            raise
        self._leave_stock()
        self.state.takeover = None
        self.state.page = step.value if step is not Step.DONE else QUEUE
        self.state.order_id = order_id if step is not Step.DONE else None
        self.state.pick_list_id = (
            order.pick_list_id if order.status is OrderStatus.PICKING else None
        )
        saved = self.desk.station_state()
        self.state.box = saved["box"] or order.box
        self.state.weight_g = saved["weight_g"] or order.weight_g
        return changes

    def _open_pick_list(self, list_id: int, *, takeover: bool = False) -> Changes:
        changes = self.desk.open_order(None, pick_list=list_id, takeover=takeover)
        self.state.page, self.state.pick_list_id, self.state.order_id = (
            Step.PICK.value,
            list_id,
            None,
        )
        self.state.takeover = None
        return changes

    def _takeover(self) -> Outcome:
        """TAKEOVER: this station takes the order (or pick list) another one has open."""
        if self.state.order_id is not None:
            changes = self.open(self.state.order_id, takeover=True)
        elif self.state.pick_list_id is not None:
            changes = self._open_pick_list(self.state.pick_list_id, takeover=True)
        elif self.state.takeover is not None:
            changes = self.open(self.state.takeover, takeover=True)
        else:
            raise WrongScan(
                f"Nothing to take over: scan the order open at another station, then {TAKEOVER}."
            )
        order = self.desk.order(self.state.order_id) if self.state.order_id else None
        here = f"Order {order.order_number}: {self.state.page}." if order else ""
        text = changes.message or "Already open at this station."
        return Outcome(" ".join(filter(None, [text, here])), changes)

    def pick(self, order_ids: list[int]) -> Outcome:
        """One pick list over several verified orders; packing then goes order by order."""
        list_id, changes = self.desk.start_pick(order_ids, open_here=True)
        self._leave_stock()
        self.state.page, self.state.pick_list_id, self.state.order_id = (
            Step.PICK.value,
            list_id,
            None,
        )
        return Outcome(changes.message, changes)

    def _pick_all(self) -> Outcome:
        """One pick list over every verified order not open at another station."""
        ids = [o.id for o in self.desk.orders(OrderStatus.VERIFIED.value)]
        busy = self.desk.open_elsewhere(ids)
        if ids and len(busy) == len(ids):
            raise NotAllowed(
                f"Every verified order ({len(ids)}) is open at another station; "
                "scan one of them to see where."
            )
        outcome = self.pick([i for i in ids if i not in busy])
        if busy:
            note = f"{len(busy)} verified order(s) open at other stations are not on it."
            return Outcome(f"{outcome.message} {note}", outcome.changes)
        return outcome

    def _leave_stock(self, to: str | None = None) -> str:
        return self.stock.leave(to) if self.state.page in STOCK_COMMANDS.values() else ""

    def back_to_queue(self) -> str:
        left = self._leave_stock()
        self.desk.open_order(None)
        self.state.page, self.state.order_id, self.state.pick_list_id = QUEUE, None, None
        return " ".join(filter(None, ["Back to the queue.", left]))

    def _stock_page(self, code: str) -> Outcome | None:
        """GOODS-IN or COUNT: that stock page (from the queue or the other stock page)."""
        page = STOCK_COMMANDS.get(code.upper())
        if page is None:
            return None
        left = self._leave_stock(page)
        self.state.page = page
        return Outcome(" ".join(filter(None, [self.stock.enter(page).message, left])))

    # ---- scans ---------------------------------------------------------------------------------

    def scan(self, text: str) -> Outcome:
        """Never raises a UserError: a refused scan is an Outcome with ok=False and no change."""
        code = "".join(ch for ch in text if ch.isprintable()).strip()
        if len(code) > MAX_SCAN:
            return Outcome(
                f"That scan is {len(code)} characters long; no barcode, order number or "
                f"command has more than {MAX_SCAN}. Scan again.",
                ok=False,
            )
        try:
            if code.upper() == "BACK":
                return Outcome(self.back_to_queue())
            if code.upper() == TAKEOVER:
                return self._takeover()
            handler = getattr(self, f"_on_{self.state.page}")
            return handler(code)
        except UserError as exc:
            if isinstance(exc, OrderLocked):
                self.state.takeover = exc.order_id
            return Outcome(exc.message, ok=False)

    def _on_queue(self, code: str) -> Outcome:
        if code.upper() == "PICK-ALL":
            return self._pick_all()
        if (switched := self._stock_page(code)) is not None:
            return switched
        if not code:
            rows = self.desk.queue(limit=1)
            if not rows:
                return Outcome("The queue is empty. Import orders to start.", ok=False)
            order = self.desk.order(rows[0]["id"])
        else:
            order = self.desk.find_order(code)
        self._open(order)
        return Outcome(f"Order {order.order_number}: {self.state.page}.")

    def _on_verify(self, code: str) -> Outcome:
        order_id = self._order_id()
        upper = code.upper()
        if upper.startswith("CANCEL:"):
            try:
                reason = CancelReason(upper.split(":", 1)[1].lower())
            except ValueError:
                names = ", ".join(r.value.upper() for r in CancelReason)
                raise WrongScan(
                    f"Unknown cancel reason; use CANCEL: with one of {names}."
                ) from None
            changes = self.desk.cancel(order_id, reason)
            self.back_to_queue()
            return Outcome(changes.message, changes)
        if upper == "HOLD":
            changes = self.desk.hold(order_id, HoldReason.OTHER, "Held at the bench.")
            self.back_to_queue()
            return Outcome(changes.message, changes)
        if code and upper != "OK":
            raise WrongScan(
                f"{code!r} means nothing at verify: press Enter to verify, "
                "or scan HOLD, CANCEL:<reason> or BACK."
            )
        problems, changes = self.desk.verify(order_id)
        if problems:
            self.back_to_queue()
            return Outcome(changes.message, changes, ok=False)
        self.open(order_id)
        return Outcome(changes.message + " Press Enter to pick it.", changes)

    def _on_pick(self, code: str) -> Outcome:
        if self.state.pick_list_id is None:
            if code and code.upper() != "OK":
                raise WrongScan("Press Enter to start picking this order.")
            list_id, changes = self.desk.start_pick([self._order_id()], open_here=True)
            self.state.pick_list_id = list_id
            return Outcome(changes.message, changes)
        if not code:
            raise WrongScan("Scan the next item on the pick list.")
        changes = self.desk.pick_scan(self.state.pick_list_id, code)
        if not self.desk.is_pick_list_open(self.state.pick_list_id):
            if self.state.order_id is not None:
                self.open(self.state.order_id)
                return Outcome(changes.message + " Scan each item into the box.", changes)
            self.back_to_queue()
            return Outcome(changes.message + " Pick list done: scan an order to pack it.", changes)
        return Outcome(changes.message, changes)

    def _on_pack(self, code: str) -> Outcome:
        order_id = self._order_id()
        upper = code.upper()
        presets = {b.code for b in self.desk.box_presets()}
        if upper.startswith("BOX-") and upper[4:] in presets:
            self.desk.set_bench_choice(box=upper[4:], weight_g=None)
            self.state.box = upper[4:]
            self.state.weight_g = None
            return Outcome(f"Box {self.state.box}.")
        order = self.desk.order(order_id)
        if (match := _WEIGHT.match(code)) and order.units_packed == order.units:
            value = float(match.group(1))
            grams = round(value * 1000) if (match.group(2) or "").lower() == "kg" else round(value)
            if grams <= 0:
                raise WrongScan(f"A parcel weight of {code} is not possible; weigh it again.")
            self.desk.set_bench_choice(weight_g=grams)
            self.state.weight_g = grams
            return Outcome(f"Weight {grams} g. Press Enter to close the box.")
        if code and upper != "OK":
            changes = self.desk.pack_scan(order_id, code)
            return Outcome(changes.message, changes)
        box = self.state.box or self.suggested_box(order.units)
        weight = self.state.weight_g or self.desk.suggested_weight_g(order_id, box)
        changes = self.desk.finish_pack(order_id, box=box, weight_g=weight)
        self.open(order_id)
        return Outcome(changes.message + " Press Enter to print its label.", changes)

    def suggested_box(self, units: int) -> str:
        codes = [b.code for b in self.desk.box_presets()]
        index = 0 if units <= 2 else 1 if units <= 5 else 2
        return codes[min(index, len(codes) - 1)]

    def _on_label(self, code: str) -> Outcome:
        upper = code.upper()
        if upper in ("", "OK", "PRINT"):
            self.state.pending.append("print")
            return Outcome("Printing the label…")
        if upper == "SAVE":
            self.state.pending.append("save")
            return Outcome("Saving the label as PDF…")
        raise WrongScan("Press Enter (or scan PRINT) to print the label, SAVE to save it as PDF.")

    def label_done(self, how: str) -> Outcome:
        changes = self.desk.label_done([self._order_id()], how=how)
        self.open(self._order_id())
        return Outcome(changes.message + " Scan the tracking number.", changes)

    def _on_tracking(self, code: str) -> Outcome:
        if not code:
            raise WrongScan("Scan the tracking number from the courier's waybill.")
        upper = code.upper()
        if upper.startswith("COURIER:"):
            courier = self.desk.couriers.get(upper.split(":", 1)[1])
            self.desk.set_bench_choice(courier=courier.code)
            self.state.courier = courier.code
            return Outcome(f"Courier: {courier.name('en')}.")
        if not self.state.courier:
            raise WrongScan("Choose the courier first (scan COURIER:<code>).")
        changes = self.desk.ship(self._order_id(), courier=self.state.courier, tracking=code)
        self.back_to_queue()
        return Outcome(changes.message + " Press Enter for the next order.", changes)

    def _on_goods_in(self, code: str) -> Outcome:
        return self._stock_page(code) or self.stock.goods_in(code)

    def _on_count(self, code: str) -> Outcome:
        return self._stock_page(code) or self.stock.count(code)

    def _on_done(self, code: str) -> Outcome:  # pragma: no cover - DONE pages route to the queue
        self.back_to_queue()
        return self._on_queue(code)

    def _order_id(self) -> int:
        if self.state.order_id is None:
            raise NotAllowed("Open an order first: scan its order number.")
        return self.state.order_id


__all__ = ["Bench", "BenchState", "Outcome", "QUEUE", "NotFound"]
