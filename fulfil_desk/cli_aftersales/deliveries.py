"""`fulfil-desk in-transit`, `delivered` and `couriers` (with `couriers performance`): the
parcels on the way, their delivery, and which courier delays."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import click

from fulfil_desk.cli_help import WordedCommand, WordedGroup
from fulfil_desk.cli_support import CliContext, columns, emit, json_option, usage_error
from fulfil_desk.cli_table import table
from fulfil_desk.core.aftersales.courier_performance import WINDOWS, CourierFigures
from fulfil_desk.core.aftersales.transit import Parcel
from fulfil_desk.core.kernel.couriers import CourierRegistry
from fulfil_desk.core.kernel.errors import UserError
from fulfil_desk.core.kernel.messages import Message, Names
from fulfil_desk.core.scores.scores import percent


def _when(obj: CliContext, value) -> str:
    if value is None:
        return ""
    return obj.words.moment(value) if isinstance(value, datetime) else obj.words.day(value)


def _parcel_row(obj: CliContext, p: Parcel) -> list[str]:
    words = obj.words
    days = Message("deliveries.days_of_expected", days=p.days_in_transit, expected=p.expected_days)
    return [
        p.marketplace,
        p.order_number,
        words.value(p.courier),
        p.tracking_number,
        words.day(p.shipped_at.date()),
        words(days),
        _when(obj, p.promised_delivery),
        p.tracking_url,
    ]


@click.command("in-transit", cls=WordedCommand)
@click.option("--stale-days", type=click.IntRange(0, 60), metavar="N")
@click.option("--courier", metavar="C")
@click.option("--all", "everything", is_flag=True)
@json_option
@click.pass_obj
def in_transit(obj: CliContext, stale_days, courier, everything):
    """Shipped parcels not delivered after their courier's expected shipping days."""
    found = obj.desk().transit.in_transit(
        stale_days=stale_days, courier=courier, stale_only=not everything
    )
    if found:
        headers = columns(
            obj, "marketplace", "order", "courier", "tracking", "shipped", "in_transit",
            "promised", "tracking_page",
        )  # fmt: skip
        rows = [_parcel_row(obj, p) for p in found]
        text: Message | str = table(rows, headers=headers, right=[False] * 5 + [True])
    else:
        none = Message("deliveries.none_in_transit")
        text = none if everything else Message("deliveries.none_stale")
    emit(obj, [p.as_json() for p in found], text)


@click.command(cls=WordedCommand)
@click.argument("ref", metavar="TRACKING|ORDER", required=False)
@click.option("--at", metavar="ISO8601")
@click.option(
    "--from-file", "from_file", type=click.Path(dir_okay=False, path_type=Path), metavar="F"
)
@click.option("--encoding")
@json_option
@click.pass_obj
def delivered(obj: CliContext, ref, at, from_file, encoding):
    """Mark a parcel delivered, or every parcel of a list of tracking numbers and dates."""
    transit = obj.desk().transit
    if (ref is None) == (from_file is None):
        raise usage_error(obj, Message("deliveries.ref_or_file"))
    if from_file is not None:
        if at is not None:
            raise usage_error(obj, Message("deliveries.at_not_with_file"))
        try:
            data = from_file.read_bytes()
        except OSError as exc:
            said = Message("deliveries.cannot_read", file=str(from_file), why=exc.strerror or "")
            raise UserError(said) from exc
        changes = transit.deliver_file(data, from_file.name, encoding=encoding)
    else:
        changes = transit.mark_delivered(ref, at)
    emit(obj, {"orders": sorted(changes.orders), "message": changes.message}, changes.message)


@click.group(cls=WordedGroup, invoke_without_command=True)
@json_option
@click.pass_context
def couriers(ctx):
    """The couriers fulfil-desk knows, with their codes (or how they deliver)."""
    if ctx.invoked_subcommand is not None:
        return
    obj: CliContext = ctx.obj
    found = CourierRegistry.load().all()
    words = obj.words
    rows = [[c.code, words.value(Names.of(c.names)), c.country] for c in found]
    emit(
        obj,
        [
            {"code": c.code, "name_en": c.name("en"), "name_ko": c.name("ko"), "country": c.country}
            for c in found
        ],
        table(rows, headers=columns(obj, "code", "courier", "country")),
    )


def _figures_row(obj: CliContext, f: CourierFigures) -> list[str]:
    words = obj.words
    none = words(Message("cli.duration.none"))
    on_time = Message(
        "deliveries.on_time_of", on_time=f.on_time, of=f.with_promise, rate=percent(f.on_time_rate)
    )
    return [
        words.value(f.courier),
        words(Message("deliveries.window_days", n=f.window_days)),
        str(f.parcels),
        str(f.delivered),
        words(on_time) if f.with_promise else none,
        f"{f.median_days:g}" if f.median_days is not None else none,
        str(f.p90_days) if f.p90_days is not None else none,
        str(f.stale),
        str(f.lost),
    ]


@couriers.command(cls=WordedCommand)
@click.option("--days", type=click.IntRange(1, 365), metavar="N")
@json_option
@click.pass_obj
def performance(obj: CliContext, days):
    """Per courier, over the last 30 and 90 days (or N): on time, transit days, stale, lost."""
    service = obj.desk().courier_performance
    found = [f for window in ((days,) if days else WINDOWS) for f in service.performance(window)]
    if not found:
        emit(obj, [], Message("deliveries.no_parcels_shipped"))
        return
    headers = columns(
        obj, "courier", "window", "parcels", "delivered", "on_time", "median_days", "p90_days",
        "stale", "lost",
    )  # fmt: skip
    rows = [_figures_row(obj, f) for f in found]
    text = table(rows, headers=headers, right=[False, False, *[True] * 7])
    note = obj.words(Message("deliveries.performance_note"))
    emit(obj, [f.as_json() for f in found], f"{text}\n\n{note}")


COMMANDS = (in_transit, delivered, couriers)
