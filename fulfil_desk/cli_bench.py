"""`fulfil-desk bench`: a station without a screen, for scripts and the kill test.

One scan per line on stdin goes through `Bench.scan`, the code the GUI's scan box uses.
After each scan it prints one line, `ok|refused <page> <order_id> <message>`, and flushes;
the scan's transaction has committed before the line is written, so a printed `ok` is a
saved scan. SAVE (and PRINT with no printer set) writes the label PDF to the label folder.
End of input ends it.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click
from platformdirs import user_documents_dir

from fulfil_desk.cli_help import WordedCommand
from fulfil_desk.cli_support import CliContext
from fulfil_desk.core.bench.saving import when_unreachable
from fulfil_desk.core.bench.scanner import Bench, Outcome
from fulfil_desk.core.kernel.errors import DatabaseUnreachable, UserError
from fulfil_desk.core.kernel.messages import Message
from fulfil_desk.core.wording.render import Wording


def default_label_dir() -> Path:
    return Path(user_documents_dir()) / "fulfil-desk" / "labels"


def save_label(pdf: bytes, folder: Path, name: str) -> Path:
    """Written beside its final name and renamed: a kill never leaves half a PDF there."""
    path = folder / name
    part = folder / f".{name}.{os.getpid()}.part"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        part.write_bytes(pdf)
        os.replace(part, path)
    except OSError as exc:
        part.unlink(missing_ok=True)
        raise UserError(
            Message("cli.cannot_write", path=str(path), why=exc.strerror or str(exc))
        ) from exc
    return path


def perform(
    station: Bench, action: str, label_dir: Path, words: Wording, *, code: str, saves: int
) -> Outcome:
    """A label the scan `code` asked for (print, save, reprint:<reason>): printed on the
    `printer` setting's queue, else saved; its words in the command's language. `saves`: the
    Desk's before the scan (a server gone after the scan saved something says so)."""
    desk = station.desk
    try:
        if (order_id := station.state.order_id) is None:
            return Outcome(Message("bench.open_an_order_first"), ok=False)
        order = desk.orders.order(order_id)
        pdf = desk.documents.label_pdf([order_id], words=words)
        printer = desk.settings.get("printer")
        if action != "save" and printer:
            from fulfil_desk.ui.printing import print_headless

            title = Message("cli.bench.job_title", order=order.order_number)
            how = print_headless(pdf, printer=printer, title=words(title))
        else:
            safe = "".join(ch if ch.isalnum() or ch in "-_" else "_" for ch in order.order_number)
            how = str(save_label(pdf, label_dir, f"label-{order.marketplace}-{safe}.pdf"))
        return station.delivered(action, how)
    except DatabaseUnreachable as exc:
        return when_unreachable(station, exc, code or None, saves)
    except UserError as exc:
        return Outcome(exc.message, ok=False)


def verdict(station: Bench, outcomes: list[Outcome], words: Wording) -> str:
    ok = all(o.ok for o in outcomes)
    text = " ".join(words(o.message) for o in outcomes if o.message)
    text = " ".join(text.split())  # one line, whatever the messages hold
    order_id = station.state.order_id if station.state.order_id is not None else "-"
    return f"{'ok' if ok else 'refused'} {station.state.page} {order_id} {text}"


def _set_station(ctx, _param, value) -> None:
    if value:
        ctx.find_object(CliContext).station = value


@click.command("bench", cls=WordedCommand)
@click.option("--station", envvar="FULFIL_DESK_STATION", expose_value=False, callback=_set_station)
@click.option(
    "--labels",
    "label_dir",
    envvar="FULFIL_DESK_LABEL_DIR",
    type=click.Path(file_okay=False, path_type=Path),
)
@click.pass_obj
def bench(obj: CliContext, label_dir):
    """A headless station: scans on stdin, one `ok|refused PAGE ORDER MESSAGE` line each
    (`ok`, `refused` and the page are codes, for scripts; the message is in words). A
    packer's badge with a language of its own switches the messages to it, unless --lang
    chose one."""
    desk = obj.desk()
    station = Bench(desk=desk)
    words = obj.words
    if note := station.resume():
        click.echo(f"fulfil-desk: {words(note)}", err=True)
    label_dir = label_dir or default_label_dir()
    out = sys.stdout
    if hasattr(out, "reconfigure"):
        out.reconfigure(errors="replace")  # a message never fails to print
    # stdin's bytes as click reads them (its get_binary_stream is deprecated since 8.5)
    for raw in iter(sys.stdin.buffer.readline, b""):
        # Bytes that are not UTF-8 (a scanner on the wrong keyboard layout) are refused by
        # the bench like any unknown code, never a crash.
        code, saves = raw.decode("utf-8", "replace").rstrip("\r\n"), desk.saves_made()
        outcomes = [station.scan(code)]
        if outcomes[0].changes.packer and obj.lang is None:
            words = obj.words_in(outcomes[0].changes.language)
        while station.state.pending:
            action = station.state.pending.pop(0)
            outcomes.append(perform(station, action, label_dir, words, code=code, saves=saves))
        out.write(verdict(station, outcomes, words) + "\n")
        out.flush()
