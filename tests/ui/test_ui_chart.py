"""The QPainter chart: drawing on images and PDFs, gaps, labels, the summary in words."""

from __future__ import annotations

import itertools
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale, QPoint, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPageSize, QPainter, QPalette, QPdfWriter
from PySide6.QtWidgets import QApplication

from ui.common.chart import (
    ChartData,
    ChartRenderer,
    ChartTheme,
    ChartWidget,
    Series,
    Span,
    chart_summary,
    day_description,
    format_span,
    series_summary,
    summary_sentences,
)
from ui.shell.appearance import dark_palette, light_palette

END = date(2025, 11, 30)
UK = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
SIZE = (520, 280)


def days_back(n: int) -> date:
    return END - timedelta(days=n)


def span(days: int, *series: Series, **options: Any) -> ChartData:
    return ChartData(
        END - timedelta(days=days - 1), END, series, empty_text="Nothing here yet", **options
    )


def qt_app() -> QApplication:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    return app


def theme(name: str) -> ChartTheme:
    palette = dark_palette() if name == "dark" else light_palette(qt_app())
    return ChartTheme.from_palette(palette)


def render(data: ChartData, chart_theme: ChartTheme, size: tuple[int, int] = SIZE) -> QImage:
    image = QImage(*size, QImage.Format.Format_ARGB32)
    image.fill(QColor("magenta"))  # anything the chart fails to cover stays magenta
    painter = QPainter(image)
    try:
        ChartRenderer(data, chart_theme, locale=UK).paint(painter, QRectF(0, 0, *size))
    finally:
        painter.end()
    return image


def close(a: QColor, b: QColor, tolerance: int = 24) -> bool:
    return (
        abs(a.red() - b.red()) <= tolerance
        and abs(a.green() - b.green()) <= tolerance
        and abs(a.blue() - b.blue()) <= tolerance
    )


def count_colour(
    image: QImage, colour: QColor, region: QRectF | None = None, tolerance: int = 24
) -> int:
    """Pixels close to ``colour`` (every second pixel, which is plenty for a chart)."""
    area = (region or QRectF(image.rect())).toRect()
    found = 0
    for y in range(max(0, area.top()), min(image.height(), area.bottom() + 1), 2):
        for x in range(max(0, area.left()), min(image.width(), area.right() + 1), 2):
            if close(image.pixelColor(x, y), colour, tolerance):
                found += 1
    return found


def mood_stress_craving(days: int, missing: frozenset[int] = frozenset()) -> tuple[Series, ...]:
    mood: dict[date, float] = {}
    stress: dict[date, float] = {}
    craving: dict[date, float] = {}
    for i in range(days):
        if i in missing:
            continue
        day = days_back(i)
        mood[day] = float(3 + i % 6)
        stress[day] = float(8 - i % 5)
        craving[day] = float(i % 3)
    return (Series("Mood", mood), Series("Stress", stress), Series("Craving", craving))


CASES = {
    "empty": span(30, Series("Mood"), Series("Stress")),
    "one point": span(30, Series("Mood", {days_back(3): 6.0})),
    "gaps": span(30, *mood_stress_craving(30, missing=frozenset({2, 3, 4, 10, 17, 18}))),
    "a year": span(365, *mood_stress_craving(365)),
    # Every marker shape and dash pattern in use.
    "five series": span(
        14,
        *mood_stress_craving(14),
        Series("Fourth", {days_back(i): 9.0 for i in range(0, 14, 2)}),
        Series("Fifth", {days_back(i): 6.5 for i in range(14)}),
    ),
}


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("case", list(CASES))
def test_renderer_draws_every_case_in_both_themes(qapp: Any, scheme: str, case: str) -> None:
    data = CASES[case]
    chart_theme = theme(scheme)
    image = render(data, chart_theme)

    assert count_colour(image, QColor("magenta"), QRectF(0, 0, *SIZE)) == 0, "fills its area"
    assert chart_theme.background is not None
    background = count_colour(image, chart_theme.background)
    assert background > (SIZE[0] * SIZE[1] / 4) * 0.5, "mostly background"
    # Text (legend, axis labels, or the empty message) is drawn in the theme's text colours.
    ink = count_colour(image, chart_theme.text, tolerance=60) + count_colour(
        image, chart_theme.muted, tolerance=40
    )
    assert ink > 20
    for index, series in enumerate(data.series):
        colour = chart_theme.style(index).colour
        assert not close(colour, chart_theme.background, 60), "series stand out from the page"
        plot_pixels = count_colour(image, colour, QRectF(40, 40, SIZE[0] - 40, SIZE[1] - 80))
        if data.in_range(series):
            assert plot_pixels > 3, f"{series.label} is drawn"
        else:
            assert plot_pixels == 0, f"{series.label} has nothing to draw"


