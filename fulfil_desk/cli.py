"""The `fulfil-desk` command: the GUI by default, and the same Desk from a shell.

Exit status: 0 done, 1 the input was refused (one sentence on stderr, nothing changed),
2 usage error.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from fulfil_desk.cli_aftersales.deliveries import COMMANDS as DELIVERY_COMMANDS
from fulfil_desk.cli_aftersales.feedback import COMMANDS as FEEDBACK_COMMANDS
from fulfil_desk.cli_aftersales.reships import COMMANDS as RESHIP_COMMANDS
from fulfil_desk.cli_aftersales.returns import COMMANDS as RETURN_COMMANDS
from fulfil_desk.cli_backup import COMMANDS as BACKUP_COMMANDS
from fulfil_desk.cli_bench import bench
from fulfil_desk.cli_calendar import capacity, holidays_group, ship_by
from fulfil_desk.cli_commands import commands
from fulfil_desk.cli_exchange import COMMANDS as EXCHANGE_COMMANDS
from fulfil_desk.cli_gettext import ClickWords, click_locale_dir
from fulfil_desk.cli_help import CliGroup
from fulfil_desk.cli_packers import packers
from fulfil_desk.cli_scores import COMMANDS as SCORE_COMMANDS
from fulfil_desk.cli_shipping.customs import COMMANDS as CUSTOMS_COMMANDS
from fulfil_desk.cli_shipping.customs import products_customs
from fulfil_desk.cli_shipping.handover import COMMANDS as HANDOVER_COMMANDS
from fulfil_desk.cli_shipping.labels import layouts
from fulfil_desk.cli_shipping.waybills import COMMANDS as WAYBILL_COMMANDS
from fulfil_desk.cli_shipping.zpl import deliver_labels, dpi_option, format_option
from fulfil_desk.cli_shop import products, settings, stock
from fulfil_desk.cli_stats import stats
from fulfil_desk.cli_support import (
    DATABASE,
    CliContext,
    columns,
    emit,
    json_option,
    shop_moment,
    usage_error,
)
from fulfil_desk.cli_table import table
from fulfil_desk.core.desk import Desk
from fulfil_desk.core.exchange.demo_history import fill_demo_shop
from fulfil_desk.core.kernel.couriers import CourierRegistry
from fulfil_desk.core.kernel.errors import UserError
from fulfil_desk.core.kernel.messages import Message, Term
from fulfil_desk.core.kernel.orders import Order
from fulfil_desk.core.wording.languages import LANGUAGES, PSEUDO
from fulfil_desk.core.wording.render import Wording


@click.group(
    cls=CliGroup,
    invoke_without_command=True,
    click_words=ClickWords(locale_dir=click_locale_dir(), environ=os.environ),
)
@click.option("--db", "db_path", envvar="FULFIL_DESK_DB", type=DATABASE)
@click.option("--json", "as_json", is_flag=True)
@click.option("--station", envvar="FULFIL_DESK_STATION")
@click.option(
    "--lang",
    type=click.Choice((*LANGUAGES, PSEUDO)),  # pseudo: the tests' language, ⟦wrapped⟧
    envvar="FULFIL_DESK_LANG",
)
@click.version_option(package_name="fulfil-desk")
@click.pass_context
def main(ctx, **_options):
    """fulfil-desk: receive → verify → pick → pack → label → ship, offline (the help people
    read is the catalogue's, see cli_help.py; CliGroup reads these options into ctx.obj)."""
    if ctx.invoked_subcommand is None:
        ctx.invoke(gui)


@main.command()
@click.option("--demo", is_flag=True)
@click.pass_obj
def gui(obj: CliContext, demo):
    """Open the workstation."""
    from fulfil_desk.ui.app import run

    desk = obj.desk()
    if demo and not desk.products.products():
        fill_demo_shop(desk, orders=30, history=True)
    sys.exit(run(desk, lang=obj.lang))


@main.command()
@click.option("--orders", "count", default=30, show_default=True, type=click.IntRange(0, 100_000))
@click.option("--history/--no-history", default=True, show_default=True)
@json_option
@click.pass_obj
def demo(obj: CliContext, count, history):
    """Fill the database with a demo shop: products, stock and orders."""
    changes = fill_demo_shop(obj.desk(), orders=count, history=history)
    emit(
        obj,
        {"orders": len(changes.orders), "db": Desk.shown_target(obj.db_path)},
        Message("cli.demo.ready", db=Desk.shown_target(obj.db_path), done=changes.message or ""),
    )


def _order_json(order: Order, words: Wording, reship_of: dict | None = None) -> dict:
    return {
        "id": order.id,
        "marketplace": order.marketplace,
        "order_number": order.order_number,
        "status": order.status.value,
        "ordered_at": order.ordered_at,
        "ship_by": order.ship_by,
        "recipient": order.ship_to.name,
        "hold_reason": order.hold_reason,
        "hold_note": words(order.hold_note_said),  # as stored: a message worded, or typed
        "cancel_reason": order.cancel_reason,
        "cancelled_by": order.cancelled_by,
        "courier": order.courier_code,
        "tracking_number": order.tracking_number,
        "reship_of": reship_of["original_number"] if reship_of else None,
        "reship_reason": reship_of["reason"] if reship_of else None,
        "lines": [
            {"sku": ln.sku, "quantity": ln.quantity, "picked": ln.picked, "packed": ln.packed}
            for ln in order.lines
        ],
    }


@main.command()
@click.option("--status")
@json_option
@click.pass_obj
def orders(obj: CliContext, status):
    """List orders, soonest ship-by first."""
    desk = obj.desk()
    found = desk.orders.orders(status)
    words = obj.words
    reships = {
        i: desk.reships.reship_of(i) for i in desk.reships.originals([o.saved_id for o in found])
    }
    rows = [
        [
            str(o.id),
            o.marketplace,
            o.order_number,
            words.term(Term("status", o.status.value)),
            shop_moment(obj, o.ship_by),
            o.ship_to.name
            + (f"  ({words(o.hold_note_said)})" if o.hold_note else "")
            + (f"  [{words(desk.reships.marker(o.saved_id))}]" if o.id in reships else ""),
        ]
        for o in found
    ]
    headers = columns(obj, "id", "marketplace", "order", "status", "ship_by", "recipient")
    text = table(rows, headers=headers, right=[True]) if rows else Message("cli.orders.none")
    emit(obj, [_order_json(o, words, reships.get(o.saved_id)) for o in found], text)


@main.command()
@click.argument("order_refs", metavar="ORDER...", nargs=-1, required=True)
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--print", "do_print", is_flag=True)
@click.option("--printer")
@click.option("--layout", metavar="NAME")
@format_option
@dpi_option
@json_option
@click.pass_obj
def label(obj: CliContext, order_refs, out, do_print, printer, layout, output_format, dpi):
    """Shipping labels, one page per order, each in its courier's layout or in --layout."""
    if not out and not do_print:
        raise usage_error(obj, Message("cli.give_out_or_print"))
    desk = obj.desk()
    ids = [obj.order_id(ref) for ref in order_refs]
    done = deliver_labels(
        obj,
        ids,
        out=out,
        do_print=do_print,
        printer=printer,
        output_format=output_format,
        dpi=dpi,
        layout=layout,
    )
    desk.flow.label_done(ids, how=", ".join(done))
    emit(obj, {"orders": ids, "done": done}, Message("cli.label.done", n=len(ids), done=done))


@main.command()
@click.argument("order_ref", metavar="ORDER")
@click.option("--courier", required=True)
@click.option("--tracking", required=True)
@json_option
@click.pass_obj
def ship(obj: CliContext, order_ref, courier, tracking):
    """Record the courier and tracking number: the order is shipped."""
    desk = obj.desk()
    order_id = obj.order_id(order_ref)
    changes = desk.flow.ship(order_id, courier=courier, tracking=tracking)
    emit(obj, _order_json(desk.orders.order(order_id), obj.words), changes.message)


@main.command("tracking-check")
@click.argument("courier")
@click.argument("number")
@json_option
@click.pass_obj
def tracking_check(obj: CliContext, courier, number):
    """Check a tracking number against its courier's format and check digit."""
    check = CourierRegistry.load().check(courier, number)
    if check.valid or obj.as_json:
        said = (
            Message("cli.tracking.valid_read_as", number=check.number, read_as=check.read_as)
            if check.read_as
            else Message("cli.tracking.valid", number=check.number)
        )
        emit(
            obj,
            {
                "valid": check.valid,
                "number": check.number,
                "reason": check.reason or "",
                "read_as": check.read_as or "",
            },
            said,
        )
    if not check.valid:
        raise UserError(check.refusal)


for _group in (products, stock, settings, packers):
    main.add_command(_group)

products.add_command(products_customs)
for _customs in CUSTOMS_COMMANDS:
    main.add_command(_customs)

for _command in (holidays_group, ship_by, capacity, bench, commands, stats, layouts):
    main.add_command(_command)

for _command in EXCHANGE_COMMANDS:
    main.add_command(_command)

for _command in SCORE_COMMANDS:
    main.add_command(_command)

for _command in BACKUP_COMMANDS:
    main.add_command(_command)

for _command in (
    *RETURN_COMMANDS,
    *RESHIP_COMMANDS,
    *FEEDBACK_COMMANDS,
    *DELIVERY_COMMANDS,
    *HANDOVER_COMMANDS,
):
    main.add_command(_command)

for _command in WAYBILL_COMMANDS:
    main.add_command(_command)
