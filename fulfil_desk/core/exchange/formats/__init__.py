"""Marketplace order files: detect the layout, read orders, report refused rows."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime, tzinfo
from pathlib import Path
from types import MappingProxyType, ModuleType

from fulfil_desk.core.exchange.formats import (
    amazon,
    amazon_all_orders,
    amazon_unshipped,
    coupang,
    ebay,
    mapped,
    plain_csv,
    shopify,
)
from fulfil_desk.core.exchange.formats.common import Table, normalise_header
from fulfil_desk.core.exchange.formats.mapped import ColumnMapping
from fulfil_desk.core.exchange.formats.model import Key, OrderFacts
from fulfil_desk.core.exchange.formats.tables import load_table
from fulfil_desk.core.kernel.errors import BadFile
from fulfil_desk.core.kernel.messages import Message
from fulfil_desk.core.kernel.orders import Order, RowProblem

# Format name → reader module. Each module has LABEL (its name, a `file_format` term),
# SIGNATURE, REQUIRED_COLUMNS, OPTIONAL_COLUMNS and read(table, *, default_tz,
# default_currency) -> FileRead; COMPLETE is true when a file is the marketplace's whole list
# of open orders.
FORMATS: MappingProxyType[str, ModuleType] = MappingProxyType(
    {
        "coupang": coupang,
        "amazon-unshipped": amazon_unshipped,
        "amazon": amazon,
        "shopify": shopify,
        "ebay": ebay,
        "csv": plain_csv,
    }
)
MAPPING_PREFIX = "mapping:"
Progress = Callable[[int, int], None]  # (rows read, rows in the file); may raise to stop


@dataclass
class ParseResult:
    format: str
    orders: list[Order]
    problems: list[RowProblem]  # refused rows, in file order; their orders are not in `orders`
    rows: int  # data rows read, blank lines not counted
    file: str = ""
    encoding: str = "utf-8"
    facts: dict[Key, OrderFacts] = field(default_factory=dict)
    complete: bool = False  # the file lists every open order of `marketplace`
    marketplace: str | None = None
    bad_keys: set[Key] = field(default_factory=set)
    unknown_bad: bool = False

    def period(self) -> tuple[str, str] | None:
        """The earliest and latest order time in the file, of every order it names."""
        times = [o.ordered_at for o in self.orders]
        if not times:
            return None
        return min(times, key=datetime.fromisoformat), max(times, key=datetime.fromisoformat)


def _scores(names: set[str]) -> dict[str, float]:
    return {
        name: sum(column in names for column in module.SIGNATURE) / len(module.SIGNATURE)
        for name, module in FORMATS.items()
    }


def known_layout(headers: Sequence[str]) -> str | None:
    """The format whose identifying columns the header has most of (at least half)."""
    names = set(normalise_header(headers))
    names |= {n.replace(" ", "") for n in names}
    scores = _scores(names)
    # The fuller match wins; on a tie the longer signature (the Unshipped report over
    # the order report) is the more specific.
    best = max(scores, key=lambda n: (scores[n], len(FORMATS[n].SIGNATURE)))
    return best if scores[best] >= 0.5 else None


def detect_format(headers: Sequence[str], *, file: str | Message | None = None) -> str:
    """The format whose identifying columns the header has, by name, never by position.

    A header that has most of one format's identifying columns is that format, so
    its reader can name the missing column; anything else is refused.
    """
    found = known_layout(headers)
    if found is not None:
        return found
    file = Message("exchange.the_file") if file is None else file
    amazon_all_orders.refuse_if_all_orders(normalise_header(headers), file)
    layouts = [
        Message("exchange.layout_columns", format=module.LABEL, columns=module.REQUIRED_COLUMNS)
        for module in FORMATS.values()
    ]
    raise BadFile(Message("exchange.not_an_order_file", file=file, expected=_either(layouts)))


def _either(layouts: list[Message]) -> Message:
    """The layouts one after another, each after "; or ", as one message."""
    first, *others = layouts
    if not others:
        return first
    return Message("exchange.layout_or", first=first, then=_either(others))


def _header_test(mappings: Sequence[ColumnMapping]):
    def is_header(names: list[str]) -> bool:
        if known_layout(names) is not None or amazon_all_orders.is_all_orders(names):
            return True  # the All Orders report's header, to refuse that report by name
        return any(m.matches(names) for m in mappings)

    return is_header


def load_order_table(
    path: Path,
    *,
    encoding: str | None = None,
    mappings: Sequence[ColumnMapping] = (),
) -> Table:
    """The file's table, its header found by the names of any known layout or mapping."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as err:
        why = err.strerror or str(err)
        raise BadFile(Message("exchange.cannot_open", file=path.name, why=why)) from None
    words = [*coupang.HEADER_WORDS, *(h.lower() for m in mappings for h in m.headers())]
    return load_table(
        data, path.name, encoding=encoding, is_header=_header_test(mappings), header_words=words
    )


