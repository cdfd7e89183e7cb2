"""The app-wide shortcuts, in one place so Settings and Help can list them.

"Ctrl" is written here; Qt maps it to Cmd on macOS.
"""

from __future__ import annotations

from PySide6.QtGui import QKeySequence

LOCK = "Ctrl+L"
QUICK_HIDE = "Ctrl+Shift+L"  # lock and minimise at once
HELP = ("F1", "Ctrl+Shift+H")
SETTINGS = "Ctrl+,"


def native(portable: str) -> str:
    """How the shortcut is written on this platform (e.g. "⇧⌘L" on macOS)."""
    return QKeySequence(portable).toString(QKeySequence.SequenceFormat.NativeText)
