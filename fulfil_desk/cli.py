"""The `fulfil-desk` command: the GUI by default, and the same Desk from a shell.

Exit status: 0 done, 1 the input was refused (one sentence on stderr, nothing changed),
2 usage error.
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

from fulfil_desk.cli_backup import COMMANDS as BACKUP_COMMANDS
from fulfil_desk.cli_bench import bench
from fulfil_desk.cli_calendar import capacity, holidays_group, ship_by
from fulfil_desk.cli_commands import commands
from fulfil_desk.cli_exchange import COMMANDS as EXCHANGE_COMMANDS
from fulfil_desk.cli_packers import packers
from fulfil_desk.cli_scores import COMMANDS as SCORE_COMMANDS
from fulfil_desk.cli_shop import products, settings, stock
from fulfil_desk.cli_stats import stats
from fulfil_desk.cli_support import (
    CliContext,
    CliGroup,
    default_db_path,
    emit,
    json_option,
)
from fulfil_desk.core.kernel.couriers import CourierRegistry
from fulfil_desk.core.kernel.errors import UserError
from fulfil_desk.core.kernel.orders import Order
from fulfil_desk.core.wording.languages import LANGUAGES, PSEUDO
from fulfil_desk.core.wording.render import Wording


@click.group(cls=CliGroup, invoke_without_command=True)
@click.option(
    "--db",
    "db_path",
    envvar="FULFIL_DESK_DB",
    type=click.Path(dir_okay=False, path_type=Path),
    help="The shop's database file (default: your data folder).",
)
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
@click.option(
    "--station",
    envvar="FULFIL_DESK_STATION",
    help="This bench's name when several share the database (default: this machine's).",
)
@click.option(
    "--lang",
    type=click.Choice((*LANGUAGES, PSEUDO)),  # pseudo: the tests' language, ⟦wrapped⟧
    envvar="FULFIL_DESK_LANG",
    help="ko, zh_CN or en (default: this station's language setting, else the system's).",
)
@click.version_option(package_name="fulfil-desk")
@click.pass_context
def main(ctx, db_path, as_json, station, lang):
    """fulfil-desk: receive → verify → pick → pack → label → ship, offline."""
    ctx.obj = CliContext(db_path or default_db_path(), as_json, station, lang=lang)
    ctx.call_on_close(lambda: ctx.obj._desk and ctx.obj._desk.close())
    if ctx.invoked_subcommand is None:
        ctx.invoke(gui)


@main.command()
@click.option("--demo", is_flag=True, help="Fill an empty database with the demo shop first.")
@click.pass_obj
def gui(obj: CliContext, demo):
    """Open the workstation."""
    from fulfil_desk.ui.app import run

    desk = obj.desk()
    if demo and not desk.products.products():
        desk.exchange.fill_demo()
    sys.exit(run(desk, lang=obj.lang))


@main.command()
@click.option("--orders", "count", default=30, show_default=True, type=click.IntRange(0, 100_000))
@json_option
@click.pass_obj
def demo(obj: CliContext, count):
    """Fill the database with a demo shop: products, stock and orders."""
    changes = obj.desk().exchange.fill_demo(count)
    emit(
        obj,
        {"orders": len(changes.orders), "db": str(obj.db_path)},
        f"Demo shop ready in {obj.db_path}: {obj.words(changes.message)}",
    )


def _order_json(order: Order, words: Wording) -> dict:
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
        "lines": [
            {"sku": ln.sku, "quantity": ln.quantity, "picked": ln.picked, "packed": ln.packed}
            for ln in order.lines
        ],
    }


@main.command()
@click.option(
    "--status",
    help="new, on_hold, verified, picking, picked, packing, packed, "
    "labelled, shipped or cancelled.",
)
@json_option
@click.pass_obj
def orders(obj: CliContext, status):
    """List orders, soonest ship-by first."""
    found = obj.desk().orders.orders(status)
    lines = [
        f"{o.id:>5}  {o.marketplace:<8} {o.order_number:<22} {o.status.value:<9} "
        f"{(o.ship_by or '')[:16]:<16}  {o.ship_to.name}"
        + (f"  ({obj.words(o.hold_note_said)})" if o.hold_note else "")
        for o in found
    ]
    emit(obj, [_order_json(o, obj.words) for o in found], "\n".join(lines) or "No orders.")


@main.command()
@click.argument("order_refs", metavar="ORDER...", nargs=-1, required=True)
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), help="Save as PDF.")
@click.option("--print", "do_print", is_flag=True, help="Print on a printer.")
@click.option("--printer", help="The printer (CUPS queue) name; default: the system default.")
@json_option
@click.pass_obj
def label(obj: CliContext, order_refs, out, do_print, printer):
    """Shipping labels (4×6 in, one page per order)."""
    if not out and not do_print:
        raise click.UsageError("Give --out FILE.pdf, --print, or both.")
    desk = obj.desk()
    ids = [obj.order_id(ref) for ref in order_refs]
    pdf = (
        desk.documents.label_batch(ids, words=obj.words).require_all().render()
    )  # one left out: none made
    done = []
    if out:
        try:
            out.write_bytes(pdf)
        except OSError as exc:
            raise UserError(f"Cannot write {out}: {exc.strerror}.") from exc
        done.append(str(out))
    if do_print:
        from fulfil_desk.ui.printing import print_headless

        done.append(
            print_headless(pdf, printer=printer or desk.settings.get("printer"), title="labels")
        )
    desk.flow.label_done(ids, how=", ".join(done))
    emit(obj, {"orders": ids, "done": done}, f"{len(ids)} label(s): {', '.join(done)}")


@main.command()
@click.argument("order_ref", metavar="ORDER")
@click.option("--courier", required=True, help="Courier code, see `fulfil-desk couriers`.")
@click.option("--tracking", required=True, help="The tracking number.")
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
        read = f" (read {obj.words(check.read_as)})" if check.read_as else ""
        emit(
            obj,
            {
                "valid": check.valid,
                "number": check.number,
                "reason": check.reason or "",
                "read_as": check.read_as or "",
            },
            f"{check.number}: valid{read}",
        )
    if not check.valid:
        raise UserError(check.refusal)


@main.command()
@json_option
@click.pass_obj
def couriers(obj: CliContext):
    """The couriers fulfil-desk knows, with their codes."""
    found = CourierRegistry.load().all()
    emit(
        obj,
        [
            {"code": c.code, "name_en": c.name("en"), "name_ko": c.name("ko"), "country": c.country}
            for c in found
        ],
        "\n".join(f"{c.code:<12} {c.name('en'):<24} {c.name('ko')}" for c in found),
    )


for _group in (products, stock, settings, packers):
    main.add_command(_group)

for _command in (holidays_group, ship_by, capacity, bench, commands, stats):
    main.add_command(_command)

for _command in EXCHANGE_COMMANDS:
    main.add_command(_command)

for _command in SCORE_COMMANDS:
    main.add_command(_command)

for _command in BACKUP_COMMANDS:
    main.add_command(_command)
