"""The packet's pages painted on a paged device: the PDF (``ui.exchange.pdf``), a
printer, and the print preview all go through :func:`paint_pages`, so what is
printed is what the PDF holds.

Each page is the laid-out document's page (``QTextDocument.drawContents`` of that
page's rectangle, scaled from the layout's 96-dpi units to the device), then a
footer in the bottom margin: the day the packet was made and "Page n of N". The
person can cancel between pages.

Nothing here writes a file: a printer prints, and the PDF is made in memory.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QGuiApplication,
    QPagedPaintDevice,
    QPageLayout,
    QPainter,
)
from PySide6.QtPrintSupport import QPrinter

from app.exchange.document import Packet
from app.exchange.packet import BuildCancelled
from app.exchange.wording import Wording
from ui.exchange.layout import (
    DOCUMENT_DPI,
    FOOTER_MM,
    MARGIN_MM,
    MUTED,
    SMALL_PT,
    base_font,
    body_size,
    lay_out,
)

Cancelled = Callable[[], bool]


def tr(text: str) -> str:
    return QCoreApplication.translate("PacketPrinting", text)


class PrintError(RuntimeError):
    """The pages could not be painted (one sentence for the person)."""


def prepare(device: QPagedPaintDevice) -> QPageLayout:
    """Keep the device's paper and orientation; paint from the paper's corner with
    the packet's margins (the footer sits in the bottom one)."""
    layout = QPageLayout(device.pageLayout())
    layout.setMode(QPageLayout.Mode.FullPageMode)
    layout.setUnits(QPageLayout.Unit.Millimeter)
    layout.setMargins(QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM))
    if isinstance(device, QPrinter):
        device.setFullPage(True)
    device.setPageLayout(layout)
    return QPageLayout(device.pageLayout())


def _footer(
    painter: QPainter,
    layout: QPageLayout,
    dots_per_point: float,
    left: str,
    right: str,
) -> None:
    full = layout.fullRect(QPageLayout.Unit.Point)
    margins = layout.margins(QPageLayout.Unit.Point)
    points_per_mm = 72.0 / 25.4
    baseline = (full.height() - FOOTER_MM * points_per_mm) * dots_per_point
    x0 = margins.left() * dots_per_point
    x1 = (full.width() - margins.right()) * dots_per_point
    painter.save()
    try:
        painter.resetTransform()
        painter.setFont(base_font(SMALL_PT - 1))
        painter.setPen(MUTED)
        height = painter.fontMetrics().height()
        box = QRectF(QPointF(x0, baseline - height), QPointF(x1, baseline + height / 2))
        if QGuiApplication.isRightToLeft():
            left, right = right, left
        flags = Qt.AlignmentFlag.AlignBottom
        painter.drawText(box, flags | Qt.AlignmentFlag.AlignLeft, left)
        painter.drawText(box, flags | Qt.AlignmentFlag.AlignRight, right)
    finally:
        painter.restore()


def paint_pages(
    packet: Packet,
    wording: Wording,
    printer: QPagedPaintDevice,
    cancelled: Cancelled | None = None,
) -> int:
    """Lay ``packet`` (choices already applied) out for ``printer``'s paper and paint
    every page on it; returns the number of pages. Used by the PDF, by printing and
    by ``QPrintPreviewWidget.paintRequested``. Raises :class:`BuildCancelled` when
    ``cancelled()`` turns True between pages (a printer's job is aborted)."""
    if cancelled is not None and cancelled():
        raise BuildCancelled
    layout = prepare(printer)
    page = body_size(layout)
    laid = lay_out(packet, wording, page=page)
    document = laid.document
    pages = max(1, document.pageCount())
    dpi = float(printer.logicalDpiY())
    scale = dpi / DOCUMENT_DPI
    dots_per_point = dpi / 72.0
    margins = layout.margins(QPageLayout.Unit.Point)
    origin = QPointF(margins.left() * dots_per_point, margins.top() * dots_per_point)
    made = wording.made(packet.made)
    painter = QPainter()
    if not painter.begin(printer):
        raise PrintError(tr("The pages could not be started; check the printer and try again."))
    finished = False
    try:
        for number in range(pages):
            if cancelled is not None and cancelled():
                raise BuildCancelled
            if number and not printer.newPage():
                raise PrintError(tr("A new page could not be started; try again."))
            top = number * page.height()
            painter.save()
            painter.translate(origin)
            painter.scale(scale, scale)
            painter.translate(0, -top)
            document.drawContents(painter, QRectF(0, top, page.width(), page.height()))
            painter.restore()
            _footer(painter, layout, dots_per_point, made, wording.page(number + 1, pages))
        finished = True
    finally:
        if not finished and isinstance(printer, QPrinter):
            printer.abort()
        painter.end()
    return pages


def print_packet(
    packet: Packet, wording: Wording, printer: QPrinter, cancelled: Cancelled | None = None
) -> None:
    """Print the packet (choices already applied) on ``printer``: no file is made."""
    paint_pages(packet, wording, printer, cancelled)
