"""The timeline's list: a model that reads pages on the worker as the person scrolls,
and the table that draws each row with its day beside it.

:class:`TimelineModel` is our own ``QAbstractListModel`` with ``canFetchMore`` /
``fetchMore`` (as ``ui/common/lazy_list.py``'s keyset lists): the first page is read
when the list opens, and the view asks for the next one only when the person scrolls
near the end, so a vault of 100,000 entries opens as fast as one of ten and scrolling
to its first day reads one page at a time (``app/timeline/paging.py``). A page that
lands for an older load (the filter changed, the vault changed, the list was emptied
on lock) is dropped.

Rows keep only the words shown (:class:`Row`), never the items they were made from.
The day is drawn in its own column on the first row of each day, with a line above it,
so the days read like headings while every row stays one height (a table's fixed rows,
not a QListView that lays out every row again as pages arrive).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any, NamedTuple

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from app.timeline import Cursor, TimelineFilter, TimelinePage, read_page
from ui.common import theme
from ui.common.design import TYPE
from ui.common.lazy_list import TwoLineTable
from ui.timeline import words
from ui.timeline.words import tr

if TYPE_CHECKING:
    from app.platform.contributions import TimelineItem
    from app.vault.vault import Vault
    from ui.shell.session import Session

ModelIndex = QModelIndex | QPersistentModelIndex

# Items read at a time once the list is open; the first page only fills the screen.
PAGE_SIZE = 200
FIRST_PAGE_SIZE = 60
# After a change, at most this many rows are read again in one go (then as scrolled).
MAX_REFRESH = 1000

DayRole = Qt.ItemDataRole.UserRole + 1  # the day's words ("Today", "Tue 4 Mar")
DayStartRole = Qt.ItemDataRole.UserRole + 2  # True on the first row of a day
SecondLineRole = Qt.ItemDataRole.UserRole + 3
FlaggedRole = Qt.ItemDataRole.UserRole + 4
TargetRole = Qt.ItemDataRole.UserRole + 5  # (module id, ref) the row leads to
KeyRole = Qt.ItemDataRole.UserRole + 6  # (module, kind, ref): which item it is


class Row(NamedTuple):
    """One item in the words shown: small, because there may be 100,000 of them."""

    key: tuple[str, str, str]
    day: date
    first: str
    second: str
    flagged: bool
    target: tuple[str, str]

    @classmethod
    def of(cls, item: TimelineItem) -> Row:
        first, second = words.item_lines(item)
        return cls(
            (item.module, item.kind, item.ref),
            item.day,
            first,
            second,
            item.flagged,
            words.jump_target(item),
        )


def _page_job(
    wanted: TimelineFilter, cursor: Cursor | None, size: int
) -> Callable[[Vault], TimelinePage]:
    return lambda vault: read_page(vault.connection, wanted, cursor, size)


class TimelineModel(QAbstractListModel):
    """The items one filter shows, newest first, read a page at a time."""

    loaded = Signal()  # the first page of a load (or of a refresh) is in
    failed = Signal(str)  # a page could not be read: one line for the person

    def __init__(
        self,
        session: Session,
        *,
        today: Callable[[], date] = date.today,
        page_size: int = PAGE_SIZE,
        first_page_size: int = FIRST_PAGE_SIZE,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._today_fn = today
        self._today = today()
        self._page_size = max(1, page_size)
        self._first_page_size = max(1, min(first_page_size, page_size))
        self._rows: list[Row] = []
        self._filter: TimelineFilter | None = None
        self._cursor: Cursor | None = None
        self._loading = False
        self._generation = 0
        self.pages_fetched = 0

    # ----- loading -----------------------------------------------------------------------

    def current_filter(self) -> TimelineFilter | None:
        return self._filter

    def is_loading(self) -> bool:
        return self._loading

    def reload(self, wanted: TimelineFilter) -> None:
        """Forget every row and read the first page ``wanted`` shows."""
        self._generation += 1
        generation = self._generation
        self._filter = wanted
        self._today = self._today_fn()
        self.beginResetModel()
        self._rows = []
        self._cursor = None
        self._loading = True
        self.pages_fetched = 0
        self.endResetModel()
        size = self._first_page_size

        def done(page: TimelinePage) -> None:
            if generation != self._generation:
                return
            self._loading = False
            self._append(page)
            self.loaded.emit()

        self._session.submit(
            _page_job(wanted, None, size), done, lambda error: self._failed(generation, error)
        )

    def refresh(self) -> None:
        """Read again the rows shown so far (the vault changed) and swap them in at once,
        so the list keeps its place; the rows beyond them are read as scrolled."""
        if self._filter is None:
            return
        self._generation += 1
        generation = self._generation
        wanted = self._filter
        size = min(MAX_REFRESH, max(self._first_page_size, len(self._rows)))
        self._loading = True

        def done(page: TimelinePage) -> None:
            if generation != self._generation:
                return
            self._loading = False
            self._today = self._today_fn()
            self.beginResetModel()
            self._rows = [Row.of(item) for item in page.items]
            self._cursor = page.cursor
            self.endResetModel()
            self.loaded.emit()

        self._session.submit(
            _page_job(wanted, None, size), done, lambda error: self._failed(generation, error)
        )

    def canFetchMore(self, parent: ModelIndex = QModelIndex()) -> bool:  # noqa: B008
        if parent.isValid():
            return False
        return self._cursor is not None and not self._loading and self._filter is not None

    def fetchMore(self, parent: ModelIndex = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent) or self._filter is None:
            return
        self._loading = True
        generation = self._generation

        def done(page: TimelinePage) -> None:
            if generation != self._generation:
                return
            self._loading = False
            self._append(page)

        self._session.submit(
            _page_job(self._filter, self._cursor, self._page_size),
            done,
            lambda error: self._failed(generation, error),
        )

    def _append(self, page: TimelinePage) -> None:
        self.pages_fetched += 1
        self._cursor = page.cursor
        if not page.items:
            return
        rows = [Row.of(item) for item in page.items]
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
        self._rows.extend(rows)
        self.endInsertRows()

    def _failed(self, generation: int, error: BaseException) -> None:
        if generation != self._generation:
            return
        self._loading = False
        self._cursor = None  # no retry on scrolling: the person is told once
        self.failed.emit(words.failure_text(error))

    def clear(self) -> None:
        """Drop every row (on lock): nothing read from the vault stays here."""
        self._generation += 1
        self.beginResetModel()
        self._rows = []
        self._cursor = None
        self._filter = None
        self._loading = False
        self.endResetModel()

    # ----- rows --------------------------------------------------------------------------

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def row(self, number: int) -> Row:
        return self._rows[number]

    def row_of(self, key: tuple[str, str, str]) -> int:
        """The row showing the item ``key`` among those read so far, or -1."""
        for number, row in enumerate(self._rows):
            if row.key == key:
                return number
        return -1

    def starts_day(self, number: int) -> bool:
        return number == 0 or self._rows[number - 1].day != self._rows[number].day

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        number = index.row()
        row = self._rows[number]
        if role == Qt.ItemDataRole.DisplayRole:
            return row.first
        if role == SecondLineRole:
            return row.second
        if role == DayRole:
            return words.day_text(row.day, self._today)
        if role == DayStartRole:
            return self.starts_day(number)
        if role == FlaggedRole:
            return row.flagged
        if role == TargetRole:
            return row.target
        if role == KeyRole:
            return row.key
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return ", ".join(
                (words.long_day_text(row.day), row.first.removeprefix(words.FLAG), row.second)
            )
        if role == Qt.ItemDataRole.ToolTipRole:
            return words.long_day_text(row.day)
        return None


class TimelineDelegate(QStyledItemDelegate):
    """A row: the day on the left (on a day's first row only, with a line above it),
    then two lines: what it is (bold), and its kind, time and details (quieter)."""

    PADDING = 6
    GAP = 2

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont, QFont]:
        base = QFont(option.font)
        day = QFont(base)
        day.setBold(True)
        first = QFont(base)
        first.setBold(True)
        second = QFont(base)
        second.setPointSizeF(max(7.0, second.pointSizeF() * TYPE.secondary.scale))
        return day, first, second

    def day_width(self, option: QStyleOptionViewItem) -> int:
        """Wide enough for a long day ("Wed 30 Sep 2026") in the person's language."""
        metrics = QFontMetrics(self._fonts(option)[0])
        sample = words.day_text(date(2026, 9, 30), date(2000, 1, 1))
        return metrics.horizontalAdvance(sample) + metrics.averageCharWidth() * 3

    def sizeHint(self, option: QStyleOptionViewItem, index: ModelIndex) -> QSize:
        _day, first, second = self._fonts(option)
        height = QFontMetrics(first).height() + QFontMetrics(second).height()
        return QSize(300, height + self.GAP + 2 * self.PADDING)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: ModelIndex) -> None:
        # The style draws the row's background, selection and focus; the words are ours.
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        widget = option.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)

        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette: QPalette = option.palette
        colours = theme.current()
        if selected:
            main = palette.color(QPalette.ColorRole.HighlightedText)
            quiet = QColor(main)
        else:
            main = palette.color(QPalette.ColorRole.Text)
            quiet = QColor(colours.text_secondary)
        rect: QRect = option.rect
        day_font, first_font, second_font = self._fonts(option)
        day_width = self.day_width(option)
        painter.save()
        if index.data(DayStartRole) and index.row() > 0:
            painter.setPen(QPen(QColor(colours.border), 1))
            painter.drawLine(rect.left(), rect.top(), rect.right(), rect.top())
        inner = rect.adjusted(self.PADDING + 2, self.PADDING, -self.PADDING - 2, -self.PADDING)
        first_metrics = QFontMetrics(first_font)
        if index.data(DayStartRole):
            painter.setFont(day_font)
            painter.setPen(main)
            painter.drawText(
                QRect(inner.left(), inner.top(), day_width, first_metrics.height()),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                QFontMetrics(day_font).elidedText(
                    str(index.data(DayRole) or ""), Qt.TextElideMode.ElideRight, day_width
                ),
            )
        left = inner.left() + day_width + self.PADDING
        width = max(0, inner.right() - left)
        top = inner.top()
        lines = (
            (str(index.data(Qt.ItemDataRole.DisplayRole) or ""), first_font, main),
            (str(index.data(SecondLineRole) or ""), second_font, quiet),
        )
        for text, font, colour in lines:
            metrics = QFontMetrics(font)
            painter.setFont(font)
            painter.setPen(colour)
            painter.drawText(
                QRect(left, top, width, metrics.height()),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                metrics.elidedText(text, Qt.TextElideMode.ElideRight, width),
            )
            top += metrics.height() + self.GAP
        painter.restore()


