"""The PDF surface: reportlab, the CJK TrueType fonts `LabelFonts` found, reportlab's own
Code 128 with its bars on whole 203 dpi printer dots."""

from __future__ import annotations

import io

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from fulfil_desk.core.documents.barcodes import DOT_203, snap_to_dots
from fulfil_desk.core.documents.fonts import LATIN_FONT, LabelFonts
from fulfil_desk.core.labels.fitting import LEADING, MM, face
from fulfil_desk.core.labels.surface import Align, Box

QUIET_MODULES = 10
WIDEST_MODULE_DOTS = 3
HUMAN_READABLE_PT = (6.0, 10.0)  # the text under the bars, smallest and largest


class PdfSurface:
    def __init__(self, *, fonts: LabelFonts, title: str):
        self._fonts = fonts
        self._title = title
        self._buffer = io.BytesIO()
        self._canvas: Canvas | None = None
        self._height = 0.0  # the current label's, in points

    @property
    def canvas(self) -> Canvas:
        if self._canvas is None:
            raise RuntimeError("start_label first")
        return self._canvas

    def start_label(self, width_mm: float, height_mm: float) -> None:
        size = (width_mm * MM, height_mm * MM)
        if self._canvas is None:
            self._canvas = Canvas(self._buffer, pagesize=size, invariant=True)
            self._canvas.setTitle(self._title)
            self._canvas.setCreator("fulfil-desk")
        else:
            self._canvas.showPage()
            self._canvas.setPageSize(size)
        self._height = size[1]

    def text(self, box: Box, lines: list[str], *, size_pt: float, bold: bool, align: Align) -> None:
        c = self.canvas
        left, right = box.x * MM, (box.x + box.width) * MM
        baseline = self._height - box.y * MM - size_pt
        for line in lines:
            name, fake_bold = face(self._fonts, line, bold)
            x = left
            if align is not Align.LEFT:
                width = stringWidth(line, name, size_pt)
                x = right - width if align is Align.RIGHT else (left + right - width) / 2
            if fake_bold:  # no bold face has the glyphs: outlined as well as filled
                c.saveState()
                c.setLineWidth(size_pt * 0.045)
                obj = c.beginText(x, baseline)
                obj.setFont(name, size_pt)
                obj.setTextRenderMode(2)
                obj.textOut(line)
                c.drawText(obj)
                c.restoreState()
            else:
                c.setFont(name, size_pt)
                c.drawString(x, baseline, line)
            baseline -= size_pt * LEADING

    def barcode(self, box: Box, data: str, *, human_readable: bool) -> None:
        from reportlab.graphics.barcode.code128 import Code128

        width, height = box.width * MM, box.height * MM
        text_pt = 0.0
        if human_readable:
            text_pt = max(HUMAN_READABLE_PT[0], min(HUMAN_READABLE_PT[1], height * 0.2))
            while text_pt > 4 and stringWidth(data, LATIN_FONT, text_pt) > width:
                text_pt -= 0.5
        bar_height = snap_to_dots(height - text_pt * LEADING)
        # reportlab encodes the data again each time a width is asked for: ask once.
        code = Code128(data, barWidth=1, barHeight=bar_height, quiet=False, humanReadable=False)
        modules = code.width + 2 * QUIET_MODULES
        dots = min(WIDEST_MODULE_DOTS, int(width / (modules * DOT_203)))
        module = dots * DOT_203 if dots else width / modules
        code.barWidth = module
        top = self._height - box.y * MM
        left = snap_to_dots(box.x * MM + (width - modules * module) / 2)
        code.drawOn(self.canvas, left + QUIET_MODULES * module, snap_to_dots(top - bar_height))
        if human_readable:
            c = self.canvas
            c.setFont(LATIN_FONT, text_pt)
            c.drawCentredString((box.x + box.width / 2) * MM, top - height + text_pt * 0.25, data)

    def frame(self, box: Box, *, line_mm: float) -> None:
        c = self.canvas
        c.setLineWidth(line_mm * MM)
        c.rect(
            box.x * MM, self._height - (box.y + box.height) * MM, box.width * MM, box.height * MM
        )

    def rule(self, x1: float, y1: float, x2: float, y2: float, *, line_mm: float) -> None:
        c = self.canvas
        c.setLineWidth(line_mm * MM)
        c.line(x1 * MM, self._height - y1 * MM, x2 * MM, self._height - y2 * MM)

    def finish(self) -> bytes:
        c = self.canvas
        c.showPage()
        c.save()
        return self._buffer.getvalue()
