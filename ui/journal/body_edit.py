"""The entry body: plain text only, so nothing but words can land in the journal.

The journal stores Markdown text. A pasted or dropped image (or file) is refused with
a one-line explanation instead of being turned into a file somewhere: no temp files,
nothing outside the encrypted database.

Lines keep a comfortable reading width, centred on a wide window
(``ui.journal.reading_column``).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QMimeData, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from ui.journal.reading_column import fit_reading_column, refit_reading_column


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

    def resizeEvent(self, event: QResizeEvent) -> None:
        fit_reading_column(self)  # first: the base class lays the text out for it
        super().resizeEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            refit_reading_column(self)
