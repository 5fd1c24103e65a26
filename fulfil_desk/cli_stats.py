"""`fulfil-desk stats`: who packs, and how well, per packer and shop day
(core/packers/stats_rules.py says how each figure is counted)."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable

import click

from fulfil_desk.cli_support import CliContext, emit, json_option
from fulfil_desk.core.calendar.holidays import parse_day
from fulfil_desk.core.packers.stats_rules import PackerStats

NONE = "-"


def duration(seconds: float | None) -> str:
    """45s, 10m30s, 22h31m; NONE without a value."""
    if seconds is None:
        return NONE
    seconds = round(seconds)
    if seconds < 60:
        return f"{seconds}s"
    if seconds < 3600:
        return f"{seconds // 60}m{seconds % 60:02d}s"
    return f"{seconds // 3600}h{seconds % 3600 // 60:02d}m"


def _rate(value: float | None) -> str:
    return NONE if value is None else f"{value:.1f}"


def width(text: str) -> int:
    """Columns a terminal gives `text`: Hangul, Han and kana take two, combining marks none."""
    return sum(
        0 if unicodedata.combining(c) else 2 if unicodedata.east_asian_width(c) in "WF" else 1
        for c in text
    )


def _pad(text: str, columns: int, *, right: bool) -> str:
    space = " " * max(0, columns - width(text))
    return space + text if right else text + space


COLUMNS: list[tuple[str, Callable[[PackerStats], str], bool]] = [
    # header, value, aligned right
    ("Day", lambda r: r.day.isoformat() if r.day else "total", False),
    ("Packer", lambda r: r.packer, False),
    ("Orders", lambda r: str(r.orders_packed), True),
    ("Units", lambda r: str(r.units_packed), True),
    ("Active", lambda r: duration(r.active_s), True),
    ("Orders/h", lambda r: _rate(r.orders_per_hour), True),
    ("Units/h", lambda r: _rate(r.units_per_hour), True),
    ("Open-ship", lambda r: duration(r.median_open_to_ship_s), True),
    ("Wrong", lambda r: str(r.wrong_item), True),
    ("Too many", lambda r: str(r.one_too_many), True),
    ("Unknown", lambda r: str(r.unknown_code), True),
    ("Other", lambda r: str(r.other_refusals), True),
    ("Manual", lambda r: str(r.manual), True),
    ("Reprints", lambda r: str(r.reprints), True),
]


def table(rows: list[PackerStats]) -> str:
    """The rows under a header, each column as wide as its widest cell."""
    cells = [[value(r) for _, value, _ in COLUMNS] for r in rows]
    headers = [header for header, _, _ in COLUMNS]
    widths = [max(width(c) for c in column) for column in zip(headers, *cells, strict=True)]
    lines = []
    for line in [headers, *cells]:
        padded = (
            _pad(cell, w, right=right)
            for cell, w, (_, _, right) in zip(line, widths, COLUMNS, strict=True)
        )
        lines.append("  ".join(padded).rstrip())
    return "\n".join(lines)


@click.command("stats")
@click.option("--from", "start", metavar="YYYY-MM-DD", help="First shop day (default: --to).")
@click.option("--to", "end", metavar="YYYY-MM-DD", help="Last shop day (default: today).")
@click.option("--packer", help="Only this packer (the name on the badge).")
@json_option
@click.pass_obj
def stats(obj: CliContext, start, end, packer):
    """Per packer and shop day: orders and units packed, active time and rates, median time
    from opening an order to shipping it, refused scans by kind, units confirmed by hand,
    label reprints; then each packer's total over the range."""
    first = parse_day(start) if start is not None else None
    last = parse_day(end) if end is not None else None
    desk = obj.desk()
    rows = desk.stats.packer_stats(start=first, end=last, packer=packer)
    last = last or desk.calendar.today()
    first = first or last
    span = f"on {first}" if first == last else f"from {first} to {last}"
    who = f" by {packer}" if packer else ""
    emit(obj, [r.as_dict() for r in rows], table(rows) if rows else f"No bench work{who} {span}.")
