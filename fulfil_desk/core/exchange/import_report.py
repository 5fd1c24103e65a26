"""What an import did or would do (`ImportReport`, `ImportPreview`), and the refusal of a
file with bad rows."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime

from fulfil_desk.core.kernel.errors import BadFile
from fulfil_desk.core.kernel.messages import Message, Term
from fulfil_desk.core.kernel.orders import Order, RowProblem


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
    warnings: list[Message] = field(default_factory=list)
    details: dict[str, Message] = field(default_factory=dict)  # order → what changes, or why
    lines: int = 0  # order lines added or replaced

    def summary(self) -> Message:
        """What the import did, in one sentence: counts, the buyer's cancellations, and the
        bad rows skipped."""
        new, updated, unchanged = len(self.new), len(self.updated), len(self.unchanged)
        file, cancelled = self.file, len(self.cancelled)
        if not self.skipped:
            if cancelled:
                return Message(
                    "exchange.imported_cancelled",
                    file=file,
                    new=new,
                    updated=updated,
                    unchanged=unchanged,
                    cancelled=cancelled,
                )
            return Message(
                "exchange.imported", file=file, new=new, updated=updated, unchanged=unchanged
            )
        skipped = Message("exchange.bad_rows", n=self.skipped_rows)
        if cancelled:
            return Message(
                "exchange.imported_cancelled_skipped",
                file=file,
                new=new,
                updated=updated,
                unchanged=unchanged,
                cancelled=cancelled,
                skipped=skipped,
            )
        return Message(
            "exchange.imported_skipped",
            file=file,
            new=new,
            updated=updated,
            unchanged=unchanged,
            skipped=skipped,
        )

    @property
    def skipped_rows(self) -> int:
        """Rows refused: a row with several bad cells is one row, though several problems."""
        return bad_rows(self.skipped)

    def entries(self) -> list[tuple[str, str | Message, Message | None]]:
        """(kind, order or row, detail) for a preview table: new, updated, cancelled, refused.
        An order is named as `marketplace number`; a detail may be None (nothing to say)."""
        rows: list[tuple[str, str | Message, Message | None]] = [
            (kind, label, self.details.get(label)) for kind, labels in (
            ("new", self.new), ("updated", self.updated), ("cancelled", self.cancelled))
            for label in labels]  # fmt: skip
        rows += [
            (
                "refused",
                Message("exchange.entry_row", row=p.row),
                Message("exchange.entry_refused", column=p.column, reason=p.reason),
            )
            for p in self.skipped
        ]
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


def day_of(at: str) -> date:
    """The day of an ISO moment, as the file wrote it (in its own offset)."""
    return datetime.fromisoformat(at).date()


def _short(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def address_text(order: Order) -> str:
    """The address as data, shortened: its lines as the order holds them."""
    return _short(", ".join(order.ship_to.lines()) or order.ship_to.name)


def status_of(order: Order) -> Term:
    return Term("status", order.status.value)


def one_after_another(parts: list[Message]) -> Message:
    """What changed about an order, "a; b; c", as one message."""
    first, *others = parts
    if not others:
        return first
    return Message("exchange.detail_then", first=first, then=one_after_another(others))


def bad_rows(problems: list[RowProblem]) -> int:
    return len({(p.file, p.row) for p in problems})


def refuse_if_bad(file: str, problems: list[RowProblem], skip_bad: bool) -> None:
    """The whole file refused, naming its first problem's file, row and column, unless the
    person chose to skip the bad rows."""
    if problems and not skip_bad:
        first: Message = problems[0].sentence()
        rows, count = bad_rows(problems), len(problems)
        more = None
        if rows == 1 and count > 1:
            more = Message("exchange.problems_on_that_row", count=count)
        elif rows > 1 and count > rows:
            more = Message("exchange.more_bad_rows_problems", n=rows - 1, count=count)
        elif rows > 1:
            more = Message("exchange.more_bad_rows", n=rows - 1)
        if more is not None:
            first = Message("exchange.problem_and_more", problem=first, more=more)
        raise BadFile(Message("exchange.nothing_imported", problem=first), problems=problems)


def order_years(orders: list[Order]) -> set[int]:
    """The years the orders were placed in: their public holidays must be known."""
    return {datetime.fromisoformat(at).year for at in {order.ordered_at for order in orders}}


def line_signature(order: Order) -> list[tuple]:
    """What of an order's lines a file may change: an update compares these."""
    return sorted(
        (ln.line_key or ln.sku, ln.sku, ln.title, ln.quantity, ln.unit_price_minor, ln.currency)
        for ln in order.lines
    )