def _shown_columns(problems: list[RowProblem], table: Table) -> list[RowProblem]:
    """Problems name columns as the file writes them, not as the readers normalise them."""
    shown: dict[str, str] = {}
    for name, raw in zip(table.header, table.raw_header, strict=False):
        shown.setdefault(name, raw)
        shown.setdefault(name.replace(" ", ""), raw)

    def named(column: str | Message) -> str | Message:
        return shown.get(column, column) if isinstance(column, str) else column

    return [replace(p, column=named(p.column)) for p in problems]


class _Counted(list):
    """Rows that report how far a reader has got, every 500 rows."""

    progress: Progress

    def __iter__(self):
        total = len(self)
        for i, row in enumerate(super().__iter__()):
            if i % 500 == 0:
                self.progress(i, total)
            yield row
        self.progress(total, total)


def read_orders(
    path: Path,
    *,
    format: str | None = None,
    mapping: ColumnMapping | None = None,
    encoding: str | None = None,
    default_tz: tzinfo,
    default_currency: str = "KRW",
    default_country: str = "KR",
    saved_mappings: Sequence[ColumnMapping] = (),
    progress: Progress | None = None,
) -> ParseResult:
    """Read an order file. Raises `BadFile` when the whole file is refused.

    Rows that cannot be read become `problems`; their whole order is left out. Without
    `format` or `mapping` the layout is detected from the header; an unknown header that
    exactly one saved mapping fits is read with that mapping.
    """
    if format is not None and format not in FORMATS:
        raise BadFile(Message("exchange.unknown_format", format=format, known=tuple(FORMATS)))
    mappings = [mapping] if mapping else list(saved_mappings)
    table = load_order_table(Path(path), encoding=encoding, mappings=mappings)
    if progress is not None:
        table.rows = _Counted(table.rows)
        table.rows.progress = progress
    name = format
    if mapping is None and format is None and known_layout(table.raw_header) is None:
        fitting = [m for m in saved_mappings if m.matches(table.header)]
        mapping = fitting[0] if len(fitting) == 1 else None
    if mapping is not None:
        result = mapped.read(
            table, mapping, default_tz=default_tz, default_currency=default_currency,
            default_country=default_country,
        )  # fmt: skip
        name, module = MAPPING_PREFIX + mapping.name, None
    else:
        name = name or detect_format(table.raw_header, file=table.file)
        module = FORMATS[name]
        result = module.read(table, default_tz=default_tz, default_currency=default_currency)
    result.problems = sorted(_shown_columns(result.problems, table), key=lambda p: p.row)
    complete = bool(module is not None and getattr(module, "COMPLETE", False))
    return ParseResult(
        format=name,
        orders=result.orders,
        problems=result.problems,
        rows=len(table.rows),
        file=table.file,
        encoding=table.encoding,
        facts=result.facts,
        complete=complete,
        marketplace=getattr(module, "MARKETPLACE", None) if complete else None,
        bad_keys=result.bad_keys,
        unknown_bad=result.unknown_bad,
    )


__all__ = [
    "FORMATS",
    "MAPPING_PREFIX",
    "ColumnMapping",
    "ParseResult",
    "detect_format",
    "known_layout",
    "load_order_table",
    "read_orders",
]
