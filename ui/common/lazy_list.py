"""Long lists read lazily in keyset pages, and the two-line rows they are drawn with.

The journal's entry list and the sessions module's lists share this. Rows come in
keyset pages (newest first), read on the worker thread, and the view asks for more
(``canFetchMore``/``fetchMore``) only as the person scrolls, so a list of 100,000 opens
as fast as one of ten. A page that belongs to an older load (the person changed the
filter meanwhile, or the list was cleared on lock) is dropped.

A list keeps only small rows already in the words shown, never the records they were
made from, and shows them in a one-column table whose rows are all one height.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, Protocol, TypeVar

from PySide6.QtCore import (
    QAbstractListModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QFontMetrics, QHelpEvent, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QToolTip,
    QWidget,
)

if TYPE_CHECKING:
    from app.vault.vault import Vault
    from ui.shell.session import Session

ModelIndex = QModelIndex | QPersistentModelIndex

# Where the next keyset page starts: the sort key and id of the last row read.
Cursor = tuple[str, int]

ItemT = TypeVar("ItemT")  # what a page holds: a summary as read from the vault
ItemT_co = TypeVar("ItemT_co", covariant=True)
RowT = TypeVar("RowT", bound="KeyedRow")  # what the list keeps of an item


def find_row(ids: Sequence[int], row_id: int, hint: int) -> int:
    """Where ``row_id`` stands in ``ids`` (-1 if nowhere). ``hint`` is checked first:
    the row asked for last is usually asked for again (the open entry, the selection).
    """
    if 0 <= hint < len(ids) and ids[hint] == row_id:
        return hint
    try:
        return ids.index(row_id)
    except ValueError:
        return -1


class KeyedRow(Protocol):
    """A row knows the id of what it shows (for ``row_of`` and the id role)."""

    @property
    def id(self) -> int: ...


class KeysetPage(Protocol[ItemT_co]):
    """One page as a job returns it: its items, and where the next page starts."""

    @property
    def rows(self) -> Sequence[ItemT_co]: ...

    @property
    def cursor(self) -> Cursor | None: ...


# Given where to start and how many to read: the read to run on the worker.
PageJob = Callable[[Cursor | None, int], Callable[["Vault"], KeysetPage[ItemT]]]


@dataclass(frozen=True)
class RowRules(Generic[ItemT, RowT]):
    """What a list says for itself: how items become rows (once a page), what a row
    answers for each role (``None`` for roles it has nothing for), and, in its own
    words, the one line for the person when a page could not be read."""

    make_rows: Callable[[Sequence[ItemT]], list[RowT]]
    row_data: Callable[[RowT, int], Any]
    failure_text: Callable[[BaseException], str]


class KeysetListModel(QAbstractListModel, Generic[ItemT, RowT]):
    """Rows read page by page from a :data:`PageJob`, or set whole by a subclass.

    ``rules`` say how the list's items look (:class:`RowRules`). Every reset starts a
    new generation: a page still on its way for an older one is dropped when it lands.
    """

    loaded = Signal()  # the first page of a load (or a whole list) arrived
    failed = Signal(str)  # a page could not be read: one line for the person

    def __init__(
        self,
        rules: RowRules[ItemT, RowT],
        *,
        page_size: int,
        first_page_size: int,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._rules = rules
        self._page_size = page_size
        # The first page only has to fill the list; the view fetches more if not.
        self._first_page_size = min(first_page_size, page_size)
        self._session: Session | None = None  # what the pages of this load are read through
        self._job: PageJob[ItemT] | None = None  # None: nothing more to fetch
        self._rows: list[RowT] = []
        # The ids of _rows, in the same order: list.index finds a row at C speed among
        # 100,000 (the journal's autosave asks for the open entry's after every save).
        self._ids: list[int] = []
        self._cursor: Cursor | None = None
        self._exhausted = True
        self._loading = False
        self._generation = 0
        self._hint = 0  # the row last looked up by id (usually the open record's)
        self.pages_fetched = 0

    # ----- what a subclass may add ------------------------------------------------------

    def _forget(self) -> None:
        """Drop whatever else belongs to the rows being replaced (called inside each reset,
        so views told of the reset never see it stale)."""

    # ----- loading ---------------------------------------------------------------------

    def _reset(self, rows: list[RowT], job: PageJob[ItemT] | None) -> int:
        """Show ``rows`` instead of every row so far, in a new generation; return it.

        With a ``job`` the list is loading its first page; without one it is complete.
        """
        self._generation += 1
        self.beginResetModel()
        self._rows = rows
        self._ids = [row.id for row in rows]
        self._job = job
        self._cursor = None
        self._exhausted = job is None
        self._loading = job is not None
        if job is not None:
            self.pages_fetched = 0
        self._forget()
        self.endResetModel()
        return self._generation

    def _load(
        self, session: Session, job: PageJob[ItemT], then: Callable[[], None] | None = None
    ) -> None:
        """Forget every row and read the first page of ``job`` through ``session``;
        ``then`` runs once that page is shown (and not if a newer load came first)."""
        self._session = session
        generation = self._reset([], job)
        size = self._first_page_size

        def done(page: KeysetPage[ItemT]) -> None:
            if generation != self._generation:
                return
            self._loading = False
            self._append(page, size)
            self.loaded.emit()
            # A slot of ``loaded`` may have started a newer load: its own ``then`` is due.
            if then is not None and generation == self._generation:
                then()

        session.submit(job(None, size), done, lambda error: self._failed(generation, error))

    def canFetchMore(self, parent: ModelIndex = QModelIndex()) -> bool:  # noqa: B008
        if parent.isValid():
            return False
        return not self._exhausted and not self._loading and self._job is not None

    def fetchMore(self, parent: ModelIndex = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent) or self._session is None or self._job is None:
            return
        self._loading = True
        generation, size = self._generation, self._page_size

        def done(page: KeysetPage[ItemT]) -> None:
            if generation != self._generation:
                return
            self._loading = False
            self._append(page, size)

        self._session.submit(
            self._job(self._cursor, size), done, lambda error: self._failed(generation, error)
        )

    def _append(self, page: KeysetPage[ItemT], asked: int) -> None:
        self.pages_fetched += 1
        self._cursor = page.cursor
        if len(page.rows) < asked:
            self._exhausted = True  # a short page is the last one
        if page.rows:
            rows = self._rules.make_rows(page.rows)
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
            self._rows.extend(rows)
            self._ids.extend(row.id for row in rows)
            self.endInsertRows()

    def _failed(self, generation: int, error: BaseException) -> None:
        if generation != self._generation:
            return
        self._loading = False
        # No retry on scrolling: the person is told once, and a reload starts afresh.
        self._exhausted = True
        self.failed.emit(self._rules.failure_text(error))

    def clear(self) -> None:
        """Drop every row (on lock): nothing read from the vault stays in memory here."""
        self._reset([], None)
        self._session = None

    def is_loading(self) -> bool:
        return self._loading

    # ----- rows ------------------------------------------------------------------------

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def row(self, number: int) -> RowT:
        return self._rows[number]

    def row_of(self, row_id: int) -> int:
        """The row showing ``row_id`` among those fetched so far, or -1."""
        found = find_row(self._ids, row_id, self._hint)
        if found >= 0:
            self._hint = found
        return found

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        return self._rules.row_data(self._rows[index.row()], role)


def split_two_lines(index: ModelIndex) -> tuple[str, str]:
    """The two lines of a plain list item whose text is "first line\nsecond line"."""
    first, _, second = str(index.data() or "").partition("\n")
    return first, second


class TwoLineDelegate(QStyledItemDelegate):
    """Two lines per row: the first bold, the second smaller and quieter, each cut short
    with an ellipsis at the row's width, in the palette's colours (selected or not).

    ``lines(index)`` gives the two lines; ``small_scale`` the second line's font size
    against the first's.
    """

    PADDING = 6

    def __init__(
        self,
        lines: Callable[[ModelIndex], tuple[str, str]],
        small_scale: float = 0.9,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._lines = lines
        self._small_scale = small_scale

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont]:
        title = QFont(option.font)
        title.setBold(True)
        small = QFont(option.font)
        small.setPointSizeF(max(7.0, small.pointSizeF() * self._small_scale))
        return title, small

    def sizeHint(self, option: QStyleOptionViewItem, index: ModelIndex) -> QSize:
        title, small = self._fonts(option)
        height = QFontMetrics(title).height() + QFontMetrics(small).height() + 3 * self.PADDING
        return QSize(200, height)

    def _text_rect(self, option: QStyleOptionViewItem) -> QRect:
        return option.rect.adjusted(
            self.PADDING + 2, self.PADDING, -self.PADDING - 2, -self.PADDING
        )

    def helpEvent(
        self,
        event: QHelpEvent,
        view: QAbstractItemView,
        option: QStyleOptionViewItem,
        index: ModelIndex,
    ) -> bool:
        """A row cut short (large text, a longer language, a narrow list) shows its two
        lines whole in a tooltip; one the model gives a tooltip of its own keeps it."""
        if event.type() != QEvent.Type.ToolTip or index.data(Qt.ItemDataRole.ToolTipRole):
            return super().helpEvent(event, view, option, index)
        title_font, small_font = self._fonts(option)
        width = self._text_rect(option).width()
        first, second = self._lines(index)
        if (
            QFontMetrics(title_font).horizontalAdvance(first) > width
            or QFontMetrics(small_font).horizontalAdvance(second) > width
        ):
            QToolTip.showText(event.globalPos(), f"{first}\n{second}".strip(), view)
        else:
            QToolTip.hideText()
        return True

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: ModelIndex) -> None:
        # The style draws the row's background, selection and focus; the text is ours.
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        widget = option.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)

        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette = option.palette
        main = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        muted = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.PlaceholderText
        )
        title_font, small_font = self._fonts(option)
        rect = self._text_rect(option)
        title_metrics = QFontMetrics(title_font)
        small_metrics = QFontMetrics(small_font)
        first, second = self._lines(index)

        painter.save()
        painter.setFont(title_font)
        painter.setPen(main)
        painter.drawText(
            QRect(rect.left(), rect.top(), rect.width(), title_metrics.height()),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            title_metrics.elidedText(first, Qt.TextElideMode.ElideRight, rect.width()),
        )
        painter.setFont(small_font)
        painter.setPen(muted)
        top = rect.top() + title_metrics.height() + self.PADDING // 2
        painter.drawText(
            QRect(rect.left(), top, rect.width(), small_metrics.height()),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            small_metrics.elidedText(second, Qt.TextElideMode.ElideRight, rect.width()),
        )
        painter.restore()


class TwoLineTable(QTableView):
    """A one-column table of :class:`TwoLineDelegate` rows, all one height.

    A table, not a QListView: QListView lays out every row again after each page
    arrives, asking the (Python) model about each one, which grows quadratically
    with 100,000 rows. A table's rows are fixed-height header sections.

    ``lines`` and ``small_scale`` make its :class:`TwoLineDelegate`.
    """

    def __init__(
        self,
        lines: Callable[[ModelIndex], tuple[str, str]],
        small_scale: float = 0.9,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setItemDelegate(TwoLineDelegate(lines, small_scale, self))
        self.setShowGrid(False)
        self.setCornerButtonEnabled(False)
        self.setWordWrap(False)
        self.setTabKeyNavigation(False)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.horizontalHeader().hide()
        self.horizontalHeader().setStretchLastSection(True)
        rows = self.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self._fit_row_height()

    def _fit_row_height(self) -> None:
        # Every row is as tall as the delegate's two lines in the table's font.
        option = QStyleOptionViewItem()
        option.initFrom(self)
        option.font = self.font()
        height = self.itemDelegate().sizeHint(option, QModelIndex()).height()
        self.verticalHeader().setMinimumSectionSize(1)
        self.verticalHeader().setDefaultSectionSize(height)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_row_height()
