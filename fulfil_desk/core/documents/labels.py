"""Shipping labels as PDF (drawn through their layouts, core/labels), and the pen the
packing slips draw with.

The pick list lives in `picklist.py` and the packing slips in `packing_slips.py`; the pick
list is re-exported here.
"""

from __future__ import annotations

import io
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from reportlab.lib.units import inch
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from fulfil_desk.core.documents.barcodes import code128_flowable, snap_to_dots
from fulfil_desk.core.documents.fonts import ELLIPSIS, LabelFonts, ellipsize, wrap_text
from fulfil_desk.core.documents.picklist import pick_list_pdf
from fulfil_desk.core.kernel.messages import Message, Names
from fulfil_desk.core.kernel.orders import Order, ShopInfo
from fulfil_desk.core.wording.render import Wording

if TYPE_CHECKING:
    from fulfil_desk.core.labels.layout import Layout

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
    layouts: Sequence[Layout] | None = None,
    printed_on: date | None = None,
) -> bytes:
    """One label per order, each in its layout (`layouts[i]`; default: the built-in 4×6 in
    one). Raises FontMissing when a text needs a font that is absent.

    `mask` (setting `mask_labels`): the recipient's name and phone as Korean couriers print
    them, 홍*동 and 010-1234-**** (see `privacy.py`); a layout may mask by default.
    `progress(done, total)` after each page; what it raises stops the drawing (nothing is
    returned). `words`: the printed words' language, which a courier's name (`courier_names`,
    by code) is printed in too."""
    from fulfil_desk.core.labels.drawing import draw_labels
    from fulfil_desk.core.labels.layout_file import read_layout
    from fulfil_desk.core.labels.pdf_surface import PdfSurface
    from fulfil_desk.core.labels.service import builtin_folder

    if not layouts:
        layouts = [read_layout(builtin_folder() / "4x6.json")] * len(orders)
    surface = PdfSurface(fonts=fonts, title=words(Message("document.shipping_labels_title")))
    return draw_labels(
        surface,
        orders,
        layouts,
        shop=shop,
        fonts=fonts,
        words=words,
        courier_names=courier_names or {},
        mask=mask,
        printed_on=printed_on,
        progress=progress,
    )


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
