"""Shipment confirmation files: Amazon's flat file, Coupang's DeliveryList workbook, plain CSV.

Each writer takes shipped orders and returns the file's bytes, the orders it holds and
messages about the orders it had to leave out. A file is read by the marketplace or a script,
so it is in no reader's language: its columns and words are what the marketplace asks for
(Amazon's English column names and `carrier-name`, Wing's Korean columns and 택배사 names),
and the plain CSV's columns and its English `courier_name` are keys for other programs.

Text cells that a spreadsheet would run as a formula (starting with = + - @, tab or CR) are
written with a leading apostrophe in CSV/TSV; in the workbook every cell is stored as text,
never as a formula (`cells.py`).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Mapping
from dataclasses import dataclass, field

from fulfil_desk.core.exchange.cells import neutralise_cell, text_only
from fulfil_desk.core.exchange.formats import coupang
from fulfil_desk.core.kernel.couriers import Courier, CourierRegistry
from fulfil_desk.core.kernel.messages import Message, Names
from fulfil_desk.core.kernel.orders import Order, OrderLine

AMAZON_COLUMNS = (
    "order-id", "order-item-id", "quantity", "ship-date", "carrier-code", "carrier-name",
    "tracking-number", "ship-method",
)  # fmt: skip
CSV_COLUMNS = (
    "marketplace", "order_number", "recipient_name", "courier", "courier_name",
    "tracking_number", "shipped_at", "tracking_url", "reshipment",
)  # fmt: skip
# The writers' `originals`: of the orders to write, the reshipments, each with the order it
# replaces (core/aftersales/reships.py). The marketplace knows only the original's number.
Originals = Mapping[int, Order]
NONE: Originals = {}
# Which marketplaces' orders belong in each file, unless the person names one.
MARKETPLACES: dict[str, tuple[str, ...] | None] = {
    "amazon": ("amazon",),
    "coupang": ("coupang",),
    "csv": None,
}
SUFFIXES = {"amazon": ".txt", "coupang": ".xlsx", "csv": ".csv"}


@dataclass
class Written:
    data: bytes
    orders: list[Order] = field(default_factory=list)
    rows: int = 0
    left_out: list[Message] = field(default_factory=list)


def one_after_another(sentences: list[Message]) -> Message:
    """Sentences said one after another, as one message."""
    first, *others = sentences
    if not others:
        return first
    return Message("two_sentences", first=first, then=one_after_another(others))


def _courier(order: Order, couriers: CourierRegistry) -> Courier:
    """The courier of a shipped order's shipment: recorded with its tracking number."""
    if order.courier_code is None:
        raise ValueError(f"order {order.order_number} has a tracking number but no courier")
    return couriers.get(order.courier_code)


def _delimited(rows: list[list[str]], delimiter: str, *, bom: bool) -> bytes:
    out = io.StringIO(newline="")
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\r\n")
    writer.writerows([[neutralise_cell(str(cell)) for cell in row] for row in rows])
    return (("\ufeff" if bom else "") + out.getvalue()).encode("utf-8")


def amazon_file(
    orders: list[Order], couriers: CourierRegistry, *, originals: Originals = NONE
) -> Written:
    """Amazon's shipping confirmation flat file, tab-delimited UTF-8, one row per item. A
    reshipment is left out: the file confirms an order's shipment, and has no reshipment."""
    written, rows = Written(b""), [list(AMAZON_COLUMNS)]
    for order in orders:
        if order.id in originals:
            written.left_out.append(
                Message("reships.amazon_no_reship_upload", order=order.order_number)
            )
            continue
        courier = _courier(order, couriers)
        code = courier.amazon_carrier_code or "Other"
        name = courier.amazon_carrier_name or courier.name("en") if code == "Other" else ""
        shipped, tracking = order.shipped_at or "", order.tracking_number or ""
        for line in order.lines:
            rows.append([order.order_number, line.line_key, str(line.quantity), shipped,
                         code, name, tracking, ""])  # fmt: skip
        written.orders.append(order)
    written.rows = len(rows) - 1
    written.data = _delimited(rows, "\t", bom=False)
    return written


