"""The customs declaration as PDF: a CN22, or a CN23 with the commercial invoice's fields, on
4×6 in pages like the label it is printed after (core/documents/service.py appends it to the
label's pages: one print job on the label printer).

Customs officers read English: where the reader's language is Korean or Chinese, each heading
is printed in it and in English (`세관신고서 / Customs declaration`). The data (names,
addresses, descriptions, codes) is printed as stored; the money and the day through `Wording`.
"""

from __future__ import annotations

import io
from decimal import Decimal

from reportlab.pdfgen.canvas import Canvas

from fulfil_desk.core.customs.rules import CustomsForm
from fulfil_desk.core.customs.service import Declaration, DeclaredItem
from fulfil_desk.core.documents.fonts import LabelFonts
from fulfil_desk.core.documents.labels import LABEL_SIZE, LEADING, MARGIN, Pen
from fulfil_desk.core.kernel.messages import Message
from fulfil_desk.core.wording.render import Wording

BILINGUAL = ("ko", "zh_CN")
CATEGORIES = (
    Message("customs.category_gift"), Message("customs.category_documents"),
    Message("customs.category_sample"), Message("customs.category_returned"),
    Message("customs.category_sale"), Message("customs.category_other"),
)  # fmt: skip
SOLD = CATEGORIES[4]  # a marketplace order is a sale of goods
TITLES = {
    CustomsForm.CN22: Message("customs.title_cn22"),
    CustomsForm.CN23: Message("customs.title_cn23"),
}
_ROW = 6.5  # the items' type size
# Room for the items, in rows of type: under the first page's head, under a later page's,
# and what the foot (totals, the invoice's facts, the certificate, the signature) takes.
_FIRST_ROWS, _LATER_ROWS, _FOOT_ROWS = 20, 34, 13
# The items' columns: (heading key, width in pt); the description takes what is left.
_COLUMNS = (
    (Message("customs.col_qty"), 18.0), (Message("customs.col_weight"), 34.0),
    (Message("customs.col_value"), 52.0), (Message("customs.col_hs"), 46.0),
    (Message("customs.col_origin"), 22.0),
)  # fmt: skip


def customs_pdf(declarations: list[Declaration], *, fonts: LabelFonts, words: Wording) -> bytes:
    """One declaration after another, each on as many 4×6 in pages as its items need."""
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=LABEL_SIZE, invariant=True)
    canvas.setTitle(words(Message("customs.document_title")))
    canvas.setCreator("fulfil-desk")
    pen = Pen(canvas, fonts, words, buffer)
    english = Wording(zone=words.zone) if words.lang in BILINGUAL else None
    for declaration in declarations:
        _FormDrawer(pen, english, declaration).draw()
    return pen.finish()


