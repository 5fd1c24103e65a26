"""`fulfil-desk feedback` (record, list, answer the buyers' feedback) and `fulfil-desk message`
(a short message to the buyer, printed or saved: fulfil-desk sends nothing)."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import click

from fulfil_desk.cli_help import WordedCommand, WordedGroup
from fulfil_desk.cli_support import CliContext, columns, emit, json_option, write_file
from fulfil_desk.cli_table import table
from fulfil_desk.core.aftersales.buyer_messages import KINDS
from fulfil_desk.core.aftersales.feedback import Feedback
from fulfil_desk.core.kernel.messages import Message
from fulfil_desk.core.wording.languages import LANGUAGES


def _row(obj: CliContext, item: Feedback) -> dict:
    waited = obj.desk().feedback.waited(item)
    return {**item.as_dict(), "waited_seconds": round(waited)}


def _table(obj: CliContext, items: list[Feedback], *, unanswered: bool) -> Message | str:
    if not items:
        return Message("feedback.none_unanswered") if unanswered else Message("feedback.none")
    words, desk = obj.words, obj.desk()
    rows = []
    for f in items:
        waited = words.value(timedelta(seconds=round(desk.feedback.waited(f))))
        rows.append(
            [
                str(f.id),
                f.order_number,
                f.marketplace,
                words(Message("feedback.stars", n=f.rating)),
                words.moment(f.at),
                "" if f.replied_at else waited,
                words.moment(f.replied_at) if f.replied_at else "",
                f.text,
            ]
        )
    names = ("id", "order", "marketplace", "stars", "date", "waiting", "reply", "text")
    return table(rows, headers=columns(obj, *names))


@click.group(cls=WordedGroup)
def feedback():
    """Buyer feedback and reviews: record, list, answer."""


@feedback.command("add")
@click.argument("order_ref", metavar="ORDER")
@click.option("--rating", required=True, type=click.IntRange(1, 5))
@click.option("--text", default="")
@click.option("--at", metavar="ISO8601")
@json_option
@click.pass_obj
def feedback_add(obj: CliContext, order_ref, rating, text, at):
    """Record the buyer's feedback on ORDER."""
    desk = obj.desk()
    order_id = obj.order_id(order_ref)
    changes = desk.feedback.add(order_id, rating, text, at)
    saved = desk.feedback.of_order(order_id)
    assert saved is not None
    emit(obj, {**_row(obj, saved), "message": changes.message}, changes.message)


@feedback.command("list")
@click.option("--unanswered", is_flag=True)
@json_option
@click.pass_obj
def feedback_list(obj: CliContext, unanswered):
    """The feedback recorded, newest first."""
    items = obj.desk().feedback.listed(unanswered=unanswered)
    emit(obj, [_row(obj, f) for f in items], _table(obj, items, unanswered=unanswered))


@feedback.command("answer")
@click.argument("feedback_id", metavar="ID", type=int)
@click.option("--text", required=True)
@click.option("--at", metavar="ISO8601")
@json_option
@click.pass_obj
def feedback_answer(obj: CliContext, feedback_id, text, at):
    """Record the reply you posted to feedback ID."""
    desk = obj.desk()
    changes = desk.feedback.answer(feedback_id, text, at)
    saved = desk.feedback.feedback(feedback_id)
    emit(obj, {**_row(obj, saved), "message": changes.message}, changes.message)


@click.command(cls=WordedCommand)
@click.argument("order_ref", metavar="ORDER")
@click.option("--kind", required=True, type=click.Choice(KINDS))
@click.option("--lang", "message_lang", type=click.Choice(LANGUAGES))
@click.option("--date", "new_date", type=click.DateTime(formats=["%Y-%m-%d"]), metavar="DATE")
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path))
@json_option
@click.pass_obj
def message(obj: CliContext, order_ref, kind, message_lang, new_date, out):
    """A short message to the buyer of ORDER in the buyer's language, printed or saved."""
    desk = obj.desk()
    day = new_date.date() if new_date else None
    composed = desk.buyer_messages.compose(
        obj.order_id(order_ref), kind, message_lang, new_date=day
    )
    if out is not None:
        write_file(out, (composed.text + "\n").encode("utf-8"))
    changes = desk.buyer_messages.record_contact(composed, "printed" if out is None else "file")
    data = {**composed.as_dict(), "saved_to": str(out) if out else None}
    if obj.as_json:
        emit(obj, {**data, "message": changes.message}, None)
    elif out is None:
        click.echo(composed.text)
    else:
        click.echo(obj.words(Message("cli.feedback.saved_to", path=str(out))))


COMMANDS = (feedback, message)
