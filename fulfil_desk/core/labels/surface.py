"""What a label layout draws on: one protocol, two surfaces (PDF through reportlab, ZPL for
thermal printers), so that a layout comes out the same on both.

Coordinates are millimetres from the label's top-left corner, x to the right, y down. The
layout code has already fitted every text (wrapped, ellipsized, with reportlab's font metrics
for the font and size given), so a surface draws the lines it is handed and never re-flows
them: the PDF and the ZPL of one label break their lines in the same places.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Protocol


class Align(StrEnum):
    LEFT = "left"
    CENTRE = "centre"
    RIGHT = "right"


@dataclass(frozen=True)
class Box:
    """A rectangle on the label, in mm from its top-left corner."""

    x: float
    y: float
    width: float
    height: float


class LabelSurface(Protocol):
    def start_label(self, width_mm: float, height_mm: float) -> None:
        """A new label of this size (every label of a document may have its own)."""

    def text(self, box: Box, lines: list[str], *, size_pt: float, bold: bool, align: Align) -> None:
        """`lines` from the top of `box`, one line every 1.2 × size_pt; the font is the
        surface's CJK-capable one (bold drawn as the surface can)."""

    def barcode(self, box: Box, data: str, *, human_readable: bool) -> None:
        """Code 128 filling `box` (bars as wide as fits, whole modules), its text under it
        when `human_readable`; digits-only data of even length is drawn in subset C."""

    def frame(self, box: Box, *, line_mm: float) -> None:
        """A rectangle outline."""

    def rule(self, x1: float, y1: float, x2: float, y2: float, *, line_mm: float) -> None:
        """A straight line."""

    def finish(self) -> bytes:
        """The document: every label started, in order."""
