"""`fulfil-desk products`, `stock` and `settings`: what the shop needs before orders flow."""

from __future__ import annotations

import json
from pathlib import Path

import click

from fulfil_desk.cli_support import CliContext, emit, json_option
from fulfil_desk.core.errors import UserError
from fulfil_desk.core.settings import DEFAULTS


@click.group(invoke_without_command=True)
@json_option
@click.pass_context
def products(ctx):
    """List products (or import a product list)."""
    if ctx.invoked_subcommand is None:
        obj: CliContext = ctx.obj
        found = obj.desk().products()
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
    changes = obj.desk().import_products(file)
    emit(obj, {"message": changes.message}, changes.message)


@click.group()
def stock():
    """Stock on hand (issue 3 adds counting, adjustments and exports)."""


@stock.command("receive")
@click.argument("sku")
@click.argument("quantity", type=int)
@click.option("--note", default="", help="e.g. the supplier's delivery note number.")
@json_option
@click.pass_obj
def stock_receive(obj: CliContext, sku, quantity, note):
    """Goods in: add QUANTITY units of SKU."""
    desk = obj.desk()
    desk.receive_stock(sku, quantity, note)
    on_hand = desk.product(sku).on_hand
    emit(obj, {"sku": sku, "on_hand": on_hand}, f"{sku}: {on_hand} on hand.")


@click.command()
@click.argument("key", required=False)
@click.argument("value", required=False)
@json_option
@click.pass_obj
def settings(obj: CliContext, key, value):
    """Show the settings, one of them, or set KEY to VALUE (JSON, or plain text)."""
    desk = obj.desk()
    if key is not None and key not in DEFAULTS:
        raise UserError(f"There is no setting {key!r}; the settings are: {', '.join(DEFAULTS)}.")
    if value is not None:
        try:
            parsed = json.loads(value)
        except json.JSONDecodeError:
            parsed = value
        desk.set_setting(key, parsed)
    keys = [key] if key else list(DEFAULTS)
    values = {k: desk.setting(k) for k in keys}
    emit(
        obj,
        values,
        "\n".join(f"{k} = {json.dumps(v, ensure_ascii=False)}" for k, v in values.items()),
    )
