"""Session lists: a model over session summaries (whole, or fetched page by page), the
two-line rows they are drawn with, and the table that shows them.

Past sessions come in keyset pages (newest first): the view asks for more
(``canFetchMore``/``fetchMore``) only as the person scrolls, so five years of
sessions open as fast as five. A page for an older filter is dropped. The paging, the
two-line drawing and the table are shared with the journal's entry list
(``ui/common/lazy_list.py``); what is the sessions' own is here.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import TYPE_CHECKING, Any, NamedTuple

from PySide6.QtCore import QModelIndex, QObject, Qt, Signal

from app.sessions.model import PartnerResponse, SessionSummary, Status
from ui.common.lazy_list import KeysetListModel, ModelIndex, RowRules, TwoLineTable
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
    from PySide6.QtWidgets import QWidget

    from ui.shell.session import Session

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


class SessionListModel(KeysetListModel[SessionSummary, Row]):
    """Sessions as rows: a whole list (``set_rows``) or pages fetched as needed
    (``reload`` with a page job)."""

    def __init__(
        self,
        today: Callable[[], date] | None = None,
        *,
        page_size: int = PAGE_SIZE,
        first_page_size: int = FIRST_PAGE_SIZE,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(
            RowRules(
                make_rows=self._rows_of,
                row_data=_row_data,
                failure_text=lambda error: tr(
                    "Your sessions couldn't be read just now: {reason}"
                ).format(reason=reason(error)),
            ),
            page_size=page_size,
            first_page_size=first_page_size,
            parent=parent,
        )
        self._today = today

    def set_rows(self, items: list[SessionSummary]) -> None:
        """Show ``items``, all of them (a short list read whole): nothing more to fetch."""
        self._reset(self._rows_of(items), None)
        self.loaded.emit()

    def reload(self, session: Session, job: PageJob) -> None:
        """Forget every row and fetch the first page of ``job``."""
        self._load(session, job)

    def rows(self) -> list[Row]:
        return list(self._rows)

    def _rows_of(self, items: Sequence[SessionSummary]) -> list[Row]:
        # "Yesterday" and "today" are read once a page, not once a row.
        today = self._today() if self._today is not None else None
        return [Row.of(item, today) for item in items]


def _row_data(row: Row, role: int) -> Any:
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


def session_lines(index: ModelIndex) -> tuple[str, str]:
    """Two lines per session: when and what, then status, format, provider, partner."""
    return (
        str(index.data(Qt.ItemDataRole.DisplayRole) or ""),
        str(index.data(DetailsRole) or ""),
    )


class SessionTable(TwoLineTable):
    """A one-column table of two-line session rows (fixed row heights, so pages
    arriving never make the view measure every row again)."""

    open_requested = Signal(int)  # a session id: Enter or a double-click

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(session_lines, 0.92, parent)
        self.activated.connect(self._activated)

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_requested.emit(int(index.data(IdRole)))

    def current_id(self) -> int | None:
        index = self.currentIndex()
        return int(index.data(IdRole)) if index.isValid() else None
