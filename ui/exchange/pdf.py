"""The packet as a PDF, made whole in memory (``QPdfWriter`` into a ``QBuffer``):
never a temporary file. The caller writes the bytes where the person chose, through
:func:`app.exchange.output.write_file`.

Text stays text (selectable, searchable; Qt embeds a subset of each font), charts are
vectors, every page has the day the packet was made and "Page n of N". The file's
own metadata says nothing about what is in it or what made it: the title is
"Notes", the creator empty.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QPageSize, QPdfWriter

from app.exchange.document import Packet
from app.exchange.packet import BuildCancelled
from app.exchange.wording import Wording
from ui.exchange.layout import page_layout, paper_for_locale
from ui.exchange.printing import paint_pages

# Fine enough for every line and glyph position; the file's size does not depend on it.
PDF_DPI = 300

# The title in the file's metadata: neutral, as the default file name is.
PDF_TITLE = "Notes"

__all__ = ["PDF_DPI", "BuildCancelled", "packet_pdf", "paper_for_locale"]


def packet_pdf(
    packet: Packet,
    wording: Wording,
    paper: QPageSize.PageSizeId | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> bytes:
    """The written packet (choices already applied) as a PDF. ``paper`` defaults to
    the locale's (:func:`paper_for_locale`). Raises
    :class:`app.exchange.packet.BuildCancelled` when ``cancelled()`` turns True."""
    if cancelled is not None and cancelled():
        raise BuildCancelled
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    try:
        writer = QPdfWriter(buffer)
        writer.setTitle(wording.translate(PDF_TITLE))
        writer.setCreator("")
        writer.setResolution(PDF_DPI)
        writer.setPageLayout(page_layout(paper if paper is not None else paper_for_locale()))
        paint_pages(packet, wording, writer, cancelled)
        del writer
    finally:
        buffer.close()
    return bytes(data.data())
