"""click's own words ("Usage:", "Options", "Error: …", "Missing argument …") in the command's
language.

click says them through the standard library's `gettext`, in its default domain
("messages"), each time it says them. Their translations are catalogue entries (`cli.click.*`
in core/wording/en/cli.py, whose English templates are click's message ids, and in its ko and
zh_CN modules), compiled into one .mo per language under resources/translations/click/ by
`python -m fulfil_desk.cli_gettext` (tests/test_cli_languages.py fails when a .mo is not what
the catalogue compiles to). `ClickWords.speak` binds click's domain to that folder and names
the language in LANGUAGE, the first variable gettext reads: stdlib gettext has no other way to
choose the language of a library that calls plain `gettext.gettext`.
"""

from __future__ import annotations

import gettext
import io
import sys
from collections.abc import Mapping, MutableMapping
from datetime import UTC, datetime
from importlib import import_module
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.mofile import write_mo

from fulfil_desk.core.kernel.resources import resource_path
from fulfil_desk.core.wording.catalogue import Entry
from fulfil_desk.core.wording.en import cli as en_cli
from fulfil_desk.core.wording.languages import LANGUAGES, PSEUDO

CLICK_DOMAIN = "messages"  # click has no domain of its own: gettext's default one
CLICK_LANGUAGES = (*(lang for lang in LANGUAGES if lang != "en"), PSEUDO)  # en: click's ids


def click_locale_dir() -> Path:
    return resource_path("translations/click")


class ClickWords:
    """Chooses the language click's own words come in, for this process."""

    def __init__(self, *, locale_dir: Path, environ: MutableMapping[str, str]) -> None:
        self._locale_dir = locale_dir
        self._environ = environ

    def speak(self, lang: str) -> None:
        gettext.bindtextdomain(CLICK_DOMAIN, str(self._locale_dir))
        self._environ["LANGUAGE"] = lang  # en (or a language without a .mo): click's English


# ---- compiling the .mo files ------------------------------------------------------------------

MoId = str | tuple[str, str]
MoText = str | tuple[str, str]
CLICK_KEYS = "cli.click."


def click_message_ids() -> dict[str, Entry]:
    """The catalogue's keys of click's words, and click's message ids (their English)."""
    return {key: entry for key, entry in en_cli.ENGLISH.items() if key.startswith(CLICK_KEYS)}


def click_translations(lang: str) -> dict[MoId, MoText]:
    """click's message ids and their `lang` wording: the catalogue's entries, every template
    wrapped in ⟦…⟧ for the pseudo-language. An entry the language lacks is left out (click
    says it in English)."""
    english = click_message_ids()
    words: Mapping[str, Entry] = (
        {} if lang == PSEUDO else import_module(f"fulfil_desk.core.wording.{lang}.cli").WORDS
    )
    found: dict[MoId, MoText] = {}
    for key, msgid in english.items():
        if lang == PSEUDO:
            found[msgid] = _wrapped(msgid)
        elif (entry := words.get(key)) is not None:
            found[msgid] = _forms(entry) if isinstance(msgid, tuple) else _one(entry)
    return found


def _wrapped(entry: Entry) -> MoText:
    if isinstance(entry, str):
        return f"⟦{entry}⟧"
    return (f"⟦{entry[0]}⟧", f"⟦{entry[1]}⟧")


def _forms(entry: Entry) -> tuple[str, str]:
    """Two forms, chosen by click's count with English's rule (n != 1): the forms of click's
    plural ids are different sentences (one possibility, or a list), not grammar."""
    return (entry, entry) if isinstance(entry, str) else entry


def _one(entry: Entry) -> str:
    return entry if isinstance(entry, str) else entry[1]


def mo_bytes(lang: str) -> bytes:
    made = datetime(2026, 1, 1, tzinfo=UTC)  # the same bytes from the same words
    catalog = Catalog(
        domain=CLICK_DOMAIN,
        project="fulfil-desk",
        charset="utf-8",
        creation_date=made,
        revision_date=made,
    )
    for msgid, text in click_translations(lang).items():
        catalog.add(msgid, text)
    out = io.BytesIO()
    write_mo(out, catalog)
    return out.getvalue()


def mo_path(lang: str, locale_dir: Path) -> Path:
    return locale_dir / lang / "LC_MESSAGES" / f"{CLICK_DOMAIN}.mo"


def compile_all(locale_dir: Path) -> list[Path]:
    written = []
    for lang in CLICK_LANGUAGES:
        path = mo_path(lang, locale_dir)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(mo_bytes(lang))
        written.append(path)
    return written


if __name__ == "__main__":
    for written in compile_all(Path(sys.argv[1]) if len(sys.argv) > 1 else click_locale_dir()):
        print(written)
