"""Helpers every order-file reader shares: text, tables, assembling orders; and, from
`values.py`, the value parsers, which raise `BadValue` with a reason (a `Message`) that the
readers turn into a `RowProblem` for the row and column it came from.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from functools import cached_property
from typing import TypeVar

from fulfil_desk.core.exchange.formats.values import (  # the value parsers, for every reader
    CURRENCY_DECIMALS,
    BadValue,
    currency_of_amount,
    normalise_country,
    parse_currency,
    parse_day_end,
    parse_money,
    parse_quantity,
    parse_timestamp,
)
from fulfil_desk.core.kernel.errors import BadFile
from fulfil_desk.core.kernel.messages import Message, Term
from fulfil_desk.core.kernel.orders import Order, RowProblem

__all__ = [
    "CURRENCY_DECIMALS",
    "BadValue",
    "currency_of_amount",
    "normalise_country",
    "parse_currency",
    "parse_day_end",
    "parse_money",
    "parse_quantity",
    "parse_timestamp",
]

T = TypeVar("T")
Key = tuple[str, str]  # (marketplace, order number)
Agree = dict[str, str] | tuple

EMPTY_REASON = Message("exchange.value_empty")  # a required cell with nothing in it

_BREAK = re.compile(r"\r\n|[\r\n\t\u2028\u2029\x85]")
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


# --- text -------------------------------------------------------------------


def clean_text(text: str) -> str:
    """Line breaks and tabs become spaces; other control characters are dropped."""
    if text.isprintable():
        return text.strip()
    return _CONTROL.sub("", _BREAK.sub(" ", text)).strip()


# --- tables -----------------------------------------------------------------


@dataclass
class Row:
    line: int  # 1-based line in the file where the record starts
    cells: list[str]


@dataclass
class Table:
    file: str
    header: list[str]  # stripped, lower-case column names
    rows: list[Row]
    raw_header: list[str] = field(default_factory=list)  # the names as the file writes them
    encoding: str = "utf-8"  # utf-8, cp949, gb18030, shift_jis, utf-16, or xlsx
    sheet: str = ""  # the workbook sheet read, for .xlsx
    header_line: int = 1

    @cached_property
    def index(self) -> dict[str, int]:
        index: dict[str, int] = {}
        for i, name in enumerate(self.header):
            index.setdefault(name, i)
        return index

    @cached_property
    def shown(self) -> dict[str, str]:
        """Each column's name as the file writes it, by its normalised name."""
        return dict(zip(self.header, self.raw_header, strict=False))

    def shown_name(self, column: str | Message) -> str | Message:
        """A column as a problem names it: as the file writes it (a field past the header, or
        one the file does not name, as it is)."""
        return (self.shown.get(column) if isinstance(column, str) else None) or column


def normalise_header(names: Iterable[str]) -> list[str]:
    return [" ".join(clean_text(name.replace("\ufeff", "")).lower().split()) for name in names]


def read_table(data: bytes, file: str, *, encoding: str | None = None) -> Table:
    """Split a CSV, tab-delimited or .xlsx file into its header and non-blank rows."""
    from fulfil_desk.core.exchange.formats.tables import load_table

    return load_table(data, file, encoding=encoding)


def canonical_columns(table: Table, names: Iterable[str]) -> Table:
    """The table with each column that is one of `names` but for spaces renamed to it."""
    wanted = {name.replace(" ", ""): name for name in names}
    return rename_columns(table, {n: wanted[n.replace(" ", "")] for n in table.header
                                  if n.replace(" ", "") in wanted})  # fmt: skip


def rename_columns(table: Table, names: dict[str, str]) -> Table:
    """A copy of the table with columns renamed (normalised name → new name)."""
    header = [names.get(name, name) for name in table.header]
    if header == table.header:
        return table
    return Table(
        table.file,
        header,
        table.rows,
        raw_header=table.raw_header,
        encoding=table.encoding,
        sheet=table.sheet,
        header_line=table.header_line,
    )


def quoted(names: Iterable[str]) -> tuple[Message, ...]:
    """Column names as a refusal lists them, each in quotes."""
    return tuple(Message("exchange.column_named", name=name) for name in names)


def check_columns(table: Table, required: Iterable[str], label: Term) -> None:
    """A missing required column refuses the whole file, naming the column; `label` is the
    layout's name (a `file_format` term)."""
    missing = [name for name in required if name not in table.index]
    if len(missing) == 1:
        raise BadFile(
            Message("exchange.missing_column", file=table.file, column=missing[0], format=label)
        )
    if missing:
        raise BadFile(
            Message(
                "exchange.missing_columns", file=table.file, format=label, columns=quoted(missing)
            )
        )


def shape_problem(table: Table, cells: list[str]) -> tuple[str | Message, Message] | None:
    """(column, reason) when a row has fewer fields than the header, or more that hold text."""
    width = len(table.header)
    if len(cells) < width:
        return (
            table.header[len(cells)],
            Message("exchange.row_cut_short", fields=len(cells), width=width),
        )
    if any(cell.strip() for cell in cells[width:]):
        return (
            Message("exchange.field_number", number=width + 1),
            Message("exchange.row_too_long", fields=len(cells), width=width),
        )
    return None


