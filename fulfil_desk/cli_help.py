"""Help in the command's language: every command's and option's help is a catalogue entry
(core/wording/en/cli_help.py), looked up through the context's CliContext.words when the help
is formatted.

- `cli.help.<path>`: what the command does, one sentence (also its line in its group's list);
  `cli.help_more.<path>`: the paragraphs its own help page adds. `<path>` is the command's
  names below `fulfil-desk`, dotted (`stock.receive`); the root's are `cli.help` and
  `cli.help_more`.
- `cli.option.<path>.<option>`: an option's help, named by its long flag (`--as-of` →
  `as-of`); an option every command shares (`--json`, `--help`, `--as-of`) has one entry,
  `cli.option.<option>`, as the root's own options have.

Every command is a `WordedCommand` and every group a `WordedGroup` (a group's subcommands
are made of its classes); `CliGroup` is the root. Words a command's help shows that click
writes itself ("Usage:", "[default: 30]") come through click's gettext (cli_gettext.py).
"""

from __future__ import annotations

import copy
import os
from collections.abc import Mapping
from gettext import gettext

import click

from fulfil_desk.cli_gettext import ClickWords
from fulfil_desk.cli_support import CliContext, default_db_path, system_language
from fulfil_desk.cli_table import width, wrap
from fulfil_desk.core.kernel.errors import UserError
from fulfil_desk.core.kernel.messages import Term
from fulfil_desk.core.wording.languages import is_language
from fulfil_desk.core.wording.render import Wording

_HELP_ASKED = "fulfil_desk.help_asked"


def words_of(ctx: click.Context) -> Wording:
    shop = ctx.find_object(CliContext)
    return shop.words if shop is not None else Wording(lang=system_language())


def path_of(ctx: click.Context) -> list[str]:
    """The command's names below the root: ["stock", "receive"]."""
    names = []
    while ctx.parent is not None:
        names.append(ctx.command.name or "")
        ctx = ctx.parent
    return names[::-1]


def help_term(path: list[str], *, more: bool = False) -> Term:
    kind = "cli.help_more" if more else "cli.help"
    return Term(kind, ".".join(path)) if path else Term(*kind.split("."))


def option_name(ctx: click.Context, param: click.Parameter) -> str:
    """An option's name in the catalogue: its long flag without dashes; `help` for click's
    help option (whatever click stores it under)."""
    if param is ctx.command.get_help_option(ctx):
        return "help"
    return max(param.opts, key=len).lstrip("-")


def option_term(catalogue: Mapping[str, object], path: list[str], name: str) -> Term:
    own = Term("cli.option", ".".join([*path, name]))
    return own if own.key in catalogue else Term("cli.option", name)


def help_text(words: Wording, path: list[str]) -> str:
    text = words.term(help_term(path))
    if (more := help_term(path, more=True)).key in words.catalogue:
        text = f"{text}\n\n{words.term(more)}"
    return text


class WideFormatter(click.HelpFormatter):
    """click's layout, with lines wrapped and columns padded by terminal columns (a Korean
    or Chinese character takes two), breaking Chinese between characters; a Chinese heading
    ends in a full-width colon."""

    def write_heading(self, heading: str) -> None:
        colon = "：" if heading and "\u4e00" <= heading[-1] <= "\u9fff" else ":"
        self.write(f"{'':>{self.current_indent}}{heading}{colon}\n")

    def write_text(self, text: str) -> None:
        indent = " " * self.current_indent
        for line in wrap(text, max(self.width - self.current_indent, 11)):
            self.write(f"{indent}{line}\n" if line else "\n")

    def write_dl(self, rows, col_max: int = 30, col_spacing: int = 2) -> None:
        rows = list(rows)
        first_col = min(max(width(first) for first, _ in rows), col_max) + col_spacing
        for first, second in rows:
            self.write(f"{'':>{self.current_indent}}{first}")
            if not second:
                self.write("\n")
                continue
            if width(first) <= first_col - col_spacing:
                self.write(" " * (first_col - width(first)))
            else:
                self.write("\n" + " " * (first_col + self.current_indent))
            lines = wrap(second, max(self.width - first_col - 2, 10))
            self.write(f"{lines[0]}\n")
            for line in lines[1:]:
                self.write(f"{'':>{first_col + self.current_indent}}{line}\n" if line else "\n")


