"""The printed handover list (인수인계서 / 交接单): A4, one row a parcel with its tracking
number's Code 128, totals, the list's own barcode and the driver's signature lines."""

from __future__ import annotations

import io
from datetime import datetime
from functools import partial
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from fulfil_desk.core.documents.barcodes import DOT_203, code128_flowable
from fulfil_desk.core.documents.fonts import LabelFonts, is_cjk
from fulfil_desk.core.documents.numbered_canvas import NumberedCanvas
from fulfil_desk.core.handover.rules import HandoverList, Parcel, kg
from fulfil_desk.core.kernel.messages import Message, Names
from fulfil_desk.core.wording.render import Wording

MARGIN = 28.0
_COLUMNS = (
    Message("handover.col_no"),
    Message("handover.col_order"),
    Message("handover.col_tracking"),
    Message("handover.col_city"),
    Message("handover.col_weight"),
    Message("handover.col_box"),
    Message("handover.col_handed"),
)
_WIDTHS = (22.0, 96.0, None, 88.0, 48.0, 36.0, 70.0)  # the tracking column takes the rest
_BAR_MODULES = (1.0, 0.8, 3 * DOT_203, 2 * DOT_203)
_GREY = colors.Color(0.85, 0.85, 0.85)


def handover_pdf(
    handover: HandoverList,
    *,
    courier: Names,
    shop: str,
    printed_at: datetime,
    fonts: LabelFonts,
    words: Wording,
) -> bytes:
    """The list in `words`' language. A closed list prints what was closed (a reprint gives
    the same pages); an open one says it is not closed yet."""
    title = words(Message("handover.title"))
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=96,
        bottomMargin=42, title=title, creator="fulfil-desk", invariant=True,
    )  # fmt: skip
    cells = _Cells(fonts)
    widths = [doc.width - sum(w for w in _WIDTHS if w) if w is None else w for w in _WIDTHS]
    header = [cells.text(words(c), 7.5, bold=True, center=True) for c in _COLUMNS]
    rows = [cells.row(i, p, words, widths[2], closed=handover.id is not None)
            for i, p in enumerate(handover.parcels, 1)]  # fmt: skip
    table = Table([header, *rows], colWidths=widths, repeatRows=1)
    table.setStyle(_table_style(handover))
    ending = [*_totals(handover, cells, words), Spacer(1, 18)]
    ending += _signatures(handover, cells, words, doc.width)
    story = [table, Spacer(1, 10), KeepTogether(ending)]
    when = handover.closed_at or printed_at
    heading = {
        "title": title,
        "shop": words(Message("handover.shop", shop=shop)),
        "courier": words(Message("handover.courier", courier=courier)),
        "when": words(
            Message("handover.closed_at", at=when)
            if handover.closed_at
            else Message("handover.open_at", at=when)
        ),
        "code": handover.code,
    }
    on_page = partial(_page_header, fonts=fonts, heading=heading)

    def page_label(*, page: int, pages: int) -> str:
        return words(Message("document.page", page=page, pages=pages))

    font = fonts.font_for(page_label(page=1, pages=1))
    maker = partial(NumberedCanvas, page_label=page_label, font=font, margin=MARGIN, bottom=22)
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page, canvasmaker=maker)
    return buffer.getvalue()


