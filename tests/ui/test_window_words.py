"""The words the window takes from the core's catalogue (domain `window`) and formats through
the window's Wording: the same dates, numbers and rates as the CLI and the PDFs."""

from __future__ import annotations

import json
from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from fulfil_desk.core.kernel.resources import resource_path
from fulfil_desk.core.wording.catalogue import ENGLISH
from fulfil_desk.core.wording.ko.window import WORDS as KOREAN
from fulfil_desk.core.wording.render import Wording
from fulfil_desk.core.wording.zh_CN.window import WORDS as CHINESE
from fulfil_desk.ui import words as ui

SEOUL = ZoneInfo("Asia/Seoul")
AT = datetime(2026, 12, 7, 5, 0, tzinfo=ZoneInfo("UTC"))  # 14:00 in Seoul


def wording(lang: str) -> Wording:
    # Only this domain's translations: the others are the translators' (not needed here).
    translated = {"ko": KOREAN, "zh_CN": CHINESE}.get(lang, {})
    return Wording(zone=lambda: SEOUL, lang=lang, translated=translated)


def metrics() -> list[tuple[str, dict]]:
    data = json.loads(resource_path("metrics.json").read_text("utf-8"))["marketplaces"]
    return [(market, m) for market, found in data.items() for m in found["metrics"]]


def test_every_metric_has_its_note_in_the_catalogue_word_for_word():
    for market, metric in metrics():
        assert ENGLISH[f"metric_note.{market}.{metric['id']}"] == metric["note"]
    notes = {k for k in ENGLISH if k.startswith("metric_note.")}
    assert notes == {f"metric_note.{market}.{m['id']}" for market, m in metrics()}
    assert set(KOREAN) == set(CHINESE) == notes


@pytest.mark.parametrize(
    ("lang", "note"),
    [("en", "As the 10-day rate, over 30 days."), ("ko", "10일 지표"), ("zh_CN", "10 天指标")],
)
def test_a_metric_note_is_in_the_readers_language(lang, note):
    assert note in ui.metric_note(wording(lang), "amazon", "late_shipment_rate_30d")


@pytest.mark.parametrize(
    ("lang", "moment", "short", "day"),
    [
        ("en", "Mon 7 Dec 2026 14:00", "Mon 7 Dec 14:00", "Mon 7"),
        ("ko", "2026. 12. 7. (월) 14:00", "12. 7. (월) 14:00", "7일 (월)"),
        ("zh_CN", "2026年12月7日 周一 14:00", "12月7日 周一 14:00", "7日 周一"),
    ],
)
def test_moments_are_the_cores_and_short_ones_drop_only_the_year(lang, moment, short, day):
    words = wording(lang)
    assert ui.moment(words, AT) == words.moment(AT) == moment
    assert ui.moment(words, "2026-12-07T14:00:00+09:00") == moment
    assert ui.short_moment(words, AT) == short
    assert ui.short_moment(words, "2026-12-07T14:00:00") == short  # no offset: the shop's
    assert ui.clock(words, AT) == "14:00"
    assert ui.short_day(words, date(2026, 12, 7)) == day
    assert ui.day(words, "2026-12-07") == words.day(date(2026, 12, 7))


def test_rates_targets_and_numbers():
    words = wording("en")
    assert ui.rate(words, 0.941) == "94.1 %"
    assert ui.rate(words, None) == "—"
    assert ui.aim(words, 0.95, "at_least") == "target ≥ 95 %"
    assert ui.aim(words, None, "at_least") == "no target set"
    assert ui.number(words, 1234.5, 1) == "1,234.5"
    assert ui.number(words, None) == "–"


def test_names_terms_and_why_a_file_was_not_written():
    words = wording("pseudo")
    assert ui.name(words, {"en": "Lotte", "ko": "롯데택배"}) == "⟦Lotte⟧"
    assert ui.name(wording("ko"), {"en": "Lotte", "ko": "롯데택배"}) == "롯데택배"
    assert ui.term(wording("en"), "hold_reason", "incomplete_address") == "incomplete address"
    assert ui.term(words, "hold_reason", None) == ""
    assert ui.why_not(FileNotFoundError(2, "No such file or directory")) == (
        "the folder does not exist"
    )
    assert ui.why_not(OSError(5, "Input/output error")) == "Input/output error"
