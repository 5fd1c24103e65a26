"""`fulfil-desk packers`: the people at the benches, their badge codes, who is a supervisor.

A badge is scanned at the bench to say who works there until the next badge; the command
sheet prints one barcode per packer.
"""

from __future__ import annotations

import click

from fulfil_desk.cli_support import CliContext, emit, json_option
from fulfil_desk.core.packers.service import check_packer_name
from fulfil_desk.core.wording.languages import LANGUAGES


def _text(rows: list[dict]) -> str:
    lines = [
        f"{p['badge']:<14} {p['name']}{'  (supervisor)' if p['supervisor'] else ''}" for p in rows
    ]
    return "\n".join(lines) or "No packers yet: fulfil-desk packers add NAME."


@click.group(invoke_without_command=True)
@json_option
@click.pass_context
def packers(ctx):
    """The packers and their badge codes (or add, remove one)."""
    if ctx.invoked_subcommand is None:
        obj: CliContext = ctx.obj
        rows = obj.desk().packers.packers()
        emit(obj, rows, _text(rows))


@packers.command("add")
@click.argument("name")
@click.option("--badge", help="The code on the packer's badge (default: BADGE-0001, …).")
@click.option("--supervisor", is_flag=True, help="May confirm a unit by hand for others.")
@click.option(
    "--lang",
    type=click.Choice(LANGUAGES),
    help="The language the badge switches the window to (default: the station's).",
)
@json_option
@click.pass_obj
def packers_add(obj: CliContext, name, badge, supervisor, lang):
    """Add a packer, or change one's badge, supervisor flag or language."""
    desk = obj.desk()
    changes = desk.packers.save_packer(name, badge=badge, supervisor=supervisor, language=lang)
    saved = next(p for p in desk.packers.packers() if p["name"] == check_packer_name(name))
    emit(obj, saved, changes.message)


@packers.command("remove")
@click.argument("name")
@json_option
@click.pass_obj
def packers_remove(obj: CliContext, name):
    """Remove a packer (their past work stays in the audit trail under their name)."""
    changes = obj.desk().packers.remove_packer(name)
    emit(obj, {"removed": name}, changes.message)
