"""Enter/Return on screens that are not dialogs (QPushButton.setDefault only works in dialogs)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QPushButton


def activate_on_return(event: QKeyEvent, primary: QPushButton | None) -> bool:
    """Click the focused push button, else ``primary``. True when the key was used."""
    if event.key() not in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
        return False
    if event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
        return False
    focus = QApplication.focusWidget()
    target = focus if isinstance(focus, QPushButton) else primary
    if target is None or not target.isEnabled() or not target.isVisible():
        return False
    target.click()
    return True
