"""`fulfil-desk import`, `mapping …` and `export-tracking`: marketplace files in and out."""

from __future__ import annotations

import json
from pathlib import Path

import click

from fulfil_desk.cli_help import WordedCommand, WordedGroup
from fulfil_desk.cli_support import CliContext, emit, json_option, usage_error, warn
from fulfil_desk.core.exchange.formats import FORMATS, ColumnMapping
from fulfil_desk.core.exchange.formats.mapped import FIELDS
from fulfil_desk.core.kernel.errors import UserError
from fulfil_desk.core.kernel.messages import Message


@click.command("import", cls=WordedCommand)
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option(
    "--format",
    "fmt",
    type=click.Choice(list(FORMATS)),
)
@click.option("--mapping", metavar="NAME")
@click.option("--encoding")
@click.option("--skip-bad", is_flag=True)
@json_option
@click.pass_obj
def import_(obj: CliContext, file, fmt, mapping, encoding, skip_bad):
    """Import an order file: Coupang, Amazon, Shopify, eBay, plain CSV or a mapped layout."""
    if fmt and mapping:
        raise usage_error(obj, Message("cli.import.format_or_mapping"))
    report, _ = obj.desk().exchange.import_orders(
        file, format=fmt, mapping=mapping, encoding=encoding, skip_bad=skip_bad
    )
    if not obj.as_json:
        for problem in report.skipped:
            warn(obj, Message("cli.import.skipped", row=problem.sentence()))
        for warning in report.warnings:
            warn(obj, Message("cli.warning", warning=warning))
    emit(
        obj,
        {
            "file": report.file,
            "format": report.format,
            "encoding": report.encoding,
            "orders_added": len(report.new),
            "orders_updated": len(report.updated),
            "orders_cancelled": len(report.cancelled),
            "lines": report.lines,
            "refused": [
                {"row": p.row, "column": p.column, "reason": obj.words(p.reason)}
                for p in report.skipped
            ],
            "warnings": [obj.words(w) for w in report.warnings],
            "new": report.new,
            "updated": report.updated,
            "cancelled": report.cancelled,
            "unchanged": report.unchanged,
            "skipped": [obj.words(p.sentence()) for p in report.skipped],
        },
        report.summary(),
    )


@click.group(cls=WordedGroup)
def mapping():
    """Column mappings for order files fulfil-desk does not know by their headers."""


def _field_options(command):
    for name in reversed(FIELDS):
        option = "--" + name.replace("_", "-")
        command = click.option(option, name, metavar="HEADER")(command)
    return command


@mapping.command("save")
@click.argument("name")
@_field_options
@click.option("--marketplace")
@click.option("--default-country", "default_country", metavar="CC")
@click.option(
    "--from-json", "from_json", type=click.Path(exists=True, dir_okay=False, path_type=Path)
)
@json_option
@click.pass_obj
def mapping_save(obj: CliContext, name, marketplace, default_country, from_json, **columns):
    """Save (or replace) a column mapping: which column holds each field."""
    data: dict = {}
    if from_json:
        try:
            data = json.loads(from_json.read_text(encoding="utf-8-sig"))
        except (OSError, ValueError) as exc:
            raise UserError(
                Message("cli.mapping.not_json", file=from_json.name, why=str(exc))
            ) from None
        if not isinstance(data, dict):
            raise UserError(Message("cli.mapping.not_an_object", file=from_json.name))
    given = {k: v for k, v in columns.items() if v}
    if given:
        data = {**data, "columns": {**data.get("columns", {}), **given}}
    if marketplace:
        data["marketplace"] = marketplace
    if default_country:
        data["country"] = default_country
    saved = ColumnMapping.from_json(name, data)
    changes = obj.desk().exchange.save_mapping(saved)
    emit(obj, {"name": saved.name, **saved.to_json()}, changes.message)


@mapping.command("list")
@json_option
@click.pass_obj
def mapping_list(obj: CliContext):
    """The saved column mappings."""
    found = obj.desk().exchange.mappings()
    text = "\n".join(
        f"{m.name}: " + ", ".join(f"{k}={v}" for k, v in m.columns.items()) for m in found
    )
    listed = [{"name": m.name, **m.to_json()} for m in found]
    emit(obj, listed, text or Message("cli.mapping.none"))


@mapping.command("delete")
@click.argument("name")
@click.pass_obj
def mapping_delete(obj: CliContext, name):
    """Delete a saved column mapping."""
    click.echo(obj.words(obj.desk().exchange.delete_mapping(name).message))


@click.command("export-tracking", cls=WordedCommand)
@click.option("--format", "fmt", required=True, type=click.Choice(["amazon", "coupang", "csv"]))
@click.option("--out", required=True, type=click.Path(dir_okay=False, path_type=Path))
@click.option("--all", "include_exported", is_flag=True)
@click.option("--marketplace")
@json_option
@click.pass_obj
def export_tracking(obj: CliContext, fmt, out, include_exported, marketplace):
    """Write shipment confirmations (tracking numbers) for upload to the marketplace."""
    report, changes = obj.desk().exchange.export_tracking(
        fmt, out, include_exported=include_exported, marketplace=marketplace
    )
    if not obj.as_json:
        for sentence in report.left_out:
            warn(obj, Message("cli.export.left_out", order=sentence))
    emit(
        obj,
        {
            "file": report.file,
            "format": report.format,
            "orders": report.orders,
            "rows": report.rows,
            "left_out": report.left_out,
        },
        changes.message,
    )


COMMANDS = (import_, mapping, export_tracking)
