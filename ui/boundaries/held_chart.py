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
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QPushButton, QWidget

from ui.boundaries.words import outcome_word
from ui.common.count_chart import CountPanel, count_chart, period_series
from ui.common.theme import set_role

if TYPE_CHECKING:
    from app.boundaries.stats import Bucket
    from ui.boundaries.jobs import BucketKind, Held
    from ui.common.chart import ChartData


def tr(text: str) -> str:
    return QCoreApplication.translate("BoundaryChart", text)


def held_chart(buckets: Sequence[Bucket], kind: BucketKind) -> ChartData:
    """The buckets as three series of counts (weeks or months without moments are gaps)."""
    from app.boundaries.model import Outcome

    if not buckets:
        raise ValueError("a chart needs at least one week or month")
    tested = [b for b in buckets if b.total]
    series = [
        period_series(
            outcome_word(outcome),
            ((b.start, b.end, int(getattr(b, outcome.value))) for b in tested),
        )
        for outcome in (Outcome.HELD, Outcome.BENT, Outcome.NOT_HELD)
    ]
    return count_chart(
        buckets[0].start,
        buckets[-1].end,
        series,
        max((b.total for b in tested), default=0),
        tr("No moments logged in these 12 weeks yet.")
        if kind == "week"
        else tr("No moments logged in these 12 months yet."),
    )


class HeldPanel(CountPanel):
    """A weeks / months switch, the chart, and the same in words below it."""

    kind_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            tr("How often it held"),
            tr("How often this boundary held"),
            tr("How often it held, in words"),
            "boundary-held-words",
            parent,
        )
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
        self.box.insertLayout(0, switch)

    def kind(self) -> BucketKind:
        return "month" if self.buttons["month"].isChecked() else "week"

    def show_held(self, held: Held) -> None:
        self.show_counts(held_chart(held.buckets, held.kind), held.summary)

    def clear(self) -> None:
        super().clear()
        self.buttons["week"].setChecked(True)
