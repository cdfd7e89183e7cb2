"""The therapist packet as Markdown (GitHub's flavour: pipe tables).

The packet given is the one that is written (the person's choices already applied:
nothing left out or blacked out is in it). The person's words are escaped so they
stay words: a ``#`` at the start of a line, a ``>``, a ``|`` in a table cell, an
``<img ...>`` or a ``[link](...)`` come out as the characters typed, never as markup.
Charts come out as a small table of their points.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.exchange.document import Packet
from app.exchange.svg import chart_table
from app.exchange.wording import NOTHING, SUMMARY_TITLE, TITLE, Wording
from app.platform.contributions import Chart, PacketSection, Paragraph, Table

# Characters that are markup anywhere in a line (CommonMark lets any ASCII punctuation
# be escaped with a backslash, so escaping one that needed none is harmless).
_INLINE = re.compile(r"([\\`*_\[\]<>|~&!#])")
# What is markup only at the start of a line: headings, lists, quotes, rules, setext
# underlines, an ordered list's "1." or "1)" (headings, quotes and fences start with
# a character escaped everywhere).
_LINE_START = re.compile(r"^([+\-=]|\d{1,9}(?=[.)]))")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


def _clean(text: str) -> str:
    """One newline style, no control characters (they are not text)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _CONTROL.sub("\ufffd", text)


def escape_inline(text: str) -> str:
    """``text`` with every inline markup character escaped."""
    return _INLINE.sub(r"\\\1", text)


def escape_line(line: str) -> str:
    """One line of the person's text as plain Markdown text."""
    # Leading spaces would make an indented code block; they carry no meaning here.
    line = escape_inline(line.lstrip(" \t"))
    match = _LINE_START.match(line)
    if match is None:
        return line
    if match.group(1)[0].isdigit():
        # "1." -> "1\." (the number stays, the list marker goes).
        digits = match.group(1)
        return digits + "\\" + line[len(digits) :]
    return "\\" + line


def one_line(text: str) -> str:
    """A line of its own (a date, a summary figure) as plain Markdown text."""
    return escape_line(" ".join(part.strip() for part in _clean(text).split("\n")))


def paragraph(text: str) -> str:
    """A paragraph of the person's text; its line breaks are kept as hard breaks."""
    lines = [escape_line(line) for line in _clean(text).split("\n")]
    lines = [line for line in lines if line.strip()]
    # A backslash at the end of a line is a hard line break (CommonMark, GitHub).
    return "\\\n".join(lines)


def cell(text: str) -> str:
    """A table cell: one line (line breaks as <br>), nothing that can end the cell."""
    lines = [escape_inline(line.strip()) for line in _clean(text).split("\n")]
    return "<br>".join(line for line in lines if line)


def _table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> list[str]:
    width = max([len(header), *(len(row) for row in rows)], default=0)
    if width == 0:
        return []
    head = [*header, *([""] * (width - len(header)))]
    lines = [
        "| " + " | ".join(cell(text) for text in head) + " |",
        "|" + "|".join(" --- " for _ in head) + "|",
    ]
    for row in rows:
        full = [*row, *([""] * (width - len(row)))]
        lines.append("| " + " | ".join(cell(text) for text in full) + " |")
    return lines


def _section(section: PacketSection, wording: Wording) -> list[str]:
    out = [f"## {cell(wording.translate(section.title))}", ""]
    for block in section.blocks:
        if isinstance(block, Paragraph):
            text = paragraph(block.text)
            if text:
                out += [text, ""]
        elif isinstance(block, Table):
            header = tuple(wording.translate(h) for h in block.header)
            table = _table(header, block.rows)
            if table:
                out += [*table, ""]
        elif isinstance(block, Chart):
            out += [f"**{cell(wording.translate(block.title))}**", ""]
            chart_header, chart_rows = chart_table(block, wording)
            if chart_rows:
                out += [*_table(chart_header, chart_rows), ""]
    return out


def render_markdown(packet: Packet, wording: Wording) -> str:
    """The written packet as one Markdown document (UTF-8 text, ``\\n`` line ends)."""
    out = [
        f"# {cell(wording.translate(TITLE))}",
        "",
        one_line(wording.period(packet.start, packet.end)),
        "",
        one_line(wording.made(packet.made)),
        "",
    ]
    if packet.is_empty():
        out += [one_line(wording.translate(NOTHING)), ""]
        return "\n".join(out)
    if packet.summary:
        out += [f"## {cell(wording.translate(SUMMARY_TITLE))}", ""]
        out += [f"- {one_line(line)}" for line in packet.summary]
        out.append("")
    for section in packet.sections:
        if section.blocks:
            out += _section(section, wording)
    return "\n".join(out)
