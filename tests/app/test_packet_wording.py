"""The therapist packet in the reader's language: every module writes its sentences,
days and numbers through the packet's Wording (app/platform/wording.py), and every
message id it uses is in the translation catalogue (context "Packet").

Over a demo-filled vault, the packet is built with a Wording that marks what it touched:
translated texts come out as «text», days as D<iso>, numbers as N<value>. A paragraph
or table cell without a mark must then be the person's own words or a content name
(found in the vault's export or in the shipped content), and no ISO date is left
outside a D<...>.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from vault_fixtures import PASSPHRASE, SMALL_KDF

from app.exchange.document import Packet
from app.exchange.html import render_html
from app.exchange.markdown import render_markdown
from app.exchange.packet import build_packet
from app.exchange.period import Period
from app.exchange.sections import SECTION_IDS
from app.platform import demo
from app.platform.contributions import Chart, DemoPlan, Paragraph, Table
from app.platform.registry import feature_modules
from app.platform.wording import ENGLISH, Wording
from app.sessions import module as sessions_module
from app.sessions.partner import REASON_LABELS, RESPONSE_LABELS
from app.vault.vault import Vault

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))

import translations  # noqa: E402

TODAY = date(2026, 12, 2)
EVERYTHING = frozenset(SECTION_IDS)
# The whole demo (two years, and the sessions planned after today), and three weeks
# (check-ins charted day by day rather than by week).
PERIODS = (
    Period(TODAY - timedelta(days=2 * 365 + 10), TODAY + timedelta(days=60)),
    Period(TODAY - timedelta(days=20), TODAY),
)
ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
MARKED_DAY = re.compile(r"D<\d{4}-\d{2}-\d{2}>")
PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
# Sections made of the person's words alone (the topics to bring up, one a paragraph).
OWN_WORDS_ONLY = frozenset({"sessions.topics"})


class Marking:
    """A Wording that marks everything it writes and remembers every id it was asked."""

    def __init__(self) -> None:
        self.asked: list[str] = []

    def translate(self, text: str) -> str:
        self.asked.append(text)
        return f"\u00ab{text}\u00bb"

    def wording(self) -> Wording:
        return Wording(
            translate=self.translate,
            day=lambda day: f"D<{day.isoformat()}>",
            number=lambda value, decimals: f"N<{value}>",
        )


def marked(text: str) -> bool:
    return "\u00ab" in text or "D<" in text or "N<" in text


MARKED_FIGURE = re.compile(r"[DN]<[^<>]*>")


def bare(text: str) -> str:
    """``text`` without what the wording wrote: «translated» spans (nested ones too),
    D<days> and N<numbers>. What is left is what a module wrote around them."""
    kept: list[str] = []
    depth = 0
    for char in text:
        if char == "\u00ab":
            depth += 1
        elif char == "\u00bb" and depth:
            depth -= 1
        elif not depth:
            kept.append(char)
    return MARKED_FIGURE.sub("", "".join(kept))


@pytest.fixture(scope="module")
def demo_vault(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Vault]:
    vault, _code = Vault.create(
        tmp_path_factory.mktemp("wording") / "vault", PASSPHRASE, kdf=SMALL_KDF
    )
    demo.fill(vault.connection, DemoPlan(today=TODAY, entries=120, years=2))
    yield vault
    vault.close()


# A stored code, not words ("yes", "not_now", "iop-group"): an English word of the
# module's must not pass as the person's own because the vault stores it as a code.
CODE = re.compile(r"[a-z0-9_.:-]+")
LANGUAGE = re.compile(r"[a-z]{2}(-[A-Za-z]{2,4})?")


def _strings(value: Any) -> Iterator[str]:
    """Every text in a stored JSON-like value (codes left out); a list of texts also
    as its lines (as an exercise's list answer reads)."""
    if isinstance(value, str):
        if value.lstrip().startswith(("{", "[")):
            try:
                yield from _strings(json.loads(value))
                return
            except ValueError:
                pass
        if not CODE.fullmatch(value):
            yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list | tuple):
        texts = [item.strip() for item in value if isinstance(item, str) and item.strip()]
        if texts:
            yield "\n".join(texts)
        for item in value:
            yield from _strings(item)


def _content_texts(value: Any) -> Iterator[str]:
    """The texts of a content file: the values of its ``{"en": ..., "es": ...}`` items."""
    if isinstance(value, dict):
        if value and all(LANGUAGE.fullmatch(key) for key in value):
            yield from (text for text in value.values() if isinstance(text, str))
        else:
            for item in value.values():
                yield from _content_texts(item)
    elif isinstance(value, list):
        for item in value:
            yield from _content_texts(item)


@pytest.fixture(scope="module")
def own_words(demo_vault: Vault) -> frozenset[str]:
    """The person's own words (every text the vault's export holds) and the content's
    names and texts (every text in resources/content), whole and paragraph by
    paragraph."""
    found: set[str] = set()
    for module in feature_modules():
        if module.export is None:
            continue
        for record in module.export(demo_vault.connection):
            found.update(_strings(dict(record.data)))
    for path in sorted((ROOT / "resources" / "content").rglob("*.json")):
        found.update(_content_texts(json.loads(path.read_text(encoding="utf-8"))))
    pieces: set[str] = set()
    for text in found:
        pieces.update((text, text.strip()))
        pieces.update(part.strip() for part in PARAGRAPH_BREAK.split(text))
        pieces.update(part.strip("\r\n") for part in PARAGRAPH_BREAK.split(text))
    return frozenset(pieces)