class WordedContext(click.Context):
    formatter_class = WideFormatter


def _write_help_text(ctx: click.Context, formatter: click.HelpFormatter) -> None:
    formatter.write_paragraph()
    with formatter.indentation():
        formatter.write_text(help_text(words_of(ctx), path_of(ctx)))


def _write_options(command: click.Command, ctx: click.Context, formatter) -> None:
    words, path = words_of(ctx), path_of(ctx)
    rows = []
    for param in command.get_params(ctx):
        if isinstance(param, click.Argument):
            continue
        worded = copy.copy(param)  # click adds "[default: …]", "[required]" to the help
        worded.help = words.term(option_term(words.catalogue, path, option_name(ctx, param)))
        if (row := worded.get_help_record(ctx)) is not None:
            rows.append(row)
    if rows:
        with formatter.section(gettext("Options")):
            formatter.write_dl(rows)


class WordedCommand(click.Command):
    context_class = WordedContext

    def format_help_text(self, ctx, formatter) -> None:
        _write_help_text(ctx, formatter)

    def format_options(self, ctx, formatter) -> None:
        _write_options(self, ctx, formatter)


class WordedGroup(click.Group):
    context_class = WordedContext
    command_class = WordedCommand
    group_class = type  # a subgroup is of its parent's class

    def format_help_text(self, ctx, formatter) -> None:
        _write_help_text(ctx, formatter)

    def format_options(self, ctx, formatter) -> None:
        _write_options(self, ctx, formatter)
        self.format_commands(ctx, formatter)

    def format_commands(self, ctx, formatter) -> None:
        words, path = words_of(ctx), path_of(ctx)
        rows = []
        for name in self.list_commands(ctx):
            command = self.get_command(ctx, name)
            if command is not None and not command.hidden:
                rows.append((name, words.term(help_term([*path, command.name or name]))))
        if rows:
            with formatter.section(gettext("Commands")):
                formatter.write_dl(rows)


def _ask_for_help(ctx: click.Context, _param, value) -> None:
    if value and not ctx.resilient_parsing:
        ctx.meta[_HELP_ASKED] = True


class CliGroup(WordedGroup):
    """The root: reads the shop's options into a CliContext and settles the language before
    any command runs (its --help shown once --lang is read, wherever it stands); a refused
    input is exit 1 with its sentence, whatever command raised it."""

    def __init__(self, *args, click_words: ClickWords, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.click_words = click_words

    def get_help_option(self, ctx):
        option = super().get_help_option(ctx)
        if option is not None:
            option.callback = _ask_for_help
        return option

    def parse_args(self, ctx, args):
        # Until --lang is read (a mistake in the options themselves): FULFIL_DESK_LANG, LANG.
        early = os.environ.get("FULFIL_DESK_LANG", "")
        self.click_words.speak(early if is_language(early) else system_language())
        rest = super().parse_args(ctx, args)
        shop = CliContext(
            db_path=ctx.params["db_path"] or default_db_path(),
            as_json=ctx.params["as_json"],
            station=ctx.params["station"],
            lang=ctx.params["lang"],
            speak=self.click_words.speak,
        )
        ctx.obj = shop
        ctx.call_on_close(shop.close)
        if not ctx.resilient_parsing:
            shop.settle_language()
        if ctx.meta.pop(_HELP_ASKED, False):
            click.echo(ctx.get_help(), color=ctx.color)
            shop.close()  # the context is not entered yet: nothing else closes it
            ctx.exit()
        return rest

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except UserError as exc:
            click.echo(f"fulfil-desk: {words_of(ctx)(exc.message)}", err=True)
            ctx.exit(1)
