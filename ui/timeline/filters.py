"""The timeline's filter row: which kind, which days, and only what is marked to bring.

It says what the person chose as an ``app.timeline.TimelineFilter`` (``changed``). With
no days chosen the timeline runs up to today: sessions planned for later show once
their day comes (or when the person chooses days ahead).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.platform import timestamps
from app.timeline import TimelineFilter
from ui.common.date_range import LinkedDates
from ui.common.design import SPACE
from ui.timeline import words
from ui.timeline.words import tr


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


class FilterRow(QWidget):
    """Kind, from/to days and "only what I marked to bring"; emits ``changed``."""

    changed = Signal(object)  # TimelineFilter

    def __init__(
        self, parent: QWidget | None = None, *, today: Callable[[], date] = date.today
    ) -> None:
        super().__init__(parent)
        self.setObjectName("timeline-filters")
        self._today = today
        self._quiet = False

        self.kind = QComboBox(self)
        self.kind.setObjectName("timeline-kind")
        self.kind.setAccessibleName(tr("Kind of thing to show"))
        self.kind.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.kind.addItem(tr("Everything"), None)
        for kind, name in words.kind_names():
            self.kind.addItem(name, kind)
        kind_label = QLabel(tr("&Show"), self)
        kind_label.setBuddy(self.kind)

        self.flagged = QCheckBox(tr("Only what I marked to &bring to therapy"), self)
        self.flagged.setObjectName("timeline-flagged")
        self.flagged.setAccessibleName(tr("Show only what I marked to bring to therapy"))
        self.flagged.setToolTip(
            tr("Journal entries, exercises and boundaries marked “Bring to therapy”")
        )

        now = _qdate(today())
        self.use_dates = QCheckBox(tr("&From"), self)
        self.use_dates.setObjectName("timeline-dates")
        self.use_dates.setAccessibleName(tr("Show only the days between two dates"))
        self.start = self._date_edit(now.addMonths(-1), tr("First day to show"), "timeline-start")
        self.end = self._date_edit(now, tr("Last day to show"), "timeline-end")
        self.to_label = QLabel(tr("to"), self)

        self.show_all = QPushButton(tr("Show &everything"), self)
        self.show_all.setObjectName("timeline-show-all")
        self.show_all.setAccessibleName(tr("Show everything again"))
        self.show_all.setToolTip(tr("Clear the kind, the days and the mark"))
        self.show_all.setEnabled(False)

        self.kind.currentIndexChanged.connect(self._emit)
        self.flagged.toggled.connect(self._emit)
        self._dates = LinkedDates(
            self.use_dates, self.start, self.end, self._emit, also=(self.to_label,)
        )
        self.show_all.clicked.connect(self.reset)

        first = QHBoxLayout()
        first.setContentsMargins(0, 0, 0, 0)
        first.setSpacing(SPACE.s)
        first.addWidget(kind_label)
        first.addWidget(self.kind)
        first.addSpacing(SPACE.m)
        first.addWidget(self.flagged)
        first.addStretch(1)
        first.addWidget(self.show_all)
        second = QHBoxLayout()
        second.setContentsMargins(0, 0, 0, 0)
        second.setSpacing(SPACE.xs)
        second.addWidget(self.use_dates)
        second.addWidget(self.start)
        second.addWidget(self.to_label)
        second.addWidget(self.end)
        second.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(SPACE.xs)
        layout.addLayout(first)
        layout.addLayout(second)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)

    def _date_edit(self, day: QDate, name: str, object_name: str) -> QDateEdit:
        edit = QDateEdit(day, self)
        edit.setObjectName(object_name)
        edit.setCalendarPopup(True)
        edit.setAccessibleName(name)
        edit.setMinimumDate(_qdate(timestamps.EARLIEST))
        edit.setMaximumDate(_qdate(timestamps.LATEST))
        edit.setDisplayFormat(tr("d MMM yyyy"))
        return edit

    # ----- the filter --------------------------------------------------------------------

    def current_filter(self) -> TimelineFilter:
        """What the person chose; with no days chosen, everything up to today."""
        kind = self.kind.currentData()
        kinds = None if kind is None else frozenset({kind})
        if self.use_dates.isChecked():
            start, end = _pydate(self.start.date()), _pydate(self.end.date())
            start, end = min(start, end), max(start, end)
        else:
            start, end = None, self._today()
        return TimelineFilter(
            kinds=kinds, start=start, end=end, flagged_only=self.flagged.isChecked()
        )

    def is_filtering(self) -> bool:
        return (
            self.kind.currentIndex() > 0 or self.flagged.isChecked() or self.use_dates.isChecked()
        )

    def _emit(self, *_args: object) -> None:
        if self._quiet:
            return
        self.show_all.setEnabled(self.is_filtering())
        self.changed.emit(self.current_filter())

    def set_days(self, start: date, end: date) -> None:
        """Show only ``start`` .. ``end`` (for tests and links from elsewhere)."""
        self._quiet = True
        try:
            self.start.setDate(_qdate(start))
            self.end.setDate(_qdate(end))
            self.use_dates.setChecked(True)
        finally:
            self._quiet = False
        self._emit()

    def choose_kind(self, kind: object) -> None:
        """Show only ``kind`` (an ``app.timeline.Kind``; None for everything)."""
        for index in range(self.kind.count()):
            if self.kind.itemData(index) == kind:
                self.kind.setCurrentIndex(index)
                return

    def reset(self) -> None:
        """Back to everything (up to today)."""
        self._quiet = True
        try:
            self.kind.setCurrentIndex(0)
            self.flagged.setChecked(False)
            self.use_dates.setChecked(False)
            now = _qdate(self._today())
            self.start.setDate(now.addMonths(-1))
            self.end.setDate(now)
        finally:
            self._quiet = False
        self._emit()
