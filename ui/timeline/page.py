"""The timeline page: everything the person has noted, in every module, newest first.

A filter row (kind, days, only what is marked to bring), then one long list read a
page at a time as the person scrolls (``ui/timeline/rows.py``, pages from
``app/timeline``). Enter or a double click opens the chosen item in its own page
(``context.navigate(module, ref)``: that page's ``show_item``). A change anywhere reads
the rows shown again while the page is in view (or when it is next shown) and keeps
the chosen row; locking empties the list.

Privacy: the rows stay in this page's model only. Nothing reaches a window title, a
notification or a log line (errors are logged by type).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Final

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QPushButton, QStackedWidget, QVBoxLayout, QWidget

from ui.common.design import SPACE
from ui.common.messages import MessageBanner, Tone
from ui.common.surfaces import PageHeader, text_label
from ui.timeline.filters import FilterRow
from ui.timeline.rows import KeyRole, TargetRole, TimelineModel, TimelineTable
from ui.timeline.words import tr

if TYPE_CHECKING:
    from app.platform.changes import Changes, Topic
    from app.timeline import TimelineFilter
    from ui.shell.context import ModuleContext

log = logging.getLogger(__name__)

LIST: Final = 0
EMPTY: Final = 1


def timeline_topics() -> tuple[Topic, ...]:
    """The kinds of change that alter what the timeline shows: every topic of every
    module that gives it items."""
    from app.platform.registry import feature_modules

    return tuple(t for m in feature_modules() if m.timeline is not None for t in m.topics)


class TimelinePage(QWidget):
    """See the module docstring. ``today`` gives the local date (tests fix it)."""

    loaded = Signal()  # the first rows of a load are shown (or the empty words)

    def __init__(
        self,
        context: ModuleContext,
        parent: QWidget | None = None,
        *,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("timeline-page")
        self.setAccessibleName(tr("Timeline"))
        self.context = context
        self.session = context.session
        self._closed = False
        self._stale = False  # something changed while the page was hidden
        self._topics = timeline_topics()
        self._keep: tuple[str, str, str] | None = None  # the row to choose after a refresh
        self._keep_scroll = 0

        self.header = PageHeader(tr("Timeline"), self, name="timeline-header")
        self.header.set_subtitle(
            tr("Everything you have noted, newest first. Press Enter on one to open it.")
        )
        self.filters = FilterRow(self, today=today)
        self.banner = MessageBanner(self)
        self.banner.setObjectName("timeline-banner")

        self.model = TimelineModel(self.session, today=today, parent=self)
        self.table = TimelineTable(self)
        self.table.setModel(self.model)

        self.empty = QWidget(self)
        self.empty.setObjectName("timeline-empty")
        self.empty_text = text_label(self.empty, muted=True, name="timeline-empty-text")
        self.empty_text.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.empty_all = QPushButton(tr("Show everything"), self.empty)
        self.empty_all.setObjectName("timeline-empty-show-all")
        self.empty_all.setAccessibleName(tr("Show everything again"))
        empty_layout = QVBoxLayout(self.empty)
        empty_layout.setContentsMargins(SPACE.xl, SPACE.xxl, SPACE.xl, SPACE.xl)
        empty_layout.setSpacing(SPACE.m)
        empty_layout.addWidget(self.empty_text)
        empty_layout.addWidget(self.empty_all, 0, Qt.AlignmentFlag.AlignHCenter)
        empty_layout.addStretch(1)

        self.views = QStackedWidget(self)
        self.views.addWidget(self.table)
        self.views.addWidget(self.empty)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(SPACE.l, SPACE.m, SPACE.m, SPACE.s)
        layout.setSpacing(SPACE.s)
        layout.addWidget(self.header)
        layout.addWidget(self.filters)
        layout.addWidget(self.banner)
        layout.addWidget(self.views, 1)

        self.filters.changed.connect(self._filter_changed)
        self.empty_all.clicked.connect(self.filters.reset)
        self.table.open_requested.connect(self.open_item)
        self.model.loaded.connect(self._loaded)
        self.model.failed.connect(self._failed)
        self.model.modelReset.connect(self._show_list_or_empty)
        self.model.rowsInserted.connect(self._show_list_or_empty)

        self.reload()

    # ----- loading -----------------------------------------------------------------------

    def reload(self, wanted: TimelineFilter | None = None) -> None:
        """Read the first page the filter shows (the filter row's, by default)."""
        if self._closed:
            return
        self._stale = False
        self._keep = None
        self.banner.clear_message()
        self.model.reload(wanted if wanted is not None else self.filters.current_filter())

    def refresh(self) -> None:
        """Read the rows shown again (something changed), keeping the chosen one."""
        if self._closed:
            return
        self._stale = False
        current = self.table.currentIndex()
        self._keep = current.data(KeyRole) if current.isValid() else None
        self._keep_scroll = self.table.verticalScrollBar().value()
        if self.model.current_filter() is None:
            self.reload()
            return
        # The day may have turned since the filter was read ("up to today").
        wanted = self.filters.current_filter()
        if wanted != self.model.current_filter():
            self.reload(wanted)
            return
        self.model.refresh()

    def _filter_changed(self, wanted: TimelineFilter) -> None:
        self.reload(wanted)

    def _loaded(self) -> None:
        self._show_list_or_empty()
        if self._keep is not None:
            row = self.model.row_of(self._keep)
            self._keep = None
            if row >= 0:
                self.table.setCurrentIndex(self.model.index(row, 0))
            self.table.verticalScrollBar().setValue(self._keep_scroll)
        self.loaded.emit()

    def _failed(self, text: str) -> None:
        if not self._closed:
            self.banner.show_message(text, Tone.PROBLEM)
            self._show_list_or_empty()

    def _show_list_or_empty(self, *_args: object) -> None:
        if self.model.rowCount() or self.model.is_loading():
            self.views.setCurrentIndex(LIST)
            return
        filtering = self.filters.is_filtering()
        if self.banner.tone == Tone.PROBLEM:
            self.empty_text.setText("")
        elif filtering:
            self.empty_text.setText(tr("Nothing here matches what you chose."))
        else:
            self.empty_text.setText(
                tr(
                    "Nothing here yet. Journal entries, check-ins, sessions and the rest "
                    "show up here as you add them, newest first."
                )
            )
        self.empty_all.setVisible(filtering)
        self.views.setCurrentIndex(EMPTY)

    def is_empty_shown(self) -> bool:
        return self.views.currentIndex() == EMPTY

    # ----- opening an item ---------------------------------------------------------------

    def open_item(self, index: QModelIndex) -> None:
        """Show the item at ``index`` in its own page."""
        if self._closed or not index.isValid():
            return
        target = index.data(TargetRole)
        if not isinstance(target, tuple):
            return
        module_id, ref = target
        if not self.context.navigate(module_id, ref):
            self.banner.show_message(
                tr("That part of Mooring isn't available just now."), Tone.INFO
            )

    # ----- changes and locking -----------------------------------------------------------

    def apply_changes(self, changes: Changes) -> None:
        """Something changed in a module that gives the timeline items: read the rows
        again now if the page is in view, else when it is next shown."""
        if self._closed or not changes.touches(*self._topics):
            return
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale and not self._closed:
            self.refresh()

    def before_lock(self) -> None:
        """The vault closes next: forget every row and message (nothing to save)."""
        self._closed = True
        self._keep = None
        self.model.clear()
        self.banner.clear_message()
        self.empty_text.setText("")
