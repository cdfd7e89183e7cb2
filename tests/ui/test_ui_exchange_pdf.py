"""The packet laid out (ui.exchange.layout), as a PDF (ui.exchange.pdf) and printed
(ui.exchange.printing): real PDFs read back with poppler's tools and with a small
reader of our own that decodes the drawn glyphs through the font's ToUnicode map.

The privacy tests put canary words in an entry that is not flagged, in a passage that
is blacked out and in an entry that is left out, in a real vault, and look for them
in the file every way a reader could: pdftotext, the raw bytes, every stream
decompressed (as ASCII and as UTF-16), and the glyphs decoded. The same words are
found when the same things are included, so each check can fail.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata
import zlib
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale, QRectF, Qt
from PySide6.QtGui import QImage, QPageSize, QPainter, QTextCursor
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewWidget

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
from app.exchange.packet import BuildCancelled, build_packet
from app.exchange.period import Period
from app.exchange.sections import DEFAULT_SECTIONS
from app.exchange.wording import ENGLISH, NOTHING, Wording
from app.platform.contributions import Chart, ChartLine, PacketSection, Paragraph, Table
from ui.exchange.layout import LEFT_OUT, Laid, lay_out, paper_for_locale, shown
from ui.exchange.pdf import packet_pdf
from ui.exchange.printing import paint_pages, print_packet

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None or shutil.which("pdfinfo") is None,
    reason="needs poppler-utils (./dev.sh installs it)",
)

START = date(2025, 3, 1)
END = date(2025, 3, 14)
MADE = date(2025, 3, 15)
LEFT_OUT_CANARY = "quokkaharbour"
BLACKED_OUT_CANARY = "zephyrlantern"
UNFLAGGED_CANARY = "obsidiankettle"
CANARIES = (LEFT_OUT_CANARY, BLACKED_OUT_CANARY, UNFLAGGED_CANARY)


# ----- reading PDFs back ----------------------------------------------------------------


def pdf_text(data: bytes, page: int | None = None) -> str:
    """pdftotext's words (of one page, when asked), NFKC-normalised (Arabic comes out
    in presentation forms)."""
    pages = ["-f", str(page), "-l", str(page)] if page is not None else []
    out = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", *pages, "-", "-"],
        input=data,
        capture_output=True,
        check=True,
    ).stdout.decode("utf-8")
    return unicodedata.normalize("NFKC", out)


def pdf_info(data: bytes) -> dict[str, str]:
    out = subprocess.run(["pdfinfo", "-"], input=data, capture_output=True, check=True)
    info: dict[str, str] = {}
    for line in out.stdout.decode("utf-8", "replace").splitlines():
        key, _, value = line.partition(":")
        info[key.strip()] = value.strip()
    return info


_OBJECT = re.compile(rb"(\d+) 0 obj(.*?)endobj", re.S)
_STREAM = re.compile(rb"stream\r?\n(.*)endstream", re.S)


def pdf_objects(data: bytes) -> dict[int, tuple[bytes, bytes]]:
    """Object number -> (dictionary text, stream decompressed or b"")."""
    objects: dict[int, tuple[bytes, bytes]] = {}
    for match in _OBJECT.finditer(data):
        body = match.group(2)
        stream = _STREAM.search(body)
        head, content = body, b""
        if stream is not None:
            head = body[: stream.start()]
            content = stream.group(1)
            if b"/FlateDecode" in head:
                content = zlib.decompressobj().decompress(content)
        objects[int(match.group(1))] = (head, content)
    return objects


def _hex_text(hex_text: bytes) -> str:
    raw = bytes.fromhex(hex_text.decode("ascii"))
    return raw.decode("utf-16-be", "replace")


def _cmap(content: bytes) -> dict[int, str]:
    """A ToUnicode CMap: glyph id -> text."""
    mapping: dict[int, str] = {}
    for block in re.findall(rb"beginbfrange(.*?)endbfrange", content, re.S):
        for low, high, target in re.findall(
            rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(\[[^\]]*\]|<[0-9A-Fa-f]+>)", block
        ):
            first, last = int(low, 16), int(high, 16)
            if target.startswith(b"["):
                for offset, item in enumerate(re.findall(rb"<([0-9A-Fa-f]+)>", target)):
                    mapping[first + offset] = _hex_text(item)
            else:
                base = _hex_text(target[1:-1])
                for offset in range(last - first + 1):
                    mapping[first + offset] = base[:-1] + chr(ord(base[-1]) + offset)
    for block in re.findall(rb"beginbfchar(.*?)endbfchar", content, re.S):
        for source, target in re.findall(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", block):
            mapping[int(source, 16)] = _hex_text(target)
    return mapping


def glyph_text(data: bytes) -> str:
    """Every glyph drawn, page by page, decoded through its font's ToUnicode map:
    what any text extractor could recover. Text runs are separated by newlines."""
    objects = pdf_objects(data)
    maps: dict[int, dict[int, str]] = {}
    for number, (head, _content) in objects.items():
        found = re.search(rb"/ToUnicode (\d+) 0 R", head)
        if b"/Type /Font" in head and found:
            maps[number] = _cmap(objects[int(found.group(1))][1])
    runs: list[str] = []
    for head, _content in objects.values():
        if not re.search(rb"/Type /Page\b(?!s)", head):
            continue
        contents = re.search(rb"/Contents (\d+) 0 R", head)
        resources = re.search(rb"/Resources (\d+) 0 R", head)
        assert contents and resources
        fonts = dict(
            re.findall(
                rb"/(F\d+) (\d+) 0 R",
                re.search(rb"/Font <<(.*?)>>", objects[int(resources.group(1))][0], re.S).group(1),  # type: ignore[union-attr]
            )
        )
        current: dict[int, str] = {}
        run_text: list[str] = []
        for token in re.finditer(
            rb"/(F\d+) [\d.]+ Tf|<([0-9A-Fa-f]+)> Tj|\[([^\]]*)\] TJ|\bET\b",
            objects[int(contents.group(1))][1],
        ):
            if token.group(1):
                current = maps.get(int(fonts[token.group(1)]), {})
            elif token.group(2) or token.group(3):
                hexes = (
                    [token.group(2)]
                    if token.group(2)
                    else re.findall(rb"<([0-9A-Fa-f]+)>", token.group(3))
                )
                for hex_text in hexes:
                    for i in range(0, len(hex_text), 4):
                        run_text.append(current.get(int(hex_text[i : i + 4], 16), "\ufffd"))
            else:
                runs.append("".join(run_text))
                run_text = []
    return "\n".join(runs)


def raw_forms(data: bytes) -> list[bytes]:
    """The file's bytes and every stream decompressed."""
    return [data, *(content for _head, content in pdf_objects(data).values() if content)]


