"""ZPL for thermal label printers: a LabelSurface that writes one `^XA … ^XZ` per label.

Barcodes are the printer's own Code 128 (`^BY` + `^BC`), so the bars are exact printer
dots. Every text, Latin included, is sent as a `^GFA` bitmap rendered with the same
TrueType faces the PDFs use: a Zebra printer has no Hangul or Chinese font unless one is
loaded onto it, and one way of drawing keeps a label's lines alike. A text's bitmap is
cached by its lines, size, weight and box width, so a caption printed on every label is
rendered once.

A label wider than the print head (CJ's 123 × 100 mm on a 4-inch printer, 104 mm) is printed
turned a quarter clockwise: its height across the head, its width along the paper; texts are
rotated bitmaps, bars `^BCR`.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PIL import Image, ImageDraw, ImageFont
from reportlab.pdfbase.pdfmetrics import stringWidth

from fulfil_desk.core.documents.barcodes import can_encode
from fulfil_desk.core.documents.fonts import LATIN_BOLD_FONT, LATIN_FONT, LabelFonts
from fulfil_desk.core.labels.surface import Align, Box

DPIS = (203, 300)
MM_PER_INCH = 25.4
PT_PER_INCH = 72
PT_PER_MM = PT_PER_INCH / MM_PER_INCH
LEADING = 1.2  # the protocol's line pitch, × size_pt
FIRST_BASELINE = 1.0  # the first line's baseline under the box's top, × size_pt (as the PDF)
FAKE_BOLD = 0.0225  # outline added on each side when no bold face has the glyphs, × size
QUIET_MODULES = 10  # blank modules each side of the bars, when the box has room
WIDEST_MODULE_IN = 3 / 203  # a module at most three dots of a 203 dpi printer
HUMAN_READABLE_PT = (6.0, 10.0)  # the text under the bars, smallest and largest
INK = 128  # grey level from which an anti-aliased pixel prints as a dot
TO_DOTS = [0] * INK + [255] * (256 - INK)  # grey levels to printed dots, for Image.point
CACHE_LIMIT = 5_000  # rendered texts kept (a station runs for weeks)
PRINT_WIDTH_MM = 104.0  # a 4-inch thermal printer's head (Zebra ZD421, ZT411: 104 mm)


@dataclass(frozen=True)
class Graphic:
    """A text rendered for the printer: where its ink lies inside the box (unturned), and
    `^GFA` of that ink (turned, on a turned label)."""

    dx: int
    dy: int
    width: int
    height: int
    command: str


class ZplTexts:
    """Rendered texts and loaded faces, kept from one document to the next (one a Desk):
    loading a face takes ~1 ms, and a label's captions are the same on every label."""

    def __init__(self) -> None:
        self.graphics: dict[tuple, Graphic | None] = {}
        self.faces: dict[tuple[str, int], ImageFont.FreeTypeFont] = {}


