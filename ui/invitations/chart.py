"""How they answered, month by month: four lines (yes or maybe, not now, no, we didn't
get to it) over the last 12 months, and the same in words.

Each point is one month (``app.invitations.stats.months``), drawn at its middle. A
month without attempts is a gap, not a zero. The words are ``stats.summary`` of the
same months, so the chart and its text alternative always agree.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ui.common.count_chart import CountPanel, count_chart, period_series

if TYPE_CHECKING:
    from app.invitations.stats import Month
    from ui.common.chart import ChartData
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


def outcomes_chart(months: Sequence[Month]) -> ChartData:
    """The months as four series of counts (months without attempts are gaps); the
    scale fits the largest count (one "no" in a month is a line up to 1, not 4)."""
    from app.invitations.stats import GROUPS

    if not months:
        raise ValueError("a chart needs at least one month")
    asked = [m for m in months if m.total]
    names = group_names()
    series = [
        period_series(names[group], ((m.start, m.end, m.group(group)) for m in asked))
        for group, _answers in GROUPS
    ]
    top = max((m.group(g) for m in asked for g, _a in GROUPS), default=0)
    return count_chart(
        months[0].start,
        months[-1].end,
        series,
        top,
        tr("No attempts noted in these 12 months yet."),
    )


class OutcomesPanel(CountPanel):
    """The chart, and the same in words below it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            tr("How they answered, month by month"),
            tr("How they answered over the last 12 months"),
            tr("How they answered, in words"),
            "invitations-outcome-words",
            parent,
        )

    def show_outcomes(self, outcomes: Outcomes) -> None:
        self.show_counts(outcomes_chart(outcomes.months), outcomes.summary)
