"""What every `fulfil-desk` command shares: the Desk it opens, the words its messages are
printed in, --json, refusals → exit 1."""

from __future__ import annotations

import getpass
import json
import locale
import os
from collections.abc import Callable
from datetime import UTC, tzinfo
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


def default_db_path() -> Path:
    return Path(user_data_dir("fulfil-desk", appauthor=False)) / "fulfil-desk.db"


class CliGroup(click.Group):
    """Turns a refused input into exit 1 with its sentence, whatever command raised it."""

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except UserError as exc:
            shop = ctx.find_object(CliContext)
            words = shop.words if shop is not None else Wording()
            click.echo(f"fulfil-desk: {words(exc.message)}", err=True)
            ctx.exit(1)


class CliContext:
    def __init__(
        self,
        db_path: Path,
        as_json: bool,
        station: str | None = None,
        *,
        lang: str | None = None,
        system_lang: Callable[[], str] = system_language,
    ):
        """`lang`: --lang; without it the station's language once the shop is open, before
        that (and where the station has none) the system's."""
        self.db_path = db_path
        self.as_json = as_json
        self.station = station
        self.lang = lang
        self._system_lang = system_lang
        self._desk: Desk | None = None
        self._words: Wording | None = None

    @property
    def words(self) -> Wording:
        """The core's messages in the reader's language, moments in the shop's zone."""
        if self._words is None:
            lang = self.lang
            if lang is None and self._desk is not None:
                lang = self._desk.settings.language()
            self._words = Wording(zone=self._zone, lang=lang or self._system_lang())
        return self._words

    def _zone(self) -> tzinfo:
        return self._desk.settings.shop_tz() if self._desk is not None else UTC

    def desk(self) -> Desk:
        if self._desk is None:
            self._desk = Desk.open(
                self.db_path,
                actor=getpass.getuser(),
                station=self.station,  # None: this machine's (see core/bench/station_names.py)
            )
            if self.lang is None:
                self._words = None  # the station's language, now that it can be read
            for note in self._desk.open_notes:  # a failed daily backup: said, not fatal
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
    help="Machine-readable output.",
)


def emit(ctx: CliContext, data, text: Message | str | None) -> None:
    """`data` as JSON with --json (a message in it as its words), else `text`."""
    if ctx.as_json:
        click.echo(json.dumps(data, ensure_ascii=False, indent=2, default=ctx.json_value))
    else:
        click.echo(ctx.words(text))
