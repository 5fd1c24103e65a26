"""A layout boundary: what changes inside a widget is laid out and painted inside it only."""

from __future__ import annotations

from PySide6.QtWidgets import QSizePolicy, QWidget


class LayoutBoundary(QWidget):
    """Holds one widget, outside any layout, at exactly its own size.

    In Qt a label whose text changes asks its layout to recompute, and every layout up to the
    window follows (`QLayout::activate` ends in `updateGeometry()` on its widget): for one new
    message on the scan page the whole main window was laid out and painted again, 5–10 ms on
    a 1400×860 window, where the floor's whole scan takes 1 ms. `updateGeometry()` does
    nothing on a widget whose minimum and maximum sizes agree, so the boundary keeps its
    child's size fixed to its own: the chain stops at the child. The boundary's own minimum
    size is the child's minimum when the boundary is made.
    """

    def __init__(self, *, child: QWidget, parent=None):
        super().__init__(parent)
        self.child = child
        self.setMinimumSize(child.minimumSizeHint())
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        child.setParent(self)
        child.move(0, 0)

    def sizeHint(self):  # noqa: N802 - Qt's name
        return self.child.sizeHint()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        self.child.setFixedSize(event.size())
        super().resizeEvent(event)
