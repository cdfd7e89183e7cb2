"""Search as you type: debounced, run on the worker, stale answers dropped.

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
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from ui.journal import jobs
from ui.journal.entry_list import IdRole
from ui.journal.formatting import (
    display_title,
    plain_snippet,
    shown_tags,
    snippet_html,
    when_text,
)
from ui.journal.markdown_view import empty_resource

if TYPE_CHECKING:
    from app.journal.model import EntryFilter, SearchHit, SearchResult
    from ui.shell.session import Session

DEBOUNCE_MS = 200
RESULT_LIMIT = 50

ModelIndex = QModelIndex | QPersistentModelIndex
SnippetRole = Qt.ItemDataRole.UserRole + 20
WhenTextRole = Qt.ItemDataRole.UserRole + 21


def tr(text: str) -> str:
    return QCoreApplication.translate("JournalSearch", text)


class InertDocument(QTextDocument):
    """A text document that never loads a resource (snippets hold no images, but still)."""

    def loadResource(self, resource_type: int, name: QUrl) -> Any:
        return empty_resource(resource_type)


class SearchResultsModel(QAbstractListModel):
    """The hits of the latest search (at most RESULT_LIMIT rows)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._hits: list[SearchHit] = []

    def set_hits(self, hits: list[SearchHit]) -> None:
        self.beginResetModel()
        self._hits = list(hits)
        self.endResetModel()

    def clear(self) -> None:
        self.set_hits([])

    def hit(self, row: int) -> SearchHit:
        return self._hits[row]

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._hits)

    @staticmethod
    def _when(hit: SearchHit) -> str:
        """Date and time, and the tags: a match may be in one of them."""
        when = when_text(hit.created)
        return f"{when}  \u00b7  {shown_tags(hit.tags)}" if hit.tags else when

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._hits):
            return None
        hit = self._hits[index.row()]
        # An untitled entry is not named by its snippet: the snippet shows right below.
        title = display_title(hit.title, "")
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
    one runs is searched when it finishes (only the latest text).
    """

    results = Signal(object)  # SearchResult of the latest query
    cleared = Signal()  # the field is empty again: show the entry list

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._text = ""
        self._filter: EntryFilter | None = None
        self._sequence = 0
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

    def is_active(self) -> bool:
        return bool(self._text.strip())

    def is_running(self) -> bool:
        return self._running

    def run_now(self) -> None:
        self.timer.stop()
        if self._closed or not self._text.strip() or self._filter is None:
            return
        if self._running:
            self._again = True  # searched as soon as the running one is done
            return
        self._sequence += 1
        sequence = self._sequence
        text, entry_filter = self._text, self._filter
        self._running = True

        def finished() -> None:
            self._running = False
            if self._again and not self._closed:
                self._again = False
                self.run_now()

        def done(result: SearchResult) -> None:
            if sequence == self._sequence and not self._closed:
                self.results.emit(result)
            finished()

        def failed(error: BaseException) -> None:
            # search() promises not to raise; if it does, say so gently.
            if sequence == self._sequence and not self._closed:
                from app.journal.model import SearchResult

                self.results.emit(
                    SearchResult(hits=[], message=tr("Search isn't available just now."))
                )
            finished()

        self._session.submit(jobs.search(text, entry_filter, RESULT_LIMIT), done, failed)

    def close(self) -> None:
        self._closed = True
        self._again = False
        self._sequence += 1
        self.timer.stop()
        self._text = ""
        self._filter = None
