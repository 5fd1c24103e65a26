"""The printable command sheet: every bench code as a Code 128 barcode on A4 (reportlab).

`sheet_pdf(entries, shop_name=…, day=…, fonts=…)` draws what `bench_commands.sheet_entries`
lists, section by section, each entry its bars, the code in small type and its words under
it, on a grid of four columns: an entry takes as many columns as its bars need. It reads no
database; the Desk gathers the shop's entries (documents/service.py). Its words are the
catalogue's (core/wording/en_bench_commands.py), rendered by `words` in the language of whoever
prints it (English by default), the day as that language writes it; a courier's name in that
language, a box's or a packer's as the shop wrote it.

Sizes, for a 203 dpi thermal or office printer and a USB scanner: every bar and space is a
whole number of printer dots and starts on a dot, the narrowest 3 dots (0.375 mm; 2 dots only
for a code that would not fit the page otherwise), with quiet zones of 10 modules, bars 10 mm
high. `CANCEL:UNDELIVERABLE_ADDRESS` takes three columns, a 30-character badge four.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date
from itertools import groupby

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from fulfil_desk.core.bench.commands import SheetEntry
from fulfil_desk.core.documents.barcodes import DOT_203, QUIET_MODULES, can_encode, snap_to_dots
from fulfil_desk.core.documents.fonts import ELLIPSIS, LabelFonts, ellipsize, wrap_text
from fulfil_desk.core.kernel.messages import Message, Names, Term
from fulfil_desk.core.wording.render import ENGLISH_WORDING, Wording

PAGE_W, PAGE_H = A4
MARGIN = 28.0
COLUMNS = 4
GUTTER = 10.0
COLUMN_W = (PAGE_W - 2 * MARGIN - (COLUMNS - 1) * GUTTER) / COLUMNS
MODULES = (3 * DOT_203, 2 * DOT_203)  # the narrowest bar, widest first
BAR_HEIGHT = 80 * DOT_203  # 10 mm
CODE_SIZE = 6.5
WORDS_SIZE = 8.5
WORDS_ROWS = 2
LEADING = 1.2
CONTENT_TOP = PAGE_H - 74
CONTENT_BOTTOM = 40.0
HEADING_H = 24.0
GREY = 0.4


@dataclass(frozen=True)
class Cell:
    """One entry as laid out: `span` columns wide, bars of `module` (None: no barcode)."""

    entry: SheetEntry
    span: int
    module: float | None
    words: tuple[str, ...]  # its words, wrapped (and cut) to the cell
    words_font: str

    @property
    def width(self) -> float:
        return span_width(self.span)

    @property
    def height(self) -> float:
        return 2 + BAR_HEIGHT + 3 + CODE_SIZE + 3 + len(self.words) * WORDS_SIZE * LEADING + 8


@dataclass(frozen=True)
class Placed:
    kind: str  # "heading" or "cell"
    x: float
    top: float
    text: str = ""  # a heading's
    cell: Cell | None = None


def span_width(span: int) -> float:
    return span * COLUMN_W + (span - 1) * GUTTER


def barcode_width(code: str, module: float) -> float:
    """The width of `code`'s bars with their quiet zones, at `module` per narrowest bar."""
    return _symbol(code, module, BAR_HEIGHT).width


def sheet_pdf(
    entries: list[SheetEntry], *, shop_name: str, day: date, fonts: LabelFonts,
    words: Wording = ENGLISH_WORDING,
) -> bytes:  # fmt: skip
    """The sheet as an A4 PDF, its words rendered by `words`. Raises FontMissing when a text
    needs a font that is absent."""
    pages = layout(entries, fonts, words=words)
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, invariant=True)
    canvas.setTitle(words(Message("bench.sheet_pdf_title", shop=shop_name)))
    canvas.setCreator("fulfil-desk")
    for number, page in enumerate(pages, 1):
        printed = words(Message("paper.sheet_printed", day=day))
        _page_frame(canvas, fonts, words, shop_name, printed, number, len(pages))
        for placed in page:
            if placed.cell is None:  # kind "heading"
                _heading(canvas, fonts, placed)
            else:
                _cell(canvas, fonts, words, placed.cell, placed.x, placed.top)
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def layout(
    entries: list[SheetEntry], fonts: LabelFonts, *, words: Wording = ENGLISH_WORDING
) -> list[list[Placed]]:
    """The pages: each a list of headings and cells with their positions. A section's rows
    fill the columns in the entries' order; a heading never ends a page without a row under
    it, and a section that goes on over a page break says so."""
    pages: list[list[Placed]] = [[]]
    y = CONTENT_TOP
    for section, group in groupby(entries, key=lambda e: e.section):
        cells = [_make_cell(e, fonts, words) for e in group]
        for index, row in enumerate(_rows(cells)):
            height = max(c.height for c in row)
            heading = _text(words, section) if index == 0 else None
            if y - height - (HEADING_H if heading else 0) < CONTENT_BOTTOM and pages[-1]:
                pages.append([])
                y = CONTENT_TOP
                heading = heading or words(Message("bench.sheet_continued", section=section))
            if heading:
                pages[-1].append(Placed("heading", MARGIN, y, text=heading))
                y -= HEADING_H
            x = MARGIN
            for cell in row:
                pages[-1].append(Placed("cell", x, y, cell=cell))
                x += cell.width + GUTTER
            y -= height
    return pages


def _rows(cells: list[Cell]) -> list[list[Cell]]:
    rows: list[list[Cell]] = []
    used = COLUMNS
    for cell in cells:
        if used + cell.span > COLUMNS:
            rows.append([])
            used = 0
        rows[-1].append(cell)
        used += cell.span
    return rows


