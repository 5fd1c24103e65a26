"""The core's messages in the window's language, moments in the shop's zone; and the few other
things the window shows in the reader's language: names the data holds in several languages,
the app's own terms, rates, and moments short enough for a table column.

Everything goes through the window's `Wording` (Babel, with CLDR's data), as the CLI and the
PDFs do: the same dates, numbers and money everywhere. Nothing here formats by hand.
"""

from __future__ import annotations

import errno
from collections.abc import Callable, Mapping
from datetime import date, datetime, tzinfo
from decimal import Decimal

from babel.dates import format_date, format_datetime
from babel.numbers import format_decimal
from PySide6.QtCore import QCoreApplication

from fulfil_desk.core.kernel.messages import Message, Names, Term
from fulfil_desk.core.scores.scores import percent, target_text
from fulfil_desk.core.wording.languages import cldr_locale
from fulfil_desk.core.wording.render import Wording

# CLDR patterns of the core's moments (core/wording/languages.py) without the year: a table
# column of this week's deadlines; and a day in the capacity strip's narrow cells.
SHORT_MOMENT_PATTERNS = {
    "ko": "M. d. (E) HH:mm",
    "zh_CN": "M月d日 EEE HH:mm",
    "en": "EEE d MMM HH:mm",
}
SHORT_DAY_PATTERNS = {"ko": "d일 (E)", "zh_CN": "d日 EEE", "en": "EEE d"}
NOTHING = "—"


def ui_wording(*, zone: Callable[[], tzinfo], lang: str) -> Wording:
    return Wording(zone=zone, lang=lang)


def _moment(words: Wording, at: datetime | str) -> datetime:
    """An aware moment (an ISO text without an offset is the shop's time)."""
    moment = datetime.fromisoformat(at) if isinstance(at, str) else at
    return moment if moment.tzinfo else moment.replace(tzinfo=words.zone())


def moment(words: Wording, at: datetime | str | None) -> str:
    """`Mon 7 Dec 2026 14:00`, `2026. 12. 7. (월) 14:00`, `2026年12月7日 周一 14:00`."""
    return NOTHING if not at else words.moment(_moment(words, at))


def short_moment(words: Wording, at: datetime | str | None) -> str:
    """`Mon 7 Dec 14:00`, `12. 7. (월) 14:00`, `12月7日 周一 14:00`: the shop's clock."""
    if not at:
        return ""
    local = _moment(words, at).astimezone(words.zone())
    locale = cldr_locale(words.lang)
    return format_datetime(local, SHORT_MOMENT_PATTERNS[locale], locale=locale)


def clock(words: Wording, at: datetime | str | None) -> str:
    """The shop's clock at `at`: `14:00`."""
    if not at:
        return ""
    local = _moment(words, at).astimezone(words.zone())
    return format_datetime(local, "HH:mm", locale=cldr_locale(words.lang))


def day(words: Wording, on: date | str | None) -> str:
    return "" if not on else words.day(date.fromisoformat(on) if isinstance(on, str) else on)


def short_day(words: Wording, on: date) -> str:
    locale = cldr_locale(words.lang)
    return format_date(on, SHORT_DAY_PATTERNS[locale], locale=locale)


def number(words: Wording, value: float | int | None, decimals: int = 0) -> str:
    """`1,234` or `12.5`, grouped as the reader's language groups it; `–` for none."""
    if value is None:
        return "–"
    pattern = "#,##0" + ("." + "0" * decimals if decimals else "")
    return format_decimal(Decimal(str(value)), pattern, locale=cldr_locale(words.lang))


def name(words: Wording, names: Mapping[str, str], fallback: str = "") -> str:
    """A name the data holds in several languages (a courier, a metric, a marketplace), in
    the reader's (English when it has none in theirs)."""
    return words.value(Names.of(names)) if names else fallback


def term(words: Wording, kind: str, code: str | None) -> str:
    """One of the app's own words (a status, a reason), never its code."""
    return "" if not code else words.term(Term(kind, code))


def rate(words: Wording, value: float | None) -> str:
    """`94.1 %`, or `—` when there is no rate."""
    return words(percent(value))


def target(words: Wording, value: float | None, comparison: str) -> str:
    """`≥ 95 %`, or no target set."""
    return words(target_text(value, comparison))


def aim(words: Wording, value: float | None, comparison: str) -> str:
    """`target ≥ 95 %`, or no target set."""
    said = target_text(value, comparison)
    return words(said if value is None else Message("scores.aim", target=said))


def metric_note(words: Wording, marketplace: str, metric: str) -> str:
    """How fulfil-desk counts a metric (resources/metrics.json's note, in the catalogue)."""
    return words.term(Term("metric_note", f"{marketplace}.{metric}"))


def why_not(exc: OSError) -> str:
    """Why a file could not be written, in the reader's words (the system's, for the rare)."""
    translate = QCoreApplication.translate
    no_permission = translate("Words", "fulfil-desk may not write there")
    full = translate("Words", "the disk is full")
    text = {
        errno.ENOENT: translate("Words", "the folder does not exist"),
        errno.EACCES: no_permission,
        errno.EPERM: no_permission,
        errno.ENOSPC: full,
        errno.EDQUOT: full,
        errno.EROFS: translate("Words", "the disk is read-only"),
        errno.EISDIR: translate("Words", "that is a folder"),
    }.get(exc.errno or 0)
    return text or exc.strerror or str(exc)
