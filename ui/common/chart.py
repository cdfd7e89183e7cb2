"""A small line chart drawn with QPainter: values from 0 to 10 over a run of days.

We draw our own because QtCharts is deprecated (Qt 6.10) and QtGraphs needs Qt Quick.
The drawing lives in :class:`ChartRenderer`, which paints on any ``QPainter``: the
:class:`ChartWidget` on screen, a ``QImage`` in tests, a ``QPdfWriter`` for exports::

    data = ChartData(start, end, (Series("Mood", {day: 6.0, ...}),))
    painter = QPainter(pdf_writer)
    ChartRenderer(data, ChartTheme.for_print()).paint(painter, QRectF(0, 0, w, h))

Sizes are given in 96-dpi pixels and scaled by the device's resolution, and text is
measured on the device, so the chart looks the same on a screen and in a PDF.

Each series has its own colour (the theme's chart colours, at least 3:1 against the
surface in every theme), dash pattern and marker shape, so no series is told apart by
colour alone. Lines that share a value are drawn a few pixels apart, so every one of
them stays visible. A day without a value is a gap: the line stops and starts again
after it.

A point may stand for several days (a week's average, say): its :class:`Span` names the
days and their lowest and highest value, which is shaded lightly behind the line, and
the summary in words then speaks of those averages, with the same numbers as drawn.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import Enum

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QEvent,
    QLocale,
    QPointF,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QFontMetricsF,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import QToolTip, QWidget

from ui.common import theme as app_theme
from ui.common.design import DARK, LIGHT, THEMES


def tr(text: str) -> str:
    return QCoreApplication.translate("Chart", text)


# ----- data -------------------------------------------------------------------------


@dataclass(frozen=True)
class Span:
    """The days one point stands for (``first``..``last``), their lowest and highest
    value, and how many of them have a value."""

    first: date
    last: date
    low: float
    high: float
    days: int = 1

    def __contains__(self, day: object) -> bool:
        return isinstance(day, date) and self.first <= day <= self.last


@dataclass(frozen=True, eq=True)
class Series:
    """One line: a label and a value for each day that has one (other days are gaps).

    With ``spans``, each value sums up several days (an average): ``spans[day]`` says
    which days and their range, drawn as a light band behind the line.
    """

    label: str
    values: Mapping[date, float] = field(default_factory=dict)
    spans: Mapping[date, Span] = field(default_factory=dict)

    def span(self, day: date) -> Span | None:
        return self.spans.get(day)


@dataclass(frozen=True)
class ChartData:
    """What to draw: series over the days ``start``..``end`` (both included)."""

    start: date
    end: date
    series: Sequence[Series] = ()
    y_min: float = 0.0
    y_max: float = 10.0
    y_step: float = 2.0
    # Shown instead of lines when no series has a value in the period.
    empty_text: str = ""
    # For series with spans: what their values are ("weekly averages"), and a sentence
    # that explains the drawing, said before the series in the summary.
    averages_name: str = ""
    caption: str = ""
    # Counts: the scale's lines fall on whole numbers only (never "2.5 times").
    whole_numbers: bool = False

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise ValueError("a chart's end comes before its start")
        if not self.y_max > self.y_min or self.y_step <= 0:
            raise ValueError("a chart needs y_max > y_min and a positive y_step")

    @property
    def day_count(self) -> int:
        return (self.end - self.start).days + 1

    def in_range(self, series: Series) -> dict[date, float]:
        """The values of ``series`` that fall inside the period."""
        return {d: v for d, v in series.values.items() if self.start <= d <= self.end}

    def is_empty(self) -> bool:
        return not any(self.in_range(s) for s in self.series)

    def values_on(self, day: date) -> list[tuple[int, Series, float]]:
        """(index, series, value) for each series that has a value on ``day``."""
        return [(i, s, s.values[day]) for i, s in enumerate(self.series) if day in s.values]

    def is_summarised(self) -> bool:
        """True when the points stand for several days each (averages with spans)."""
        return any(s.spans for s in self.series)

    def point_for(self, day: date) -> date:
        """The day of the point that stands for ``day`` (``day`` itself for daily points)."""
        for series in self.series:
            for key, span in series.spans.items():
                if day in span:
                    return key
        return day


# ----- looks ------------------------------------------------------------------------


class Marker(Enum):
    CIRCLE = "circle"
    SQUARE = "square"
    TRIANGLE = "triangle"
    DIAMOND = "diamond"
    CROSS = "cross"


@dataclass(frozen=True)
class SeriesStyle:
    colour: QColor
    dash: Qt.PenStyle
    marker: Marker


def _styles(colours: Sequence[str]) -> tuple[SeriesStyle, ...]:
    # Dash pattern and marker follow the position, so series 1 is always solid with
    # circles, series 2 dashed with squares, and so on, in every theme. The colours
    # repeat from the fifth series on; its dash and marker still tell it apart.
    looks = (
        (Qt.PenStyle.SolidLine, Marker.CIRCLE),
        (Qt.PenStyle.DashLine, Marker.SQUARE),
        (Qt.PenStyle.DotLine, Marker.TRIANGLE),
        (Qt.PenStyle.DashDotLine, Marker.DIAMOND),
        (Qt.PenStyle.DashDotDotLine, Marker.CROSS),
    )
    return tuple(
        SeriesStyle(QColor(colours[i % len(colours)]), dash, marker)
        for i, (dash, marker) in enumerate(looks)
    )


def _series_colours(background: QColor) -> tuple[str, ...]:
    """The design system's chart colours for a surface: those of the theme whose
    surface it is (the theme in use first), else the light or dark theme's."""
    name = background.name()
    candidates = (app_theme.current(), *THEMES.values())
    match = next((c for c in candidates if c.surface == name), None)
    if match is None:
        match = DARK if background.lightness() < 128 else LIGHT
    return match.chart


