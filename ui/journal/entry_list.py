"""The entry list: a lazily fetched model over the repository, and how a row is drawn.

Rows come in keyset pages (newest first), so a journal of 100,000 entries opens as
fast as one of ten: the view asks for more (``canFetchMore``/``fetchMore``) only as
the person scrolls. Pages are read on the worker thread; a page that belongs to an
older filter (the person changed it meanwhile) is dropped.

Opening (or re-filtering) reads a short first page on its own and counts the matching
entries only once that page is shown: counting 100,000 rows takes longer than reading
a screenful, and the rows are what the person is waiting for.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, NamedTuple

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
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from ui.journal import jobs
from ui.journal.formatting import display_title, shown_tags, tr, when_text

if TYPE_CHECKING:
    from app.journal.model import Entry, EntryFilter, EntrySummary
    from ui.shell.session import Session

PAGE_SIZE = 200
# The first page only has to fill the list on a tall screen; the view fetches more if not.
FIRST_PAGE_SIZE = 50

ModelIndex = QModelIndex | QPersistentModelIndex

# Extra roles for the delegate and for tests.
IdRole = Qt.ItemDataRole.UserRole + 1
WhenRole = Qt.ItemDataRole.UserRole + 2
TagsRole = Qt.ItemDataRole.UserRole + 3
TherapyRole = Qt.ItemDataRole.UserRole + 4


class Row(NamedTuple):
    """One list row, already in the words shown: small, because there may be 100,000."""

    id: int
    title: str
    when: str
    tags: str
    therapy: bool

    @classmethod
    def of(cls, item: EntrySummary) -> Row:
        return cls(
            item.id,
            display_title(item.title, item.preview),
            when_text(item.created),
            shown_tags(item.tags),
            item.bring_to_therapy,
        )

    @classmethod
    def of_entry(cls, entry: Entry) -> Row:
        """A row for an entry just saved (so the row updates without a re-read)."""
        from app.journal.text import preview

        return cls(
            entry.id,
            display_title(entry.title, preview(entry.body)),
            when_text(entry.created),
            shown_tags(entry.tags),
            entry.bring_to_therapy,
        )

    def accessible_text(self) -> str:
        parts = [self.title, self.when]
        if self.tags:
            parts.append(tr("tags: {tags}").format(tags=self.tags))
        if self.therapy:
            parts.append(tr("to bring to therapy"))
        return ", ".join(parts)


def row_data(row: Row, role: int) -> Any:
    """What a view asks of a row, for the entry list and the trash alike."""
    if role == Qt.ItemDataRole.DisplayRole:
        return row.title
    if role == Qt.ItemDataRole.AccessibleTextRole:
        return row.accessible_text()
    if role == IdRole:
        return row.id
    if role == WhenRole:
        return row.when
    if role == TagsRole:
        return row.tags
    if role == TherapyRole:
        return row.therapy
    return None


class EntryListModel(QAbstractListModel):
    """Entries matching one filter, newest first, fetched page by page.

    Rows keep only what the list shows (see :class:`Row`), never the entry text: a
    100,000-entry journal scrolled end to end stays within the memory budget.
    """

    loaded = Signal()  # the first page of a (re)load arrived
    failed = Signal(str)  # a page could not be read: one line for the person
    total_changed = Signal(int)

    def __init__(
        self,
        session: Session,
        *,
        page_size: int = PAGE_SIZE,
        first_page_size: int = FIRST_PAGE_SIZE,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._page_size = page_size
        self._first_page_size = min(first_page_size, page_size)
        self._rows: list[Row] = []
        # The ids of _rows, in the same order: list.index finds an entry's row at C speed
        # among 100,000 (autosave asks for it after every save).
        self._ids: list[int] = []
        self._filter: EntryFilter | None = None
        self._cursor: tuple[str, int] | None = None
        self._exhausted = True
        self._loading = False
        self._generation = 0
        self._hint = 0  # the row last looked up by id (usually the open entry's)
        self.total: int | None = None
        self.pages_fetched = 0

    # ----- loading ---------------------------------------------------------------------

    def reload(self, entry_filter: EntryFilter) -> None:
        """Forget every row and start again from the newest entry matching ``entry_filter``."""
        self._generation += 1
        generation = self._generation
        self.beginResetModel()
        self._rows = []
        self._ids = []
        self._filter = entry_filter
        self._cursor = None
        self._exhausted = False
        self._loading = True
        self.pages_fetched = 0
        self.total = None
        self.endResetModel()
        size = self._first_page_size

        def counted(total: int) -> None:
            if generation != self._generation:
                return
            self.total = total
            self.total_changed.emit(total)

        def done(page: jobs.Page) -> None:
            if generation != self._generation:
                return
            self._loading = False
            self._append(page, size)
            self.loaded.emit()
            # Counted only now, so that right after unlocking the count does not compete
            # with building the window. One that fails only leaves the count unshown
            # (the session logs the error's type).
            self._session.submit(jobs.count(entry_filter), counted)

        self._session.submit(
            lambda vault: jobs.next_page(vault, entry_filter, None, size),
            done,
            lambda error: self._failed(generation, error),
        )

    def canFetchMore(self, parent: ModelIndex = QModelIndex()) -> bool:  # noqa: B008
        if parent.isValid():
            return False
        return not self._exhausted and not self._loading and self._filter is not None

    def fetchMore(self, parent: ModelIndex = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        assert self._filter is not None
        self._loading = True
        generation = self._generation
        entry_filter, cursor, size = self._filter, self._cursor, self._page_size

        def done(page: jobs.Page) -> None:
            if generation != self._generation:
                return
            self._loading = False
            self._append(page, size)

        self._session.submit(
            lambda vault: jobs.next_page(vault, entry_filter, cursor, size),
            done,
            lambda error: self._failed(generation, error),
        )

    def _append(self, page: jobs.Page, asked: int) -> None:
        self.pages_fetched += 1
        self._cursor = page.cursor
        if len(page.rows) < asked:
            self._exhausted = True
        if page.rows:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page.rows) - 1)
            self._rows.extend(Row.of(item) for item in page.rows)
            self._ids.extend(item.id for item in page.rows)
            self.endInsertRows()

    def _failed(self, generation: int, error: BaseException) -> None:
        if generation != self._generation:
            return
        self._loading = False
        self._exhausted = True
        self.failed.emit(
            tr("Your entries couldn't be read just now: {reason}").format(
                reason=str(error) or type(error).__name__
            )
        )

    def clear(self) -> None:
        """Drop every row (on lock): nothing from the journal stays in memory here."""
        self._generation += 1
        self.beginResetModel()
        self._rows = []
        self._ids = []
        self._filter = None
        self._cursor = None
        self._exhausted = True
        self._loading = False
        self.total = None
        self.endResetModel()

    def is_loading(self) -> bool:
        return self._loading

    # ----- rows ------------------------------------------------------------------------

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def row(self, number: int) -> Row:
        return self._rows[number]

    def row_of(self, entry_id: int) -> int:
        """The row showing ``entry_id`` among those fetched so far, or -1."""
        ids = self._ids
        if 0 <= self._hint < len(ids) and ids[self._hint] == entry_id:
            return self._hint
        try:
            self._hint = ids.index(entry_id)
        except ValueError:
            return -1
        return self._hint

    def update_entry(self, entry: Entry) -> None:
        """Show a just-saved entry's new title, tags or flag."""
        number = self.row_of(entry.id)
        if number < 0:
            return
        row = Row.of_entry(entry)
        if row == self._rows[number]:
            return  # nothing the list shows has changed (the usual autosave)
        self._rows[number] = row
        index = self.index(number)
        self.dataChanged.emit(index, index)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        return row_data(self._rows[index.row()], role)


