"""`fulfil-desk products`, `stock` and `settings`: what the shop needs before orders flow."""

from __future__ import annotations

import json
from pathlib import Path

import click

from fulfil_desk.cli_help import WordedCommand, WordedGroup
from fulfil_desk.cli_support import CliContext, columns, emit, json_option, usage_error
from fulfil_desk.cli_table import table
from fulfil_desk.core.kernel.errors import UserError
from fulfil_desk.core.kernel.messages import Message
from fulfil_desk.core.kernel.settings import DEFAULTS


@click.group(cls=WordedGroup, invoke_without_command=True)
@json_option
@click.pass_context
def products(ctx):
    """List products (or import a product list)."""
    if ctx.invoked_subcommand is None:
        obj: CliContext = ctx.obj
        found = obj.desk().products.products()
        rows = [
            [p.sku, p.bin_location, str(p.on_hand), " ".join(p.barcodes), p.name] for p in found
        ]
        headers = columns(obj, "sku", "bin", "on_hand", "barcodes", "name")
        emit(
            obj,
            [
                {
                    "sku": p.sku,
                    "name": p.name,
                    "barcodes": list(p.barcodes),
                    "bin_location": p.bin_location,
                    "weight_g": p.weight_g,
                    "on_hand": p.on_hand,
                }
                for p in found
            ],
            table(rows, headers=headers, right=[False, False, True])
            if rows
            else Message("cli.products.none"),
        )


@products.command("import")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@json_option
@click.pass_obj
def products_import(obj: CliContext, file):
    """Import products: sku, name, barcodes, bin_location, weight_g."""
    changes = obj.desk().products.import_products(file)
    emit(obj, {"message": changes.message}, changes.message)


class StockGroup(WordedGroup):
    """`stock [SKU]` shows stock levels; `stock receive|count|adjust|…` change them."""

    def parse_args(self, ctx, args):
        if args and not args[0].startswith("-") and args[0] not in self.commands:
            ctx.meta["stock_sku"], args = args[0], args[1:]
        return super().parse_args(ctx, args)


_LEVEL_FIGURES = ("on_hand", "reserved", "safety_stock", "shippable", "reorder_point")


def _levels(obj: CliContext, rows: list[dict]) -> str:
    """SKU, bin, the figures, LOW where shippable is at or below the reorder point, name."""
    low = obj.words(Message("cli.stock.low"))
    cells = [
        [r["sku"], r["bin_location"], *(str(r[k]) for k in _LEVEL_FIGURES)]
        + [low if r["low"] else "", r["name"]]
        for r in rows
    ]
    headers = columns(obj, "sku", "bin", "on_hand", "reserved", "safety", "shippable", "reorder")
    headers += ["", *columns(obj, "name")]
    return table(cells, headers=headers, right=[False, False, *[True] * 5])


def _emit_levels(obj: CliContext, rows: list[dict], empty: Message) -> None:
    emit(obj, rows, _levels(obj, rows) if rows else empty)


@click.group(
    cls=StockGroup, invoke_without_command=True, subcommand_metavar="[SKU] | COMMAND [ARGS]..."
)
@json_option
@click.pass_context
def stock(ctx):
    """Stock levels: on hand, reserved, safety stock, shippable (all SKUs, or one SKU)."""
    if ctx.invoked_subcommand is not None:
        return
    obj: CliContext = ctx.obj
    sku = ctx.meta.get("stock_sku")
    if sku is None:
        _emit_levels(obj, obj.desk().stock.stock_levels(), Message("cli.products.none"))
        return
    row = obj.desk().stock.stock_levels(sku)[0]
    emit(obj, row, _levels(obj, [row]))


class NumberCommand(WordedCommand):
    """Negative numbers are arguments, not options: `adjust SKU -3 --reason R` and
    `adjust SKU -- -3 --reason R` both work (a bare `--` is dropped)."""

    def __init__(self, *args, **kwargs):
        kwargs["context_settings"] = {"ignore_unknown_options": True}
        super().__init__(*args, **kwargs)

    def parse_args(self, ctx, args):
        return super().parse_args(ctx, [a for a in args if a != "--"])


def _on_hand(obj: CliContext, sku: str, message: Message | str | None) -> None:
    row = obj.desk().stock.stock_levels(sku)[0]
    emit(obj, row, message)


@stock.command("receive", cls=NumberCommand)
@click.argument("sku")
@click.argument("quantity", type=int)
@click.option("--note", default="")
@json_option
@click.pass_obj
def stock_receive(obj: CliContext, sku, quantity, note):
    """Goods in: add QUANTITY units of SKU."""
    _on_hand(obj, sku, obj.desk().stock.receive_stock(sku, quantity, note).message)


@stock.command("count", cls=NumberCommand)
@click.argument("sku")
@click.argument("quantity", type=int)
@click.option("--note", default="")
@json_option
@click.pass_obj
def stock_count(obj: CliContext, sku, quantity, note):
    """The shelf holds QUANTITY units of SKU: the difference is posted as a count."""
    _on_hand(obj, sku, obj.desk().stock.count_stock(sku, quantity, note).message)


@stock.command("adjust", cls=NumberCommand)
@click.argument("sku")
@click.argument("delta", type=int)
@click.option("--reason", required=True)
@click.option("--note", default="")
@json_option
@click.pass_obj
def stock_adjust(obj: CliContext, sku, delta, reason, note):
    """Add (or, negative, take away) DELTA units of SKU, with a reason: `adjust SKU -3`."""
    _on_hand(obj, sku, obj.desk().stock.adjust_stock(sku, delta, reason, note).message)


@stock.command("limits")
@click.argument("sku")
@click.option("--safety", type=int)
@click.option("--reorder", type=int)
@json_option
@click.pass_obj
def stock_limits(obj: CliContext, sku, safety, reorder):
    """Set the safety stock and reorder point of SKU."""
    if safety is None and reorder is None:
        raise usage_error(obj, Message("cli.stock.give_safety_or_reorder"))
    _on_hand(obj, sku, obj.desk().stock.set_stock_limits(sku, safety, reorder).message)


@stock.command("low")
@json_option
@click.pass_obj
def stock_low(obj: CliContext):
    """SKUs whose shippable quantity is at or below their reorder point."""
    _emit_levels(obj, obj.desk().stock.low_stock(), Message("cli.stock.nothing_low"))


@stock.command("export-shippable")
@click.option("--out", required=True, type=click.Path(dir_okay=False, path_type=Path))
@json_option
@click.pass_obj
def stock_export_shippable(obj: CliContext, out):
    """CSV of sku, shippable, on_hand, reserved, safety_stock, for marketplace listings."""
    changes = obj.desk().stock.export_shippable(out)
    emit(obj, {"file": str(out), "message": changes.message}, changes.message)


@click.command(cls=WordedCommand)
@click.argument("key", required=False)
@click.argument("value", required=False)
@json_option
@click.pass_obj
def settings(obj: CliContext, key, value):
    """Show the settings, one of them, or set KEY to VALUE (JSON, or plain text)."""
    desk = obj.desk()
    if key is not None and key not in DEFAULTS:
        raise UserError(Message("setting.unknown", key=key, keys=tuple(DEFAULTS)))
    if value is not None:
        try:
            parsed = json.loads(value)
        except json.JSONDecodeError:
            parsed = value
        desk.settings.set(key, parsed)
    keys = [key] if key else list(DEFAULTS)
    values = {k: desk.settings.get(k) for k in keys}
    emit(
        obj,
        values,
        "\n".join(f"{k} = {json.dumps(v, ensure_ascii=False)}" for k, v in values.items()),
    )
