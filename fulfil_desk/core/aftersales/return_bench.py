"""The Returns page of the bench, by scanner alone (RETURN at Receive opens it).

Scan the return parcel's own tracking number (noted for the return; one recorded for an
expected return finds its order), or the tracking number the order shipped with, or the order
number: the return of that order opens, with the units it expects. Then each unit that came
back (its barcode or SKU); a number of 1 to 6 digits right after a unit says how many that scan
was. `COND:RESELLABLE`, `COND:DAMAGED`, `COND:WRONG` and `REASON:<reason>` say the condition
and the reason of the units scanned next (at first: resellable, and the expected return's
reason or other). With `COND:WRONG`, a code that is no product of ours is taken as the wrong
item's code. OK (or Enter, or FINISH) receives the return in one transaction; BACK leaves it,
nothing received.

A scan is read for what it is first (core/bench/reading.py): an order or tracking number is
never a unit, a product never a tracking number. What has been scanned is saved at every scan
(ReturnService.draft), so a restart resumes the return where it was.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from fulfil_desk.core.aftersales.return_rules import (
    Condition,
    ReturnLine,
    ReturnReason,
    check_lines,
)
from fulfil_desk.core.bench.outcome import Cue, Outcome
from fulfil_desk.core.bench.reading import Kind, Reading
from fulfil_desk.core.bench.sentences import in_turn
from fulfil_desk.core.kernel.couriers import normalise
from fulfil_desk.core.kernel.errors import NotAllowed, Prompt, UnknownCode, WrongScan
from fulfil_desk.core.kernel.messages import Message, Term
from fulfil_desk.core.stock.inventory import MAX_QUANTITY, QUANTITY

if TYPE_CHECKING:
    from fulfil_desk.core.desk import Desk

RETURNS = "returns"
CONDITION_CODES = {"RESELLABLE": Condition.RESELLABLE, "DAMAGED": Condition.DAMAGED,
                   "WRONG": Condition.WRONG_ITEM, "WRONG_ITEM": Condition.WRONG_ITEM}  # fmt: skip
SHEET_CONDITIONS = ("RESELLABLE", "DAMAGED", "WRONG")
PARCEL = re.compile(r"^(?=(?:\D*\d){6})[A-Z0-9]{8,40}$")  # a courier's number: digits in it


def _units(units: dict[str, int]) -> tuple[Message, ...]:
    return tuple(Message("returns.sku_times", sku=s, n=n) for s, n in units.items())


class ReturnBench:
    """The Returns page's part of the bench; what it scans is saved in the database."""

    def __init__(self, *, desk: Desk):
        self.desk = desk

    # ---- what the page shows -----------------------------------------------------------------

    def draft(self) -> dict:
        return self.desk.returns.draft() or {}

    def view(self) -> tuple:
        """What the page shows beyond the orders, so the UI sees when it moved."""
        return (repr(self.draft()),)

    def expected(self) -> dict[str, int]:
        order_id = self.draft().get("order_id")
        return self.desk.returns.expected_units(order_id) if order_id is not None else {}

    def condition(self) -> Condition:
        return Condition(self.draft().get("condition", Condition.RESELLABLE.value))

    def reason(self) -> ReturnReason:
        return ReturnReason(self.draft().get("reason", ReturnReason.OTHER.value))

    # ---- navigation ----------------------------------------------------------------------------

    def resume(self) -> bool:
        """The station was scanning a return when it stopped."""
        return bool(self.desk.returns.draft())

    def enter(self) -> Outcome:
        draft = self.draft()
        if not draft:
            self._save({"condition": Condition.RESELLABLE.value, "lines": []})
            return Outcome(Message("returns.page"))
        if draft.get("order_id") is not None:
            order = self.desk.orders.order(draft["order_id"])
            return Outcome(Message("returns.resumed", order=order.order_number,
                                   units=sum(ln[1] for ln in draft["lines"])))  # fmt: skip
        return Outcome(Message("returns.page"))

    def leave(self) -> Message | None:
        """BACK: the return scanned so far is dropped, nothing received (None: nothing was
        scanned)."""
        draft = self.draft()
        self.desk.returns.save_draft(None)
        if draft.get("order_id") is None:
            return None
        order = self.desk.orders.order(draft["order_id"])
        return Message("returns.left", order=order.order_number)

    # ---- scans ---------------------------------------------------------------------------------

    def scan(self, reading: Reading) -> Outcome:
        draft = self.draft() or {"condition": Condition.RESELLABLE.value, "lines": []}
        command = reading.command
        if command is not None:
            return self._command(draft, command.name, command.arg)
        if reading.kind is Kind.EMPTY:
            return self._finish(draft)
        if reading.order_id is not None:  # an order's number, or the tracking it shipped with
            return self._open(draft, reading.order_id)
        if reading.kind is Kind.PRODUCT and reading.sku is not None:
            return self._unit(draft, reading.sku)
        if reading.kind is Kind.BADGE:
            raise WrongScan(Message("returns.not_here", code=reading.code))
        if QUANTITY.match(reading.code):
            return self._quantity(draft, int(reading.code))
        return self._other(draft, reading.code)

    def _command(self, draft: dict, name: str, arg: str) -> Outcome:
        if name == "COND":
            found = CONDITION_CODES.get(arg.upper())
            if found is None:
                codes = tuple(f"COND:{c}" for c in SHEET_CONDITIONS)
                raise WrongScan(Message("returns.unknown_condition_code", code=arg.upper(),
                                        codes=codes))  # fmt: skip
            self._save({**draft, "condition": found.value})
            return Outcome(Message("returns.condition_set",
                                   condition=Term("return_condition", found.value)))  # fmt: skip
        if name == "REASON":
            try:
                reason = ReturnReason(arg.lower())
            except ValueError:
                codes = tuple(f"REASON:{r.value.upper()}" for r in ReturnReason)
                raise WrongScan(Message("returns.unknown_reason_code", code=arg.upper(),
                                        codes=codes)) from None  # fmt: skip
            self._save({**draft, "reason": reason.value})
            return Outcome(Message("returns.reason_set",
                                   reason=Term("return_reason", reason.value)))  # fmt: skip
        return self._finish(draft)  # FINISH: the page takes no other command

    def _open(self, draft: dict, order_id: int) -> Outcome:
        order = self.desk.orders.order(order_id)
        current = draft.get("order_id")
        if current == order_id:
            return Outcome.next(Message("returns.order_open_here", order=order.order_number))
        if current is not None and draft["lines"]:
            open_one = self.desk.orders.order(current).order_number
            raise NotAllowed(Message("returns.finish_first", order=open_one,
                                     other=order.order_number))  # fmt: skip
        self.desk.returns.check_order(order_id)
        expected = self.desk.returns.expected_units(order_id)
        if not expected:
            raise NotAllowed(Message("returns.all_back", order=order.order_number))
        waited = self.desk.returns.returns(order_id=order_id, status="expected")
        reason = waited[0]["reason"] if waited else draft.get("reason", ReturnReason.OTHER.value)
        parcel = draft.get("parcel") if current is None else None
        if parcel is None and waited and waited[0]["tracking_number"]:
            parcel = waited[0]["tracking_number"]
        self._save({**draft, "order_id": order_id, "reason": reason, "parcel": parcel,
                    "lines": [], "last": None})  # fmt: skip
        return Outcome(
            Message(
                "returns.order_opened",
                order=order.order_number,
                units=_units(expected),
                condition=Term("return_condition", self.condition().value),
                reason=Term("return_reason", reason),
            )
        )

    def _unit(self, draft: dict, sku: str) -> Outcome:
        order_id = draft.get("order_id")
        if order_id is None:
            raise WrongScan(Message("returns.product_not_order", sku=sku))
        condition, reason = self.condition(), self.reason()
        lines = [list(ln) for ln in draft["lines"]]
        last = draft.get("last")
        if (
            last is not None
            and lines[last][0] == sku
            and lines[last][2:]
            == [
                condition.value,
                reason.value,
            ]
        ):
            lines[last][1] += 1
        else:
            lines.append([sku, 1, condition.value, reason.value])
            last = len(lines) - 1
        self._check(order_id, lines)
        self._save({**draft, "lines": lines, "last": last})
        return Outcome(
            Message(
                "returns.unit_scanned",
                sku=sku,
                n=lines[last][1],
                condition=Term("return_condition", condition.value),
                reason=Term("return_reason", reason.value),
                total=sum(ln[1] for ln in lines),
            )
        )

    def _quantity(self, draft: dict, quantity: int) -> Outcome:
        last = draft.get("last")
        if draft.get("order_id") is None or last is None:
            raise WrongScan(Message("returns.quantity_before_unit", quantity=quantity))
        if not 1 <= quantity <= MAX_QUANTITY:
            raise WrongScan(Message("returns.quantity_out_of_range", quantity=quantity,
                                    most=MAX_QUANTITY))  # fmt: skip
        lines = [list(ln) for ln in draft["lines"]]
        lines[last][1] = quantity
        self._check(draft["order_id"], lines)
        self._save({**draft, "lines": lines})
        sku, _, condition, _ = lines[last]
        return Outcome(Message("returns.quantity_set", sku=sku, n=quantity,
                               condition=Term("return_condition", condition)))  # fmt: skip

    def _other(self, draft: dict, code: str) -> Outcome:
        """A code that is nothing this shop knows: a wrong item's code (with COND:WRONG, a
        return open), or a return parcel's tracking number."""
        if draft.get("order_id") is not None and self.condition() is Condition.WRONG_ITEM:
            return self._unit(draft, code)
        parcel = normalise(code).upper()
        if draft.get("order_id") is None:
            found = self.desk.returns.expected_by_parcel(parcel)
            if found is not None:
                return self._open({**draft, "parcel": parcel}, found)
        if not PARCEL.match(parcel):
            raise UnknownCode(Message("returns.no_order_or_tracking", code=code))
        self._save({**draft, "parcel": parcel})
        if draft.get("order_id") is None:
            return Outcome(Message("returns.parcel_noted", parcel=parcel))
        order = self.desk.orders.order(draft["order_id"])
        return Outcome(Message("returns.parcel_of", parcel=parcel, order=order.order_number))

    def _finish(self, draft: dict) -> Outcome:
        if draft.get("order_id") is None:
            raise Prompt(Message("returns.scan_order_first"))
        changes = self.desk.returns.finish_draft()
        self.enter()
        said = in_turn([changes.message, Message("returns.scan_next_return")])
        return Outcome(said, changes, cue=Cue.ORDER_COMPLETE)

    # ---- helpers -------------------------------------------------------------------------------

    def _check(self, order_id: int, lines: list[list]) -> None:
        """Refuses the scan that would make the return impossible (a SKU not on the order, one
        unit too many), as receiving it would."""
        order = self.desk.orders.order(order_id)
        check_lines(
            order.order_number,
            [ReturnLine(s, n, Condition(c), ReturnReason(r)) for s, n, c, r in lines],
            self.desk.returns.shipped(order_id),
            self.desk.returns.received_before(order_id),
        )

    def _save(self, draft: dict) -> None:
        self.desk.returns.save_draft(draft)


__all__ = ["RETURNS", "ReturnBench"]
