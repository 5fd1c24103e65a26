"""`fulfil-desk holidays …`, `ship-by` and `capacity`: the shop's shipping days and deadlines."""

from __future__ import annotations

from datetime import date

import click

from fulfil_desk.cli_help import WordedCommand, WordedGroup
from fulfil_desk.cli_support import CliContext, columns, emit, json_option, warn
from fulfil_desk.cli_table import table
from fulfil_desk.core.kernel.messages import Message, Term


def _report(obj: CliContext, report, changes) -> None:
    if report.warning:
        warn(obj, Message("cli.warning", warning=report.warning))
    emit(
        obj,
        {
            "message": changes.message,
            "warning": report.warning and obj.words(report.warning),
            "moved": [
                {
                    "id": m.order_id,
                    "marketplace": m.marketplace,
                    "order_number": m.order_number,
                    "old": m.old,
                    "new": m.new,
                }
                for m in report.moved
            ],
        },
        "\n".join(
            [obj.words(changes.message), *(f"  {obj.words(m.sentence())}" for m in report.moved)]
        ),
    )


@click.group("holidays", cls=WordedGroup, invoke_without_command=True)
@click.pass_context
def holidays_group(ctx):
    """Non-shipping days: public holidays, shop vacations, courier no-pickup days."""
    if ctx.invoked_subcommand is None:
        ctx.invoke(holidays_list)


@holidays_group.command("list")
@click.option("--from", "start", metavar="YYYY-MM-DD")
@click.option("--to", "end", metavar="YYYY-MM-DD")
@json_option
@click.pass_obj
def holidays_list(obj: CliContext, start=None, end=None):
    """The calendar's days: public, shop, courier (no pickup) and workday (make-up day)."""
    days = obj.desk().calendar.holiday_list(start, end)
    words = obj.words
    rows = [
        [
            d["date"],
            words.term(Term("cli.day_kind", d["kind"])),
            d["courier"] or "-",
            words.value(d["name"]),
        ]
        for d in days
    ]
    headers = columns(obj, "date", "kind", "courier", "name")
    emit(obj, days, table(rows, headers=headers) if rows else Message("cli.holidays.none"))


@holidays_group.command("add")
@click.argument("day", metavar="DATE")
@click.option("--name", required=True)
@click.option("--courier")
@json_option
@click.pass_obj
def holidays_add(obj: CliContext, day, name, courier):
    """Mark DATE (YYYY-MM-DD) as a non-shipping day; lists the deadlines that move."""
    _report(obj, *obj.desk().calendar.add_non_shipping_day(day, name, courier))


@holidays_group.command("remove")
@click.argument("day", metavar="DATE")
@click.option("--courier")
@json_option
@click.pass_obj
def holidays_remove(obj: CliContext, day, courier):
    """Make DATE a shipping day again (a public holiday removed stays removed)."""
    _report(obj, *obj.desk().calendar.remove_non_shipping_day(day, courier))


@holidays_group.command("load-country")
@click.argument("country", metavar="CC")
@click.option("--year", required=True, type=int)
@json_option
@click.pass_obj
def holidays_load_country(obj: CliContext, country, year):
    """Add the public holidays (and make-up workdays) of country CC in a year."""
    _report(obj, *obj.desk().calendar.load_country_holidays(country, year))


@click.command("ship-by", cls=WordedCommand)
@click.option("--ordered-at", required=True, metavar="ISO8601")
@click.option("--lead-days", required=True, type=int)
@click.option("--courier")
@json_option
@click.pass_obj
def ship_by(obj: CliContext, ordered_at, lead_days, courier):
    """The ship-by date of an order placed at ISO8601, in the shop's time zone."""
    deadline = obj.desk().calendar.ship_by_for(ordered_at, lead_days, courier)
    emit(
        obj,
        {"ship_by": deadline.isoformat(), "date": deadline.date().isoformat()},
        Message("cli.ship_by.answer", day=deadline.date()),
    )


@click.command(cls=WordedCommand)
@click.option("--days", default=7, show_default=True, type=int)
@json_option
@click.pass_obj
def capacity(obj: CliContext, days):
    """Load (open orders due) against capacity for the next shipping days."""
    found = obj.desk().calendar.capacity(days)
    words = obj.words
    over = words(Message("cli.capacity.over"))
    rows = []
    for day in found:
        when = words.day(date.fromisoformat(day["date"]))
        rows.append([when, str(day["load"]), str(day["capacity"]), over if day["over"] else ""])
        for o in day["at_risk"]:
            risk = Message(
                "cli.capacity.at_risk", marketplace=o["marketplace"], order=o["order_number"]
            )
            rows.append(["", "", "", words(risk)])
    headers = [*columns(obj, "day", "orders", "capacity"), ""]
    emit(obj, found, table(rows, headers=headers, right=[False, True, True]))
