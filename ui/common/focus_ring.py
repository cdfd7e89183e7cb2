"""A ring round the list, text area or scrolling page the keyboard moved into.

Fusion shows no sign of the keyboard on those (a list without a current row shows
nothing at all), so someone using Tab or a section key could not see where they are.
The ring is a small transparent widget laid over the focused area's edge, on top of
its content, so it shows whatever the area draws; a click draws none (Qt clears the
window's "keyboard moved the focus" flag on a click), as with buttons.
"""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QEvent, QObject, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QWidget

RING_WIDTH = 2

_follower: KeyboardFocusRing | None = None  # the application's, once the theme is on


class _Ring(QWidget):
    """Drawn over ``target`` (its parent), as big as it, and never in the way."""

    def __init__(self, target: QAbstractScrollArea, colour: Callable[[], str]) -> None:
        super().__init__(target)
        self._colour = colour
        self.setObjectName("keyboard-focus-ring")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setAccessibleName("")  # decoration: nothing for a screen reader to say
        target.installEventFilter(self)
        self.setGeometry(target.rect())
        self.raise_()
        self.show()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and isinstance(watched, QWidget):
            self.setGeometry(watched.rect())
        elif event.type() == QEvent.Type.ChildAdded:
            self.raise_()  # stay above a viewport or scroll bar added later
        return False

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor(self._colour()), RING_WIDTH))
        half = RING_WIDTH / 2
        painter.drawRect(QRectF(self.rect()).adjusted(half, half, -half, -half))
        painter.end()


class KeyboardFocusRing(QObject):
    """Follows the application's focus and rings a scroll area the keyboard reached."""

    def __init__(self, app: QApplication, colour: Callable[[], str]) -> None:
        super().__init__(app)
        self._colour = colour
        self._ring: _Ring | None = None
        self._keyboard_focus: QWidget | None = None  # where the keyboard put the focus
        app.focusChanged.connect(self.follow)
        global _follower
        _follower = self

    def follow(self, old: QWidget | None, new: QWidget | None) -> None:
        """The focus moved from ``old`` to ``new``: ring ``new`` if the keyboard took
        it there."""
        if (
            new is not None
            and old is not None
            and old is self._keyboard_focus
            and shiboken6.isValid(old)
            and not old.isVisible()
        ):
            # The control the keyboard was on went away (a list emptied and hidden) and
            # Qt moved the focus on, forgetting it was the keyboard's: it still is.
            new.window().setAttribute(Qt.WidgetAttribute.WA_KeyboardFocusChange)
        self._keyboard_focus = new if _by_keyboard(new) else None
        target = new if isinstance(new, QAbstractScrollArea) and _by_keyboard(new) else None
        ring = self._ring
        if ring is not None and shiboken6.isValid(ring):
            if target is not None and ring.parentWidget() is target:
                ring.update()
                return
            ring.hide()
            ring.deleteLater()
        self._ring = _Ring(target, self._colour) if target is not None else None


def _by_keyboard(widget: QWidget | None) -> bool:
    """``widget``'s window says its focus was last moved by the keyboard."""
    return widget is not None and widget.window().testAttribute(
        Qt.WidgetAttribute.WA_KeyboardFocusChange
    )


def keyboard_moved_focus(window: QWidget) -> None:
    """Mark ``window``'s focus as moved by the keyboard, so where it is (or lands next)
    is drawn with its ring. Qt marks it for Tab, not for a focus a shortcut sets (its
    own buddy keys mark it by hand the same way); and a section key may land on the
    control that already had the focus, which no focus change would ring."""
    window.setAttribute(Qt.WidgetAttribute.WA_KeyboardFocusChange)
    if _follower is not None:
        _follower.follow(None, QApplication.focusWidget())


__all__ = ["RING_WIDTH", "KeyboardFocusRing", "keyboard_moved_focus"]
