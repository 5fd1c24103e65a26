"""Code 128 barcodes: SVG for the screen, reportlab drawings for PDFs."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # reportlab's graphics take 0.15 s to import (numpy): only for PDFs
    from reportlab.graphics.barcode.code128 import Code128

DOT_203 = 72 / 203  # one dot of a 203 dpi label printer, in points


def snap_to_dots(value: float) -> float:
    """A length in points, rounded to whole 203 dpi printer dots (crisp bars)."""
    return round(value / DOT_203) * DOT_203


LABEL_MODULES = (3 * DOT_203, 2 * DOT_203)
QUIET_MODULES = 10


def code128_svg(text: str) -> bytes:
    """An SVG of `text` as Code 128, without the text under the bars."""
    import barcode  # python-barcode brings Pillow (0.1 s, 10 MB): only when a code is drawn
    from barcode.writer import SVGWriter

    code = barcode.Code128(text, writer=SVGWriter())
    return code.render(writer_options={"write_text": False, "quiet_zone": 2.5})


def can_encode(text: str) -> bool:
    """Code 128 carries printable ASCII; anything else is left off the page."""
    return bool(text) and all(32 <= ord(c) < 127 for c in text)


def code128_flowable(
    text: str,
    *,
    max_width: float,
    bar_height: float,
    modules: Sequence[float] = LABEL_MODULES,
) -> Code128 | None:
    """A Code 128 flowable no wider than `max_width`, quiet zones included.

    Tries each module (narrowest bar) width in `modules`, widest first; when none
    fits, the bars are narrowed to fill `max_width`. None when `text` cannot be encoded.
    """
    if not can_encode(text):
        return None
    for module in modules:
        code = _code128(text, module, bar_height)
        if code.width <= max_width:
            return code
    unit = _code128(text, 1.0, bar_height).width
    return _code128(text, max_width / unit, bar_height)


def _code128(text: str, module: float, bar_height: float) -> Code128:
    from reportlab.graphics.barcode.code128 import Code128

    quiet = QUIET_MODULES * module
    return Code128(
        text,
        barWidth=module,
        barHeight=bar_height,
        quiet=True,
        lquiet=quiet,
        rquiet=quiet,
        humanReadable=False,
    )


def code128_modules(text: str) -> str:
    """The bar pattern of `text` as '1' (bar) and '0' (space) modules, for drawing on screen."""
    import barcode

    return barcode.Code128(text).build()[0]
