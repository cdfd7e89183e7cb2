"""The therapist packet laid out as a paginated ``QTextDocument``: the one layout the
PDF, the printer and the wizard's preview all draw.

Everything is inserted with ``QTextCursor`` as plain text, never as HTML: the
person's words are never parsed as markup. Each line of a paragraph, and each table
cell, is a block of its own, so its direction (right to left or left to right)
follows its own first strong character, and a direction control in one piece of text
cannot reach the next.

Charts are vector drawings: a custom text object (:class:`ChartObject`) painted by
:class:`ui.common.chart.ChartRenderer` on whatever painter draws the document (a PDF,
a printer, the screen); never a bitmap.

:func:`lay_out` returns a :class:`Laid`: the document, and a :class:`PlaceMap` from
document positions to the packet's pieces of text (:class:`app.exchange.document.Place`)
and back, which the preview uses to turn a selection into a blacked-out span.

- ``preview=False``: the caller passes the packet as it is written (choices already
  applied). This is what the PDF and the printer draw.
- ``preview=True``: the caller passes the original packet and the choices; left-out
  sections and items are dimmed and struck through with a "Left out" marker, and
  blacked-out spans keep their text but are drawn black on black. Every piece of text
  stays at the same document position whatever the choices (the markers are objects
  of zero width when not needed), so :meth:`Laid.show_choices` can restyle in place.

Document units are 96-dpi pixels: fonts are sized in those pixels and the layout
uses design metrics, so it is the same whatever the screen, and scales exactly to a
300-dpi PDF or a 600-dpi printer.

Everything here is content from the vault: never logged, never written anywhere.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from itertools import pairwise
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, QMarginsF, QObject, QRect, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QPageLayout,
    QPageSize,
    QPainter,
    QPen,
    QPyTextObject,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextDocumentFragment,
    QTextFormat,
    QTextFrameFormat,
    QTextLength,
    QTextTableCellFormat,
    QTextTableFormat,
)

from app.exchange.document import (
    Choices,
    ItemKey,
    Packet,
    Place,
    apply_choices,
    paragraph_item,
    row_item,
)
from app.exchange.sections import SUMMARY
from app.exchange.wording import NOTHING, SUMMARY_TITLE, TITLE, Wording
from app.platform.contributions import Chart, PacketSection, Paragraph, Table
from ui.common.chart import ChartData, ChartRenderer, ChartTheme, Series, Span


def tr(text: str) -> str:
    return QCoreApplication.translate("PacketLayout", text)


# ----- paper ------------------------------------------------------------------------

# Where Letter is the usual paper (CLDR's paperSize data); A4 everywhere else.
_LETTER_TERRITORIES = frozenset(
    {
        QLocale.Country.Belize,
        QLocale.Country.Canada,
        QLocale.Country.Chile,
        QLocale.Country.Colombia,
        QLocale.Country.CostaRica,
        QLocale.Country.ElSalvador,
        QLocale.Country.Guatemala,
        QLocale.Country.Mexico,
        QLocale.Country.Nicaragua,
        QLocale.Country.Panama,
        QLocale.Country.Peru,
        QLocale.Country.Philippines,
        QLocale.Country.PuertoRico,
        QLocale.Country.UnitedStates,
        QLocale.Country.Venezuela,
    }
)

# Page margins on every side, and the footer's baseline above the paper's bottom edge.
MARGIN_MM = 18.0
FOOTER_MM = 10.0

# The document's units: 96-dpi pixels.
DOCUMENT_DPI = 96


def paper_for_locale(locale: QLocale | None = None) -> QPageSize.PageSizeId:
    """Letter for the United States, Canada, Mexico, the Philippines and the other
    Letter countries; A4 everywhere else. ``None`` is the default locale."""
    territory = (locale if locale is not None else QLocale()).territory()
    if territory in _LETTER_TERRITORIES:
        return QPageSize.PageSizeId.Letter
    return QPageSize.PageSizeId.A4


def page_layout(paper: QPageSize.PageSizeId) -> QPageLayout:
    """Portrait ``paper`` with :data:`MARGIN_MM` on every side, painted from the
    paper's corner (the footer goes in the bottom margin)."""
    layout = QPageLayout(
        QPageSize(paper),
        QPageLayout.Orientation.Portrait,
        QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
        QPageLayout.Unit.Millimeter,
    )
    layout.setMode(QPageLayout.Mode.FullPageMode)
    return layout


def body_size(layout: QPageLayout) -> QSizeF:
    """The text area of one page (inside the margins) in document units."""
    full = layout.fullRectPoints()
    margins = layout.margins(QPageLayout.Unit.Point)
    scale = DOCUMENT_DPI / 72.0
    return QSizeF(
        (full.width() - margins.left() - margins.right()) * scale,
        (full.height() - margins.top() - margins.bottom()) * scale,
    )


# ----- looks (paper is always light: these are print colours) -----------------------

