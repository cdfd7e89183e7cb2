"""The entry body: plain text only, so nothing but words can land in the journal.

The journal stores Markdown text. A pasted or dropped image (or file) is refused with
a one-line explanation instead of being turned into a file somewhere: no temp files,
nothing outside the encrypted database.
"""

from __future__ import annotations

from PySide6.QtCore import QMimeData, Signal
from PySide6.QtWidgets import QPlainTextEdit, QWidget


class PlainBodyEdit(QPlainTextEdit):
    """A QPlainTextEdit that accepts text from the clipboard or a drop, and nothing else."""

    refused = Signal(str)  # "image" or "other"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(False)

    def canInsertFromMimeData(self, source: QMimeData) -> bool:
        return source.hasText()

    def insertFromMimeData(self, source: QMimeData) -> None:
        if not source.hasText():
            self.refused.emit("image" if source.hasImage() else "other")
            return
        # Only the plain text: never HTML, images or URLs that travel with it.
        self.insertPlainText(source.text())
