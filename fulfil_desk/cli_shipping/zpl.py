"""The `label` command's outputs: the PDF as before, or ZPL for a thermal printer, saved
with --out and/or printed (`--print` to a queue listed in the setting `zpl_printers`
sends ZPL raw, whatever --format says)."""

from __future__ import annotations

from pathlib import Path

import click

from fulfil_desk.cli_support import CliContext, usage_error, write_file
from fulfil_desk.core.kernel.messages import Message

DEFAULT_DPI = 203

format_option = click.option(
    "--format", "output_format", type=click.Choice(["pdf", "zpl"]), default="pdf"
)
dpi_option = click.option("--dpi", type=click.Choice(["203", "300"]))


def deliver_labels(
    obj: CliContext,
    ids: list[int],
    *,
    out: Path | None,
    do_print: bool,
    printer: str | None,
    output_format: str,
    dpi: str | None,
    layout: str | None = None,
) -> list[str]:
    """Save and/or print the labels of `ids`; what was done (paths, printer names)."""
    from fulfil_desk.ui.printing import zpl_dpi

    if dpi and output_format != "zpl":
        raise usage_error(obj, Message("zpl.dpi_without_zpl"))
    desk = obj.desk()
    queue = printer or desk.settings.get("printer")
    queue_dpi = zpl_dpi(queue, desk.settings.get("zpl_printers") or {}) if do_print else None
    made: dict[int | None, bytes] = {}  # by dpi; None: the PDF

    def document(as_zpl: bool, dots: int) -> bytes:
        key = dots if as_zpl else None
        if key not in made:
            if as_zpl:
                from fulfil_desk.ui.printing import pdf_as_zpl

                made[key] = desk.documents.label_zpl(ids, dpi=dots, words=obj.words, layout=layout)
                # then the customs forms, which a label's PDF carries after its pages
                if forms := desk.documents.customs_forms(ids, words=obj.words):
                    made[key] += pdf_as_zpl(forms, dpi=dots)
            else:
                batch = desk.documents.label_batch(ids, words=obj.words, layout=layout)
                made[key] = batch.require_all().render()  # one left out: none made
        return made[key]

    chosen_dpi = int(dpi) if dpi else (queue_dpi or DEFAULT_DPI)
    done = []
    if out:
        write_file(out, document(output_format == "zpl", chosen_dpi))
        done.append(str(out))
    if do_print:
        title = obj.words(Message("cli.label.job_title"))
        if output_format == "zpl" or queue_dpi:
            from fulfil_desk.ui.printing import PrintError, default_printer, print_raw

            name = queue or default_printer()
            if name is None:
                raise PrintError(Message("zpl.no_printer"))
            print_raw(document(True, chosen_dpi), printer=name, title=title)
            done.append(name)
        else:
            from fulfil_desk.ui.printing import print_headless

            done.append(print_headless(document(False, 0), printer=queue, title=title))
    return done
