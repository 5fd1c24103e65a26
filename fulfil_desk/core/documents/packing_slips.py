"""Packing slips as PDF: one 4×6 in page per order (more when its lines do not fit)."""

from __future__ import annotations

from collections.abc import Mapping

from fulfil_desk.core.documents.fonts import LabelFonts
from fulfil_desk.core.documents.labels import LABEL_SIZE, LEADING, MARGIN, Pen, shop_day
from fulfil_desk.core.kernel.messages import Message
from fulfil_desk.core.kernel.orders import Order, OrderLine, ShopInfo
from fulfil_desk.core.safekeeping.privacy import masked
from fulfil_desk.core.wording.render import Wording


def packing_slips_pdf(
    orders: list[Order],
    *,
    shop: ShopInfo,
    fonts: LabelFonts,
    words: Wording,
    mask: bool = False,
    notes: Mapping[int, Message] | None = None,
) -> bytes:
    """One 4×6 in page per order; an order with more lines than fit continues on more pages.
    `mask`: the recipient's name as on a masked label. `words`: the printed words' language.
    `notes`: a line for the buyer under the order's number, by order id (a reshipment's
    "Replacement for …": the buyer learns why a second parcel came)."""
    pen = Pen.open(fonts, words, Message("document.packing_slips_title"))
    for order in [masked(o) for o in orders] if mask else orders:
        _draw_slip(pen, order, shop, (notes or {}).get(order.id or 0))
    return pen.finish()


_SLIP_QTY_W = 28.0
_SLIP_SKU_W = 80.0
_SLIP_SIZE = 8.0
_SLIP_ROWS = {"sku": 2, "title": 3}


def _draw_slip(pen: Pen, order: Order, shop: ShopInfo, note: Message | None) -> None:
    page_w, page_h = LABEL_SIZE
    width = page_w - 2 * MARGIN
    title_w = width - _SLIP_QTY_W - _SLIP_SKU_W - 8
    rows = [
        (
            line,
            pen.wrapped(line.sku, _SLIP_SIZE, _SLIP_SKU_W - 4, _SLIP_ROWS["sku"]),
            pen.wrapped(line.title, _SLIP_SIZE, title_w, _SLIP_ROWS["title"]),
        )
        for line in order.lines
    ]
    table_top = page_h - MARGIN - 142
    table_bottom = MARGIN + 20
    pages: list[list[tuple[OrderLine, list[str], list[str]]]] = [[]]
    room = table_top - table_bottom
    for row in rows:
        height = _slip_row_height(row)
        if pages[-1] and height > room:
            pages.append([])
            room = table_top - table_bottom
        pages[-1].append(row)
        room -= height
    for number, page_rows in enumerate(pages, start=1):
        _slip_header(pen, order, shop, note)
        y = table_top
        for line, sku_rows, title_rows in page_rows:
            pen.line(MARGIN, y - 11, str(line.quantity), _SLIP_QTY_W - 4, 12, 6, bold=True)
            x = MARGIN + _SLIP_QTY_W
            pen.block(x, y - 2, _SLIP_SKU_W - 4, 99, sku_rows, _SLIP_SIZE, _SLIP_SIZE)
            x += _SLIP_SKU_W
            pen.block(x, y - 2, title_w, 99, title_rows, _SLIP_SIZE, _SLIP_SIZE)
            y -= _slip_row_height((line, sku_rows, title_rows))
            pen.canvas.setLineWidth(0.3)
            pen.canvas.line(MARGIN, y, page_w - MARGIN, y)
        total = Message("document.total_units", units=order.units)
        pen.text(MARGIN, MARGIN + 4, total, 8, bold=True)
        if len(pages) > 1:
            page = Message("document.page", page=number, pages=len(pages))
            pen.text(page_w - MARGIN, MARGIN + 4, page, 8, align="right")
        pen.canvas.showPage()


def _slip_row_height(row: tuple[OrderLine, list[str], list[str]]) -> float:
    _line, sku_rows, title_rows = row
    return max(len(sku_rows), len(title_rows), 1.5) * _SLIP_SIZE * LEADING + 6


def _slip_header(pen: Pen, order: Order, shop: ShopInfo, note: Message | None) -> None:
    page_w, page_h = LABEL_SIZE
    left, right, width = MARGIN, page_w - MARGIN, page_w - 2 * MARGIN
    top = page_h - MARGIN
    pen.text(left, top - 12, Message("document.packing_slip"), 13, bold=True)
    pen.line(right, top - 11, shop.name, 120, 9, 5, align="right")
    pen.line(left, top - 28, f"{order.marketplace}  {order.order_number}", width, 11, 6, bold=True)
    pen.text(left, top - 39, Message("document.ordered", day=shop_day(order, shop)), 7)
    if note is not None:
        pen.line(left + width * 0.45, top - 39, note, width * 0.55, 7, 5, bold=True)
    pen.barcode(order.order_number, page_w / 2, top - 88, width, 42)
    pen.text(left, top - 99, Message("document.ship_to"), 6, bold=True)
    pen.line(left, top - 112, order.ship_to.name, width, 12, 6, bold=True)
    pen.rule(top - 120)
    pen.text(left, top - 131, Message("document.qty"), 7, bold=True)
    pen.text(left + _SLIP_QTY_W, top - 131, Message("document.sku"), 7, bold=True)
    pen.text(left + _SLIP_QTY_W + _SLIP_SKU_W, top - 131, Message("document.item"), 7, bold=True)
    pen.rule(top - 136)
