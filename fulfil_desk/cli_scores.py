"""`fulfil-desk scores`, `at-risk`, `inquiries`, `incident`, `delivery`, `notice` and `poa`:
the seller scores, the orders that put them at risk, and the plan of action for a notice."""

from __future__ import annotations

from pathlib import Path

import click

from fulfil_desk.cli_help import WordedCommand, WordedGroup
from fulfil_desk.cli_support import (
    CliContext,
    columns,
    emit,
    json_option,
    shop_moment,
    short_duration,
    write_file,
)
from fulfil_desk.cli_table import table
from fulfil_desk.core.kernel.errors import UserError
from fulfil_desk.core.kernel.messages import Message, Names, Term
from fulfil_desk.core.scores.poa import load_text
from fulfil_desk.core.scores.scores import INCIDENT_KINDS, percent, target_text
from fulfil_desk.core.wording.languages import LANGUAGES, cldr_locale

as_of_option = click.option("--as-of", "as_of", metavar="ISO8601")


@click.group(cls=WordedGroup, invoke_without_command=True)
@click.option("--marketplace")
@as_of_option
@json_option
@click.pass_context
def scores(ctx, marketplace, as_of):
    """Seller-score metrics per marketplace: rate, numerator/denominator, target, status."""
    if ctx.invoked_subcommand is not None:
        return
    obj: CliContext = ctx.obj
    results = obj.desk().scores.scores(marketplace, as_of)
    words = obj.words
    rows = [r.as_dict(cldr_locale(words.lang)) for r in results]
    cells = [
        [
            r["marketplace"],
            words.value(Names.of(r["names"])),
            words(Message("cli.scores.window", days=r["window_days"])),
            f"{r['numerator']}/{r['denominator']}",
            words(percent(r["rate"])),
            words(target_text(r["target"], r["comparison"])),
            words.term(Term("cli.score_status", r["status"])),
        ]
        for r in rows
    ]
    headers = columns(obj, "marketplace", "metric", "window", "counted", "rate", "target", "status")
    text = (
        table(cells, headers=headers, right=[False, False, True, True, True])
        if cells
        else Message("cli.scores.none")
    )
    emit(obj, rows, text)


@scores.command("orders")
@click.argument("marketplace")
@click.argument("metric")
@as_of_option
@json_option
@click.pass_obj
def scores_orders(obj: CliContext, marketplace, metric, as_of):
    """The orders (or inquiries) behind METRIC's current window, problem ones first."""
    found = obj.desk().scores.metric_orders(marketplace, metric, as_of)
    problem = obj.words(Message("cli.scores.problem"))
    rows = [
        [
            problem if r["problem"] else "",
            r["order_number"] or f"#{r['id']}",
            shop_moment(obj, r["date"]),
        ]
        for r in found["rows"]
    ]
    headers = ["", *columns(obj, "order", "date")]
    emit(obj, found, table(rows, headers=headers) if rows else Message("cli.scores.no_orders"))


@scores.command("target")
@click.argument("marketplace")
@click.argument("metric")
@click.argument("value")
@json_option
@click.pass_obj
def scores_target(obj: CliContext, marketplace, metric, value):
    """Your own target for a metric with no published one: `95%`, `0.95`, or `clear`."""
    target = None if value == "clear" else _fraction(value)
    changes = obj.desk().scores.set_score_target(marketplace, metric, target)
    emit(obj, {"marketplace": marketplace, "metric": metric, "target": target}, changes.message)


def _fraction(text: str) -> float:
    try:
        number = float(text.rstrip("%").strip())
    except ValueError:
        raise UserError(Message("cli.scores.not_a_target", text=text)) from None
    number = number / 100 if text.strip().endswith("%") or number > 1 else number
    if not 0 < number < 1:
        raise UserError(Message("cli.scores.target_out_of_range", text=text))
    return number


@click.command("at-risk", cls=WordedCommand)
@as_of_option
@json_option
@click.pass_obj
def at_risk(obj: CliContext, as_of):
    """Open orders due today or tomorrow, soonest first, and what they cost if late."""
    found = obj.desk().scores.at_risk(as_of)
    words = obj.words
    rows = [
        [
            words.term(Term("cli.due", o["due"])),
            shop_moment(obj, o["ship_by"]),
            o["marketplace"],
            o["order_number"],
            words(short_duration(o["seconds_left"])),
        ]
        for o in found["orders"]
    ]
    headers = columns(obj, "due", "ship_by", "marketplace", "order", "time_left")
    lines = [table(rows, headers=headers, right=[False] * 4 + [True])] if rows else []
    lines += [words(m["sentence"]) for m in found["marketplaces"]]
    if found["overdue"]:
        lines.append(words(Message("cli.at_risk.overdue", n=len(found["overdue"]))))
    emit(obj, found, "\n".join(lines) or Message("cli.at_risk.none"))


