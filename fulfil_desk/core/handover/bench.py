"""The Handover page of the bench, by scanner alone (HANDOVER at Receive opens it).

Scan a courier's code (`COURIER:CJGLS`) to open that courier's list, or just scan a parcel:
the first parcel's courier picks the list. Each parcel's tracking number (or its order
number) scans it out for the driver. `DRIVER:<name>` (or the name typed) says who takes the
parcels; OK (Enter, or FINISH) closes the list once every parcel is scanned out; FORCE closes
it leaving the others for the next list. BACK leaves the page, the scans kept.

A scan is read for what it is first (core/bench/reading.py): a product barcode is never a
parcel. Which list is open and the driver's name are saved at every scan
(HandoverService.draft), so a restart resumes the page where it was.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from fulfil_desk.core.bench.outcome import Cue, Outcome
from fulfil_desk.core.bench.reading import Kind, Reading
from fulfil_desk.core.bench.sentences import in_turn
from fulfil_desk.core.handover.rules import HandoverList, driver_name
from fulfil_desk.core.kernel.errors import NotAllowed, Prompt, UnknownCode, WrongScan
from fulfil_desk.core.kernel.messages import Message

if TYPE_CHECKING:
    from fulfil_desk.core.desk import Desk

HANDOVER = "handover"


class HandoverBench:
    """The Handover page's part of the bench."""

    def __init__(self, *, desk: Desk):
        self.desk = desk

    # ---- what the page shows -----------------------------------------------------------------

    def draft(self) -> dict:
        return self.desk.handover.draft() or {}

    @property
    def courier(self) -> str | None:
        return self.draft().get("courier")

    @property
    def driver(self) -> str:
        return self.draft().get("driver") or ""

    def open_list(self) -> HandoverList | None:
        courier = self.courier
        return self.desk.handover.open_list(courier) if courier else None

    def view(self) -> tuple:
        """What the page shows, so the UI sees when it moved."""
        listed = self.open_list()
        return (repr(self.draft()), listed.scanned if listed else None)

    # ---- navigation ----------------------------------------------------------------------------

    def resume(self) -> bool:
        return bool(self.desk.handover.draft())

    def enter(self) -> Outcome:
        draft = self.draft()
        if not draft:
            self._save({"courier": None, "driver": ""})
        if (listed := self.open_list()) is not None:
            return Outcome(self._where(listed))
        return Outcome(Message("handover.page"))

    def leave(self) -> Message | None:
        """BACK: the page is closed; the parcels scanned out stay scanned out."""
        listed = self.open_list()
        self.desk.handover.save_draft(None)
        if listed is None or not listed.scanned:
            return None
        return Message("handover.left", courier=self._name(listed.courier),
                       n=len(listed.scanned))  # fmt: skip

    def set_driver(self, name: str) -> Outcome:
        """The driver's name, scanned (DRIVER:<name>) or typed."""
        driver = driver_name(name)
        self._save({**self.draft(), "driver": driver})
        return Outcome(Message("handover.driver_set", driver=driver))

    # ---- scans ---------------------------------------------------------------------------------

    def scan(self, reading: Reading) -> Outcome:
        command = reading.command
        if command is not None:
            if command.name == "COURIER":
                return self._choose(command.arg)
            if command.name == "DRIVER":
                return self.set_driver(command.arg)
            return self.finish(force=command.name == "FORCE")
        if reading.kind is Kind.EMPTY:
            return self.finish()
        if reading.order_id is not None:  # an order's number, or the tracking it shipped with
            return self._scan_out(reading.order_id)
        if reading.kind is Kind.PRODUCT:
            raise WrongScan(Message("handover.product_not_parcel", code=reading.code,
                                    sku=reading.sku or reading.code))  # fmt: skip
        if reading.kind is Kind.BADGE:
            raise WrongScan(Message("handover.not_here", code=reading.code))
        raise UnknownCode(Message("handover.unknown_parcel", code=reading.code))

    def _choose(self, code: str) -> Outcome:
        courier = self.desk.handover.courier_code(code)
        self._save({**self.draft(), "courier": courier})
        return Outcome(self._where(self.desk.handover.open_list(courier)))

    def _scan_out(self, order_id: int) -> Outcome:
        courier, changes = self.desk.handover.scan_out(order_id, courier=self.courier)
        if courier != self.courier:
            self._save({**self.draft(), "courier": courier})
        return Outcome(changes.message, changes)

    def finish(self, *, force: bool = False) -> Outcome:
        listed = self.open_list()
        if listed is None:
            raise Prompt(Message("handover.scan_courier_first"))
        if not listed.parcels:
            raise Prompt(Message("handover.nothing_to_close", courier=self._name(listed.courier)))
        if listed.missing and not force:
            numbers = [p.order_number for p in listed.missing]
            named = self.desk.handover.missing_message(listed.courier, numbers)
            raise NotAllowed(Message("two_sentences", first=named,
                                     then=Message("handover.scan_them_or_force")))  # fmt: skip
        if not self.driver:
            raise Prompt(Message("handover.scan_driver"))
        handover_id, changes = self.desk.handover.close(
            listed.courier, driver=self.driver, force=force
        )
        self._save({"courier": None, "driver": ""})
        said = in_turn([changes.message, Message("handover.print_it", id=handover_id)])
        return Outcome(said, changes, cue=Cue.ORDER_COMPLETE)

    # ---- helpers -------------------------------------------------------------------------------

    def _where(self, listed: HandoverList) -> Message:
        return Message(
            "handover.list_open",
            courier=self._name(listed.courier),
            n=len(listed.parcels),
            scanned=len(listed.scanned),
        )

    def _name(self, courier: str):
        return self.desk.handover.courier_name(courier)

    def _save(self, draft: dict) -> None:
        self.desk.handover.save_draft(draft)


__all__ = ["HANDOVER", "HandoverBench"]
