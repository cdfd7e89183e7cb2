"""Counts over weeks or months as lines, with the same in words under them (how often a
boundary held; how a partner answered the planner's invitations).

Each point is one period, drawn at the middle of its days, so pointing at any day of it
names the whole period and its counts. A period with nothing noted is a gap, not a zero.
The words are given with the data (the module's own summary of the same periods), so
the chart and its text alternative always agree; they are also the chart's accessible
description.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSizePolicy, QVBoxLayout, QWidget

from ui.common.chart import ChartData, ChartWidget, Series, Span
from ui.common.surfaces import text_label

# The steps a count's scale may take: 1, 2, 5, 10, 20, 50, ...
_NICE = (1, 2, 5)
MAX_LINES = 5


def count_scale(top: int) -> tuple[float, float]:
    """(y_max, y_step) for counts up to ``top``: whole numbers, the top just above the
    largest count (at least 1) and at most MAX_LINES steps: 1 -> 1, 3 -> 3, 7 -> 8,
    12 -> 15."""
    top = max(1, top)
    magnitude = 1
    while True:
        for nice in _NICE:
            step = nice * magnitude
            lines = -(-top // step)
            if lines <= MAX_LINES:
                return float(lines * step), float(step)
        magnitude *= 10


def period_series(label: str, periods: Iterable[tuple[date, date, int]]) -> Series:
    """One line: each (first day, last day, count) drawn at the middle of its days, its
    span the whole period."""
    values: dict[date, float] = {}
    spans: dict[date, Span] = {}
    for first, last, count in periods:
        middle = first + timedelta(days=(last - first).days // 2)
        value = float(count)
        values[middle] = value
        spans[middle] = Span(first, last, value, value, (last - first).days + 1)
    return Series(label, values, spans)


def count_chart(
    start: date, end: date, series: Iterable[Series], top: int, empty_text: str
) -> ChartData:
    """The chart of ``series`` over ``start``..``end``, scaled for counts up to ``top``."""
    y_max, y_step = count_scale(top)
    return ChartData(
        start=start,
        end=end,
        series=tuple(series),
        y_max=y_max,
        y_step=y_step,
        empty_text=empty_text,
        whole_numbers=True,
    )


class CountChart(ChartWidget):
    """A chart whose words are given with it, not worked out again."""

    def show_counts(self, data: ChartData, summary: str) -> None:
        self.set_data(data)
        self._summary = summary
        self.setAccessibleDescription(summary)
        self.summary_changed.emit(summary)


class CountPanel(QWidget):
    """The chart and, under it, the same in words. ``name`` is the panel's accessible
    name, ``chart_name`` the chart's, ``words_name`` the words'."""

    def __init__(
        self,
        name: str,
        chart_name: str,
        words_name: str,
        object_name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setAccessibleName(name)
        self.chart = CountChart(self)
        self.chart.setAccessibleName(chart_name)
        self.chart.setMinimumHeight(200)
        self.chart.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.words = text_label(self, name=object_name)
        self.words.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.words.setAccessibleName(words_name)
        self.box = QVBoxLayout(self)
        self.box.setContentsMargins(0, 0, 0, 0)
        self.box.setSpacing(8)
        self.box.addWidget(self.chart, 1)
        self.box.addWidget(self.words)

    def show_counts(self, data: ChartData, summary: str) -> None:
        self.chart.show_counts(data, summary)
        self.words.setText(summary)

    def show_problem(self, text: str) -> None:
        self.chart.clear()
        self.words.setText(text)

    def clear(self) -> None:
        self.chart.clear()
        self.words.clear()
