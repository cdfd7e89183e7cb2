"""The packet as one self-contained HTML file, and its charts as inline SVG."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from datetime import date, timedelta
from html.parser import HTMLParser
from itertools import pairwise

import pytest

from app.exchange.document import Packet
from app.exchange.html import render_html
from app.exchange.svg import MARKER_LIMIT, _segments, _ticks, chart_svg, chart_table, describe
from app.exchange.wording import ENGLISH, NOTHING, SUMMARY_TITLE, TITLE, Wording
from app.platform.contributions import Chart, ChartLine, PacketSection, Paragraph, Table

START = date(2024, 3, 1)
END = date(2024, 3, 14)
MADE = date(2024, 3, 15)

# Attributes that can make a browser fetch something or go somewhere.
URL_ATTRIBUTES = frozenset(
    {
        "src",
        "href",
        "xlink:href",
        "action",
        "formaction",
        "poster",
        "data",
        "srcset",
        "background",
        "cite",
        "longdesc",
        "manifest",
        "ping",
        "usemap",
    }
)
FORBIDDEN_TAGS = frozenset(
    {"script", "link", "iframe", "frame", "object", "embed", "base", "img", "audio", "video"}
)


@dataclass
class Element:
    tag: str
    attrs: dict[str, str]
    text: str = ""


@dataclass
class Page(HTMLParser):
    """The parsed page: every element, every external reference, the text by element."""

    elements: list[Element] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    _open: list[Element] = field(default_factory=list)
    _in_style: bool = False

    def __post_init__(self) -> None:
        super().__init__(convert_charrefs=True)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value or "" for name, value in attrs}
        element = Element(tag, values)
        self.elements.append(element)
        if tag in FORBIDDEN_TAGS:
            self.problems.append(f"<{tag}>")
        if tag == "meta" and values.get("http-equiv", "").lower() == "refresh":
            self.problems.append("meta refresh")
        for name, value in values.items():
            if name.startswith("on"):
                self.problems.append(f"event handler {name}")
            if name in URL_ATTRIBUTES and not _local(value):
                self.problems.append(f"{name}={value!r}")
            if name == "style":
                self.problems += _css_problems(value)
        self._in_style = tag == "style"
        if tag not in ("meta", "br", "hr", "input", "col", "wbr"):
            self._open.append(element)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if self._open and self._open[-1].tag == tag:
            self._open.pop()

    def handle_endtag(self, tag: str) -> None:
        self._in_style = False
        for index in range(len(self._open) - 1, -1, -1):
            if self._open[index].tag == tag:
                del self._open[index:]
                break

    def handle_data(self, data: str) -> None:
        if self._in_style:
            self.problems += _css_problems(data)
        if self._open:
            self._open[-1].text += data

    def find(self, tag: str, **attrs: str) -> list[Element]:
        return [
            e
            for e in self.elements
            if e.tag == tag and all(e.attrs.get(k.replace("_", "-")) == v for k, v in attrs.items())
        ]


def _local(value: str) -> bool:
    value = value.strip()
    return value.startswith("#") or value.lower().startswith("data:")


def _css_problems(css: str) -> list[str]:
    found = [
        f"url({u})" for u in re.findall(r"url\(\s*([^)]*)\)", css) if not _local(u.strip("'\""))
    ]
    if "@import" in css:
        found.append("@import")
    return found


def parse(html: str) -> Page:
    page = Page()
    page.feed(html)
    page.close()
    return page


def external_references(html: str) -> list[str]:
    return parse(html).problems


def packet(*sections: PacketSection) -> Packet:
    return Packet(START, END, MADE, tuple(sections))


def _chart() -> Chart:
    days = [START + timedelta(days=n) for n in range(14)]
    mood = ChartLine("Mood", tuple((d, float(n % 10)) for n, d in enumerate(days) if n != 6))
    stress = ChartLine("Stress", tuple((d, 12.0 if n == 3 else 4.0) for n, d in enumerate(days)))
    return Chart("Check-ins over the period", (mood, stress))


def full_packet() -> Packet:
    return packet(
        PacketSection(
            "checkins.summary",
            "Check-ins",
            (Paragraph("Twelve check-ins."), _chart()),
            ("12 check-ins",),
        ),
        PacketSection(
            "sessions.list",
            "Sessions and takeaways",
            (Table(("Date", "Takeaways"), (("2024-03-04", "Breathe first."),)),),
            ("3 attended",),
        ),
        PacketSection(
            "journal.flagged", "Entries to bring", (Paragraph("2024-03-02 — A day"), _chart())
        ),
    )


def test_a_whole_page_with_title_summary_sections_and_charts() -> None:
    html = render_html(full_packet(), ENGLISH)
    assert html.startswith("<!DOCTYPE html>\n")
    page = parse(html)
    [root] = page.find("html")
    assert root.attrs == {"lang": "en", "dir": "ltr"}
    assert page.find("meta", charset="utf-8")
    # The page's title, then each chart's own.
    titles = [e.text for e in page.find("title")]
    assert titles == [TITLE, "Check-ins over the period", "Check-ins over the period"]
    assert [e.text for e in page.find("h1")] == [TITLE]
    assert [e.text for e in page.find("h2")] == [
        SUMMARY_TITLE,
        "Check-ins",
        "Sessions and takeaways",
        "Entries to bring",
    ]
    assert [e.text for e in page.find("li")] == ["12 check-ins", "3 attended"]
    assert "2024-03-01 to 2024-03-14" in html and "Made on 2024-03-15" in html
    headers = [e.text for e in page.find("th", scope="col")]
    assert headers[:3] == ["Date", "Mood", "Stress"]  # the first chart's figures
    assert headers[3:5] == ["Date", "Takeaways"]
    assert len(page.find("svg")) == 2
    ids = [e.attrs["id"] for e in page.elements if "id" in e.attrs]
    assert len(ids) == len(set(ids)), "ids must be unique in the page"
    assert NOTHING not in html
    assert external_references(html) == []


def test_the_style_is_inline_with_print_rules_and_nothing_is_fetched() -> None:
    html = render_html(full_packet(), ENGLISH)
    page = parse(html)
    [style] = page.find("style")
    assert "@media print" in style.text
    assert "break-after: page" in style.text  # the summary is a page of its own
    assert "break-inside: avoid" in style.text
    [policy] = page.find("meta", http_equiv="Content-Security-Policy")
    assert "default-src 'none'" in policy.attrs["content"]
    assert not page.find("script") and not page.find("link")
    # Not one address of any kind in the file (an inline <svg> needs no namespace URL).
    assert "http:" not in html and "https:" not in html and "//" not in html


def test_the_checker_itself_finds_each_kind_of_reference() -> None:
    """The external-reference check must be able to fail."""
    bad = [
        '<img src="http://x.invalid/a.png">',
        '<a href="https://x.invalid">x</a>',
        '<link rel="stylesheet" href="s.css">',
        "<script>1</script>",
        "<style>@import 'x.css';</style>",
        '<div style="background: url(http://x.invalid/b.png)"></div>',
        "<style>p { background: url('//x.invalid/c.png') }</style>",
        '<svg><use xlink:href="other.svg#a"/></svg>',
        '<p onclick="go()">x</p>',
        '<meta http-equiv="refresh" content="0; url=http://x.invalid">',
    ]
    for html in bad:
        assert external_references(html), html
    assert external_references('<a href="#s1">x</a><img src="data:image/png;base64,AA">') == [
        "<img>"
    ]


@pytest.mark.parametrize(
    "typed",
    [
        "<script>alert(1)</script>",
        '"><img src=x onerror=alert(1)>',
        "</p><a href='http://x.invalid'>click</a>",
        "&amp; &lt; &#x3C;",
        "<style>body{background:url(http://x.invalid)}</style>",
        "a\r\nb\x00c\x1bd",
    ],
)
def test_the_persons_words_are_text_never_markup(typed: str) -> None:
    section = PacketSection(
        "journal.flagged",
        "Entries to bring",
        (Paragraph(typed), Table(("Date", "Note"), (("2024-03-02", typed),))),
        (typed,),
    )
    html = render_html(packet(section), ENGLISH)
    page = parse(html)
    assert external_references(html) == []
    assert len(page.find("style")) == 1
    shown = typed.replace("\r\n", "\n").replace("\x00", "\ufffd").replace("\x1b", "\ufffd")
    [p] = [e for e in page.find("p") if e.attrs.get("class") == "person"]
    assert p.text == shown
    assert [e.text for e in page.find("td")][1] == shown
    assert [e.text for e in page.find("li")] == [shown]


def test_right_to_left_and_emoji_read_in_their_own_direction() -> None:
    hebrew = "היום היה קשה, אבל נשארתי 🙂"
    arabic = "اليوم كان صعبًا 🌙 but I stayed"
    section = PacketSection(
        "journal.flagged",
        "Entries to bring",
        (Paragraph(hebrew), Table(("Date", "Note"), (("2024-03-02", arabic),))),
    )
    page = parse(render_html(packet(section), ENGLISH))
    [p] = [e for e in page.find("p") if e.text == hebrew]
    assert p.attrs["dir"] == "auto"
    [td] = [e for e in page.find("td") if e.text == arabic]
    assert td.attrs["dir"] == "auto"
    assert all(e.attrs.get("dir") == "auto" for e in page.find("th"))


def test_a_right_to_left_language_turns_the_page_and_a_bad_tag_is_refused() -> None:
    page = parse(render_html(packet(), ENGLISH, language="ar"))
    assert page.find("html")[0].attrs == {"lang": "ar", "dir": "rtl"}
    page = parse(render_html(packet(), ENGLISH, language="pt_BR"))
    assert page.find("html")[0].attrs == {"lang": "pt-BR", "dir": "ltr"}
    html = render_html(packet(), ENGLISH, language='en" onload="alert(1)')
    assert parse(html).find("html")[0].attrs == {"lang": "en", "dir": "ltr"}
    assert external_references(html) == []


def test_an_empty_packet_is_a_valid_page_that_says_so() -> None:
    html = render_html(packet(PacketSection("journal.flagged", "Entries to bring")), ENGLISH)
    page = parse(html)
    assert [e.text for e in page.find("p") if e.attrs.get("class") == "nothing"] == [NOTHING]
    assert not page.find("h2") and not page.find("section")
    assert html.rstrip().endswith("</html>")
    assert external_references(html) == []


# ----- the SVG chart --------------------------------------------------------------------


def _svg(chart: Chart, start: date = START, end: date = END, ident: str = "c1") -> ET.Element:
    # Well-formed XML (ElementTree refuses anything else).
    return ET.fromstring(chart_svg(chart, ENGLISH, start, end, ident))


def test_the_chart_has_a_title_a_description_axes_and_a_line_each() -> None:
    chart = _chart()
    svg = _svg(chart)
    assert svg.tag == "svg" and svg.attrib["role"] == "img"
    assert svg.attrib["aria-labelledby"] == "c1-title c1-desc"
    title = svg.find("title")
    desc = svg.find("desc")
    assert title is not None and title.text == "Check-ins over the period"
    assert desc is not None and desc.text is not None
    assert desc.text.startswith("Mood: 13 values from 0 to 9, average")
    assert "Stress: 14 values from 4 to 12" in desc.text
    texts = [t.text for t in svg.iter("text")]
    assert "Mood" in texts and "Stress" in texts  # the legend
    assert "2024-03-01" in texts and "2024-03-14" in texts  # first and last day
    assert {"0", "10"} <= set(texts)  # the y axis
    lines = [g for g in svg.iter("g") if g.attrib.get("class", "").startswith("line-")]
    assert len(lines) == 2
    # Mood misses one day in fourteen: its line breaks there (two runs, not one).
    assert len([p for p in lines[0].iter("path") if p.attrib.get("fill") == "none"]) == 2
    # Each line has its own dash pattern (the first solid), not only its own colour.
    dashes = [
        next(p for p in g.iter("path") if p.attrib.get("fill") == "none").attrib.get(
            "stroke-dasharray"
        )
        for g in lines
    ]
    assert dashes[0] is None and dashes[1]


def test_values_outside_the_range_are_drawn_at_its_edge() -> None:
    chart = Chart("c", (ChartLine("Stress", ((START, 12.0), (END, -3.0))),), 0, 10)
    svg = _svg(chart)
    [group] = [g for g in svg.iter("g") if g.attrib.get("class") == "line-1"]
    [path] = [p for p in group.iter("path") if p.attrib.get("fill") == "none"]
    ys = [float(v) for v in re.findall(r"[ML][\d.]+ ([\d.]+)", path.attrib["d"])]
    plot_top, plot_bottom = 14.0, 194.0
    assert ys == [plot_top, plot_bottom]


def test_a_single_day_an_empty_line_and_odd_ranges_still_draw() -> None:
    one_day = Chart("c", (ChartLine("Mood", ((START, 5.0),)), ChartLine("Sleep", ())), 5, 5)
    svg = _svg(one_day, START, START)
    assert svg.find("title") is not None
    assert "Sleep: no values." in (svg.find("desc").text or "")  # type: ignore[union-attr]
    assert list(svg.iter("circle"))  # the lone point has its marker
    nothing = Chart("c", ())
    assert _svg(nothing).find("title") is not None


def test_points_outside_the_period_widen_the_axis() -> None:
    chart = Chart("c", (ChartLine("Mood", ((START - timedelta(days=3), 5.0),)),))
    texts = [t.text for t in _svg(chart).iter("text")]
    assert "2024-02-27" in texts


def test_dense_lines_drop_their_markers_but_keep_lone_points() -> None:
    days = [START + timedelta(days=n) for n in range(MARKER_LIMIT + 20)]
    dense = (*((d, 5.0) for d in days), (days[-1] + timedelta(days=30), 6.0))
    svg = _svg(Chart("c", (ChartLine("Mood", dense),)), START, days[-1])
    circles = list(svg.iter("circle"))
    # The lone point after the gap, and the legend's sample.
    assert len(circles) == 2


def test_ids_are_made_safe() -> None:
    svg = _svg(_chart(), ident='x" onload="alert(1)')
    assert svg.attrib["aria-labelledby"] == "xonloadalert1-title xonloadalert1-desc"
    assert not any(k.startswith("on") for e in svg.iter() for k in e.attrib)


@pytest.mark.parametrize(
    ("low", "high", "whole", "expected"),
    [
        (0, 10, False, [0, 2, 4, 6, 8, 10]),
        (0, 27, True, [0, 5, 10, 15, 20, 25]),
        (0, 21, True, [0, 5, 10, 15, 20]),
        (0, 1, True, [0, 1]),
        (0, 4, True, [0, 1, 2, 3, 4]),
        (-5, 5, False, [-4, -2, 0, 2, 4]),
        (0, 1, False, [0, 0.2, 0.4, 0.6, 0.8, 1.0]),
        (3, 7, False, [3, 4, 5, 6, 7]),
        (0, 100000, False, [0, 20000, 40000, 60000, 80000, 100000]),
    ],
)
def test_round_ticks(low: float, high: float, whole: bool, expected: list[float]) -> None:
    assert _ticks(low, high, whole) == expected


def test_runs_break_at_gaps_longer_than_the_lines_own_spacing() -> None:
    weekly = [(START + timedelta(days=7 * n), 1.0) for n in (0, 1, 2, 4, 5)]
    assert [len(run) for run in _segments(weekly)] == [3, 2]
    daily = [(START + timedelta(days=n), 1.0) for n in (0, 1, 2, 3, 5, 6)]
    assert [len(run) for run in _segments(daily)] == [4, 2]
    assert _segments([]) == []


def test_chart_table_and_description_match_the_points() -> None:
    header, rows = chart_table(_chart(), ENGLISH)
    assert header == ("Date", "Mood", "Stress")
    assert len(rows) == 14
    assert rows[6] == ("2024-03-07", "", "4")
    assert describe(_chart(), ENGLISH).count(".") >= 2


def test_day_labels_never_crowd_each_other() -> None:
    days = [START + timedelta(days=n) for n in range(60)]
    chart = Chart("c", (ChartLine("Mood", tuple((d, 5.0) for d in days)),))
    short = ET.fromstring(chart_svg(chart, ENGLISH, days[0], days[-1], "a"))
    dated = [t for t in short.iter("text") if re.fullmatch(r"\d{4}-\d\d-\d\d", t.text or "")]
    assert len(dated) == 5

    def long_day(day: date) -> str:
        return f"Wednesday, {day.day} September {day.year}"

    wording = Wording(day=long_day)
    svg = ET.fromstring(chart_svg(chart, wording, days[0], days[-1], "b"))
    labels = [t for t in svg.iter("text") if (t.text or "").startswith("Wednesday")]
    assert 2 <= len(labels) < 5
    width = 0.6 * 11 * len(long_day(days[0]))
    extents = []
    for t in labels:
        x = float(t.attrib["x"])
        left = {"start": x, "middle": x - width / 2, "end": x - width}[t.attrib["text-anchor"]]
        extents.append((left, left + width))
    extents.sort()
    assert all(a[1] <= b[0] for a, b in pairwise(extents)), extents
