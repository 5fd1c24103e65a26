"""Every message the core says has its Korean and Chinese words, with the same parameters."""

from __future__ import annotations

import re
import string

import pytest

from fulfil_desk.core.kernel.messages import Message
from fulfil_desk.core.wording.catalogue import ENGLISH, translations
from fulfil_desk.core.wording.render import Wording

CODE_ONLY = {"exchange.encoding_option"}  # "--encoding {name}": a command-line option, as typed
SCRIPT = {"ko": re.compile(r"[\uac00-\ud7a3]"), "zh_CN": re.compile(r"[\u4e00-\u9fff]")}


def fields(template: str) -> set[str]:
    return {f for _, f, _, _ in string.Formatter().parse(template) if f is not None}


def forms(entry) -> tuple[str, ...]:
    return entry if isinstance(entry, tuple) else (entry,)


@pytest.mark.parametrize("lang", ["ko", "zh_CN"])
def test_every_key_is_translated_and_no_key_is_left_over(lang):
    translated = translations(lang)
    assert sorted(ENGLISH.keys() - translated.keys()) == []
    assert sorted(translated.keys() - ENGLISH.keys()) == []


@pytest.mark.parametrize("lang", ["ko", "zh_CN"])
def test_a_translation_keeps_every_parameter_of_its_english(lang):
    translated = translations(lang)
    broken = []
    for key, english in ENGLISH.items():
        wanted = set().union(*(fields(t) for t in forms(english)))
        if isinstance(translated[key], tuple) and not isinstance(english, tuple):
            broken.append(key)  # two forms where English has one: nothing chooses between them
        broken += [key for template in forms(translated[key]) if fields(template) != wanted]
    assert broken == []


@pytest.mark.parametrize("lang", ["ko", "zh_CN"])
def test_a_sentence_is_written_in_the_language(lang):
    """An entry with English words in it (not just a code or a unit) has the language's script."""
    translated = translations(lang)
    english_only = [
        key
        for key, english in ENGLISH.items()
        if key not in CODE_ONLY
        for template in forms(translated[key])
        if re.search(r"[a-z]{3,}", re.sub(r"\{[^}]*\}", "", forms(english)[-1]))
        and not SCRIPT[lang].search(template)
    ]
    assert english_only == []


@pytest.mark.parametrize(
    ("lang", "words"),
    [("ko", "주문번호"), ("zh_CN", "订单号")],
)
def test_the_bench_speaks_the_language(lang, words):
    said = Wording(lang=lang)(Message("bench.hint_queue"))
    assert words in said and "Scan" not in said
