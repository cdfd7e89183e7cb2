"""A rendered, inert view of an entry's Markdown.

"Inert" is the point: an entry may contain HTML, remote images or ``javascript:``
links (pasted from anywhere). Nothing in it may fetch, open or run anything:

- raw HTML is not interpreted (``MarkdownNoHTML``): it shows as the text it is;
- every resource the document asks for (images, style sheets) is refused in
  :meth:`InertMarkdownView.loadResource`, so no file is read and nothing is fetched.
  The refusal is an *empty value*, not None: for a null answer QTextDocument falls
  back to reading local files and decoding ``data:`` URLs itself;
- links never open (``setOpenLinks(False)``, ``setOpenExternalLinks(False)``).

How it reads: ``_text_`` and ``*text*`` both mean emphasis, ``__text__`` and
``**text**`` strong (as in CommonMark; Qt's GitHub dialect would underline the
underscore forms), and headings are sized in proportion to the body text
(``HEADING_SCALE``) rather than Qt's own much larger steps. The text keeps a
comfortable reading width, centred when the view is wider (``ui.journal.reading_column``).
"""

from __future__ import annotations

from typing import Any, Final

from PySide6.QtCore import QByteArray, QEvent, QUrl
from PySide6.QtGui import (
    QImage,
    QResizeEvent,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)
from PySide6.QtWidgets import QTextBrowser, QWidget

from ui.journal.reading_column import fit_reading_column, refit_reading_column

# md4c's MD_FLAG_UNDERLINE: with it, "_text_" and "__text__" become underlined text.
_UNDERLINE_FLAG: Final = 0x4000
_FEATURES: Final = QTextDocument.MarkdownFeature(
    (QTextDocument.MarkdownFeature.MarkdownDialectGitHub.value & ~_UNDERLINE_FLAG)
    | QTextDocument.MarkdownFeature.MarkdownNoHTML.value
)

# Heading sizes as factors of the body font (levels 4 to 6 are bold body text).
HEADING_SCALE: Final = {1: 1.5, 2: 1.3, 3: 1.15}


def empty_resource(resource_type: int) -> QImage | QByteArray:
    """A non-null, empty answer to a resource request (see the module docstring)."""
    if int(resource_type) == QTextDocument.ResourceType.ImageResource.value:
        return QImage()
    return QByteArray()


def _sized(
    char_format: QTextCharFormat, points: float, pixels: int, scale: float
) -> QTextCharFormat:
    """``char_format`` at ``scale`` times the body size, without Qt's heading size step.

    The step (``FontSizeAdjustment``) must go, not be set to 0: while it is there, the
    document sizes the text from it and ignores a point size.
    """
    sized = QTextCharFormat(char_format)
    sized.clearProperty(QTextFormat.Property.FontSizeAdjustment)
    if points > 0:
        sized.setFontPointSize(points * scale)
    elif pixels > 0:
        sized.setProperty(QTextFormat.Property.FontPixelSize, round(pixels * scale))
    return sized


class InertMarkdownView(QTextBrowser):
    """A read-only Markdown preview that never loads a resource or follows a link."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setUndoRedoEnabled(False)
        # How many resource requests were refused (for tests; holds no content).
        self.refused_resources = 0

    def show_markdown(self, text: str) -> None:
        self.document().setMarkdown(text, _FEATURES)
        self._size_headings()

    def _size_headings(self) -> None:
        """Headings in proportion to the body font (see ``HEADING_SCALE``)."""
        document = self.document()
        base = self.font()
        points = base.pointSizeF()
        pixels = base.pixelSize()
        line = self.fontMetrics().height()
        block = document.begin()
        while block.isValid():
            level = block.blockFormat().headingLevel()
            if level > 0:
                scale = HEADING_SCALE.get(level, 1.0)
                spacing = QTextBlockFormat()
                spacing.setTopMargin(line * 0.6)
                spacing.setBottomMargin(line * 0.2)
                QTextCursor(block).mergeBlockFormat(spacing)
                pieces = []
                fragments = block.begin()
                while not fragments.atEnd():
                    fragment = fragments.fragment()
                    pieces.append((fragment.position(), fragment.length(), fragment.charFormat()))
                    fragments += 1
                for position, length, char_format in pieces:
                    cursor = QTextCursor(document)
                    cursor.setPosition(position)
                    cursor.setPosition(position + length, QTextCursor.MoveMode.KeepAnchor)
                    cursor.setCharFormat(_sized(char_format, points, pixels, scale))
            block = block.next()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._size_headings()  # the text grew or shrank: headings follow
            refit_reading_column(self)

    def resizeEvent(self, event: QResizeEvent) -> None:
        fit_reading_column(self)  # first: the base class lays the text out for it
        super().resizeEvent(event)

    def loadResource(self, resource_type: int, name: QUrl) -> Any:
        # Whatever the URL (http, file, relative, data), the answer is "nothing".
        self.refused_resources += 1
        return empty_resource(resource_type)

    def doSetSource(self, *_args: Any, **_kwargs: Any) -> None:
        """Never navigate: a preview shows one entry and nothing else."""
