"""Check-in trends: mood, stress and craving over the last 7, 30, 90 or 365 days, in a
chart and in words.

7 and 30 days are drawn day by day. 90 and 365 days are drawn as weekly averages, with
each week's lowest and highest day shaded lightly behind the line
(``app.checkins.trends``); the words below the chart then speak of those weekly
averages, with the numbers the chart draws.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.checkins.trends import uses_weeks, weekly
from ui.checkins.form import CheckInFields, style_as_toggle
from ui.common.chart import (
    ChartData,
    ChartWidget,
    Series,
    Span,
    format_value,
    summary_sentences,
)
from ui.common.design import TYPE
from ui.common.surfaces import scaled_font


def tr(text: str) -> str:
    return QCoreApplication.translate("CheckinTrends", text)


PERIODS = (7, 30, 90, 365)
DEFAULT_PERIOD = 30


class CheckInLike(CheckInFields, Protocol):
    """What the trends read from a check-in: its fields and its day
    (``app.journal.model.CheckIn`` fits)."""

    @property
    def day(self) -> date: ...


def period_start(end: date, days: int) -> date:
    """The first day of the ``days`` days that end with ``end``."""
    return end - timedelta(days=days - 1)


def period_name(days: int) -> str:
    """ "the last 30 days", as used inside the summary sentences."""
    return tr("the last {days} days").format(days=QLocale().toString(days))


def checkin_chart(checkins: Sequence[CheckInLike], end: date, days: int) -> ChartData:
    """Mood, stress and craving of ``checkins`` over the ``days`` days ending ``end``:
    day by day, or as weekly averages with their ranges for long periods."""
    start = period_start(end, days)
    inside = [c for c in checkins if start <= c.day <= end]
    daily = (
        (tr("Mood"), {c.day: float(c.mood) for c in inside}),
        (tr("Stress"), {c.day: float(c.stress) for c in inside}),
        (tr("Craving"), {c.day: float(c.craving) for c in inside}),
    )
    empty = tr("No check-ins yet in this period.")
    if not uses_weeks(days):
        series = tuple(Series(label, values) for label, values in daily)
        return ChartData(start=start, end=end, series=series, empty_text=empty)
    weekly_series = []
    for label, values in daily:
        weeks = weekly(values, start, end)
        weekly_series.append(
            Series(
                label,
                {w.middle: w.average for w in weeks},
                {w.middle: Span(w.first, w.last, w.low, w.high, w.days) for w in weeks},
            )
        )
    return ChartData(
        start=start,
        end=end,
        series=tuple(weekly_series),
        empty_text=empty,
        averages_name=tr("weekly averages"),
        caption=tr(
            "Each point is a week\u2019s average; the light shading behind it runs from "
            "that week\u2019s lowest day to its highest."
        ),
    )


def halt_and_sleep_summary(checkins: Sequence[CheckInLike], days: int) -> str:
    """HALT and sleep over the period in words ("" when there are no check-ins)."""
    if not checkins:
        return ""
    loc = QLocale()
    counts = [
        (tr("tired"), sum(c.tired for c in checkins)),
        (tr("lonely"), sum(c.lonely for c in checkins)),
        (tr("hungry"), sum(c.hungry for c in checkins)),
        (tr("angry"), sum(c.angry for c in checkins)),
    ]
    marked = sorted((item for item in counts if item[1]), key=lambda item: -item[1])
    if marked:
        parts = [
            (tr("{word} on 1 day") if n == 1 else tr("{word} on {n} days")).format(
                word=word, n=loc.toString(n)
            )
            for word, n in marked
        ]
        halt = tr("HALT over {period}: {counts}.").format(
            period=period_name(days), counts=", ".join(parts)
        )
    else:
        halt = tr("HALT over {period}: none marked.").format(period=period_name(days))
    nights = [c.sleep_hours for c in checkins if c.sleep_hours is not None]
    if not nights:
        return halt
    average = sum(nights) / len(nights)
    sleep = (
        tr("Sleep: {hours} hours on average, 1 night recorded.")
        if len(nights) == 1
        else tr("Sleep: {hours} hours on average, {n} nights recorded.")
    ).format(hours=format_value(round(average, 1), loc), n=loc.toString(len(nights)))
    return f"{halt} {sleep}"


class TrendsPanel(QWidget):
    """A 7 / 30 / 90 / 365 days switch, the chart, and the same in words below it."""

    period_changed = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(tr("Your trends"))
        self.title = QLabel(tr("Your trends"), self)
        self.title.setFont(scaled_font(self.title, TYPE.section_title))

        self.period_buttons: dict[int, QPushButton] = {}
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        switch = QHBoxLayout()
        switch.setSpacing(4)
        for days in PERIODS:
            button = QPushButton(tr("{days} days").format(days=QLocale().toString(days)), self)
            button.setCheckable(True)
            style_as_toggle(button, button.text())
            button.setAccessibleName(tr("Show the last {days} days").format(days=days))
            button.setToolTip(tr("Show the last {days} days").format(days=days))
            self._group.addButton(button, days)
            self.period_buttons[days] = button
            switch.addWidget(button)
        switch.addStretch(1)
        self.period_buttons[DEFAULT_PERIOD].setChecked(True)
        self._group.idClicked.connect(self.period_changed.emit)

        self.chart = ChartWidget(self)
        self.chart.setAccessibleName(tr("Check-in trends chart"))
        self.chart.setMinimumHeight(240)
        self.chart.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

        self.summary_label = QLabel(self)
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextFormat(Qt.TextFormat.PlainText)
        self.summary_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary_label.setAccessibleName(tr("Trends in words"))
        self.halt_label = QLabel(self)
        self.halt_label.setWordWrap(True)
        self.halt_label.setTextFormat(Qt.TextFormat.PlainText)
        self.halt_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.halt_label.setAccessibleName(tr("HALT and sleep in words"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.title)
        layout.addLayout(switch)
        layout.addWidget(self.chart, 1)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.halt_label)

    def days(self) -> int:
        """The chosen period in days (7, 30, 90 or 365)."""
        days = self._group.checkedId()
        return days if days in PERIODS else DEFAULT_PERIOD

    def set_days(self, days: int) -> None:
        self.period_buttons[days].setChecked(True)

    def show_checkins(self, checkins: Sequence[CheckInLike], end: date) -> None:
        """Draw ``checkins`` for the chosen period ending ``end``."""
        days = self.days()
        data = checkin_chart(checkins, end, days)
        self.chart.set_data(data, period_name(days))
        # One sentence per line reads better than a wall of text.
        self.summary_label.setText("\n".join(summary_sentences(data, period_name(days))))
        inside = [c for c in checkins if data.start <= c.day <= data.end]
        self.halt_label.setText(halt_and_sleep_summary(inside, days))
        self.halt_label.setVisible(bool(self.halt_label.text()))

    def show_problem(self, text: str) -> None:
        self.chart.clear()
        self.summary_label.setText(text)
        self.halt_label.clear()
        self.halt_label.hide()

    def clear(self) -> None:
        """Forget everything shown (on lock)."""
        self.chart.clear()
        self.summary_label.clear()
        self.halt_label.clear()
        self.set_days(DEFAULT_PERIOD)
