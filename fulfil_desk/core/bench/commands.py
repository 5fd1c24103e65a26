"""The bench's command codes: what each means, on which pages, and with which arguments.

One list for the scan router (`parse`), the help a page shows (`for_page`), the printable
command sheet (`sheet_entries`) and the README. A command is read before anything else a
code could be, so these words are never taken as a product, an order or a tracking number.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from fulfil_desk.core.aftersales.reships import BENCH_REASONS
from fulfil_desk.core.aftersales.return_rules import ReturnReason
from fulfil_desk.core.kernel.messages import Message, Names, Term
from fulfil_desk.core.kernel.orders import CancelReason, HoldReason

QUEUE = "queue"
DONE = "done"
FLOW = ("verify", "pick", "pack", "label", "tracking")
STOCK = ("goods_in", "count")
RETURNS = "returns"  # a parcel a buyer sent back (core/aftersales/return_bench.py)
HANDOVER = "handover"  # the parcels the courier's driver takes (core/handover/bench.py)
EVERY_PAGE = (QUEUE, *FLOW, DONE, *STOCK, RETURNS, HANDOVER)
PAGE_NAMES = {page: Term("page", page) for page in EVERY_PAGE}  # Receive, Order, Verify, …


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
    does: Message


# In the order the help lists them. `shown` uses <…> for an argument.
COMMANDS: tuple[CommandInfo, ...] = (
    CommandInfo("BACK", "BACK", EVERY_PAGE, Message("bench.does_back")),
    CommandInfo("TAKEOVER", "TAKEOVER", EVERY_PAGE, Message("bench.does_takeover")),
    CommandInfo("PACKER", "PACKER:<name>", EVERY_PAGE, Message("bench.does_packer")),
    CommandInfo("PICK-ALL", "PICK-ALL", (QUEUE,), Message("bench.does_pick_all")),
    CommandInfo("GOODS-IN", "GOODS-IN", (QUEUE, *STOCK), Message("bench.does_goods_in")),
    CommandInfo("COUNT", "COUNT", (QUEUE, *STOCK), Message("bench.does_count")),
    CommandInfo(
        "OK",
        "OK",
        ("verify", "pick", "pack", "label", "goods_in", "count", RETURNS, HANDOVER),
        Message("bench.does_ok"),
    ),  # fmt: skip
    CommandInfo("HOLD", "HOLD:<reason>", ("verify",), Message("bench.does_hold")),
    CommandInfo("CANCEL", "CANCEL:<reason>", ("verify",), Message("bench.does_cancel")),
    CommandInfo("MANUAL", "MANUAL", ("pick", "pack"), Message("bench.does_manual")),
    CommandInfo("BOX", "BOX-<code>", ("pack",), Message("bench.does_box")),
    CommandInfo("PRINT", "PRINT", ("label",), Message("bench.does_print")),
    CommandInfo("SAVE", "SAVE", ("label",), Message("bench.does_save")),
    CommandInfo("REPRINT", "REPRINT[:<reason>]", ("tracking", DONE), Message("bench.does_reprint")),
    CommandInfo("RESHIP", "RESHIP:<reason>", (DONE,), Message("reships.does_reship")),
    CommandInfo(
        "COURIER", "COURIER:<code>", ("label", "tracking"), Message("bench.does_courier")
    ),  # the label takes a number from the courier's band
    CommandInfo("COURIER", "COURIER:<code>", (HANDOVER,), Message("handover.does_courier")),
    CommandInfo("CLEAR", "CLEAR", ("goods_in", "pick", "pack"), Message("bench.does_clear")),
    CommandInfo("BLIND", "BLIND", ("count",), Message("bench.does_blind")),
    CommandInfo("FINISH", "FINISH", ("count",), Message("bench.does_finish")),
    CommandInfo("CANCEL", "CANCEL", ("count",), Message("bench.does_cancel_count")),
    CommandInfo("RETURN", "RETURN", (QUEUE,), Message("returns.does_return")),
    CommandInfo("COND", "COND:<condition>", (RETURNS,), Message("returns.does_cond")),
    CommandInfo("REASON", "REASON:<reason>", (RETURNS,), Message("returns.does_reason")),
    CommandInfo("FINISH", "FINISH", (RETURNS,), Message("returns.does_finish")),
    CommandInfo("HANDOVER", "HANDOVER", (QUEUE,), Message("handover.does_handover")),
    CommandInfo("DRIVER", "DRIVER:<name>", (HANDOVER,), Message("handover.does_driver")),
    CommandInfo("FINISH", "FINISH", (HANDOVER,), Message("handover.does_finish")),
    CommandInfo("FORCE", "FORCE", (HANDOVER,), Message("handover.does_force")),
)
# Per page: what Enter alone does, and what else a scan there can be (commands aside).
Guide = tuple[Message, tuple[tuple[Message, Message], ...]]
ANY_ORDER = (Message("bench.scan_another_order"), Message("bench.scan_another_order_does"))
PRODUCT = Message("bench.scan_a_product")
LINE_AFTER_MANUAL = (Message("bench.scan_a_line"), Message("bench.scan_a_line_does"))
ORDER_NUMBER, TRACKING_NUMBER = Message("bench.scan_an_order"), Message("bench.scan_a_tracking")
PAGE_GUIDE: dict[str, Guide] = {
    QUEUE: (
        Message("bench.enter_at_queue"),
        (
            (ORDER_NUMBER, Message("bench.scan_an_order_at_queue")),
            (TRACKING_NUMBER, Message("bench.scan_a_tracking_at_queue")),
        ),
    ),
    DONE: (
        Message("bench.enter_at_done"),
        (
            (ORDER_NUMBER, Message("bench.scan_an_order_at_done")),
            (TRACKING_NUMBER, Message("bench.scan_a_tracking_at_done")),
        ),
    ),
    "verify": (Message("bench.enter_at_verify"), (ANY_ORDER,)),
    "pick": (
        Message("bench.enter_at_pick"),
        ((PRODUCT, Message("bench.scan_a_product_at_pick")), LINE_AFTER_MANUAL, ANY_ORDER),
    ),
    "pack": (
        Message("bench.enter_at_pack"),
        (
            (PRODUCT, Message("bench.scan_a_product_at_pack")),
            (Message("bench.scan_a_weight"), Message("bench.scan_a_weight_does")),
            LINE_AFTER_MANUAL,
            ANY_ORDER,
        ),
    ),
    "label": (Message("bench.enter_at_label"), (ANY_ORDER,)),
    "tracking": (
        Message("bench.enter_at_tracking"),
        ((Message("bench.scan_a_waybill"), Message("bench.scan_a_waybill_does")), ANY_ORDER),
    ),
    "goods_in": (
        Message("bench.enter_at_goods_in"),
        (
            (PRODUCT, Message("bench.scan_a_product_at_goods_in")),
            (Message("bench.scan_a_quantity"), Message("bench.scan_a_quantity_does")),
        ),
    ),
    "count": (
        Message("bench.enter_at_count"),
        (
            (Message("bench.scan_a_bin"), Message("bench.scan_a_bin_does")),
            (PRODUCT, Message("bench.scan_a_product_at_count")),
            (Message("bench.scan_a_count"), Message("bench.scan_a_count_does")),
        ),
    ),
    RETURNS: (
        Message("returns.enter_at_returns"),
        (
            (Message("returns.guide_parcel"), Message("returns.guide_parcel_does")),
            (ORDER_NUMBER, Message("returns.guide_order_does")),
            (PRODUCT, Message("returns.guide_unit_does")),
            (Message("bench.scan_a_quantity"), Message("returns.guide_quantity_does")),
        ),
    ),
    HANDOVER: (
        Message("handover.enter_at_handover"),
        (
            (TRACKING_NUMBER, Message("handover.guide_parcel_does")),
            (ORDER_NUMBER, Message("handover.guide_parcel_does")),
        ),
    ),
}
_NAMES = frozenset(c.name for c in COMMANDS)
_WITH_ARG = frozenset(
    {"HOLD", "CANCEL", "REPRINT", "COURIER", "PACKER", "RESHIP", "COND", "REASON", "DRIVER"}
)


def parse(code: str) -> Command | None:
    """The command `code` is (any case), else None. `HOLD:OUT_OF_STOCK` → HOLD, out_of_stock;
    `BOX-M` → BOX, M. The argument is checked by the page that takes the command."""
    upper = code.strip().upper()
    if upper.startswith("BOX-") and len(upper) > 4:
        return Command("BOX", upper[4:])
    name, colon, arg = upper.partition(":")
    if name not in _NAMES or (colon and name not in _WITH_ARG):
        return None
    if name in ("PACKER", "DRIVER"):  # a name keeps its case: PACKER:Kim
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
    section: Message | str
    code: str  # what the barcode carries
    words: Message | Term | Names | str  # printed under it: the catalogue's, or a name


QUANTITIES = range(1, 11)
EVERYWHERE, QUEUE_SECTION = Message("bench.sheet_everywhere"), Message("bench.sheet_queue")
PICK_AND_PACK, LABEL = Message("bench.sheet_pick_and_pack"), Message("bench.sheet_label")
STOCK_SECTION = Message("bench.sheet_stock")


def sheet_entries(
    *,
    boxes: list[tuple[str, Term | str]],
    couriers: list[tuple[str, Names | str]],
    badges: list[tuple[str, str]],
) -> list[SheetEntry]:
    """Every code a page accepts, for the printed sheet: `boxes` (code, name), `couriers`
    (code, names in each language) and `badges` (badge code, packer name) are the shop's own.
    Each code once (the first of a box, courier or badge given twice), as the scanner types it
    back: upper case, as `parse` reads it."""
    entries = [
        SheetEntry(EVERYWHERE, "BACK", Message("bench.sheet_back")),
        SheetEntry(EVERYWHERE, "TAKEOVER", Message("bench.sheet_takeover")),
        SheetEntry(EVERYWHERE, "OK", Message("bench.sheet_ok")),
        SheetEntry(QUEUE_SECTION, "PICK-ALL", Message("bench.sheet_pick_all")),
        SheetEntry(QUEUE_SECTION, "GOODS-IN", Message("bench.sheet_goods_in")),
        SheetEntry(QUEUE_SECTION, "COUNT", Message("bench.sheet_count")),
        SheetEntry(QUEUE_SECTION, "RETURN", Message("returns.sheet_return")),
    ]
    hold, cancel = Message("bench.sheet_hold"), Message("bench.sheet_cancel")
    entries += [SheetEntry(hold, f"HOLD:{r.upper()}", _reason(r)) for r in HoldReason]
    entries += [
        SheetEntry(
            cancel,
            f"CANCEL:{r.upper()}",
            Message(
                "bench.sheet_cancel_reason",
                reason=_reason(r),
                by=Term("cancelled_by", r.cancelled_by.value),
            ),
        )
        for r in CancelReason
    ]
    entries += [SheetEntry(PICK_AND_PACK, "MANUAL", Message("bench.sheet_manual"))]
    entries += [SheetEntry(PICK_AND_PACK, f"BOX-{code.upper()}", name) for code, name in boxes]
    entries += [
        SheetEntry(LABEL, "PRINT", Message("bench.sheet_print")),
        SheetEntry(LABEL, "SAVE", Message("bench.sheet_save")),
        SheetEntry(LABEL, "REPRINT", Message("bench.sheet_reprint")),
    ]
    entries += [
        SheetEntry(
            LABEL, f"REPRINT:{r.upper()}", Message("bench.sheet_reprint_for", reason=_reason(r))
        )
        for r in ReprintReason
        if r is not ReprintReason.DAMAGED
    ]
    reship = Message("reships.sheet_reship")
    entries += [
        SheetEntry(
            reship,
            f"RESHIP:{r.upper()}",
            Message("reships.sheet_reship_for", reason=Term("sheet_reship", r.value)),
        )
        for r in BENCH_REASONS
    ]
    courier = Message("bench.sheet_courier")
    entries += [SheetEntry(courier, f"COURIER:{code}", name) for code, name in couriers]
    entries += [
        SheetEntry(STOCK_SECTION, "CLEAR", Message("bench.sheet_clear")),
        SheetEntry(STOCK_SECTION, "BLIND", Message("bench.sheet_blind")),
        SheetEntry(STOCK_SECTION, "FINISH", Message("bench.sheet_finish")),
        SheetEntry(STOCK_SECTION, "CANCEL", Message("bench.sheet_drop_count")),
    ]
    entries += _return_entries()
    handover = Message("handover.sheet_section")
    entries += [
        SheetEntry(handover, "HANDOVER", Message("handover.sheet_handover")),
        SheetEntry(handover, "FORCE", Message("handover.sheet_force")),
    ]
    numbers, packers = Message("bench.sheet_numbers"), Message("bench.sheet_packers")
    entries += [SheetEntry(numbers, str(n), str(n)) for n in QUANTITIES]
    entries += [SheetEntry(packers, badge, name) for badge, name in badges]
    once: dict[str, SheetEntry] = {}
    for entry in entries:
        once.setdefault(entry.code.upper(), entry)
    return list(once.values())


def _return_entries() -> list[SheetEntry]:
    """The Returns page's codes: each unit's condition, the buyer's reason (FINISH is the
    count's, the same code)."""
    section = Message("returns.sheet_section")
    conditions = (("RESELLABLE", "resellable"), ("DAMAGED", "damaged"), ("WRONG", "wrong_item"))
    entries = [
        SheetEntry(section, f"COND:{code}", Message("returns.sheet_condition",
                                                    condition=Term("return_condition", value)))
        for code, value in conditions
    ]  # fmt: skip
    return entries + [
        SheetEntry(section, f"REASON:{r.value.upper()}",
                   Message("returns.sheet_reason", reason=Term("return_reason", r.value)))
        for r in ReturnReason
    ]  # fmt: skip


def _reason(code: str) -> Term:
    """A hold, cancel or reprint reason as a heading on the sheet: "Out of stock"."""
    return Term("sheet_reason", code)