def _mix(a: QColor, b: QColor, amount_of_b: float) -> QColor:
    t = max(0.0, min(1.0, amount_of_b))
    return QColor.fromRgbF(
        a.redF() + (b.redF() - a.redF()) * t,
        a.greenF() + (b.greenF() - a.greenF()) * t,
        a.blueF() + (b.blueF() - a.blueF()) * t,
    )


@dataclass(frozen=True)
class ChartTheme:
    """Colours for one chart. ``background`` None leaves the surface as it is."""

    background: QColor | None
    text: QColor
    muted: QColor
    grid: QColor
    series: tuple[SeriesStyle, ...]

    # How strongly a range band is tinted with its series' colour.
    band_alpha: float = 0.10

    @classmethod
    def from_colours(
        cls,
        background: QColor,
        text: QColor,
        *,
        fill: bool = True,
        series: Sequence[str] = (),
    ) -> ChartTheme:
        """A theme for text on background; ``series`` colours default to the design
        system's chart colours for that background."""
        dark = background.lightness() < 128
        return cls(
            background=QColor(background) if fill else None,
            text=QColor(text),
            muted=_mix(text, background, 0.25),
            grid=_mix(background, text, 0.16),
            series=_styles(tuple(series) or _series_colours(background)),
            band_alpha=0.16 if dark else 0.10,
        )

    @classmethod
    def from_palette(cls, palette: QPalette, *, fill: bool = True) -> ChartTheme:
        """The theme matching a widget's palette: its surface and text, and the chart
        colours of the design-system theme with that surface."""
        return cls.from_colours(
            palette.color(QPalette.ColorRole.Base),
            palette.color(QPalette.ColorRole.Text),
            fill=fill,
        )

    @classmethod
    def for_print(cls) -> ChartTheme:
        """Black on white, for PDF exports."""
        return cls.from_colours(QColor("#ffffff"), QColor("#1a1a1a"))

    def style(self, index: int) -> SeriesStyle:
        return self.series[index % len(self.series)]


# ----- text -------------------------------------------------------------------------


def _locale(locale: QLocale | None) -> QLocale:
    return locale if locale is not None else QLocale()


def format_day(day: date, locale: QLocale | None = None, *, with_year: bool = False) -> str:
    """A short date like "4 Nov" (or "4 Nov 2024"); the pattern is translatable."""
    pattern = tr("d MMM yyyy") if with_year else tr("d MMM")
    return _locale(locale).toString(QDate(day.year, day.month, day.day), pattern)


def format_span(
    first: date, last: date, locale: QLocale | None = None, *, with_year: bool = False
) -> str:
    """ "3-9 Mar", "28 Feb - 6 Mar" with en dashes (the year at the end when asked)."""
    if first == last:
        return format_day(last, locale, with_year=with_year)
    loc = _locale(locale)
    end = format_day(last, loc, with_year=with_year)
    if (first.year, first.month) == (last.year, last.month):
        return tr("{first}\u2013{last}").format(first=loc.toString(first.day), last=end)
    start = format_day(first, loc, with_year=with_year and first.year != last.year)
    return tr("{first} \u2013 {last}").format(first=start, last=end)


def format_average(value: float, locale: QLocale | None = None) -> str:
    """An average, always with one decimal ("5.0"), so it never reads as one day's score."""
    return _locale(locale).toString(float(value), "f", 1)


def format_value(value: float, locale: QLocale | None = None) -> str:
    """Whole numbers without decimals, others with one ("6", "6.5")."""
    loc = _locale(locale)
    if float(value).is_integer():
        return loc.toString(int(value))
    return loc.toString(float(value), "f", 1)


