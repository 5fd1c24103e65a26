"""The core's messages in the reader's words: the catalogue's English looked up through Qt's
translations (context `messages`, the key as disambiguation), moments in the shop's zone."""

from __future__ import annotations

from collections.abc import Callable
from datetime import tzinfo

from PySide6.QtCore import QCoreApplication, QLocale

from fulfil_desk.core.wording.render import Wording


def _qt_translate(key: str, english: str) -> str:
    return QCoreApplication.translate("messages", english, key)


def ui_wording(*, zone: Callable[[], tzinfo]) -> Wording:
    name = QLocale().name()
    lang = name if name.startswith("zh") else name[:2]
    return Wording(zone=zone, lang=lang, translate=_qt_translate)
