"""`fulfil-desk scores`, `at-risk`, `inquiries`, `incident`, `delivery`, `notice` and `poa`:
the seller scores, the orders that put them at risk, and the plan of action for a notice."""

from __future__ import annotations

from pathlib import Path

import click

from fulfil_desk.cli_support import CliContext, emit, json_option
from fulfil_desk.core.kernel.errors import UserError
from fulfil_desk.core.scores.scores import INCIDENT_KINDS, percent, target_text
from fulfil_desk.core.wording.languages import LANGUAGES

as_of_option = click.option(
    "--as-of", "as_of", help="Judge as of this time (ISO 8601; default: now)."
)


def _duration(seconds: int | None) -> str:
    if seconds is None:
        return "—"
    sign = "-" if seconds < 0 else ""
    minutes = abs(seconds) // 60
    return f"{sign}{minutes // 60}h{minutes % 60:02d}m"


@click.group(invoke_without_command=True)
@click.option("--marketplace", help="Only this marketplace (coupang, amazon, ebay, shopee, wish).")
@as_of_option
@json_option
@click.pass_context
def scores(ctx, marketplace, as_of):
    """Seller-score metrics per marketplace: rate, numerator/denominator, target, status."""
    if ctx.invoked_subcommand is not None:
        return
    obj: CliContext = ctx.obj
    results = obj.desk().scores.scores(marketplace, as_of)
    rows = [r.as_dict() for r in results]
    lines = [
        f"{r['marketplace']:<8} {r['metric']:<26} {r['window_days']:>4} d "
        f"{r['numerator']:>5}/{r['denominator']:<5} {obj.words(percent(r['rate'])):>8}  "
        f"{obj.words(target_text(r['target'], r['comparison'])):<14} {r['status']}"
        for r in rows
    ]
    emit(obj, rows, "\n".join(lines) or "No marketplace with seller scores has orders yet.")


@scores.command("orders")
@click.argument("marketplace")
@click.argument("metric")
@as_of_option
@json_option
@click.pass_obj
def scores_orders(obj: CliContext, marketplace, metric, as_of):
    """The orders (or inquiries) behind METRIC's current window, problem ones first."""
    found = obj.desk().scores.metric_orders(marketplace, metric, as_of)
    lines = [
        f"{'!' if r['problem'] else ' '} {r['order_number'] or '#' + str(r['id']):<24} "
        f"{(r['date'] or '')[:19]}"
        for r in found["rows"]
    ]
    emit(obj, found, "\n".join(lines) or "No orders in this window.")


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
        raise UserError(f"{text!r} is not a target; write it as 95% or 0.95.") from None
    number = number / 100 if text.strip().endswith("%") or number > 1 else number
    if not 0 < number < 1:
        raise UserError(f"{text!r} is not a target between 0 and 100 %.")
    return number


@click.command("at-risk")
@as_of_option
@json_option
@click.pass_obj
def at_risk(obj: CliContext, as_of):
    """Open orders due today or tomorrow, soonest first, and what they cost if late."""
    found = obj.desk().scores.at_risk(as_of)
    lines = [
        f"{o['due']:<9} {o['ship_by'][:16]}  {o['marketplace']:<8} {o['order_number']:<22} "
        f"{_duration(o['seconds_left'])}"
        for o in found["orders"]
    ]
    lines += [obj.words(m["sentence"]) for m in found["marketplaces"]]
    if found["overdue"]:
        lines.append(f"{len(found['overdue'])} open orders are already past their ship-by.")
    emit(obj, found, "\n".join(lines) or "No open order is due today or tomorrow.")


@click.group()
def inquiries():
    """Buyers' inquiries: each is due 24 hours after it arrived."""


@inquiries.command("list")
@click.option("--all", "show_all", is_flag=True, help="Answered ones too.")
@as_of_option
@json_option
@click.pass_obj
def inquiries_list(obj: CliContext, show_all, as_of):
    """Open inquiries, oldest first, with the time left (negative: late)."""
    found = obj.desk().notices.inquiries(open_only=not show_all, as_of=as_of)
    lines = [
        f"{q['id']:>5} {q['marketplace']:<8} {q['order_number'] or '':<22} "
        f"received {q['received_at'][:16]}  "
        + (
            f"answered {q['answered_at'][:16]}"
            if q["answered_at"]
            else f"left {_duration(q['seconds_left'])}"
        )
        + f"  {q['subject']}"
        for q in found
    ]
    emit(obj, found, "\n".join(lines) or "No open inquiries.")


@inquiries.command("add")
@click.option("--marketplace", help="Where it came from (default: the order's marketplace).")
@click.option("--order", "order_ref", help="The order it is about.")
@click.option("--received-at", help="When it arrived (ISO 8601; default: now).")
@click.option("--subject", default="", help="What it is about.")
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
@click.option("--at", help="When it was answered (ISO 8601; default: now).")
@json_option
@click.pass_obj
def inquiries_answer(obj: CliContext, inquiry_id, at):
    """Mark an inquiry answered."""
    changes = obj.desk().notices.answer_inquiry(inquiry_id, at)
    emit(obj, {"id": inquiry_id, "message": changes.message}, changes.message)