def assert_absent(data: bytes, word: str) -> None:
    assert word not in pdf_text(data), f"{word} in pdftotext"
    assert word not in glyph_text(data), f"{word} in the decoded glyphs"
    for form in raw_forms(data):
        for encoded in (word.encode("ascii"), word.encode("utf-16-be")):
            assert encoded not in form, f"{word} in the raw bytes"


def assert_present(data: bytes, word: str) -> None:
    assert word in pdf_text(data), f"{word} missing from pdftotext"
    assert word in glyph_text(data), f"{word} missing from the decoded glyphs"


# ----- packets -----------------------------------------------------------------------


def days(n: int, start: date = START) -> list[date]:
    return [start + timedelta(days=i) for i in range(n)]


def sample_packet() -> Packet:
    points = tuple((d, float(3 + i % 5)) for i, d in enumerate(days(14)))
    return Packet(
        START,
        END,
        MADE,
        (
            PacketSection(
                "checkins.summary",
                "Check-ins and trends",
                (
                    Paragraph("14 check-ins. Average mood 5.0."),
                    Chart(
                        "Mood and stress",
                        (
                            ChartLine("Mood", points),
                            ChartLine("Stress", tuple((d, 10 - v) for d, v in points)),
                        ),
                    ),
                    Table(
                        ("Date", "Mood", "Note"),
                        tuple(
                            (d.isoformat(), str(3 + i % 5), f"note number {i}")
                            for i, d in enumerate(days(14))
                        ),
                    ),
                ),
                ("14 check-ins",),
            ),
            PacketSection(
                "journal.flagged",
                "Entries to bring",
                (
                    Paragraph("2025-03-02 \u2014 A hard evening", "entry-1"),
                    Paragraph("I walked by the river and breathed. ab\U0001f60acd", "entry-1"),
                    Paragraph("2025-03-05 \u2014 \u05e2\u05e8\u05d1 \u05e9\u05e7\u05d8", "entry-2"),
                    Paragraph("\u05e9\u05dc\u05d5\u05dd \u05e2\u05d5\u05dc\u05dd today", "entry-2"),
                ),
            ),
        ),
    )


# ----- paper -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "country", "paper"),
    [
        (QLocale.Language.English, QLocale.Country.UnitedStates, QPageSize.PageSizeId.Letter),
        (QLocale.Language.French, QLocale.Country.Canada, QPageSize.PageSizeId.Letter),
        (QLocale.Language.Spanish, QLocale.Country.Mexico, QPageSize.PageSizeId.Letter),
        (QLocale.Language.Filipino, QLocale.Country.Philippines, QPageSize.PageSizeId.Letter),
        (QLocale.Language.Spanish, QLocale.Country.Chile, QPageSize.PageSizeId.Letter),
        (QLocale.Language.English, QLocale.Country.UnitedKingdom, QPageSize.PageSizeId.A4),
        (QLocale.Language.German, QLocale.Country.Germany, QPageSize.PageSizeId.A4),
        (QLocale.Language.English, QLocale.Country.India, QPageSize.PageSizeId.A4),
        (QLocale.Language.English, QLocale.Country.Australia, QPageSize.PageSizeId.A4),
        (QLocale.Language.Hebrew, QLocale.Country.Israel, QPageSize.PageSizeId.A4),
    ],
)
def test_paper_follows_the_locale(
    language: QLocale.Language, country: QLocale.Country, paper: QPageSize.PageSizeId
) -> None:
    assert paper_for_locale(QLocale(language, country)) == paper


