"""The shop's settings (`desk.settings`): read with their defaults, changed one at a time
after a check, the computed deadlines a calendar setting moves recomputed in the same
transaction."""

from __future__ import annotations

from collections.abc import Sequence
from contextlib import AbstractContextManager
from typing import Protocol
from zoneinfo import ZoneInfo

from fulfil_desk.core.kernel.changes import Changes
from fulfil_desk.core.kernel.context import DeskContext
from fulfil_desk.core.kernel.orders import ShopInfo
from fulfil_desk.core.kernel.settings import (
    DEFAULTS,
    STATION_SETTINGS,
    BoxPreset,
    box_presets,
    check_setting,
    shop_info,
)


class MovedOrder(Protocol):
    @property
    def order_id(self) -> int: ...


class Deadlines(Protocol):
    def recomputing_deadlines(self, key: str) -> AbstractContextManager[Sequence[MovedOrder]]: ...


class SettingsService:
    def __init__(self, *, ctx: DeskContext, deadlines: Deadlines):
        """`deadlines`: the calendar, which recomputes the deadlines a setting moves."""
        self._ctx = ctx
        self._deadlines = deadlines

    def get(self, key: str):
        if key in STATION_SETTINGS:
            return self._ctx.settings.get(self._station_key(key), DEFAULTS[key])
        return self._ctx.setting(key)

    def set(self, key: str, value) -> Changes:
        check_setting(key, value)
        if key == "default_courier":
            value = self._ctx.couriers.get(str(value)).code
        stored = self._station_key(key) if key in STATION_SETTINGS else key
        with self._ctx.transaction(), self._deadlines.recomputing_deadlines(key) as moved:
            self._ctx.settings.set(stored, value)
            self._ctx.event("setting_changed", None, key=key)
        return Changes(
            settings=True, queue=bool(moved), orders=frozenset(m.order_id for m in moved)
        )

    def _station_key(self, key: str) -> str:
        return f"{key}@{self._ctx.station}"

    def language(self) -> str | None:
        """This station's language; None: the system's."""
        return self.get("language")

    def all(self) -> dict:
        stored_as = {key: self._station_key(key) for key in STATION_SETTINGS}
        stored = self._ctx.settings.get_many([stored_as.get(key, key) for key in DEFAULTS])
        return {key: stored.get(stored_as.get(key, key), DEFAULTS[key]) for key in DEFAULTS}

    def shop(self) -> ShopInfo:
        return shop_info(self.all())

    def box_presets(self) -> list[BoxPreset]:
        return box_presets({"box_presets": self.get("box_presets")})  # one read, not 20

    def shop_tz(self) -> ZoneInfo:
        return self._ctx.shop_tz()
