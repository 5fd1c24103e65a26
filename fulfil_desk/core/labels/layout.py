"""A label layout: a page size and fields, read from a JSON file (`layout_file.py`).

Every field has a box in mm from the label's top-left corner. A text or barcode field shows a
value of the order (`VALUE_NAMES`, see `values.py`); a caption shows words of its own; a frame
and a rule are lines.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from fulfil_desk.core.kernel.messages import Names
from fulfil_desk.core.labels.surface import Align, Box


class Kind(StrEnum):
    TEXT = "text"
    BARCODE = "barcode"
    FRAME = "frame"
    RULE = "rule"
    CAPTION = "caption"


# What a text or barcode field can show, by name.
VALUE_NAMES = (
    "waybill", "tracking_number", "order_number", "marketplace", "ordered", "ship_by", "date",
    "courier_name", "receiver_name", "receiver_phone", "receiver_address", "receiver_street",
    "postal_code", "country", "sender_name", "sender_phone", "sender_address", "sender_street",
    "sender_block", "item_summary",
    "quantity", "weight", "box_size", "delivery_message", "sorting_code",
)  # fmt: skip


@dataclass(frozen=True)
class Field:
    kind: Kind
    box: Box
    name: str = ""  # for a person reading a refusal: the field's own name, or its value's
    value: str = ""  # one of VALUE_NAMES (text, barcode)
    words: Names | str | None = None  # a caption's words (by language), or a text's if empty
    message: str = ""  # a catalogue key: a caption's words, or a template for the value
    empty_message: str = ""  # a catalogue key said when the value is empty
    size_pt: float = 8.0
    min_size_pt: float = 8.0  # the text shrinks down to this before it is cut
    bold: bool = False
    align: Align = Align.LEFT
    max_lines: int | None = None  # None: as many as the box holds
    line_mm: float = 0.3
    human_readable: bool = False
    replace: dict[str, str] = field(default_factory=dict)  # a value printed as another text


@dataclass(frozen=True)
class Layout:
    name: str
    title: Names
    width_mm: float
    height_mm: float
    fields: tuple[Field, ...]
    mask: bool = False  # print the receiver as 홍*동 / 010-1234-**** (Korean courier forms)
    path: Path | None = None
