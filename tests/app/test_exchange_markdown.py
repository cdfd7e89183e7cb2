"""The packet as Markdown: structure, the person's words kept as words, charts as tables."""

from __future__ import annotations

import re
from datetime import date, timedelta

import pytest

from app.exchange.document import REDACTED, Choices, ItemKey, Packet, Place, apply_choices
from app.exchange.markdown import cell, escape_line, paragraph, render_markdown
from app.exchange.wording import ENGLISH, NOTHING, SUMMARY_TITLE, TITLE, Wording
from app.platform.contributions import Chart, ChartLine, PacketSection, Paragraph, Table

START = date(2024, 3, 1)
END = date(2024, 3, 14)
MADE = date(2024, 3, 15)


def packet(*sections: PacketSection) -> Packet:
    return Packet(START, END, MADE, tuple(sections))


def test_title_period_made_summary_then_sections_in_order() -> None:
    text = render_markdown(
        packet(
            PacketSection(
                "checkins.summary",
                "Check-ins",
                (Paragraph("Twelve check-ins."),),
                ("12 check-ins", "mood 6.1 on average"),
            ),
            PacketSection(
                "journal.flagged",
                "Entries to bring",
                (Paragraph("2024-03-02 — A hard day"), Paragraph("I stayed.")),
            ),
            # Only figures for the first page: no heading of its own.
            PacketSection("sessions.summary", "Sessions at a glance", (), ("3 attended",)),
        ),
        ENGLISH,
    )
    lines = text.splitlines()
    assert lines[0] == f"# {TITLE}"
    assert "2024-03-01 to 2024-03-14" in lines
    assert "Made on 2024-03-15" in lines
    summary = lines.index(f"## {SUMMARY_TITLE}")
    assert lines[summary + 2 : summary + 5] == [
        "- 12 check-ins",
        "- mood 6.1 on average",
        "- 3 attended",
    ]
    headings = [line for line in lines if line.startswith("## ")]
    assert headings == [f"## {SUMMARY_TITLE}", "## Check-ins", "## Entries to bring"]
    assert lines.index("I stayed.") > lines.index("2024-03-02 — A hard day")
    assert NOTHING not in text


def test_an_empty_packet_says_nothing_was_recorded() -> None:
    for empty in (packet(), packet(PacketSection("journal.flagged", "Entries to bring"))):
        text = render_markdown(empty, ENGLISH)
        assert text.startswith(f"# {TITLE}\n")
        assert NOTHING in text
        assert "## " not in text


def test_wording_translates_fixed_words_and_writes_days() -> None:
    german = {
        TITLE: "Notizen",
        "{start} to {end}": "{start} bis {end}",
        "Made on {day}": "Erstellt am {day}",
        "Check-ins": "Check-ins (de)",
        "Date": "Datum",
        "Mood": "Stimmung",
    }
    wording = Wording(translate=lambda t: german.get(t, t), day=lambda d: f"{d.day}.{d.month}.")
    chart = Chart("Mood", (ChartLine("Mood", ((START, 5.0),)),))
    text = render_markdown(
        packet(PacketSection("checkins.summary", "Check-ins", (chart,))), wording
    )
    assert text.startswith("# Notizen\n")
    # "1.3." alone on a line would be an ordered list: the marker is escaped.
    assert "1\\.3. bis 14.3." in text
    assert "Erstellt am 15.3." in text
    assert "## Check\\-ins (de)" not in text and "## Check-ins (de)" in text
    assert "| Datum | Stimmung |" in text


@pytest.mark.parametrize(
    ("typed", "must_not_start"),
    [
        ("# Not a heading", "#"),
        ("## also not", "#"),
        ("> not a quote", ">"),
        ("- not a list", "-"),
        ("+ not a list", "+"),
        ("* not a list", "*"),
        ("1. not a list", "1."),
        ("12) not a list", "12)"),
        ("---", "-"),
        ("===", "="),
        ("```python", "`"),
        ("~~~", "~"),
        ("<img src=x onerror=alert(1)>", "<"),
        ("<!-- hidden -->", "<"),
        ("    four spaces (code)", " "),
    ],
)
def test_line_starts_that_would_be_markup_are_escaped(typed: str, must_not_start: str) -> None:
    line = escape_line(typed)
    assert not line.startswith(must_not_start)
    # Taking the escapes away gives back what was typed (leading spaces aside).
    assert re.sub(r"\\(.)", r"\1", line) == typed.lstrip()


