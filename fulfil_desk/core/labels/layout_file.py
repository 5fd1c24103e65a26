"""Reading a layout file: every mistake refused in one sentence naming the file, the field
(by its number and name) and what is wrong, before anything is drawn."""

from __future__ import annotations

import json
import string
from pathlib import Path
from typing import Any

from fulfil_desk.core.kernel.errors import BadFile
from fulfil_desk.core.kernel.messages import Message, Names
from fulfil_desk.core.labels.layout import VALUE_NAMES, Field, Kind, Layout
from fulfil_desk.core.labels.surface import Align, Box
from fulfil_desk.core.wording.catalogue import ENGLISH

LAYOUT_KEYS = ("name", "title", "width_mm", "height_mm", "mask", "fields")
FIELD_KEYS = (
    "kind", "name", "box", "value", "text", "message", "if_empty", "if_empty_message", "size",
    "min_size", "bold", "align", "max_lines", "line_mm", "human_readable", "replace",
)  # fmt: skip
NEEDS = {Kind.TEXT: "value", Kind.BARCODE: "value"}
ALIGNS = tuple(a.value for a in Align)


def read_layout(path: Path) -> Layout:
    """The layout in `path`; BadFile when it cannot be read or is not a layout."""
    return parse_layout_text(layout_text(path), file=str(path), stem=path.stem, path=path)


def layout_text(path: Path) -> str:
    """The text of a layout's file; BadFile when it cannot be read."""
    try:
        return path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as error:
        raise BadFile(Message("labels.file_unreadable", file=str(path), why=str(error))) from None


