"""A rendered, inert view of an entry's Markdown.

"Inert" is the point: an entry may contain HTML, remote images or ``javascript:``
links (pasted from anywhere). Nothing in it may fetch, open or run anything:

- raw HTML is not interpreted (``MarkdownNoHTML``): it shows as the text it is;
- every resource the document asks for (images, style sheets) is refused in
  :meth:`InertMarkdownView.loadResource`, so no file is read and nothing is fetched.
  The refusal is an *empty value*, not None: for a null answer QTextDocument falls
  back to reading local files and decoding ``data:`` URLs itself;
- links never open (``setOpenLinks(False)``, ``setOpenExternalLinks(False)``).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QByteArray, QUrl
from PySide6.QtGui import QImage, QTextDocument
from PySide6.QtWidgets import QTextBrowser, QWidget

_FEATURES = (
    QTextDocument.MarkdownFeature.MarkdownDialectGitHub
    | QTextDocument.MarkdownFeature.MarkdownNoHTML
)


def empty_resource(resource_type: int) -> QImage | QByteArray:
    """A non-null, empty answer to a resource request (see the module docstring)."""
    if int(resource_type) == QTextDocument.ResourceType.ImageResource.value:
        return QImage()
    return QByteArray()


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

    def loadResource(self, resource_type: int, name: QUrl) -> Any:
        # Whatever the URL (http, file, relative, data), the answer is "nothing".
        self.refused_resources += 1
        return empty_resource(resource_type)

    def doSetSource(self, *_args: Any, **_kwargs: Any) -> None:
        """Never navigate: a preview shows one entry and nothing else."""
