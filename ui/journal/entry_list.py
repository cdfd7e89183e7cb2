"""The entry list: every matching entry as a row, each row's words read only when shown.

The model knows the whole list from the start, as the ids of the matching entries in
order (``EntryRepository.ids``: 8 bytes an entry, read from an index): its row count is
the number of entries, so the scroll bar stands for the whole journal, End goes to the
oldest entry and Home to the newest, and the open entry's row is known wherever it is.
What a row shows (title, the start of the text, date, tags) is read a page at a time,
on the worker thread, when the view first asks for one of its rows; a few pages are
kept (the most recently shown), so memory stays flat however far the person scrolls.

Opening (or re-filtering) reads a short first page on its own and the ids only once
that page is shown: listing 100,000 ids takes longer than reading a screenful (about
30 ms against 1 ms), and the rows are what the person is waiting for. A change to the
entries re-reads the ids and the pages in view, and swaps them in at once, so the list
keeps its place. Anything that lands for an older load is dropped.
"""

from __future__ import annotations

from array import array
from collections import OrderedDict
from typing import TYPE_CHECKING, Any, NamedTuple

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPoint,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QColor,
    QContextMenuEvent,
    QFont,
    QFontMetrics,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPalette,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QMenu,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from app.journal.display import isolated
from app.journal.model import EntrySummary
from app.journal.naming import after_name
from ui.common import theme
from ui.common.design import TYPE
from ui.common.lazy_list import ModelIndex, TwoLineDelegate, TwoLineTable, find_row
from ui.journal import jobs
from ui.journal.formatting import display_title, shown_tags, tr, when_text

if TYPE_CHECKING:
    from collections.abc import Callable

    from app.journal.model import Entry, EntryFilter
    from app.vault.vault import Vault
    from ui.shell.session import Session

# Rows read at a time once the list is open, and how many such pages are kept.
PAGE_SIZE = 200
CACHED_PAGES = 8
# The first page only has to fill the list on a tall screen.
FIRST_PAGE_SIZE = 50

# Extra roles for the delegate and for tests.
IdRole = Qt.ItemDataRole.UserRole + 1
WhenRole = Qt.ItemDataRole.UserRole + 2
TagsRole = Qt.ItemDataRole.UserRole + 3
TherapyRole = Qt.ItemDataRole.UserRole + 4
SnippetRole = Qt.ItemDataRole.UserRole + 5  # the start of the text, after the name
LoadedRole = Qt.ItemDataRole.UserRole + 6  # False while the row's words are on their way