@pytest.fixture
def default_locale() -> Iterator[None]:
    before = QLocale()
    yield
    QLocale.setDefault(before)


def test_the_pdf_paper_comes_from_the_default_locale(qapp: Any, default_locale: None) -> None:
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    assert "letter" in pdf_info(packet_pdf(sample_packet(), ENGLISH))["Page size"]
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    assert "A4" in pdf_info(packet_pdf(sample_packet(), ENGLISH))["Page size"]
    # The wizard's choice wins over the locale.
    letter = packet_pdf(sample_packet(), ENGLISH, QPageSize.PageSizeId.Letter)
    assert "letter" in pdf_info(letter)["Page size"]


# ----- the PDF -----------------------------------------------------------------------


def test_the_pdf_holds_the_words_as_text_with_embedded_fonts(qapp: Any, tmp_path: Path) -> None:
    data = packet_pdf(sample_packet(), ENGLISH, QPageSize.PageSizeId.A4)
    assert data.startswith(b"%PDF-")
    text = pdf_text(data)
    for words in (
        "Notes for my therapist",
        "2025-03-01 to 2025-03-14",
        "Made on 2025-03-15",
        "Summary",
        "14 check-ins",
        "Check-ins and trends",
        "Mood and stress",
        "note number 13",
        "I walked by the river and breathed.",
        "Entries to bring",
    ):
        assert words in text, words
    (tmp_path / "p.pdf").write_bytes(data)
    fonts = subprocess.run(
        ["pdffonts", str(tmp_path / "p.pdf")], capture_output=True, check=True, text=True
    ).stdout.splitlines()[2:]
    assert fonts, "text is drawn with fonts (not as pictures)"
    for line in fonts:
        assert line.split()[-5] == "yes", f"font embedded: {line}"  # the "emb" column


def test_every_page_has_its_number_and_the_day_it_was_made(qapp: Any) -> None:
    packet = sample_packet()
    long_table = Table(
        ("Date", "Takeaway"),
        tuple((d.isoformat(), "a longer takeaway about the week " * 4) for d in days(120)),
    )
    packet = replace(
        packet,
        sections=(*packet.sections, PacketSection("sessions.list", "Sessions", (long_table,))),
    )
    data = packet_pdf(packet, ENGLISH, QPageSize.PageSizeId.A4)
    pages = int(pdf_info(data)["Pages"])
    assert pages >= 4
    for page in range(1, pages + 1):
        text = pdf_text(data, page)
        assert f"Page {page} of {pages}" in text
        assert "Made on 2025-03-15" in text
    # The summary is a page of its own; the table's header is repeated on every page
    # the table runs over.
    assert "Check-ins and trends" not in pdf_text(data, 1)
    table_pages = [p for p in range(1, pages + 1) if "a longer takeaway" in pdf_text(data, p)]
    assert len(table_pages) >= 2
    for page in table_pages:
        assert "Takeaway" in pdf_text(data, page)


def test_the_footer_and_headings_are_in_the_wording_given(qapp: Any) -> None:
    words = {
        "Notes for my therapist": "Notizen",
        "Made on {day}": "Erstellt am {day}",
        "Page {number} of {total}": "Seite {number} von {total}",
        "Summary": "Zusammenfassung",
    }
    wording = Wording(translate=lambda text: words.get(text, text))
    text = pdf_text(packet_pdf(sample_packet(), wording))
    assert "Notizen" in text
    assert "Seite 1 von" in text
    assert "Erstellt am 2025-03-15" in text
    assert "Zusammenfassung" in text


def test_metadata_is_neutral(qapp: Any) -> None:
    data = packet_pdf(sample_packet(), ENGLISH)
    info = pdf_info(data)
    assert info["Title"] == "Notes"
    assert info.get("Creator", "") == ""
    assert info.get("Author", "") == ""
    assert "mooring" not in " ".join(info.values()).lower()
    for form in raw_forms(data):
        assert b"mooring" not in form.lower()
        assert "mooring".encode("utf-16-be") not in form.lower()
    # The document information and the XMP metadata say nothing of what is inside.
    objects = pdf_objects(data)
    metadata = [
        head + content
        for head, content in objects.values()
        if b"/Title" in head or b"/Type /Metadata" in head
    ]
    assert metadata
    for text in metadata:
        for word in (b"therapist", b"river", b"check-ins", b"Summary"):
            assert word not in text


