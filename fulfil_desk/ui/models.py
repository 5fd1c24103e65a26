"""One column-spec table model for every table in the app, fetched in pages."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

Row = TypeVar("Row")  # a table's row: a dict from the desk, or one of the core's records


@dataclass(frozen=True)
class Column(Generic[Row]):
    title: str
    value: Callable[[Row], Any]
    align_right: bool = False
    tooltip: Callable[[Row], str | None] | None = None  # more about the cell, on hover


Fetch = Callable[[int, int], Sequence[Row]]  # (offset, limit) -> rows
DISPLAY = Qt.ItemDataRole.DisplayRole
ALIGNMENT = Qt.ItemDataRole.TextAlignmentRole
BACKGROUND = Qt.ItemDataRole.BackgroundRole
TOOLTIP = Qt.ItemDataRole.ToolTipRole
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class TableModel(QAbstractTableModel, Generic[Row]):
    """Rows are dicts or records; `fetch(offset, limit)` pages them in as the view scrolls."""

    def __init__(
        self,
        *,
        columns: list[Column[Row]],
        fetch: Fetch[Row],
        page_size: int = 200,
        row_colour: Callable[[Row], str | None] | None = None,
        parent=None,
    ):
        super().__init__(parent)
        self._columns = columns
        self._fetch = fetch
        self._page_size = page_size
        self._row_colour = row_colour
        self._rows: list[Row] = []
        self._exhausted = False

    def reload(self) -> None:
        self.beginResetModel()
        self._rows = list(self._fetch(0, self._page_size))
        self._exhausted = len(self._rows) < self._page_size
        self.endResetModel()

    def row(self, index: int) -> Row:
        return self._rows[index]

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._columns)

    def canFetchMore(self, parent=QModelIndex()) -> bool:  # noqa: N802
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent=QModelIndex()) -> None:  # noqa: N802
        if parent.isValid() or self._exhausted:
            return
        more = self._fetch(len(self._rows), self._page_size)
        self._exhausted = len(more) < self._page_size
        if more:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(more) - 1)
            self._rows.extend(more)
            self.endInsertRows()

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = DISPLAY) -> Any:
        # Views ask for a dozen roles per cell; the four answered are checked first.
        if role != DISPLAY and role != ALIGNMENT and role != BACKGROUND and role != TOOLTIP:
            return None
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        column = self._columns[index.column()]
        row = self._rows[index.row()]
        if role == DISPLAY:
            value = column.value(row)
            return "" if value is None else str(value)
        if role == ALIGNMENT:
            return RIGHT if column.align_right else None
        if role == TOOLTIP:
            return (column.tooltip(row) or None) if column.tooltip else None
        if self._row_colour:
            colour = self._row_colour(row)
            return QBrush(QColor(colour)) if colour else None
        return None

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._columns):
            return self._columns[section].title
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return None
