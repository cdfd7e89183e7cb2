"""The therapist packet as one self-contained HTML file.

Everything is in the one file: the style is inline, charts are inline SVG
(:mod:`app.exchange.svg`), and there is no script, no font link, no image file and no
address of any kind, so opening it never reaches the network (a Content-Security-Policy
says so to the browser too). Every word of the person's is escaped; each paragraph and
cell has ``dir="auto"`` so right-to-left writing reads from the right. Light colours,
and print rules so it prints as pages: the summary on its own first page, headings
kept with what follows, table rows and charts not split across pages.

The packet given is the one that is written (the person's choices already applied).
"""

from __future__ import annotations

import re
from html import escape

from app.exchange.document import Packet
from app.exchange.svg import chart_svg, chart_table
from app.exchange.wording import NOTHING, SUMMARY_TITLE, TITLE, Wording
from app.platform.contributions import Chart, PacketSection, Paragraph, Table

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
_LANGUAGE = re.compile(r"[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})*")
# Languages written from right to left (the page's own words then read from the right).
_RIGHT_TO_LEFT = frozenset(
    {"ar", "arc", "ckb", "dv", "fa", "he", "ku", "ps", "sd", "ug", "ur", "yi"}
)

STYLE = """
:root { color-scheme: light; }
html { background: #ffffff; color: #22282b; }
body {
  font-family: system-ui, -apple-system, "Segoe UI", "Noto Sans", "DejaVu Sans", sans-serif;
  font-size: 11pt; line-height: 1.45; margin: 0 auto; max-width: 46em; padding: 2em 1.5em;
}
h1 { font-size: 1.6em; margin: 0 0 0.2em; font-weight: 600; }
h2 {
  font-size: 1.2em; margin: 1.8em 0 0.6em; padding-bottom: 0.2em; font-weight: 600;
  border-bottom: 1px solid #d9d4cb;
}
h3 { font-size: 1em; margin: 1.2em 0 0.4em; font-weight: 600; }
p { margin: 0 0 0.7em; }
p, li, td, th, h1, h2, h3 { text-align: start; unicode-bidi: plaintext; }
.person { white-space: pre-wrap; overflow-wrap: break-word; }
p.person { overflow-wrap: anywhere; }
.period, .made { color: #596166; margin: 0; }
ul.summary { padding-inline-start: 1.3em; }
ul.summary li { margin: 0.2em 0; }
table { border-collapse: collapse; width: 100%; margin: 0 0 1em; font-size: 0.95em; }
th, td { border: 1px solid #d9d4cb; padding: 0.3em 0.5em; vertical-align: top; }
th { background: #f1eee8; font-weight: 600; }
figure { margin: 0 0 1.2em; }
figcaption { font-weight: 600; margin-bottom: 0.3em; }
svg.chart { max-width: 100%; height: auto; display: block; }
details.figures { margin-top: 0.3em; color: #596166; }
details.figures table { color: #22282b; }
.nothing { margin-top: 2em; }
@page { margin: 18mm 16mm; }
@media print {
  body { max-width: none; padding: 0; font-size: 10.5pt; }
  section.summary { break-after: page; page-break-after: always; }
  h2, h3, figcaption { break-after: avoid; page-break-after: avoid; }
  tr, figure, svg { break-inside: avoid; page-break-inside: avoid; }
  thead { display: table-header-group; }
  details.figures { display: none; }
  p { orphans: 3; widows: 3; }
}
""".strip()

# Nothing may be fetched: no script, no frame, no font, no image but inline data.
_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'none'"