def test_charts_are_vectors_with_their_words_as_text(qapp: Any) -> None:
    data = packet_pdf(sample_packet(), ENGLISH)
    for form in raw_forms(data):
        assert not re.search(rb"/Subtype\s*/Image", form)
        assert not re.search(rb"\bDo\b", form)  # no XObject is drawn
    text = pdf_text(data)
    assert "Mood" in text and "Stress" in text  # the legend
    # The chart's lines are paths: its page has many more drawing operators than a
    # page of text alone.
    without = packet_pdf(
        apply_choices(
            sample_packet(), Choices(left_out_items=frozenset({ItemKey("checkins.summary", "b1")}))
        ),
        ENGLISH,
    )

    def paths(pdf: bytes) -> int:
        return sum(
            len(re.findall(rb"\b[\d.-]+ [\d.-]+ l\b", c)) for _h, c in pdf_objects(pdf).values()
        )

    assert paths(data) > paths(without) + 20


def test_markup_in_the_persons_words_stays_words(qapp: Any) -> None:
    packet = Packet(
        START,
        END,
        MADE,
        (
            PacketSection(
                "journal.flagged",
                "Entries to bring",
                (Paragraph("<b>not bold</b> &amp; <img src='x'> <a href='y'>z</a>"),),
            ),
        ),
    )
    laid = lay_out(packet, ENGLISH)
    assert "<b>not bold</b> &amp; <img src='x'>" in laid.document.toPlainText()
    assert "<b>not bold</b> &amp; <img src='x'>" in pdf_text(packet_pdf(packet, ENGLISH))


def test_right_to_left_and_emoji_are_laid_out_and_come_out(qapp: Any) -> None:
    packet = sample_packet()
    laid = lay_out(packet, ENGLISH)
    hebrew = Place("journal.flagged", 3)
    start, _end = laid.places.range_of(hebrew)
    assert laid.document.findBlock(start).blockFormat().layoutDirection() == (
        Qt.LayoutDirection.RightToLeft
    )
    english = Place("journal.flagged", 1)
    assert laid.document.findBlock(
        laid.places.range_of(english)[0]
    ).blockFormat().layoutDirection() != (Qt.LayoutDirection.RightToLeft)
    arabic = "\u0645\u0631\u062d\u0628\u0627 \u0628\u0643\u0645"
    packet = replace(
        packet,
        sections=(
            *packet.sections,
            PacketSection(
                "sessions.topics", "To bring up", (Paragraph(arabic + " \U0001f331\u2764\ufe0f"),)
            ),
        ),
    )
    data = packet_pdf(packet, ENGLISH)
    text = pdf_text(data)
    # The emoji is drawn (a glyph between "ab" and "cd"); Qt's ToUnicode map leaves
    # out glyphs beyond the BMP, so extractors may not recover it as text.
    assert re.search("ab\\s*[\ufffd\U0001f60a]\\s*cd", glyph_text(data))
    for word in (
        "\u05e9\u05dc\u05d5\u05dd",
        "\u05e2\u05d5\u05dc\u05dd",
        "today",
        "\u0645\u0631\u062d\u0628\u0627",
        "\u0628\u0643\u0645",
    ):
        assert word in text, word
    assert "I walked by the river and breathed. ab" in text


def test_an_empty_packet_says_so_on_one_page(qapp: Any) -> None:
    data = packet_pdf(Packet(START, END, MADE, ()), ENGLISH)
    assert pdf_info(data)["Pages"] == "1"
    text = pdf_text(data)
    assert NOTHING in text
    assert "Page 1 of 1" in text


def test_cancelling_stops_between_pages(qapp: Any) -> None:
    packet = sample_packet()
    with pytest.raises(BuildCancelled):
        packet_pdf(packet, ENGLISH, cancelled=lambda: True)
    calls = 0

    def after_two() -> bool:
        nonlocal calls
        calls += 1
        return calls > 3

    with pytest.raises(BuildCancelled):
        packet_pdf(packet, ENGLISH, cancelled=after_two)
    assert calls == 4
    # Asked, and never cancelled: the whole file.
    assert pdf_info(packet_pdf(packet, ENGLISH, cancelled=lambda: False))["Pages"]


def test_a_pdf_leaves_no_file_behind(qapp: Any, isolated_root: Path, data_dir: Path) -> None:
    packet = sample_packet()
    packet_pdf(packet, ENGLISH)  # fonts and caches are set up once, before the listing

    def listing() -> dict[str, float]:
        return {
            str(p): p.stat().st_mtime
            for p in isolated_root.rglob("*")
            if data_dir not in p.parents and p.is_file()
        }

    before = listing()
    packet_pdf(packet, ENGLISH)
    assert listing() == before


# ----- long and large ------------------------------------------------------------------


