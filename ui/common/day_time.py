"""A day, with the time too if the person wants to note it: the date field, an "At"
box and the time field it turns on (the boundary moment and the invitation attempt
dialogs)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from PySide6.QtCore import QCoreApplication, QDate, QTime
from PySide6.QtWidgets import QCheckBox, QDateEdit, QHBoxLayout, QTimeEdit, QWidget

from ui.common.design import SPACE

EARLIEST = date(1900, 1, 1)


def tr(text: str) -> str:
    return QCoreApplication.translate("DayAndTime", text)


@dataclass(frozen=True)
class DayAndTime:
    day: QDateEdit
    has_time: QCheckBox
    at: QTimeEdit
    row: QHBoxLayout


def day_and_time(
    parent: QWidget,
    *,
    today: date,
    days_ahead: int,
    day_name: str,
    time_name: str,
    now: datetime | None = None,
) -> DayAndTime:
    """The three fields in a row: the day (``today`` at first, at most ``days_ahead``
    after it) and, off until "At" is ticked, the time (``now``'s hour and minute)."""
    day = QDateEdit(parent)
    day.setCalendarPopup(True)
    day.setDisplayFormat(tr("ddd d MMM yyyy"))
    day.setMinimumDate(QDate(EARLIEST.year, EARLIEST.month, EARLIEST.day))
    latest = today + timedelta(days=days_ahead)
    day.setMaximumDate(QDate(latest.year, latest.month, latest.day))
    day.setDate(QDate(today.year, today.month, today.day))
    day.setAccessibleName(day_name)
    has_time = QCheckBox(tr("A&t"), parent)
    has_time.setAccessibleName(tr("Note the time too"))
    at = QTimeEdit(parent)
    at.setAccessibleName(time_name)
    clock = now or datetime.now()
    at.setTime(QTime(clock.hour, clock.minute))
    at.setEnabled(False)
    has_time.toggled.connect(at.setEnabled)
    row = QHBoxLayout()
    row.addWidget(day, 1)
    row.addSpacing(SPACE.s)
    row.addWidget(has_time)
    row.addWidget(at)
    return DayAndTime(day, has_time, at, row)
