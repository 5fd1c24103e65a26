"""The languages a person can read fulfil-desk in, and how each writes dates and money.

A language is a code: `en`, `ko`, `zh_CN` (Qt's and CLDR's name for Simplified Chinese), or
`pseudo`, the tests' language, which wraps every text in ⟦…⟧ so that a text that skipped the
catalogue stands out.
"""

from __future__ import annotations

LANGUAGES = ("ko", "zh_CN", "en")
PSEUDO = "pseudo"
NATIVE_NAMES = {"ko": "한국어", "zh_CN": "简体中文", "en": "English"}  # never translated

# CLDR patterns (babel.dates): a moment, and a day, as each reader expects them.
MOMENT_PATTERNS = {
    "ko": "y. M. d. (E) HH:mm",
    "zh_CN": "y年M月d日 EEE HH:mm",
    "en": "EEE d MMM y HH:mm",
}
DAY_PATTERNS = {"ko": "y. M. d. (E)", "zh_CN": "y年M月d日 EEE", "en": "EEE d MMM y"}


def language_of_locale(name: str) -> str:
    """The language for a system locale name (`ko_KR.UTF-8`, `zh_CN`, `zh-Hans-CN`, `de_DE`):
    Korean or Chinese when it is one of them, else English."""
    base = name.replace("-", "_").split(".")[0]
    if base.lower().startswith("ko"):
        return "ko"
    if base.lower().startswith("zh"):
        return "zh_CN"  # the only Chinese shipped; Traditional readers read it better than English
    return "en"


def is_language(code: object) -> bool:
    return code in LANGUAGES or code == PSEUDO


def cldr_locale(lang: str) -> str:
    """The Babel locale a language formats with (the pseudo-language formats as English)."""
    return lang if lang in LANGUAGES else "en"
