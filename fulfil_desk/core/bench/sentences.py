"""The bench's sentences about orders and scans, shared by the page handlers.

Issue 11 turns these into messages (keys and parameters); until then they are English, and
they are made here and in the handlers only.
"""

from __future__ import annotations

from datetime import datetime

from fulfil_desk.core.bench.commands import COMMANDS, DONE, FLOW, PAGE_NAMES, QUEUE, reason_codes
from fulfil_desk.core.bench.reading import Kind, Reading
from fulfil_desk.core.bench.workflow import SET_ASIDE, Step, step_of
from fulfil_desk.core.kernel.errors import NotFound, UnknownCode, UserError, WrongScan
from fulfil_desk.core.kernel.orders import Order, OrderStatus

FLOW_PAGES = FLOW  # the pages of an order's own steps

HINTS = {
    QUEUE: "Scan an order number, or press Enter for the most urgent order.",
    DONE: "Scan REPRINT to print its label again, another order, or Enter for the next order.",
    "verify": "Press Enter to verify, or scan HOLD:<reason>, CANCEL:<reason> or BACK.",
    "pick": "Scan the next item on the pick list.",
    "pack": "Scan each item into the box, then the weight, then press Enter.",
    "label": "Press Enter (or scan PRINT) to print the label, SAVE to save it as PDF.",
    "tracking": "Scan the tracking number on the courier's waybill.",
    "goods_in": "Scan a product, then how many; Enter receives it.",
    "count": "Scan the next item in the bin, or FINISH.",
}


def progress(order: Order) -> str:
    """How far an order at a bench step is: '1 of 2 in the box'."""
    step = step_of(order)
    if step is Step.PICK:
        return f"{order.units_picked} of {order.units} picked"
    if step is Step.PACK:
        return f"{order.units_packed} of {order.units} in the box"
    if step is Step.LABEL:
        return "box closed, no label yet"
    return "label printed, no tracking number yet"


def arrival_sentence(bench, order: Order, waiting: dict | None) -> str:
    """What the verdict says of the order a scan opened (or showed)."""
    if bench.state.page == DONE:
        return record_sentence(bench.desk, order)
    page = PAGE_NAMES[bench.state.page]
    if waiting is not None and order.status in SET_ASIDE:
        where = "" if waiting["station"] == bench.desk.station else f" at {waiting['station']}"
        return f"{order.order_number} resumed at {page}, {progress(order)} (put aside{where})"
    return f"{order.order_number} opened at {page}"


def record_sentence(desk, order: Order) -> str:
    """A finished order in one sentence: what became of it, when and by whom, with which
    courier and tracking number."""
    tz = desk.settings.shop_tz()
    record = desk.audit.order_record(order.id)

    def when(at: str | None) -> str:
        return datetime.fromisoformat(at).astimezone(tz).strftime("%Y-%m-%d %H:%M") if at else ""

    if order.status is OrderStatus.CANCELLED:
        reason = (order.cancel_reason or "").replace("_", " ")
        by = f" by {record['cancelled']['by']}" if record["cancelled"] else ""
        return (
            f"Order {order.order_number} was cancelled {when(order.cancelled_at)}{by} "
            f"({reason}, {order.cancelled_by} cancellation). Nothing to ship."
        )
    if order.tracking_number:
        how = f" with {_courier_name(desk, order.courier_code)} {order.tracking_number}"
    else:
        how = " (no tracking number recorded)"
    who = [f"{step} by {record[step]['by']}" for step in ("packed", "shipped") if record[step]]
    at = f" {when(order.shipped_at)}" if order.shipped_at else ""
    by = f", {', '.join(who)}" if who else ""
    return (
        f"Order {order.order_number} shipped{at}{how}{by}. Scan REPRINT to print its label again."
    )


def _courier_name(desk, code: str | None) -> str:
    try:
        return desk.couriers.get(code).name() if code else "?"
    except NotFound:  # a courier no longer in the list
        return code


def hint(bench) -> str:
    page = bench.state.page
    if page == Step.PICK.value and bench.state.pick_list_id is None:
        return "Press Enter to start picking this order."
    return HINTS.get(page, "")


def not_here(bench, reading: Reading) -> UserError:
    """A code the page has no use for, named for what it is."""
    page = PAGE_NAMES[bench.state.page]
    if reading.kind is Kind.COMMAND:
        where = [PAGE_NAMES[p] for p in dict.fromkeys(
            p for c in infos_of(reading.command.name) for p in c.pages)]  # fmt: skip
        return WrongScan(
            f"{reading.command.code} is not used at {page} (only at {', '.join(where)}). "
            f"{hint(bench)}"
        )
    if reading.kind is Kind.PRODUCT:
        return WrongScan(f"{reading.code} is product {reading.sku}: not used at {page}. "
                         f"{hint(bench)}")  # fmt: skip
    return UnknownCode(
        f"Unknown code {shown(reading.code)}: no order, product or command has it. {hint(bench)}"
    )


def infos_of(name: str):
    return [c for c in COMMANDS if c.name == name]


def shown(code: str) -> str:
    return repr(code if len(code) <= 40 else code[:40] + "…")


def reason_arg(name: str, arg: str, default: str | None = None) -> str:
    value = arg or default
    allowed = reason_codes(name)
    if value not in allowed:
        listed = ", ".join(f"{name}:{r.upper()}" for r in allowed)
        raise WrongScan(f"Unknown {name.lower()} reason {arg.upper()!r}; scan one of {listed}.")
    return value