def test_light_and_dark_themes_differ_and_series_differ_from_each_other(qapp: Any) -> None:
    light, dark = theme("light"), theme("dark")
    assert light.background is not None and dark.background is not None
    assert light.background.lightness() > 128 > dark.background.lightness()
    for chart_theme in (light, dark):
        colours = [chart_theme.style(i).colour for i in range(3)]
        assert len({c.name() for c in colours}) == 3
        # Not colour alone: each series has its own dash pattern and marker too.
        assert len({chart_theme.style(i).dash for i in range(3)}) == 3
        assert len({chart_theme.style(i).marker for i in range(3)}) == 3


def test_a_missing_day_leaves_a_gap_in_the_line(qapp: Any) -> None:
    steady = {days_back(i): 5.0 for i in range(10) if i not in (4, 5)}
    data = span(10, Series("Mood", steady))
    chart_theme = theme("light")
    image = QImage(*SIZE, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    geometry = ChartRenderer(data, chart_theme, locale=UK).paint(painter, QRectF(0, 0, *SIZE))
    painter.end()
    colour = chart_theme.style(0).colour
    y = round(geometry.y_for(5.0))

    def line_between(a: date, b: date) -> int:
        left, right = geometry.x_for(a), geometry.x_for(b)
        # The middle of the stretch, away from the markers at either end.
        middle = QRectF(left + (right - left) * 0.3, y - 2, (right - left) * 0.4, 5)
        return count_colour(image, colour, middle)

    assert line_between(days_back(8), days_back(7)) > 0, "recorded neighbours are joined"
    assert line_between(days_back(6), days_back(5)) == 0, "no line into a missing day"
    assert line_between(days_back(5), days_back(4)) == 0
    assert line_between(days_back(4), days_back(3)) == 0, "no line out of a missing day"
    assert line_between(days_back(3), days_back(2)) > 0


@pytest.mark.parametrize("days", [1, 7, 30, 90, 365, 3 * 365])
@pytest.mark.parametrize("width", [220, 360, 640, 1200])
def test_date_labels_never_overlap_and_stay_inside(qapp: Any, days: int, width: int) -> None:
    data = span(days, Series("Mood", {END: 5.0}))
    image = QImage(width, 240, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    labels = ChartRenderer(data, theme("light"), locale=UK).date_labels(
        painter, QRectF(0, 0, width, 240)
    )
    painter.end()
    assert labels, "at least one date is named"
    boxes = [box for box, _ in labels]
    for left, right in itertools.pairwise(boxes):
        assert left.right() < right.left(), f"{labels} overlap"
    assert all(box.left() >= 0 and box.right() <= width for box in boxes)
    if days <= 120:
        assert labels[-1][1] == "30 Nov", "the most recent day is always named"


def test_the_same_drawing_goes_into_a_pdf(qapp: Any, tmp_path: Path) -> None:
    path = tmp_path / "chart.pdf"
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setResolution(300)
    painter = QPainter(writer)
    area = QRectF(0, 0, writer.width(), writer.width() * 0.5)
    data = CASES["gaps"]
    geometry = ChartRenderer(data, ChartTheme.for_print(), locale=UK).paint(painter, area)
    labels = ChartRenderer(data, ChartTheme.for_print(), locale=UK).date_labels(painter, area)
    painter.end()
    assert path.read_bytes().startswith(b"%PDF")
    # Scaled to the device: the plot fills most of the area at 300 dpi as it does on screen.
    assert geometry.plot.width() > area.width() * 0.8
    assert labels and labels[0][0].height() > 30, "text measured at the PDF's resolution"


def test_summary_names_average_lowest_highest_and_days_recorded() -> None:
    start, end = date(2025, 11, 1), date(2025, 11, 30)
    values = {date(2025, 11, d): float(v) for d, v in [(4, 3), (5, 6), (20, 9), (21, 6)]}
    text = series_summary(Series("Mood", values), start, end, "the last 30 days", UK)
    assert text == (
        "Mood over the last 30 days: average 6.0, lowest 3 on 4 Nov, highest 9 on 20 Nov; "
        "4 of 30 days recorded."
    )


def test_summary_ties_name_the_most_recent_day_and_ignore_days_outside() -> None:
    start, end = date(2025, 11, 1), date(2025, 11, 10)
    values = {
        date(2025, 10, 31): 0.0,  # outside: not the lowest
        date(2025, 11, 2): 2.0,
        date(2025, 11, 7): 2.0,
        date(2025, 11, 3): 7.5,
        date(2025, 11, 11): 10.0,  # outside: not the highest
    }
    text = series_summary(Series("Stress", values), start, end, "these days", UK)
    assert "average 3.8" in text
    assert "lowest 2 on 7 Nov" in text
    assert "highest 7.5 on 3 Nov" in text
    assert "3 of 10 days recorded" in text


def test_summary_of_an_empty_series_and_of_a_period_across_new_year() -> None:
    start, end = date(2024, 12, 1), date(2025, 1, 30)
    assert (
        series_summary(Series("Craving"), start, end, "the last 61 days", UK)
        == "Craving over the last 61 days: nothing recorded yet."
    )
    text = series_summary(Series("Mood", {date(2024, 12, 24): 4.0}), start, end, "then", UK)
    assert "lowest 4 on 24 Dec 2024" in text, "the year is named when the period crosses one"
    assert "1 of 61 days recorded" in text


def test_chart_summary_has_one_sentence_per_series_or_the_empty_text() -> None:
    data = span(30, *mood_stress_craving(30, missing=frozenset(range(6, 30))))
    sentences = summary_sentences(data, "the last 30 days", UK)
    assert [s.split(" over ")[0] for s in sentences] == ["Mood", "Stress", "Craving"]
    assert all("6 of 30 days recorded" in s for s in sentences)
    assert chart_summary(data, "the last 30 days", UK) == " ".join(sentences)
    assert chart_summary(CASES["empty"], "x", UK) == "Nothing here yet"
    # Without a period name the dates are given.
    assert "over 1 Nov to 30 Nov:" in chart_summary(data, "", UK)


def test_day_description_lists_the_values_of_that_day() -> None:
    data = span(10, Series("Mood", {END: 6.0}), Series("Stress", {END: 2.5}), Series("Craving"))
    assert day_description(data, END, UK) == "Sun 30 Nov 2025: Mood 6, Stress 2.5"
    assert day_description(data, days_back(1), UK) == ""


def test_widget_describes_itself_and_follows_its_palette(qtbot: Any) -> None:
    widget = ChartWidget()
    qtbot.addWidget(widget)
    widget.resize(*SIZE)
    data = span(30, *mood_stress_craving(30))
    with qtbot.waitSignal(widget.summary_changed) as signal:
        widget.set_data(data, "the last 30 days")
    assert signal.args[0] == widget.summary()
    assert widget.summary().startswith("Mood over the last 30 days: average")
    assert widget.accessibleDescription() == widget.summary()
    assert widget.accessibleName()

    for palette in (dark_palette(), light_palette(qt_app())):
        widget.setPalette(palette)
        image = widget.grab().toImage()
        base = palette.color(QPalette.ColorRole.Base)
        assert close(image.pixelColor(3, 3), base, 2), "background from the palette"
        mood = ChartTheme.from_palette(palette).style(0).colour
        assert count_colour(image, mood) > 3

    widget.clear()
    assert widget.summary() == "" and widget.chart_data() is None
    assert widget.accessibleDescription() == ""


def test_widget_shows_one_day_on_hover_and_with_the_arrow_keys(qtbot: Any) -> None:
    widget = ChartWidget()
    qtbot.addWidget(widget)
    widget.resize(*SIZE)
    recorded = {days_back(0): 4.0, days_back(1): 5.0, days_back(5): 7.0}
    widget.set_data(span(10, Series("Mood", recorded)), "ten days")
    widget.show()
    qtbot.waitExposed(widget)
    # The same layout the widget painted: where the days and values are on screen.
    renderer = widget.renderer()
    assert renderer is not None
    pixmap = widget.grab()
    painter = QPainter(pixmap)
    geometry = renderer.paint(painter, QRectF(widget.rect()))
    painter.end()
    point = geometry.point(days_back(5), 7.0)
    qtbot.mouseMove(widget, QPoint(round(point.x()), round(point.y())))
    qtbot.waitUntil(lambda: widget.highlighted_day() == days_back(5))

    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_End)
    assert widget.highlighted_day() == days_back(0)
    qtbot.keyClick(widget, Qt.Key.Key_Left)
    assert widget.highlighted_day() == days_back(1)
    qtbot.keyClick(widget, Qt.Key.Key_Left)
    assert widget.highlighted_day() == days_back(5), "skips days without a value"
    assert widget.accessibleDescription().endswith("Mood 7")
    assert geometry.day_at(point.x() + 1) == days_back(5)
    assert geometry.day_at(-50.0) is None


def test_bad_chart_data_is_refused() -> None:
    with pytest.raises(ValueError):
        ChartData(END, END - timedelta(days=1))
    with pytest.raises(ValueError):
        ChartData(END, END, (), y_min=10, y_max=0)


# ----- lines that share a value, weekly averages and their ranges, theme colours --------


def _plot_pixels(data: ChartData, chart_theme: ChartTheme, index: int) -> int:
    """Every pixel of series ``index``'s colour in the plot (not every second one: a
    line a few pixels off could fall between the rows sampled)."""
    image = render(data, chart_theme)
    colour = chart_theme.style(index).colour
    return sum(
        close(image.pixelColor(x, y), colour, 40) for y in range(40, 230) for x in range(40, 500)
    )


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_lines_that_share_a_value_all_stay_visible(qapp: Any, scheme: str) -> None:
    # Mood, stress and craving all 5 every day: three lines on one value.
    same = {days_back(i): 5.0 for i in range(30)}
    labels = ("Mood", "Stress", "Craving")
    together = span(30, *(Series(label, same) for label in labels))
    chart_theme = theme(scheme)
    for index, label in enumerate(labels):
        alone = span(30, *(Series(x, same if x == label else {}) for x in labels))
        seen_alone = _plot_pixels(alone, chart_theme, index)
        seen_together = _plot_pixels(together, chart_theme, index)
        assert seen_alone > 50
        # Without the spread, a line under two others shows about 5 % of itself.
        assert seen_together >= 0.35 * seen_alone, f"{label} is hidden under the others"
    renderer = ChartRenderer(together, chart_theme, locale=UK)
    offsets = [renderer.offset(i) for i in range(3)]
    assert len(set(offsets)) == 3 and offsets[1] == 0, "side by side, the middle one on 5"
    assert max(abs(o) for o in offsets) <= 4, "close enough to read as the same value"


def weekly_data(days: int = 91) -> ChartData:
    """A steady week-by-week mood (average 5) whose days swing between 2 and 8."""
    values: dict[date, float] = {}
    spans: dict[date, Span] = {}
    for week in range(days // 7):
        last = days_back(week * 7)
        first = last - timedelta(days=6)
        middle = first + timedelta(days=3)
        values[middle] = 5.0
        spans[middle] = Span(first, last, 2.0, 8.0, 7)
    return span(
        days,
        Series("Mood", values, spans),
        averages_name="weekly averages",
        caption="Each point is a week's average.",
    )


def test_weekly_averages_are_drawn_with_their_range_shaded_behind(qapp: Any) -> None:
    chart_theme = theme("light")
    assert chart_theme.background is not None
    with_range = weekly_data()
    mood = with_range.series[0]
    without_range = span(91, Series("Mood", dict(mood.values)))
    band = QColor(chart_theme.style(0).colour)
    band.setAlphaF(chart_theme.band_alpha)
    tint = QColor.fromRgbF(
        *(
            b * (1 - band.alphaF()) + c * band.alphaF()
            for b, c in zip(chart_theme.background.getRgbF()[:3], band.getRgbF()[:3], strict=True)
        )
    )

    def tinted(data: ChartData) -> int:
        image = QImage(*SIZE, QImage.Format.Format_ARGB32)
        painter = QPainter(image)
        geometry = ChartRenderer(data, chart_theme, locale=UK).paint(painter, QRectF(0, 0, *SIZE))
        painter.end()
        # Between the weekly line (at 5) and the week's highest day (8), clear of the
        # grid lines at 6 and 8.
        region = QRectF(
            geometry.plot.left() + 20,
            geometry.y_for(7.7),
            geometry.plot.width() - 40,
            geometry.y_for(6.3) - geometry.y_for(7.7),
        )
        return count_colour(image, tint, region, tolerance=6)

    assert tinted(with_range) > 500, "the week's range is shaded"
    assert tinted(without_range) == 0
    assert not close(tint, chart_theme.style(0).colour, 60), "lightly: the line stands out"


def test_a_weekly_point_is_described_as_its_week_and_found_from_any_of_its_days(
    qapp: Any,
) -> None:
    data = weekly_data(14)
    latest = max(data.series[0].values)
    assert data.is_summarised()
    assert data.point_for(END) == latest and data.point_for(days_back(6)) == latest
    assert data.point_for(days_back(7)) == min(data.series[0].values)
    assert day_description(data, latest, UK) == "24\u201330 Nov 2025: Mood 5.0 (2 to 8)"
    assert format_span(date(2025, 2, 26), date(2025, 3, 4), UK) == "26 Feb \u2013 4 Mar"
    assert format_span(date(2024, 12, 30), date(2025, 1, 5), UK, with_year=True) == (
        "30 Dec 2024 \u2013 5 Jan 2025"
    )
    sentences = summary_sentences(data, "the last 14 days", UK)
    assert sentences == [
        "Each point is a week's average.",
        "Mood over the last 14 days, as weekly averages: lowest 5.0 (24\u201330 Nov), "
        "highest 5.0 (24\u201330 Nov), latest 5.0 (24\u201330 Nov); 14 of 14 days recorded.",
    ]


def test_hovering_any_day_of_a_week_shows_that_week(qtbot: Any) -> None:
    widget = ChartWidget()
    qtbot.addWidget(widget)
    widget.resize(*SIZE)
    data = weekly_data(28)
    widget.set_data(data, "four weeks")
    widget.show()
    qtbot.waitExposed(widget)
    renderer = widget.renderer()
    assert renderer is not None
    pixmap = widget.grab()
    painter = QPainter(pixmap)
    geometry = renderer.paint(painter, QRectF(widget.rect()))
    painter.end()
    # The last day of the period, not the week's middle where its point is drawn.
    point = geometry.point(END, 5.0)
    qtbot.mouseMove(widget, QPoint(round(point.x()) - 1, round(point.y())))
    qtbot.waitUntil(lambda: widget.highlighted_day() == max(data.series[0].values))


@pytest.mark.parametrize("name", ["light", "dark", "contrast"])
def test_series_colours_are_the_design_systems_for_each_theme(qapp: Any, name: str) -> None:
    from ui.common import theme as app_theme
    from ui.common.design import THEMES

    colours = THEMES[name]
    chart_theme = ChartTheme.from_palette(app_theme.palette_for(colours))
    assert chart_theme.background is not None
    assert chart_theme.background.name() == colours.surface
    assert chart_theme.text.name() == colours.text
    assert [chart_theme.style(i).colour.name() for i in range(4)] == list(colours.chart)
    # A fifth series repeats a colour but keeps a dash and marker of its own.
    assert chart_theme.style(4).colour.name() == colours.chart[0]
    assert chart_theme.style(4).marker != chart_theme.style(0).marker


def test_the_widget_follows_a_theme_switch(qtbot: Any) -> None:
    from ui.common import theme as app_theme
    from ui.common.design import DARK, LIGHT

    widget = ChartWidget()
    qtbot.addWidget(widget)
    widget.resize(*SIZE)
    widget.set_data(span(30, *mood_stress_craving(30)), "the last 30 days")
    widget.show()
    qtbot.waitExposed(widget)
    app_theme.apply_theme("light")
    try:
        for colours in (DARK, LIGHT):
            app_theme.apply_theme("dark" if colours is DARK else "light")
            qtbot.waitUntil(
                lambda c=colours: (
                    widget.palette().color(QPalette.ColorRole.Base).name() == c.surface
                ),
                timeout=2000,
            )
            image = widget.grab().toImage()
            assert image.pixelColor(3, 3).name() == colours.surface
            for index in range(3):
                assert count_colour(image, QColor(colours.chart[index]), tolerance=12) > 3
    finally:
        app_theme.apply_theme("light")