INK = QColor("#1a1a1a")
MUTED = QColor("#555555")
DIMMED = QColor("#9a9a9a")
RULE = QColor("#8c8c8c")
HEADER_FILL = QColor("#eeeeee")
BLACK = QColor("#000000")
PAPER = QColor("#ffffff")

BODY_PT = 10.5
SMALL_PT = 9.0


def base_font(point_size: float = BODY_PT, bold: bool = False) -> QFont:
    """The packet's font at ``point_size`` points of the device it is drawn on (for
    what is painted straight on the device: charts, the footer)."""
    font = QFont()
    font.setStyleHint(QFont.StyleHint.SansSerif)
    font.setPointSizeF(point_size)
    font.setBold(bold)
    return font


def document_font(point_size: float = BODY_PT, bold: bool = False) -> QFont:
    """The packet's font in the document: sized in document pixels (96 to the inch),
    so the layout is the same whatever the screen's resolution, and scales exactly."""
    font = base_font(point_size, bold)
    font.setPixelSize(round(point_size * DOCUMENT_DPI / 72.0))
    return font


def _char(point_size: float = BODY_PT, bold: bool = False, colour: QColor = INK) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setFont(
        document_font(point_size, bold),
        QTextCharFormat.FontPropertiesInheritanceBehavior.FontPropertiesAll,
    )
    fmt.setForeground(QBrush(colour))
    return fmt


def _block(
    top: float = 0.0,
    bottom: float = 6.0,
    indent: float = 0.0,
    align: Qt.AlignmentFlag | None = None,
) -> QTextBlockFormat:
    fmt = QTextBlockFormat()
    fmt.setTopMargin(top)
    fmt.setBottomMargin(bottom)
    if indent:
        fmt.setLeftMargin(indent)
    if align is not None:
        fmt.setAlignment(align)
    return fmt


# ----- the person's text, shown as written ------------------------------------------

# Line breaks in the person's text become block breaks (one position each, like the
# character they replace), so each line takes its own direction, as in Unicode's
# bidirectional algorithm. Characters Qt reads as frame or object markers, and other
# control characters, become harmless ones of the same length (in UTF-16 units), so
# document positions still map one to one onto the text.
_BREAK = "\n"
_TRANSLATE = {
    **{code: " " for code in (*range(0x00, 0x09), *range(0x0E, 0x20), 0x7F)},
    0x0B: _BREAK,
    0x0C: _BREAK,
    0x0D: _BREAK,
    0x2028: _BREAK,
    0x2029: _BREAK,
    0xFDD0: "\ufffd",
    0xFDD1: "\ufffd",
    0xFFFC: "\ufffd",
}
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")
_WIDE = re.compile("[\U00010000-\U0010ffff]")

# A line longer than this is broken into blocks at a space (the space becomes the
# break): Qt lays out and draws a block whole, so one block of megabytes would be
# shaped again for every page it is drawn on.
LONG_LINE = 3000


def shown(text: str) -> str:
    """``text`` as it goes into the document (before the breaks become blocks): the
    same length in UTF-16 units, every line break a single ``\\n``."""
    text = text.replace("\r\n", " \n")
    text = text.translate(_TRANSLATE)
    if _LONE_SURROGATE.search(text):
        text = _LONE_SURROGATE.sub("\ufffd", text)
    return text


