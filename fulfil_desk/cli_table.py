"""Text as a terminal lays it out: Hangul, Han and kana take two columns, so columns are
padded, and help text wrapped, by the columns a text takes rather than by its length."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence


def width(text: str) -> int:
    """Columns a terminal gives `text`: Hangul, Han and kana take two, combining marks none."""
    return sum(
        0 if unicodedata.combining(c) else 2 if unicodedata.east_asian_width(c) in "WF" else 1
        for c in text
    )


def pad(text: str, columns: int, *, right: bool = False) -> str:
    space = " " * max(0, columns - width(text))
    return space + text if right else text + space


def table(
    rows: Sequence[Sequence[str]],
    *,
    headers: Sequence[str] | None = None,
    right: Sequence[bool] = (),
    gap: str = "  ",
) -> str:
    """The rows (under `headers`), each column as wide as its widest cell; `right[i]`: column
    i is aligned right. The last column is not padded; a column with nothing in it, title
    included, is left out."""
    lines = [*([headers] if headers is not None else []), *rows]
    if not lines:
        return ""
    shown = [i for i in range(len(lines[0])) if any(line[i] for line in lines)]
    lines = [[line[i] for i in shown] for line in lines]
    aligned = [i < len(right) and right[i] for i in shown]
    columns = len(shown)
    widths = [max(width(line[i]) for line in lines) for i in range(columns)]
    out = []
    for line in lines:
        cells = [
            cell if i == columns - 1 and not aligned[i] else pad(cell, widths[i], right=aligned[i])
            for i, cell in enumerate(line)
        ]
        out.append(gap.join(cells).rstrip())
    return "\n".join(out)


# A character a line may break after, on its own: Han, kana, full-width forms, CJK punctuation.
_WIDE_BREAKABLE = "\u2e80-\u2fff\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef"
_TOKENS = re.compile(rf"\s+|[{_WIDE_BREAKABLE}]|[^\s{_WIDE_BREAKABLE}]+")
_NO_LINE_START = set("，。、；：？！）」』】》〉%,.;:?!)")  # stays on the line before
_NO_LINE_END = set("（「『【《〈(")  # goes down with what follows


def wrap(text: str, columns: int) -> list[str]:
    """`text` in lines of at most `columns` terminal columns (a word longer than that stands
    alone), breaking at spaces and between Chinese characters; paragraphs (blank-line
    separated) are kept, with a blank line between them."""
    lines: list[str] = []
    for number, paragraph in enumerate(re.split(r"\n\s*\n", text.strip())):
        if number:
            lines.append("")
        line: list[str] = []
        for token in _TOKENS.findall(" ".join(paragraph.split())):
            if token.isspace():
                line.append(" ")
                continue
            if "".join(line).strip() and width("".join([*line, token])) > columns:
                # a closing mark never starts a line (the character before it goes down too),
                # an opening one never ends it
                keep = len(line) - 1 if token[0] in _NO_LINE_START else len(line)
                while keep > 1 and line[keep - 1][-1] in _NO_LINE_END:
                    keep -= 1
                keep = max(keep, 1)
                lines.append("".join(line[:keep]).rstrip())
                line = line[keep:]
            line.append(token)
        lines.append("".join(line).rstrip())
    return lines
