"""`fulfil-desk packers`: the people at the benches, their badge codes, who is a supervisor.

A badge is scanned at the bench to say who works there until the next badge; the command
sheet prints one barcode per packer.
"""

from __future__ import annotations

import click

from fulfil_desk.cli_help import WordedGroup
from fulfil_desk.cli_support import CliContext, columns, emit, json_option
from fulfil_desk.cli_table import table
from fulfil_desk.core.kernel.messages import Message
from fulfil_desk.core.packers.service import check_packer_name
from fulfil_desk.core.wording.languages import LANGUAGES, NATIVE_NAMES


def _text(obj: CliContext, rows: list[dict]) -> Message | str:
    if not rows:
        return Message("cli.packers.none")
    supervisor = obj.words(Message("cli.packers.supervisor"))
    cells = [
        [
            p["badge"],
            p["name"],
            NATIVE_NAMES.get(p.get("language") or "", ""),  # a language's own name
            supervisor if p["supervisor"] else "",
        ]
        for p in rows
    ]
    return table(cells, headers=[*columns(obj, "badge", "packer", "language"), ""])


@click.group(cls=WordedGroup, invoke_without_command=True)
@json_option
@click.pass_context
def packers(ctx):
    """The packers and their badge codes (or add, remove one)."""
    if ctx.invoked_subcommand is None:
        obj: CliContext = ctx.obj
        rows = obj.desk().packers.packers()
        emit(obj, rows, _text(obj, rows))


@packers.command("add")
@click.argument("name")
@click.option("--badge")
@click.option("--supervisor", is_flag=True)
@click.option("--lang", type=click.Choice(LANGUAGES))
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
