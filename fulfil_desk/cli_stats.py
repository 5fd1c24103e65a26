"""`fulfil-desk stats`: who packs, and how well, per packer and shop day
(core/packers/stats_rules.py says how each figure is counted)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import click

from fulfil_desk.cli_help import WordedCommand
from fulfil_desk.cli_support import CliContext, columns, emit, json_option, short_duration
from fulfil_desk.cli_table import table
from fulfil_desk.core.calendar.holidays import parse_day
from fulfil_desk.core.kernel.actors import who
from fulfil_desk.core.kernel.messages import Message
from fulfil_desk.core.packers.stats_rules import PackerStats
from fulfil_desk.core.wording.render import Wording

NONE = "-"


def _rate(value: float | None) -> str:
    return NONE if value is None else f"{value:.1f}"


COLUMNS: list[tuple[str, Callable[[PackerStats, Wording], str]]] = [
    # column, value (all but the first two aligned right)
    ("day", lambda r, w: r.day.isoformat() if r.day else w(Message("cli.stats.total"))),
    ("packer", lambda r, w: w.value(who(r.packer))),
    ("orders", lambda r, w: str(r.orders_packed)),
    ("units", lambda r, w: str(r.units_packed)),
    ("active", lambda r, w: w(short_duration(r.active_s))),
    ("orders_per_hour", lambda r, w: _rate(r.orders_per_hour)),
    ("units_per_hour", lambda r, w: _rate(r.units_per_hour)),
    ("open_to_ship", lambda r, w: w(short_duration(r.median_open_to_ship_s))),
    ("wrong_item", lambda r, w: str(r.wrong_item)),
    ("one_too_many", lambda r, w: str(r.one_too_many)),
    ("unknown_code", lambda r, w: str(r.unknown_code)),
    ("other_refusals", lambda r, w: str(r.other_refusals)),
    ("manual", lambda r, w: str(r.manual)),
    ("reprints", lambda r, w: str(r.reprints)),
    ("handed_over", lambda r, w: str(r.handed_over)),
]


def stats_table(obj: CliContext, rows: list[PackerStats]) -> str:
    """The rows under a header, each column as wide as its widest cell on screen."""
    headers = columns(obj, *(f"stats.{name}" for name, _ in COLUMNS))
    cells = [[value(r, obj.words) for _, value in COLUMNS] for r in rows]
    return table(cells, headers=headers, right=[False, False, *[True] * (len(COLUMNS) - 2)])


@click.command("stats", cls=WordedCommand)
@click.option("--from", "start", metavar="YYYY-MM-DD")
@click.option("--to", "end", metavar="YYYY-MM-DD")
@click.option("--packer")
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
    text = stats_table(obj, rows) if rows else _no_work(packer, first, last)
    emit(obj, [r.as_dict() for r in rows], text)


def _no_work(packer: str | None, first: date, last: date) -> Message:
    if first == last:
        if packer:
            return Message("cli.stats.none_by_on", packer=packer, day=first)
        return Message("cli.stats.none_on", day=first)
    if packer:
        return Message("cli.stats.none_by_from_to", packer=packer, first=first, last=last)
    return Message("cli.stats.none_from_to", first=first, last=last)
