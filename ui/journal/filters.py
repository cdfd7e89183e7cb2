"""Narrowing the list: tag, date range, "bring to therapy" only, and the calendar.

The calendar marks the days of the shown month that have entries (asked from the
worker whenever the month changes); clicking a day shows that day's entries.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QEvent, Signal
from PySide6.QtGui import QColor, QFont, QPalette, QTextCharFormat
from PySide6.QtWidgets import (
    QCalendarWidget,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.journal.entry_date import matches
from app.journal.model import EntryFilter
from ui.common.date_range import LinkedDates
from ui.journal.formatting import pydate, qdate


def tr(text: str) -> str:
    return QCoreApplication.translate("JournalFilters", text)


class FilterPanel(QWidget):
    """Tag, dates, therapy flag and a calendar; emits the resulting EntryFilter."""

    filter_changed = Signal(object)  # EntryFilter
    month_shown = Signal(int, int)  # year, month: mark its days, please

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("journal-filters")
        self._marked: set[date] = set()
        self._quiet = False

        self.tag = QComboBox(self)
        self.tag.setObjectName("journal-tag-filter")
        self.tag.setAccessibleName(tr("Show entries with this tag"))
        self.tag.setToolTip(tr("Show only entries with this tag"))
        self.tag.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.tag.setMinimumContentsLength(8)
        self.tag.addItem(tr("All tags"), None)
        self.tag.currentIndexChanged.connect(self._emit)

        self.therapy_only = QCheckBox(tr("For therapy"), self)
        self.therapy_only.setObjectName("journal-therapy-filter")
        self.therapy_only.setAccessibleName(tr("Show only entries to bring to therapy"))
        self.therapy_only.setToolTip(tr("Show only entries marked “Bring to therapy”"))
        self.therapy_only.toggled.connect(self._emit)

        today = QDate.currentDate()
        self.use_dates = QCheckBox(tr("From"), self)
        self.use_dates.setObjectName("journal-dates-filter")
        self.use_dates.setAccessibleName(tr("Show only entries between two dates"))
        self.use_dates.setToolTip(tr("Show only entries written between these two dates"))
        self.start = self._date_edit(today.addMonths(-1), tr("First day to show"))
        self.end = self._date_edit(today, tr("Last day to show"))
        self.to_label = QLabel(tr("to"), self)
        self._dates = LinkedDates(self.use_dates, self.start, self.end, self._emit)

        self.show_all = QPushButton(tr("Show all"), self)
        self.show_all.setObjectName("journal-show-all")
        self.show_all.setAccessibleName(tr("Show all entries"))
        self.show_all.setToolTip(tr("Clear the tag, date and therapy filters"))
        self.show_all.clicked.connect(self.reset)
        self.show_all.setEnabled(False)

        self.calendar = QCalendarWidget(self)
        self.calendar.setObjectName("journal-calendar")
        self.calendar.setAccessibleName(tr("Calendar: days with entries are marked"))
        self.calendar.setToolTip(tr("Days in bold have entries. Click a day to see them."))
        self.calendar.setGridVisible(False)
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.calendar.setMaximumDate(QDate(2199, 12, 31))
        self.calendar.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.calendar.currentPageChanged.connect(self._page_changed)
        self.calendar.clicked.connect(self.show_day)
        self.calendar.activated.connect(self.show_day)

        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(4)
        grid.addWidget(self.tag, 0, 0, 1, 3)
        grid.addWidget(self.therapy_only, 0, 3)
        dates = QHBoxLayout()
        dates.setSpacing(4)
        dates.addWidget(self.use_dates)
        dates.addWidget(self.start, 1)
        dates.addWidget(self.to_label)
        dates.addWidget(self.end, 1)
        grid.addLayout(dates, 1, 0, 1, 4)
        grid.setColumnStretch(0, 1)

        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.show_all)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(grid)
        layout.addWidget(self.calendar)
        layout.addLayout(bottom)

    def _date_edit(self, day: QDate, name: str) -> QDateEdit:
        edit = QDateEdit(day, self)
        edit.setCalendarPopup(True)
        edit.setAccessibleName(name)
        edit.setMinimumDate(QDate(1900, 1, 1))
        edit.setMaximumDate(QDate(2199, 12, 31))
        edit.setDisplayFormat("d MMM yyyy")
        return edit

    # ----- the filter ------------------------------------------------------------------

    def current_filter(self) -> EntryFilter:
        start = end = None
        if self.use_dates.isChecked():
            start, end = pydate(self.start.date()), pydate(self.end.date())
        tag = self.tag.currentData()
        return EntryFilter(
            tag=tag if isinstance(tag, str) else None,
            start=start,
            end=end,
            therapy_only=self.therapy_only.isChecked(),
        )

    def is_filtering(self) -> bool:
        f = self.current_filter()
        return f.tag is not None or f.start is not None or f.therapy_only

    def hides_new_entries(self, now: datetime | None = None) -> bool:
        """Whether an entry begun ``now`` (no tags, not flagged) would be left out."""
        moment = now if now is not None else datetime.now().astimezone()
        return not matches(self.current_filter(), created=moment, tags=(), therapy=False)

    def _emit(self, *_args: object) -> None:
        if self._quiet:
            return
        self.show_all.setEnabled(self.is_filtering())
        self.filter_changed.emit(self.current_filter())

    def show_day(self, day: QDate) -> None:
        """Show only the entries of ``day`` (a click in the calendar)."""
        self._quiet = True
        try:
            self.start.setDate(day)
            self.end.setDate(day)
            self.use_dates.setChecked(True)
        finally:
            self._quiet = False
        self._emit()

    def reset(self) -> None:
        """Back to every entry."""
        self._quiet = True
        try:
            self.tag.setCurrentIndex(0)
            self.therapy_only.setChecked(False)
            self.use_dates.setChecked(False)
        finally:
            self._quiet = False
        self._emit()

    def set_tags(self, tags: list[tuple[str, int]]) -> None:
        """Fill the tag list (name and how many entries use it), keeping the choice."""
        chosen = self.tag.currentData()
        self._quiet = True
        try:
            self.tag.clear()
            self.tag.addItem(tr("All tags"), None)
            for name, count in tags:
                label = " ".join(name.split())
                self.tag.addItem(f"{label} ({count})", name)
            index = self.tag.findData(chosen) if isinstance(chosen, str) else 0
            self.tag.setCurrentIndex(max(0, index))
        finally:
            self._quiet = False
        if isinstance(chosen, str) and self.tag.currentData() != chosen:
            self._emit()  # the chosen tag is gone: show everything again

    # ----- calendar --------------------------------------------------------------------

    def shown_month(self) -> tuple[int, int]:
        return self.calendar.yearShown(), self.calendar.monthShown()

    def _page_changed(self, year: int, month: int) -> None:
        self.month_shown.emit(year, month)

    def mark_days(self, year: int, month: int, days: set[date]) -> None:
        """Mark ``days`` in the calendar, if it still shows ``year``/``month``."""
        if (year, month) != self.shown_month():
            return
        self._marked = set(days)
        self._paint_marks()

    def _paint_marks(self) -> None:
        self.calendar.setDateTextFormat(QDate(), QTextCharFormat())  # clears every mark
        if not self._marked:
            return
        mark = QTextCharFormat()
        mark.setFontWeight(QFont.Weight.Bold)
        tint = QColor(self.palette().color(QPalette.ColorRole.Highlight))
        tint.setAlpha(70)
        mark.setBackground(tint)
        mark.setForeground(self.palette().color(QPalette.ColorRole.Text))
        for day in self._marked:
            self.calendar.setDateTextFormat(qdate(day), mark)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self._marked:
            self._paint_marks()  # light/dark switched: re-tint the marks

    def wipe(self) -> None:
        """Lock: forget tags and marked days (they tell something about the journal)."""
        self._quiet = True
        try:
            self.tag.clear()
            self.tag.addItem(tr("All tags"), None)
        finally:
            self._quiet = False
        self._marked = set()
        self.calendar.setDateTextFormat(QDate(), QTextCharFormat())
