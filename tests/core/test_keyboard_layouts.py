"""Reading a scan typed through a Korean input method in Hangul mode, or a Chinese one in full
width, back as the keys the scanner pressed (core/bench/keyboard_layouts.py)."""

from __future__ import annotations

import string
import unicodedata

import pytest
from hangul_ime import full_width, hangul_mode
from hypothesis import given, settings
from hypothesis import strategies as st

from fulfil_desk.core.bench.keyboard_layouts import KEY_OF_JAMO, Layout, as_keys, layout_of

KEYS = string.ascii_letters + string.digits + string.punctuation + " "
# Codes as barcodes carry them, and keystrokes that make every rule of composition happen:
# vowels after finals, compound vowels (hk → ㅘ) and finals (rt → ㄳ, fr → ㄺ), double ones.
LETTER_HEAVY = st.text(alphabet=st.sampled_from("rtkhlnjfqagmRTEQWOPdsz"), max_size=30)
CODES = st.text(alphabet=st.sampled_from(KEYS), max_size=40) | LETTER_HEAVY


@settings(max_examples=400)
@given(CODES, st.booleans())
def test_hangul_mode_reads_back_as_the_keys_in_capitals(code, compound_initials):
    typed = hangul_mode(code, compound_initials=compound_initials)
    assert as_keys(typed) == code.upper()
    letters = any(ch.isalpha() for ch in code)
    assert layout_of(typed) is (Layout.HANGUL if letters else None)


@settings(max_examples=200)
@given(CODES)
def test_full_width_reads_back_as_ascii_in_capitals(code):
    typed = full_width(code)
    assert as_keys(typed) == code.upper()
    assert layout_of(typed) is (Layout.FULL_WIDTH if code else None)


@given(st.text(alphabet=st.sampled_from(KEYS), max_size=40))
def test_decomposed_and_half_width_hangul_read_alike(code):
    """The same keys sent as conjoining jamo (NFD) or as half-width letters read the same."""
    typed = hangul_mode(code)
    assert as_keys(unicodedata.normalize("NFD", typed)) == code.upper()
    assert as_keys(unicodedata.normalize("NFKD", typed)) == code.upper()


@pytest.mark.parametrize(
    ("typed", "keys"),
    [
        ("ㄴㅁㅍㄸ", "SAVE"),
        ("ㅠㅁ차", "BACK"),
        ("1ㅋ5ㄲ89390357567127", "1Z5R89390357567127"),
        ("1250ㅎ", "1250G"),
        ("1.25ㅏㅎ", "1.25KG"),
        ("ㅗㅒㅣㅇ:ㅑㅜ채ㅡㅔㅣㄷㅅㄷ_ㅁㅇㅇㄱㄷㄴㄴ", "HOLD:INCOMPLETE_ADDRESS"),
        ("ㅠㅒㅌ-ㅡ", "BOX-M"),
        ("한글", "GKSRMF"),  # 한 ㅎㅏㄴ, 글 ㄱㅡㄹ
        ("닭가", "EKFRRK"),  # the compound final ㄺ is two keys
        ("뷁", "QNPFR"),  # ㅞ is ㅜ+ㅔ, ㄺ is ㄹ+ㄱ
        ("ㄳ", "RT"),
        ("\uffa1\uffc2", "RK"),  # half-width jamo
        ("１２３ＡＢＣ", "123ABC"),
        ("ＨＯＬＤ：ｏｔｈｅｒ", "HOLD:OTHER"),
        ("１。２５ｋｇ", "1.25KG"),  # a Chinese input method's full stop
        ("DEMO-MUG", "DEMO-MUG"),
    ],
)
def test_the_issues_examples(typed, keys):
    assert as_keys(typed) == keys


def test_every_modern_jamo_has_its_key_and_a_shifted_key_reads_as_its_letter():
    compatibility = [chr(o) for o in range(0x3131, 0x3164)]
    assert all(KEY_OF_JAMO[jamo] for jamo in compatibility)
    assert [KEY_OF_JAMO[j] for j in "ㄲㄸㅃㅉㅆㅒㅖ"] == list("REQWTOP")
    syllables = map(chr, range(0xAC00, 0xD7A4))
    assert all(as_keys(s).isascii() and as_keys(s).isupper() for s in syllables)


@pytest.mark.parametrize("text", ["", "DEMO-MUG", "186314881200", "²", "١٢", "𝟙𝟚", "é", "马克杯"])
def test_text_with_no_sign_of_hangul_or_full_width_is_left_alone(text):
    assert layout_of(text) is None