def test_inline_markup_is_escaped() -> None:
    typed = "a *b* _c_ `d` [e](http://x.invalid) ![f](y.png) <b>g</b> &amp; ~~h~~ | \\"
    text = paragraph(typed)
    for raw in ("*b*", "_c_", "`d`", "[e]", "![f]", "<b>", "~~h~~"):
        assert raw not in text
    assert "\\&amp;" in text  # an entity stays as typed, not the character it names
    assert re.sub(r"\\(.)", r"\1", text) == typed


def test_paragraph_keeps_its_line_breaks_and_drops_control_characters() -> None:
    text = paragraph("first line\r\nsecond\x00 line\n\n\nthird")
    assert text == "first line\\\nsecond\ufffd line\\\nthird"


def test_table_cells_can_not_end_the_cell_or_break_the_row() -> None:
    table = Table(("Date", "Note"), (("2024-03-02", "a | b\nnext line\n| c |"),))
    text = render_markdown(packet(PacketSection("s", "S", (table,))), ENGLISH)
    rows = [line for line in text.splitlines() if line.startswith("|")]
    assert rows[0] == "| Date | Note |"
    assert rows[1] == "| --- | --- |"
    assert rows[2] == "| 2024-03-02 | a \\| b<br>next line<br>\\| c \\| |"
    # Every row has the same number of unescaped pipes: the cell did not split.
    assert {len(re.findall(r"(?<!\\)\|", row)) for row in rows} == {3}


def test_ragged_rows_are_filled_to_the_widest() -> None:
    table = Table(("A",), (("1", "2", "3"), ("4",)))
    text = render_markdown(packet(PacketSection("s", "S", (table,))), ENGLISH)
    rows = [line for line in text.splitlines() if line.startswith("|")]
    assert rows == ["| A |  |  |", "| --- | --- | --- |", "| 1 | 2 | 3 |", "| 4 |  |  |"]


def test_a_chart_is_a_table_of_its_points() -> None:
    mood = ChartLine("Mood", ((START, 6.0), (START + timedelta(days=2), 7.25)))
    stress = ChartLine("Stress", ((START, 3.0), (START + timedelta(days=1), 4.0)))
    chart = Chart("Check-ins over the period", (mood, stress))
    text = render_markdown(packet(PacketSection("s", "S", (chart,))), ENGLISH)
    assert "**Check\\-ins over the period**" not in text
    assert "**Check-ins over the period**" in text
    rows = [line for line in text.splitlines() if line.startswith("|")]
    assert rows == [
        "| Date | Mood | Stress |",
        "| --- | --- | --- |",
        "| 2024-03-01 | 6 | 3 |",
        "| 2024-03-02 |  | 4 |",
        "| 2024-03-03 | 7.2 |  |",
    ]
    whole = Chart("PHQ-9", (ChartLine("Score", ((START, 11.6),)),), 0, 27, whole_numbers=True)
    text = render_markdown(packet(PacketSection("s", "S", (whole,))), ENGLISH)
    assert "| 2024-03-01 | 12 |" in text


def test_choices_applied_before_rendering_leave_no_trace() -> None:
    section = PacketSection(
        "journal.flagged",
        "Entries to bring",
        (
            Paragraph("Kept paragraph with secretword inside.", item="e1"),
            Paragraph("Left out: otherword.", item="e2"),
        ),
    )
    choices = Choices(
        left_out_items=frozenset({ItemKey("journal.flagged", "e2")}),
        redactions={Place("journal.flagged", 0): ((20, 30),)},
    )
    text = render_markdown(apply_choices(packet(section), choices), ENGLISH)
    assert "secretword" not in text and "otherword" not in text
    assert REDACTED in text
    assert "Kept paragraph with" in text


def test_cell_helper_is_one_line() -> None:
    assert "\n" not in cell("a\nb\r\nc\rd")