@pytest.mark.slow
def test_a_five_megabyte_entry_comes_out_whole(qapp: Any) -> None:
    sentence = "I sat by the window and wrote about the week and how it went. "
    paragraphs = []
    size = 0
    while size < 5_000_000:
        paragraph = sentence * 16  # about a thousand characters
        paragraphs.append(paragraph)
        size += len(paragraph) + 2
    body = "\n\n".join(paragraphs)
    # One line of a megabyte without a break, too (it is laid out in pieces).
    line = "FIRSTWORD " + "word " * 200_000 + "LASTWORD"
    packet = Packet(
        START,
        END,
        MADE,
        (
            PacketSection(
                "journal.flagged",
                "Entries to bring",
                (
                    *(Paragraph(p, "entry-1") for p in body.split("\n\n")),
                    Paragraph(line, "entry-2"),
                ),
            ),
        ),
    )
    data = packet_pdf(packet, ENGLISH)
    pages = int(pdf_info(data)["Pages"])
    assert pages > 900
    assert "FIRSTWORD" in pdf_text(data)
    last = pdf_text(data, pages)
    assert "LASTWORD" in last
    assert f"Page {pages} of {pages}" in last


def test_ten_years_of_check_ins(qapp: Any) -> None:
    start = date(2015, 3, 20)
    every_day = days(3650, start)
    packet = Packet(
        start,
        every_day[-1],
        MADE,
        (
            PacketSection(
                "checkins.summary",
                "Check-ins and trends",
                (
                    Chart(
                        "Mood",
                        (ChartLine("Mood", tuple((d, float(d.day % 11)) for d in every_day)),),
                    ),
                    Table(
                        ("Date", "Mood"), tuple((d.isoformat(), str(d.day % 11)) for d in every_day)
                    ),
                ),
            ),
        ),
    )
    data = packet_pdf(packet, ENGLISH)
    text = pdf_text(data)
    assert "2015-03-20" in text and every_day[-1].isoformat() in text
    for form in raw_forms(data):
        assert not re.search(rb"/Subtype\s*/Image", form)


# ----- the person's choices, from a real vault -----------------------------------------


def _entry(connection: Any, day: date, title: str, body: str, flagged: bool) -> None:
    from app.journal.entries import EntryRepository

    EntryRepository(connection).create(
        title=title,
        body=body,
        bring_to_therapy=flagged,
        created=datetime.combine(day, time(20, 15)).astimezone(),
    )


@pytest.fixture
def vault_packet(data_dir: Path) -> Iterator[Packet]:
    """A real vault: entries with canaries (two flagged, one not) and a few check-ins;
    its packet for the period, with the wizard's default sections."""
    from app.checkins.model import CheckIn
    from app.checkins.repository import CheckInRepository
    from app.vault.kdf import KdfParams
    from app.vault.vault import Vault

    vault, _code = Vault.create(
        data_dir, "river stone lantern 42", kdf=KdfParams(memory_kib=1024, iterations=1, lanes=1)
    )
    try:
        connection = vault.connection
        _entry(
            connection,
            date(2025, 3, 3),
            "Leave me out",
            f"A day I keep to myself. {LEFT_OUT_CANARY} and more.\n\nA second paragraph.",
            True,
        )
        _entry(
            connection,
            date(2025, 3, 6),
            "Keep this one",
            f"We talked at dinner. The {BLACKED_OUT_CANARY} part stays private. Then we slept.",
            True,
        )
        _entry(
            connection, date(2025, 3, 8), "Not flagged", f"Only for me: {UNFLAGGED_CANARY}.", False
        )
        for n, day in enumerate(days(10)):
            CheckInRepository(connection).save(
                CheckIn(day, 3 + n % 5, 5, 1, False, False, False, False, 7.0, "")
            )
        yield build_packet(connection, Period(START, END), MADE, DEFAULT_SECTIONS)
    finally:
        vault.close()


def _find(packet: Packet, word: str) -> tuple[Place, Paragraph]:
    for section in packet.sections:
        for number, block in enumerate(section.blocks):
            if isinstance(block, Paragraph) and word in block.text:
                return Place(section.id, number), block
    raise AssertionError(f"{word} is not in the packet")


def _choices(packet: Packet) -> Choices:
    left_place, left_paragraph = _find(packet, LEFT_OUT_CANARY)
    black_place, black_paragraph = _find(packet, BLACKED_OUT_CANARY)
    start = black_paragraph.text.index(BLACKED_OUT_CANARY)
    return Choices(
        left_out_items=frozenset(
            {paragraph_item(left_place.section, left_place.block, left_paragraph)}
        ),
        redactions={black_place: ((start, start + len(BLACKED_OUT_CANARY) + len(" part")),)},
    )


def test_canaries_left_out_blacked_out_or_unflagged_are_nowhere_in_the_pdf(
    qapp: Any, vault_packet: Packet
) -> None:
    written = apply_choices(vault_packet, _choices(vault_packet))
    data = packet_pdf(written, ENGLISH)
    for canary in CANARIES:
        assert_absent(data, canary)
    text = pdf_text(data)
    # What was kept is there, and the blacked-out words were replaced, not covered.
    assert "We talked at dinner. The" in text
    assert "stays private. Then we slept." in text
    assert REDACTED in text
    assert "Keep this one" in text
    assert "Leave me out" not in text
    assert "A second paragraph." not in text  # the whole entry went, not just one part