def series_summary(
    series: Series,
    start: date,
    end: date,
    period: str,
    locale: QLocale | None = None,
    averages_name: str = "",
) -> str:
    """One sentence about ``series`` in ``start``..``end``, for people who can't see the chart.

    ``period`` names the time span ("the last 30 days"). When a lowest or highest value
    occurs more than once, the most recent day is named. A series of averages (with
    spans) is told as those averages, named ``averages_name`` ("weekly averages"):
    lowest, highest and latest, each with its days, the same numbers the chart draws.
    """
    total = (end - start).days + 1
    values = sorted((d, v) for d, v in series.values.items() if start <= d <= end)
    if not values:
        return tr("{name} over {period}: nothing recorded yet.").format(
            name=series.label, period=period
        )
    with_year = start.year != end.year
    if series.spans:
        return _averages_summary(series, values, total, period, averages_name, locale)
    average = sum(v for _, v in values) / len(values)
    low_value = min(v for _, v in values)
    high_value = max(v for _, v in values)
    low_day = max(d for d, v in values if v == low_value)
    high_day = max(d for d, v in values if v == high_value)
    loc = _locale(locale)
    recorded = _days_recorded(len(values), total, loc)
    return tr(
        "{name} over {period}: average {average}, lowest {low} on {low_day}, "
        "highest {high} on {high_day}; {recorded}."
    ).format(
        name=series.label,
        period=period,
        average=loc.toString(average, "f", 1),
        low=format_value(low_value, loc),
        low_day=format_day(low_day, loc, with_year=with_year),
        high=format_value(high_value, loc),
        high_day=format_day(high_day, loc, with_year=with_year),
        recorded=recorded,
    )


def _days_recorded(count: int, total: int, loc: QLocale) -> str:
    if total == 1:
        return tr("recorded")
    return tr("{count} of {total} days recorded").format(
        count=loc.toString(count), total=loc.toString(total)
    )


def _averages_summary(
    series: Series,
    values: Sequence[tuple[date, float]],
    total: int,
    period: str,
    averages_name: str,
    locale: QLocale | None,
) -> str:
    loc = _locale(locale)
    first_day = min(d for d, _ in values)
    last_day = max(d for d, _ in values)

    def span_of(day: date) -> Span:
        return series.spans.get(day) or Span(day, day, series.values[day], series.values[day])

    with_year = span_of(first_day).first.year != span_of(last_day).last.year

    def days(day: date) -> str:
        span = span_of(day)
        return format_span(span.first, span.last, loc, with_year=with_year)

    low_value = min(v for _, v in values)
    high_value = max(v for _, v in values)
    low_day = max(d for d, v in values if v == low_value)
    high_day = max(d for d, v in values if v == high_value)
    recorded = sum(span_of(d).days for d, _ in values)
    return tr(
        "{name} over {period}, as {averages}: lowest {low} ({low_days}), "
        "highest {high} ({high_days}), latest {latest} ({latest_days}); {recorded}."
    ).format(
        name=series.label,
        period=period,
        averages=averages_name or tr("averages"),
        low=format_average(low_value, loc),
        low_days=days(low_day),
        high=format_average(high_value, loc),
        high_days=days(high_day),
        latest=format_average(series.values[last_day], loc),
        latest_days=days(last_day),
        recorded=_days_recorded(recorded, total, loc),
    )


def default_period(data: ChartData, locale: QLocale | None = None) -> str:
    """ "4 Nov to 3 Dec" (with years when the span crosses one)."""
    with_year = data.start.year != data.end.year
    return tr("{start} to {end}").format(
        start=format_day(data.start, locale, with_year=with_year),
        end=format_day(data.end, locale, with_year=with_year),
    )


def summary_sentences(
    data: ChartData, period: str = "", locale: QLocale | None = None
) -> list[str]:
    """The chart in words: the caption (when there is one), one sentence per series;
    or the empty-state text alone."""
    if data.is_empty():
        return [data.empty_text or tr("Nothing recorded yet in this period.")]
    period = period or default_period(data, locale)
    sentences = [data.caption] if data.caption else []
    sentences += [
        series_summary(s, data.start, data.end, period, locale, data.averages_name)
        for s in data.series
    ]
    return sentences


def chart_summary(data: ChartData, period: str = "", locale: QLocale | None = None) -> str:
    """:func:`summary_sentences` as one text (the chart's accessible description)."""
    return " ".join(summary_sentences(data, period, locale))


