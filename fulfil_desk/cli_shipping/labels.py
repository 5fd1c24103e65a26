"""`fulfil-desk layouts`: the label layouts a shop can print with (built-in, and the shop's
own, kept in its database for every PC of the shop), and adding, removing, exporting one."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import click

from fulfil_desk.cli_help import WordedGroup
from fulfil_desk.cli_support import CliContext, columns, emit, json_option, write_file
from fulfil_desk.cli_table import table
from fulfil_desk.core.kernel.messages import Message


@click.group(cls=WordedGroup, invoke_without_command=True)
@json_option
@click.pass_context
def layouts(ctx):
    """The label layouts: the built-in ones and the shop's own."""
    if ctx.invoked_subcommand is None:
        _list(ctx.obj)


def _list(obj: CliContext) -> None:
    entries = obj.desk().layouts.all()
    words = obj.words
    rows, found = [], []
    for entry in entries:
        layout, saved = entry.layout, entry.saved
        size = Message(
            "cli.layouts.size_mm", width=_mm(layout.width_mm), height=_mm(layout.height_mm)
        )
        source = (
            Message("cli.layouts.builtin")
            if entry.builtin
            else Message("cli.layouts.replaces")
            if entry.replaces_builtin
            else Message("cli.layouts.shop")
        )
        where = (
            str(layout.path)
            if saved is None
            else words(
                Message(
                    "cli.layouts.in_database",
                    at=datetime.fromisoformat(saved.saved_at),
                    by=saved.saved_by,
                )
            )
        )
        rows.append([layout.name, words(size), words.value(layout.title), words(source), where])
        found.append(
            {
                "name": layout.name,
                "width_mm": layout.width_mm,
                "height_mm": layout.height_mm,
                "title": words.value(layout.title),
                "builtin": entry.builtin,
                "replaces_builtin": entry.replaces_builtin,
                "masks_receiver": layout.mask,
                "file": str(layout.path) if saved is None else None,
                "saved_at": saved.saved_at if saved else None,
                "saved_by": saved.saved_by if saved else None,
            }
        )
    headers = columns(obj, "name", "size", "layout_title", "layout_source", "file")
    note = words(Message("cli.layouts.how_to_add"))
    emit(obj, {"layouts": found}, f"{table(rows, headers=headers)}\n\n{note}")


@layouts.command("add")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--replace", is_flag=True)
@json_option
@click.pass_obj
def layouts_add(obj: CliContext, file: Path, replace: bool):
    """Add the layout in FILE (NAME.json) to the shop's own, after checking it."""
    changes = obj.desk().layouts.add(file, replace=replace)
    emit(obj, {"added": file.stem, "file": str(file)}, changes.message)


@layouts.command("remove")
@click.argument("name")
@json_option
@click.pass_obj
def layouts_remove(obj: CliContext, name: str):
    """Remove one of the shop's own layouts (a built-in one of its name is used again)."""
    changes = obj.desk().layouts.remove(name)
    emit(obj, {"removed": name}, changes.message)


@layouts.command("export")
@click.argument("name")
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), required=True)
@json_option
@click.pass_obj
def layouts_export(obj: CliContext, name: str, out: Path):
    """Write a layout (the shop's or a built-in one) to a file, to edit it and add it back."""
    text = obj.desk().layouts.file_text(name)
    write_file(out, text.encode("utf-8"))
    emit(
        obj,
        {"name": name, "file": str(out)},
        Message("cli.layouts.exported", name=name, file=str(out)),
    )


def _mm(value: float) -> str:
    return f"{value:g}"