def _text(words: Wording, said: Message | Term | Names | str) -> str:
    """An entry's words: a message or term rendered, a courier's name in the reader's
    language, or the shop's own name (a box, a packer) as it is."""
    return words.value(said)


def _make_cell(entry: SheetEntry, fonts: LabelFonts, words: Wording) -> Cell:
    span, module = COLUMNS, None
    if can_encode(entry.code):
        fits = (
            (s, m)
            for m in MODULES
            for s in range(1, COLUMNS + 1)
            if barcode_width(entry.code, m) <= span_width(s)
        )
        span, module = next(fits, (COLUMNS, None))
    else:
        span = _text_span(entry.code, fonts)
    text = _text(words, entry.words)
    font = fonts.font_for(text, bold=True)
    width = span_width(span) - 4
    rows = wrap_text(text, font, WORDS_SIZE, width) or [""]
    if len(rows) > WORDS_ROWS:
        rows = rows[:WORDS_ROWS]
        rows[-1] = ellipsize(rows[-1] + ELLIPSIS, font, WORDS_SIZE, width)
    return Cell(entry, span, module, tuple(rows), font)


def _text_span(code: str, fonts: LabelFonts) -> int:
    width = stringWidth(code, fonts.font_for(code, bold=True), 12)
    return next((s for s in range(1, COLUMNS + 1) if width <= span_width(s) - 4), COLUMNS)


def _symbol(code: str, module: float, height: float):
    from reportlab.graphics.barcode.code128 import Code128

    quiet = QUIET_MODULES * module
    return Code128(
        code, barWidth=module, barHeight=height, quiet=True, lquiet=quiet, rquiet=quiet,
        humanReadable=False,
    )  # fmt: skip


def _draw(canvas: Canvas, x: float, y: float, text: str, font: str, size: float, align="left"):
    canvas.setFont(font, size)
    if align == "center":
        canvas.drawCentredString(x, y, text)
    elif align == "right":
        canvas.drawRightString(x, y, text)
    else:
        canvas.drawString(x, y, text)


def _fit(text: str, font: str, size: float, width: float, smallest: float) -> float:
    while size > smallest and stringWidth(text, font, size) > width:
        size -= 0.5
    return size


def _page_frame(
    canvas: Canvas, fonts: LabelFonts, words: Wording, shop: str, date: str, page: int, pages: int
) -> None:
    title = words(Message("bench.sheet_title"))
    right = PAGE_W - MARGIN
    title_font = fonts.font_for(title, bold=True)
    _draw(canvas, MARGIN, PAGE_H - 42, title, title_font, 16)
    shop_font = fonts.font_for(shop, bold=True)
    room = right - MARGIN - stringWidth(title, title_font, 16) - 24
    size = _fit(shop, shop_font, 11, room, 7)
    shown = ellipsize(shop, shop_font, size, room)
    _draw(canvas, right, PAGE_H - 40, shown, shop_font, size, "right")
    _draw(canvas, right, PAGE_H - 54, date, fonts.font_for(date), 9, "right")
    hint = words(Message("bench.sheet_hint"))
    canvas.setFillGray(GREY)
    _draw(canvas, MARGIN, PAGE_H - 56, hint, fonts.font_for(hint), 8.5)
    label = words(Message("bench.sheet_page", page=page, pages=pages))
    _draw(canvas, right, 22, label, fonts.font_for(label), 8, "right")
    canvas.setFillGray(0)
    canvas.setLineWidth(0.8)
    canvas.line(MARGIN, PAGE_H - 64, right, PAGE_H - 64)


def _heading(canvas: Canvas, fonts: LabelFonts, placed: Placed) -> None:
    font = fonts.font_for(placed.text, bold=True)
    _draw(canvas, placed.x, placed.top - 14, placed.text, font, 11)
    canvas.setLineWidth(0.4)
    canvas.line(placed.x, placed.top - 18, PAGE_W - MARGIN, placed.top - 18)


def _cell(
    canvas: Canvas, fonts: LabelFonts, words: Wording, cell: Cell, x: float, top: float
) -> None:
    centre = x + cell.width / 2
    bars_bottom = top - 2 - BAR_HEIGHT
    code_y = bars_bottom - 3 - CODE_SIZE * 0.8
    code = cell.entry.code
    if cell.module is not None:
        symbol = _symbol(code, cell.module, BAR_HEIGHT)
        # On the 203 dpi dot grid every bar edge falls on a printer dot.
        symbol.drawOn(canvas, snap_to_dots(centre - symbol.width / 2), snap_to_dots(bars_bottom))
        canvas.setFillGray(GREY)
        _draw(canvas, centre, code_y, code, fonts.font_for(code), CODE_SIZE, "center")
    else:
        font = fonts.font_for(code, bold=True)
        size = _fit(code, font, 12, cell.width - 4, 6)
        _draw(canvas, centre, bars_bottom + BAR_HEIGHT / 2 - 4, code, font, size, "center")
        canvas.setFillGray(GREY)
        note = words(Message("bench.sheet_no_barcode"))
        _draw(canvas, centre, code_y, note, fonts.font_for(note), CODE_SIZE, "center")
    canvas.setFillGray(0)
    y = code_y - 3 - WORDS_SIZE
    for row in cell.words:
        _draw(canvas, centre, y, row, cell.words_font, WORDS_SIZE, "center")
        y -= WORDS_SIZE * LEADING
