"""4×6 in shipping labels as PDF (reportlab), and the pen the packing slips draw with too.

The pick list lives in `picklist.py` and the packing slips in `packing_slips.py`; the pick
list is re-exported here.
"""

from __future__ import annotations

import io
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

from reportlab.lib.units import inch
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from fulfil_desk.core.documents.barcodes import code128_flowable, snap_to_dots
from fulfil_desk.core.documents.fonts import ELLIPSIS, LabelFonts, ellipsize, wrap_text
from fulfil_desk.core.documents.picklist import pick_list_pdf
from fulfil_desk.core.kernel.messages import Message, Names
from fulfil_desk.core.kernel.orders import Order, ShopInfo
from fulfil_desk.core.safekeeping.privacy import masked
from fulfil_desk.core.wording.render import Wording

__all__ = ["LABEL_SIZE", "Pen", "pick_list_pdf", "shipping_labels_pdf", "shop_day"]

LABEL_SIZE = (4 * inch, 6 * inch)
MARGIN = 9.0
LEADING = 1.2
GREY = 0.45


def shipping_labels_pdf(
    orders: list[Order],
    *,
    shop: ShopInfo,
    fonts: LabelFonts,
    words: Wording,
    courier_names: Mapping[str, Names | str] | None = None,
    mask: bool = False,
    progress=None,
) -> bytes:
    """One 4×6 in page per order. Raises FontMissing when a text needs a font that is absent.

    `mask` (setting `mask_labels`): the recipient's name and phone as Korean couriers print
    them, 홍*동 and 010-1234-**** (see `privacy.py`). `progress(done, total)` after each
    page; what it raises stops the drawing (nothing is returned). `words`: the printed words'
    language, which a courier's name (`courier_names`, by code) is printed in too."""
    pen = Pen.open(fonts, words, Message("document.shipping_labels_title"))
    for done, order in enumerate([masked(o) for o in orders] if mask else orders, 1):
        _draw_label(pen, order, shop, courier_names or {})
        pen.canvas.showPage()
        if progress is not None:
            progress(done, len(orders))
    return pen.finish()