def test_the_same_canaries_come_out_when_included(qapp: Any, vault_packet: Packet) -> None:
    data = packet_pdf(vault_packet, ENGLISH)
    assert_present(data, LEFT_OUT_CANARY)
    assert_present(data, BLACKED_OUT_CANARY)
    # The unflagged entry is only in the packet once it is flagged.
    assert_absent(data, UNFLAGGED_CANARY)


def test_a_flagged_entry_comes_out(qapp: Any, data_dir: Path) -> None:
    from app.vault.kdf import KdfParams
    from app.vault.vault import Vault

    vault, _code = Vault.create(
        data_dir, "river stone lantern 42", kdf=KdfParams(memory_kib=1024, iterations=1, lanes=1)
    )
    try:
        _entry(
            vault.connection, date(2025, 3, 8), "Now flagged", f"For us: {UNFLAGGED_CANARY}.", True
        )
        packet = build_packet(vault.connection, Period(START, END), MADE, DEFAULT_SECTIONS)
    finally:
        vault.close()
    assert_present(packet_pdf(packet, ENGLISH), UNFLAGGED_CANARY)


def test_a_left_out_section_and_table_row_are_gone(qapp: Any) -> None:
    packet = sample_packet()
    choices = Choices(
        left_out_sections=frozenset({"journal.flagged"}),
        left_out_items=frozenset({row_item("checkins.summary", 2, 5)}),
    )
    text = pdf_text(packet_pdf(apply_choices(packet, choices), ENGLISH))
    assert "river" not in text
    assert "Entries to bring" not in text
    assert "note number 5" not in text
    assert "note number 4" in text and "note number 6" in text


# ----- printing --------------------------------------------------------------------------


def test_printing_paints_the_same_pages_as_the_pdf(qapp: Any, tmp_path: Path) -> None:
    packet = sample_packet()
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    target = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(target))
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.Letter))
    print_packet(packet, ENGLISH, printer)
    printed = target.read_bytes()
    made = packet_pdf(packet, ENGLISH, QPageSize.PageSizeId.Letter)
    assert pdf_info(printed)["Pages"] == pdf_info(made)["Pages"]
    assert "letter" in pdf_info(printed)["Page size"]
    for page in range(1, int(pdf_info(made)["Pages"]) + 1):
        assert pdf_text(printed, page).split() == pdf_text(made, page).split()


def test_the_print_preview_draws_every_page(qtbot: Any) -> None:
    packet = sample_packet()
    expected = int(pdf_info(packet_pdf(packet, ENGLISH, QPageSize.PageSizeId.A4))["Pages"])
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    preview = QPrintPreviewWidget(printer)
    qtbot.addWidget(preview)
    painted: list[int] = []
    preview.paintRequested.connect(lambda p: painted.append(paint_pages(packet, ENGLISH, p)))
    preview.updatePreview()
    assert painted == [expected]
    assert preview.pageCount() == expected


# ----- the layout and its places ---------------------------------------------------------


def selected(laid: Laid, start: int, end: int) -> str:
    cursor = QTextCursor(laid.document)
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    return cursor.selectedText().replace("\u2029", "\n")


def test_every_place_maps_to_its_text_and_back(qapp: Any) -> None:
    packet = sample_packet()
    laid = lay_out(packet, ENGLISH)
    places = laid.places
    assert len(places.places) == 4 + 1 + 14 * 3
    for section in packet.sections:
        for number, block in enumerate(section.blocks):
            if isinstance(block, Paragraph):
                texts = {Place(section.id, number): block.text}
            elif isinstance(block, Table):
                texts = {
                    Place(section.id, number, r, c): cell
                    for r, row in enumerate(block.rows)
                    for c, cell in enumerate(row)
                }
            else:
                continue
            for place, text in texts.items():
                start, end = places.range_of(place)
                assert selected(laid, start, end) == shown(text)
                assert places.place_at(start) == (place, 0)
                assert places.place_at(end) == (place, len(text))
                assert places.text_of(place) == text
                assert places.section_at(start) == section.id
    # Headings, dates and the summary are not the person's text.
    assert places.place_at(0) is None
    assert places.section_at(0) is None


def test_offsets_count_characters_not_utf16_units(qapp: Any) -> None:
    laid = lay_out(sample_packet(), ENGLISH)
    place = Place("journal.flagged", 1)
    text = laid.places.text_of(place)
    start, end = laid.places.range_of(place)
    emoji = text.index("\U0001f60a")
    assert end - start == len(text) + 1  # the emoji is two UTF-16 units
    assert laid.places.place_at(start + emoji + 2) == (place, emoji + 1)  # just after it
    assert laid.places.position(place, emoji + 1) == start + emoji + 2
    assert laid.places.place_at(start + emoji + 1) == (place, emoji)  # inside: before it


