"""What an import did or would do (`ImportReport`, `ImportPreview`), and the refusal of a
file with bad rows."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from fulfil_desk.core.kernel.errors import BadFile
from fulfil_desk.core.kernel.orders import RowProblem


@dataclass
class ImportReport:
    file: str
    format: str
    rows: int
    encoding: str = ""
    new: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    cancelled: list[str] = field(default_factory=list)
    skipped: list[RowProblem] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    details: dict[str, str] = field(default_factory=dict)  # order → what changes, or why
    lines: int = 0  # order lines added or replaced

    def summary(self) -> str:
        text = (
            f"{self.file}: {len(self.new)} new, {len(self.updated)} updated, "
            f"{len(self.unchanged)} unchanged"
        )
        if self.cancelled:
            text += f", {len(self.cancelled)} cancelled by the buyer"
        if self.skipped:
            text += f", {_counted(self.skipped_rows, 'bad row')} skipped"
        return text + "."

    @property
    def skipped_rows(self) -> int:
        """Rows refused: a row with several bad cells is one row, though several problems."""
        return bad_rows(self.skipped)

    def entries(self) -> list[tuple[str, str, str]]:
        """(kind, order or row, detail) for a preview table: new, updated, cancelled, refused."""
        rows = [(kind, label, self.details.get(label, "")) for kind, labels in (
            ("new", self.new), ("updated", self.updated), ("cancelled", self.cancelled))
            for label in labels]  # fmt: skip
        rows += [("refused", f"row {p.row}", f"{p.column}: {p.reason}") for p in self.skipped]
        return rows


@dataclass
class ImportPreview(ImportReport):
    """What an import would do, computed by doing it and rolling it back."""

    refused_whole: bool = False  # without skip-bad the whole file is refused


@contextmanager
def bulk_work() -> Iterator[None]:
    """Reading or merging a file makes objects that all live until it is done: Python's cycle
    collector would scan them again and again (a third of a 100k-line file's time)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def bad_rows(problems: list[RowProblem]) -> int:
    return len({(p.file, p.row) for p in problems})


def _counted(count: int, noun: str) -> str:
    return f"{count} {noun}" + ("" if count == 1 else "s")


def refuse_if_bad(file: str, problems: list[RowProblem], skip_bad: bool) -> None:
    if problems and not skip_bad:
        first = problems[0].sentence()
        rows, count = bad_rows(problems), len(problems)
        if rows == 1:
            more = f" ({count} problems on that row)" if count > 1 else ""
        else:
            more = f" ({_counted(rows - 1, 'more bad row')}"
            more += f", {count} problems in all)" if count > rows else ")"
        raise BadFile(
            f"Nothing was imported. {first}{more}. Fix the file, or import with --skip-bad "
            "to take only the good rows.",
            problems=problems,
        )
