"""Bringing a part of a long page into view when the app, not the person, moved there.

Tab scrolls a scroll area to the focused control by itself; focus given from code (the
plan's Import button after a file was read) does not, and a keyboard user could then
press Enter on a button, and past a summary, that they have not seen.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QScrollArea, QWidget


def scroll_area_of(widget: QWidget) -> QScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea):
            return parent
        parent = parent.parentWidget()
    return None


def reveal(*widgets: QWidget) -> None:
    """Scroll the page holding ``widgets`` so they are in view, the first one above all
    (its top, when they don't all fit). Done once the layout has settled, since a text
    just set has not moved anything yet."""

    def show() -> None:
        for widget in reversed(widgets):
            try:
                area = scroll_area_of(widget)
            except RuntimeError:  # gone meanwhile (a lock took the page down)
                return
            if area is not None and widget.isVisible():
                area.ensureWidgetVisible(widget, 0, 24)

    QTimer.singleShot(0, show)
