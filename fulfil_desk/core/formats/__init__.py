"""Marketplace order files: detect the layout, read orders, report refused rows."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import tzinfo
from pathlib import Path
from types import MappingProxyType, ModuleType

from fulfil_desk.core.errors import BadFile
from fulfil_desk.core.formats import amazon, plain_csv
from fulfil_desk.core.formats.common import normalise_header, read_table
from fulfil_desk.core.orders import Order, RowProblem

# Format name → reader module. Each module has LABEL, SIGNATURE, REQUIRED_COLUMNS,
# OPTIONAL_COLUMNS and read(table, *, default_tz, default_currency) -> (orders, problems).
FORMATS: MappingProxyType[str, ModuleType] = MappingProxyType(
    {
        "csv": plain_csv,
        "amazon": amazon,
    }
)


@dataclass
class ParseResult:
    format: str
    orders: list[Order]
    problems: list[RowProblem]  # refused rows, in file order; their orders are not in `orders`
    rows: int  # data rows read, blank lines not counted


def detect_format(headers: Sequence[str], *, file: str = "The file") -> str:
    """The format whose identifying columns the header has, by name, never by position.

    A header that has most of one format's identifying columns is that format, so
    its reader can name the missing column; anything else is refused.
    """
    names = set(normalise_header(headers))
    scores = {
        name: sum(column in names for column in module.SIGNATURE) / len(module.SIGNATURE)
        for name, module in FORMATS.items()
    }
    best = max(scores, key=lambda name: scores[name])
    if scores[best] >= 0.5:
        return best
    expected = "; or ".join(
        f"{module.LABEL}: {', '.join(module.REQUIRED_COLUMNS)}" for module in FORMATS.values()
    )
    raise BadFile(
        f"{file} is not an order file fulfil-desk can read; its header should have "
        f"these columns — {expected}."
    )


def read_orders(
    path: Path,
    *,
    format: str | None = None,
    default_tz: tzinfo,
    default_currency: str = "KRW",
) -> ParseResult:
    """Read an order file. Raises `BadFile` when the whole file is refused.

    Rows that cannot be read become `problems`; their whole order is left out.
    """
    path = Path(path)
    file = path.name
    if format is not None and format not in FORMATS:
        known = ", ".join(FORMATS)
        raise BadFile(f"{format!r} is not a format fulfil-desk knows; use one of: {known}.")
    try:
        data = path.read_bytes()
    except OSError as err:
        raise BadFile(f"{file} could not be opened ({err.strerror or err}).") from None
    table = read_table(data, file)
    name = format or detect_format(table.header, file=file)
    orders, problems = FORMATS[name].read(
        table, default_tz=default_tz, default_currency=default_currency
    )
    problems.sort(key=lambda problem: problem.row)
    return ParseResult(format=name, orders=orders, problems=problems, rows=len(table.rows))


__all__ = ["FORMATS", "ParseResult", "detect_format", "read_orders"]
