"""The window's language: Qt's translators for it (the app's `.qm` and Qt's own `qtbase`, so
that no dialog comes out mixed), QLocale's default, and the core's wording in it."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QFontDatabase

from fulfil_desk.core.kernel.resources import resource_path
from fulfil_desk.core.wording.languages import PSEUDO, cldr_locale, language_of_locale

PLACEHOLDER = re.compile(r"(\{[^{}]*\}|%n|%L?\d+)")  # str.format's, and Qt's %n, %1
QT_LOCALES = {"ko": QLocale.Language.Korean, "zh_CN": QLocale.Language.Chinese}


def missing_font_note() -> str | None:
    """What to install when no font shows Hangul or Chinese (the window would show boxes)."""
    wanted = (QFontDatabase.WritingSystem.Korean, QFontDatabase.WritingSystem.SimplifiedChinese)
    if all(QFontDatabase.families(system) for system in wanted):
        return None
    return QCoreApplication.translate(
        "UiLanguage",
        "No installed font shows Korean and Chinese text. Install fonts-wqy-microhei "
        "(Debian/Ubuntu: sudo apt install fonts-wqy-microhei), then start fulfil-desk again.",
    )


def system_language() -> str:
    return language_of_locale(QLocale.system().name())


class PseudoTranslator(QTranslator):
    """Every text Qt is asked to translate, wrapped in ⟦…⟧: what reaches the screen
    unwrapped went around the translations (tests/ui/test_pseudo_language.py). The runs
    between placeholders are wrapped one by one, so that what fills a placeholder stays
    unwrapped and shows when it is a raw code or English made outside the translations:
    "On hold ({reason})" comes back "⟦On hold (⟧{reason}⟦)⟧"."""

    def translate(self, context, source_text, disambiguation=None, n=-1):
        if not source_text:
            return source_text
        parts = PLACEHOLDER.split(source_text)
        return "".join(p if PLACEHOLDER.fullmatch(p) else f"⟦{p}⟧" for p in parts if p)

    def isEmpty(self) -> bool:
        return False


class UiLanguage:
    """Installs one language's translators on the application, replacing the last ones."""

    def __init__(self, *, app: QCoreApplication):
        self._app = app
        self._installed: list[QTranslator] = []
        self.lang = "en"

    def install(self, lang: str) -> None:
        for translator in self._installed:
            self._app.removeTranslator(translator)
        self._installed = []
        self.lang = lang
        if lang == PSEUDO:
            self._add(PseudoTranslator(self._app))
        elif lang != "en":
            for directory, stem in (
                (QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath), "qtbase"),
                (str(resource_path("translations")), "fulfil_desk"),
            ):
                translator = QTranslator(self._app)
                if not translator.load(f"{stem}_{lang}", directory):
                    raise FileNotFoundError(f"{directory}/{stem}_{lang}.qm")
                self._add(translator)
        QLocale.setDefault(qt_locale(lang))

    def _add(self, translator: QTranslator) -> None:
        self._app.installTranslator(translator)
        self._installed.append(translator)


def qt_locale(lang: str) -> QLocale:
    """The QLocale a language's widgets (a date edit, a spin box) format with."""
    if (language := QT_LOCALES.get(cldr_locale(lang))) is None:
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    if language is QLocale.Language.Chinese:
        return QLocale(language, QLocale.Script.SimplifiedChineseScript, QLocale.Country.China)
    return QLocale(language, QLocale.Country.SouthKorea)