def _clean(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _CONTROL.sub("\ufffd", text)


def text(value: str) -> str:
    """The person's words (or ours) as HTML text: escaped, control characters gone."""
    return escape(_clean(value), quote=True)


def _language(language: str) -> tuple[str, str]:
    """A safe ``lang`` value and the page's direction for it."""
    if not _LANGUAGE.fullmatch(language):
        language = "en"
    language = language.replace("_", "-")
    primary = language.split("-", 1)[0].lower()
    return language, "rtl" if primary in _RIGHT_TO_LEFT else "ltr"


def _table(
    header: tuple[str, ...], rows: list[tuple[str, ...]] | tuple[tuple[str, ...], ...]
) -> str:
    width = max([len(header), *(len(row) for row in rows)], default=0)
    if width == 0:
        return ""
    parts = ["<table>"]
    if any(header):
        head = [*header, *([""] * (width - len(header)))]
        parts.append(
            "<thead><tr>"
            + "".join(f'<th scope="col" dir="auto">{text(h)}</th>' for h in head)
            + "</tr></thead>"
        )
    parts.append("<tbody>")
    for row in rows:
        full = [*row, *([""] * (width - len(row)))]
        parts.append(
            "<tr>"
            + "".join(f'<td class="person" dir="auto">{text(c)}</td>' for c in full)
            + "</tr>"
        )
    parts.append("</tbody></table>")
    return "".join(parts)


def _chart(chart: Chart, packet: Packet, wording: Wording, ident: str) -> str:
    header, rows = chart_table(chart, wording)
    caption = text(wording.translate(chart.title))
    figures = ""
    if rows:
        figures = (
            '<details class="figures"><summary>'
            + text(wording.translate("The figures as a table"))
            + "</summary>"
            + _table(header, rows)
            + "</details>"
        )
    return (
        f'<figure aria-labelledby="{ident}-caption">'
        f'<figcaption id="{ident}-caption" dir="auto">{caption}</figcaption>'
        + chart_svg(chart, wording, packet.start, packet.end, ident)
        + figures
        + "</figure>"
    )


def _section(section: PacketSection, number: int, packet: Packet, wording: Wording) -> str:
    parts = [
        f'<section id="s{number}">',
        f'<h2 dir="auto">{text(wording.translate(section.title))}</h2>',
    ]
    for index, block in enumerate(section.blocks):
        if isinstance(block, Paragraph):
            if block.text.strip():
                parts.append(f'<p class="person" dir="auto">{text(block.text.strip(chr(10)))}</p>')
        elif isinstance(block, Table):
            header = tuple(wording.translate(h) for h in block.header)
            parts.append(_table(header, block.rows))
        elif isinstance(block, Chart):
            parts.append(_chart(block, packet, wording, f"s{number}-c{index}"))
    parts.append("</section>")
    return "".join(parts)


def render_html(packet: Packet, wording: Wording, language: str = "en") -> str:
    """The written packet as one HTML document. ``language`` is the BCP 47 tag of the
    packet's own words (the window's language; "en" on the command line)."""
    lang, direction = _language(language)
    title = text(wording.translate(TITLE))
    parts = [
        "<!DOCTYPE html>",
        f'<html lang="{escape(lang)}" dir="{direction}">',
        "<head>",
        '<meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{_POLICY}">',
        '<meta name="referrer" content="no-referrer">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{title}</title>",
        f"<style>\n{STYLE}\n</style>",
        "</head>",
        "<body>",
        "<header>",
        f"<h1>{title}</h1>",
        f'<p class="period">{text(wording.period(packet.start, packet.end))}</p>',
        f'<p class="made">{text(wording.made(packet.made))}</p>',
        "</header>",
        "<main>",
    ]
    if packet.is_empty():
        parts.append(f'<p class="nothing">{text(wording.translate(NOTHING))}</p>')
    else:
        if packet.summary:
            parts.append('<section class="summary">')
            parts.append(f'<h2 dir="auto">{text(wording.translate(SUMMARY_TITLE))}</h2>')
            parts.append('<ul class="summary">')
            parts.extend(f'<li dir="auto">{text(line)}</li>' for line in packet.summary)
            parts.append("</ul></section>")
        for number, section in enumerate(packet.sections, start=1):
            if section.blocks:
                parts.append(_section(section, number, packet, wording))
    parts += ["</main>", "</body>", "</html>", ""]
    return "\n".join(parts)
