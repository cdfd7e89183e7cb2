"""Session lists: a model over session summaries (whole, or fetched page by page), the
two-line rows they are drawn with, and the table that shows them.

Past sessions come in keyset pages (newest first): the view asks for more
(``canFetchMore``/``fetchMore``) only as the person scrolls, so five years of
sessions open as fast as five. A page for an older filter is dropped.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
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

from app.sessions.model import PartnerResponse, SessionSummary, Status
from ui.sessions import jobs
from ui.sessions.words import (
    DOT,
    format_name,
    kind_name,
    provider_of,
    reason,
    response_label,
    status_name,
    tr,
    when_text,
)

if TYPE_CHECKING:
    from ui.shell.session import Session

ModelIndex = QModelIndex | QPersistentModelIndex
PageJob = Callable[[jobs.Cursor | None, int], jobs.OnVault[jobs.Page]]

PAGE_SIZE = 100
FIRST_PAGE_SIZE = 40

IdRole = Qt.ItemDataRole.UserRole + 1
DetailsRole = Qt.ItemDataRole.UserRole + 2
StatusRole = Qt.ItemDataRole.UserRole + 3


class Row(NamedTuple):
    """One row, already in words: small, as there may be thousands."""

    id: int
    headline: str
    details: str
    status: Status
    schedule_id: int | None
    day: date

    @classmethod
    def of(cls, item: SessionSummary, today: date | None) -> Row:
        headline = f"{when_text(item.start, item.minutes, today)}{DOT}{kind_name(item.kind_id)}"
        parts = [status_name(item.status), format_name(item.format)]
        provider = provider_of(item)
        if provider:
            parts.append(provider)
        if item.partner is not PartnerResponse.NOT_ASKED:
            parts.append(tr("Partner: {answer}").format(answer=response_label(item.partner)))
        if item.schedule_id is not None:
            parts.append(tr("Repeats"))
        return cls(
            item.id, headline, DOT.join(parts), item.status, item.schedule_id, item.start.date()
        )


class SessionListModel(QAbstractListModel):
    """Sessions as rows: a whole list (``set_rows``) or pages fetched as needed
    (``reload`` with a page job)."""

    loaded = Signal()  # the rows (or the first page) arrived
    failed = Signal(str)  # a page could not be read: one line for the person

    def __init__(
        self,
        today: Callable[[], date] | None = None,
        *,
        page_size: int = PAGE_SIZE,
        first_page_size: int = FIRST_PAGE_SIZE,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._today = today
        self._rows: list[Row] = []
        self._page_size = page_size
        self._first_page_size = min(first_page_size, page_size)
        self._session: Session | None = None
        self._job: PageJob | None = None
        self._cursor: jobs.Cursor | None = None
        self._exhausted = True
        self._loading = False
        self._generation = 0
        self.pages_fetched = 0

    # ----- whole lists -------------------------------------------------------------

    def set_rows(self, items: list[SessionSummary]) -> None:
        self._generation += 1
        today = self._today() if self._today is not None else None
        self.beginResetModel()
        self._rows = [Row.of(item, today) for item in items]
        self._job = None
        self._exhausted = True
        self._loading = False
        self.endResetModel()
        self.loaded.emit()

    # ----- pages -------------------------------------------------------------------

    def reload(self, session: Session, job: PageJob) -> None:
        """Forget every row and fetch the first page of ``job``."""
        self._generation += 1
        generation = self._generation
        self.beginResetModel()
        self._rows = []
        self._session = session
        self._job = job
        self._cursor = None
        self._exhausted = False
        self._loading = True
        self.pages_fetched = 0
        self.endResetModel()
        size = self._first_page_size

        def done(page: jobs.Page) -> None:
            if generation == self._generation:
                self._loading = False
                self._append(page, size)
                self.loaded.emit()

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

        def done(page: jobs.Page) -> None:
            if generation == self._generation:
                self._loading = False
                self._append(page, size)

        self._session.submit(
            self._job(self._cursor, size), done, lambda error: self._failed(generation, error)
        )

    def _append(self, page: jobs.Page, asked: int) -> None:
        self.pages_fetched += 1
        self._cursor = page.cursor
        if len(page.rows) < asked:
            self._exhausted = True
        if page.rows:
            today = self._today() if self._today is not None else None
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page.rows) - 1)
            self._rows.extend(Row.of(item, today) for item in page.rows)
            self.endInsertRows()

    def _failed(self, generation: int, error: BaseException) -> None:
        if generation != self._generation:
            return
        self._loading = False
        self._exhausted = True
        self.failed.emit(
            tr("Your sessions couldn't be read just now: {reason}").format(reason=reason(error))
        )

    def is_loading(self) -> bool:
        return self._loading

    def clear(self) -> None:
        """Drop every row (on lock)."""
        self._generation += 1
        self.beginResetModel()
        self._rows = []
        self._job = None
        self._session = None
        self._cursor = None
        self._exhausted = True
        self._loading = False
        self.endResetModel()

    # ----- rows --------------------------------------------------------------------

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def row(self, number: int) -> Row:
        return self._rows[number]

    def rows(self) -> list[Row]:
        return list(self._rows)

    def row_of(self, session_id: int) -> int:
        return next((n for n, row in enumerate(self._rows) if row.id == session_id), -1)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return row.headline
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{row.headline}. {row.details}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{row.headline}\n{row.details}"
        if role == IdRole:
            return row.id
        if role == DetailsRole:
            return row.details
        if role == StatusRole:
            return row.status
        return None


class SessionDelegate(QStyledItemDelegate):
    """Two lines per session: when and what, then status, format, provider, partner."""

    PADDING = 6

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont]:
        title = QFont(option.font)  # type: ignore[attr-defined]
        title.setBold(True)
        small = QFont(option.font)  # type: ignore[attr-defined]
        small.setPointSizeF(max(7.0, small.pointSizeF() * 0.92))
        return title, small

    def sizeHint(self, option: QStyleOptionViewItem, index: ModelIndex) -> QSize:
        title, small = self._fonts(option)
        height = QFontMetrics(title).height() + QFontMetrics(small).height() + 3 * self.PADDING
        return QSize(200, height)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: ModelIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""  # type: ignore[attr-defined]
        widget = option.widget  # type: ignore[attr-defined]
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)

        selected = bool(option.state & QStyle.StateFlag.State_Selected)  # type: ignore[attr-defined]
        palette = option.palette  # type: ignore[attr-defined]
        main = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
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
        painter.setFont(title_font)
        painter.setPen(main)
        headline = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        painter.drawText(
            QRect(rect.left(), rect.top(), rect.width(), title_metrics.height()),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            title_metrics.elidedText(headline, Qt.TextElideMode.ElideRight, rect.width()),
        )
        painter.setFont(small_font)
        painter.setPen(muted)
        top = rect.top() + title_metrics.height() + self.PADDING // 2
        details = str(index.data(DetailsRole) or "")
        painter.drawText(
            QRect(rect.left(), top, rect.width(), small_metrics.height()),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            small_metrics.elidedText(details, Qt.TextElideMode.ElideRight, rect.width()),
        )
        painter.restore()


class SessionTable(QTableView):
    """A one-column table of :class:`SessionDelegate` rows (fixed row heights, so pages
    arriving never make the view measure every row again)."""

    open_requested = Signal(int)  # a session id: Enter or a double-click

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setItemDelegate(SessionDelegate(self))
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
        self.activated.connect(self._activated)

    def _fit_row_height(self) -> None:
        option = QStyleOptionViewItem()
        option.initFrom(self)
        option.font = self.font()  # type: ignore[attr-defined]
        height = self.itemDelegate().sizeHint(option, QModelIndex()).height()
        self.verticalHeader().setMinimumSectionSize(1)
        self.verticalHeader().setDefaultSectionSize(height)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_row_height()

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_requested.emit(int(index.data(IdRole)))

    def current_id(self) -> int | None:
        index = self.currentIndex()
        return int(index.data(IdRole)) if index.isValid() else None
