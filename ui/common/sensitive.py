"""Wiping typed text out of widgets when the journal locks."""

from __future__ import annotations

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
