"""A questionnaire's scores over time: one line of dated scores, with the severity bands
drawn behind it (their edges as faint dashed lines, their names at the right edge),
and the same in words.

The words are the chart's text alternative and its accessible description: how many
scores, over which days, the latest with its band, the lowest and highest, and the
bands themselves, so nothing is told by the drawing alone.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QVBoxLayout, QWidget

from app.measures.content import Measure
from app.measures.model import HistoryPoint
from ui.common.chart import ChartData, ChartGeometry, ChartTheme, ChartWidget, Series
from ui.common.surfaces import text_label
from ui.measures.words import day_text, say, tr

# With no scores yet, the chart shows this many days up to today.
EMPTY_DAYS = 365


def score_chart(measure: Measure, points: Sequence[HistoryPoint], today: date) -> ChartData:
    """The scores as one series, from the first score (or a year back) to today."""
    start = min((p.day for p in points), default=today - timedelta(days=EMPTY_DAYS - 1))
    end = max(today, max((p.day for p in points), default=today))
    if start == end:
        start = end - timedelta(days=30)
    values = {p.day: float(p.score) for p in points}
    return ChartData(
        start=start,
        end=end,
        series=(Series(tr("{name} score").format(name=say(measure.name)), values),),
        y_min=0.0,
        y_max=float(measure.max_score),
        y_step=5.0,
        empty_text=tr("No scores yet. Your scores will show here over time."),
    )


def bands_text(measure: Measure) -> str:
    """ "Bands: 0 to 4 minimal, 5 to 9 mild, ..." """
    parts = [
        tr("{low} to {high} {band}").format(low=b.low, high=b.high, band=say(b.label).lower())
        for b in measure.bands
    ]
    return tr("Bands: {list}.").format(list=", ".join(parts))


def summary(measure: Measure, points: Sequence[HistoryPoint], today: date) -> str:
    """The chart in words."""
    name = say(measure.name)
    if not points:
        return tr("No {name} scores yet.").format(name=name) + " " + bands_text(measure)
    latest = points[-1]
    band = say(measure.band_for(latest.score).label).lower()
    scores = [p.score for p in points]
    if len(points) == 1:
        first = tr("One {name} score, on {day}: {score} of {top} ({band}).").format(
            name=name,
            day=day_text(latest.day, today),
            score=latest.score,
            top=measure.max_score,
            band=band,
        )
    else:
        first = " ".join(
            (
                tr("{n} {name} scores from {first} to {last}.").format(
                    n=len(points),
                    name=name,
                    first=day_text(points[0].day, today),
                    last=day_text(latest.day, today),
                ),
                tr("Latest: {score} of {top} ({band}) on {day}.").format(
                    score=latest.score,
                    top=measure.max_score,
                    band=band,
                    day=day_text(latest.day, today),
                ),
                tr("Lowest {low}, highest {high}.").format(low=min(scores), high=max(scores)),
            )
        )
    return f"{first} {bands_text(measure)}"


class ScoreChart(ChartWidget):
    """A ChartWidget that also draws the severity bands of its questionnaire."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.measure: Measure | None = None
        self.paints = 0  # how many times it painted (the benchmark waits on it)

    def show_scores(self, measure: Measure, data: ChartData, words: str) -> None:
        self.measure = measure
        self.set_data(data)
        self._summary = words
        self.setAccessibleDescription(words)
        self.summary_changed.emit(words)

    def band_edges(self) -> list[tuple[float, str]]:
        """(score where a band starts, its name) for each band after the first."""
        if self.measure is None:
            return []
        return [(float(b.low), say(b.label)) for b in self.measure.bands[1:]]

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        geometry = self._geometry
        measure = self.measure
        if geometry is None or measure is None or self.chart_data() is None:
            self.paints += 1
            return
        theme = self.theme()
        painter = QPainter(self)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            plot = geometry.plot
            self._join_points(painter, geometry, theme)
            pen = QPen(theme.muted, 1, Qt.PenStyle.DashLine)
            small = painter.font()
            small.setPointSizeF(max(6.0, small.pointSizeF() * 0.85))
            painter.setFont(small)
            fm = QFontMetricsF(small)
            for band in measure.bands:
                if band.low > 0:
                    # The edge lies between the last score of one band and the first of
                    # the next, so no score sits on a line.
                    y = geometry.y_for(band.low - 0.5)
                    painter.setPen(pen)
                    painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
                top = geometry.y_for(min(band.high + 0.5, measure.max_score))
                bottom = geometry.y_for(max(band.low - 0.5, 0))
                label = say(band.label)
                if bottom - top < fm.height():
                    continue
                box = QRectF(plot.left(), top, plot.width() - 4, bottom - top)
                painter.setPen(theme.muted)
                painter.drawText(
                    box, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), label
                )
        finally:
            painter.end()
        self.paints += 1

    def _join_points(self, painter: QPainter, geometry: ChartGeometry, theme: ChartTheme) -> None:
        """A thin line from each score to the next: questionnaires are weeks apart, and
        the chart itself joins only neighbouring days."""
        data = self.chart_data()
        if data is None or not data.series:
            return
        values = data.in_range(data.series[0])
        if len(values) < 2:
            return
        colour = QColor(theme.style(0).colour)
        colour.setAlphaF(0.55)
        painter.setPen(QPen(colour, 1.5))
        painter.drawPolyline(
            QPolygonF([geometry.point(day, values[day]) for day in sorted(values)])
        )


class ScorePanel(QWidget):
    """The chart and the same in words below it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(tr("Scores over time"))
        self.chart = ScoreChart(self)
        self.chart.setAccessibleName(tr("Your scores over time"))
        self.chart.setMinimumHeight(220)
        self.chart.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.words = text_label(self, name="measures-chart-words")
        self.words.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.words.setAccessibleName(tr("Your scores over time, in words"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.chart, 1)
        layout.addWidget(self.words)

    def show_scores(self, measure: Measure, points: Sequence[HistoryPoint], today: date) -> None:
        words = summary(measure, points, today)
        self.chart.show_scores(measure, score_chart(measure, points, today), words)
        self.words.setText(words)

    def clear(self) -> None:
        self.chart.measure = None
        self.chart.clear()
        self.words.clear()
