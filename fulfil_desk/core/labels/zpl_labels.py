"""A batch of shipping labels as ZPL: today's 4×6 in label drawn through the LabelSurface
protocol onto a ZplSurface.

This is the ZPL side's own 4×6 drawing, kept until the courier layouts (`core/labels/`,
layouts as data) draw on any LabelSurface; then a batch's ZPL is the order's layout
rendered on a ZplSurface and this module keeps only `zpl_labels`' signature. Texts are
fitted here with reportlab's metrics, as the protocol asks of a layout.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from typing import TYPE_CHECKING

from fulfil_desk.core.documents.fonts import ELLIPSIS, ellipsize, wrap_text
from fulfil_desk.core.documents.labels import shop_day
from fulfil_desk.core.kernel.messages import Message, Names
from fulfil_desk.core.kernel.orders import Order, ShopInfo
from fulfil_desk.core.labels.surface import Align, Box, LabelSurface
from fulfil_desk.core.labels.zpl import ZplSurface, ZplTexts
from fulfil_desk.core.safekeeping.privacy import masked
from fulfil_desk.core.wording.render import Wording

if TYPE_CHECKING:
    from fulfil_desk.core.documents.fonts import LabelFonts
    from fulfil_desk.core.documents.service import LabelBatch

WIDTH_MM, HEIGHT_MM = 101.6, 152.4
MARGIN = 3.5
PT_PER_MM = 72 / 25.4
LINE = 0.35


def zpl_labels(batch: LabelBatch, *, dpi: int, texts: ZplTexts | None = None) -> bytes:
    """The ZPL of every label of `batch`, one `^XA … ^XZ` per order, at `dpi`; `texts`:
    what earlier labels rendered (see ZplTexts)."""
    surface = ZplSurface(dpi=dpi, fonts=batch.fonts, texts=texts)
    pen = _Pen(surface=surface, fonts=batch.fonts, words=batch.words)
    for order in batch.orders:
        _draw(pen, masked(order) if batch.mask else order, batch.shop, batch.courier_names)
    return surface.finish()


class _Pen:
    """Fits texts to boxes (wrap, ellipsize) and hands the lines to the surface."""

    def __init__(self, *, surface: LabelSurface, fonts: LabelFonts, words: Wording):
        self.surface = surface
        self.fonts = fonts
        self.words = words

    def text(
        self,
        box: Box,
        said: str | Message | Sequence[str | Message],
        size: float,
        *,
        bold: bool = False,
        align: Align = Align.LEFT,
    ) -> None:
        texts = [self.words(t) for t in ([said] if isinstance(said, str | Message) else said)]
        width = box.width * PT_PER_MM
        most = max(1, int(box.height * PT_PER_MM // (size * 1.2)))
        lines: list[str] = []
        for text in texts:
            name = self.fonts.font_for(text, bold=bold)
            lines += wrap_text(text, name, size, width)
        if len(lines) > most:
            lines = lines[:most]
            name = self.fonts.font_for(lines[-1], bold=bold)
            lines[-1] = ellipsize(lines[-1] + ELLIPSIS, name, size, width)
        self.surface.text(box, lines, size_pt=size, bold=bold, align=align)


def _day(text: str) -> date | str:
    """The day of an ISO 8601 time as written (a deadline keeps its own day)."""
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        return text[:10]


def _draw(pen: _Pen, order: Order, shop: ShopInfo, couriers: Mapping[str, Names | str]) -> None:
    s = pen.surface
    s.start_label(WIDTH_MM, HEIGHT_MM)
    left, width = MARGIN, WIDTH_MM - 2 * MARGIN

    # Ship-from block and marketplace box.
    pen.text(Box(left, 3, 60, 3), Message("document.from"), 6, bold=True)
    sender: list[str | Message] = [shop.name, *shop.address.lines()]
    if shop.address.phone:
        sender.append(Message("document.phone", phone=shop.address.phone))
    pen.text(Box(left, 6, 60, 15), sender, 7)
    s.frame(Box(66, 3, WIDTH_MM - MARGIN - 66, 19), line_mm=0.5)
    pen.text(Box(67.5, 4, 30, 7), order.marketplace, 14, bold=True)
    pen.text(Box(67.5, 12, 30, 4), Message("document.ordered", day=shop_day(order, shop)), 6.5)
    if order.ship_by:
        ship_by = Message("document.ship_by", day=_day(order.ship_by))
        pen.text(Box(67.5, 16, 30, 4), ship_by, 6.5, bold=True)
    s.rule(left, 24, WIDTH_MM - MARGIN, 24, line_mm=LINE)

    # SHIP TO, the biggest block.
    to = order.ship_to
    pen.text(Box(left, 25.5, width, 3), Message("document.ship_to"), 7, bold=True)
    pen.text(Box(left + 2, 29, width - 2, 12), to.name, 20, bold=True)
    if to.phone:
        pen.text(Box(left + 2, 41, width - 2, 5), Message("document.phone", phone=to.phone), 11)
    pen.text(Box(left + 2, 47, width - 2, 22), to.lines(), 12)
    pen.text(Box(left + 2, 70, width - 25, 12), to.postal_code, 28, bold=True)
    pen.text(Box(WIDTH_MM - MARGIN - 22, 72, 22, 9), to.country, 22, bold=True, align=Align.RIGHT)
    s.rule(left, 82, WIDTH_MM - MARGIN, 82, line_mm=LINE)

    # Order number as text and barcode.
    pen.text(Box(left, 83.5, 14, 3), Message("document.order"), 6, bold=True)
    pen.text(Box(left + 14, 83.5, width - 14, 5), order.order_number, 11, bold=True)
    s.barcode(Box(left, 89, width, 15), order.order_number, human_readable=False)
    s.rule(left, 106, WIDTH_MM - MARGIN, 106, line_mm=LINE)

    # Courier and tracking (or waybill) number.
    number = order.tracking_number or order.waybill_number
    courier = ""
    if order.courier_code:
        courier = pen.words.value(couriers.get(order.courier_code, order.courier_code))
    pen.text(Box(left, 107.5, 14, 3), Message("document.tracking"), 6, bold=True)
    if courier:
        pen.text(Box(left + 14, 107.5, 40, 5), courier, 11, bold=True)
    if number:
        pen.text(Box(58, 107.5, WIDTH_MM - MARGIN - 58, 5), number, 11, align=Align.RIGHT)
        s.barcode(Box(left, 114, width, 22), number, human_readable=True)
    else:
        pen.text(Box(left, 122, width, 5), Message("document.no_tracking"), 9, align=Align.CENTRE)
    s.rule(left, 138, WIDTH_MM - MARGIN, 138, line_mm=LINE)

    # Units, weight, box.
    weight: str | Message = "-"
    if order.weight_g is not None:
        weight = Message("paper.grams", grams=order.weight_g)
    cells: list[tuple[Message, str | Message]] = [
        (Message("document.units"), str(order.units)),
        (Message("document.weight"), weight),
        (Message("document.box"), order.box or "-"),
    ]
    cell = width / len(cells)
    for i, (heading, value) in enumerate(cells):
        x = left + i * cell
        if i:
            s.rule(x, 138, x, HEIGHT_MM - MARGIN, line_mm=LINE)
        pen.text(Box(x + 1.5, 139.5, cell - 3, 3), heading, 6, bold=True)
        pen.text(Box(x + 1.5, 143, cell - 3, 6), value, 12, bold=True)
