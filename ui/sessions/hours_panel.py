"""Program hours: attended hours per week against the person's own weekly target, in a
chart and in plain words, with attendance counts and streaks.

The target is the person's number (none by default); nothing here says what it
should be. The chart shows each week's hours as a level line across that week's
days, and the target as a second line.
"""

from __future__ import annotations

import math
from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QLocale, QSignalBlocker, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.sessions.model import MAX_WEEKLY_TARGET_MINUTES
from ui.common.chart import ChartData, ChartWidget, Series
from ui.sessions.jobs import HoursView
from ui.sessions.words import PLAIN, hours_number

WEEKS = 12
TARGET_DELAY_MS = 700


def tr(text: str) -> str:
    return QCoreApplication.translate("SessionHours", text)


def _many(text: str, n: int) -> str:
    """A sentence about more than one thing, with ``%Ln`` as the number."""
    return QCoreApplication.translate("SessionHours", text, None, n)


def _nice_step(top: float) -> float:
    for step in (1.0, 2.0, 5.0, 10.0, 20.0, 50.0):
        if top / step <= 6:
            return step
    return 100.0


def hours_chart(view: HoursView) -> ChartData:
    """The weeks of ``view`` as a chart: hours attended, and the target when set."""
    attended: dict[date, float] = {}
    any_attended = any(week.minutes for week in view.weeks)
    for week in view.weeks:
        for offset in range(7):
            day = week.week_start + timedelta(days=offset)
            if view.first <= day <= view.last:
                attended[day] = round(week.minutes / 60, 2)
    series = [Series(tr("Hours attended"), attended if any_attended else {})]
    top = max((week.minutes for week in view.weeks), default=0) / 60
    if view.target is not None:
        target = round(view.target / 60, 2)
        series.append(Series(tr("My weekly target"), dict.fromkeys(attended, target)))
        top = max(top, target)
    step = _nice_step(max(top, 1.0) * 1.1)
    y_max = max(step, math.ceil(max(top, 1.0) * 1.1 / step) * step)
    return ChartData(
        start=view.first,
        end=max(view.last, view.first),
        series=tuple(series),
        y_min=0.0,
        y_max=y_max,
        y_step=step,
        empty_text=tr("No hours attended in these weeks yet."),
    )


def hours_sentences(view: HoursView) -> list[str]:
    """The panel in words: this week, the streaks and the counts."""
    lines: list[str] = []
    this_week = view.weeks[-1] if view.weeks else None
    if this_week is not None and (this_week.minutes or view.target is not None):
        done = hours_number(this_week.minutes)
        if view.target is not None:
            lines.append(
                tr("This week so far: {done} of your {target} hours.").format(
                    done=done, target=hours_number(view.target)
                )
            )
        else:
            lines.append(tr("This week so far: {done} hours attended.").format(done=done))
    streaks = view.streaks
    if view.target is None:
        lines.append(
            tr("You can set a weekly target if it helps you keep track. It's your own number.")
        )
    elif streaks.weeks_meeting_target == 1:
        lines.append(tr("1 week at your target."))
    elif streaks.weeks_meeting_target > 1:
        lines.append(_many("%Ln weeks in a row at your target.", streaks.weeks_meeting_target))
    if streaks.attended_in_a_row >= 2:
        lines.append(_many("%Ln sessions attended in a row.", streaks.attended_in_a_row))
    if streaks.best_attended_in_a_row >= 2 and (
        streaks.best_attended_in_a_row > streaks.attended_in_a_row
    ):
        lines.append(
            _many("Your longest run: %Ln sessions in a row.", streaks.best_attended_in_a_row)
        )
    attended = sum(a.attended for a in view.attendance)
    missed = sum(a.missed for a in view.attendance)
    cancelled = sum(a.cancelled for a in view.attendance)
    if attended or missed or cancelled:
        loc = QLocale()
        parts = [tr("{n} attended").format(n=loc.toString(attended))]
        if missed:
            parts.append(tr("{n} missed").format(n=loc.toString(missed)))
        if cancelled:
            parts.append(tr("{n} cancelled").format(n=loc.toString(cancelled)))
        lines.append(
            tr("In these {weeks} weeks: {counts}.").format(
                weeks=loc.toString(len(view.weeks)), counts=", ".join(parts)
            )
        )
    return lines


class HoursPanel(QWidget):
    """The chart, the target box and the words."""

    target_chosen = Signal(object)  # minutes, or None for no target

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(tr("Program hours"))
        self.title = QLabel(tr("Program hours"), self)
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.15)
        font.setBold(True)
        self.title.setFont(font)

        self.target = QDoubleSpinBox(self)
        self.target.setRange(0.0, MAX_WEEKLY_TARGET_MINUTES / 60)
        self.target.setDecimals(1)
        self.target.setSingleStep(0.5)
        self.target.setSuffix(tr(" hours"))
        self.target.setSpecialValueText(tr("No target"))
        self.target.setAccessibleName(tr("My weekly target in hours"))
        self.target.setToolTip(tr("Your own number of hours a week. Leave it at none if you like."))
        self.target.setMinimumWidth(self.target.fontMetrics().horizontalAdvance("168.0 hours") + 40)
        target_label = QLabel(tr("My weekly &target"), self)
        target_label.setBuddy(self.target)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(TARGET_DELAY_MS)
        self._timer.timeout.connect(self.commit_target)
        self.target.valueChanged.connect(lambda _value: self._timer.start())
        self.target.editingFinished.connect(self.commit_target)
        self._shown_target: int | None = None
        row = QHBoxLayout()
        row.addWidget(target_label)
        row.addWidget(self.target)
        row.addStretch(1)

        self.chart = ChartWidget(self)
        self.chart.setAccessibleName(tr("Hours attended each week"))
        self.chart.setMinimumHeight(200)
        self.chart.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.words = QLabel(self)
        self.words.setTextFormat(PLAIN)
        self.words.setWordWrap(True)
        self.words.setAccessibleName(tr("Program hours in words"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.title)
        layout.addLayout(row)
        layout.addWidget(self.chart)
        layout.addWidget(self.words)

    def target_minutes(self) -> int | None:
        hours = self.target.value()
        return None if hours <= 0 else round(hours * 60)

    def commit_target(self) -> None:
        """Tell the page about a new target (once, however it was typed)."""
        self._timer.stop()
        minutes = self.target_minutes()
        if minutes != self._shown_target:
            self._shown_target = minutes
            self.target_chosen.emit(minutes)

    def show_hours(self, view: HoursView) -> None:
        if not self._timer.isActive():
            with QSignalBlocker(self.target):
                self.target.setValue(0.0 if view.target is None else view.target / 60)
            self._shown_target = view.target
        data = hours_chart(view)
        words = hours_sentences(view)
        period = tr("the last {weeks} weeks").format(weeks=QLocale().toString(len(view.weeks)))
        self.chart.set_data(data, period)
        self.words.setText("\n".join(words))

    def show_problem(self, text: str) -> None:
        self.chart.clear()
        self.words.setText(text)

    def clear(self) -> None:
        self._timer.stop()
        self.chart.clear()
        self.words.clear()
        with QSignalBlocker(self.target):
            self.target.setValue(0.0)
        self._shown_target = None
