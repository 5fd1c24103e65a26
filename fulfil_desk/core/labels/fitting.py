"""Texts fitted to their boxes with reportlab's metrics: wrapped at spaces (anywhere in
unspaced Chinese), shrunk down to the field's smallest size, then cut with "...".

Each line is measured in the font the PDF surface picks for it (`face`), so the lines
measured here are the lines drawn."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from reportlab.pdfbase.pdfmetrics import stringWidth

from fulfil_desk.core.documents.fonts import ELLIPSIS, LabelFonts, ellipsize, wrap_text

MM = 72 / 25.4  # points in a millimetre
LEADING = 1.2  # a line every 1.2 × the font size
SHRINK_STEP = 0.5


@dataclass(frozen=True)
class Fitted:
    lines: list[str]
    size_pt: float


def face(fonts: LabelFonts, text: str, bold: bool) -> tuple[str, bool]:
    """The font drawing `text`, and whether its bold must be faked (no bold face has the
    glyphs)."""
    name = fonts.font_for(text, bold=bold)
    return name, bold and name == fonts.font_for(text)


def fit(
    text: str,
    *,
    fonts: LabelFonts,
    width_mm: float,
    height_mm: float,
    size_pt: float,
    min_size_pt: float,
    bold: bool,
    max_lines: int | None,
) -> Fitted:
    """`text` as the lines that fit the box, at the largest size from `size_pt` down to
    `min_size_pt` that holds it all; what still does not fit is cut with "...". Each
    paragraph is wrapped in its own font, each line measured in the font it is drawn in."""
    if not text.strip():
        return Fitted([], size_pt)
    width, height = width_mm * MM, height_mm * MM

    def font(row: str) -> str:
        return fonts.font_for(row, bold=bold)

    if "\n" not in text:  # most fields: one line that fits as it is
        one = text.strip()
        if stringWidth(one, font(one), size_pt) <= width:
            return Fitted([one], size_pt)
    size = size_pt
    while True:
        room = _room(height, size, max_lines)
        if room == 1:
            rows = [" ".join(text.split())]
            fits = stringWidth(rows[0], font(rows[0]), size) <= width
        else:
            rows, fits = _wrapped(text, font, size, width)
        if fits and len(rows) <= room:
            return Fitted(rows, size)
        if size <= min_size_pt:
            break
        size = max(min_size_pt, size - SHRINK_STEP)
    if len(rows) > room:
        rows = rows[:room]
        rows[-1] += ELLIPSIS
    return Fitted([ellipsize(r, font(r), size, width) for r in rows], size)


def _wrapped(
    text: str, font: Callable[[str], str], size: float, width: float
) -> tuple[list[str], bool]:
    """The rows of every paragraph wrapped in its font, and whether each row also fits in
    its own font (a row of Latin letters cut from a Chinese paragraph is drawn in
    Helvetica)."""
    rows, fits = [], True
    for paragraph in text.splitlines():
        wrapped_in = font(paragraph)
        for row in wrap_text(paragraph, wrapped_in, size, width):
            drawn_in = font(row)
            if drawn_in != wrapped_in and stringWidth(row, drawn_in, size) > width:
                fits = False
            rows.append(row)
    return rows, fits


def _room(height: float, size: float, max_lines: int | None) -> int:
    """How many lines the box holds at `size` (one at least: a box is never left blank)."""
    lines = 1 + max(0, int((height - size + 1e-6) // (size * LEADING)))
    return min(lines, max_lines) if max_lines else lines