class SummaryList(QAbstractListModel):
    """A short, fully loaded list (the trash); same roles as the entry list."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Row] = []

    def set_rows(self, rows: list[EntrySummary]) -> None:
        self.beginResetModel()
        self._rows = [Row.of(item) for item in rows]
        self.endResetModel()

    def clear(self) -> None:
        self.set_rows([])

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        return row_data(self._rows[index.row()], role)


class EntryDelegate(QStyledItemDelegate):
    """Two lines per entry: the title; then date, tags and the therapy mark, muted."""

    PADDING = 6

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont]:
        title = QFont(option.font)
        title.setBold(True)
        small = QFont(option.font)
        small.setPointSizeF(max(7.0, small.pointSizeF() * 0.9))
        return title, small

    def sizeHint(self, option: QStyleOptionViewItem, index: ModelIndex) -> QSize:
        title, small = self._fonts(option)
        height = QFontMetrics(title).height() + QFontMetrics(small).height() + 3 * self.PADDING
        return QSize(200, height)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: ModelIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        widget = option.widget  # type: ignore[attr-defined]
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)

        selected = bool(option.state & QStyle.StateFlag.State_Selected)  # type: ignore[attr-defined]
        palette = option.palette  # type: ignore[attr-defined]
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        main = palette.color(text_role)
        muted = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.PlaceholderText
        )
        title_font, small_font = self._fonts(option)
        rect: QRect = option.rect.adjusted(  # type: ignore[attr-defined]
            self.PADDING + 2, self.PADDING, -self.PADDING - 2, -self.PADDING
        )
        title_metrics = QFontMetrics(title_font)
        small_metrics = QFontMetrics(small_font)

        painter.save()
        therapy = bool(index.data(TherapyRole))
        mark = "\u2691 " if therapy else ""  # a small flag: "bring to therapy"
        painter.setFont(title_font)
        painter.setPen(main)
        title = title_metrics.elidedText(
            mark + str(index.data(Qt.ItemDataRole.DisplayRole) or ""),
            Qt.TextElideMode.ElideRight,
            rect.width(),
        )
        painter.drawText(
            QRect(rect.left(), rect.top(), rect.width(), title_metrics.height()),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            title,
        )
        second = str(index.data(WhenRole) or "")
        tags = str(index.data(TagsRole) or "")
        if tags:
            second += "  \u00b7  " + tags
        painter.setFont(small_font)
        painter.setPen(muted)
        top = rect.top() + title_metrics.height() + self.PADDING // 2
        painter.drawText(
            QRect(rect.left(), top, rect.width(), small_metrics.height()),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            small_metrics.elidedText(second, Qt.TextElideMode.ElideRight, rect.width()),
        )
        painter.restore()


class EntryTable(QTableView):
    """The entry list's view: a one-column table of :class:`EntryDelegate` rows.

    A table, not a QListView: QListView lays out every row again after each page
    arrives, asking the (Python) model about each one, which grows quadratically
    with 100,000 entries. A table's rows are fixed-height header sections.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setItemDelegate(EntryDelegate(self))
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
