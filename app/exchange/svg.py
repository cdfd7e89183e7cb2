"""A packet's chart as an inline SVG drawing, and as a table of its points.

The HTML packet draws each :class:`~app.platform.contributions.Chart` with this: axes,
a line per :class:`ChartLine` (its own colour, dash pattern and marker, so no line is
told apart by colour alone), labels as ``<text>`` (selectable, read aloud), a
``<title>`` and a ``<desc>`` in words. The same points as a table are the Markdown
packet's chart and the HTML packet's alternative for screen readers.

Light colours on white, readable printed in black and white too. Everything written
here is escaped: chart titles and labels are message ids, but a renderer never trusts
text to be markup-free.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import date, timedelta
from html import escape
from itertools import pairwise
from statistics import median

from app.exchange.wording import ENGLISH, Wording
from app.platform.contributions import Chart, ChartLine

# The design system's light chart colours (ui/common/design.py LIGHT.chart), at least
# 3:1 against white; app/ can't import ui/, so they are repeated here.
COLOURS: tuple[str, ...] = ("#2e6b6f", "#b0591a", "#6a4fa3", "#3c7d4e")
DASHES: tuple[str, ...] = ("", "7 4", "2 3", "9 3 2 3", "9 3 2 3 2 3")
MARKERS: tuple[str, ...] = ("circle", "square", "triangle", "diamond", "cross")
TEXT = "#22282b"
MUTED = "#596166"
GRID = "#e3dfd8"
AXIS = "#8b9195"

WIDTH = 640
PLOT_TOP = 14
PLOT_LEFT = 44
PLOT_RIGHT = 16
PLOT_HEIGHT = 180
X_LABELS_HEIGHT = 26
LEGEND_ROW = 20
LEGEND_COLUMNS = 3
FONT_SIZE = 11

# A line with more points than this is drawn without a marker on every point (the
# markers would cover the line); a point standing alone still gets one.
MARKER_LIMIT = 100


def format_value(value: float, whole_numbers: bool, wording: Wording = ENGLISH) -> str:
    """A chart value as the reader writes numbers: whole numbers without a point,
    others to one decimal (none when that decimal is 0)."""
    if whole_numbers:
        return wording.number(float(round(value)), 0)
    return wording.number(value, 0 if f"{value:.1f}".endswith(".0") else 1)


def chart_table(chart: Chart, wording: Wording) -> tuple[tuple[str, ...], list[tuple[str, ...]]]:
    """The chart's points as a header and rows: a date, then one column per line
    ("" where a line has no value that day), oldest first."""
    header = (wording.translate("Date"), *(wording.translate(line.label) for line in chart.lines))
    values: list[dict[date, float]] = [dict(line.points) for line in chart.lines]
    days = sorted({day for line in values for day in line})
    rows = [
        (
            wording.day(day),
            *(
                format_value(line[day], chart.whole_numbers, wording) if day in line else ""
                for line in values
            ),
        )
        for day in days
    ]
    return header, rows


def _step(span: float, whole_numbers: bool) -> float:
    """A round step (1, 2, 2.5 or 5 times a power of ten) giving at most six steps."""
    magnitude = 10.0 ** math.floor(math.log10(span / 6))
    for multiple in (1.0, 2.0, 2.5, 5.0, 10.0):
        step = multiple * magnitude
        if whole_numbers and (step < 1 or step != int(step)):
            continue
        if span / step <= 6:
            return step
    return 10 * magnitude if not whole_numbers else max(1.0, 10 * magnitude)


def _ticks(low: float, high: float, whole_numbers: bool) -> list[float]:
    """Round values from ``low`` to ``high`` for the y axis (at most seven)."""
    step = _step(high - low, whole_numbers)
    first = math.ceil(low / step - 1e-9)
    ticks: list[float] = []
    number = first
    while number * step <= high + step * 1e-9:
        ticks.append(round(number * step, 6))
        number += 1
    return ticks


def _day_ticks(start: date, end: date, label_width: float, plot_width: float) -> list[date]:
    """The first and last day and up to three evenly spaced days between: as many as
    fit side by side with labels about ``label_width`` wide."""
    days = (end - start).days
    if days <= 0:
        return [start]
    # The first label starts at its day and the last ends at its day; those between
    # are centred: one and a half labels must fit between neighbours (two when the
    # first and last are the only ones), or only the first day is named.
    count = min(4, days)
    while count > 1 and plot_width / count < 1.5 * label_width + 12:
        count -= 1
    if count == 1 and plot_width < 2 * label_width + 12:
        return [start]
    return sorted({start + timedelta(days=round(days * n / count)) for n in range(count + 1)})


def _segments(points: Sequence[tuple[date, float]]) -> list[list[tuple[date, float]]]:
    """The points in runs: a gap much longer than the line's usual spacing (days with
    no value) ends a run, so the line does not pretend to know those days."""
    ordered = sorted(points)
    if len(ordered) < 2:
        return [ordered] if ordered else []
    gaps = [(b[0] - a[0]).days for a, b in pairwise(ordered)]
    usual = max(1.0, float(median(gaps)))
    runs: list[list[tuple[date, float]]] = [[ordered[0]]]
    for point, gap in zip(ordered[1:], gaps, strict=True):
        if gap > 1.5 * usual:
            runs.append([point])
        else:
            runs[-1].append(point)
    return runs


def _marker(kind: str, x: float, y: float, colour: str) -> str:
    r = 3.2
    if kind == "circle":
        return f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{r}" fill="{colour}"/>'
    if kind == "square":
        return (
            f'<rect x="{x - r:.1f}" y="{y - r:.1f}" width="{2 * r:.1f}" height="{2 * r:.1f}"'
            f' fill="{colour}"/>'
        )
    if kind == "triangle":
        return (
            f'<path d="M{x:.1f} {y - r - 0.6:.1f}L{x + r + 0.4:.1f} {y + r:.1f}'
            f'L{x - r - 0.4:.1f} {y + r:.1f}Z" fill="{colour}"/>'
        )
    if kind == "diamond":
        return (
            f'<path d="M{x:.1f} {y - r - 0.6:.1f}L{x + r + 0.6:.1f} {y:.1f}'
            f'L{x:.1f} {y + r + 0.6:.1f}L{x - r - 0.6:.1f} {y:.1f}Z" fill="{colour}"/>'
        )
    return (
        f'<path d="M{x - r:.1f} {y - r:.1f}L{x + r:.1f} {y + r:.1f}'
        f'M{x - r:.1f} {y + r:.1f}L{x + r:.1f} {y - r:.1f}" stroke="{colour}"'
        ' stroke-width="1.8" fill="none"/>'
    )


def _line_description(line: ChartLine, chart: Chart, wording: Wording) -> str:
    label = wording.translate(line.label)
    if not line.points:
        return wording.translate("{label}: no values.").format(label=label)
    values = [value for _, value in line.points]
    return wording.translate(
        "{label}: {count} values from {low} to {high}, average {average}."
    ).format(
        label=label,
        count=len(values),
        low=format_value(min(values), chart.whole_numbers, wording),
        high=format_value(max(values), chart.whole_numbers, wording),
        average=format_value(sum(values) / len(values), False, wording),
    )


def describe(chart: Chart, wording: Wording) -> str:
    """The chart in words, one sentence a line (the drawing's ``<desc>``)."""
    return " ".join(_line_description(line, chart, wording) for line in chart.lines)


def chart_svg(chart: Chart, wording: Wording, start: date, end: date, ident: str) -> str:
    """``chart`` over ``start``..``end`` as one ``<svg>`` element (no external
    reference, no script). ``ident`` makes its ids unique in the page (letters,
    digits and dashes)."""
    ident = "".join(c for c in ident if c.isascii() and (c.isalnum() or c == "-")) or "chart"
    every_day = [day for line in chart.lines for day, _ in line.points]
    if every_day:
        start = min(start, min(every_day))
        end = max(end, max(every_day))
    low, high = chart.y_min, chart.y_max
    if high <= low:
        high = low + 1.0
    plot_width = WIDTH - PLOT_LEFT - PLOT_RIGHT
    plot_bottom = PLOT_TOP + PLOT_HEIGHT
    legend_rows = -(-len(chart.lines) // LEGEND_COLUMNS)
    height = plot_bottom + X_LABELS_HEIGHT + legend_rows * LEGEND_ROW + 6
    span_days = max(1, (end - start).days)

    def x_for(day: date) -> float:
        if end == start:
            return PLOT_LEFT + plot_width / 2
        return PLOT_LEFT + plot_width * (day - start).days / span_days

    def y_for(value: float) -> float:
        clamped = min(high, max(low, value))
        return plot_bottom - PLOT_HEIGHT * (clamped - low) / (high - low)

    title = escape(wording.translate(chart.title))
    parts: list[str] = [
        # Inline in HTML, an <svg> needs no namespace address (the file holds none).
        f'<svg class="chart" role="img"'
        f' viewBox="0 0 {WIDTH} {height}" width="{WIDTH}" height="{height}"'
        f' aria-labelledby="{ident}-title {ident}-desc"'
        f' font-size="{FONT_SIZE}" font-family="inherit">',
        f'<title id="{ident}-title">{title}</title>',
        f'<desc id="{ident}-desc">{escape(describe(chart, wording))}</desc>',
    ]
    # Grid and y labels.
    for tick in _ticks(low, high, chart.whole_numbers):
        y = y_for(tick)
        parts.append(
            f'<line x1="{PLOT_LEFT}" y1="{y:.1f}" x2="{WIDTH - PLOT_RIGHT}" y2="{y:.1f}"'
            f' stroke="{GRID}" stroke-width="1"/>'
        )
        parts.append(
            f'<text x="{PLOT_LEFT - 6}" y="{y + 4:.1f}" text-anchor="end" fill="{MUTED}">'
            f"{escape(format_value(tick, chart.whole_numbers, wording))}</text>"
        )
    # Axes.
    parts.append(
        f'<path d="M{PLOT_LEFT} {PLOT_TOP}V{plot_bottom}H{WIDTH - PLOT_RIGHT}"'
        f' stroke="{AXIS}" stroke-width="1" fill="none"/>'
    )
    # Day labels: the first one starts at its tick, the last ends at its tick.
    # About 0.6 em a character: the widest label of the first and last day, estimated.
    label_width = 0.6 * FONT_SIZE * max(len(wording.day(start)), len(wording.day(end)))
    ticks = _day_ticks(start, end, label_width, plot_width)
    for number, day in enumerate(ticks):
        x = x_for(day)
        anchor = "middle"
        if len(ticks) > 1 and number == 0:
            anchor = "start"
        elif len(ticks) > 1 and number == len(ticks) - 1:
            anchor = "end"
        parts.append(
            f'<line x1="{x:.1f}" y1="{plot_bottom}" x2="{x:.1f}" y2="{plot_bottom + 4}"'
            f' stroke="{AXIS}"/>'
        )
        parts.append(
            f'<text x="{x:.1f}" y="{plot_bottom + 17}" text-anchor="{anchor}" fill="{MUTED}">'
            f"{escape(wording.day(day))}</text>"
        )
    # The lines.
    for index, line in enumerate(chart.lines):
        colour = COLOURS[index % len(COLOURS)]
        dash = DASHES[index % len(DASHES)]
        marker = MARKERS[index % len(MARKERS)]
        dashed = f' stroke-dasharray="{dash}"' if dash else ""
        runs = _segments(line.points)
        marks = len(line.points) <= MARKER_LIMIT
        parts.append(f'<g class="line-{index + 1}">')
        for run in runs:
            if len(run) > 1:
                path = "".join(
                    f"{'M' if n == 0 else 'L'}{x_for(day):.1f} {y_for(value):.1f}"
                    for n, (day, value) in enumerate(run)
                )
                parts.append(
                    f'<path d="{path}" stroke="{colour}" stroke-width="2" fill="none"'
                    f' stroke-linejoin="round"{dashed}/>'
                )
            if marks or len(run) == 1:
                parts.extend(_marker(marker, x_for(d), y_for(v), colour) for d, v in run)
        parts.append("</g>")
    # The legend: a sample of each line's look and its label.
    legend_top = plot_bottom + X_LABELS_HEIGHT
    column_width = plot_width / LEGEND_COLUMNS
    for index, line in enumerate(chart.lines):
        colour = COLOURS[index % len(COLOURS)]
        dash = DASHES[index % len(DASHES)]
        dashed = f' stroke-dasharray="{dash}"' if dash else ""
        x = PLOT_LEFT + column_width * (index % LEGEND_COLUMNS)
        y = legend_top + LEGEND_ROW * (index // LEGEND_COLUMNS) + 8
        parts.append(
            f'<line x1="{x:.1f}" y1="{y:.1f}" x2="{x + 28:.1f}" y2="{y:.1f}" stroke="{colour}"'
            f' stroke-width="2"{dashed}/>'
        )
        parts.append(_marker(MARKERS[index % len(MARKERS)], x + 14, y, colour))
        parts.append(
            f'<text x="{x + 36:.1f}" y="{y + 4:.1f}" fill="{TEXT}">'
            f"{escape(wording.translate(line.label))}</text>"
        )
    parts.append("</svg>")
    return "".join(parts)