def test_items_and_sections_at_positions(qapp: Any) -> None:
    laid = lay_out(sample_packet(), ENGLISH)
    places = laid.places
    heading, paragraph = Place("journal.flagged", 0), Place("journal.flagged", 1)
    assert places.item_at(places.range_of(heading)[0]) == ItemKey("journal.flagged", "entry-1")
    assert places.item_at(places.range_of(paragraph)[1]) == ItemKey("journal.flagged", "entry-1")
    cell = Place("checkins.summary", 2, 4, 2)
    assert places.item_at(places.range_of(cell)[0]) == row_item("checkins.summary", 2, 4)
    assert places.section_at(places.range_of(cell)[0]) == "checkins.summary"
    chart_title = laid.document.find("Mood and stress")
    assert places.item_at(chart_title.selectionStart()) == ItemKey("checkins.summary", "b1")
    assert places.place_at(chart_title.selectionStart()) is None


def test_awkward_characters_keep_positions_one_to_one(qapp: Any) -> None:
    text = "a\r\nb\rc\u2029d\u2028e\x00f\ufdd0g\ufffch\ud800i\x0bj\tk"
    long = ("word " * 2000).strip()
    packet = Packet(
        START,
        END,
        MADE,
        (PacketSection("journal.flagged", "Entries", (Paragraph(text), Paragraph(long))),),
    )
    laid = lay_out(packet, ENGLISH)
    for number, original in enumerate((text, long)):
        place = Place("journal.flagged", number)
        start, end = laid.places.range_of(place)
        assert end - start == len(original)
        assert laid.places.place_at(end) == (place, len(original))
    # Line breaks became blocks; the long line was cut into blocks at spaces.
    start, end = laid.places.range_of(Place("journal.flagged", 1))
    assert laid.document.findBlock(end).blockNumber() > laid.document.findBlock(start).blockNumber()
    assert selected(laid, start, end).replace("\n", " ") == long


def test_choices_go_only_with_a_preview(qapp: Any) -> None:
    with pytest.raises(ValueError):
        lay_out(sample_packet(), ENGLISH, Choices())


def _format_at(laid: Laid, position: int) -> Any:
    cursor = QTextCursor(laid.document)
    cursor.setPosition(position + 1)
    return cursor.charFormat()


def test_the_preview_keeps_every_position_and_shows_the_choices(qapp: Any) -> None:
    packet = sample_packet()
    river = Place("journal.flagged", 1)
    choices = Choices(
        left_out_items=frozenset(
            {ItemKey("journal.flagged", "entry-2"), ItemKey("checkins.summary", "b1")}
        ),
        redactions={river: ((2, 8),)},
    )
    plain = lay_out(packet, ENGLISH, preview=True)
    chosen = lay_out(packet, ENGLISH, choices, preview=True)
    assert plain.document.characterCount() == chosen.document.characterCount()
    for place in plain.places.places:
        assert plain.places.range_of(place) == chosen.places.range_of(place)
    # The words stay in the preview; blacked out is black on black.
    assert chosen.document.toPlainText() == plain.document.toPlainText()
    start, _ = chosen.places.range_of(river)
    black = _format_at(chosen, start + 3)
    assert black.background().color().name() == "#000000"
    assert black.foreground().color().name() == "#000000"
    assert _format_at(plain, start + 3).background().style() == Qt.BrushStyle.NoBrush
    # Left out: struck through and dimmed, with its marker showing.
    hebrew_start, _ = chosen.places.range_of(Place("journal.flagged", 3))
    assert _format_at(chosen, hebrew_start).fontStrikeOut()
    assert not _format_at(plain, hebrew_start).fontStrikeOut()
    assert not _format_at(chosen, start).fontStrikeOut()
    heading_start, _ = chosen.places.range_of(Place("journal.flagged", 2))
    marker = QTextCursor(chosen.document)
    marker.setPosition(heading_start)  # the marker is the character just before
    assert marker.charFormat().boolProperty(LEFT_OUT)
    marker = QTextCursor(plain.document)
    marker.setPosition(heading_start)
    assert not marker.charFormat().boolProperty(LEFT_OUT)


def test_show_choices_restyles_in_place(qapp: Any) -> None:
    packet = sample_packet()
    river = Place("journal.flagged", 1)
    choices = Choices(
        left_out_sections=frozenset({"checkins.summary"}), redactions={river: ((2, 8),)}
    )
    laid = lay_out(packet, ENGLISH, preview=True)
    fresh = lay_out(packet, ENGLISH, choices, preview=True)
    laid.show_choices(choices)

    def formats(view: Laid) -> list[tuple[bool, str, str]]:
        out = []
        for position in range(view.document.characterCount() - 1):
            fmt = _format_at(view, position - 1)
            out.append(
                (
                    fmt.fontStrikeOut(),
                    fmt.foreground().color().name(),
                    fmt.background().color().name()
                    if fmt.background().style() != Qt.BrushStyle.NoBrush
                    else "",
                )
            )
        return out

    assert formats(laid) == formats(fresh)
    assert laid.places.range_of(river) == fresh.places.range_of(river)
    laid.show_choices(None)
    assert formats(laid) == formats(lay_out(packet, ENGLISH, preview=True))
    with pytest.raises(ValueError):
        lay_out(packet, ENGLISH).show_choices(choices)


