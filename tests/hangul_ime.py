"""What a scanner's keystrokes become on an Asian desktop whose input method is not in English,
for the tests: a model of the two-set (두벌식) Hangul input method, and full width.

The Hangul model is written from the layout and the composition rules, not from
core/bench/keyboard_layouts.py, so the tests check one against the other. A scanner sends
capitals with Shift: Shift+Q W E R T O P give ㅃ ㅉ ㄸ ㄲ ㅆ ㅒ ㅖ, every other letter its jamo
either way. The input method composes: an initial and a medial make a syllable (ㅊ+ㅏ → 차),
a consonant after it is its final (차+ㄱ → 착), two vowels or two finals may make one
(ㅗ+ㅏ → ㅘ, ㄱ+ㅅ → ㄳ), and a vowel after a final takes it (or the compound's second part)
as its own initial (착+ㅏ → 차가, 닭+ㅏ → 달가). Anything but a letter ends the syllable and
goes through as it is.
"""

from __future__ import annotations

LETTERS = "QWERTYUIOPASDFGHJKLZXCVBNM"
UNSHIFTED = dict(zip(LETTERS, "ㅂㅈㄷㄱㅅㅛㅕㅑㅐㅔㅁㄴㅇㄹㅎㅗㅓㅏㅣㅋㅌㅊㅍㅠㅜㅡ", strict=True))
SHIFTED = UNSHIFTED | dict(zip("QWERTOP", "ㅃㅉㄸㄲㅆㅒㅖ", strict=True))
VOWELS = frozenset("ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ")
VOWEL_PAIRS = {
    ("ㅗ", "ㅏ"): "ㅘ", ("ㅗ", "ㅐ"): "ㅙ", ("ㅗ", "ㅣ"): "ㅚ", ("ㅜ", "ㅓ"): "ㅝ",
    ("ㅜ", "ㅔ"): "ㅞ", ("ㅜ", "ㅣ"): "ㅟ", ("ㅡ", "ㅣ"): "ㅢ",
}  # fmt: skip
FINAL_PAIRS = {
    ("ㄱ", "ㅅ"): "ㄳ", ("ㄴ", "ㅈ"): "ㄵ", ("ㄴ", "ㅎ"): "ㄶ", ("ㄹ", "ㄱ"): "ㄺ",
    ("ㄹ", "ㅁ"): "ㄻ", ("ㄹ", "ㅂ"): "ㄼ", ("ㄹ", "ㅅ"): "ㄽ", ("ㄹ", "ㅌ"): "ㄾ",
    ("ㄹ", "ㅍ"): "ㄿ", ("ㄹ", "ㅎ"): "ㅀ", ("ㅂ", "ㅅ"): "ㅄ",
}  # fmt: skip
SPLIT_FINAL = {compound: pair for pair, compound in FINAL_PAIRS.items()}
INITIALS = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"
MEDIALS = "ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ"
FINALS = "ㄱㄲㄳㄴㄵㄶㄷㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅄㅅㅆㅇㅈㅊㅋㅌㅍㅎ"


def jamo_of_key(ch: str) -> str | None:
    """The jamo a letter key gives in Hangul mode (a capital is typed with Shift)."""
    if not (ch.isascii() and ch.isalpha()):
        return None
    return (SHIFTED if ch.isupper() else UNSHIFTED)[ch.upper()]


class _Syllable:
    def __init__(self) -> None:
        self.initial = self.medial = self.final = ""

    def text(self) -> str:
        if self.initial in INITIALS and self.initial and self.medial:
            index = INITIALS.index(self.initial) * 21 + MEDIALS.index(self.medial)
            final = FINALS.index(self.final) + 1 if self.final else 0
            return chr(0xAC00 + index * 28 + final)
        return self.initial + self.medial + self.final  # a lone jamo, as compatibility jamo


def hangul_mode(keys: str, *, compound_initials: bool = False) -> str:
    """What `keys` (a scanner's ASCII) arrive as through the two-set input method.
    `compound_initials`: the input method makes ㄳ of ㄱ+ㅅ even before a vowel, as
    Microsoft's does."""
    out: list[str] = []
    syllable = _Syllable()

    def commit() -> _Syllable:
        out.append(syllable.text())
        return _Syllable()

    for ch in keys:
        jamo = jamo_of_key(ch)
        if jamo is None:
            syllable = commit()
            out.append(ch)
        elif jamo in VOWELS:
            if syllable.final:  # the final (or its second part) starts the next syllable
                first, moved = SPLIT_FINAL.get(syllable.final, ("", syllable.final))
                syllable.final = first
                syllable = commit()
                syllable.initial, syllable.medial = moved, jamo
            elif syllable.medial:
                if (pair := VOWEL_PAIRS.get((syllable.medial, jamo))) is not None:
                    syllable.medial = pair
                else:
                    syllable = commit()
                    syllable.medial = jamo
            elif syllable.initial in SPLIT_FINAL:  # ㄳ alone, then a vowel: ㄱ, then 사
                first, moved = SPLIT_FINAL[syllable.initial]
                syllable.initial = first
                syllable = commit()
                syllable.initial, syllable.medial = moved, jamo
            else:
                syllable.medial = jamo
        elif syllable.medial and syllable.initial:  # a consonant after a vowel: a final
            if not syllable.final and jamo in FINALS:
                syllable.final = jamo
            elif (pair := FINAL_PAIRS.get((syllable.final, jamo))) is not None:
                syllable.final = pair
            else:
                syllable = commit()
                syllable.initial = jamo
        elif (
            compound_initials
            and not syllable.medial
            and (pair := FINAL_PAIRS.get((syllable.initial, jamo))) is not None
        ):
            syllable.initial = pair
        else:
            syllable = commit()
            syllable.initial = jamo
    commit()
    return "".join(out)


def full_width(keys: str) -> str:
    """What `keys` arrive as through a Chinese input method in full-width mode."""
    return "".join(
        "\u3000" if ch == " " else chr(ord(ch) + 0xFEE0) if "!" <= ch <= "~" else ch for ch in keys
    )