def day_description(data: ChartData, day: date, locale: QLocale | None = None) -> str:
    """ "Tue 4 Nov: Mood 6, Stress 3" for a tooltip; "" when the day has no values.

    A point that stands for several days names them and each range:
    "3-9 Mar 2025: Mood 5.4 (4 to 7), Stress 3" (with an en dash).
    """
    values = data.values_on(day)
    if not values:
        return ""
    loc = _locale(locale)
    span = next((s.spans[day] for _, s, _v in values if day in s.spans), None)
    if span is None:
        when = loc.toString(QDate(day.year, day.month, day.day), tr("ddd d MMM yyyy"))
    else:
        when = format_span(span.first, span.last, loc, with_year=True)
    parts = []
    for _, series, value in values:
        own = series.spans.get(day)
        if own is not None and own.low != own.high:
            parts.append(
                tr("{name} {value} ({low} to {high})").format(
                    name=series.label,
                    value=format_average(value, loc),
                    low=format_value(own.low, loc),
                    high=format_value(own.high, loc),
                )
            )
        else:
            parts.append(
                tr("{name} {value}").format(name=series.label, value=format_value(value, loc))
            )
    return tr("{day}: {values}").format(day=when, values=", ".join(parts))


# ----- geometry ---------------------------------------------------------------------


@dataclass(frozen=True)
class ChartGeometry:
    """Where the plot area ended up; maps days and values to points and back."""

    plot: QRectF
    start: date
    end: date
    y_min: float
    y_max: float

    @property
    def day_width(self) -> float:
        """Horizontal distance between two neighbouring days."""
        span = (self.end - self.start).days
        return self.plot.width() / span if span else self.plot.width()

    def x_for(self, day: date) -> float:
        span = (self.end - self.start).days
        if span == 0:
            return self.plot.center().x()
        return self.plot.left() + (day - self.start).days * self.plot.width() / span

    def y_for(self, value: float) -> float:
        t = (value - self.y_min) / (self.y_max - self.y_min)
        return self.plot.bottom() - t * self.plot.height()

    def point(self, day: date, value: float) -> QPointF:
        return QPointF(self.x_for(day), self.y_for(value))

    def day_at(self, x: float) -> date | None:
        """The day nearest to ``x``, or None when ``x`` is outside the plot."""
        half = self.day_width / 2 if self.end != self.start else self.plot.width() / 2
        if not self.plot.left() - half <= x <= self.plot.right() + half:
            return None
        span = (self.end - self.start).days
        if span == 0:
            return self.start
        index = round((x - self.plot.left()) / self.plot.width() * span)
        return self.start + timedelta(days=max(0, min(span, index)))


# ----- drawing ----------------------------------------------------------------------


@dataclass(frozen=True)
class _Frame:
    """The measured layout of one paint: unit, font metrics, areas and value ticks."""

    u: float
    fm: QFontMetricsF
    inner: QRectF
    geometry: ChartGeometry
    y_ticks: list[tuple[float, str]]


_DAY_STEPS = (1, 2, 3, 7, 14, 28)
_MONTH_STEPS = (1, 2, 3, 6, 12)


def _month_starts(start: date, end: date, step: int) -> list[date]:
    year, month = start.year, start.month
    if start.day != 1:
        month += 1
    days: list[date] = []
    while True:
        year += (month - 1) // 12
        month = (month - 1) % 12 + 1
        day = date(year, month, 1)
        if day > end:
            return days
        if (month - 1) % step == 0:
            days.append(day)
        month += 1


def _runs(days: Sequence[date], spans: Mapping[date, Span] | None = None) -> Iterator[list[date]]:
    """Split sorted days into runs of neighbours: consecutive days, or points whose
    spans follow each other without a day between them."""

    def joined(before: date, after: date) -> bool:
        if spans and before in spans and after in spans:
            return (spans[after].first - spans[before].last).days == 1
        return (after - before).days == 1

    run: list[date] = []
    for day in days:
        if run and not joined(run[-1], day):
            yield run
            run = []
        run.append(day)
    if run:
        yield run


# Lines that share a value are drawn this far apart (in 96-dpi pixels), so each stays
# visible: with three series, the middle one on the value, the others just above and
# below it.
SERIES_SPREAD = 3.0


