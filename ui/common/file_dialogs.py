"""Save dialogs that leave no trace of where the person saved something.

Qt's own file dialog (used where the platform has none) remembers the last folder and
a history list in the shared ``QtProject`` settings file. A folder holding a recovery
code or a therapist export is sensitive, so the previous values are put back after
the dialog closes. (Native dialogs on Windows and macOS keep their own lists, which
Mooring cannot reach.)
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QWidget

_GROUP = "FileDialog"
_TRACE_KEYS = ("history", "lastVisited")


@contextmanager
def no_file_dialog_history() -> Iterator[None]:
    """Undo what a Qt file dialog records about visited folders."""
    settings = QSettings(QSettings.Scope.UserScope, "QtProject")
    before = {key: settings.value(f"{_GROUP}/{key}") for key in _TRACE_KEYS}
    try:
        yield
    finally:
        settings.sync()
        for key, value in before.items():
            if value is None:
                settings.remove(f"{_GROUP}/{key}")
            else:
                settings.setValue(f"{_GROUP}/{key}", value)
        settings.sync()


def ask_save_path(parent: QWidget, title: str, suggested_name: str, file_filter: str) -> str:
    """Ask where to save; returns the chosen path, or "" when cancelled."""
    start = str(Path.home() / suggested_name)
    with no_file_dialog_history():
        path, _selected_filter = QFileDialog.getSaveFileName(parent, title, start, file_filter)
    return str(path)