@click.group(cls=WordedGroup)
def inquiries():
    """Buyers' inquiries: each is due 24 hours after it arrived."""


@inquiries.command("list")
@click.option("--all", "show_all", is_flag=True)
@as_of_option
@json_option
@click.pass_obj
def inquiries_list(obj: CliContext, show_all, as_of):
    """Open inquiries, oldest first, with the time left (negative: late)."""
    found = obj.desk().notices.inquiries(open_only=not show_all, as_of=as_of)
    words = obj.words
    rows = [
        [
            str(q["id"]),
            q["marketplace"],
            q["order_number"] or "",
            shop_moment(obj, q["received_at"]),
            shop_moment(obj, q["answered_at"]),
            "" if q["answered_at"] else words(short_duration(q["seconds_left"])),
            q["subject"],
        ]
        for q in found
    ]
    headers = columns(
        obj, "id", "marketplace", "order", "received", "answered", "time_left", "subject"
    )
    text = table(rows, headers=headers, right=[True, *[False] * 4, True])
    emit(obj, found, text if rows else Message("cli.inquiries.none"))


@inquiries.command("add")
@click.option("--marketplace")
@click.option("--order", "order_ref", metavar="ORDER")
@click.option("--received-at", metavar="ISO8601")
@click.option("--subject", default="")
@json_option
@click.pass_obj
def inquiries_add(obj: CliContext, marketplace, order_ref, received_at, subject):
    """Record a buyer's inquiry."""
    order_id = obj.order(order_ref).id if order_ref else None
    inquiry_id, changes = obj.desk().notices.add_inquiry(
        marketplace, order_id=order_id, received_at=received_at, subject=subject
    )
    emit(obj, {"id": inquiry_id, "message": changes.message}, changes.message)


@inquiries.command("answer")
@click.argument("inquiry_id", type=int)
@click.option("--at", metavar="ISO8601")
@json_option
@click.pass_obj
def inquiries_answer(obj: CliContext, inquiry_id, at):
    """Mark an inquiry answered."""
    changes = obj.desk().notices.answer_inquiry(inquiry_id, at)
    emit(obj, {"id": inquiry_id, "message": changes.message}, changes.message)


@click.group(cls=WordedGroup)
def incident():
    """Negative feedback, claims, chargebacks, returns, cases, late-delivery reports."""


@incident.command("add")
@click.argument("order_ref", metavar="ORDER")
@click.option("--kind", required=True, type=click.Choice(INCIDENT_KINDS))
@click.option("--at", metavar="ISO8601")
@click.option("--reason", default="")
@click.option("--note", default="")
@json_option
@click.pass_obj
def incident_add(obj: CliContext, order_ref, kind, at, reason, note):
    """Record an incident on ORDER; it counts in the metrics from its time."""
    order_id = obj.order_id(order_ref)
    changes = obj.desk().scores.record_incident(order_id, kind, at, reason, note)
    emit(obj, obj.desk().scores.incidents(order_id), changes.message)


@incident.command("list")
@click.argument("order_ref", metavar="ORDER")
@json_option
@click.pass_obj
def incident_list(obj: CliContext, order_ref):
    """The incidents recorded on ORDER."""
    found = obj.desk().scores.incidents(obj.order_id(order_ref))
    words = obj.words
    rows = [
        [shop_moment(obj, i["at"]), words.term(Term("incident", i["kind"])), i["reason"]]
        for i in found
    ]
    headers = columns(obj, "date", "incident", "reason")
    emit(obj, found, table(rows, headers=headers) if rows else Message("cli.incidents.none"))


@click.command(cls=WordedCommand)
@click.argument("order_ref", metavar="ORDER")
@click.option("--delivered-at", metavar="ISO8601")
@click.option("--promised", metavar="DATE")
@json_option
@click.pass_obj
def delivery(obj: CliContext, order_ref, delivered_at, promised):
    """Record when ORDER was delivered and/or the delivery date promised to the buyer."""
    order_id = obj.order_id(order_ref)
    changes = obj.desk().scores.record_delivery(order_id, delivered_at, promised)
    emit(obj, {"order": order_id, "message": changes.message}, changes.message)


