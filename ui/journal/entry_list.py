"""The entry list: a lazily fetched model over the repository, and how a row is drawn.

Rows come in keyset pages (newest first), so a journal of 100,000 entries opens as
fast as one of ten: the view asks for more (``canFetchMore``/``fetchMore``) only as
the person scrolls. Pages are read on the worker thread; a page that belongs to an
older filter (the person changed it meanwhile) is dropped. The paging, the two-line
drawing and the table are shared with the sessions' lists (``ui/common/lazy_list.py``);
what is the journal's own is here.

Opening (or re-filtering) reads a short first page on its own and counts the matching
entries only once that page is shown: counting 100,000 rows takes longer than reading
a screenful, and the rows are what the person is waiting for.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, NamedTuple

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, Qt, Signal
from PySide6.QtWidgets import QWidget

from app.journal.model import EntrySummary
from ui.common.lazy_list import (
    Cursor,
    KeysetListModel,
    ModelIndex,
    PageJob,
    RowRules,
    TwoLineDelegate,
    TwoLineTable,
)
from ui.journal import jobs
from ui.journal.formatting import display_title, shown_tags, tr, when_text

if TYPE_CHECKING:
    from collections.abc import Callable

    from app.journal.model import Entry, EntryFilter
    from app.vault.vault import Vault
    from ui.shell.session import Session

PAGE_SIZE = 200
# The first page only has to fill the list on a tall screen; the view fetches more if not.
FIRST_PAGE_SIZE = 50

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


def _page_job(entry_filter: EntryFilter) -> PageJob[EntrySummary]:
    """The entry list's pages for ``entry_filter``, from ``after`` on."""

    def job(after: Cursor | None, limit: int) -> Callable[[Vault], jobs.Page]:
        return lambda vault: jobs.next_page(vault, entry_filter, after, limit)

    return job


def _failure_text(error: BaseException) -> str:
    return tr("Your entries couldn't be read just now: {reason}").format(
        reason=str(error) or type(error).__name__
    )


class EntryListModel(KeysetListModel[EntrySummary, Row]):
    """Entries matching one filter, newest first, fetched page by page.

    Rows keep only what the list shows (see :class:`Row`), never the entry text: a
    100,000-entry journal scrolled end to end stays within the memory budget.
    """

    total_changed = Signal(int)

    def __init__(
        self,
        session: Session,
        *,
        page_size: int = PAGE_SIZE,
        first_page_size: int = FIRST_PAGE_SIZE,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(
            RowRules(
                make_rows=lambda items: [Row.of(item) for item in items],
                row_data=row_data,
                failure_text=_failure_text,
            ),
            page_size=page_size,
            first_page_size=first_page_size,
            parent=parent,
        )
        # Every reload reads through the journal's session (the model outlives a lock;
        # the base forgets the session of a load on clear).
        self._journal_session = session
        self.total: int | None = None

    def reload(self, entry_filter: EntryFilter) -> None:
        """Forget every row and start again from the newest entry matching ``entry_filter``."""
        session = self._journal_session

        def count() -> None:
            # Counted only now, so that right after unlocking the count does not compete
            # with building the window. One that fails only leaves the count unshown
            # (the session logs the error's type).
            generation = self._generation

            def counted(total: int) -> None:
                if generation != self._generation:
                    return
                self.total = total
                self.total_changed.emit(total)

            session.submit(jobs.count(entry_filter), counted)

        self._load(session, _page_job(entry_filter), then=count)

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

    def _forget(self) -> None:
        self.total = None  # the count belonged to the rows being replaced


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


class EntryTable(TwoLineTable):
    """The entry list's view: a one-column table of two-line entry rows."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(entry_lines, 0.9, parent)