class TimelineTable(TwoLineTable):
    """The list: one-height rows, Enter or a double click opens the item where it lives
    (``open_requested``), Home and End go to the newest and to the oldest read so far
    (End keeps reading pages as the view reaches them)."""

    open_requested = Signal(QModelIndex)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(lambda index: ("", ""), 0.9, parent)
        old = self.itemDelegate()
        self.setItemDelegate(TimelineDelegate(self))
        old.deleteLater()
        self._fit_row_height()
        self.setObjectName("timeline-list")
        self.setAccessibleName(tr("Timeline, newest first"))
        self.setAccessibleDescription(tr("Press Enter to open the chosen item where it lives."))
        self.activated.connect(self.open_requested.emit)
        # Scrolling moves the painted rows as they are; the day pinned at the top must
        # be drawn afresh wherever the rows land.
        self.verticalScrollBar().valueChanged.connect(lambda _v: self.viewport().update())

    def paintEvent(self, event: Any) -> None:
        super().paintEvent(event)
        self._paint_pinned_day()

    def _paint_pinned_day(self) -> None:
        """The day of the row at the top, pinned there (quieter than a day's heading)
        when that row is not its day's first or is partly scrolled away: a long day
        scrolled into the middle still says which day it is."""
        top = self.indexAt(self.viewport().rect().topLeft())
        if not top.isValid():
            return
        rect = self.visualRect(top)
        if top.data(DayStartRole) and rect.top() >= 0:
            return
        delegate = self.itemDelegate()
        if not isinstance(delegate, TimelineDelegate):
            return
        option = QStyleOptionViewItem()
        option.initFrom(self)
        day_font, first_font, _second = delegate._fonts(option)
        width = delegate.day_width(option)
        height = QFontMetrics(first_font).height()
        pad = TimelineDelegate.PADDING
        band = QRect(0, 0, width + 2 * pad + 2, height + 2 * pad)
        model = self.model()
        below = model.index(top.row() + 1, 0) if model is not None else QModelIndex()
        if below.isValid() and below.data(DayStartRole):
            # The next day's heading pushes this one up rather than sitting under it.
            band.translate(0, min(0, self.visualRect(below).top() - band.height()))
        painter = QPainter(self.viewport())
        try:
            painter.fillRect(band, self.palette().color(QPalette.ColorRole.Base))
            painter.setFont(day_font)
            painter.setPen(QColor(theme.current().text_secondary))
            text = str(top.data(DayRole) or "")
            painter.drawText(
                QRect(pad + 2, band.top() + pad, width, height),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                QFontMetrics(day_font).elidedText(text, Qt.TextElideMode.ElideRight, width),
            )
        finally:
            painter.end()

    def keyboardSearch(self, search: str) -> None:
        # Matching typed letters would read every page of a long timeline.
        return None

    def focusInEvent(self, event: Any) -> None:
        super().focusInEvent(event)
        from ui.journal.entry_list import select_current

        model = self.model()
        if not self.currentIndex().isValid() and model is not None and model.rowCount():
            self.setCurrentIndex(model.index(0, 0))
        select_current(self)

    def moveCursor(
        self, action: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier
    ) -> QModelIndex:
        model = self.model()
        rows = model.rowCount() if model is not None else 0
        moves = QAbstractItemView.CursorAction
        if rows and action == moves.MoveHome:
            return model.index(0, 0)
        if rows and action == moves.MoveEnd:
            # The next page is asked for; when it is already in, End goes to its end.
            if model.canFetchMore(QModelIndex()):
                model.fetchMore(QModelIndex())
            return model.index(model.rowCount() - 1, 0)
        return super().moveCursor(action, modifiers)
