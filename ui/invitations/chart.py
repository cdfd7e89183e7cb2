"""How they answered, month by month: four lines (yes or maybe, not now, no, we didn't
get to it) over the last 12 months, and the same in words.

Each point is one month (``app.invitations.stats.months``), drawn at its middle. A
month without attempts is a gap, not a zero. The words are ``stats.summary`` of the
same months, so the chart and its text alternative always agree.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QSizePolicy, QVBoxLayout, QWidget

from ui.common.chart import ChartData, ChartWidget, Series, Span
from ui.common.surfaces import text_label
from ui.common.text import app_text

if TYPE_CHECKING:
    from app.invitations.stats import Month
    from ui.invitations.jobs import Outcomes


def tr(text: str) -> str:
    return QCoreApplication.translate("InvitationChart", text)


def group_names() -> dict[str, str]:
    return {
        "open": tr("Yes or maybe"),
        "not_now": tr("Not now"),
        "no": tr("No"),
        "not_reached": tr("We didn't get to it"),
    }


def _nice_top(count: int) -> tuple[float, float]:
    if count <= 4:
        return 4.0, 1.0
    if count <= 10:
        return 10.0, 2.0
    step = float(-(-count // 5))
    return step * 5, step


def outcomes_chart(months: Sequence[Month]) -> ChartData:
    """The months as four series of counts (months without attempts are gaps)."""
    from app.invitations.stats import GROUPS

    if not months:
        raise ValueError("a chart needs at least one month")
    asked = [m for m in months if m.total]
    names = group_names()
    series = []
    for group, _answers in GROUPS:
        values: dict[date, float] = {}
        spans: dict[date, Span] = {}
        for month in asked:
            middle = month.start + timedelta(days=(month.end - month.start).days // 2)
            value = float(month.group(group))
            values[middle] = value
            spans[middle] = Span(
                month.start, month.end, value, value, (month.end - month.start).days + 1
            )
        series.append(Series(names[group], values, spans))
    top = max((max(m.group(g) for g, _a in GROUPS) for m in asked), default=0)
    y_max, y_step = _nice_top(top)
    return ChartData(
        start=months[0].start,
        end=months[-1].end,
        series=tuple(series),
        y_max=y_max,
        y_step=y_step,
        empty_text=tr("No attempts noted in these 12 months yet."),
    )


class OutcomesChart(ChartWidget):
    """A chart whose words are given with it (``stats.summary``), not worked out again."""

    def show_outcomes(self, data: ChartData, summary: str) -> None:
        self.set_data(data)
        self._summary = summary
        self.setAccessibleDescription(summary)
        self.summary_changed.emit(summary)


class OutcomesPanel(QWidget):
    """The chart, and the same in words below it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(tr("How they answered, month by month"))
        self.chart = OutcomesChart(self)
        self.chart.setAccessibleName(tr("How they answered over the last 12 months"))
        self.chart.setMinimumHeight(200)
        self.chart.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.words = text_label(self, name="invitations-outcome-words")
        self.words.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.words.setAccessibleName(tr("How they answered, in words"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.chart, 1)
        layout.addWidget(self.words)

    def show_outcomes(self, outcomes: Outcomes) -> None:
        words = app_text(outcomes.summary)
        self.chart.show_outcomes(outcomes_chart(outcomes.months), words)
        self.words.setText(words)

    def show_problem(self, text: str) -> None:
        self.chart.clear()
        self.words.setText(text)

    def clear(self) -> None:
        self.chart.clear()
        self.words.clear()
