"""The preview's choices as values: leaving out and blacking out are toggles, a
selection across places blacks out a span in each, showing words again takes only
those words out of a longer span, and the packet that comes out has none of what was
left out or blacked out (the summary page included). Also where a file goes when a
name is typed without its extension."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from app.exchange.document import REDACTED, Choices, ItemKey, Packet, Place
from app.exchange.sections import SUMMARY
from app.platform.contributions import PacketSection, Paragraph, Table
from ui.exchange import choices as choosing
from ui.exchange.page import chosen_target

A = ItemKey("journal.flagged", "e1")
B = ItemKey("journal.flagged", "e2")
P = Place("journal.flagged", 1)
Q = Place("sessions.list", 0, 0, 2)


def test_leaving_out_twice_brings_it_back_and_a_mixed_selection_leaves_all_out() -> None:
    once = choosing.toggle_items(Choices(), [A])
    assert once.left_out_items == {A}
    assert choosing.toggle_items(once, [A]) == Choices()
    both = choosing.toggle_items(once, [A, B])  # one was in: both go
    assert both.left_out_items == {A, B}
    assert choosing.toggle_items(both, [A, B]).left_out_items == frozenset()
    assert choosing.toggle_items(both, []) is both


def test_a_section_toggles() -> None:
    out = choosing.toggle_section(Choices(), "checkins.summary")
    assert out.left_out_sections == {"checkins.summary"}
    assert choosing.toggle_section(out, "checkins.summary") == Choices()


def test_black_out_adds_a_span_per_place_and_merges_touching_ones() -> None:
    first = choosing.toggle_black_out(Choices(), [(P, 4, 9), (Q, 0, 3)])
    assert dict(first.redactions) == {P: ((4, 9),), Q: ((0, 3),)}
    wider = choosing.toggle_black_out(first, [(P, 9, 12)])
    assert wider.redactions[P] == ((4, 12),)
    assert choosing.toggle_black_out(wider, [(P, 0, 0)]) is wider  # nothing selected


def test_blacking_out_words_already_black_shows_only_those_again() -> None:
    black = choosing.toggle_black_out(Choices(), [(P, 0, 20)])
    shown = choosing.toggle_black_out(black, [(P, 5, 10)])
    assert shown.redactions[P] == ((0, 5), (10, 20))
    again = choosing.toggle_black_out(shown, [(P, 5, 10)])
    assert again.redactions[P] == ((0, 20),)
    # Partly black: the whole selection goes black (nothing is shown by surprise).
    partly = choosing.toggle_black_out(shown, [(P, 3, 12)])
    assert partly.redactions[P] == ((0, 20),)
    cleared = choosing.toggle_black_out(black, [(P, 0, 20)])
    assert P not in cleared.redactions


def test_span_arithmetic() -> None:
    assert choosing.merged([(5, 8), (1, 3), (3, 4), (7, 9), (2, 2)]) == ((1, 4), (5, 9))
    assert choosing.without(((0, 10),), (0, 10)) == ()
    assert choosing.without(((0, 10), (20, 30)), (5, 25)) == ((0, 5), (25, 30))
    assert choosing.covered(((0, 4), (4, 8)), (2, 6))
    assert not choosing.covered(((0, 4), (5, 8)), (2, 6))


def _packet() -> Packet:
    return Packet(
        start=date(2026, 5, 1),
        end=date(2026, 5, 14),
        made=date(2026, 5, 14),
        sections=(
            PacketSection(
                "journal.flagged",
                "Entries to bring",
                (
                    Paragraph("2026-05-03 — Sunday", "e1"),
                    Paragraph("The kettle sang and I stayed calm.", "e1"),
                    Paragraph("My sister's name is Wrenfold.", "e2"),
                ),
            ),
            PacketSection(
                "sessions.summary", "Sessions at a glance", (), ("2 attended, 1 missed",)
            ),
            PacketSection(
                "sessions.list", "Sessions", (Table(("Date", "Takeaways"), (("a", "b"),)),)
            ),
        ),
    )


def test_what_comes_out_has_nothing_left_out_or_blacked_out() -> None:
    packet = _packet()
    choices = choosing.toggle_items(Choices(), [ItemKey("journal.flagged", "e1")])
    choices = choosing.toggle_black_out(choices, [(Place("journal.flagged", 2), 20, 28)])
    out = choosing.written(packet, choices)
    text = repr(out)
    assert "kettle" not in text and "Sunday" not in text
    assert "Wrenfold" not in text and f"is {REDACTED}." in text
    assert out.summary == ("2 attended, 1 missed",)


def test_leaving_out_the_summary_page_takes_its_lines_out_too() -> None:
    packet = _packet()
    out = choosing.written(packet, choosing.toggle_section(Choices(), SUMMARY))
    assert out.summary == ()
    assert [s.id for s in out.sections] == ["journal.flagged", "sessions.list"]
    kept = choosing.written(packet, Choices())
    assert kept.summary == ("2 attended, 1 missed",)


def test_a_name_typed_without_its_extension_gets_one_and_is_never_replaced(
    tmp_path: Path,
) -> None:
    (tmp_path / "notes.pdf").write_bytes(b"old")
    # Chosen in the dialog, which asked before choosing a file that exists.
    assert chosen_target(str(tmp_path / "notes.pdf"), "pdf") == (tmp_path / "notes.pdf", True)
    assert chosen_target(str(tmp_path / "notes.PDF"), "pdf")[1] is False  # no such file
    # Typed as "notes": the dialog never asked about notes.pdf.
    assert chosen_target(str(tmp_path / "notes"), "pdf") == (tmp_path / "notes.pdf", False)
    assert chosen_target(str(tmp_path / "new"), "md") == (tmp_path / "new.md", False)
