"""`fulfil-desk commands`: the printable command sheet, every bench code as a barcode (A4).

The sheet is drawn first, then written beside its name, then printed, then renamed: an
unknown courier, a folder that cannot be written or a printer that refuses the job leaves
no file and prints nothing (exit 1, one sentence on stderr).
"""

from __future__ import annotations

import os
from contextlib import suppress
from pathlib import Path

import click

from fulfil_desk.cli_help import WordedCommand
from fulfil_desk.cli_support import CliContext, emit, json_option, usage_error
from fulfil_desk.core.kernel.errors import UserError
from fulfil_desk.core.kernel.messages import Message

A4_INCHES = (8.27, 11.69)


@click.command("commands", cls=WordedCommand)
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--courier", "couriers", multiple=True, metavar="CODE")
@click.option("--print", "do_print", is_flag=True)
@click.option("--printer")
@json_option
@click.pass_obj
def commands(obj: CliContext, out, couriers, do_print, printer):
    """The command sheet: every bench command, box, courier and packer badge as a barcode."""
    if not out and not do_print:
        raise usage_error(obj, Message("cli.give_out_or_print"))
    if printer and not do_print:
        raise usage_error(obj, Message("cli.printer_needs_print"))
    desk = obj.desk()
    codes = [
        e.code for e in desk.documents.command_sheet_entries(couriers)
    ]  # an unknown courier: refused
    pdf = desk.documents.command_sheet_pdf(couriers, words=obj.words)
    part = out.with_name(f".{out.name}.part") if out else None
    try:
        if part is not None:
            _write(part, pdf, out)
        printed = None
        if do_print:
            from fulfil_desk.ui.printing import print_headless

            printed = print_headless(
                pdf,
                printer=printer or desk.settings.get("printer"),
                title=obj.words(Message("cli.commands.job_title")),
                page_size_in=A4_INCHES,
            )
        if part is not None:
            try:
                os.replace(part, out)
            except OSError as exc:
                why = exc.strerror or str(exc)
                raise UserError(Message("cli.cannot_write", path=str(out), why=why)) from exc
    finally:
        if part is not None:
            with suppress(OSError):  # not there (renamed, never made) or a read-only disk
                part.unlink()
    done = [str(x) for x in (out, printed) if x]
    emit(
        obj,
        {"file": str(out) if out else None, "printer": printed, "bytes": len(pdf), "codes": codes},
        Message("cli.commands.done", n=len(codes), done=done),
    )


def _write(part: Path, pdf: bytes, out: Path) -> None:
    """The sheet beside its name; a refusal names the file the person asked for."""
    try:
        part.write_bytes(pdf)
    except OSError as exc:
        why = exc.strerror or str(exc)
        raise UserError(Message("cli.cannot_write", path=str(out), why=why)) from exc
