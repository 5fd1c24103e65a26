"""What every `fulfil-desk` command shares: the Desk it opens, the language and the words its
messages are printed in, --json."""

from __future__ import annotations

import getpass
import json
import locale
import os
from collections.abc import Callable
from contextlib import suppress
from datetime import UTC, datetime, tzinfo
from pathlib import Path

import click
from platformdirs import user_data_dir

from fulfil_desk.core.desk import Desk
from fulfil_desk.core.kernel.errors import UserError
from fulfil_desk.core.kernel.messages import Message, Names, Term
from fulfil_desk.core.kernel.orders import Order
from fulfil_desk.core.wording.languages import language_of_locale
from fulfil_desk.core.wording.render import Wording


def system_language() -> str:
    """The terminal's language, as POSIX names it (LC_ALL, LC_MESSAGES, LANG)."""
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        if value := os.environ.get(name):
            return language_of_locale(value)
    return language_of_locale(locale.getlocale()[0] or "")


class DatabaseParam(click.ParamType):
    """--db: a SQLite file's path, or a PostgreSQL URL (kept as it is: a path would fold
    its `//`)."""

    name = "FILE|URL"

    def convert(self, value, param, ctx):
        if isinstance(value, Path) or not Desk.on_server(value):
            return Path(value)
        return str(value)


DATABASE = DatabaseParam()


def default_db_path() -> Path:
    return Path(user_data_dir("fulfil-desk", appauthor=False)) / "fulfil-desk.db"


class CliContext:
    def __init__(
        self,
        *,
        db_path: Path | str,
        as_json: bool = False,
        station: str | None = None,
        lang: str | None = None,
        system_lang: Callable[[], str] = system_language,
        speak: Callable[[str], None] = lambda _lang: None,
    ):
        """`lang`: --lang; without it this station's language once the shop is open, before
        that (and where the station has none) the system's. `speak`: told the language once
        it is decided, for the words click writes itself (cli_gettext.ClickWords.speak)."""
        self.db_path = db_path
        self.as_json = as_json
        self.station = station
        self.lang = lang
        self._system_lang = system_lang
        self._speak = speak
        self._desk: Desk | None = None
        self._words: Wording | None = None

    @property
    def words(self) -> Wording:
        """The core's messages in the reader's language, moments in the shop's zone."""
        if self._words is None:
            lang = self.lang
            if lang is None and self._desk is not None:
                lang = self._desk.settings.language()
            lang = lang or self._system_lang()
            self._words = Wording(zone=self._zone, lang=lang)
            self._speak(lang)
        return self._words

    def words_in(self, lang: str | None) -> Wording:
        """Words in `lang` (a packer's badge's); None: this command's language."""
        return Wording(zone=self._zone, lang=lang) if lang else self.words

    def settle_language(self) -> None:
        """Decides the language before the command runs, for its help and usage errors too:
        --lang; else this station's setting, when the database exists; else the system's.
        A database that cannot be opened leaves the system's (the command that needs it says
        why)."""
        if self.lang is None and (Desk.on_server(self.db_path) or Path(self.db_path).exists()):
            with suppress(UserError):
                self.desk()
        self.words  # noqa: B018 - decided now, and click told

    def close(self) -> None:
        if self._desk is not None:
            self._desk.close()

    def _zone(self) -> tzinfo:
        return self._desk.settings.shop_tz() if self._desk is not None else UTC

    def desk(self, *, housekeeping: bool = True) -> Desk:
        """The shop, opened once (see `Desk.open` for what `housekeeping` runs)."""
        if self._desk is None:
            self._desk = Desk.open(
                self.db_path,
                actor=getpass.getuser(),
                station=self.station,  # None: this machine's (see core/bench/station_names.py)
                housekeeping=housekeeping,
            )
            if self.lang is None:
                self._words = None  # the station's language, now that it can be read
            for note in [*self._desk.open_news, *self._desk.open_notes]:  # said, not fatal
                click.echo(f"fulfil-desk: {self.words(note)}", err=True)
        return self._desk

    def json_value(self, value):
        if isinstance(value, Message | Names | Term):  # a holiday's names: in their words
            return self.words.value(value)
        raise TypeError(f"{type(value).__name__} is not JSON")

    def order(self, text: str) -> Order:
        return self.desk().orders.find_order(text)

    def order_id(self, text: str) -> int:
        """The id of the order `text` names (an order found in the database has one)."""
        found = self.order(text).id
        assert found is not None, text
        return found


def columns(ctx: CliContext, *names: str) -> list[str]:
    """A table's column titles, in the reader's language (`cli.column.<name>`)."""
    return [ctx.words.term(Term("cli.column", name)) for name in names]


def shop_moment(ctx: CliContext, at: str | None) -> str:
    """A moment for a table cell on the shop's clock, as the reader's language writes it:
    `Mon 7 Dec 2026 14:00`, `2026. 12. 7. (월) 14:00` ('' for none; a moment stored without
    an offset is the shop's time)."""
    if not at:
        return ""
    moment = datetime.fromisoformat(at)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=ctx.desk().settings.shop_tz())
    return ctx.words.moment(moment)


def short_duration(seconds: float | None) -> Message:
    """A duration for a table cell: 45s, 10m30s, 22h31m (-5m00s: that long late); - for
    none."""
    if seconds is None:
        return Message("cli.duration.none")
    sign, total = "-" if seconds < 0 else "", round(abs(seconds))
    if total < 60:
        return Message("cli.duration.s", sign=sign, s=str(total))
    if total < 3600:
        return Message("cli.duration.m_s", sign=sign, m=str(total // 60), s=f"{total % 60:02d}")
    hours, minutes = str(total // 3600), f"{total % 3600 // 60:02d}"
    return Message("cli.duration.h_m", sign=sign, h=hours, m=minutes)


def _set_json(ctx, _param, value) -> None:
    if value:
        ctx.find_object(CliContext).as_json = True


# `fulfil-desk orders --json` as well as `fulfil-desk --json orders`.
json_option = click.option(
    "--json",
    "as_json",
    is_flag=True,
    expose_value=False,
    callback=_set_json,
)


def emit(ctx: CliContext, data, text: Message | str | None) -> None:
    """`data` as JSON with --json (a message in it as its words), else `text` (a message, or
    lines already in words)."""
    if ctx.as_json:
        click.echo(json.dumps(data, ensure_ascii=False, indent=2, default=ctx.json_value))
    else:
        click.echo(ctx.words(text))


def warn(ctx: CliContext, message: Message) -> None:
    """A line on stderr: a warning, a row left out, progress."""
    click.echo(ctx.words(message), err=True)


def usage_error(ctx: CliContext, message: Message) -> click.UsageError:
    """Options that do not go together (exit 2), said in the reader's language."""
    return click.UsageError(ctx.words(message))


def write_file(path: Path, data: bytes) -> None:
    """`data` into `path`; a disk or folder that refuses it is the person's to fix."""
    try:
        path.write_bytes(data)
    except OSError as exc:
        raise UserError(
            Message("cli.cannot_write", path=str(path), why=exc.strerror or str(exc))
        ) from exc
