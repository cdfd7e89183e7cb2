"""How often a boundary held: three lines (held, bent, not held) over 12 weeks or 12
months, and the same in words.

Each point is one week or month (``app.boundaries.stats.held_over_time``), drawn at
the middle of its days, so pointing at any day of it names the whole week or month
and its counts. A week or month without moments is a gap, not a zero: nothing was
tested then. The words are ``stats.summary`` of the same buckets, so the chart and
its text alternative always agree; they are also the chart's accessible description.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ui.boundaries.words import outcome_word
from ui.common.chart import ChartData, ChartWidget, Series, Span
from ui.common.surfaces import text_label
from ui.common.theme import set_role

if TYPE_CHECKING:
    from app.boundaries.stats import Bucket
    from ui.boundaries.jobs import BucketKind, Held


def tr(text: str) -> str:
    return QCoreApplication.translate("BoundaryChart", text)


def _nice_top(count: int) -> tuple[float, float]:
    """(y_max, y_step) for counts up to ``count``."""
    if count <= 4:
        return 4.0, 1.0
    if count <= 10:
        return 10.0, 2.0
    step = float(-(-count // 5))
    return step * 5, step


def held_chart(buckets: Sequence[Bucket], kind: BucketKind) -> ChartData:
    """The buckets as three series of counts (weeks or months without moments are gaps)."""
    from app.boundaries.model import Outcome

    if not buckets:
        raise ValueError("a chart needs at least one week or month")
    tested = [b for b in buckets if b.total]
    start, end = buckets[0].start, buckets[-1].end
    series = []
    for outcome in (Outcome.HELD, Outcome.BENT, Outcome.NOT_HELD):
        values: dict[date, float] = {}
        spans: dict[date, Span] = {}
        for bucket in tested:
            middle = bucket.start + timedelta(days=(bucket.end - bucket.start).days // 2)
            value = float(getattr(bucket, outcome.value))
            values[middle] = value
            spans[middle] = Span(
                bucket.start, bucket.end, value, value, (bucket.end - bucket.start).days + 1
            )
        series.append(Series(outcome_word(outcome), values, spans))
    y_max, y_step = _nice_top(max((b.total for b in tested), default=0))
    return ChartData(
        start=start,
        end=end,
        series=tuple(series),
        y_max=y_max,
        y_step=y_step,
        empty_text=(
            tr("No moments logged in these 12 weeks yet.")
            if kind == "week"
            else tr("No moments logged in these 12 months yet.")
        ),
    )


class HeldChart(ChartWidget):
    """A chart whose words are given with it (``stats.summary``), not worked out again."""

    def show_held(self, data: ChartData, summary: str) -> None:
        self.set_data(data)
        self._summary = summary
        self.setAccessibleDescription(summary)
        self.summary_changed.emit(summary)


class HeldPanel(QWidget):
    """A weeks / months switch, the chart, and the same in words below it."""

    kind_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(tr("How often it held"))
        self.buttons: dict[str, QPushButton] = {}
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        switch = QHBoxLayout()
        switch.setSpacing(4)
        for number, (kind, text, name) in enumerate(
            (
                ("week", tr("&Weeks"), tr("Show the last 12 weeks")),
                ("month", tr("M&onths"), tr("Show the last 12 months")),
            )
        ):
            button = QPushButton(text, self)
            button.setCheckable(True)
            button.setAccessibleName(name)
            button.setToolTip(name)
            set_role(button, "choice")
            button.setMinimumWidth(button.fontMetrics().horizontalAdvance(text) + 36)
            self._group.addButton(button, number)
            self.buttons[kind] = button
            switch.addWidget(button)
        switch.addStretch(1)
        self.buttons["week"].setChecked(True)
        self._group.idClicked.connect(lambda _n: self.kind_changed.emit(self.kind()))

        self.chart = HeldChart(self)
        self.chart.setAccessibleName(tr("How often this boundary held"))
        self.chart.setMinimumHeight(200)
        self.chart.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.words = text_label(self, name="boundary-held-words")
        self.words.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.words.setAccessibleName(tr("How often it held, in words"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addLayout(switch)
        layout.addWidget(self.chart, 1)
        layout.addWidget(self.words)

    def kind(self) -> BucketKind:
        return "month" if self.buttons["month"].isChecked() else "week"

    def show_held(self, held: Held) -> None:
        data = held_chart(held.buckets, held.kind)
        self.chart.show_held(data, held.summary)
        self.words.setText(held.summary)

    def show_problem(self, text: str) -> None:
        self.chart.clear()
        self.words.setText(text)

    def clear(self) -> None:
        self.chart.clear()
        self.words.clear()
        self.buttons["week"].setChecked(True)
