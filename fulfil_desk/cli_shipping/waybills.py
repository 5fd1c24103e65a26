"""`fulfil-desk waybills`: the waybill number bands a courier hands the shop (add, list) and
the numbers of spoiled labels (void). The Label step gives each order the next number of its
courier's band (core/waybills/service.py)."""

from __future__ import annotations

import click

from fulfil_desk.cli_help import WordedGroup
from fulfil_desk.cli_support import CliContext, emit, json_option
from fulfil_desk.cli_table import table
from fulfil_desk.core.kernel.messages import Message
from fulfil_desk.core.waybills.service import BandRow


@click.group(cls=WordedGroup)
def waybills():
    """Waybill number bands from the couriers, and the numbers given."""


@waybills.command("add")
@click.argument("courier")
@click.option("--from", "first", required=True)
@click.option("--to", "last", required=True)
@json_option
@click.pass_obj
def waybills_add(obj: CliContext, courier, first, last):
    """Load a band of waybill numbers COURIER handed the shop, from its first number to its
    last (check digits included)."""
    row, changes = obj.desk().waybills.add(courier, first=first, last=last)
    emit(obj, row.as_json(), changes.message)


@waybills.command("list")
@click.option("--courier")
@json_option
@click.pass_obj
def waybills_list(obj: CliContext, courier):
    """The bands loaded: numbers used, void and left."""
    desk = obj.desk()
    rows = desk.waybills.bands(courier)
    warning = desk.waybills.low_warning()
    data = {
        "bands": [r.as_json() for r in rows],
        "warning": obj.words(warning) if warning else None,
    }
    emit(obj, data, _text(obj, rows, warning))


def _text(obj: CliContext, rows: list[BandRow], warning: Message | None) -> str:
    if not rows:
        return obj.words(Message("waybills.list_none"))
    headers = [
        obj.words(Message("waybills.column_courier")), obj.words(Message("waybills.column_from")),
        obj.words(Message("waybills.column_to")), obj.words(Message("waybills.column_used")),
        obj.words(Message("waybills.column_void")), obj.words(Message("waybills.column_left")),
    ]  # fmt: skip
    cells = [[r.courier, r.first, r.last, str(r.used), str(r.void), str(r.left)] for r in rows]
    text = table(cells, headers=headers, right=[False, False, False, True, True, True])
    return f"{text}\n{obj.words(warning)}" if warning else text


@waybills.command("void")
@click.argument("number")
@click.option("--reason", required=True)
@json_option
@click.pass_obj
def waybills_void(obj: CliContext, number, reason):
    """Record a spoiled label's waybill NUMBER as void: never given again."""
    changes = obj.desk().waybills.void(number, reason=reason)
    emit(obj, {"number": number.strip(), "void": True}, changes.message)


COMMANDS = (waybills,)