@click.group()
def incident():
    """Negative feedback, claims, chargebacks, returns, cases, late-delivery reports."""


@incident.command("add")
@click.argument("order_ref", metavar="ORDER")
@click.option("--kind", required=True, type=click.Choice(INCIDENT_KINDS))
@click.option("--at", help="When the marketplace recorded it (ISO 8601; default: now).")
@click.option("--reason", default="", help="The buyer's or marketplace's reason.")
@click.option("--note", default="", help="Your note.")
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
    lines = [f"{i['at'][:16]}  {i['kind']:<22} {i['reason']}" for i in found]
    emit(obj, found, "\n".join(lines) or "No incidents.")


@click.command()
@click.argument("order_ref", metavar="ORDER")
@click.option("--delivered-at", help="When it was delivered (ISO 8601).")
@click.option("--promised", help="The delivery date promised to the buyer (YYYY-MM-DD or ISO).")
@json_option
@click.pass_obj
def delivery(obj: CliContext, order_ref, delivered_at, promised):
    """Record when ORDER was delivered and/or the delivery date promised to the buyer."""
    order_id = obj.order_id(order_ref)
    changes = obj.desk().scores.record_delivery(order_id, delivered_at, promised)
    emit(obj, {"order": order_id, "message": changes.message}, changes.message)


@click.group()
def notice():
    """Performance notices from a marketplace, with their 48 h and 72 h deadlines."""


@notice.command("add")
@click.option("--id", "notice_id", required=True, help="The notice's id, e.g. PN-2026-0042.")
@click.option("--marketplace", required=True)
@click.option("--metric", required=True, help="e.g. late_shipment_rate (see `scores`).")
@click.option("--from", "period_from", required=True, help="Data period start (ISO 8601).")
@click.option("--to", "period_to", required=True, help="Data period end (ISO 8601).")
@click.option("--received-at", help="When it arrived (ISO 8601; default: now).")
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


def _notice_line(n: dict) -> str:
    if n["responded_at"]:
        state = f"answered {n['responded_at'][:16]}"
    else:
        state = (
            f"respond in {_duration(n['seconds_to_response'])}, "
            f"plan in {_duration(n['seconds_to_plan'])}"
        )
    return f"{n['id']:<20} {n['marketplace']:<8} {n['metric']:<24} {state}"


@notice.command("list")
@as_of_option
@json_option
@click.pass_obj
def notice_list(obj: CliContext, as_of):
    """Notices, newest first, with the time left to respond and to send the plan."""
    found = obj.desk().notices.notices(as_of)
    emit(obj, found, "\n".join(map(_notice_line, found)) or "No performance notices.")


@notice.command("show")
@click.argument("notice_id")
@as_of_option
@json_option
@click.pass_obj
def notice_show(obj: CliContext, notice_id, as_of):
    """A notice and its problem orders (strictly inside the data period)."""
    found = obj.desk().notices.notice(notice_id, as_of)
    lines = [_notice_line(found)] + [
        f"  {p['ref']:<24} {p['when'][:19]}  {', '.join(p['causes'])}" for p in found["problems"]
    ]
    emit(obj, found, "\n".join(lines))


@notice.command("plan")
@click.argument("notice_id")
@click.option("--corrective", default="", help="Corrective actions taken.")
@click.option("--preventive", default="", help="Preventive measures.")
@json_option
@click.pass_obj
def notice_plan(obj: CliContext, notice_id, corrective, preventive):
    """Write the plan's corrective actions and preventive measures."""
    changes = obj.desk().notices.set_plan_text(notice_id, corrective, preventive)
    emit(obj, {"id": notice_id, "message": changes.message}, changes.message)


@notice.command("answered")
@click.argument("notice_id")
@click.option("--at", help="When you answered (ISO 8601; default: now).")
@json_option
@click.pass_obj
def notice_answered(obj: CliContext, notice_id, at):
    """Mark a notice answered: its countdowns stop."""
    changes = obj.desk().notices.mark_notice_responded(notice_id, at)
    emit(obj, {"id": notice_id, "message": changes.message}, changes.message)


@click.command()
@click.argument("notice_id")
@click.option("--out", required=True, type=click.Path(dir_okay=False, path_type=Path))
@click.option(
    "--lang", type=click.Choice(LANGUAGES), help="The PDF's language (default: the command's)."
)
@json_option
@click.pass_obj
def poa(obj: CliContext, notice_id, out, lang):
    """The plan of action for NOTICE_ID as a PDF."""
    lang = lang or obj.words.lang  # the pseudo-language too: the tests read it
    pdf = obj.desk().notices.plan_of_action_pdf(notice_id, lang)
    try:
        out.write_bytes(pdf)
    except OSError as exc:
        raise UserError(f"Cannot write {out}: {exc.strerror}.") from exc
    emit(obj, {"file": str(out), "lang": lang}, f"Plan of action saved to {out}.")


COMMANDS = (scores, at_risk, inquiries, incident, delivery, notice, poa)