class ZplSurface:
    """Draws labels as ZPL at `dpi` (203 or 300) with the CJK-capable `fonts`; `texts`
    keeps what was rendered for the next surface (a surface of its own by default); a label
    wider than `print_width_mm` and not higher is turned."""

    def __init__(
        self,
        *,
        dpi: int = 203,
        fonts: LabelFonts,
        texts: ZplTexts | None = None,
        print_width_mm: float = PRINT_WIDTH_MM,
    ):
        if dpi not in DPIS:
            raise ValueError(f"dpi must be one of {DPIS}, not {dpi}")
        self.dpi = dpi
        self.fonts = fonts
        self.texts = texts or ZplTexts()
        self.print_width_mm = print_width_mm
        self._labels: list[str] = []
        self._fields: list[str] | None = None
        self._turned = False
        self._across = 0  # a turned label's height in dots: the printer's width

    # -- the protocol -------------------------------------------------------------------

    def start_label(self, width_mm: float, height_mm: float) -> None:
        self._close()
        self._turned = width_mm > self.print_width_mm >= height_mm
        self._across = self.dots(height_mm)
        if self._turned:
            width_mm, height_mm = height_mm, width_mm
        self._fields = [
            "^XA",
            f"^PW{self.dots(width_mm)}",
            f"^LL{self.dots(height_mm)}",
            "^LH0,0",
        ]

    def text(self, box: Box, lines: list[str], *, size_pt: float, bold: bool, align: Align) -> None:
        width = self.dots(box.width)
        key = (tuple(lines), size_pt, bold, align, width, self.dpi, self._turned)
        cache = self.texts.graphics
        graphic = cache.get(key, ...)
        if graphic is ...:
            if len(cache) >= CACHE_LIMIT:
                cache.clear()
            graphic = cache[key] = self._render(lines, size_pt, bold, align, width)
        if graphic is not None:
            x, y = self.dots(box.x) + graphic.dx, self.dots(box.y) + graphic.dy
            x, y, _, _ = self._place(x, y, graphic.width, graphic.height)
            self._field(f"^FO{x},{y}{graphic.command}^FS")

    def barcode(self, box: Box, data: str, *, human_readable: bool) -> None:
        if not can_encode(data):
            return  # as the PDF: what Code 128 cannot carry is left off
        subset_c = data.isdigit() and len(data) % 2 == 0
        modules = code128_modules(data, subset_c=subset_c)
        width, height = self.dots(box.width), self.dots(box.height)
        # As the PDF surface: the widest module of whole dots up to three 203 dpi dots (four
        # at 300 dpi) that leaves quiet zones; one dot when even that does not fit.
        widest = max(1, int(WIDEST_MODULE_IN * self.dpi + 1e-9))
        module = max(1, min(widest, width // (modules + 2 * QUIET_MODULES)))
        text_pt = 0.0
        if human_readable:
            low, high = HUMAN_READABLE_PT
            text_pt = max(low, min(high, box.height * PT_PER_MM * 0.2))
            while text_pt > 4 and stringWidth(data, LATIN_FONT, text_pt) > box.width * PT_PER_MM:
                text_pt -= 0.5
        bars_height = max(1, height - self.dots(text_pt * LEADING / PT_PER_MM))
        x = self.dots(box.x) + max(0, (width - modules * module) // 2)
        code = (">;" + data) if subset_c else (">:" + data.replace(">", "><"))
        escape = "^FH\\" if any(c in code for c in "^~\\") else ""
        for char, hex_code in (("\\", "\\5C"), ("^", "\\5E"), ("~", "\\7E")):
            if escape:
                code = code.replace(char, hex_code)
        x, y, _, _ = self._place(x, self.dots(box.y), modules * module, bars_height)
        self._field(
            f"^FO{x},{y}^BY{module},3,{bars_height}"
            f"^BC{'R' if self._turned else 'N'},{bars_height},N,N,N,N{escape}^FD{code}^FS"
        )
        if human_readable:
            # Its baseline a quarter of its size above the box's bottom, as the PDF's.
            top = box.y + box.height - text_pt * 1.25 / PT_PER_MM
            under = Box(box.x, top, box.width, text_pt * LEADING / PT_PER_MM)
            self.text(under, [data], size_pt=text_pt, bold=False, align=Align.CENTRE)

    def frame(self, box: Box, *, line_mm: float) -> None:
        # ^GB draws inside its box; the PDF strokes on the outline: half the line each side.
        thickness = max(1, self.dots(line_mm))
        half = thickness // 2
        width = max(thickness, self.dots(box.width) + thickness)
        height = max(thickness, self.dots(box.height) + thickness)
        x, y = max(0, self.dots(box.x) - half), max(0, self.dots(box.y) - half)
        x, y, width, height = self._place(x, y, width, height)
        self._field(f"^FO{max(0, x)},{y}^GB{width},{height},{thickness},B,0^FS")

    def rule(self, x1: float, y1: float, x2: float, y2: float, *, line_mm: float) -> None:
        thickness = max(1, self.dots(line_mm))
        (ax, ay), (bx, by) = (
            self._point(self.dots(x1), self.dots(y1)),
            self._point(self.dots(x2), self.dots(y2)),
        )
        left, right = sorted((ax, bx))
        top, bottom = sorted((ay, by))
        if top == bottom or left == right:
            half = thickness // 2
            x, y = (left, top - half) if top == bottom else (left - half, top)
            width, height = max(thickness, right - left), max(thickness, bottom - top)
            self._field(f"^FO{max(0, x)},{max(0, y)}^GB{width},{height},{thickness},B,0^FS")
            return
        # ^GD: R rises to the right (lower-left to upper-right), L falls to the right.
        rising = (by < ay) == (bx > ax)
        lean = "R" if rising else "L"
        self._field(f"^FO{left},{top}^GD{right - left},{bottom - top},{thickness},B,{lean}^FS")

    def finish(self) -> bytes:
        self._close()
        document = "\n".join(self._labels)
        self._labels = []
        return (document + "\n").encode("ascii") if document else b""

    # -- helpers ------------------------------------------------------------------------

    def dots(self, mm: float) -> int:
        return round(mm * self.dpi / MM_PER_INCH)

    def _point(self, x: int, y: int) -> tuple[int, int]:
        """A point of the label on the printer's dots (a turned label: a quarter clockwise)."""
        return (self._across - y, x) if self._turned else (x, y)

    def _place(self, x: int, y: int, width: int, height: int) -> tuple[int, int, int, int]:
        """A rectangle of the label (top-left, size) on the printer's dots."""
        if self._turned:
            return self._across - y - height, x, height, width
        return x, y, width, height

    def _field(self, command: str) -> None:
        if self._fields is None:
            raise RuntimeError("start_label before drawing")
        self._fields.append(command)

    def _close(self) -> None:
        if self._fields is not None:
            self._fields.append("^XZ")
            self._labels.append("\n".join(self._fields))
            self._fields = None

    def _render(
        self, lines: list[str], size_pt: float, bold: bool, align: Align, width: int
    ) -> Graphic | None:
        """The lines as the printer's dots, cropped to their ink; None when nothing prints."""
        px = size_pt * self.dpi / PT_PER_INCH
        pitch = px * LEADING
        height = math.ceil(px * FIRST_BASELINE + pitch * max(0, len(lines) - 1) + px * 0.4)
        canvas = Image.new("L", (max(1, width), max(1, height)), 0)
        draw = ImageDraw.Draw(canvas)
        for index, line in enumerate(lines):
            if not line.strip():
                continue
            font, fake_bold = self._font(line, px, bold)
            stroke = round(px * FAKE_BOLD) if fake_bold else 0
            # An outline under half a dot rounds to none: the line drawn twice, one dot
            # apart, instead (a one-dot outline blots small glyphs).
            offsets = (0, 1) if fake_bold and stroke == 0 else (0,)
            advance = font.getlength(line)
            pdf_name = self.fonts.font_for(line, bold=bold)
            pdf_width = stringWidth(line, pdf_name, size_pt) * self.dpi / PT_PER_INCH
            # Another face than the PDF's (Helvetica has no file here): squeezed, never
            # wider than the width the layout fitted the line to.
            squeeze = pdf_width / advance if 0 < pdf_width < advance / 1.01 else 1.0
            left = 0
            if align == Align.CENTRE:
                left = round((width - advance * squeeze) / 2)
            elif align == Align.RIGHT:
                left = round(width - advance * squeeze)
            baseline = round(px * FIRST_BASELINE + pitch * index)
            if squeeze == 1.0:
                for dx in offsets:
                    draw.text(
                        (left + dx, baseline), line, font=font, fill=255, anchor="ls",
                        stroke_width=stroke,
                    )  # fmt: skip
                continue
            ascent, descent = font.getmetrics()
            image = Image.new("L", (math.ceil(advance) + 2 * stroke + 2, ascent + descent), 0)
            line_draw = ImageDraw.Draw(image)
            for dx in offsets:
                line_draw.text(
                    (stroke + dx, ascent), line, font=font, fill=255, anchor="ls",
                    stroke_width=stroke,
                )  # fmt: skip
            image = image.resize((max(1, round(image.width * squeeze)), image.height))
            canvas.paste(image, (left - round(stroke * squeeze), baseline - ascent), image)
        ink = canvas.point(TO_DOTS, "1")
        found = ink.getbbox()
        if found is None:
            return None
        cropped = ink.crop(found)
        sent = cropped.transpose(Image.Transpose.ROTATE_270) if self._turned else cropped
        row_bytes = (sent.width + 7) // 8
        data = sent.tobytes()
        command = f"^GFA,{len(data)},{len(data)},{row_bytes},{data.hex().upper()}"
        return Graphic(found[0], found[1], cropped.width, cropped.height, command)

    def _font(self, line: str, px: float, bold: bool) -> tuple[ImageFont.FreeTypeFont, bool]:
        """The face to render `line` with, and whether bold must be faked."""
        name = self.fonts.font_for(line, bold=bold)
        path = self._path(name, line)
        fake_bold = bold and not any(f.bold and str(f.path) == path for f in self.fonts.faces)
        key = (path, round(px * 4))
        font = self.texts.faces.get(key)
        if font is None:
            font = self.texts.faces[key] = ImageFont.truetype(path, size=round(px * 4) / 4)
        return font, fake_bold

    def _path(self, name: str, line: str) -> str:
        for face in self.fonts.faces:
            if face.name == name:
                return str(face.path)
        # Helvetica (a PDF's built-in font) has no file: a found face with the glyphs.
        want_bold = name == LATIN_BOLD_FONT
        needed = {ord(c) for c in line if not c.isspace()}
        faces = sorted(
            self.fonts.faces, key=lambda f: ("DejaVu" not in f.name, f.bold != want_bold)
        )
        for face in faces:
            if face.covers(needed):
                return str(face.path)
        if self.fonts.faces:
            return str(self.fonts.faces[0].path)
        raise LookupError(f"no TrueType face to draw {line!r} ({LATIN_FONT} has no file)")


def code128_modules(data: str, *, subset_c: bool) -> int:
    """How many modules wide the bars of `data` are: start, data, check, stop (13)."""
    symbols = len(data) // 2 if subset_c else len(data)
    return 11 * (symbols + 2) + 13


def zpl_page(ink: Image.Image) -> bytes:
    """A page already in the printer's dots (mode "1", ink = 1) as one `^XA … ^XZ` label: a
    page no layout draws, such as a customs form rendered from its PDF (ui/printing.py)."""
    rows = (ink.width + 7) // 8
    data = ink.tobytes()
    graphic = f"^GFA,{len(data)},{len(data)},{rows},{data.hex().upper()}"
    fields = ["^XA", f"^PW{ink.width}", f"^LL{ink.height}", "^LH0,0", f"^FO0,0{graphic}^FS", "^XZ"]
    return ("\n".join(fields) + "\n").encode("ascii")
