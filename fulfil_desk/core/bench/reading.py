"""What a scan is, read before anything is applied: a command, a packer's badge, an order or
bundle number of this shop, a recorded tracking number, a product barcode or SKU, a number
(a quantity, a weight, a line number or a tracking number to be), or text.

A code that is two of these at once (a product barcode that is also an order number) is
refused with both named: a scan means one thing.

A scan typed while the desktop's input method was in Hangul mode (`ㅠㅁ차`) or full width
(`ＢＡＣＫ`) is read as the keys the scanner pressed (`BACK`, core/bench/keyboard_layouts.py),
but only when the text as it arrived is nothing this shop knows: a product, bin or name
spelled in Hangul on purpose stays what it is. The keys come back in capitals, so that
reading matches commands, SKUs, barcodes and order numbers ignoring case.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from enum import StrEnum
from typing import TYPE_CHECKING

from fulfil_desk.core.bench import commands as bench_commands
from fulfil_desk.core.bench.commands import Command
from fulfil_desk.core.bench.keyboard_layouts import Layout, as_keys, layout_of
from fulfil_desk.core.kernel.couriers import normalise
from fulfil_desk.core.kernel.errors import UserError
from fulfil_desk.core.kernel.messages import Message

if TYPE_CHECKING:
    from fulfil_desk.core.desk import Desk

MAX_SCAN = 100  # longer than any barcode, order or tracking number, bin or command
NUMBER = re.compile(r"^\d+(?:[.,]\d+)?\s*(?:kg|g)?$", re.IGNORECASE)
_EMBEDDED_FROM = 20  # a scan this long may carry a tracking number inside more digits


class Kind(StrEnum):
    EMPTY = "empty"  # Enter alone, or OK
    COMMAND = "command"
    BADGE = "badge"
    ORDER = "order"
    TRACKING = "tracking"  # a tracking number recorded on a shipped order
    PRODUCT = "product"
    NUMBER = "number"  # digits (or a weight such as 1.25kg) that are nothing above
    TEXT = "text"  # anything else: unknown here, or a tracking number at the Tracking step


@dataclass(frozen=True)
class Reading:
    code: str
    kind: Kind
    command: Command | None = None
    order_id: int | None = None
    sku: str | None = None
    packer: str | None = None
    tracking: str | None = None  # the recorded number the scan matched
    layout: Layout | None = None  # the input method whose text `code` was read back from


def clean(text: str) -> str:
    """What the scanner typed, without control characters and surrounding blanks."""
    return "".join(ch for ch in text if ch.isprintable()).strip()


class ScanReader:
    """Reads codes against one Desk's shop: its products, orders, shipments and packers."""

    def __init__(self, *, desk: Desk):
        self._desk = desk

    def read(self, code: str) -> Reading:
        reading = self._read(code)
        if code.isascii() or reading.kind not in (Kind.NUMBER, Kind.TEXT):
            return reading  # every scan in English mode, and any code this shop knows
        if (layout := layout_of(code)) is None:  # no input method's text
            return reading
        keys = as_keys(code)
        if keys == code or self._desk.products.bin_of(code) is not None:
            return reading
        return replace(self._read(keys, any_case=True), layout=layout)

    def _read(self, code: str, *, any_case: bool = False) -> Reading:
        if not code:
            return Reading(code, Kind.EMPTY)
        if len(code) > MAX_SCAN:
            raise UserError(Message("bench.scan_too_long", length=len(code), longest=MAX_SCAN))
        if (command := bench_commands.parse(code)) is not None:
            if command.name == "OK":
                return Reading(code, Kind.EMPTY)
            if any_case and command.name == "PACKER":
                command = Command("PACKER", self._packer_named(command.arg))
            return Reading(code, Kind.COMMAND, command=command)
        desk = self._desk
        products, orders = desk.products, desk.orders
        found: list[Reading] = []
        forms = self._tracking_forms(code)
        if any_case:
            sku = products.sku_of_code_any_case(code)
            order_ids = orders.order_ids_of_number_any_case(code)
            badge = desk.packers.packer_of_badge(code)
            packer = badge["name"] if badge else None
            owner = orders.tracking_owner_of(forms)
        else:  # one read: the scan path's, on every scan
            facts = orders.code_facts(code, badge=code.strip().upper(), tracking=forms)
            sku, order_ids, packer, owner = facts.sku, facts.order_ids, facts.packer, facts.tracking
        if sku is not None:
            found.append(Reading(code, Kind.PRODUCT, sku=sku))
        if len(order_ids) > 1:
            raise orders.several_orders_error(code, order_ids)
        if order_ids:
            found.append(Reading(code, Kind.ORDER, order_id=order_ids[0]))
        if packer is not None:
            found.append(Reading(code, Kind.BADGE, packer=packer))
        if owner is not None:
            found.append(Reading(code, Kind.TRACKING, order_id=owner[0], tracking=owner[1]))
        if len(found) > 1:
            raise UserError(_ambiguous(code, found, desk))
        if found:
            return found[0]
        return Reading(code, Kind.NUMBER if NUMBER.match(code) else Kind.TEXT)

    def _packer_named(self, name: str) -> str:
        """A packer's name read back in capitals (PACKER:KIM), as the shop spells it (Kim)."""
        upper = name.upper()
        known = (p["name"] for p in self._desk.packers.packers() if p["name"].upper() == upper)
        return next(known, name)

    def _tracking_forms(self, code: str) -> list[str]:
        """The tracking numbers `code` may be: as typed (no blanks or dashes), and, for a long
        barcode, the number a courier's format finds inside it (a USPS routing code, a FedEx
        label's 34 digits)."""
        plain = normalise(code)
        if len(plain) < 6:
            return []
        forms = [plain]
        if len(plain) >= _EMBEDDED_FROM:
            forms += self._desk.couriers.numbers_in(plain)
        return list(dict.fromkeys(forms))


def _ambiguous(code: str, found: list[Reading], desk: Desk) -> Message:
    names = []
    for reading in found:
        if reading.kind is Kind.PRODUCT:
            names.append(Message("bench.is_product_barcode", sku=reading.sku or reading.code))
        elif reading.kind is Kind.BADGE:
            names.append(Message("bench.is_packer_badge", packer=reading.packer or reading.code))
        elif reading.order_id is not None:  # an order's number or a recorded tracking number
            number = desk.orders.order(reading.order_id).order_number
            if reading.kind is Kind.ORDER:
                names.append(Message("bench.is_order_number", order=number))
            else:
                names.append(Message("bench.is_tracking_number", order=number))
    both = names[-1]
    for name in reversed(names[:-1]):
        both = Message("bench.this_and_that", first=name, then=both)
    return Message("bench.code_is_two_things", code=code, things=both)
