"""The pick list: an A4 table of what to take from which bin (reportlab platypus)."""

from __future__ import annotations

import io
from datetime import datetime
from functools import partial
from xml.sax.saxutils import escape

from reportlab.graphics.shapes import Drawing, Rect
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

from fulfil_desk.core.documents.barcodes import DOT_203, code128_flowable
from fulfil_desk.core.documents.fonts import LabelFonts, is_cjk
from fulfil_desk.core.documents.numbered_canvas import NumberedCanvas
from fulfil_desk.core.kernel.messages import Message
from fulfil_desk.core.kernel.orders import PickRow
from fulfil_desk.core.wording.render import Wording

# The column headings, left to right.
_COLUMNS = (
    Message("document.bin"),
    Message("document.sku"),
    Message("document.item"),
    Message("document.qty"),
    Message("document.picked"),
    Message("document.done"),
    Message("document.orders"),
    Message("document.barcode"),
)

MARGIN = 28.0
# bin, sku, title, qty, picked, check, orders, barcode; the title takes what is left.
_FIXED_WIDTHS = (48.0, 68.0, None, 28.0, 36.0, 30.0, 102.0, 112.0)
_MAX_ORDERS_SHOWN = 8
_MAX_CHARS = {"bin": 40, "sku": 60, "title": 160}
_BAR_MODULES = (1.0, 0.75, 2 * DOT_203, 0.6)


def pick_list_pdf(
    rows: list[PickRow],
    *,
    title: Message,
    created_at: datetime,
    fonts: LabelFonts,
    words: Wording,
) -> bytes:
    """A4 portrait, rows in the order given; the header row repeats on every page. Its
    words in `words`' language, `created_at` by the shop's clock."""
    title_text = words(title)
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=62,
        bottomMargin=42,
        title=title_text,
        creator="fulfil-desk",
        invariant=True,
    )
    widths = _column_widths(doc.width)
    cells = _Cells(fonts, words)
    header = [cells.text(words(heading), 7, bold=True) for heading in _COLUMNS]
    data = [header] + [cells.row(row, widths[-1]) for row in rows]
    table = Table(data, colWidths=widths, repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.85, 0.85, 0.85)),
                (
                    "ROWBACKGROUNDS",
                    (0, 1),
                    (-1, -1),
                    [colors.white, colors.Color(0.96, 0.96, 0.96)],
                ),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("ALIGN", (3, 0), (5, -1), "CENTER"),
                ("LEFTPADDING", (0, 0), (-1, -1), 3),
                ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    summary = words(
        Message("document.pick_summary", skus=len(rows), units=sum(r.quantity for r in rows))
    )
    created = words(Message("document.created", at=created_at))
    on_page = partial(_page_header, fonts=fonts, title=title_text, created=created, summary=summary)

    def page_label(*, page: int, pages: int) -> str:
        return words(Message("document.page", page=page, pages=pages))

    font = fonts.font_for(page_label(page=1, pages=1))
    canvasmaker = partial(
        NumberedCanvas, page_label=page_label, font=font, margin=MARGIN, bottom=22
    )
    doc.build([table], onFirstPage=on_page, onLaterPages=on_page, canvasmaker=canvasmaker)
    return buffer.getvalue()


def _column_widths(total: float) -> list[float]:
    title = total - sum(w for w in _FIXED_WIDTHS if w is not None)
    return [title if w is None else w for w in _FIXED_WIDTHS]


class _Cells:
    """Builds table cells, each paragraph in a font that has its glyphs."""

    def __init__(self, fonts: LabelFonts, words: Wording):
        self.fonts = fonts
        self.words = words

    def text(self, text: str, size: float, *, bold: bool = False, center: bool = False):
        style = ParagraphStyle(
            "cell",
            fontName=self.fonts.font_for(text, bold=bold),
            fontSize=size,
            leading=size * 1.2,
            alignment=TA_CENTER if center else 0,
            wordWrap="CJK" if any(is_cjk(c) for c in text) else None,
        )
        return Paragraph(escape(text), style)

    def row(self, row: PickRow, barcode_width: float) -> list:
        orders = list(row.order_numbers[:_MAX_ORDERS_SHOWN])
        hidden = len(row.order_numbers) - len(orders)
        if hidden > 0:
            more = self.words(Message("document.more_orders", count=hidden))
            orders.append(more.replace(" ", "\N{NO-BREAK SPACE}"))
        return [
            self.text(_cut(row.bin_location, _MAX_CHARS["bin"]), 9, bold=True),
            self.text(_cut(row.sku, _MAX_CHARS["sku"]), 7.5),
            self.text(_cut(row.title, _MAX_CHARS["title"]), 7.5),
            self.text(str(row.quantity), 11, bold=True, center=True),
            self.text(str(row.picked), 9, center=True),
            _checkbox(),
            self.text(", ".join(orders), 6),
            self._barcode(row.barcode, barcode_width - 6),
        ]

    def _barcode(self, value: str, width: float) -> list:
        cell: list = []
        code = code128_flowable(value, max_width=width, bar_height=20, modules=_BAR_MODULES)
        if code is not None:
            code.hAlign = "CENTER"
            cell.append(code)
        if value:
            cell.append(self.text(value, 6, center=True))
        return cell


def _cut(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 3] + "..."


def _checkbox() -> Drawing:
    box = Drawing(14, 14)
    box.add(Rect(1, 1, 12, 12, fillColor=None, strokeColor=colors.black, strokeWidth=1))
    box.hAlign = "CENTER"
    return box


def _page_header(
    canvas: Canvas, doc, *, fonts: LabelFonts, title: str, created: str, summary: str
) -> None:
    width, height = A4
    canvas.saveState()
    canvas.setFont(fonts.font_for(title, bold=True), 15)
    canvas.drawString(MARGIN, height - 36, title)
    canvas.setFont(fonts.font_for(created), 8)
    canvas.drawRightString(width - MARGIN, height - 30, created)
    canvas.setFont(fonts.font_for(summary), 8)
    canvas.drawRightString(width - MARGIN, height - 41, summary)
    canvas.restoreState()
