"""A month at a glance: a calendar whose days with sessions are marked, and the sessions
of the chosen day below it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, Signal
from PySide6.QtGui import QFont, QTextCharFormat
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.sessions.model import LATEST_DAY, SessionSummary
from ui.sessions.session_list import SessionListModel, SessionTable
from ui.sessions.words import PLAIN, long_day_text, plural, pydate, qdate

EARLIEST = date(1970, 1, 1)


def tr(text: str) -> str:
    return QCoreApplication.translate("SessionMonth", text)


class MonthView(QWidget):
    """The calendar and the chosen day's sessions."""

    month_shown = Signal(int, int)  # year, month: load its sessions, please
    open_requested = Signal(int)
    new_requested = Signal(object)  # a date

    def __init__(self, today: Callable[[], date], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._today = today
        self._sessions: list[SessionSummary] = []
        self._marked: set[date] = set()
        self.calendar = QCalendarWidget(self)
        self.calendar.setAccessibleName(tr("Month calendar; days in bold have sessions"))
        self.calendar.setGridVisible(False)
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.calendar.setMinimumDate(qdate(EARLIEST))
        self.calendar.setMaximumDate(qdate(LATEST_DAY))
        self.calendar.setSelectedDate(qdate(today()))
        self.calendar.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        # Qt's own parts of the calendar have icons only: give them names to be spoken.
        for part, name in (
            ("qt_calendar_prevmonth", tr("Previous month")),
            ("qt_calendar_nextmonth", tr("Next month")),
            ("qt_calendar_calendarview", tr("Days of the month")),
        ):
            child = self.calendar.findChild(QWidget, part)
            if child is not None:
                child.setAccessibleName(name)
        self.calendar.currentPageChanged.connect(self.month_shown.emit)
        self.calendar.selectionChanged.connect(self._show_day)

        self.day_label = QLabel(self)
        self.day_label.setTextFormat(PLAIN)
        self.day_label.setWordWrap(True)
        self.day_label.setAccessibleName(tr("The chosen day"))
        self.add_button = QPushButton(tr("Add a session on this day"), self)
        self.add_button.setAccessibleName(tr("Add a session on the chosen day"))
        self.add_button.clicked.connect(
            lambda: self.new_requested.emit(pydate(self.calendar.selectedDate()))
        )
        row = QHBoxLayout()
        row.addWidget(self.day_label, 1)
        row.addWidget(self.add_button)
        self.model = SessionListModel(today, parent=self)
        self.list = SessionTable(self)
        self.list.setModel(self.model)
        self.list.setAccessibleName(tr("Sessions on the chosen day"))
        self.list.open_requested.connect(self.open_requested.emit)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.calendar.setMinimumHeight(260)
        layout.addWidget(self.calendar, 3)
        layout.addLayout(row)
        layout.addWidget(self.list, 2)
        layout.addStretch(0)
        self._show_day()

    def shown_month(self) -> tuple[int, int]:
        return self.calendar.yearShown(), self.calendar.monthShown()

    def select_day(self, day: date) -> None:
        self.calendar.setSelectedDate(qdate(day))
        self.calendar.setCurrentPage(day.year, day.month)

    def show_month(self, year: int, month: int, sessions: list[SessionSummary]) -> None:
        """Mark the days of ``sessions`` (the month ``year``/``month``) in bold."""
        if (year, month) != self.shown_month():
            return
        self._sessions = sessions
        plain = QTextCharFormat()
        for day in self._marked:
            self.calendar.setDateTextFormat(qdate(day), plain)
        bold = QTextCharFormat()
        bold.setFontWeight(QFont.Weight.Bold)
        bold.setFontUnderline(True)
        self._marked = {s.start.date() for s in sessions}
        for day in self._marked:
            self.calendar.setDateTextFormat(qdate(day), bold)
        self._show_day()

    def _show_day(self) -> None:
        day = pydate(self.calendar.selectedDate())
        found = [s for s in self._sessions if s.start.date() == day]
        self.model.set_rows(found)
        self.list.setVisible(bool(found))
        if found:
            self.day_label.setText(
                plural(
                    len(found),
                    "{day}: 1 session",
                    "{day}: %Ln sessions",
                    "SessionMonth",
                ).format(day=long_day_text(day))
            )
        else:
            self.day_label.setText(tr("{day}: nothing planned.").format(day=long_day_text(day)))

    def day_sessions(self) -> list[str]:
        return [row.headline for row in self.model.rows()]

    def clear(self) -> None:
        self.calendar.setDateTextFormat(QDate(), QTextCharFormat())
        self._marked = set()
        self._sessions = []
        self.model.clear()
        self.day_label.clear()