def test_a_left_out_chart_is_veiled_in_the_preview(qapp: Any) -> None:
    packet = sample_packet()
    choices = Choices(left_out_items=frozenset({ItemKey("checkins.summary", "b1")}))

    def page_image(laid: Laid) -> QImage:
        size = laid.document.pageSize()
        image = QImage(int(size.width()), int(size.height()), QImage.Format.Format_RGB32)
        image.fill(Qt.GlobalColor.white)
        painter = QPainter(image)
        painter.translate(0, -size.height())  # page 2: the first section
        laid.document.drawContents(painter, QRectF(0, size.height(), size.width(), size.height()))
        painter.end()
        return image

    def ink(image: QImage) -> int:
        return sum(
            1
            for y in range(0, image.height(), 3)
            for x in range(0, image.width(), 3)
            if image.pixelColor(x, y).lightness() < 128
        )

    kept = page_image(lay_out(packet, ENGLISH, preview=True))
    veiled = page_image(lay_out(packet, ENGLISH, choices, preview=True))
    assert ink(kept) > ink(veiled) + 50


def test_the_written_document_is_plain_text_without_markers(qapp: Any) -> None:
    laid = lay_out(sample_packet(), ENGLISH)
    assert "\ufffc" in laid.document.toPlainText()  # the chart, as an object
    assert laid.document.toPlainText().count("\ufffc") == 1
    preview = lay_out(sample_packet(), ENGLISH, preview=True)
    assert preview.document.toPlainText().count("\ufffc") > 1  # the markers, too


def test_the_preview_is_white_paper_in_any_theme(qapp: Any) -> None:
    laid = lay_out(sample_packet(), ENGLISH, preview=True)
    size = laid.document.pageSize()
    image = QImage(int(size.width()), 200, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.black)  # a dark window behind it
    painter = QPainter(image)
    laid.document.drawContents(painter, QRectF(0, 0, size.width(), 200))
    painter.end()
    assert image.pixelColor(image.width() - 5, 195).name() == "#ffffff"


def test_a_pdf_can_be_made_on_a_worker_thread(qapp: Any) -> None:
    """The wizard makes the file on the database worker, not the window's thread."""
    import threading

    made: list[bytes] = []
    failed: list[BaseException] = []

    def work() -> None:
        try:
            made.append(packet_pdf(sample_packet(), ENGLISH, QPageSize.PageSizeId.A4))
        except BaseException as error:  # reported below
            failed.append(error)

    thread = threading.Thread(target=work)
    thread.start()
    thread.join(60)
    assert not failed
    assert made
    here = packet_pdf(sample_packet(), ENGLISH, QPageSize.PageSizeId.A4)
    assert pdf_info(made[0])["Pages"] == pdf_info(here)["Pages"]
    assert pdf_text(made[0]).split() == pdf_text(here).split()


def test_headings_and_chart_titles_stay_with_what_follows(qapp: Any) -> None:
    from ui.exchange.layout import KEEP_ROOM

    points = tuple((d, 5.0) for d in days(14))
    checked = 0
    for filler in range(30, 60, 3):
        packet = Packet(
            START,
            END,
            MADE,
            (
                PacketSection(
                    "sessions.topics",
                    "To bring up",
                    tuple(Paragraph(f"topic {n}") for n in range(filler)),
                ),
                PacketSection(
                    "checkins.summary",
                    "Check-ins and trends",
                    (Chart("Mood over the weeks", (ChartLine("Mood", points),)), Paragraph("x")),
                ),
                PacketSection(
                    "journal.flagged", "Entries to bring", tuple(Paragraph("y") for _ in range(9))
                ),
            ),
        )
        laid = lay_out(packet, ENGLISH)
        doc = laid.document
        layout = doc.documentLayout()
        height = doc.pageSize().height()
        for heading in ("Check-ins and trends", "Mood over the weeks", "Entries to bring"):
            block = doc.find(heading).block()
            rect = layout.blockBoundingRect(block)
            page = int(rect.top() // height)
            following = layout.blockBoundingRect(block.next())
            # What follows starts on the heading's page.
            assert int(following.top() // height) == page, (filler, heading)
            if rect.top() - page * height > 2:
                assert (page + 1) * height - rect.bottom() >= min(KEEP_ROOM, following.height())
            checked += 1
    assert checked == 30
