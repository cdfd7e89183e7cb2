"""What leaves the vault in a Markdown or HTML packet: only what the person chose.

Real vaults, real module hooks (build_packet), the person's choices applied as the
window applies them. Canary words sit in an entry that is not flagged, in a passage
that is blacked out and in items that are left out; each must be absent from the
output, and present when the same item is included (so each check can fail).
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from html.parser import HTMLParser

import pytest

from app.checkins.model import CheckIn
from app.checkins.repository import CheckInRepository
from app.exchange.document import (
    REDACTED,
    Choices,
    ItemKey,
    Packet,
    Place,
    apply_choices,
    paragraph_item,
    row_item,
)
from app.exchange.html import render_html
from app.exchange.markdown import render_markdown
from app.exchange.packet import build_packet
from app.exchange.period import Period, PeriodError
from app.exchange.sections import DEFAULT_SECTIONS
from app.exchange.wording import ENGLISH, NOTHING
from app.journal.entries import EntryRepository
from app.platform.contributions import Paragraph, Table
from app.vault.vault import Vault

TODAY = date(2024, 3, 15)
PERIOD = Period(date(2024, 3, 1), TODAY)

UNFLAGGED = "zebraquill"  # an entry not flagged to bring
BLACKED_OUT = "mossglint"  # a passage of a flagged entry, blacked out
LEFT_OUT = "copperwren"  # a whole flagged entry, left out
ROW_LEFT_OUT = "ambertide"  # a check-in's note: its row left out
CELL_BLACKED_OUT = "velvetfern"  # a check-in's note, blacked out in its cell
CANARIES = (UNFLAGGED, BLACKED_OUT, LEFT_OUT, ROW_LEFT_OUT, CELL_BLACKED_OUT)


def at(day: date, hour: int = 12) -> datetime:
    return datetime(day.year, day.month, day.day, hour).astimezone()


def checkin(day: date, note: str) -> CheckIn:
    return CheckIn(day, 5, 4, 2, False, False, False, True, 7.0, note)


def fill(vault: Vault) -> None:
    entries = EntryRepository(vault.connection)
    entries.create(
        title="Not for anyone",
        body=f"Only mine: {UNFLAGGED} stays here.",
        created=at(date(2024, 3, 4)),
    )
    entries.create(
        title="After group",
        body=f"I told them the truth.\n\nThe part about {BLACKED_OUT} is private.\n\nI slept.",
        bring_to_therapy=True,
        created=at(date(2024, 3, 5)),
    )
    entries.create(
        title="Second thoughts",
        body=f"I am not ready to share {LEFT_OUT} yet.",
        bring_to_therapy=True,
        created=at(date(2024, 3, 6)),
    )
    entries.create(
        title="Kept",
        body="A quiet day at home, a walk by the water.",
        bring_to_therapy=True,
        created=at(date(2024, 3, 7)),
    )
    checkins = CheckInRepository(vault.connection)
    checkins.save(checkin(date(2024, 3, 5), f"Note with {ROW_LEFT_OUT} in it"))
    checkins.save(checkin(date(2024, 3, 6), f"Tired, {CELL_BLACKED_OUT} again"))
    checkins.save(checkin(date(2024, 3, 7), "Calmer"))


def texts(packet: Packet) -> Iterator[tuple[Place, ItemKey, str]]:
    """Every piece of text in the packet, where it is and the item it belongs to."""
    for section in packet.sections:
        for number, block in enumerate(section.blocks):
            if isinstance(block, Paragraph):
                item = paragraph_item(section.id, number, block)
                yield Place(section.id, number), item, block.text
            elif isinstance(block, Table):
                for r, row in enumerate(block.rows):
                    for c, text in enumerate(row):
                        yield Place(section.id, number, r, c), row_item(section.id, number, r), text


def find(packet: Packet, word: str) -> tuple[Place, ItemKey, str]:
    found = [hit for hit in texts(packet) if word in hit[2]]
    assert len(found) == 1, f"{word!r} should be in exactly one place, found {len(found)}"
    return found[0]


def choices_for(packet: Packet) -> Choices:
    """Leave out the entry and the row with their canaries; black out the others."""
    left_out = frozenset({find(packet, LEFT_OUT)[1], find(packet, ROW_LEFT_OUT)[1]})
    redactions: dict[Place, tuple[tuple[int, int], ...]] = {}
    for word in (BLACKED_OUT, CELL_BLACKED_OUT):
        place, _item, text = find(packet, word)
        start = text.index(word)
        redactions[place] = ((start, start + len(word)),)
    return Choices(left_out_items=left_out, redactions=redactions)


def outputs(packet: Packet) -> dict[str, bytes]:
    return {
        "md": render_markdown(packet, ENGLISH).encode("utf-8"),
        "html": render_html(packet, ENGLISH).encode("utf-8"),
    }


def test_canaries_are_absent_and_come_back_when_included(vault: Vault) -> None:
    fill(vault)
    offered = build_packet(vault.connection, PERIOD, TODAY, DEFAULT_SECTIONS)
    # The unflagged entry is never offered at all.
    assert not any(UNFLAGGED in text for _, _, text in texts(offered))

    written = apply_choices(offered, choices_for(offered))
    for kind, data in outputs(written).items():
        lowered = data.lower()
        for word in CANARIES:
            assert word.encode() not in lowered, (kind, word)
        assert REDACTED.encode() in data, kind
        # What was kept is there: the same entries, the other notes.
        assert b"I told them the truth." in data and b"I slept." in data, kind
        assert b"a walk by the water" in data and b"Calmer" in data, kind

    # The same packet with nothing left out: every canary but the unflagged one shows,
    # so the checks above would have caught a leak.
    for kind, data in outputs(offered).items():
        for word in (BLACKED_OUT, LEFT_OUT, ROW_LEFT_OUT, CELL_BLACKED_OUT):
            assert word.encode() in data, (kind, word)
        assert UNFLAGGED.encode() not in data, kind


def test_leaving_out_a_whole_section(vault: Vault) -> None:
    fill(vault)
    offered = build_packet(vault.connection, PERIOD, TODAY, DEFAULT_SECTIONS)
    journal = find(offered, LEFT_OUT)[0].section
    written = apply_choices(offered, Choices(left_out_sections=frozenset({journal})))
    for kind, data in outputs(written).items():
        for word in (BLACKED_OUT, LEFT_OUT, "I told them the truth"):
            assert word.encode() not in data, (kind, word)
        assert ROW_LEFT_OUT.encode() in data, kind  # the check-ins stay


def test_an_empty_period_is_a_valid_file_that_says_so(vault: Vault) -> None:
    fill(vault)
    quiet = Period(date(2023, 1, 1), date(2023, 1, 14))
    packet = build_packet(vault.connection, quiet, TODAY, DEFAULT_SECTIONS)
    assert packet.is_empty()
    markdown = render_markdown(packet, ENGLISH)
    assert NOTHING in markdown and "2023-01-01 to 2023-01-14" in markdown
    html = render_html(packet, ENGLISH)
    assert NOTHING in html
    checker = HTMLParser()
    checker.feed(html)
    checker.close()
    assert html.rstrip().endswith("</html>")


def test_ten_years_works_and_longer_is_refused(vault: Vault) -> None:
    fill(vault)
    ten_years = Period(date(2014, 3, 16), TODAY)
    assert ten_years.days == 3653
    started = time.perf_counter()
    packet = build_packet(vault.connection, ten_years, TODAY, DEFAULT_SECTIONS)
    html = render_html(packet, ENGLISH)
    elapsed = time.perf_counter() - started
    assert "a walk by the water" in html
    print(f"\nten-year packet (small vault): built and drawn as HTML in {elapsed * 1000:.0f} ms")
    with pytest.raises(PeriodError, match="longer than ten years"):
        Period(date(2014, 3, 16) - timedelta(days=60), TODAY)


def test_a_five_megabyte_entry(vault: Vault) -> None:
    sentence = "I walked to the harbour and back, and the wind was cold. "
    body = (sentence * (5 * 1024 * 1024 // len(sentence) + 1))[: 5 * 1024 * 1024]
    body += "\n\nThe last line of a very long entry."
    EntryRepository(vault.connection).create(
        title="Long", body=body, bring_to_therapy=True, created=at(date(2024, 3, 8))
    )
    started = time.perf_counter()
    packet = build_packet(vault.connection, PERIOD, TODAY, DEFAULT_SECTIONS)
    built = time.perf_counter()
    markdown = render_markdown(packet, ENGLISH)
    drawn_md = time.perf_counter()
    html = render_html(packet, ENGLISH)
    drawn_html = time.perf_counter()
    assert markdown.count("harbour") == body.count("harbour")
    assert html.count("harbour") == body.count("harbour")
    assert "The last line of a very long entry." in markdown
    assert "The last line of a very long entry." in html
    print(
        f"\n5 MB entry: build {1000 * (built - started):.0f} ms, Markdown"
        f" {1000 * (drawn_md - built):.0f} ms ({len(markdown.encode()) / 1e6:.1f} MB),"
        f" HTML {1000 * (drawn_html - drawn_md):.0f} ms ({len(html.encode()) / 1e6:.1f} MB)"
    )


def test_right_to_left_and_emoji_round_trip(vault: Vault) -> None:
    hebrew = "היום היה קשה, אבל נשארתי"
    mixed = "اليوم كان صعبًا 🌙 but I stayed 🙂👩🏽‍🤝‍👨🏿"
    EntryRepository(vault.connection).create(
        title="שלום",
        body=f"{hebrew}\n\n{mixed}",
        bring_to_therapy=True,
        created=at(date(2024, 3, 9)),
    )
    packet = build_packet(vault.connection, PERIOD, TODAY, DEFAULT_SECTIONS)
    markdown = render_markdown(packet, ENGLISH)
    assert hebrew in markdown and mixed in markdown and "שלום" in markdown
    html = render_html(packet, ENGLISH)
    assert f'<p class="person" dir="auto">{hebrew}</p>' in html
    assert f'<p class="person" dir="auto">{mixed}</p>' in html
    assert html.encode("utf-8").decode("utf-8") == html
