"""`fulfil-desk handover`: the end-of-day list of parcels the courier's driver takes
(core/handover/service.py).

    handover COURIER [--out FILE.pdf] [--close --driver NAME [--force]]
    handover show ID [--out FILE.pdf]
    handover list [--courier CODE]
"""

from __future__ import annotations

from pathlib import Path

import click

from fulfil_desk.cli_help import WordedGroup
from fulfil_desk.cli_support import (
    CliContext,
    columns,
    emit,
    json_option,
    shop_moment,
    usage_error,
    write_file,
)
from fulfil_desk.cli_table import table
from fulfil_desk.core.handover.rules import LIST_CODE, HandoverList, kg, list_id_of
from fulfil_desk.core.kernel.errors import NotFound
from fulfil_desk.core.kernel.messages import Message

_SUBCOMMANDS = ("open", "show", "list")
out_option = click.option("--out", type=click.Path(dir_okay=False, path_type=Path))


class HandoverGroup(WordedGroup):
    """`handover COURIER` is the open list of that courier; `show` and `list` the closed."""

    def resolve_command(self, ctx, args):
        if args and args[0] not in _SUBCOMMANDS and not args[0].startswith("-"):
            return "open", self.commands["open"], args
        return super().resolve_command(ctx, args)


def _json(obj: CliContext, listed: HandoverList) -> dict:
    return {
        "id": listed.id,
        "code": listed.code,
        "courier": listed.courier,
        "closed_at": listed.closed_at.isoformat() if listed.closed_at else None,
        "closed_by": listed.closed_by or None,
        "driver": listed.driver or None,
        "parcels": [
            {
                "order_number": p.order_number,
                "marketplace": p.marketplace,
                "tracking_number": p.tracking_number,
                "city": p.city,
                "weight_g": p.weight_g,
                "box": p.box,
                "shipped_at": p.shipped_at,
                "scanned_out_at": p.scanned_at,
                "handed_over": p.scanned if listed.id is not None else None,
            }
            for p in listed.parcels
        ],
        "total_parcels": len(listed.parcels),
        "scanned_out": len(listed.scanned),
        "not_scanned_out": [p.order_number for p in listed.missing],
        "weight_g": listed.weight_g,
    }


def _said(obj: CliContext, listed: HandoverList) -> str:
    words = obj.words
    desk = obj.desk()
    name = desk.handover.courier_name(listed.courier)
    closed = listed.id is not None
    head = (
        Message("handover.cli_closed_head", code=listed.code or "", courier=name,
                at=listed.closed_at, driver=listed.driver)
        if closed and listed.closed_at
        else Message("handover.cli_open_head", courier=name)
    )  # fmt: skip
    if not listed.parcels:
        return words(in_lines(head, Message("handover.cli_empty", courier=name)))
    yes = words(Message("handover.handed_yes"))
    no = (
        words(Message("handover.handed_no"))
        if closed
        else words(Message("handover.handed_not_yet"))
    )
    cells = [
        [p.order_number, p.tracking_number, p.city,
         words(Message("handover.kg", kg=kg(p.weight_g))), p.box, yes if p.scanned else no]
        for p in listed.parcels
    ]  # fmt: skip
    headers = columns(obj, "order", "handover.tracking", "handover.city", "handover.weight",
                      "handover.box", "handover.state")  # fmt: skip
    total = (
        Message("handover.total", n=len(listed.scanned), kg=kg(listed.weight_g))
        if closed
        else Message("handover.total_open", n=len(listed.parcels), scanned=len(listed.scanned),
                     kg=kg(listed.weight_g))
    )  # fmt: skip
    return "\n".join([words(head), table(cells, headers=headers, right=(False,) * 3 + (True,)),
                      words(total)])  # fmt: skip


def in_lines(*said: Message) -> Message:
    joined = said[-1]
    for part in reversed(said[:-1]):
        joined = Message("handover.cli_lines", first=part, then=joined)
    return joined


def _write(obj: CliContext, listed: HandoverList, out: Path | None) -> None:
    if out is not None:
        write_file(out, obj.desk().handover.pdf(listed, words=obj.words))


@click.group("handover", cls=HandoverGroup)
def handover() -> None:
    """The end-of-day handover lists of parcels for the courier's driver."""


@handover.command("open", hidden=True)
@click.argument("courier")
@out_option
@click.option("--close", "close_", is_flag=True)
@click.option("--driver")
@click.option("--force", is_flag=True)
@json_option
@click.pass_obj
def open_(obj: CliContext, courier, out, close_, driver, force):
    """The open list of COURIER: every parcel shipped with it since its last closed list."""
    if (driver or force) and not close_:
        raise usage_error(obj, Message("handover.cli_driver_with_close"))
    if close_ and not driver:
        raise usage_error(obj, Message("handover.cli_close_needs_driver"))
    desk = obj.desk()
    if close_:
        handover_id, changes = desk.handover.close(courier, driver=driver, force=force)
        listed = desk.handover.closed(handover_id)
        _write(obj, listed, out)
        emit(obj, {**_json(obj, listed), "message": changes.message}, changes.message)
        return
    listed = desk.handover.open_list(courier)
    _write(obj, listed, out)
    emit(obj, _json(obj, listed), _said(obj, listed))


@handover.command("show")
@click.argument("list_id", metavar="ID")
@out_option
@json_option
@click.pass_obj
def show(obj: CliContext, list_id, out):
    """A closed list again (its ID or its barcode HO-<id>); --out prints it again."""
    number = list_id_of(list_id)
    if number is None:
        raise NotFound(Message("handover.no_list_code", code=list_id, form=LIST_CODE.format(12)))
    listed = obj.desk().handover.closed(number)
    _write(obj, listed, out)
    emit(obj, _json(obj, listed), _said(obj, listed))


@handover.command("list")
@click.option("--courier")
@json_option
@click.pass_obj
def list_(obj: CliContext, courier):
    """The closed lists, the latest first."""
    desk = obj.desk()
    rows = desk.handover.handovers(courier)
    if not rows:
        emit(obj, [], Message("handover.cli_none_closed"))
        return
    cells = [
        [LIST_CODE.format(r["id"]), r["courier_code"], shop_moment(obj, r["closed_at"]),
         r["driver"], str(r["handed"]), str(r["parcels"] - r["handed"]),
         obj.words(Message("handover.kg", kg=kg(r["weight_g"])))]
        for r in rows
    ]  # fmt: skip
    headers = columns(obj, "code", "courier", "date", "handover.driver", "handover.handed",
                      "handover.left", "handover.weight")  # fmt: skip
    data = [{**r, "code": LIST_CODE.format(r["id"]), "forced": bool(r["forced"])} for r in rows]
    emit(obj, data, table(cells, headers=headers, right=(False,) * 4 + (True,) * 3))


COMMANDS = (handover,)
