"""Wiping typed text out of widgets (and our clipboard) when the journal locks."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QClipboard, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)


def wipe_line_edit(edit: QLineEdit) -> None:
    """Empty ``edit`` and its undo history (``QLineEdit.clear()`` can be undone)."""
    edit.setText("")


def wipe_text_widgets(root: QWidget) -> None:
    """Empty every text field under ``root`` (and ``root`` itself) with its undo stack.

    Fields inside spin boxes and combo boxes are left alone: they show a setting, not
    something the person wrote, and emptying them would break the control.
    """
    widgets: list[QWidget] = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        if isinstance(widget, QLineEdit):
            if not isinstance(widget.parent(), QAbstractSpinBox | QComboBox):
                wipe_line_edit(widget)
        elif isinstance(widget, QPlainTextEdit | QTextEdit):
            widget.clear()
            widget.document().clearUndoRedoStacks()


# Where QClipboard.ownsClipboard() answers truthfully (elsewhere it always says no).
_PLATFORMS_THAT_TELL_THE_OWNER = frozenset({"xcb", "windows", "wayland"})


class ClipboardGuard(QObject):
    """Empties the clipboard on lock if what it holds was copied from Mooring.

    Words copied out of an entry would otherwise outlive the lock, for whoever pastes
    next; something copied from another program is left alone. Where the platform
    cannot say who owns the clipboard, a change made while Mooring is the active
    application counts as Mooring's (no other program copies while a person is
    working in Mooring).
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._clipboard = QGuiApplication.clipboard()
        self._ours = False
        self._clipboard.dataChanged.connect(self._changed)

    def _changed(self) -> None:
        if QGuiApplication.platformName() in _PLATFORMS_THAT_TELL_THE_OWNER:
            self._ours = self._clipboard.ownsClipboard()
        else:
            state = QGuiApplication.applicationState()
            self._ours = state == Qt.ApplicationState.ApplicationActive

    def forget(self) -> None:
        """Empty the clipboard (and the X selection we own) if Mooring filled it."""
        if self._ours or self._clipboard.ownsClipboard():
            self._clipboard.clear(QClipboard.Mode.Clipboard)
        if self._clipboard.supportsSelection() and self._clipboard.ownsSelection():
            self._clipboard.clear(QClipboard.Mode.Selection)
        self._ours = False
