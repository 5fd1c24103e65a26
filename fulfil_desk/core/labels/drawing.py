"""A layout drawn for orders on a LabelSurface: each field's value said in the reader's
words, fitted to its box, and handed to the surface."""

from __future__ import annotations

import string
from collections.abc import Callable, Mapping, Sequence
from datetime import date

from fulfil_desk.core.documents.barcodes import can_encode
from fulfil_desk.core.documents.fonts import LabelFonts
from fulfil_desk.core.kernel.messages import Message, Names
from fulfil_desk.core.kernel.orders import Order, ShopInfo
from fulfil_desk.core.labels.fitting import Fitted, fit
from fulfil_desk.core.labels.layout import Field, Kind, Layout
from fulfil_desk.core.labels.surface import Box, LabelSurface
from fulfil_desk.core.labels.values import Value, label_values
from fulfil_desk.core.safekeeping.privacy import masked
from fulfil_desk.core.wording.render import Wording


def draw_labels(
    surface: LabelSurface,
    orders: Sequence[Order],
    layouts: Sequence[Layout],
    *,
    shop: ShopInfo,
    fonts: LabelFonts,
    words: Wording,
    courier_names: Mapping[str, Names | str],
    mask: bool = False,
    printed_on: date | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> bytes:
    """One label per order, each in its layout (`layouts[i]` for `orders[i]`); the receiver
    masked when `mask` (setting `mask_labels`) or when the layout masks by default.
    `progress(done, total)` after each label; what it raises stops the drawing."""
    fitted: dict[tuple[int, str], Fitted] = {}  # captions and the sender: alike on every label
    for done, (order, layout) in enumerate(zip(orders, layouts, strict=True), 1):
        values = label_values(
            masked(order) if mask or layout.mask else order,
            shop=shop,
            courier_names=courier_names,
            printed_on=printed_on,
        )
        draw_label(surface, layout, values, fonts=fonts, words=words, fitted=fitted)
        if progress is not None:
            progress(done, len(orders))
    return surface.finish()


def draw_label(
    surface: LabelSurface,
    layout: Layout,
    values: Mapping[str, Value],
    *,
    fonts: LabelFonts,
    words: Wording,
    fitted: dict[tuple[int, str], Fitted] | None = None,
) -> None:
    """One label; `fitted`: the texts fitted so far, by field and text, kept across labels."""
    fitted = {} if fitted is None else fitted
    surface.start_label(layout.width_mm, layout.height_mm)
    for field in layout.fields:
        if field.kind is Kind.FRAME:
            surface.frame(field.box, line_mm=field.line_mm)
        elif field.kind is Kind.RULE:
            b = field.box
            surface.rule(b.x, b.y, b.x + b.width, b.y + b.height, line_mm=field.line_mm)
        elif field.kind is Kind.BARCODE:
            data = _said(values[field.value], field, words)
            if can_encode(data):
                surface.barcode(field.box, data, human_readable=field.human_readable)
            else:
                _text(surface, field, _empty(field, words), fonts, fitted)
        else:
            text = _caption(field, words) if field.kind is Kind.CAPTION else ""
            if field.kind is Kind.TEXT:
                text = _said(values[field.value], field, words) or _empty(field, words)
            _text(surface, field, text, fonts, fitted)


def _said(value: Value, field: Field, words: Wording) -> str:
    if isinstance(value, tuple):
        text = "\n".join(words.value(part) for part in value)
    else:
        text = words.value(value)
    text = field.replace.get(text, text)
    if text and field.message:
        (param,) = _params(field.message, words)
        text = words(Message(field.message, **{param: text}))
    return text


def _params(key: str, words: Wording) -> list[str]:
    entry = words.catalogue[key]
    template = entry if isinstance(entry, str) else entry[1]
    return [f for _, f, _, _ in string.Formatter().parse(template) if f]


def _caption(field: Field, words: Wording) -> str:
    if field.message:
        return words(Message(field.message))
    return words.value(field.words) if field.words is not None else ""


def _empty(field: Field, words: Wording) -> str:
    if field.empty_message:
        return words(Message(field.empty_message))
    return words.value(field.words) if field.words is not None else ""


def _text(
    surface: LabelSurface,
    field: Field,
    text: str,
    fonts: LabelFonts,
    fitted: dict[tuple[int, str], Fitted],
) -> None:
    box: Box = field.box
    key = (id(field), text)
    done = fitted.get(key)
    if done is None:
        if len(fitted) > 10_000:  # a batch of thousands: its data's texts are seen once
            fitted.clear()
        done = fitted[key] = fit(
            text,
            fonts=fonts,
            width_mm=box.width,
            height_mm=box.height,
            size_pt=field.size_pt,
            min_size_pt=field.min_size_pt,
            bold=field.bold,
            max_lines=field.max_lines,
        )
    if done.lines:
        surface.text(box, done.lines, size_pt=done.size_pt, bold=field.bold, align=field.align)
