"""App-wide keys that must work everywhere, even inside open dialogs.

QShortcut stops working while a modal dialog blocks the main window, but the
quick-hide key has to work at any moment. So these keys are caught by an event
filter on the whole application, and the key press is consumed.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QKeyCombination, QObject, Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence

_MODIFIERS = (
    Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.ShiftModifier
    | Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.MetaModifier
)
_KEY_PRESS = int(QEvent.Type.KeyPress.value)


def combination(portable: str) -> QKeyCombination:
    """The first key combination of a shortcut written like "Ctrl+Shift+L"."""
    first: QKeyCombination = QKeySequence(portable)[0]  # type: ignore[index]  # stub lacks it
    return first


class KeyGuard(QObject):
    """Calls a handler when one of its key combinations is pressed anywhere in the app."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._handlers: dict[int, Callable[[], bool]] = {}

    def bind(self, portable: str, handler: Callable[[], bool]) -> None:
        """``handler`` returns True when it acted (the key is then consumed)."""
        self._handlers[combination(portable).toCombined()] = handler

    def install(self) -> None:
        app = QGuiApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def uninstall(self) -> None:
        app = QGuiApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if int(event.type().value) != _KEY_PRESS or not isinstance(event, QKeyEvent):
            return False
        modifiers = event.modifiers() & _MODIFIERS
        try:
            key = Qt.Key(event.key())
        except ValueError:
            return False
        handler = self._handlers.get(QKeyCombination(modifiers, key).toCombined())
        if handler is None:
            return False
        if event.isAutoRepeat():
            return True
        return bool(handler())