def parse_layout_text(text: str, *, file: str, stem: str, path: Path | None = None) -> Layout:
    """The layout a JSON text holds (`file`: what a refusal names; `stem`: the name it must
    have); BadFile when it is not JSON or not a layout."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise BadFile(
            Message(
                "labels.file_not_json",
                file=file,
                line=error.lineno,
                column=error.colno,
                why=error.msg,
            )
        ) from None
    return parse_layout(data, file=file, stem=stem, path=path)


def parse_layout(data: Any, *, file: str, stem: str, path: Path | None = None) -> Layout:
    def refuse(problem: Message) -> BadFile:
        return BadFile(Message("labels.layout_problem", file=file, problem=problem))

    if not isinstance(data, dict):
        raise refuse(Message("labels.not_an_object"))
    for key in data:
        if key not in LAYOUT_KEYS:
            raise refuse(Message("labels.unknown_key", key=key, keys=LAYOUT_KEYS))
    for key in ("name", "title", "width_mm", "height_mm", "fields"):
        if key not in data:
            raise refuse(Message("labels.missing_key", key=key))
    name = data["name"]
    if name != stem:
        raise refuse(Message("labels.name_not_file", name=str(name), stem=stem))
    title = _names(data["title"])
    if title is None:
        raise refuse(_bad("title", Message("labels.expect_words")))
    width, height = data["width_mm"], data["height_mm"]
    for key, value in (("width_mm", width), ("height_mm", height)):
        if not _number(value) or value <= 0:
            raise refuse(_bad(key, Message("labels.expect_positive")))
    mask = data.get("mask", False)
    if not isinstance(mask, bool):
        raise refuse(_bad("mask", Message("labels.expect_true_false")))
    if not isinstance(data["fields"], list) or not data["fields"]:
        raise refuse(_bad("fields", Message("labels.expect_fields")))
    fields = []
    for index, raw in enumerate(data["fields"], 1):
        label = _field_label(raw, index)
        try:
            fields.append(_field(raw, width, height))
        except _Problem as problem:
            raise BadFile(
                Message(
                    "labels.field_problem",
                    file=file,
                    index=index,
                    name=label,
                    problem=problem.message,
                )
            ) from None
    return Layout(
        name=name,
        title=title if isinstance(title, Names) else Names.of({"en": title}),
        width_mm=float(width),
        height_mm=float(height),
        fields=tuple(fields),
        mask=mask,
        path=path,
    )


class _Problem(Exception):
    def __init__(self, message: Message):
        super().__init__(message.key)
        self.message = message


def _bad(key: str, expected: Message) -> Message:
    return Message("labels.bad_setting", key=key, expected=expected)


def _number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _names(value: Any) -> Names | str | None:
    if isinstance(value, str) and value.strip():
        return value
    if (
        isinstance(value, dict)
        and value
        and all(isinstance(k, str) and isinstance(v, str) for k, v in value.items())
    ):
        return Names.of(value)
    return None


def _field_label(raw: Any, index: int) -> str:
    if isinstance(raw, dict):
        for key in ("name", "value", "kind"):
            if isinstance(raw.get(key), str) and raw[key]:
                return raw[key]
    return f"#{index}"


def _message_key(raw: dict, key: str, *, params: int) -> str:
    value = raw.get(key, "")
    if not isinstance(value, str):
        raise _Problem(_bad(key, Message("labels.expect_text")))
    if not value:
        return ""
    entry = ENGLISH.get(value)
    names = set()
    if entry is not None:
        template = entry if isinstance(entry, str) else entry[1]
        names = {f for _, f, _, _ in string.Formatter().parse(template) if f}
    if entry is None or len(names) != params:
        raise _Problem(Message("labels.unknown_message", key=key, message=value, params=params))
    return value


def _field(raw: Any, page_w: float, page_h: float) -> Field:
    if not isinstance(raw, dict):
        raise _Problem(Message("labels.field_not_an_object"))
    for key in raw:
        if key not in FIELD_KEYS:
            raise _Problem(Message("labels.unknown_key", key=key, keys=FIELD_KEYS))
    for key in ("kind", "box"):
        if key not in raw:
            raise _Problem(Message("labels.missing_key", key=key))
    kinds = tuple(k.value for k in Kind)
    if raw["kind"] not in kinds:
        raise _Problem(_bad("kind", Message("labels.expect_one_of", choices=kinds)))
    kind = Kind(raw["kind"])
    box = _box(raw["box"], kind, page_w, page_h)
    if kind in NEEDS and NEEDS[kind] not in raw:
        raise _Problem(Message("labels.kind_needs", kind=kind.value, key=NEEDS[kind]))
    value = raw.get("value", "")
    if value and value not in VALUE_NAMES:
        raise _Problem(Message("labels.unknown_value", value=str(value), values=VALUE_NAMES))
    words = None
    if kind is Kind.CAPTION:
        if "text" not in raw and "message" not in raw:
            raise _Problem(Message("labels.caption_needs"))
        if "text" in raw and (words := _names(raw["text"])) is None:
            raise _Problem(_bad("text", Message("labels.expect_words")))
    elif "if_empty" in raw and (words := _names(raw["if_empty"])) is None:
        raise _Problem(_bad("if_empty", Message("labels.expect_words")))
    size = _num(raw, "size", 8.0, least=1)
    max_lines = raw.get("max_lines")
    if max_lines is not None and not (
        isinstance(max_lines, int) and not isinstance(max_lines, bool) and max_lines >= 1
    ):
        raise _Problem(_bad("max_lines", Message("labels.expect_whole")))
    align = raw.get("align", "left")
    if align not in ALIGNS:
        raise _Problem(_bad("align", Message("labels.expect_one_of", choices=ALIGNS)))
    replace = raw.get("replace", {})
    if not isinstance(replace, dict) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in replace.items()
    ):
        raise _Problem(_bad("replace", Message("labels.expect_replace")))
    for key in ("bold", "human_readable"):
        if not isinstance(raw.get(key, False), bool):
            raise _Problem(_bad(key, Message("labels.expect_true_false")))
    return Field(
        kind=kind,
        box=box,
        name=str(raw.get("name", "")),
        value=value,
        words=words,
        message=_message_key(raw, "message", params=0 if kind is Kind.CAPTION else 1),
        empty_message=_message_key(raw, "if_empty_message", params=0),
        size_pt=size,
        min_size_pt=min(size, _num(raw, "min_size", size, least=1)),
        bold=raw.get("bold", False),
        align=Align(align),
        max_lines=max_lines,
        line_mm=_num(raw, "line_mm", 0.3, least=0.05),
        human_readable=raw.get("human_readable", False),
        replace=replace,
    )


def _num(raw: dict, key: str, default: float, *, least: float) -> float:
    value = raw.get(key, default)
    if not _number(value) or value < least:
        raise _Problem(_bad(key, Message("labels.expect_at_least", least=_mm(least))))
    return float(value)


def _box(raw: Any, kind: Kind, page_w: float, page_h: float) -> Box:
    if not (isinstance(raw, list) and len(raw) == 4 and all(_number(v) for v in raw)):
        raise _Problem(_bad("box", Message("labels.expect_box")))
    x, y, w, h = raw
    if w < 0 or h < 0:
        raise _Problem(Message("labels.negative_size", width=_mm(w), height=_mm(h)))
    if kind is not Kind.RULE and (w == 0 or h == 0):
        raise _Problem(Message("labels.empty_box", width=_mm(w), height=_mm(h)))
    tolerance = 1e-6
    if x < 0 or y < 0 or x + w > page_w + tolerance or y + h > page_h + tolerance:
        raise _Problem(
            Message(
                "labels.outside_page",
                box=", ".join(_mm(v) for v in raw),
                width=_mm(page_w),
                height=_mm(page_h),
            )
        )
    return Box(float(x), float(y), float(w), float(h))


def _mm(value: float) -> str:
    return f"{value:g}"
