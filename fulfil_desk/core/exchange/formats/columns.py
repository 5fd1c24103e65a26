"""A table read column by column, for readers of files with many rows.

Each column's cells are cleaned in one pass, and each distinct value is parsed once: an order
file repeats its dates, quantities, currencies and countries on line after line. A value
that is refused becomes a `Refused` holding the reason; `Columns.problems` then names the
row's problems in the order the reader checks its columns, as `RowCells` would.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from itertools import groupby
from operator import eq, itemgetter
from typing import Any

from fulfil_desk.core.exchange.formats.common import (
    EMPTY_REASON,
    BadValue,
    Table,
    clean_text,
    group_rows,
    shape_problem,
)
from fulfil_desk.core.kernel.messages import Message
from fulfil_desk.core.kernel.orders import RowProblem


class Refused:
    __slots__ = ("reason",)

    def __init__(self, reason: Message):
        self.reason = reason


_EMPTY = Refused(EMPTY_REASON)


class _Parsed(dict):
    """Each distinct value's parse, made the first time the value is looked up."""

    def __init__(self, parse: Callable[[Any], Any], empty: Any, clean: Callable | None):
        super().__init__()
        self.parse, self.empty, self.clean = parse, empty, clean
        self.refused = False

    def __missing__(self, raw):
        value = raw if self.clean is None else self.clean(raw)
        if not value:
            found = self.empty
        else:
            try:
                found = self.parse(value)
            except BadValue as err:
                found = Refused(err.reason)
        if isinstance(found, Refused):
            self.refused = True
        self[raw] = found
        return found


class Column(list):
    """One column's values, row by row; `refused` says whether any of them is `Refused`."""

    refused = False

    def refused_rows(self) -> list[int]:
        return [i for i, value in enumerate(self) if type(value) is Refused] if self.refused else []


def parse_all(
    values: Iterable, parse: Callable[[Any], Any], *, required=False, empty=None, clean=None
) -> Column:
    """`parse` of each value (`clean`ed first), the same value parsed once; an empty value is
    `empty` (or refused when `required`); a `BadValue` becomes a `Refused` with its reason."""
    memo = _Parsed(parse, _EMPTY if required else empty, clean)
    column = Column(map(memo.__getitem__, values))
    column.refused = memo.refused
    return column


def required_text(values: list[str]) -> Column:
    """The cleaned texts, an empty one refused."""
    if "" not in values:
        return Column(values)
    column = Column(value or _EMPTY for value in values)
    column.refused = True
    return column


class Columns:
    def __init__(self, table: Table):
        self.table = table
        self.cells = [row.cells for row in table.rows]
        self.lines = [row.line for row in table.rows]
        width = len(table.header)
        self._regular = set(map(len, self.cells)) == {width}
        # Rows of another width than the header's: their shape may be a problem.
        self.misshapen = [] if self._regular else [
            i for i, cells in enumerate(self.cells) if len(cells) != width
        ]  # fmt: skip

    def __len__(self) -> int:
        return len(self.cells)

    def raw(self, column: str) -> list[str]:
        """The column's cells as the file has them; "" where a row has none."""
        where = self.table.index.get(column)
        if where is None:
            return [""] * len(self.cells)
        if self._regular:
            return list(map(itemgetter(where), self.cells))
        return [cells[where] if where < len(cells) else "" for cells in self.cells]

    def text(self, column: str) -> list[str]:
        """The column's cells cleaned (`clean_text`)."""
        raw = self.raw(column)
        if all(map(str.isprintable, raw)):
            return list(map(str.strip, raw))
        return list(map(clean_text, raw))

    def parsed(self, column: str, parse: Callable[[str], Any], **how) -> Column:
        """The column's cells cleaned and parsed (`parse_all`): a file repeats its values, and
        each distinct cell is cleaned only once too."""
        return parse_all(self.raw(column), parse, clean=clean_text, **how)

    def problems(self, row: int, checked: Sequence[tuple[str, Sequence]]) -> list[RowProblem]:
        """Row `row`'s problems: its shape, then each of `checked` (column, values) whose value
        in that row is refused, in that order."""
        cells, index = self.cells[row], self.table.index
        misfit = shape_problem(self.table, cells)
        found = [] if misfit is None else [misfit]
        for column, values in checked:
            value = values[row]
            # A cell past the end of a short row is not there to be empty: its shape says it.
            if type(value) is Refused and (value is not _EMPTY or index[column] < len(cells)):
                found.append((column, value.reason))
        table, line = self.table, self.lines[row]
        return [RowProblem(table.file, line, table.shown_name(c), reason) for c, reason in found]


def group_columns(
    file: str,
    good: Sequence[int],
    columns: tuple[list, list, list, list],
    bad: set,
    problems: list[RowProblem],
    line_key_column: str,
    agree_columns: tuple[str, ...],
) -> list[list[int]]:
    """`common.group_rows` of the rows `good`: each good order's row indexes, its orders in
    the order they first appear. `columns` are every row's (file line, order key, line key,
    agree). A file where no order repeats a line key and every row agrees with its order's
    first row is grouped without a Python step per row; any other by `group_rows`, which
    names the rows at fault."""
    lines, keys, line_keys, agree = columns
    if good != range(len(keys)):
        keys, line_keys, agree = ([column[i] for i in good] for column in columns[1:])
    positions = range(len(keys))
    first = dict(zip(reversed(keys), reversed(positions), strict=True))  # the earliest wins
    firsts = list(map(first.__getitem__, keys))
    if len(set(zip(keys, line_keys, strict=True))) < len(keys) or not all(
        map(eq, agree, map(agree.__getitem__, firsts))
    ):
        lines, keys, line_keys, agree = columns
        entries = ((lines[i], keys[i], line_keys[i], agree[i], i) for i in good)
        grouped = group_rows(file, entries, bad, problems, line_key_column, agree_columns)
        return list(grouped.values())
    by_order = sorted(positions, key=firsts.__getitem__)  # stable: file order within each
    groups = [list(rows) for _first, rows in groupby(by_order, firsts.__getitem__)]
    if bad:
        groups = [rows for rows in groups if keys[rows[0]] not in bad]
    if good != positions:
        groups = [[good[i] for i in rows] for rows in groups]
    return groups
