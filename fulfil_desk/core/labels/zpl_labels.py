"""A batch of shipping labels as ZPL: each order's layout drawn on a ZplSurface, as the PDF
draws it on a PdfSurface (core/labels/drawing.py), so both break their lines alike."""

from __future__ import annotations

from typing import TYPE_CHECKING

from fulfil_desk.core.labels.drawing import draw_labels
from fulfil_desk.core.labels.layout_file import read_layout
from fulfil_desk.core.labels.service import builtin_folder
from fulfil_desk.core.labels.zpl import ZplSurface, ZplTexts

if TYPE_CHECKING:
    from fulfil_desk.core.documents.service import LabelBatch


def zpl_labels(batch: LabelBatch, *, dpi: int, texts: ZplTexts | None = None) -> bytes:
    """The ZPL of every label of `batch`, one `^XA … ^XZ` per order, at `dpi`; `texts`:
    what earlier labels rendered (see ZplTexts)."""
    surface = ZplSurface(dpi=dpi, fonts=batch.fonts, texts=texts)
    layouts = list(batch.layouts) or [read_layout(builtin_folder() / "4x6.json")] * len(
        batch.orders
    )  # a batch made without layouts: the built-in 4×6 in, as the PDF's
    return draw_labels(
        surface,
        list(batch.orders),
        layouts,
        shop=batch.shop,
        fonts=batch.fonts,
        words=batch.words,
        courier_names=batch.courier_names,
        mask=batch.mask,
        printed_on=batch.printed_on,
    )