class ChartRenderer:
    """Paints a :class:`ChartData` with a :class:`ChartTheme` on any QPainter."""

    def __init__(
        self, data: ChartData, theme: ChartTheme, *, locale: QLocale | None = None
    ) -> None:
        self.data = data
        self.theme = theme
        self.locale = _locale(locale)

    def paint(
        self, painter: QPainter, rect: QRectF, *, highlight: date | None = None
    ) -> ChartGeometry:
        """Draw the chart inside ``rect``; ``highlight`` marks one day (hover)."""
        painter.save()
        try:
            return self._paint(painter, QRectF(rect), highlight)
        finally:
            painter.restore()

    # The parts below work in device units: ``u`` is one 96-dpi pixel.

    def date_labels(self, painter: QPainter, rect: QRectF) -> list[tuple[QRectF, str]]:
        """Where the date labels go (boxes in device units), left to right, without drawing."""
        frame = self._frame(painter, QRectF(rect))
        if frame is None:
            return []
        return [(box, label) for box, label, _x in reversed(self._place_date_labels(frame))]

    def _frame(self, painter: QPainter, rect: QRectF) -> _Frame | None:
        """Measure everything; None when ``rect`` is too small for a plot."""
        device = painter.device()
        u = max(0.5, device.logicalDpiY() / 96.0) if device is not None else 1.0
        fm = (
            QFontMetricsF(painter.font(), device)
            if device is not None
            else QFontMetricsF(painter.font())
        )
        pad = 8 * u
        inner = rect.adjusted(pad, pad, -pad, -pad)
        legend_height = self._legend(painter, fm, inner, u, draw=False)
        y_ticks = self._y_ticks(fm, inner.height() - legend_height)
        y_label_width = max(fm.horizontalAdvance(t) for _, t in y_ticks) + 6 * u
        x_label_height = fm.height() + 6 * u
        plot = QRectF(
            inner.left() + y_label_width,
            inner.top() + legend_height + fm.height() / 2,
            inner.width() - y_label_width - self._right_margin(fm),
            inner.height() - legend_height - x_label_height - fm.height() / 2,
        )
        geometry = ChartGeometry(
            plot, self.data.start, self.data.end, self.data.y_min, self.data.y_max
        )
        if plot.width() < 20 * u or plot.height() < 20 * u:
            return None
        return _Frame(u, fm, inner, geometry, y_ticks)

    def _paint(self, painter: QPainter, rect: QRectF, highlight: date | None) -> ChartGeometry:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        if self.theme.background is not None:
            painter.fillRect(rect, self.theme.background)
        frame = self._frame(painter, rect)
        if frame is None:  # too small to say anything useful
            return ChartGeometry(
                QRectF(rect.center(), rect.center()),
                self.data.start,
                self.data.end,
                self.data.y_min,
                self.data.y_max,
            )
        u, fm, geometry = frame.u, frame.fm, frame.geometry
        plot = geometry.plot
        self._legend(painter, fm, frame.inner, u, draw=True)
        self._grid(painter, fm, geometry, frame.y_ticks, u)
        self._x_axis(painter, frame)
        if self.data.is_empty():
            painter.setPen(self.theme.text)
            text = self.data.empty_text or tr("Nothing recorded yet in this period.")
            painter.drawText(plot, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, text)
            return geometry
        if highlight is not None and self.data.start <= highlight <= self.data.end:
            painter.setPen(QPen(self.theme.muted, 1 * u, Qt.PenStyle.SolidLine))
            x = geometry.x_for(highlight)
            painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))
        painter.setClipRect(plot.adjusted(-8 * u, -8 * u, 8 * u, 8 * u))
        # Every band first, so no band covers another series' line.
        for index, series in enumerate(self.data.series):
            if series.spans:
                self._band(painter, geometry, series, self.theme.style(index), u)
        # Then every line, then every marker, so no line runs across another's markers.
        markers = [
            self._series(
                painter,
                geometry,
                series,
                self.theme.style(index),
                u,
                self.offset(index) * u,
                highlight,
            )
            for index, series in enumerate(self.data.series)
        ]
        for index, (points, highlighted) in enumerate(markers):
            style = self.theme.style(index)
            self._markers(painter, points, style, 3.5 * u, u)
            if highlighted is not None and highlight is not None:
                self._markers(painter, [highlighted], style, 5.5 * u, u)
        return geometry

    def offset(self, index: int) -> float:
        """How far (in 96-dpi pixels, down positive) series ``index`` is drawn from its
        values, so lines with the same value lie side by side instead of on top of each
        other. Centred: the middle series sits on its values."""
        drawn = [i for i, s in enumerate(self.data.series) if self.data.in_range(s)]
        if index not in drawn or len(drawn) < 2:
            return 0.0
        return (drawn.index(index) - (len(drawn) - 1) / 2) * SERIES_SPREAD

    def _legend(
        self, painter: QPainter, fm: QFontMetricsF, inner: QRectF, u: float, *, draw: bool
    ) -> float:
        """Lay out (and maybe draw) the legend in rows; returns its height."""
        if not self.data.series:
            return 0.0
        sample = 26 * u
        gap = 18 * u
        row_height = max(fm.height(), 12 * u) + 4 * u
        x, y = inner.left(), inner.top()
        for index, series in enumerate(self.data.series):
            width = sample + 6 * u + fm.horizontalAdvance(series.label)
            if x > inner.left() and x + width > inner.right():
                x, y = inner.left(), y + row_height
            if draw:
                style = self.theme.style(index)
                mid = y + row_height / 2
                pen = QPen(style.colour, 2 * u, style.dash)
                pen.setCapStyle(Qt.PenCapStyle.FlatCap)
                painter.setPen(pen)
                painter.drawLine(QPointF(x, mid), QPointF(x + sample, mid))
                self._markers(painter, [QPointF(x + sample / 2, mid)], style, 4 * u, u)
                painter.setPen(self.theme.text)
                text_rect = QRectF(x + sample + 6 * u, y, width - sample - 6 * u, row_height)
                painter.drawText(text_rect, Qt.AlignmentFlag.AlignVCenter, series.label)
            x += width + gap
        return y + row_height - inner.top() + 4 * u

    def _right_margin(self, fm: QFontMetricsF) -> float:
        # Room for half of the last day's label, which is centred on the right edge.
        return max(
            fm.averageCharWidth() * 2,
            fm.horizontalAdvance(format_day(self.data.end, self.locale)) / 2,
        )

    def _y_ticks(self, fm: QFontMetricsF, height: float) -> list[tuple[float, str]]:
        data = self.data
        extent = data.y_max - data.y_min
        # Fewer lines when the chart is short, so the labels never touch (2 -> 5 -> 10).
        candidates = [data.y_step, data.y_step * 2.5, data.y_step * 5, extent]
        if data.whole_numbers:
            candidates = [c for c in candidates if float(c).is_integer()]
        step = next(
            (s for s in candidates if s >= extent or extent / s * fm.height() * 1.3 <= height),
            extent,
        )
        ticks = []
        count = math.floor((data.y_max - data.y_min) / step + 1e-9)
        for i in range(count + 1):
            value = data.y_min + i * step
            ticks.append((value, format_value(value, self.locale)))
        return ticks

    def _grid(
        self,
        painter: QPainter,
        fm: QFontMetricsF,
        g: ChartGeometry,
        ticks: list[tuple[float, str]],
        u: float,
    ) -> None:
        plot = g.plot
        for value, label in ticks:
            y = g.y_for(value)
            painter.setPen(QPen(self.theme.grid, 1 * u))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(self.theme.muted)
            box = QRectF(plot.left() - 200 * u, y - fm.height() / 2, 200 * u - 6 * u, fm.height())
            painter.drawText(
                box, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, label
            )

    def _x_ticks(self, fm: QFontMetricsF, g: ChartGeometry, u: float) -> list[tuple[date, str]]:
        data = self.data
        span = (data.end - data.start).days
        if span == 0:
            return [(data.start, format_day(data.start, self.locale))]
        gap = 12 * u
        per_day = g.plot.width() / span
        if span <= 120:
            width = fm.horizontalAdvance(format_day(date(2000, 12, 28), self.locale)) + gap
            step = next((s for s in _DAY_STEPS if s * per_day >= width), _DAY_STEPS[-1])
            # Counted back from the last day, so the most recent day always has a label.
            days = [data.end - timedelta(days=i) for i in range(0, span + 1, step)]
            crosses_year = data.start.year != data.end.year
            return [
                (d, format_day(d, self.locale, with_year=crosses_year and d == days[-1]))
                for d in reversed(days)
            ]
        labels = {
            m: self.locale.toString(QDate(2000, m, 1), tr("MMM yyyy") if m == 1 else tr("MMM"))
            for m in range(1, 13)
        }
        width = max(fm.horizontalAdvance(t) for t in labels.values()) + gap
        step = next((s for s in _MONTH_STEPS if s * 28 * per_day >= width), _MONTH_STEPS[-1])
        ticks: list[tuple[date, str]] = []
        for d in _month_starts(data.start, data.end, step):
            pattern = tr("MMM yyyy") if d.month == 1 or not ticks else tr("MMM")
            ticks.append((d, self.locale.toString(QDate(d.year, d.month, 1), pattern)))
        return ticks

    def _place_date_labels(self, frame: _Frame) -> list[tuple[QRectF, str, float]]:
        """Label boxes from right to left; a label that would touch its neighbour is left out."""
        g, fm, u, rect = frame.geometry, frame.fm, frame.u, frame.inner
        gap = 8 * u
        placed: list[tuple[QRectF, str, float]] = []
        limit_right = rect.right()
        # Kept clear of the value labels on the left.
        lowest_left = g.plot.left()
        for day, label in reversed(self._x_ticks(fm, g, u)):
            x = g.x_for(day)
            width = fm.horizontalAdvance(label)
            left = min(max(x - width / 2, lowest_left), rect.right() - width)
            if left + width > limit_right or left < lowest_left:
                continue
            placed.append((QRectF(left, g.plot.bottom() + 5 * u, width, fm.height()), label, x))
            limit_right = left - gap
        return placed

    def _x_axis(self, painter: QPainter, frame: _Frame) -> None:
        plot, u = frame.geometry.plot, frame.u
        painter.setPen(QPen(self.theme.muted, 1 * u))
        painter.drawLine(QPointF(plot.left(), plot.bottom()), QPointF(plot.right(), plot.bottom()))
        for box, label, x in self._place_date_labels(frame):
            painter.drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + 4 * u))
            painter.drawText(
                box.adjusted(0, 0, 1 * u, 0),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                label,
            )

    def _band(
        self, painter: QPainter, g: ChartGeometry, series: Series, style: SeriesStyle, u: float
    ) -> None:
        """Shade each point's range (lowest to highest of its days) lightly."""
        values = self.data.in_range(series)
        colour = QColor(style.colour)
        colour.setAlphaF(self.theme.band_alpha)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        for run in _runs(sorted(values), series.spans):
            spans = [series.spans.get(d) or Span(d, d, values[d], values[d]) for d in run]
            if len(run) == 1:
                # A lone point: a band as wide as its days, at least a little wide.
                half = max(3 * u, g.day_width * ((spans[0].last - spans[0].first).days + 1) / 2)
                x = g.x_for(run[0])
                top, bottom = g.y_for(spans[0].high), g.y_for(spans[0].low)
                painter.drawRect(QRectF(x - half, top, 2 * half, max(bottom - top, 1 * u)))
                continue
            upper = [QPointF(g.x_for(d), g.y_for(s.high)) for d, s in zip(run, spans, strict=True)]
            lower = [QPointF(g.x_for(d), g.y_for(s.low)) for d, s in zip(run, spans, strict=True)]
            painter.drawPolygon(QPolygonF(upper + list(reversed(lower))))

    def _series(
        self,
        painter: QPainter,
        g: ChartGeometry,
        series: Series,
        style: SeriesStyle,
        u: float,
        shift: float = 0.0,
        highlight: date | None = None,
    ) -> tuple[list[QPointF], QPointF | None]:
        """Draw the line of ``series``; returns where its markers go and where the
        highlighted day's point is (None when it has none)."""
        values = self.data.in_range(series)
        days = sorted(values)
        # How far apart neighbouring points are: a day, or a week for weekly averages.
        steps = [(b - a).days for a, b in itertools.pairwise(days)]
        spacing = g.day_width * (min(steps) if steps else 1)
        # Thinner lines when points are packed close, so a year stays legible.
        width = 2 * u if spacing >= 4 * u else 1.5 * u
        pen = QPen(style.colour, width, style.dash)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)

        def at(day: date) -> QPointF:
            return QPointF(g.x_for(day), g.y_for(values[day]) + shift)

        # Markers on every point only when there is room; a lone point always gets one,
        # as it has no line to show it.
        every_point = spacing >= 9 * u
        marked: list[QPointF] = []
        for run in _runs(days, series.spans):
            points = [at(day) for day in run]
            if len(points) > 1:
                painter.drawPolyline(QPolygonF(points))
            if every_point or len(points) == 1:
                marked.extend(points)
        return marked, (at(highlight) if highlight is not None and highlight in values else None)

    def _markers(
        self, painter: QPainter, centres: Sequence[QPointF], style: SeriesStyle, r: float, u: float
    ) -> None:
        """Draw one marker of ``style`` at each point (outlined, to stand out on lines)."""
        if not centres:
            return
        if style.marker is Marker.CROSS:
            painter.setPen(QPen(style.colour, 2 * u))
            for c in centres:
                x, y = c.x(), c.y()
                painter.drawLines(
                    [
                        QPointF(x - r, y - r),
                        QPointF(x + r, y + r),
                        QPointF(x - r, y + r),
                        QPointF(x + r, y - r),
                    ]
                )
            return
        painter.setPen(QPen(self.theme.background or QColor(255, 255, 255), 1 * u))
        painter.setBrush(style.colour)
        for c in centres:
            x, y = c.x(), c.y()
            if style.marker is Marker.CIRCLE:
                painter.drawEllipse(c, r, r)
            elif style.marker is Marker.SQUARE:
                s = r * 0.9
                painter.drawRect(QRectF(x - s, y - s, 2 * s, 2 * s))
            elif style.marker is Marker.TRIANGLE:
                t = r * 1.25
                painter.drawPolygon(
                    QPolygonF(
                        [
                            QPointF(x, y - t),
                            QPointF(x + t, y + t * 0.8),
                            QPointF(x - t, y + t * 0.8),
                        ]
                    )
                )
            else:
                t = r * 1.25
                painter.drawPolygon(
                    QPolygonF(
                        [QPointF(x, y - t), QPointF(x + t, y), QPointF(x, y + t), QPointF(x - t, y)]
                    )
                )