@click.group(cls=WordedGroup)
def notice():
    """Performance notices from a marketplace, with their 48 h and 72 h deadlines."""


@notice.command("add")
@click.option("--id", "notice_id", required=True)
@click.option("--marketplace", required=True)
@click.option("--metric", required=True)
@click.option("--from", "period_from", required=True, metavar="ISO8601")
@click.option("--to", "period_to", required=True, metavar="ISO8601")
@click.option("--received-at", metavar="ISO8601")
@json_option
@click.pass_obj
def notice_add(
    obj: CliContext, notice_id, marketplace, metric, period_from, period_to, received_at
):
    """Record a performance notice."""
    desk = obj.desk()
    changes = desk.notices.add_notice(
        notice_id, marketplace, metric, period_from, period_to, received_at
    )
    emit(obj, desk.notices.notice(notice_id), changes.message)


def _notice_row(obj: CliContext, n: dict) -> list[str]:
    words = obj.words
    return [
        n["id"],
        n["marketplace"],
        words.value(Names.of(n["metric_names"])),
        shop_moment(obj, n["responded_at"]),
        "" if n["responded_at"] else words(short_duration(n["seconds_to_response"])),
        "" if n["responded_at"] else words(short_duration(n["seconds_to_plan"])),
    ]


def _notices(obj: CliContext, found: list[dict]) -> str:
    headers = columns(obj, "notice", "marketplace", "metric", "answered", "respond_in", "plan_in")
    rows = [_notice_row(obj, n) for n in found]
    return table(rows, headers=headers, right=[*[False] * 4, True, True])


@notice.command("list")
@as_of_option
@json_option
@click.pass_obj
def notice_list(obj: CliContext, as_of):
    """Notices, newest first, with the time left to respond and to send the plan."""
    found = obj.desk().notices.notices(as_of)
    emit(obj, found, _notices(obj, found) if found else Message("cli.notices.none"))


@notice.command("show")
@click.argument("notice_id")
@as_of_option
@json_option
@click.pass_obj
def notice_show(obj: CliContext, notice_id, as_of):
    """A notice and its problem orders (strictly inside the data period)."""
    found = obj.desk().notices.notice(notice_id, as_of)
    words = obj.words
    causes = load_text()["causes"]
    rows = [
        [
            p["ref"],
            shop_moment(obj, p["when"]),
            words.value(
                tuple(Names.of(causes.get(c, causes["unknown"])["name"]) for c in p["causes"])
            ),
        ]
        for p in found["problems"]
    ]
    problems = table(rows, headers=columns(obj, "order", "date", "causes"))
    emit(obj, found, _notices(obj, [found]) + (f"\n\n{problems}" if rows else ""))


@notice.command("plan")
@click.argument("notice_id")
@click.option("--corrective", default="")
@click.option("--preventive", default="")
@json_option
@click.pass_obj
def notice_plan(obj: CliContext, notice_id, corrective, preventive):
    """Write the plan's corrective actions and preventive measures."""
    changes = obj.desk().notices.set_plan_text(notice_id, corrective, preventive)
    emit(obj, {"id": notice_id, "message": changes.message}, changes.message)


@notice.command("answered")
@click.argument("notice_id")
@click.option("--at", metavar="ISO8601")
@json_option
@click.pass_obj
def notice_answered(obj: CliContext, notice_id, at):
    """Mark a notice answered: its countdowns stop."""
    changes = obj.desk().notices.mark_notice_responded(notice_id, at)
    emit(obj, {"id": notice_id, "message": changes.message}, changes.message)


@click.command(cls=WordedCommand)
@click.argument("notice_id")
@click.option("--out", required=True, type=click.Path(dir_okay=False, path_type=Path))
@click.option("--lang", type=click.Choice(LANGUAGES))
@json_option
@click.pass_obj
def poa(obj: CliContext, notice_id, out, lang):
    """The plan of action for NOTICE_ID as a PDF."""
    lang = lang or obj.words.lang  # the pseudo-language too: the tests read it
    pdf = obj.desk().notices.plan_of_action_pdf(notice_id, lang)
    write_file(out, pdf)
    emit(obj, {"file": str(out), "lang": lang}, Message("cli.poa.saved", file=str(out)))


COMMANDS = (scores, at_risk, inquiries, incident, delivery, notice, poa)
