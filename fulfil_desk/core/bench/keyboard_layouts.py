"""A scan typed while the desktop's input method was not in English, read back as the keys
the scanner pressed.

A USB scanner types its code as keystrokes. On a Korean desktop in Hangul mode (its normal
state) the input method turns those keys into two-set (두벌식) jamo and composes them into
syllables: `BACK` arrives as `ㅠㅁ차`, `1Z5R89390357567127` as `1ㅋ5ㄲ89390357567127`. A
Chinese input method in full-width mode sends `１２３ＡＢＣ` and `：`. `as_keys` undoes both:
each syllable is split into its initial, medial and final jamo, compound vowels and finals
into their parts, each jamo becomes its key, full-width forms their ASCII (NFKC). The shift
state is lost on most keys, so letters come back as capitals; codes are matched ignoring case
where this reading is used.

Pure and small: `layout_of` is one pass over the text, and the bench calls neither unless a
scan as typed is no code it knows and is not ASCII.
"""

from __future__ import annotations

import unicodedata
from enum import StrEnum

# The two-set layout: each key's jamo unshifted, then shifted where Shift changes it.
TWO_SET = {
    "Q": "ㅂㅃ", "W": "ㅈㅉ", "E": "ㄷㄸ", "R": "ㄱㄲ", "T": "ㅅㅆ", "Y": "ㅛ", "U": "ㅕ",
    "I": "ㅑ", "O": "ㅐㅒ", "P": "ㅔㅖ",
    "A": "ㅁ", "S": "ㄴ", "D": "ㅇ", "F": "ㄹ", "G": "ㅎ", "H": "ㅗ", "J": "ㅓ", "K": "ㅏ",
    "L": "ㅣ",
    "Z": "ㅋ", "X": "ㅌ", "C": "ㅊ", "V": "ㅍ", "B": "ㅠ", "N": "ㅜ", "M": "ㅡ",
}  # fmt: skip
# What the input method composes from two keys: compound vowels and compound finals.
COMPOUND_VOWELS = {
    "ㅘ": "ㅗㅏ", "ㅙ": "ㅗㅐ", "ㅚ": "ㅗㅣ", "ㅝ": "ㅜㅓ", "ㅞ": "ㅜㅔ", "ㅟ": "ㅜㅣ",
    "ㅢ": "ㅡㅣ",
}  # fmt: skip
COMPOUND_FINALS = {
    "ㄳ": "ㄱㅅ", "ㄵ": "ㄴㅈ", "ㄶ": "ㄴㅎ", "ㄺ": "ㄹㄱ", "ㄻ": "ㄹㅁ", "ㄼ": "ㄹㅂ",
    "ㄽ": "ㄹㅅ", "ㄾ": "ㄹㅌ", "ㄿ": "ㄹㅍ", "ㅀ": "ㄹㅎ", "ㅄ": "ㅂㅅ",
}  # fmt: skip
# A syllable U+AC00 + (initial × 21 + medial) × 28 + final, in the order of these lists.
INITIALS = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"
MEDIALS = "ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ"
FINALS = "ㄱㄲㄳㄴㄵㄶㄷㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅄㅅㅆㅇㅈㅊㅋㅌㅍㅎ"  # after "no final"
FIRST_SYLLABLE, LAST_SYLLABLE = 0xAC00, 0xD7A3
# The conjoining jamo (U+1100…) of the same letters, as NFKC and some input methods send them.
CONJOINING = (
    dict(zip(map(chr, range(0x1100, 0x1113)), INITIALS, strict=True))
    | dict(zip(map(chr, range(0x1161, 0x1176)), MEDIALS, strict=True))
    | dict(zip(map(chr, range(0x11A8, 0x11C3)), FINALS, strict=True))
)
FILLERS = "\u115f\u1160\u3164"  # a syllable's empty initial or medial: no key
# Where the Chinese input method's punctuation is not a full-width form of ASCII.
CHINESE_PUNCTUATION = {"。": "."}


class Layout(StrEnum):
    HANGUL = "hangul"  # a Korean input method in Hangul mode
    FULL_WIDTH = "full_width"  # a Chinese (or Japanese) input method in full-width mode


def _key_of_jamo() -> dict[str, str]:
    keys = {jamo: key for key, jamos in TWO_SET.items() for jamo in jamos}
    for compound, parts in (COMPOUND_VOWELS | COMPOUND_FINALS).items():
        keys[compound] = "".join(keys[part] for part in parts)
    for conjoining, jamo in CONJOINING.items():
        keys[conjoining] = keys[jamo]
    return keys | dict.fromkeys(FILLERS, "")


KEY_OF_JAMO = _key_of_jamo()  # ㄲ → R, ㅘ → HK, ㄺ → FR, ᄀ (conjoining) → R


def _is_hangul(o: int) -> bool:
    return (
        0x1100 <= o <= 0x11FF  # conjoining jamo
        or 0x3131 <= o <= 0x318E  # compatibility jamo
        or FIRST_SYLLABLE <= o <= LAST_SYLLABLE
        or 0xFFA0 <= o <= 0xFFDC  # half-width jamo
    )


def _is_full_width(o: int) -> bool:
    return 0xFF01 <= o <= 0xFF5E or o in (0x3000, 0x3002)  # ！…～, ideographic space and 。


def layout_of(text: str) -> Layout | None:
    """The input method `text` shows signs of: Hangul (any jamo or syllable), else full
    width; None for ASCII and any other text."""
    if text.isascii():
        return None
    full_width = False
    for ch in text:
        o = ord(ch)
        if _is_hangul(o):
            return Layout.HANGUL
        full_width = full_width or _is_full_width(o)
    return Layout.FULL_WIDTH if full_width else None


def _syllable_keys(o: int) -> str:
    index = o - FIRST_SYLLABLE
    initial, rest = divmod(index, 21 * 28)
    medial, final = divmod(rest, 28)
    keys = KEY_OF_JAMO[INITIALS[initial]] + KEY_OF_JAMO[MEDIALS[medial]]
    return keys + KEY_OF_JAMO[FINALS[final - 1]] if final else keys


def _keys_of(ch: str) -> str:
    """The keys one character was typed with; a character no key gives, as it is."""
    if (keys := KEY_OF_JAMO.get(ch)) is not None:
        return keys
    o = ord(ch)
    if FIRST_SYLLABLE <= o <= LAST_SYLLABLE:
        return _syllable_keys(o)
    if ch in CHINESE_PUNCTUATION:
        return CHINESE_PUNCTUATION[ch]
    plain = unicodedata.normalize("NFKC", ch)  # ＡＢＣ → ABC, half-width ﾡ → ᄀ
    if plain == ch:
        return ch
    return "".join(KEY_OF_JAMO.get(c, c) for c in plain)


_CAPITALS = str.maketrans("abcdefghijklmnopqrstuvwxyz", "ABCDEFGHIJKLMNOPQRSTUVWXYZ")


def as_keys(text: str) -> str:
    """`text` read back as the keys that were pressed, letters as capitals:
    `ㅠㅁ차` → `BACK`, `1250ㅎ` → `1250G`, `ＨＯＬＤ：ｏｔｈｅｒ` → `HOLD:OTHER`."""
    return "".join(_keys_of(ch) for ch in text).translate(_CAPITALS)


__all__ = ["KEY_OF_JAMO", "Layout", "TWO_SET", "as_keys", "layout_of"]
