"""A comfortable line length for the editor's text and the preview.

Lines of about ``READING_WIDTH_CHARS`` characters (``ui.common.surfaces.reading_width``)
are easiest to read. A text area wider than that keeps its text in a centred column:
the space either side is margin *inside* the same field, painted with the field's own
ground, so a wide window shows one writing surface with the words in the middle, not a
box inside a box. The scroll bar stays at the field's edge.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QPalette, QResizeEvent
from PySide6.QtWidgets import QAbstractScrollArea, QStyle

from ui.common.surfaces import reading_width


def column_width(area: QAbstractScrollArea) -> int:
    """The widest the text column of ``area`` gets, in pixels (its document margins too)."""
    document = getattr(area, "document", None)
    margin = 0.0
    if callable(document):
        margin = float(document().documentMargin())
    return reading_width(area) + int(2 * margin)


def fit_reading_column(area: QAbstractScrollArea) -> bool:
    """Centre ``area``'s text in a column at most :func:`column_width` wide.

    Call from the area's ``resizeEvent`` *before* the base class's (which lays the
    text out for the viewport's new width), and when its font changes
    (:func:`refit_reading_column`). The area's margins are painted with its text ground
    (``Base``), like the text itself. Returns whether the margins changed.
    """
    if area.backgroundRole() != QPalette.ColorRole.Base or not area.autoFillBackground():
        area.setBackgroundRole(QPalette.ColorRole.Base)
        area.setAutoFillBackground(True)
    available = area.contentsRect().width()
    if area.verticalScrollBarPolicy() != Qt.ScrollBarPolicy.ScrollBarAlwaysOff:
        # Room for the scroll bar whether or not it shows, so the text never jumps.
        available -= area.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, area)
    side = max(0, (available - column_width(area)) // 2)
    margins = area.viewportMargins()
    if margins.left() == side and margins.right() == side:
        return False
    area.setViewportMargins(side, 0, side, 0)
    return True


def refit_reading_column(area: QAbstractScrollArea) -> None:
    """After a font change: new margins, then the text laid out again for them."""
    if fit_reading_column(area):
        QCoreApplication.sendEvent(area, QResizeEvent(area.size(), area.size()))