def csv_file(
    orders: list[Order], couriers: CourierRegistry, *, originals: Originals = NONE
) -> Written:
    """One row per shipment, UTF-8 with a BOM so that Excel shows Korean and Chinese. A
    reshipment's row has the original's order number, and its own in `reshipment`."""
    written, rows = Written(b""), [list(CSV_COLUMNS)]
    for order in orders:
        courier = _courier(order, couriers)
        url = courier.tracking_url.replace("{number}", order.tracking_number or "")
        original = originals.get(order.saved_id)
        number, reship = (original.order_number, order.order_number) if original else (
            order.order_number, "")  # fmt: skip
        rows.append([order.marketplace, number, order.ship_to.name, courier.code,
                     courier.name("en"), order.tracking_number or "", order.shipped_at or "",
                     url, reship])  # fmt: skip
        written.orders.append(order)
    written.rows = len(rows) - 1
    written.data = _delimited(rows, ",", bom=True)
    return written


def _delivery_rows(order: Order, original: Order | None) -> list[OrderLine]:
    """The DeliveryList rows that carry `order`'s tracking number: its own; for a reshipment,
    the original bundle's rows of the SKUs sent again (all its rows when none is: an
    exchange for another SKU), as Wing takes a new 운송장번호 on the order it knows."""
    if original is None:
        return [ln for ln in order.lines if ln.source.get("cells")]
    sourced = [ln for ln in original.lines if ln.source.get("cells")]
    sent = {ln.sku for ln in order.lines}
    return [ln for ln in sourced if ln.sku in sent] or sourced


def coupang_workbook(
    orders: list[Order], couriers: CourierRegistry, *, originals: Originals = NONE
) -> Written:
    """The DeliveryList as Wing gave it, with 택배사 and 운송장번호 filled, for bulk upload.

    The layout (40 or 39 columns) is the one the orders were imported in; a file mixing
    both is written in the newer one. Sheet `Delivery`, header on row 1. A reshipment's
    courier and tracking number are written on its original bundle's rows.
    """
    import openpyxl

    written = Written(b"")
    lines = []
    not_imported: list[str] = []
    for order in orders:
        courier = _courier(order, couriers)
        if not courier.coupang_name:
            name = Names.of(courier.names or {"en": courier.code})
            written.left_out.append(
                Message("exchange.no_coupang_courier", order=order.order_number, courier=name)
            )
            continue
        original = originals.get(order.saved_id)
        sourced = _delivery_rows(order, original)
        if not sourced and original is None:
            not_imported.append(order.order_number)
            continue
        if not sourced and original is not None:
            written.left_out.append(
                Message(
                    "reships.original_not_from_delivery_list",
                    order=order.order_number,
                    original=original.order_number,
                )
            )
            continue
        written.orders.append(order)
        lines += [(order, courier, ln) for ln in sourced]
    if not_imported:  # one sentence, however many: a shop that typed its orders in has many
        written.left_out.append(
            Message("exchange.not_from_delivery_list", orders=tuple(not_imported))
        )
    layouts = {ln.source.get("layout", "40") for _o, _c, ln in lines}
    columns = list(coupang.LAYOUTS["39" if layouts == {"39"} else "40"])
    extra = [n for _o, _c, ln in lines for n in ln.source["cells"] if n not in columns]
    columns += list(dict.fromkeys(extra))
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Delivery"
    sheet.append(columns)
    for order, courier, line in lines:
        cells = dict(line.source["cells"])
        cells[coupang.COURIER_COLUMN] = courier.coupang_name
        cells[coupang.TRACKING_COLUMN] = order.tracking_number or ""
        sheet.append([cells.get(name, "") for name in columns])
    text_only(sheet)  # text, never a formula, whatever it starts with
    out = io.BytesIO()
    book.save(out)
    written.rows, written.data = len(lines), out.getvalue()
    return written


WRITERS = {"amazon": amazon_file, "coupang": coupang_workbook, "csv": csv_file}