class RowCells:
    """One row's cells by column name; collects the row's problems as it is read."""

    def __init__(self, table: Table, row: Row):
        self.file = table.file
        self.line = row.line
        self._table = table
        self._index = table.index
        self._cells = row.cells
        # Cleaned as they are read: a reader looks at a third of an export's columns.
        self._values: dict[str, str] = {}
        self.problems: list[RowProblem] = []
        if (misfit := shape_problem(table, row.cells)) is not None:
            self.problem(*misfit)

    def problem(self, column: str | Message, reason: Message) -> None:
        shown = self._table.shown_name(column)
        self.problems.append(RowProblem(self.file, self.line, shown, reason))

    def _value(self, column: str) -> str | None:
        """The cleaned cell (the first column of that name), or None when the row has none."""
        value = self._values.get(column)
        if value is None:
            where = self._index.get(column)
            if where is None or where >= len(self._cells):
                return None
            cell = self._cells[where]
            value = cell.strip() if cell.isprintable() else clean_text(cell)
            self._values[column] = value
        return value

    def carry(self, first: dict[str, str]) -> None:
        """Blank cells take `first`'s values: exports that write order fields on one row only."""
        for column, value in first.items():
            if not self._value(column):
                self._values[column] = value

    def values(self, columns) -> dict[str, str]:
        return {column: self._value(column) or "" for column in columns}

    def text(self, column: str, *, required: bool = False) -> str:
        value = self._values.get(column)
        if value is None and (value := self._value(column)) is None:
            return ""
        if required and not value:
            self.problem(column, EMPTY_REASON)
        return value

    def parsed(self, column: str, parse: Callable[[str], T], *, required: bool = False) -> T | None:
        value = self.text(column, required=required)
        if not value:
            return None
        try:
            return parse(value)
        except BadValue as err:
            self.problem(column, err.reason)
            return None


# --- orders -----------------------------------------------------------------


@dataclass
class RowOrder:
    """What one row says about its order: the order with this row's single line."""

    line: int
    agree: dict[str, str]  # order-level values by column name; all rows of an order must match
    order: Order

    @property
    def key(self) -> tuple[str, str]:
        return (self.order.marketplace, self.order.order_number)


def assemble(
    file: str,
    rows: list[RowOrder],
    bad: set[tuple[str, str]],
    problems: list[RowProblem],
    *,
    line_key_column: str,
) -> list[Order]:
    """Group rows into orders; any order with a bad row is left out whole."""
    entries = ((row.line, row.key, row.order.lines[0].line_key, row.agree, row) for row in rows)
    orders = []
    for first, *others in group_rows(file, entries, bad, problems, line_key_column).values():
        for row in others:
            first.order.lines.append(row.order.lines[0])
            first.order.ship_by = earliest(first.order.ship_by, row.order.ship_by)
            at = first.order.ordered_at, row.order.ordered_at
            first.order.ordered_at = min(at, key=datetime.fromisoformat)
        orders.append(first.order)
    return orders


def group_rows(
    file: str,
    entries: Iterable[tuple[int, Key, str, Agree, T]],
    bad: set[Key],
    problems: list[RowProblem],
    line_key_column: str,
    agree_columns: tuple[str, ...] = (),
) -> dict[Key, list[T]]:
    """Each good order's items, its first row's first, from (line, order key, line key,
    agree, item) in file order. `agree` is what every row of an order must repeat: a dict
    by column, or a tuple of `agree_columns`' values. A row that repeats a line key or
    disagrees with its order's first row is a problem, and its order is left out whole."""
    firsts: dict[Key, tuple[int, Agree, list[T]]] = {}
    line_keys: dict[tuple[Key, str], int] = {}
    for line, key, line_key, agree, item in entries:
        seen = line_keys.setdefault((key, line_key), line)
        first = firsts.get(key)
        if seen != line:
            column = line_key_column
            reason = Message("exchange.line_key_twice", key=line_key, order=key[1], row=seen)
        elif first is None:
            firsts[key] = (line, agree, [item])
            continue
        elif first[1] == agree or not (differ := _disagreement(first[1], agree, agree_columns)):
            first[2].append(item)
            continue
        else:
            column, here, there = differ
            reason = Message(
                "exchange.row_disagrees", order=key[1], here=here, there=there, row=first[0]
            )
        problems.append(RowProblem(file, line, column, reason))
        bad.add(key)
    return {key: items for key, (_line, _agree, items) in firsts.items() if key not in bad}


def _disagreement(
    first: Agree, agree: Agree, columns: tuple[str, ...]
) -> tuple[str, str, str] | None:
    """(column, this row's value, the first row's) of the first column they differ in."""
    pairs: Iterable[tuple[str, str, str | None]]
    if isinstance(agree, dict) and isinstance(first, dict):  # one reader's rows: one kind
        pairs = ((c, v, first.get(c)) for c, v in agree.items())
    else:
        pairs = zip(columns, agree, first, strict=True)
    return next(((c, v, "" if w is None else w) for c, v, w in pairs if v != w), None)


def earliest(a: str | None, b: str | None) -> str | None:
    if a is None or b is None:
        return a or b
    return min(a, b, key=datetime.fromisoformat)
