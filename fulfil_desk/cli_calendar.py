"""`fulfil-desk holidays …`, `ship-by` and `capacity`: the shop's shipping days and deadlines."""

from __future__ import annotations

from datetime import date

import click

from fulfil_desk.cli_support import CliContext, emit, json_option


def _report(obj: CliContext, report, changes) -> None:
    if report.warning:
        click.echo(f"warning: {obj.words(report.warning)}", err=True)
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


@click.group("holidays", invoke_without_command=True)
@click.pass_context
def holidays_group(ctx):
    """Non-shipping days: public holidays, shop vacations, courier no-pickup days."""
    if ctx.invoked_subcommand is None:
        ctx.invoke(holidays_list)


@holidays_group.command("list")
@click.option("--from", "start", metavar="YYYY-MM-DD", help="First day to show.")
@click.option("--to", "end", metavar="YYYY-MM-DD", help="Last day to show.")
@json_option
@click.pass_obj
def holidays_list(obj: CliContext, start=None, end=None):
    """The calendar's days: public, shop, courier (no pickup) and workday (make-up day)."""
    days = obj.desk().calendar.holiday_list(start, end)
    emit(
        obj,
        days,
        "\n".join(
            f"{d['date']}  {d['kind']:<8} {d['courier'] or '-':<10} {obj.words.value(d['name'])}"
            for d in days
        )
        or "No non-shipping days.",
    )


@holidays_group.command("add")
@click.argument("day", metavar="DATE")
@click.option("--name", required=True, help="What the day is, e.g. 'Summer vacation'.")
@click.option("--courier", help="Only this courier does not pick up (default: the shop closes).")
@json_option
@click.pass_obj
def holidays_add(obj: CliContext, day, name, courier):
    """Mark DATE (YYYY-MM-DD) as a non-shipping day; lists the deadlines that move."""
    _report(obj, *obj.desk().calendar.add_non_shipping_day(day, name, courier))


@holidays_group.command("remove")
@click.argument("day", metavar="DATE")
@click.option("--courier", help="Remove this courier's no-pickup day.")
@json_option
@click.pass_obj
def holidays_remove(obj: CliContext, day, courier):
    """Make DATE a shipping day again (a public holiday removed stays removed)."""
    _report(obj, *obj.desk().calendar.remove_non_shipping_day(day, courier))


@holidays_group.command("load-country")
@click.argument("country", metavar="CC")
@click.option("--year", required=True, type=int, help="e.g. 2027.")
@json_option
@click.pass_obj
def holidays_load_country(obj: CliContext, country, year):
    """Add the public holidays (and make-up workdays) of country CC in a year."""
    _report(obj, *obj.desk().calendar.load_country_holidays(country, year))


@click.command("ship-by")
@click.option("--ordered-at", required=True, metavar="ISO8601", help="e.g. 2026-02-13T15:30+09:00")
@click.option("--lead-days", required=True, type=int, help="Lead time in shipping days.")
@click.option("--courier", help="Count this courier's no-pickup days (default: default_courier).")
@json_option
@click.pass_obj
def ship_by(obj: CliContext, ordered_at, lead_days, courier):
    """The ship-by date of an order placed at ISO8601, in the shop's time zone."""
    deadline = obj.desk().calendar.ship_by_for(ordered_at, lead_days, courier)
    emit(
        obj,
        {"ship_by": deadline.isoformat(), "date": deadline.date().isoformat()},
        deadline.date().isoformat(),
    )


@click.command()
@click.option("--days", default=7, show_default=True, type=int, help="Shipping days to show.")
@json_option
@click.pass_obj
def capacity(obj: CliContext, days):
    """Load (open orders due) against capacity for the next shipping days."""
    found = obj.desk().calendar.capacity(days)
    lines = []
    for day in found:
        flag = "  OVER" if day["over"] else ""
        weekday = date.fromisoformat(day["date"]).strftime("%a")
        lines.append(f"{day['date']} {weekday}  {day['load']:>4} / {day['capacity']}{flag}")
        lines.extend(f"    at risk: {o['marketplace']} {o['order_number']}" for o in day["at_risk"])
    emit(obj, found, "\n".join(lines))