def is_own(text: str, own: frozenset[str]) -> bool:
    if text in own:
        return True
    # Several option labels of one answer, or HALT names... joined with commas.
    parts = text.split(", ")
    return len(parts) > 1 and all(part in own for part in parts)


def texts_of(packet: Packet) -> Iterator[tuple[str, str, str]]:
    """(section, where, text) for every paragraph, table cell and first-page line."""
    for section in packet.sections:
        for line in section.summary:
            yield section.id, "summary line", line
        for number, block in enumerate(section.blocks):
            if isinstance(block, Paragraph):
                yield section.id, f"paragraph {number}", block.text
            elif isinstance(block, Table):
                for row in block.rows:
                    for column, cell in enumerate(row):
                        yield section.id, f"table {number} column {block.header[column]}", cell


def ids_of(packet: Packet) -> Iterator[tuple[str, str]]:
    """(section, message id) for the packet's titles, table headers and chart words,
    which the layout translates."""
    for section in packet.sections:
        yield section.id, section.title
        for block in section.blocks:
            if isinstance(block, Table):
                for header in block.header:
                    yield section.id, header
            elif isinstance(block, Chart):
                yield section.id, block.title
                for line in block.lines:
                    yield section.id, line.label


def build(vault: Vault, period: Period, wording: Wording) -> Packet:
    return build_packet(vault.connection, period, TODAY, EVERYTHING, wording=wording)


@pytest.mark.parametrize("period", PERIODS, ids=["two-years", "three-weeks"])
def test_every_text_the_modules_write_goes_through_the_wording(
    demo_vault: Vault, own_words: frozenset[str], period: Period
) -> None:
    packet = build(demo_vault, period, Marking().wording())
    # The demo fills every module that gives the packet something (safety gives none).
    assert {section.id for section in packet.sections} >= {
        "checkins.summary",
        "journal.flagged",
        "sessions.summary",
        "boundaries.log",
    }
    unmarked = [
        (section, where, text)
        for section, where, text in texts_of(packet)
        if text and not marked(text) and not is_own(text, own_words)
    ]
    assert unmarked == []
    # Nor English words around a day or a number ("on D<...>" written by hand).
    words_around = [
        (section, where, text)
        for section, where, text in texts_of(packet)
        if re.search("[A-Za-z]", bare(text)) and not is_own(text, own_words)
    ]
    assert words_around == []
    left_iso = [
        (section, where, text)
        for section, where, text in texts_of(packet)
        if ISO_DAY.search(MARKED_DAY.sub("", text))
    ]
    assert left_iso == []


def test_every_section_of_the_demo_year_is_checked(demo_vault: Vault) -> None:
    """The whole-demo period reaches every section a module offers (so the check above
    covers them all), and its sentences and cells were marked, not only its headings."""
    packet = build(demo_vault, PERIODS[0], Marking().wording())
    offered = {
        section.id
        for module in feature_modules()
        if module.packet is not None
        for section in module.packet(demo_vault.connection, PERIODS[0].start, PERIODS[0].end)
    }
    assert {section.id for section in packet.sections} == offered
    for section in packet.sections:
        if section.id in OWN_WORDS_ONLY:
            continue
        texts = [text for _id, _where, text in texts_of(replace(packet, sections=(section,)))]
        assert any(marked(text) for text in texts), section.id


def test_every_message_id_the_packet_uses_is_in_the_catalogue(
    demo_vault: Vault, own_words: frozenset[str]
) -> None:
    catalogue = {m.source for m in translations.extract() if m.context == "Packet"}
    used: set[tuple[str, str]] = set()
    for period in PERIODS:
        marking = Marking()
        wording = marking.wording()
        packet = build(demo_vault, period, wording)
        used.update(("(said)", text) for text in marking.asked)
        # Titles, headers and chart words are translated when laid out: a content
        # name in a header (a monthly check-in's item) is not a message id.
        used.update((section, text) for section, text in ids_of(packet) if text not in own_words)
        # The renderers' own words (the packet's title, the period, a chart's table).
        rendered = Marking()
        render_markdown(build(demo_vault, period, ENGLISH), rendered.wording())
        render_html(build(demo_vault, period, ENGLISH), rendered.wording())
        used.update(("(renderer)", text) for text in rendered.asked if text not in own_words)
    assert len(used) > 60  # the check saw the packet's words, not an empty packet
    missing = sorted((where, text) for where, text in used if text not in catalogue)
    assert missing == []


def test_the_packet_says_partner_answers_as_the_sessions_page_does() -> None:
    """The packet's copies of the partner's answers and reasons (message ids in the
    "Packet" context) are the same English as app/sessions/partner.py's labels."""
    assert dict(sessions_module.PACKET_RESPONSES) == dict(RESPONSE_LABELS)
    assert dict(sessions_module.PACKET_REASONS) == dict(REASON_LABELS)
