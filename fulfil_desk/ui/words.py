"""The core's messages in the window's language, moments in the shop's zone."""

from __future__ import annotations

from collections.abc import Callable
from datetime import tzinfo

from fulfil_desk.core.wording.render import Wording


def ui_wording(*, zone: Callable[[], tzinfo], lang: str) -> Wording:
    return Wording(zone=zone, lang=lang)