class _FormDrawer:
    def __init__(self, pen: Pen, english: Wording | None, declaration: Declaration):
        self.pen = pen
        self.english = english
        self.d = declaration
        self.width = LABEL_SIZE[0] - 2 * MARGIN

    def said(self, message: Message) -> str:
        """The heading in the reader's words, and in English after it when they are not."""
        mine = self.pen.words(message)
        return mine if self.english is None else f"{mine} / {self.english(message)}"

    def draw(self) -> None:
        pages = self._paged_items()
        for number, items in enumerate(pages, start=1):
            y = self._head(number, len(pages))
            y = self._items(y, items)
            if number == len(pages):
                self._foot(y)
            self.pen.canvas.showPage()

    def _paged_items(self) -> list[list[tuple[DeclaredItem, list[str]]]]:
        """The items' rows, page by page; the foot goes on the last page, or one of its own."""
        desc_w = self.width - sum(w for _, w in _COLUMNS) - 4
        rows = [(i, self.pen.wrapped(i.description, _ROW, desc_w, 3)) for i in self.d.items]
        pages: list[list[tuple[DeclaredItem, list[str]]]] = [[]]
        room = _FIRST_ROWS
        for row in rows:
            if pages[-1] and len(row[1]) > room:
                pages.append([])
                room = _LATER_ROWS
            pages[-1].append(row)
            room -= len(row[1])
        if room < _FOOT_ROWS:
            pages.append([])  # the totals, the certificate and the signature need their room
        return pages

    # ---- the head: title, sender, recipient, category ----------------------------------------

    def _head(self, page: int, pages: int) -> float:
        pen, d = self.pen, self.d
        left, right = MARGIN, LABEL_SIZE[0] - MARGIN
        top = LABEL_SIZE[1] - MARGIN
        code = "CN 22" if d.form is CustomsForm.CN22 else "CN 23"
        pen.text(right, top - 14, code, 16, bold=True, align="right")
        title = TITLES[d.form]
        pen.line(left, top - 12, self.said(title), self.width - 60, 9, 5, bold=True)
        pen.line(left, top - 22, self.said(Message("customs.may_be_opened")), self.width - 60, 6, 4)
        if pages > 1:
            said = Message("document.page", page=page, pages=pages)
            pen.text(right, top - 24, said, 6, align="right")
        number = Message("customs.order_line", marketplace=d.marketplace, order=d.order_number)
        pen.line(left, top - 33, number, self.width, 7, 5, bold=True)
        if page > 1:
            pen.rule(top - 38)
            return top - 40
        sender = d.sender.address.name or d.sender.name
        y = self._party(top - 38, Message("customs.sender"), sender, d.sender.address, "")
        y = self._party(y, Message("customs.recipient"), d.recipient.name, d.recipient, d.pccc)
        return self._categories(y)

    def _party(self, y: float, heading: Message, name: str, address, pccc: str) -> float:
        pen = self.pen
        pen.rule(y)
        pen.line(MARGIN, y - 7, self.said(heading), self.width, 6, 4, bold=True)
        pen.line(MARGIN, y - 17, name, self.width, 9, 6, bold=True)
        lines = [*address.lines()]
        if address.phone:
            lines.append(pen.words(Message("customs.phone_line", phone=address.phone)))
        y = pen.block(MARGIN, y - 19, self.width, 32, lines, 7, 5)
        if pccc:
            said = f"{self.said(Message('customs.pccc_heading'))}: {pccc}"
            pen.line(MARGIN, y - 9, said, self.width, 8, 5, bold=True)
            y -= 10
        return y - 3

    def _categories(self, y: float) -> float:
        pen, c = self.pen, self.pen.canvas
        pen.rule(y)
        column = self.width / 3
        for n, category in enumerate(CATEGORIES):
            x = MARGIN + (n % 3) * column
            row_y = y - 10 - (n // 3) * 10
            c.setLineWidth(0.6)
            c.rect(x, row_y - 1, 6, 6)
            if category is SOLD:
                c.line(x, row_y - 1, x + 6, row_y + 5)
                c.line(x, row_y + 5, x + 6, row_y - 1)
            pen.line(x + 9, row_y, category, column - 11, 6.5, 4.5, bold=category is SOLD)
        return y - 25

    # ---- the items and the totals ------------------------------------------------------------

    def _items(self, y: float, items: list[tuple[DeclaredItem, list[str]]]) -> float:
        pen, words = self.pen, self.pen.words
        pen.rule(y)
        right_edges = self._right_edges()
        desc_w = self.width - sum(w for _, w in _COLUMNS) - 4
        pen.line(MARGIN, y - 8, Message("customs.col_description"), desc_w, 6, 4, bold=True)
        for (heading, width), edge in zip(_COLUMNS, right_edges, strict=True):
            pen.line(edge, y - 8, heading, width - 2, 6, 4, bold=True,
                     align="right")  # fmt: skip
        y -= 11
        for item, rows in items:
            pen.block(MARGIN, y, desc_w, len(rows) * _ROW * LEADING + 1, rows, _ROW, _ROW)
            cells = (str(item.quantity), words(_kg(item.weight_g)), words.money(item.value),
                     item.hs_code, item.origin_country)  # fmt: skip
            for text, (_, width), edge in zip(cells, _COLUMNS, right_edges, strict=True):
                pen.line(edge, y - _ROW, text, width - 2, _ROW, 4.5, align="right")
            y -= len(rows) * _ROW * LEADING + 2
        return y

    def _right_edges(self) -> list[float]:
        edges, x = [], LABEL_SIZE[0] - MARGIN
        for _, width in reversed(_COLUMNS):
            edges.append(x)
            x -= width
        return list(reversed(edges))

    def _foot(self, y: float) -> None:
        pen, d, words = self.pen, self.d, self.pen.words
        pen.rule(y)
        edges = self._right_edges()
        pen.line(MARGIN, y - 9, self.said(Message("customs.totals")), 110, 7, 5, bold=True)
        pen.line(edges[1], y - 9, words(_kg(d.weight_g)), 50, 7, 5, bold=True, align="right")
        pen.line(edges[2], y - 9, words.money(d.total), 80, 7, 5, bold=True, align="right")
        y -= 13
        if d.form is CustomsForm.CN23:
            facts = [
                Message("customs.invoice_number", order=d.order_number),
                Message("customs.currency_line", currency=d.total.currency),
                Message("customs.courier_line", courier=d.courier or "-"),
                Message("customs.importer_line", name=d.recipient.name),
            ]
            for fact in facts:
                pen.line(MARGIN, y - 7, words(fact), self.width, 6.5, 4.5)
                y -= 8
        certify = [self.pen.words(Message("customs.certify"))]
        if self.english is not None:
            certify.append(self.english(Message("customs.certify")))
        y = pen.block(MARGIN, y - 2, self.width, 46, certify, 6, 4.5)
        bottom = MARGIN + 6
        said = self.said(Message("customs.date_line", day=d.day))
        pen.line(MARGIN, bottom, said, self.width * 0.45, 7, 5)
        sign_x = MARGIN + self.width * 0.5
        pen.canvas.setLineWidth(0.6)
        pen.canvas.line(sign_x, bottom - 2, LABEL_SIZE[0] - MARGIN, bottom - 2)
        signature = self.said(Message("customs.signature"))
        pen.line(sign_x, bottom - 9, signature, self.width * 0.5, 6, 4)


def pages_after(first: bytes, then: bytes) -> bytes:
    """One PDF: the pages of `first`, then those of `then` (the labels, then the forms)."""
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    for pdf in (first, then):
        writer.append(PdfReader(io.BytesIO(pdf)))
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _kg(grams: int) -> Message:
    return Message("customs.kg", kg=(Decimal(grams) / 1000).quantize(Decimal("0.001")))
