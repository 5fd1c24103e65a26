"""`fulfil-desk layouts`: the label layouts a shop can print with, and where its own go."""

from __future__ import annotations

import click

from fulfil_desk.cli_help import WordedCommand
from fulfil_desk.cli_support import CliContext, columns, emit, json_option
from fulfil_desk.cli_table import table
from fulfil_desk.core.kernel.messages import Message


@click.command(cls=WordedCommand)
@json_option
@click.pass_obj
def layouts(obj: CliContext):
    """The label layouts: the built-in ones and the shop's own."""
    desk = obj.desk()
    entries = desk.layouts.all()
    folder = desk.layouts.shop_folder()
    words = obj.words
    rows, found = [], []
    for entry in entries:
        layout = entry.layout
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
        rows.append(
            [
                layout.name,
                words(size),
                words.value(layout.title),
                words(source),
                str(layout.path),
            ]
        )
        found.append(
            {
                "name": layout.name,
                "width_mm": layout.width_mm,
                "height_mm": layout.height_mm,
                "title": words.value(layout.title),
                "builtin": entry.builtin,
                "replaces_builtin": entry.replaces_builtin,
                "masks_receiver": layout.mask,
                "file": str(layout.path),
            }
        )
    headers = columns(obj, "name", "size", "layout_title", "layout_source", "file")
    note = words(Message("cli.layouts.shop_folder", folder=str(folder)))
    emit(
        obj,
        {"layouts": found, "shop_folder": str(folder)},
        f"{table(rows, headers=headers)}\n\n{note}",
    )


def _mm(value: float) -> str:
    return f"{value:g}"
