"""A reportlab canvas whose pages say "page n of total": the pick list's and the plan of
action's. Platypus knows the total only once the last page is laid out, so the canvas holds
every page until `save` and then writes each one's number at its foot, right-aligned."""

from __future__ import annotations

from typing import Protocol

from reportlab.lib.colors import Color
from reportlab.pdfgen.canvas import Canvas


class PageLabel(Protocol):
    """The words at a page's foot, e.g. "Page 2 of 3" (a template's `str.format` will do)."""

    def __call__(self, *, page: int, pages: int) -> str: ...


class NumberedCanvas(Canvas):
    """Made by platypus (`doc.build(..., canvasmaker=partial(NumberedCanvas, ...))`):
    `page_label` in `font` at 8 pt, `margin` in from the right edge, its baseline `bottom`
    up from the foot; in `color`, or (None) in the fill colour the page ended with."""

    def __init__(
        self,
        *args,
        page_label: PageLabel,
        font: str,
        margin: float,
        bottom: float,
        color: Color | None = None,
        **kwargs,
    ):
        super().__init__(*args, **kwargs)
        self._page_label = page_label
        self._label_font = font
        self._label_margin = margin
        self._label_bottom = bottom
        self._label_color = color
        self._held: list[dict] = []

    def showPage(self) -> None:  # noqa: N802 - reportlab's name
        self._held.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._held)
        for state in self._held:
            self.__dict__.update(state)
            self.setFont(self._label_font, 8)
            if self._label_color is not None:
                self.setFillColor(self._label_color)
            label = self._page_label(page=self._pageNumber, pages=total)
            self.drawRightString(self._pagesize[0] - self._label_margin, self._label_bottom, label)
            super().showPage()
        super().save()