def pieces(text: str, limit: int = LONG_LINE) -> list[tuple[str, bool]]:
    """``shown(text)`` cut into the blocks it is laid out in: (piece, starts a line).
    Each cut takes the one character (a line break or a space) it is made at."""
    out: list[tuple[str, bool]] = []
    for line in shown(text).split(_BREAK):
        start, new_line = 0, True
        while len(line) - start > limit:
            cut = line.rfind(" ", start + limit // 2, start + limit)
            if cut < 0:
                cut = line.find(" ", start + limit)
            if cut < 0:
                break
            out.append((line[start:cut], new_line))
            start, new_line = cut + 1, False
        out.append((line[start:], new_line))
    return out


def utf16_length(text: str) -> int:
    if not _WIDE.search(text):
        return len(text)
    return len(text.encode("utf-16-le", "surrogatepass")) // 2


def to_utf16(text: str, offset: int) -> int:
    """A code-point offset in ``text`` as a UTF-16 offset (document positions)."""
    offset = max(0, min(len(text), offset))
    return utf16_length(text[:offset])


def from_utf16(text: str, units: int) -> int:
    """A UTF-16 offset in ``text`` as a code-point offset (half a pair rounds down)."""
    if not _WIDE.search(text):
        return max(0, min(len(text), units))
    encoded = text.encode("utf-16-le", "surrogatepass")[: 2 * max(0, units)]
    return len(encoded.decode("utf-16-le", "ignore"))


# Only the first few thousand characters are looked at for the direction.
_DIRECTION_SCAN = 4096


def direction_of(text: str) -> Qt.LayoutDirection | None:
    """Right to left when the first strong character is Hebrew, Arabic and the like;
    left to right when it is Latin and the like; None when there is none."""
    for character in text[:_DIRECTION_SCAN]:
        kind = unicodedata.bidirectional(character)
        if kind == "L":
            return Qt.LayoutDirection.LeftToRight
        if kind in ("R", "AL"):
            return Qt.LayoutDirection.RightToLeft
    return None


def _with_direction(fmt: QTextBlockFormat, text: str) -> QTextBlockFormat:
    direction = direction_of(text)
    if direction is not None:
        fmt = QTextBlockFormat(fmt)
        fmt.setLayoutDirection(direction)
    return fmt


# ----- custom objects: charts and "left out" markers ----------------------------------

CHART_OBJECT = QTextFormat.ObjectTypes.UserObject + 1
MARKER_OBJECT = QTextFormat.ObjectTypes.UserObject + 2
# Properties on an object's character format.
CHART_INDEX = QTextFormat.Property.UserProperty + 1
LEFT_OUT = QTextFormat.Property.UserProperty + 2

# The room a heading needs below it on its page, or it moves to the next page (about
# three lines of text; Qt has no "keep with next").
KEEP_ROOM = 58.0

# A chart's height for its width, and at most (document units).
CHART_RATIO = 0.42
CHART_MAX_HEIGHT = 300.0
CHART_PT = 8.0


def _nice_step(extent: float, whole: bool) -> float:
    """About five lines across ``extent``: 1, 2 or 5 times a power of ten."""
    if extent <= 0:
        return 1.0
    raw = extent / 5
    magnitude = 10 ** int(f"{raw:e}".split("e")[1])
    for nice in (1, 2, 2.5, 5, 10):
        step = nice * magnitude
        if step >= raw and (not whole or float(step).is_integer()):
            return float(step)
    return float(10 * magnitude)


def _series(label: str, points: Sequence[tuple[date, float]]) -> Series:
    """One line of a packet chart. Day-by-day figures keep their gaps (a day without a
    check-in is a gap, as in the window); sparser points (weekly averages, scores
    every few weeks) are joined, each standing for the days since the one before."""
    ordered = sorted((day, float(value)) for day, value in points)
    values = dict(ordered)
    days = sorted(values)
    gaps = [(b - a).days for a, b in pairwise(days)]
    if not gaps or min(gaps) <= 1:
        return Series(label, values)
    spans = {
        day: Span((days[i - 1] + timedelta(days=1)) if i else day, day, values[day], values[day])
        for i, day in enumerate(days)
    }
    return Series(label, values, spans)


def chart_data(chart: Chart, start: date, end: date, wording: Wording) -> ChartData:
    """A packet chart as the chart widget's data, its words translated."""
    series = tuple(_series(wording.translate(line.label), line.points) for line in chart.lines)
    y_min, y_max = chart.y_min, chart.y_max
    if not y_max > y_min:
        y_max = y_min + 1.0
    return ChartData(
        start=start,
        end=end,
        series=series,
        y_min=y_min,
        y_max=y_max,
        y_step=_nice_step(y_max - y_min, chart.whole_numbers),
        empty_text=wording.translate(NOTHING),
        whole_numbers=chart.whole_numbers,
    )


def _device_rect(painter: QPainter, rect: QRectF | QRect) -> QRectF:
    return painter.transform().mapRect(QRectF(rect))


class ChartObject(QPyTextObject):
    """Draws the packet's charts where the document has them, as vectors.

    The document is laid out in 96-dpi units and drawn scaled onto the device; the
    chart is painted in the device's own units (its fonts and lines measured there),
    so it is as sharp and its text as large on a 300-dpi PDF as on the screen.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.charts: list[ChartData] = []
        self.locale = QLocale()

    def add(self, data: ChartData) -> int:
        self.charts.append(data)
        return len(self.charts) - 1

    def intrinsicSize(self, doc: QTextDocument, pos: int, fmt: QTextFormat) -> QSizeF:
        width = doc.pageSize().width()
        if not width > 0:
            width = doc.textWidth() if doc.textWidth() > 0 else 600.0
        width = max(120.0, width - 2.0)
        return QSizeF(width, min(CHART_MAX_HEIGHT, width * CHART_RATIO))

    def drawObject(
        self,
        painter: QPainter,
        rect: QRectF | QRect,
        doc: QTextDocument,
        pos: int,
        fmt: QTextFormat,
    ) -> None:
        index = fmt.property(CHART_INDEX)
        if not isinstance(index, int) or not 0 <= index < len(self.charts):
            return
        target = _device_rect(painter, rect)
        painter.save()
        try:
            painter.resetTransform()
            painter.setFont(base_font(CHART_PT))
            ChartRenderer(self.charts[index], ChartTheme.for_print(), locale=self.locale).paint(
                painter, target
            )
            painter.setPen(QPen(RULE, 0))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(target)
            if fmt.boolProperty(LEFT_OUT):
                veil = QColor(255, 255, 255, 170)
                painter.fillRect(target, veil)
                painter.setPen(QPen(DIMMED, max(1.0, target.width() / 400)))
                painter.drawLine(target.topLeft(), target.bottomRight())
                painter.drawLine(target.bottomLeft(), target.topRight())
        finally:
            painter.restore()


class MarkerObject(QPyTextObject):
    """The "Left out" label before each item in the preview: nothing (zero width) when
    the item is kept, a small outlined label when it is left out."""

    def __init__(self, text: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.text = text

    def _metrics(self, doc: QTextDocument) -> QFontMetricsF:
        return QFontMetricsF(document_font(SMALL_PT, bold=True))

    def intrinsicSize(self, doc: QTextDocument, pos: int, fmt: QTextFormat) -> QSizeF:
        if not fmt.boolProperty(LEFT_OUT):
            return QSizeF(0.0, 0.0)
        fm = self._metrics(doc)
        return QSizeF(fm.horizontalAdvance(self.text) + 14.0, fm.height() + 2.0)

    def drawObject(
        self,
        painter: QPainter,
        rect: QRectF | QRect,
        doc: QTextDocument,
        pos: int,
        fmt: QTextFormat,
    ) -> None:
        rect = QRectF(rect)
        if not fmt.boolProperty(LEFT_OUT) or rect.width() <= 0:
            return
        painter.save()
        try:
            painter.setFont(document_font(SMALL_PT, bold=True))
            box = rect.adjusted(1, 1, -5, -1)
            painter.setPen(QPen(MUTED, 1))
            painter.setBrush(QColor("#f2f2f2"))
            painter.drawRoundedRect(box, 3, 3)
            painter.setPen(MUTED)
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, self.text)
        finally:
            painter.restore()


# ----- where things are -------------------------------------------------------------


class PlaceMap:
    """Document positions of the packet's pieces of text, items and sections.

    Offsets in a text are Python string offsets (code points, as
    :class:`app.exchange.document.Choices` counts them); document positions are Qt's
    (UTF-16 units). A position at the very end of a text still belongs to it, so the
    end of a selection maps too.
    """

    def __init__(self) -> None:
        self._starts: list[int] = []
        self._ends: list[int] = []
        self._places: list[Place] = []
        self._texts: list[str] = []
        self._index: dict[Place, int] = {}
        self._item_starts: list[int] = []
        self._item_ranges: list[tuple[int, int, ItemKey]] = []
        self._section_starts: list[int] = []
        self._section_ranges: list[tuple[int, int, str]] = []

    # Filled by the layout, in document order.

    def _add_place(self, place: Place, start: int, end: int, text: str) -> None:
        self._index[place] = len(self._places)
        self._starts.append(start)
        self._ends.append(end)
        self._places.append(place)
        self._texts.append(text)

    def _add_item(self, key: ItemKey, start: int, end: int) -> None:
        self._item_starts.append(start)
        self._item_ranges.append((start, end, key))

    def _add_section(self, section: str, start: int, end: int) -> None:
        self._section_starts.append(start)
        self._section_ranges.append((start, end, section))

    # Asked by the preview.

    @property
    def places(self) -> Sequence[Place]:
        return tuple(self._places)

    def text_of(self, place: Place) -> str:
        return self._texts[self._index[place]]

    def place_at(self, position: int) -> tuple[Place, int] | None:
        """The Place whose text holds ``position``, and the offset in that text."""
        i = bisect_right(self._starts, position) - 1
        if i < 0 or position > self._ends[i]:
            return None
        text = self._texts[i]
        return self._places[i], from_utf16(text, position - self._starts[i])

    def item_at(self, position: int) -> ItemKey | None:
        i = bisect_right(self._item_starts, position) - 1
        if i < 0:
            return None
        start, end, key = self._item_ranges[i]
        return key if start <= position <= end else None

    def section_at(self, position: int) -> str | None:
        i = bisect_right(self._section_starts, position) - 1
        if i < 0:
            return None
        start, end, section = self._section_ranges[i]
        return section if start <= position <= end else None

    def range_of(self, place: Place) -> tuple[int, int]:
        """The document positions of ``place``'s text (KeyError when it is not here)."""
        i = self._index[place]
        return self._starts[i], self._ends[i]

    def position(self, place: Place, offset: int) -> int:
        """The document position of code-point ``offset`` in ``place``'s text."""
        i = self._index[place]
        return self._starts[i] + to_utf16(self._texts[i], offset)

    def item_ranges(self) -> Iterable[tuple[int, int, ItemKey]]:
        return iter(self._item_ranges)


# ----- the laid-out document --------------------------------------------------------


@dataclass
class _Styled:
    """What the preview restyles: base formats and where each kind of text is."""

    body: QTextCharFormat
    heading: QTextCharFormat
    header: QTextCharFormat
    summary: QTextCharFormat
    chart_title: QTextCharFormat
    item_head: QTextCharFormat
    # The places set as their item's heading (bold).
    heads: set[Place] = field(default_factory=set)
    # (start, end, base format, section id) of the section headings.
    headings: list[tuple[int, int, str]] = field(default_factory=list)
    # (start, end, section id) of each summary line.
    summary_lines: list[tuple[int, int, str]] = field(default_factory=list)
    # (start, end, section, block) of each table header row.
    table_headers: list[tuple[int, int, str, int]] = field(default_factory=list)
    # (start, end, item) of each chart's title.
    chart_titles: list[tuple[int, int, ItemKey]] = field(default_factory=list)
    # (position, item) of each chart object.
    charts: list[tuple[int, ItemKey, int]] = field(default_factory=list)
    # (position, item or section id) of each "left out" marker.
    markers: list[tuple[int, ItemKey | str]] = field(default_factory=list)
    # The item each piece of the person's text belongs to.
    place_items: dict[Place, ItemKey] = field(default_factory=dict)
    # How each range is styled now (left out, blacked-out spans); missing: as built.
    applied: dict[tuple[str, Any], Any] = field(default_factory=dict)


@dataclass
class Laid:
    document: QTextDocument
    places: PlaceMap
    packet: Packet | None = field(default=None, repr=False)
    preview: bool = False
    # Kept alive with the document: its paint device and object painters.
    _keep: tuple[Any, ...] = field(default=(), repr=False)
    _styled: _Styled | None = field(default=None, repr=False)

    def show_choices(self, choices: Choices | None) -> None:
        """Restyle a preview for new choices in place (positions do not move)."""
        if not self.preview or self._styled is None or self.packet is None:
            raise ValueError("Only a preview shows choices.")
        _restyle(self, choices or Choices())


class _Builder:
    def __init__(self, packet: Packet, wording: Wording, preview: bool, page: QSizeF) -> None:
        self.packet = packet
        self.wording = wording
        self.preview = preview
        self.page = page
        self.places = PlaceMap()
        # Built in a document without a layout (see close()).
        doc = _new_document(page)
        self.doc = doc
        self.cursor = QTextCursor(doc)
        self.fresh = True  # the cursor stands in an empty block ready for text
        self.styled = _Styled(
            body=_char(),
            heading=_char(14.0, bold=True),
            header=_char(SMALL_PT, bold=True),
            summary=_char(),
            chart_title=_char(BODY_PT, bold=True),
            item_head=_char(BODY_PT, bold=True),
        )
        self.charts = ChartObject()
        self.markers = MarkerObject(tr("Left out"))
        # Headings to keep with what follows: (a position in the block, room needed).
        self.keeps: list[tuple[int, float]] = []

    # ----- pieces ---------------------------------------------------------------

    def new_block(self, block: QTextBlockFormat, char: QTextCharFormat) -> None:
        if self.fresh:
            self.cursor.setBlockFormat(block)
            self.cursor.setBlockCharFormat(char)
            self.cursor.setCharFormat(char)
            self.fresh = False
        else:
            self.cursor.insertBlock(block, char)

    def text(self, text: str, char: QTextCharFormat) -> tuple[int, int]:
        """Insert ``text`` in the current block (and more blocks for its further
        lines, in the current block's format); returns its document positions."""
        cursor = self.cursor
        start = cursor.position()
        parts = pieces(text)
        if len(parts) == 1:
            cursor.insertText(parts[0][0], char)
            return start, cursor.position()
        first = cursor.blockFormat()
        direction = direction_of(text)
        for number, (part, new_line) in enumerate(parts):
            fmt = QTextBlockFormat(first)
            if number:
                fmt.setTopMargin(0.0)
                fmt.setHeadingLevel(0)
                fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_Auto)
            if number < len(parts) - 1:
                fmt.setBottomMargin(0.0)
            if new_line:
                direction = direction_of(part) or direction_of(text)
            if direction is not None:
                fmt.setLayoutDirection(direction)
            if number:
                cursor.insertBlock(fmt, char)
            else:
                cursor.setBlockFormat(fmt)
            cursor.insertText(part, char)
        return start, cursor.position()

    def marker(self, key: ItemKey | str) -> None:
        if not self.preview:
            return
        fmt = QTextCharFormat()
        fmt.setObjectType(MARKER_OBJECT)
        fmt.setProperty(LEFT_OUT, False)
        self.styled.markers.append((self.cursor.position(), key))
        self.cursor.insertText("\ufffc", fmt)

    def line(self, text: str, char: QTextCharFormat, block: QTextBlockFormat) -> tuple[int, int]:
        self.new_block(_with_direction(block, text), char)
        return self.text(text, char)

    # ----- the document ---------------------------------------------------------

    def build(self) -> Laid:
        packet, wording = self.packet, self.wording
        title = _block(bottom=4.0)
        title.setHeadingLevel(1)
        self.line(wording.translate(TITLE), _char(20.0, bold=True), title)
        self.line(wording.period(packet.start, packet.end), _char(12.0), _block(bottom=2.0))
        self.line(wording.made(packet.made), _char(BODY_PT, colour=MUTED), _block(bottom=14.0))
        if packet.is_empty():
            self.line(wording.translate(NOTHING), self.styled.body, _block())
            return self.finish()
        summary_lines = [(s.id, line) for s in packet.sections for line in s.summary]
        if summary_lines:
            start = self.cursor.position()
            heading = _block(top=6.0, bottom=8.0)
            heading.setHeadingLevel(2)
            self.line(wording.translate(SUMMARY_TITLE), self.styled.heading, heading)
            for section_id, text in summary_lines:
                bullet = _block(bottom=4.0, indent=14.0)
                a, b = self.line(text, self.styled.summary, bullet)
                self.styled.summary_lines.append((a, b, section_id))
            self.places._add_section(SUMMARY, start, self.cursor.position())
        first = True
        for section in packet.sections:
            if not section.blocks:
                continue
            self.section(section, page_break=first and bool(summary_lines))
            first = False
        return self.finish()

    def section(self, section: PacketSection, page_break: bool) -> None:
        start = self.cursor.position() + (0 if self.fresh else 1)
        heading = _block(top=14.0, bottom=6.0)
        heading.setHeadingLevel(2)
        if page_break:
            heading.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
        title = self.wording.translate(section.title)
        self.new_block(_with_direction(heading, title), self.styled.heading)
        self.keeps.append((self.cursor.position(), KEEP_ROOM))
        self.marker(section.id)
        a, b = self.text(title, self.styled.heading)
        self.styled.headings.append((a, b, section.id))
        started: set[ItemKey] = set()
        for number, block in enumerate(section.blocks):
            if isinstance(block, Paragraph):
                following = section.blocks[number + 1] if number + 1 < len(section.blocks) else None
                key = paragraph_item(section.id, number, block)
                # The first of an item's paragraphs (an entry's day and title) is its
                # heading: bold, and kept with its words.
                head = (
                    key not in started
                    and isinstance(following, Paragraph)
                    and paragraph_item(section.id, number + 1, following) == key
                )
                self.paragraph(section.id, number, block, started, head)
            elif isinstance(block, Table):
                self.table(section.id, number, block)
            else:
                self.chart(section.id, number, block)
        self.places._add_section(section.id, start, self.cursor.position())

    def paragraph(
        self, section: str, number: int, block: Paragraph, started: set[ItemKey], head: bool
    ) -> None:
        key = paragraph_item(section, number, block)
        place = Place(section, number)
        char = self.styled.item_head if head else self.styled.body
        fmt = _block(top=10.0, bottom=3.0) if head else _block(bottom=6.0)
        self.new_block(_with_direction(fmt, block.text), char)
        item_start = self.cursor.position()
        if head:
            self.keeps.append((item_start, KEEP_ROOM))
            self.styled.heads.add(place)
        if key not in started:
            started.add(key)
            self.marker(key)
        a, b = self.text(block.text, char)
        self.places._add_place(place, a, b, block.text)
        self.styled.place_items[place] = key
        self.places._add_item(key, item_start, b)

    def table(self, section: str, number: int, block: Table) -> None:
        if not block.rows:
            return
        columns = max(len(block.header), *(len(row) for row in block.rows))
        if columns == 0:
            return
        self.new_block(_block(top=2.0, bottom=0.0), self.styled.body)
        fmt = QTextTableFormat()
        fmt.setHeaderRowCount(1)
        fmt.setBorder(0.6)
        fmt.setBorderBrush(QBrush(RULE))
        fmt.setBorderCollapse(True)
        fmt.setBorderStyle(QTextFrameFormat.BorderStyle.BorderStyle_Solid)
        fmt.setCellPadding(3.0)
        fmt.setCellSpacing(0.0)
        fmt.setBottomMargin(8.0)
        fmt.setWidth(QTextLength(QTextLength.Type.PercentageLength, 100))
        table = self.cursor.insertTable(len(block.rows) + 1, columns, fmt)
        cursor = self.cursor
        header_fill = QTextTableCellFormat()
        header_fill.setBackground(QBrush(HEADER_FILL))
        header_start = cursor.position()
        for column in range(columns):
            label = (
                self.wording.translate(block.header[column]) if column < len(block.header) else ""
            )
            table.cellAt(0, column).setFormat(header_fill)
            cursor.setBlockFormat(_with_direction(QTextBlockFormat(), label))
            self.text(label, self.styled.header)
            cursor.movePosition(QTextCursor.MoveOperation.NextCell)
        self.styled.table_headers.append((header_start, cursor.position() - 1, section, number))
        for r, row in enumerate(block.rows):
            key = row_item(section, number, r)
            row_start = cursor.position()
            for column in range(columns):
                text = row[column] if column < len(row) else ""
                if column == 0:
                    self.marker(key)
                start = cursor.position()
                if text:
                    cursor.setBlockFormat(_with_direction(QTextBlockFormat(), text))
                    self.text(text, self.styled.body)
                end = cursor.position()
                if column < len(row):
                    place = Place(section, number, r, column)
                    self.places._add_place(place, start, end, text)
                    self.styled.place_items[place] = key
                if column < columns - 1 or r < len(block.rows) - 1:
                    cursor.movePosition(QTextCursor.MoveOperation.NextCell)
            self.places._add_item(key, row_start, end)
        cursor.movePosition(QTextCursor.MoveOperation.End)
        self.fresh = True

    def chart(self, section: str, number: int, block: Chart) -> None:
        key = ItemKey(section, f"b{number}")
        title = self.wording.translate(block.title)
        self.new_block(_with_direction(_block(top=4.0, bottom=4.0), title), self.styled.chart_title)
        start = self.cursor.position()
        width = max(120.0, self.page.width() - 2.0)
        self.keeps.append((start, min(CHART_MAX_HEIGHT, width * CHART_RATIO) + 14.0))
        self.marker(key)
        a, b = self.text(title, self.styled.chart_title)
        self.styled.chart_titles.append((a, b, key))
        self.new_block(_block(bottom=10.0, align=Qt.AlignmentFlag.AlignHCenter), self.styled.body)
        index = self.charts.add(chart_data(block, self.packet.start, self.packet.end, self.wording))
        fmt = QTextCharFormat()
        fmt.setObjectType(CHART_OBJECT)
        fmt.setProperty(CHART_INDEX, index)
        fmt.setProperty(LEFT_OUT, False)
        position = self.cursor.position()
        self.cursor.insertText("\ufffc", fmt)
        self.styled.charts.append((position, key, index))
        self.places._add_item(key, start, position + 1)

    def finish(self) -> Laid:
        return Laid(
            document=self.doc,
            places=self.places,
            packet=self.packet,
            preview=self.preview,
            _keep=(self.charts, self.markers),
            _styled=self.styled if self.preview else None,
        )

    def close(self, laid: Laid) -> None:
        """Move the built document into one with a layout, in one go.

        Qt lays out a document piece by piece while it is edited if it has a layout
        (slowly, and tables then land in the wrong place), so the document is built
        without one. Making a layout for a document lays out its first part before
        the charts' painter can be registered, so instead the layout is made on an
        empty document, its painters registered, and the whole built document
        inserted at once: laid out once, with every position as built. (Nor is the
        building done in an edit block: a table's cells are found from a grid Qt
        refreshes only outside one.)"""
        final = _new_document(self.page)
        if self.preview:
            # The preview is a sheet of paper in any theme: its ink is print ink.
            paper = final.rootFrame().frameFormat()
            paper.setBackground(QBrush(PAPER))
            final.rootFrame().setFrameFormat(paper)
        layout = final.documentLayout()
        self.charts.setParent(final)
        self.markers.setParent(final)
        layout.registerHandler(CHART_OBJECT, self.charts)
        layout.registerHandler(MARKER_OBJECT, self.markers)
        QTextCursor(final).insertFragment(QTextDocumentFragment(self.doc))
        laid.document = final
        self.doc = final


