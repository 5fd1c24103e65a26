"""Type sizes that follow the station's UI scale (Ctrl + / Ctrl −, 100–200 %).

A widget that needs large type says by how much (`set_type(label, 2.0)`); `apply_scale` sets
the window's base font and every such widget's size from it, so one setting scales the whole
bench, dialogs included.
"""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QWidget

FACTOR, BOLD = "typeFactor", "typeBold"
SCALES = (1.0, 1.1, 1.25, 1.4, 1.6, 1.8, 2.0)


def base_font(scale: float = 1.0) -> QFont:
    font = QFont(QApplication.font())
    font.setPointSizeF(font.pointSizeF() * scale)
    return font


def sized(base: QFont, factor: float, bold: bool = False) -> QFont:
    font = QFont(base)
    font.setPointSizeF(base.pointSizeF() * factor)
    font.setBold(bold)
    return font


def set_type(widget: QWidget, factor: float, *, bold: bool = False) -> None:
    """`widget` in type `factor` times the base size, now and whenever the scale changes."""
    widget.setProperty(FACTOR, factor)
    widget.setProperty(BOLD, bold)
    widget.setFont(sized(base_font(_scale_of(widget)), factor, bold))


def _scale_of(widget: QWidget) -> float:
    window = widget.window()
    return float(window.property("uiScale") or 1.0) if window is not None else 1.0


def apply_scale(window: QWidget, scale: float) -> None:
    window.setProperty("uiScale", scale)
    base = base_font(scale)
    window.setFont(base)
    for widget in window.findChildren(QWidget):
        if (factor := widget.property(FACTOR)) is None:
            continue
        if hasattr(widget, "rescaled"):  # it sizes its own type (the verdict banner)
            widget.rescaled()
        else:
            widget.setFont(sized(base, float(factor), bool(widget.property(BOLD))))


def step(scale: float, direction: int) -> float:
    """The next scale up (+1) or down (−1), within 100–200 %."""
    nearest = min(range(len(SCALES)), key=lambda i: abs(SCALES[i] - scale))
    return SCALES[max(0, min(len(SCALES) - 1, nearest + direction))]
