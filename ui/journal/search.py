"""Search as you type: debounced, run on the worker, stale answers dropped.

The results say how many entries match in all, come in pages as the person scrolls
(or moves down with the keys), and are sorted by best match or newest first
(:class:`SearchPanel`). An untitled hit is named as the entry list names it
(``app.journal.naming``).

Snippets come from the core as plain text with the matched words between marker
characters. They are escaped first and only then given bold tags
(:func:`ui.journal.formatting.snippet_html`), so an entry containing ``<script>`` or
``<img>`` shows exactly those characters, and nothing is interpreted or loaded.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRectF,
    QSize,
    Qt,
    QTimer,
    QUrl,
    Signal,
)
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QPainter,
    QPalette,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from app.journal.entries import BEST_MATCH, NEWEST_FIRST
from ui.common.text import app_text
from ui.journal import jobs
from ui.journal.entry_list import IdRole, select_current
from ui.journal.formatting import (
    display_title,
    plain_snippet,
    shown_tags,
    snippet_html,
    when_text,
)
from ui.journal.markdown_view import empty_resource

if TYPE_CHECKING:
    from collections.abc import Callable

    from app.journal.model import EntryFilter, SearchHit, SearchResult
    from app.vault.vault import Vault
    from ui.shell.session import Session

DEBOUNCE_MS = 200
RESULT_LIMIT = 50  # results in a page: the first page, and each one after it

ModelIndex = QModelIndex | QPersistentModelIndex
SnippetRole = Qt.ItemDataRole.UserRole + 20
WhenTextRole = Qt.ItemDataRole.UserRole + 21


def tr(text: str) -> str:
    return QCoreApplication.translate("JournalSearch", text)


def tr_n(text: str, n: int) -> str:
    return QCoreApplication.translate("JournalSearch", text, None, n)


def _search_page(
    text: str, entry_filter: EntryFilter, order: str, offset: int
) -> Callable[[Vault], SearchResult]:
    return lambda vault: jobs.repository(vault).search_page(
        text, entry_filter, order=order, offset=offset, limit=RESULT_LIMIT, first_page=RESULT_LIMIT
    )


class InertDocument(QTextDocument):
    """A text document that never loads a resource (snippets hold no images, but still)."""

    def loadResource(self, resource_type: int, name: QUrl) -> Any:
        return empty_resource(resource_type)


class SearchResultsModel(QAbstractListModel):
    """The hits of the latest search, a page at a time; ``total`` match in all.

    When the view reaches the last hit shown and more match, ``more_wanted`` asks for
    the next page (from the number of hits shown); :meth:`add_page` appends it.
    """

    more_wanted = Signal(int)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._hits: list[SearchHit] = []
        self._ids: set[int] = set()
        self.total: int | None = None
        self._asking = False

    def set_hits(self, hits: list[SearchHit], total: int | None = None) -> None:
        self.beginResetModel()
        self._hits = list(hits)
        self._ids = {hit.id for hit in hits}
        self.total = total
        self._asking = False
        self.endResetModel()

    def add_page(self, hits: list[SearchHit]) -> None:
        """Append the next page (a hit already shown is not shown twice)."""
        self._asking = False
        new = [hit for hit in hits if hit.id not in self._ids]
        if not new:
            self.total = len(self._hits)  # nothing further after all
            return
        first = len(self._hits)
        self.beginInsertRows(QModelIndex(), first, first + len(new) - 1)
        self._hits.extend(new)
        self._ids.update(hit.id for hit in new)
        self.endInsertRows()

    def page_failed(self) -> None:
        self._asking = False
        self.total = len(self._hits)  # no retry on scrolling: a new search starts afresh

    def clear(self) -> None:
        self.set_hits([])

    def hit(self, row: int) -> SearchHit:
        return self._hits[row]

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._hits)

    def canFetchMore(self, parent: ModelIndex = QModelIndex()) -> bool:  # noqa: B008
        if parent.isValid() or self._asking or self.total is None:
            return False
        return len(self._hits) < self.total

    def fetchMore(self, parent: ModelIndex = QModelIndex()) -> None:  # noqa: B008
        if self.canFetchMore(parent):
            self._asking = True
            self.more_wanted.emit(len(self._hits))

    @staticmethod
    def _when(hit: SearchHit) -> str:
        """Date and time, and the tags: a match may be in one of them."""
        when = when_text(hit.created)
        return f"{when}  \u00b7  {shown_tags(hit.tags)}" if hit.tags else when

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._hits):
            return None
        hit = self._hits[index.row()]
        # Named as the entry list names it: the title, else the first words of the text.
        title = display_title(hit.title, hit.preview)
        if role == Qt.ItemDataRole.DisplayRole:
            return title
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{title}, {self._when(hit)}: {plain_snippet(hit.snippet)}"
        if role == SnippetRole:
            return hit.snippet
        if role == WhenTextRole:
            return self._when(hit)
        if role == IdRole:
            return hit.id
        return None


def hit_html(title: str, when: str, snippet: str, muted: str = "gray") -> str:
    """One result as safe HTML: every piece escaped, matches in bold.

    ``muted`` is a colour name for the date line (``#rrggbb`` from the palette).
    """
    colour = muted if muted.startswith("#") and len(muted) == 7 else "gray"
    return (
        f"<div><b>{html.escape(title)}</b></div>"
        f"<div style='color:{colour}; font-size:small'>{html.escape(when)}</div>"
        f"<div style='margin-top:2px'>{snippet_html(snippet)}</div>"
    )


class SearchHitDelegate(QStyledItemDelegate):
    """Draws a hit: its title and date, then the snippet with the matches in bold."""

    PADDING = 6

    def _document(
        self, option: QStyleOptionViewItem, index: ModelIndex, selected: bool = False
    ) -> QTextDocument:
        palette = option.palette  # type: ignore[attr-defined]
        if selected:
            muted = palette.color(QPalette.ColorRole.HighlightedText).name()
        else:
            # Half-way between text and background: readable, and quieter than the text
            # (the placeholder colour may be translucent, which HTML colours can't say).
            text = palette.color(QPalette.ColorRole.Text)
            base = palette.color(QPalette.ColorRole.Base)
            muted = QColor(
                (text.red() * 3 + base.red() * 2) // 5,
                (text.green() * 3 + base.green() * 2) // 5,
                (text.blue() * 3 + base.blue() * 2) // 5,
            ).name()
        doc = InertDocument()
        doc.setDefaultFont(option.font)  # type: ignore[attr-defined]
        doc.setDocumentMargin(0)
        doc.setHtml(
            hit_html(
                str(index.data(Qt.ItemDataRole.DisplayRole) or ""),
                str(index.data(WhenTextRole) or ""),
                str(index.data(SnippetRole) or ""),
                muted,
            )
        )
        width = option.rect.width() if option.rect.width() > 0 else 260  # type: ignore[attr-defined]
        doc.setTextWidth(max(60, width - 2 * self.PADDING))
        return doc

    def sizeHint(self, option: QStyleOptionViewItem, index: ModelIndex) -> QSize:
        doc = self._document(option, index)
        return QSize(int(doc.idealWidth()), int(doc.size().height()) + 2 * self.PADDING)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: ModelIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        widget = option.widget  # type: ignore[attr-defined]
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)  # type: ignore[attr-defined]
        doc = self._document(option, index, selected)
        context = QAbstractTextDocumentLayout.PaintContext()
        context.palette = QPalette(option.palette)  # type: ignore[attr-defined]
        context.palette.setColor(
            QPalette.ColorRole.Text,
            option.palette.color(  # type: ignore[attr-defined]
                QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
            ),
        )
        painter.save()
        rect = option.rect  # type: ignore[attr-defined]
        painter.translate(rect.left() + self.PADDING, rect.top() + self.PADDING)
        painter.setClipRect(QRectF(0, 0, rect.width() - self.PADDING, rect.height()))
        doc.documentLayout().draw(painter, context)
        painter.restore()


class SearchController(QObject):
    """Turns keystrokes in the search field into at most one search per pause.

    At most one search is queued on the worker at a time: a search over a big journal
    can take a while, and saves wait behind it on the same worker. Text typed while
    one runs is searched when it finishes (only the latest text). Further pages of the
    latest search (:meth:`fetch_more`) are dropped if the search changed meanwhile.
    """

    results = Signal(object)  # SearchResult of the latest query (its first page)
    more = Signal(object)  # a further page of the latest query (SearchResult)
    more_failed = Signal()
    cleared = Signal()  # the field is empty again: show the entry list

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._text = ""
        self._filter: EntryFilter | None = None
        self.order = BEST_MATCH
        self._sequence = 0
        self._shown: tuple[str, EntryFilter, str, int] | None = None  # of the hits shown
        self._closed = False
        self._running = False
        self._again = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.run_now)

    def set_query(self, text: str, entry_filter: EntryFilter) -> None:
        """The field changed: search a moment after the typing pauses."""
        if self._closed:
            return
        self._text = text
        self._filter = entry_filter
        self._sequence += 1  # anything still running is now stale
        if not text.strip():
            self.timer.stop()
            self.cleared.emit()
            return
        self.timer.start()

    def set_filter(self, entry_filter: EntryFilter) -> None:
        if self.is_active():
            self.set_query(self._text, entry_filter)

    def set_order(self, order: str) -> None:
        """Sort by ``BEST_MATCH`` or ``NEWEST_FIRST``: the search runs again at once."""
        if order == self.order or self._closed:
            return
        self.order = order
        self._sequence += 1
        if self.is_active():
            self.run_now()

    def is_active(self) -> bool:
        return bool(self._text.strip())

    def is_running(self) -> bool:
        return self._running

    def is_waiting(self) -> bool:
        """Typed text not searched yet (the pause has not come, or a search runs)."""
        return self.timer.isActive() or self._running

    def run_now(self) -> None:
        self.timer.stop()
        if self._closed or not self._text.strip() or self._filter is None:
            return
        if self._running:
            self._again = True  # searched as soon as the running one is done
            return
        self._sequence += 1
        sequence = self._sequence
        text, entry_filter, order = self._text, self._filter, self.order
        self._running = True

        def finished() -> None:
            self._running = False
            if self._again and not self._closed:
                self._again = False
                self.run_now()

        def done(result: SearchResult) -> None:
            if sequence == self._sequence and not self._closed:
                self._shown = (text, entry_filter, order, sequence)
                self.results.emit(result)
            finished()

        def failed(error: BaseException) -> None:
            # search_page() promises not to raise; if it does, say so gently.
            if sequence == self._sequence and not self._closed:
                from app.journal.model import SearchResult

                self._shown = None
                self.results.emit(
                    SearchResult(hits=[], message=tr("Search isn't available just now."))
                )
            finished()

        self._session.submit(_search_page(text, entry_filter, order, 0), done, failed)

    def fetch_more(self, offset: int) -> None:
        """Read the page of the results shown that starts at ``offset``."""
        if self._closed or self._shown is None or self._shown[3] != self._sequence:
            self.more_failed.emit()
            return
        text, entry_filter, order, sequence = self._shown

        def done(result: SearchResult) -> None:
            if sequence == self._sequence and not self._closed:
                self.more.emit(result)

        def failed(_error: BaseException) -> None:
            if sequence == self._sequence and not self._closed:
                self.more_failed.emit()

        self._session.submit(_search_page(text, entry_filter, order, offset), done, failed)

    def close(self) -> None:
        self._closed = True
        self._again = False
        self._sequence += 1
        self._shown = None
        self.timer.stop()
        self._text = ""
        self._filter = None


class SearchResultsView(QListView):
    """The results list: a row per hit, drawn by :class:`SearchHitDelegate`.

    Focused from the keyboard (Down in the search field), its current row shows as
    selected, as a click would; Up and Down move on through the results, fetching the
    next page at the end, and Enter opens the hit (the page's ``activated``).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("journal-search-results")
        self.setAccessibleName(tr("Search results"))
        self.setItemDelegate(SearchHitDelegate(self))
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setWordWrap(True)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)

    def focusInEvent(self, event: Any) -> None:
        super().focusInEvent(event)
        select_current(self)


class SearchPanel(QWidget):
    """What the left side shows while searching: how many entries match, a sort
    choice, and the results (read a page at a time as the person scrolls)."""

    order_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("journal-search-panel")
        self.message = QLabel(self)
        self.message.setObjectName("journal-search-message")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setAccessibleName(tr("About the search"))

        self.sort = QComboBox(self)
        self.sort.setObjectName("journal-search-sort")
        self.sort.addItem(tr("Best match"), BEST_MATCH)
        self.sort.addItem(tr("Newest first"), NEWEST_FIRST)
        self.sort.setAccessibleName(tr("Sort the results"))
        self.sort.setToolTip(tr("Show the best matches first, or the newest entries first"))
        self.sort.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.sort.currentIndexChanged.connect(
            lambda _index: self.order_changed.emit(str(self.sort.currentData()))
        )
        self.sort_label = QLabel(tr("S&ort:"), self)
        self.sort_label.setBuddy(self.sort)

        self.model = SearchResultsModel(self)
        self.view = SearchResultsView(self)
        self.view.setModel(self.model)

        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.message, 1)
        top.addWidget(self.sort_label)
        top.addWidget(self.sort)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)

    def attach(self, search: SearchController) -> None:
        """Take results, further pages and the sort order from/to ``search``."""
        self.order_changed.connect(search.set_order)
        self.model.more_wanted.connect(search.fetch_more)
        search.more.connect(lambda result: self.model.add_page(result.hits))
        search.more_failed.connect(self.model.page_failed)

    def order(self) -> str:
        return str(self.sort.currentData())

    def show_result(self, result: SearchResult) -> None:
        """The first page of a search: the hits and how many match in all."""
        self.model.set_hits(result.hits, result.total)
        total = result.total if result.total is not None else len(result.hits)
        if result.message:
            text = app_text(result.message)
        elif not result.hits:
            text = tr("Nothing found for that. Try another word, or fewer words.")
        elif total == 1:
            text = tr("1 entry matches")
        else:
            text = tr_n("%Ln entries match", total)
        self.message.setText(text)
        # Sorting says nothing about a search that found nothing.
        self.sort.setVisible(bool(result.hits))
        self.sort_label.setVisible(bool(result.hits))

    def clear(self) -> None:
        self.model.clear()
        self.message.clear()
