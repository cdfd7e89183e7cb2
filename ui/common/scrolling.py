"""The one way a page, a panel or a dialog scrolls its content: frameless, as wide as
its view. It takes the keyboard, so someone without a mouse can page through text
with no control in it (help's list of keys); ui/common/focus_ring.py shows it has it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QFrame, QScrollArea, QWidget

from ui.common.design import SPACE


def scroll_area(
    content: QWidget, parent: QWidget, *, name: str = "", sideways: bool = False
) -> QScrollArea:
    """``content`` in a frameless scroll area that resizes it to the view; ``sideways``
    lets it scroll horizontally when it cannot be made narrow enough."""
    area = QScrollArea(parent)
    if name:
        area.setObjectName(name)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    if not sideways:
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidget(content)
    return area


class _FocusKeeper(QObject):
    """Scrolls the focused control back into view when the content around it changes
    height (the parent of this filter is the scroll area)."""

    def __init__(self, area: QScrollArea) -> None:
        super().__init__(area)
        self._area = area

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            # After the layout has placed everything at its new place.
            QTimer.singleShot(0, self, self._reveal)
        return False

    def _reveal(self) -> None:
        focused = QApplication.focusWidget()
        content = self._area.widget()
        if focused is not None and content is not None and content.isAncestorOf(focused):
            self._area.ensureWidgetVisible(focused, 0, SPACE.s)


def keep_focus_in_view(area: QScrollArea) -> None:
    """When ``area``'s content grows or shrinks while someone is in it (notes appear
    under what they just wrote, a step shows or hides), the control with the keyboard
    stays in sight instead of being pushed below the edge."""
    content = area.widget()
    if content is not None:
        content.installEventFilter(_FocusKeeper(area))