@dataclass
class Pen:
    """A canvas plus the fonts and the words, with text helpers that never leave their box.
    A text is the data's own (`str`) or a message, printed in the words' language."""

    canvas: Canvas
    fonts: LabelFonts
    words: Wording
    buffer: io.BytesIO

    @classmethod
    def open(cls, fonts: LabelFonts, words: Wording, title: Message) -> Pen:
        buffer = io.BytesIO()
        canvas = Canvas(buffer, pagesize=LABEL_SIZE, invariant=True)
        canvas.setTitle(words(title))
        canvas.setCreator("fulfil-desk")
        return cls(canvas, fonts, words, buffer)

    def finish(self) -> bytes:
        self.canvas.save()
        return self.buffer.getvalue()

    def font(self, text: str, bold: bool) -> tuple[str, bool]:
        """The font name, and whether bold must be faked because no bold face has the glyphs."""
        name = self.fonts.font_for(text, bold=bold)
        return name, bold and name == self.fonts.font_for(text)

    def text(
        self,
        x: float,
        y: float,
        said: str | Message,
        size: float,
        *,
        bold: bool = False,
        align: str = "left",
        grey: bool = False,
    ) -> None:
        text = self.words(said)
        name, fake_bold = self.font(text, bold)
        self.run(x, y, text, size, name, fake_bold, align=align, grey=grey)

    def run(
        self,
        x: float,
        y: float,
        text: str,
        size: float,
        name: str,
        fake_bold: bool,
        *,
        align: str = "left",
        grey: bool = False,
    ) -> None:
        width = stringWidth(text, name, size)
        if align == "right":
            x -= width
        elif align == "center":
            x -= width / 2
        c = self.canvas
        c.saveState()
        c.setFillGray(GREY if grey else 0)
        obj = c.beginText(x, y)
        obj.setFont(name, size)
        if fake_bold:
            c.setLineWidth(size * 0.045)
            obj.setTextRenderMode(2)
        obj.textOut(text)
        c.drawText(obj)
        c.restoreState()

    def line(
        self,
        x: float,
        y: float,
        said: str | Message,
        width: float,
        size: float,
        min_size: float,
        **kw,
    ) -> float:
        """One line shrunk (then cut) to fit `width`; returns the size used."""
        text = self.words(said)
        name, fake_bold = self.font(text, kw.pop("bold", False))
        while size > min_size and stringWidth(text, name, size) > width:
            size = max(min_size, size - 0.5)
        self.run(x, y, ellipsize(text, name, size, width), size, name, fake_bold, **kw)
        return size

    def block(
        self,
        x: float,
        top: float,
        width: float,
        height: float,
        texts: list[str],
        size: float,
        min_size: float,
        *,
        bold: bool = False,
    ) -> float:
        """Wrap `texts` into the box, shrinking to `min_size`, cutting what still does not fit.

        Returns the y just under the last line drawn.
        """
        while True:
            rows = self._wrap(texts, size, width, bold)
            if len(rows) * size * LEADING <= height or size <= min_size:
                break
            size = max(min_size, size - 0.5)
        fit = int(height // (size * LEADING))
        if len(rows) > fit:
            rows = rows[:fit]
            if rows:
                name, fake, last = rows[-1]
                rows[-1] = (name, fake, ellipsize(last + ELLIPSIS, name, size, width))
        y = top - size
        for name, fake, row in rows:
            self.run(x, y, row, size, name, fake)
            y -= size * LEADING
        return y + size * LEADING - size * 0.3 if rows else top

    def _wrap(
        self, texts: list[str], size: float, width: float, bold: bool
    ) -> list[tuple[str, bool, str]]:
        rows = []
        for text in texts:
            name, fake = self.font(text, bold)
            rows += [(name, fake, row) for row in wrap_text(text, name, size, width)]
        return rows

    def wrapped(self, text: str, size: float, width: float, max_rows: int) -> list[str]:
        name, _ = self.font(text, False)
        rows = wrap_text(text, name, size, width) or [""]
        if len(rows) > max_rows:
            rows = rows[:max_rows]
            rows[-1] = ellipsize(rows[-1] + ELLIPSIS, name, size, width)
        return rows

    def barcode(self, text: str, center_x: float, bottom: float, width: float, height: float):
        code = code128_flowable(text, max_width=width, bar_height=snap_to_dots(height))
        if code is None:
            return
        # On the 203 dpi dot grid every bar edge falls on a printer dot.
        code.drawOn(self.canvas, snap_to_dots(center_x - code.width / 2), snap_to_dots(bottom))

    def rule(self, y: float, x0: float = MARGIN, x1: float = LABEL_SIZE[0] - MARGIN) -> None:
        self.canvas.setLineWidth(1)
        self.canvas.line(x0, y, x1, y)


def shop_day(order: Order, shop: ShopInfo) -> date | str:
    """The day the order was placed, by the shop's clock (files often give UTC); as the
    file wrote it when it is no ISO 8601 time."""
    try:
        moment = datetime.fromisoformat(order.ordered_at)
    except ValueError:
        return order.ordered_at[:10]
    if moment.tzinfo is None:
        return moment.date()
    return moment.astimezone(ZoneInfo(shop.timezone)).date()


def _day(text: str) -> date | str:
    """The day of an ISO 8601 time as written (a deadline keeps its own day)."""
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        return text[:10]


def _weight(grams: int | None) -> Message | str:
    if grams is None:
        return "-"
    if grams < 1000:
        return Message("paper.grams", grams=grams)
    return Message("paper.kilograms", kg=(Decimal(grams) / 1000).quantize(Decimal("0.01")))


def _draw_label(
    pen: Pen, order: Order, shop: ShopInfo, courier_names: Mapping[str, Names | str]
) -> None:
    page_w, page_h = LABEL_SIZE
    left, right, width = MARGIN, page_w - MARGIN, page_w - 2 * MARGIN
    top = page_h - MARGIN

    # Ship-from block and marketplace box.
    from_w = 168
    pen.text(left, top - 6, Message("document.from"), 6, bold=True)
    sender = [shop.name, *shop.address.lines()]
    if shop.address.phone:
        sender.append(pen.words(Message("document.phone", phone=shop.address.phone)))
    pen.block(left, top - 8, from_w, 50, sender, 7.5, 5)
    box_x = left + from_w + 6
    box_w = right - box_x
    pen.canvas.setLineWidth(1.5)
    pen.canvas.rect(box_x, top - 56, box_w, 56)
    pen.line(box_x + 4, top - 20, order.marketplace, box_w - 8, 15, 7, bold=True)
    # Each language writes its days at its own length: shrunk to the box, never past it.
    ordered = Message("document.ordered", day=shop_day(order, shop))
    pen.line(box_x + 4, top - 34, ordered, box_w - 8, 7, 5)
    if order.ship_by:
        ship_by = Message("document.ship_by", day=_day(order.ship_by))
        pen.line(box_x + 4, top - 45, ship_by, box_w - 8, 7, 5, bold=True)
    header_bottom = top - 62
    pen.rule(header_bottom)

    # SHIP TO, the biggest block.
    to = order.ship_to
    ship_bottom = 200.0
    pen.text(left, header_bottom - 10, Message("document.ship_to"), 7, bold=True)
    y = pen.block(left + 6, header_bottom - 13, width - 6, 44, [to.name], 20, 11, bold=True)
    if to.phone:
        pen.line(left + 6, y - 11, Message("document.phone", phone=to.phone), width - 6, 11, 7)
        y -= 14
    postal_y = ship_bottom + 8
    pen.block(left + 6, y - 2, width - 6, y - 2 - (postal_y + 30), to.lines(), 13, 5)
    pen.line(left + 6, postal_y, to.postal_code, width - 60, 30, 14, bold=True)
    pen.line(right, postal_y, to.country, 50, 22, 10, bold=True, align="right")
    pen.rule(ship_bottom)

    # Order number as text and barcode.
    order_bottom = 118.0
    pen.text(left, ship_bottom - 9, Message("document.order"), 6, bold=True)
    pen.line(left + 30, ship_bottom - 10, order.order_number, width - 30, 11, 6, bold=True)
    pen.barcode(order.order_number, page_w / 2, order_bottom + 6, width, 50)
    pen.rule(order_bottom)

    # Courier and tracking number.
    footer_top = MARGIN + 25
    courier = ""
    if order.courier_code:
        courier = pen.words.value(courier_names.get(order.courier_code, order.courier_code))
    pen.text(left, order_bottom - 9, Message("document.tracking"), 6, bold=True)
    number = order.tracking_number or order.waybill_number  # a band's number, before shipping
    number_w = 130 if number else 0
    if courier:
        courier_w = width - 40 - number_w - 8
        pen.line(left + 40, order_bottom - 11, courier, courier_w, 11, 6, bold=True)
    if number:
        pen.line(right, order_bottom - 11, number, number_w, 11, 6, align="right")
        pen.barcode(number, page_w / 2, footer_top + 6, width, 58)
    else:
        no_number = Message("document.no_tracking")
        pen.text(page_w / 2, footer_top + 34, no_number, 9, align="center", grey=True)
    pen.rule(footer_top)

    # Units, weight, box.
    cells: list[tuple[Message, Message | str]] = [
        (Message("document.units"), str(order.units)),
        (Message("document.weight"), _weight(order.weight_g)),
        (Message("document.box"), order.box or "-"),
    ]
    cell_w = width / len(cells)
    for i, (heading, value) in enumerate(cells):
        x = left + i * cell_w
        if i:
            pen.canvas.line(x, MARGIN, x, footer_top)
        pen.text(x + 4, footer_top - 8, heading, 6, bold=True)
        pen.line(x + 4, MARGIN + 3, value, cell_w - 8, 12, 6, bold=True)