# ----- widget -----------------------------------------------------------------------


class ChartWidget(QWidget):
    """Shows a :class:`ChartData` on screen; follows the palette (light or dark).

    Hovering (or the arrow keys, when focused) shows the values of one day. The
    accessible description is the chart in words (:meth:`summary`).
    """

    summary_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._data: ChartData | None = None
        self._period = ""
        self._summary = ""
        self._geometry: ChartGeometry | None = None
        self._highlight: date | None = None
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(tr("Chart"))
        self.setMinimumSize(260, 180)

    def sizeHint(self) -> QSize:
        return QSize(560, 280)

    def minimumSizeHint(self) -> QSize:
        return QSize(260, 180)

    # ----- content -----------------------------------------------------------------

    def set_data(self, data: ChartData | None, period: str = "") -> None:
        """Show ``data``; ``period`` names its span in the summary ("the last 30 days")."""
        self._data = data
        self._period = period
        self._highlight = None
        self._summary = chart_summary(data, period) if data is not None else ""
        self.setAccessibleDescription(self._summary)
        self.setToolTip("")
        self.summary_changed.emit(self._summary)
        self.update()

    def chart_data(self) -> ChartData | None:
        return self._data

    def summary(self) -> str:
        """The chart in words (also the accessible description)."""
        return self._summary

    def clear(self) -> None:
        self.set_data(None)

    def theme(self) -> ChartTheme:
        return ChartTheme.from_palette(self.palette())

    def renderer(self) -> ChartRenderer | None:
        if self._data is None:
            return None
        return ChartRenderer(self._data, self.theme())

    # ----- painting ----------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            rect = QRectF(self.rect())
            theme = self.theme()
            if theme.background is not None:
                painter.fillRect(rect, theme.background)
            renderer = self.renderer()
            if renderer is not None:
                self._geometry = renderer.paint(painter, rect, highlight=self._highlight)
            if self.hasFocus():
                pen = QPen(self.palette().color(QPalette.ColorRole.Highlight), 2)
                painter.setPen(pen)
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRect(rect.adjusted(1, 1, -1, -1))
        finally:
            painter.end()

    # ----- looking at one day ------------------------------------------------------

    def highlighted_day(self) -> date | None:
        return self._highlight

    def highlight_day(self, day: date | None) -> str:
        """Mark ``day`` and return its description (empty when it has no values)."""
        self._highlight = day
        self.update()
        if self._data is None or day is None:
            return ""
        return day_description(self._data, day)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._geometry is None or self._data is None:
            return
        pos = event.position()
        plot = self._geometry.plot
        inside = plot.top() - 8 <= pos.y() <= plot.bottom() + 8
        day = self._geometry.day_at(pos.x()) if inside else None
        if day is not None:
            day = self._data.point_for(day)
        if day == self._highlight:
            return
        text = self.highlight_day(day)
        if text:
            QToolTip.showText(event.globalPosition().toPoint(), text, self)
        else:
            QToolTip.hideText()

    def leaveEvent(self, event: QEvent) -> None:
        self.highlight_day(None)
        QToolTip.hideText()
        super().leaveEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        data = self._data
        key = event.key()
        moves = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1}
        if data is None or (key not in moves and key not in (Qt.Key.Key_Home, Qt.Key.Key_End)):
            super().keyPressEvent(event)
            return
        recorded = sorted({d for s in data.series for d in data.in_range(s)})
        if not recorded:
            return
        current = self._highlight
        if key == Qt.Key.Key_Home:
            day = recorded[0]
        elif key == Qt.Key.Key_End or current is None:
            day = recorded[-1]
        elif moves[Qt.Key(key)] < 0:
            day = next((d for d in reversed(recorded) if d < current), recorded[0])
        else:
            day = next((d for d in recorded if d > current), recorded[-1])
        text = self.highlight_day(day)
        # Screen readers read the description when it changes; sighted people get a tip.
        self.setAccessibleDescription(text or self._summary)
        if self._geometry is not None and text:
            values = data.values_on(day)
            y = self._geometry.y_for(values[0][2]) if values else self._geometry.plot.center().y()
            point = QPointF(self._geometry.x_for(day), y).toPoint()
            QToolTip.showText(self.mapToGlobal(point), text, self)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.setAccessibleDescription(self._summary)
        super().focusOutEvent(event)
