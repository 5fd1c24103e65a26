"""`fulfil-desk products`, `stock` and `settings`: what the shop needs before orders flow."""

from __future__ import annotations

import json
from pathlib import Path

import click

from fulfil_desk.cli_support import CliContext, emit, json_option
from fulfil_desk.core.kernel.errors import UserError
from fulfil_desk.core.kernel.messages import Message
from fulfil_desk.core.kernel.settings import DEFAULTS


@click.group(invoke_without_command=True)
@json_option
@click.pass_context
def products(ctx):
    """List products (or import a product list)."""
    if ctx.invoked_subcommand is None:
        obj: CliContext = ctx.obj
        found = obj.desk().products.products()
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
            "\n".join(
                f"{p.sku:<16} {p.bin_location:<8} {p.on_hand:>6}  {' '.join(p.barcodes):<28}"
                f" {p.name}"
                for p in found
            )
            or "No products.",
        )


@products.command("import")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@json_option
@click.pass_obj
def products_import(obj: CliContext, file):
    """Import products: sku, name, barcodes, bin_location, weight_g."""
    changes = obj.desk().products.import_products(file)
    emit(obj, {"message": changes.message}, changes.message)


class StockGroup(click.Group):
    """`stock [SKU]` shows stock levels; `stock receive|count|adjust|…` change them."""

    def parse_args(self, ctx, args):
        if args and not args[0].startswith("-") and args[0] not in self.commands:
            ctx.meta["stock_sku"], args = args[0], args[1:]
        return super().parse_args(ctx, args)


def _level_line(r: dict) -> str:
    low = "  LOW" if r["low"] else ""
    return (
        f"{r['sku']:<16} {r['bin_location']:<8} {r['on_hand']:>8} {r['reserved']:>8}"
        f" {r['safety_stock']:>6} {r['shippable']:>9} {r['reorder_point']:>7}{low}  {r['name']}"
    )


_LEVELS_HEAD = f"{'SKU':<16} {'BIN':<8} {'ON HAND':>8} {'RESERVED':>8} {'SAFETY':>6} " + (
    f"{'SHIPPABLE':>9} {'REORDER':>7}  NAME"
)


def _emit_levels(obj: CliContext, rows: list[dict], empty: str) -> None:
    text = "\n".join([_LEVELS_HEAD, *map(_level_line, rows)]) if rows else empty
    emit(obj, rows, text)


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
        _emit_levels(obj, obj.desk().stock.stock_levels(), "No products.")
        return
    row = obj.desk().stock.stock_levels(sku)[0]
    emit(obj, row, "\n".join([_LEVELS_HEAD, _level_line(row)]))


class NumberCommand(click.Command):
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
@click.option("--note", default="", help="e.g. the supplier's delivery note number.")
@json_option
@click.pass_obj
def stock_receive(obj: CliContext, sku, quantity, note):
    """Goods in: add QUANTITY units of SKU."""
    _on_hand(obj, sku, obj.desk().stock.receive_stock(sku, quantity, note).message)


@stock.command("count", cls=NumberCommand)
@click.argument("sku")
@click.argument("quantity", type=int)
@click.option("--note", default="", help="Why, or who counted.")
@json_option
@click.pass_obj
def stock_count(obj: CliContext, sku, quantity, note):
    """The shelf holds QUANTITY units of SKU: the difference is posted as a count."""
    _on_hand(obj, sku, obj.desk().stock.count_stock(sku, quantity, note).message)


@stock.command("adjust", cls=NumberCommand)
@click.argument("sku")
@click.argument("delta", type=int)
@click.option(
    "--reason",
    required=True,
    help="damaged (takes away), returned or received (adds), correction or count (either).",
)
@click.option("--note", default="", help="What happened.")
@json_option
@click.pass_obj
def stock_adjust(obj: CliContext, sku, delta, reason, note):
    """Add (or, negative, take away) DELTA units of SKU, with a reason: `adjust SKU -3`."""
    _on_hand(obj, sku, obj.desk().stock.adjust_stock(sku, delta, reason, note).message)


@stock.command("limits")
@click.argument("sku")
@click.option("--safety", type=int, help="Safety stock: units never offered on a listing.")
@click.option("--reorder", type=int, help="Reorder point: low at or below this many shippable.")
@json_option
@click.pass_obj
def stock_limits(obj: CliContext, sku, safety, reorder):
    """Set the safety stock and reorder point of SKU."""
    if safety is None and reorder is None:
        raise click.UsageError("Give --safety N, --reorder N, or both.")
    _on_hand(obj, sku, obj.desk().stock.set_stock_limits(sku, safety, reorder).message)


@stock.command("low")
@json_option
@click.pass_obj
def stock_low(obj: CliContext):
    """SKUs whose shippable quantity is at or below their reorder point."""
    _emit_levels(obj, obj.desk().stock.low_stock(), "Nothing is low.")


@stock.command("export-shippable")
@click.option(
    "--out", required=True, type=click.Path(dir_okay=False, path_type=Path), help="FILE.csv"
)
@json_option
@click.pass_obj
def stock_export_shippable(obj: CliContext, out):
    """CSV of sku, shippable, on_hand, reserved, safety_stock, for marketplace listings."""
    changes = obj.desk().stock.export_shippable(out)
    emit(obj, {"file": str(out), "message": changes.message}, changes.message)


@click.command()
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