class Row(NamedTuple):
    """One list row, already in the words shown: small, because there may be 100,000."""

    id: int
    title: str
    when: str
    tags: str
    therapy: bool
    snippet: str = ""

    @classmethod
    def of(cls, item: EntrySummary) -> Row:
        return cls(
            item.id,
            display_title(item.title, item.preview),
            when_text(item.created),
            shown_tags(item.tags),
            item.bring_to_therapy,
            isolated(after_name(item.title, item.preview)),
        )

    @classmethod
    def of_entry(cls, entry: Entry) -> Row:
        """A row for an entry just saved (so the row updates without a re-read)."""
        from app.journal.text import preview

        start = preview(entry.body)
        return cls(
            entry.id,
            display_title(entry.title, start),
            when_text(entry.created),
            shown_tags(entry.tags),
            entry.bring_to_therapy,
            isolated(after_name(entry.title, start)),
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
    if role == SnippetRole:
        return row.snippet
    if role == LoadedRole:
        return True
    return None


def _failure_text(error: BaseException) -> str:
    return tr("Your entries couldn't be read just now: {reason}").format(
        reason=str(error) or type(error).__name__
    )


# ----- reads on the worker ---------------------------------------------------------------


def _first_page(entry_filter: EntryFilter, limit: int) -> Callable[[Vault], list[EntrySummary]]:
    return lambda vault: jobs.repository(vault).page(entry_filter, after=None, limit=limit)


def _ids(entry_filter: EntryFilter) -> Callable[[Vault], array[int]]:
    return lambda vault: jobs.repository(vault).ids(entry_filter)


def _summaries(ids: list[int]) -> Callable[[Vault], list[EntrySummary]]:
    return lambda vault: jobs.repository(vault).summaries(ids)


def _refreshed(
    entry_filter: EntryFilter, pages: list[int], page_size: int
) -> Callable[[Vault], tuple[array[int], dict[int, list[EntrySummary]]]]:
    """The ids again, and the summaries of ``pages`` (the ones in view) among them."""

    def read(vault: Vault) -> tuple[array[int], dict[int, list[EntrySummary]]]:
        repo = jobs.repository(vault)
        ids = repo.ids(entry_filter)
        shown = {
            page: repo.summaries(ids[page * page_size : (page + 1) * page_size].tolist())
            for page in pages
            if page * page_size < len(ids)
        }
        return ids, shown

    return read


class EntryListModel(QAbstractListModel):
    """Every live entry matching one filter, newest first; rows read as they are shown.

    Rows keep only what the list shows (see :class:`Row`), never the entry text, and
    only for the last CACHED_PAGES pages shown: a 100,000-entry journal scrolled end to
    end stays within the memory budget.
    """

    loaded = Signal()  # the first rows of a load are in (again, after a change)
    failed = Signal(str)  # a read failed: one line for the person
    total_changed = Signal(int)  # how many entries match, once counted

    def __init__(
        self,
        session: Session,
        *,
        page_size: int = PAGE_SIZE,
        first_page_size: int = FIRST_PAGE_SIZE,
        cached_pages: int = CACHED_PAGES,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        # Every load reads through the journal's session (the model outlives a lock).
        self._session = session
        self._page_size = max(1, page_size)
        self._first_page_size = max(1, min(first_page_size, page_size))
        self._cached_pages = max(2, cached_pages)
        self._filter: EntryFilter | None = None
        self._ids: array[int] = array("q")  # the entry in each row
        self._pages: OrderedDict[int, list[Row | None]] = OrderedDict()  # most recent last
        self._wanted: set[int] = set()  # pages asked for by the view, not yet read
        self._asked: set[int] = set()  # pages on their way
        self._generation = 0
        self._loading = False
        self._hint = 0  # the row last looked up by id (usually the open entry's)
        self.total: int | None = None
        self.pages_fetched = 0
        self._fetch_timer = QTimer(self)
        self._fetch_timer.setSingleShot(True)
        self._fetch_timer.setInterval(0)  # once the view has asked for all it shows
        self._fetch_timer.timeout.connect(self._fetch_wanted)

    # ----- loading -----------------------------------------------------------------------

    def _next_generation(self) -> int:
        """Everything on its way from now on belongs to an older load."""
        self._generation += 1
        self._wanted.clear()
        self._asked.clear()
        return self._generation

    def reload(self, entry_filter: EntryFilter) -> None:
        """Show the entries matching ``entry_filter``, newest first.

        The same filter again (after a change to the entries) keeps the rows shown until
        the new ones are read, so the list keeps its place; a new filter starts afresh.
        """
        if entry_filter == self._filter and self.total is not None:
            self._refresh()
            return
        self._filter = entry_filter
        generation = self._next_generation()
        self.beginResetModel()
        self._ids = array("q")
        self._pages.clear()
        self.total = None
        self._loading = True
        self.endResetModel()
        size = self._first_page_size

        def first(items: list[EntrySummary]) -> None:
            if generation != self._generation:
                return
            rows: list[Row | None] = [Row.of(item) for item in items]
            if rows:
                self.beginInsertRows(QModelIndex(), 0, len(rows) - 1)
                self._ids = array("q", (item.id for item in items))
                self._pages[0] = rows
                self.endInsertRows()
            self.pages_fetched += 1
            if len(rows) < size:  # that was all of them
                self._counted(len(rows))
                self.loaded.emit()
                return
            self.loaded.emit()
            # A slot of ``loaded`` may have started a newer load.
            if generation == self._generation:
                self._session.submit(_ids(entry_filter), listed, failed)

        def listed(ids: array[int]) -> None:
            if generation != self._generation:
                return
            shown = len(self._ids)
            if ids[:shown] == self._ids:
                if len(ids) > shown:
                    self.beginInsertRows(QModelIndex(), shown, len(ids) - 1)
                    self._ids = ids
                    self.endInsertRows()
            else:  # changed in between (a change to the entries reloads it soon anyway)
                self.beginResetModel()
                self._ids = ids
                self._pages.clear()
                self.endResetModel()
            self._counted(len(ids))

        def failed(error: BaseException) -> None:
            self._failed(generation, error)

        self._session.submit(_first_page(entry_filter, size), first, failed)

    def _counted(self, total: int) -> None:
        self._loading = False
        self.total = total
        self.total_changed.emit(total)

    def _refresh(self) -> None:
        """Read the ids and the pages in view again; swap them in together."""
        assert self._filter is not None
        generation = self._next_generation()
        # The most recently shown pages, which hold those in view (the first if none).
        pages = list(self._pages)[-2:] or [0]

        def done(answer: tuple[array[int], dict[int, list[EntrySummary]]]) -> None:
            if generation != self._generation:
                return
            ids, shown = answer
            self._next_generation()  # pages asked for meanwhile were for the old ids
            self.beginResetModel()
            self._ids = ids
            self._pages.clear()
            for page, items in shown.items():
                self._pages[page] = self._rows_for(page, items)
            self.endResetModel()
            self._counted(len(ids))
            self.loaded.emit()

        self._session.submit(
            _refreshed(self._filter, pages, self._page_size),
            done,
            lambda error: self._failed(generation, error),
        )

    def _failed(self, generation: int, error: BaseException) -> None:
        if generation != self._generation:
            return
        self._loading = False
        # No retry on scrolling: the person is told once, and a reload starts afresh.
        self.failed.emit(_failure_text(error))

    def clear(self) -> None:
        """Drop every row (on lock): nothing read from the vault stays in memory here."""
        self._next_generation()
        self._fetch_timer.stop()
        self.beginResetModel()
        self._ids = array("q")
        self._pages.clear()
        self._filter = None
        self.total = None
        self._loading = False
        self.endResetModel()

    def is_loading(self) -> bool:
        """True until the first rows and the count of a load are in."""
        return self._loading

    # Nothing is ever appended: every row is there from the start (for callers and
    # benchmarks written against a list that grew as it scrolled).
    def canFetchMore(self, parent: ModelIndex = QModelIndex()) -> bool:  # noqa: B008
        return False

    def fetchMore(self, parent: ModelIndex = QModelIndex()) -> None:  # noqa: B008
        return None

    # ----- pages of rows -----------------------------------------------------------------

    def _rows_for(self, page: int, items: list[EntrySummary]) -> list[Row | None]:
        """Rows for page ``page`` from its summaries (None where an entry has gone)."""
        start = page * self._page_size
        by_id = {item.id: item for item in items}
        found = (by_id.get(entry_id) for entry_id in self._ids[start : start + self._page_size])
        return [None if item is None else Row.of(item) for item in found]

    def _row(self, number: int) -> Row | None:
        """The row ``number`` if its page is in; else None, and its page is asked for."""
        page = number // self._page_size
        rows = self._pages.get(page)
        if rows is not None:
            self._pages.move_to_end(page)
            offset = number - page * self._page_size
            if offset < len(rows):
                return rows[offset]
        if page not in self._asked and page not in self._wanted:
            self._wanted.add(page)
            if not self._fetch_timer.isActive():
                self._fetch_timer.start()
        return None

    def _fetch_wanted(self) -> None:
        generation = self._generation
        for page in sorted(self._wanted):
            start = page * self._page_size
            ids = self._ids[start : start + self._page_size].tolist()
            if not ids:
                continue
            self._asked.add(page)

            def done(items: list[EntrySummary], page: int = page) -> None:
                if generation == self._generation:
                    self._page_arrived(page, items)

            self._session.submit(
                _summaries(ids), done, lambda error: self._failed(generation, error)
            )
        self._wanted.clear()

    def _page_arrived(self, page: int, items: list[EntrySummary]) -> None:
        self._asked.discard(page)
        rows = self._rows_for(page, items)
        self._pages[page] = rows
        self._pages.move_to_end(page)
        self.pages_fetched += 1
        while len(self._pages) > self._cached_pages:
            self._pages.popitem(last=False)
        if rows:
            start = page * self._page_size
            self.dataChanged.emit(self.index(start), self.index(start + len(rows) - 1))

    def is_row_loaded(self, number: int) -> bool:
        """Whether row ``number``'s words are in (without asking for them)."""
        page = number // self._page_size
        rows = self._pages.get(page)
        return rows is not None and number - page * self._page_size < len(rows)

    def cached_rows(self) -> int:
        """How many rows' words are kept now (for tests and the memory budget)."""
        return sum(len(rows) for rows in self._pages.values())

    # ----- rows --------------------------------------------------------------------------

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def row_of(self, row_id: int) -> int:
        """The row showing entry ``row_id``, or -1 (anywhere in the list, read or not)."""
        found = find_row(self._ids, row_id, self._hint)
        if found >= 0:
            self._hint = found
        return found

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        number = index.row()
        if role == IdRole:
            return self._ids[number]
        row = self._row(number)
        if row is not None:
            return row_data(row, role)
        if role == LoadedRole:
            return False
        if role == Qt.ItemDataRole.DisplayRole:
            return ""
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return tr("Loading…")
        return None

    def update_entry(self, entry: Entry) -> None:
        """Show a just-saved entry's new title, text, tags or flag."""
        number = self.row_of(entry.id)
        if number < 0 or not self.is_row_loaded(number):
            return  # read afresh when shown
        page = number // self._page_size
        rows = self._pages[page]
        row = Row.of_entry(entry)
        offset = number - page * self._page_size
        if row == rows[offset]:
            return  # nothing the list shows has changed
        rows[offset] = row
        index = self.index(number)
        self.dataChanged.emit(index, index)


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


def entry_lines(index: ModelIndex) -> tuple[str, str]:
    """Two lines per entry: the title; then date, tags and the therapy mark, muted."""
    mark = "\u2691 " if index.data(TherapyRole) else ""  # a small flag: "bring to therapy"
    second = str(index.data(WhenRole) or "")
    tags = str(index.data(TagsRole) or "")
    if tags:
        second += "  \u00b7  " + tags
    return mark + str(index.data(Qt.ItemDataRole.DisplayRole) or ""), second


class EntryDelegate(TwoLineDelegate):
    """How the trash view and the entry list draw an entry (:func:`entry_lines`)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(entry_lines, 0.9, parent)


class EntryRowDelegate(QStyledItemDelegate):
    """Three calm lines per entry: the title (bold), the start of its text, then the
    date and tags, smaller; the text and date in the theme's secondary colour. A
    selected row is drawn in the palette's Highlight / HighlightedText. A row whose
    words are still on their way is left blank (it fills in a moment later)."""

    PADDING = 6
    GAP = 2

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont, QFont]:
        title = QFont(option.font)  # type: ignore[attr-defined]
        title.setBold(True)
        text = QFont(option.font)  # type: ignore[attr-defined]
        small = QFont(option.font)  # type: ignore[attr-defined]
        small.setPointSizeF(max(7.0, small.pointSizeF() * TYPE.secondary.scale))
        return title, text, small

    def sizeHint(self, option: QStyleOptionViewItem, index: ModelIndex) -> QSize:
        fonts = self._fonts(option)
        lines = sum(QFontMetrics(font).height() for font in fonts)
        return QSize(200, lines + 2 * self.GAP + 2 * self.PADDING)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: ModelIndex) -> None:
        # The style draws the row's background, selection and focus; the words are ours.
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""  # type: ignore[attr-defined]
        widget = option.widget  # type: ignore[attr-defined]
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        if not index.data(LoadedRole):
            return

        selected = bool(option.state & QStyle.StateFlag.State_Selected)  # type: ignore[attr-defined]
        palette: QPalette = option.palette  # type: ignore[attr-defined]
        if selected:
            main = palette.color(QPalette.ColorRole.HighlightedText)
            quiet = QColor(main)
        else:
            main = palette.color(QPalette.ColorRole.Text)
            quiet = QColor(theme.current().text_secondary)
        rect: QRect = option.rect.adjusted(  # type: ignore[attr-defined]
            self.PADDING + 2, self.PADDING, -self.PADDING - 2, -self.PADDING
        )
        mark = "\u2691 " if index.data(TherapyRole) else ""  # a small flag: "bring to therapy"
        title = mark + str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        snippet = str(index.data(SnippetRole) or "")
        when = str(index.data(WhenRole) or "")
        tags = str(index.data(TagsRole) or "")
        if tags:
            when += "  \u00b7  " + tags
        top = rect.top()
        painter.save()
        for text, font, colour in zip(
            (title, snippet, when), self._fonts(option), (main, quiet, quiet), strict=True
        ):
            metrics = QFontMetrics(font)
            if text:
                painter.setFont(font)
                painter.setPen(colour)
                painter.drawText(
                    QRect(rect.left(), top, rect.width(), metrics.height()),
                    Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                    metrics.elidedText(text, Qt.TextElideMode.ElideRight, rect.width()),
                )
            top += metrics.height() + self.GAP
        painter.restore()


class EntryTable(TwoLineTable):
    """The entry list's view: a one-column table of three-line entry rows.

    Home and End (with or without Ctrl) go to the newest and the oldest entry. A right
    click, the context-menu key or Shift+F10 offers Open, Bring to therapy and Move to
    trash for the row clicked (or the current row), without opening it first.
    """

    trash_requested = Signal(int)  # an entry's id
    therapy_requested = Signal(int, bool)  # an entry's id, and the flag it should have

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(entry_lines, 0.9, parent)
        old = self.itemDelegate()
        self.setItemDelegate(EntryRowDelegate(self))
        old.deleteLater()
        self._fit_row_height()
        self._end_when_counted = False
        self.menu: QMenu | None = None  # the context menu while it is open
        menu_key = QAction(tr("Actions for this entry"), self)
        menu_key.setShortcuts(
            [QKeySequence(Qt.Modifier.SHIFT | Qt.Key.Key_F10), QKeySequence(Qt.Key.Key_Menu)]
        )
        menu_key.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        menu_key.triggered.connect(lambda _checked=False: self._menu_for_current())
        self.addAction(menu_key)

    def setModel(self, model: Any) -> None:
        super().setModel(model)
        if isinstance(model, EntryListModel):
            model.total_changed.connect(self._counted)

    # ----- keys --------------------------------------------------------------------------

    def moveCursor(
        self, action: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier
    ) -> QModelIndex:
        model = self.model()
        rows = model.rowCount() if model is not None else 0
        moves = QAbstractItemView.CursorAction
        if rows and action == moves.MoveHome:
            self._end_when_counted = False
            return model.index(0, 0)
        if rows and action == moves.MoveEnd:
            # Still counting: the oldest row is not known yet; go there once it is.
            self._end_when_counted = isinstance(model, EntryListModel) and model.is_loading()
            return model.index(rows - 1, 0)
        return super().moveCursor(action, modifiers)

    def _counted(self, _total: int) -> None:
        if self._end_when_counted:
            self._end_when_counted = False
            model = self.model()
            if model is not None and model.rowCount():
                self.setCurrentIndex(model.index(model.rowCount() - 1, 0))
                self.scrollToBottom()

    def keyboardSearch(self, search: str) -> None:
        # Matching typed letters would read every row of a long journal; the search
        # field is the way to find an entry by its words.
        return None

    def focusInEvent(self, event: Any) -> None:
        super().focusInEvent(event)
        select_current(self)

    # ----- the context menu --------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.RightButton:
            event.accept()  # the menu acts on the row clicked; it does not open it
            return
        super().mousePressEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        if event.reason() == QContextMenuEvent.Reason.Mouse:
            index = self.indexAt(event.pos())
            where = event.globalPos()
        else:
            index = self.currentIndex()
            where = self._menu_point(index)
        event.accept()
        self.show_menu(index, where)

    def _menu_for_current(self) -> None:
        index = self.currentIndex()
        self.show_menu(index, self._menu_point(index))

    def _menu_point(self, index: QModelIndex) -> QPoint:
        rect = self.visualRect(index)
        return self.viewport().mapToGlobal(rect.bottomLeft() if rect.isValid() else QPoint())

    def show_menu(self, index: QModelIndex, where: QPoint) -> None:
        """Open the actions for the entry at ``index`` (nothing for no row), and do
        the one chosen once the menu has closed (so the focus goes where it sends it)."""
        menu = self.menu_for(index)
        if menu is None:
            return
        entry_id = int(index.data(IdRole))
        self.menu = menu
        try:
            chosen = menu.exec(where)
            name = chosen.objectName() if chosen is not None else ""
            flag = chosen.isChecked() if chosen is not None else False
        finally:
            self.menu = None
            menu.deleteLater()
        if QApplication.activeWindow() is not self.window():
            # Where the menu was a window of its own (no window manager), typing must
            # come back to this one.
            self.window().activateWindow()
        if name == "journal-menu-open":
            self._open(entry_id)
        elif name == "journal-menu-therapy":
            self.therapy_requested.emit(entry_id, flag)
        elif name == "journal-menu-trash":
            self.trash_requested.emit(entry_id)

    def menu_for(self, index: QModelIndex) -> QMenu | None:
        """The menu for the entry at ``index``: Open, Bring to therapy (ticked when it
        is marked), Move to trash."""
        if not index.isValid() or index.data(IdRole) is None:
            return None
        menu = QMenu(self)
        menu.setObjectName("journal-entry-menu")
        menu.setAccessibleName(tr("Actions for this entry"))
        menu.addAction(tr("Open")).setObjectName("journal-menu-open")
        therapy = menu.addAction(tr("Bring to therapy"))
        therapy.setObjectName("journal-menu-therapy")
        therapy.setCheckable(True)
        therapy.setChecked(bool(index.data(TherapyRole)))
        # Not known until the row's words are in (a moment after it is shown).
        therapy.setEnabled(bool(index.data(LoadedRole)))
        menu.addSeparator()
        trash = menu.addAction(tr("Move to trash"))
        trash.setObjectName("journal-menu-trash")
        trash.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        return menu

    def _open(self, entry_id: int) -> None:
        """Open entry ``entry_id`` with the cursor in its text (as Enter does)."""
        model = self.model()
        if not isinstance(model, EntryListModel) or model.row_of(entry_id) < 0:
            return
        index = model.index(model.row_of(entry_id), 0)
        self.setCurrentIndex(index)
        self.activated.emit(index)


def select_current(view: QAbstractItemView) -> None:
    """A view focused from the keyboard makes its first row current without selecting
    it (Qt's focus-in rule); select it, so the row the keys act on shows as chosen."""
    index = view.currentIndex()
    selection = view.selectionModel()
    if index.isValid() and selection is not None and not selection.isSelected(index):
        selection.select(
            index,
            selection.SelectionFlag.ClearAndSelect | selection.SelectionFlag.Rows,
        )