def keep_with_next(document: QTextDocument, keeps: Sequence[tuple[int, float]]) -> int:
    """Move each heading that would end a page (less than its room left below it)
    to the next page, with the headings just above it (a section's heading stays
    with its chart's title); returns how many moves. Top to bottom, each looked at
    after the moves above it are laid out."""
    height = document.pageSize().height()
    if not height > 0 or height >= 1e8:
        return 0
    layout = document.documentLayout()
    kept = {document.findBlock(position).blockNumber() for position, _room in keeps}
    moved = 0
    for position, room in keeps:
        block = document.findBlock(position)
        rect = layout.blockBoundingRect(block)
        if not block.isValid() or rect.isNull():
            continue
        page = int(rect.top() // height)
        if (page + 1) * height - rect.bottom() >= room:
            continue
        # The first of the headings right above it on the same page moves, with it.
        first = block
        while first.previous().blockNumber() in kept:
            above = layout.blockBoundingRect(first.previous())
            if int(above.top() // height) != page:
                break
            first = first.previous()
        if layout.blockBoundingRect(first).top() - page * height < 2.0:
            continue  # already at the top of a page: moving would not help
        fmt = first.blockFormat()
        fmt.setPageBreakPolicy(
            fmt.pageBreakPolicy() | QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore
        )
        QTextCursor(first).setBlockFormat(fmt)
        moved += 1
    return moved


def _new_document(page: QSizeF) -> QTextDocument:
    doc = QTextDocument()
    doc.setUndoRedoEnabled(False)
    doc.setUseDesignMetrics(True)
    doc.setDocumentMargin(0)
    doc.setDefaultFont(document_font())
    doc.setPageSize(page)
    return doc


# ----- the preview's styles -----------------------------------------------------------


class _Styler:
    """Format changes in one edit block, so the layout runs once at the end."""

    def __init__(self, doc: QTextDocument) -> None:
        self.cursor = QTextCursor(doc)

    def __enter__(self) -> _Styler:
        self.cursor.beginEditBlock()
        return self

    def __exit__(self, *_exc: object) -> None:
        self.cursor.endEditBlock()

    def select(self, start: int, end: int) -> bool:
        if end <= start:
            return False
        self.cursor.setPosition(start)
        self.cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        return True

    def merge(self, start: int, end: int, fmt: QTextCharFormat) -> None:
        if self.select(start, end):
            self.cursor.mergeCharFormat(fmt)

    def set(self, start: int, end: int, fmt: QTextCharFormat) -> None:
        if self.select(start, end):
            self.cursor.setCharFormat(fmt)

    def flag(self, position: int, left_out: bool) -> None:
        """Mark the object at ``position`` (a chart or a marker) left out or not."""
        self.select(position, position + 1)
        fmt = self.cursor.charFormat()
        if fmt.boolProperty(LEFT_OUT) != left_out:
            fmt.setProperty(LEFT_OUT, left_out)
            self.cursor.setCharFormat(fmt)


def _left_out_format() -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setForeground(QBrush(DIMMED))
    fmt.setFontStrikeOut(True)
    return fmt


def _blacked_out_format() -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setForeground(QBrush(BLACK))
    fmt.setBackground(QBrush(BLACK))
    return fmt


def _restyle(laid: Laid, choices: Choices) -> None:
    """Style the preview for ``choices``, touching only what changed since the last
    time (all in one edit block, so the layout runs once, from the first change)."""
    styled, packet, places = laid._styled, laid.packet, laid.places
    assert styled is not None and packet is not None
    written = apply_choices(packet, choices)
    kept_sections = {s.id for s in written.sections}
    shown_sections = {s.id for s in written.sections if s.blocks}
    left_out = _left_out_format()
    blacked_out = _blacked_out_format()
    applied = styled.applied

    def item_out(key: ItemKey) -> bool:
        return key.section in choices.left_out_sections or key in choices.left_out_items

    def changed(key: tuple[str, Any], state: Any, default: Any = False) -> bool:
        if applied.get(key, default) == state:
            return False
        if state == default:
            applied.pop(key, None)
        else:
            applied[key] = state
        return True

    with _Styler(laid.document) as styler:

        def restyle(key: tuple[str, Any], a: int, b: int, base: QTextCharFormat, out: bool) -> None:
            if changed(key, out):
                styler.set(a, b, base)
                if out:
                    styler.merge(a, b, left_out)

        for number, (a, b, section) in enumerate(styled.headings):
            restyle(("heading", number), a, b, styled.heading, section not in shown_sections)
        for number, (a, b, section) in enumerate(styled.summary_lines):
            restyle(("summary", number), a, b, styled.summary, section not in kept_sections)
        for number, (a, b, section, block) in enumerate(styled.table_headers):
            # A table whose every row is left out goes, its header with it.
            rows = _table_rows(packet, section, block)
            out = all(item_out(row_item(section, block, r)) for r in range(len(rows)))
            restyle(("header", number), a, b, styled.header, out)
        for number, (a, b, key) in enumerate(styled.chart_titles):
            restyle(("chart title", number), a, b, styled.chart_title, item_out(key))
        for position, key, _index in styled.charts:
            if changed(("chart", position), item_out(key)):
                styler.flag(position, item_out(key))
        for position, marked in styled.markers:
            out = marked not in shown_sections if isinstance(marked, str) else item_out(marked)
            if changed(("marker", position), out):
                styler.flag(position, out)
        for place, key in styled.place_items.items():
            spans = tuple(
                (start, end) for start, end in choices.redactions.get(place, ()) if end > start
            )
            out = item_out(key)
            if not changed(("place", place), (out, spans), (False, ())):
                continue
            a, b = places.range_of(place)
            styler.set(a, b, styled.item_head if place in styled.heads else styled.body)
            if out:
                styler.merge(a, b, left_out)
            for start, end in spans:
                styler.merge(
                    places.position(place, start), places.position(place, end), blacked_out
                )


def _table_rows(packet: Packet, section: str, number: int) -> Sequence[tuple[str, ...]]:
    found = packet.section(section)
    if found is None or number >= len(found.blocks):
        return ()
    block = found.blocks[number]
    return block.rows if isinstance(block, Table) else ()


# ----- the entry point --------------------------------------------------------------


def lay_out(
    packet: Packet,
    wording: Wording,
    choices: Choices | None = None,
    preview: bool = False,
    *,
    paper: QPageSize.PageSizeId | None = None,
    page: QSizeF | None = None,
) -> Laid:
    """The packet as a paginated document (see the module's docstring).

    ``paper`` (default: :func:`paper_for_locale`) sets the page size; ``page`` gives
    the text area directly, in document units (the printer's own paper). Choices go
    only with ``preview=True``: a written document is laid out from the packet after
    :func:`app.exchange.document.apply_choices`.
    """
    if choices is not None and not preview:
        raise ValueError("Apply the choices to the packet first; only a preview takes them.")
    size = page if page is not None else body_size(page_layout(paper or paper_for_locale()))
    builder = _Builder(packet, wording, preview, size)
    laid = builder.build()
    if preview:
        _restyle(laid, choices or Choices())
    builder.close(laid)
    if not preview:
        keep_with_next(laid.document, builder.keeps)
    return laid


__all__ = [
    "Laid",
    "PlaceMap",
    "body_size",
    "lay_out",
    "page_layout",
    "paper_for_locale",
]