class _Cells:
    def __init__(self, fonts: LabelFonts):
        self.fonts = fonts

    def text(self, text: str, size: float, *, bold: bool = False, center: bool = False,
             right: bool = False) -> Paragraph:  # fmt: skip
        style = ParagraphStyle(
            "cell",
            fontName=self.fonts.font_for(text, bold=bold),
            fontSize=size,
            leading=size * 1.25,
            alignment=TA_CENTER if center else TA_RIGHT if right else 0,
            wordWrap="CJK" if any(is_cjk(c) for c in text) else None,
        )
        return Paragraph(escape(text), style)

    def row(self, index: int, p: Parcel, words: Wording, width: float, *, closed: bool) -> list:
        tracking: list = []
        code = code128_flowable(p.tracking_number, max_width=width - 6, bar_height=18,
                                modules=_BAR_MODULES)  # fmt: skip
        if code is not None:
            code.hAlign = "CENTER"
            tracking.append(code)
        tracking.append(self.text(p.tracking_number or "-", 8, center=True))
        state = Message("handover.handed_no") if closed else Message("handover.handed_not_yet")
        if p.scanned:
            state = Message("handover.handed_yes")
        return [
            self.text(str(index), 8, center=True),
            self.text(p.order_number, 8, bold=True),
            tracking,
            self.text(p.city or "-", 8),
            self.text(words(Message("handover.kg", kg=kg(p.weight_g))), 8, right=True),
            self.text(p.box or "-", 8, center=True),
            self.text(words(state), 7.5, center=True),
        ]


def _table_style(handover: HandoverList) -> TableStyle:
    style = [
        ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
        ("BACKGROUND", (0, 0), (-1, 0), _GREY),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    for row, parcel in enumerate(handover.parcels, 1):
        if not parcel.scanned:  # left for the next list, or not scanned out yet
            style.append(("BACKGROUND", (0, row), (-1, row), colors.Color(0.97, 0.93, 0.93)))
    return TableStyle(style)


def _totals(handover: HandoverList, cells: _Cells, words: Wording) -> list:
    closed = handover.id is not None
    handed = len(handover.scanned) if closed else len(handover.parcels)
    lines = [
        Message("handover.total", n=handed, kg=kg(handover.weight_g))
        if closed
        else Message(
            "handover.total_open", n=handed, scanned=len(handover.scanned), kg=kg(handover.weight_g)
        )  # fmt: skip
    ]
    if closed and handover.missing:
        numbers = tuple(p.order_number for p in handover.missing)
        lines.append(Message("handover.left_on_list", n=len(numbers), orders=numbers))
    return [cells.text(words(m), 10, bold=i == 0) for i, m in enumerate(lines)]


def _signatures(handover: HandoverList, cells: _Cells, words: Wording, width: float) -> list:
    driver = handover.driver or ""
    rows = [
        [cells.text(words(Message("handover.sign_driver")), 9), cells.text(driver, 10, bold=True)],
        [cells.text(words(Message("handover.sign_signature")), 9), ""],
        [cells.text(words(Message("handover.sign_time")), 9), ""],
        [cells.text(words(Message("handover.sign_closed_by")), 9),
         cells.text(handover.closed_by, 9)],
    ]  # fmt: skip
    table = Table(rows, colWidths=[110.0, min(260.0, width - 110.0)], rowHeights=26)
    table.setStyle(
        TableStyle(
            [
                ("LINEBELOW", (1, 0), (1, -1), 0.6, colors.black),
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
            ]
        )
    )
    table.hAlign = "LEFT"
    return [table]


def _page_header(canvas: Canvas, doc, *, fonts: LabelFonts, heading: dict) -> None:
    width, height = A4
    canvas.saveState()
    canvas.setFont(fonts.font_for(heading["title"], bold=True), 18)
    canvas.drawString(MARGIN, height - 40, heading["title"])
    for i, key in enumerate(("shop", "courier", "when")):
        text = heading[key]
        canvas.setFont(fonts.font_for(text), 9)
        canvas.drawString(MARGIN, height - 56 - 11 * i, text)
    if heading["code"]:
        code = code128_flowable(heading["code"], max_width=170, bar_height=30,
                                modules=(1.2, 1.0))  # fmt: skip
        if code is not None:
            code.drawOn(canvas, width - MARGIN - code.width, height - 66)
        canvas.setFont("Helvetica-Bold", 10)
        canvas.drawRightString(width - MARGIN - 10, height - 78, heading["code"])
    canvas.restoreState()
