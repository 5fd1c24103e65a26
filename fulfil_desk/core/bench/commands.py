"""The bench's command codes: what each means, on which pages, and with which arguments.

One list for the scan router (`parse`), the help a page shows (`for_page`), the printable
command sheet (`sheet_entries`) and the README. A command is read before anything else a
code could be, so these words are never taken as a product, an order or a tracking number.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from fulfil_desk.core.kernel.orders import CancelReason, HoldReason

QUEUE = "queue"
DONE = "done"
FLOW = ("verify", "pick", "pack", "label", "tracking")
STOCK = ("goods_in", "count")
EVERY_PAGE = (QUEUE, *FLOW, DONE, *STOCK)
PAGE_NAMES = {
    QUEUE: "Receive", DONE: "Order", "verify": "Verify", "pick": "Pick", "pack": "Pack",
    "label": "Label", "tracking": "Tracking", "goods_in": "Goods in", "count": "Cycle count",
}  # fmt: skip


class ReprintReason(StrEnum):
    DAMAGED = "damaged"  # the label was damaged (the default)
    LOST = "lost"
    COURIER_ASKED = "courier_asked"
    OTHER = "other"


@dataclass(frozen=True)
class Command:
    name: str  # BACK, HOLD, BOX, …
    arg: str = ""  # what follows the colon (or BOX-): a reason, a courier, a box, a name

    @property
    def code(self) -> str:
        if not self.arg:
            return self.name
        return f"BOX-{self.arg}" if self.name == "BOX" else f"{self.name}:{self.arg}"


@dataclass(frozen=True)
class CommandInfo:
    name: str
    shown: str  # as the help and the README write it
    pages: tuple[str, ...]
    does: str


# In the order the help lists them. `shown` uses <…> for an argument.
COMMANDS: tuple[CommandInfo, ...] = (
    CommandInfo("BACK", "BACK", EVERY_PAGE, "back to the queue; an order half done is put aside"),
    CommandInfo("TAKEOVER", "TAKEOVER", EVERY_PAGE, "take over the order open at another station"),
    CommandInfo(
        "PACKER", "PACKER:<name>", EVERY_PAGE, "who works at this station (or a packer's badge)"
    ),
    CommandInfo("PICK-ALL", "PICK-ALL", (QUEUE,), "one pick list over every verified order"),
    CommandInfo("GOODS-IN", "GOODS-IN", (QUEUE, *STOCK), "the goods-in page"),
    CommandInfo("COUNT", "COUNT", (QUEUE, *STOCK), "the cycle-count page"),
    CommandInfo("OK", "OK", ("verify", "pick", "pack", "label", "goods_in", "count"), "as Enter"),
    CommandInfo("HOLD", "HOLD:<reason>", ("verify",), "put the order on hold for that reason"),
    CommandInfo("CANCEL", "CANCEL:<reason>", ("verify",), "cancel the order for that reason"),
    CommandInfo("MANUAL", "MANUAL", ("pick", "pack"), "confirm one unit by hand: then its line"),
    CommandInfo("BOX", "BOX-<code>", ("pack",), "the box to pack into"),
    CommandInfo("PRINT", "PRINT", ("label",), "print the label"),
    CommandInfo("SAVE", "SAVE", ("label",), "save the label as PDF"),
    CommandInfo(
        "REPRINT", "REPRINT[:<reason>]", ("tracking", DONE), "print the label again, and why"
    ),
    CommandInfo("COURIER", "COURIER:<code>", ("tracking",), "the courier of this parcel"),
    CommandInfo("CLEAR", "CLEAR", ("goods_in", "pick", "pack"), "drop what waits (or MANUAL)"),
    CommandInfo("BLIND", "BLIND", ("count",), "hide the expected quantities"),
    CommandInfo("FINISH", "FINISH", ("count",), "finish the count and post its differences"),
    CommandInfo("CANCEL", "CANCEL", ("count",), "drop the open count"),
)
# Per page: what Enter alone does, and what else a scan there can be (commands aside).
ANY_ORDER = ("another order's number", "puts this order aside as it is and opens that one")
PAGE_GUIDE: dict[str, tuple[str, tuple[tuple[str, str], ...]]] = {
    QUEUE: (
        "opens the most urgent order (overdue first, then the soonest ship-by)",
        (
            ("an order number", "opens it at its step; a shipped or cancelled one is shown"),
            ("a tracking number", "shows the order it was shipped with"),
        ),
    ),
    DONE: (
        "opens the most urgent order",
        (("an order number", "opens or shows that order"), ("a tracking number", "shows it")),
    ),
    "verify": (
        "verifies: SKUs known, quantities and prices sane, address complete, stock free",
        (ANY_ORDER,),
    ),
    "pick": (
        "starts picking this order",
        (
            (
                "a product's barcode or SKU",
                "picks one unit; not on the list or one too many: refused",
            ),
            ("a line's number after MANUAL", "confirms one unit of that line by hand"),
            ANY_ORDER,
        ),
    ),
    "pack": (
        "closes the box once every unit is in it (suggested box and weight)",
        (
            ("a product's barcode or SKU", "puts one unit in the box"),
            ("a weight (1250, 1.25kg)", "the parcel's weight, once every unit is in the box"),
            ("a line's number after MANUAL", "confirms one unit of that line by hand"),
            ANY_ORDER,
        ),
    ),
    "label": ("prints the label (or saves it as PDF with no printer)", (ANY_ORDER,)),
    "tracking": (
        "nothing: the waybill's number is what ships the order",
        (
            (
                "the courier waybill's barcode",
                "checked against the courier's format and check "
                "digit, then the order ships; an order number or a product is never taken",
            ),
            ANY_ORDER,
        ),
    ),
    "goods_in": (
        "receives the waiting line",
        (
            (
                "a product's barcode or SKU",
                "waits ×1; the same again adds one; another receives the waiting one",
            ),
            ("a number of 1–6 digits", "how many of the waiting product"),
        ),
    ),
    "count": (
        "pressed twice within 3 s: finishes the count (the first shows the differences)",
        (
            ("a bin label", "starts counting that bin"),
            ("a product's barcode or SKU", "one counted; from another bin: refused"),
            ("a number right after an item", "how many that scan was (0: a slip)"),
        ),
    ),
}
_NAMES = frozenset(c.name for c in COMMANDS)
_WITH_ARG = frozenset({"HOLD", "CANCEL", "REPRINT", "COURIER", "PACKER"})


def parse(code: str) -> Command | None:
    """The command `code` is (any case), else None. `HOLD:OUT_OF_STOCK` → HOLD, out_of_stock;
    `BOX-M` → BOX, M. The argument is checked by the page that takes the command."""
    upper = code.strip().upper()
    if upper.startswith("BOX-") and len(upper) > 4:
        return Command("BOX", upper[4:])
    name, colon, arg = upper.partition(":")
    if name not in _NAMES or (colon and name not in _WITH_ARG):
        return None
    if name == "PACKER":  # a name keeps its case: PACKER:Kim
        return Command(name, code.strip().partition(":")[2].strip()) if colon else None
    return Command(name, arg.strip().lower() if name != "COURIER" else arg.strip())


def for_page(page: str) -> list[CommandInfo]:
    """The commands `page` takes, for its help."""
    return [c for c in COMMANDS if page in c.pages]


def reason_codes(name: str) -> list[str]:
    """The arguments HOLD, CANCEL and REPRINT take."""
    kinds = {"HOLD": HoldReason, "CANCEL": CancelReason, "REPRINT": ReprintReason}
    return [r.value for r in kinds[name]]


@dataclass(frozen=True)
class SheetEntry:
    section: str
    code: str  # what the barcode carries
    words: str  # printed under it


QUANTITIES = range(1, 11)


def sheet_entries(
    *, boxes: list[tuple[str, str]], couriers: list[tuple[str, str]], badges: list[tuple[str, str]]
) -> list[SheetEntry]:
    """Every code a page accepts, for the printed sheet: `boxes` (code, name), `couriers`
    (code, name) and `badges` (badge code, packer name) are the shop's own. Each code once
    (the first of a box, courier or badge given twice), as the scanner types it back: upper
    case, as `parse` reads it."""
    entries = [
        SheetEntry("Everywhere", "BACK", "Back to the queue"),
        SheetEntry("Everywhere", "TAKEOVER", "Take over from another station"),
        SheetEntry("Everywhere", "OK", "Enter"),
        SheetEntry("Queue", "PICK-ALL", "Pick every verified order"),
        SheetEntry("Queue", "GOODS-IN", "Goods in"),
        SheetEntry("Queue", "COUNT", "Cycle count"),
    ]
    entries += [SheetEntry("Hold (verify)", f"HOLD:{r.upper()}", _words(r)) for r in HoldReason]
    entries += [
        SheetEntry("Cancel (verify)", f"CANCEL:{r.upper()}", f"{_words(r)} ({r.cancelled_by})")
        for r in CancelReason
    ]
    entries += [SheetEntry("Pick and pack", "MANUAL", "Confirm one unit by hand")]
    entries += [SheetEntry("Pick and pack", f"BOX-{code.upper()}", name) for code, name in boxes]
    entries += [
        SheetEntry("Label", "PRINT", "Print the label"),
        SheetEntry("Label", "SAVE", "Save the label as PDF"),
        SheetEntry("Label", "REPRINT", "Reprint: label damaged"),
    ]
    entries += [
        SheetEntry("Label", f"REPRINT:{r.upper()}", f"Reprint: {_words(r)}")
        for r in ReprintReason
        if r is not ReprintReason.DAMAGED
    ]
    entries += [SheetEntry("Courier", f"COURIER:{code}", name) for code, name in couriers]
    entries += [
        SheetEntry("Stock", "CLEAR", "Clear what waits"),
        SheetEntry("Stock", "BLIND", "Blind count"),
        SheetEntry("Stock", "FINISH", "Finish the count"),
        SheetEntry("Stock", "CANCEL", "Drop the count"),
    ]
    entries += [SheetEntry("Numbers", str(n), str(n)) for n in QUANTITIES]
    entries += [SheetEntry("Packers", badge, name) for badge, name in badges]
    once: dict[str, SheetEntry] = {}
    for entry in entries:
        once.setdefault(entry.code.upper(), entry)
    return list(once.values())


def _words(code: str) -> str:
    text = code.replace("_", " ")
    return text[:1].upper() + text[1:]
