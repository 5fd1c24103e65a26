"""What each station remembers of its window: size and place, where the docks are, column
widths, the UI scale. Kept with QSettings per station (a bench's screen is its own), never in
the shop's database."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QHeaderView

from fulfil_desk.ui.typography import SCALES


class ViewSettings:
    def __init__(self, *, settings: QSettings, station: str):
        self._settings = settings
        self._prefix = f"stations/{station}/"
        self._headers: dict[str, QHeaderView] = {}

    @staticmethod
    def for_station(station: str) -> ViewSettings:
        """The user's own settings file (~/.config/fulfil-desk/view.ini on Linux)."""
        return ViewSettings(
            settings=QSettings(
                QSettings.Format.IniFormat, QSettings.Scope.UserScope, "fulfil-desk", "view"
            ),
            station=station,
        )

    def _get(self, key: str):
        return self._settings.value(self._prefix + key)

    def _set(self, key: str, value) -> None:
        self._settings.setValue(self._prefix + key, value)

    @property
    def scale(self) -> float:
        try:
            value = float(self._get("scale") or 1.0)
        except (TypeError, ValueError):
            return 1.0
        return min(max(value, SCALES[0]), SCALES[-1])

    @scale.setter
    def scale(self, value: float) -> None:
        self._set("scale", float(value))

    def geometry(self) -> QByteArray | None:
        return _bytes(self._get("geometry"))

    def window_state(self) -> QByteArray | None:
        return _bytes(self._get("windowState"))

    def remember_header(self, name: str, header: QHeaderView) -> bool:
        """The column widths of a table: restored now (True when there were some), saved with
        the window."""
        self._headers[name] = header
        state = _bytes(self._get(f"columns/{name}"))
        return state is not None and header.restoreState(state)

    def save(self, window) -> None:
        self._set("geometry", window.saveGeometry())
        self._set("windowState", window.saveState())
        for name, header in self._headers.items():
            self._set(f"columns/{name}", header.saveState())
        self._settings.sync()


def _bytes(value) -> QByteArray | None:
    if isinstance(value, QByteArray) and not value.isEmpty():
        return value
    if isinstance(value, bytes | bytearray) and value:
        return QByteArray(bytes(value))
    return None
