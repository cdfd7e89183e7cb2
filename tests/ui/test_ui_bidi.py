"""Direction controls in titles, tags and snippets can't reorder the window's rows.

The models are read without views: what a row's DisplayRole and other roles hold is
what the delegates draw.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import Qt

from app.journal.model import HIGHLIGHT_END, HIGHLIGHT_START, Entry, EntrySummary, SearchHit
from ui.journal.entry_list import Row, SummaryList, TagsRole
from ui.journal.formatting import display_title, plain_snippet, snippet_html, tags_text
from ui.journal.search import SearchResultsModel, SnippetRole, WhenTextRole

SPOOF = "abc\u202efdp.exe"
SHOWN = "\u2068abcfdp.exe\u2069"  # isolated, the unclosed override left out
WHEN = datetime(2025, 1, 2, 9, 30, tzinfo=UTC)
BIDI = "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"


def summary(title: str, preview: str = "", tags: tuple[str, ...] = ()) -> EntrySummary:
    return EntrySummary(1, title, preview, WHEN, WHEN, tags, False)


def test_list_rows_isolate_the_title_and_each_tag(qtbot: Any) -> None:
    model = SummaryList()
    model.set_rows([summary(SPOOF, tags=("t\u202eag", "plain")), summary("Sunday")])
    first, second = model.index(0), model.index(1)
    assert model.data(first, Qt.ItemDataRole.DisplayRole) == SHOWN
    assert model.data(first, TagsRole) == "\u2068tag\u2069, plain"
    accessible = model.data(first, Qt.ItemDataRole.AccessibleTextRole)
    assert accessible.startswith(SHOWN + ", ")
    assert "\u202e" not in accessible
    # Ordinary titles are shown exactly as written.
    assert model.data(second, Qt.ItemDataRole.DisplayRole) == "Sunday"


def test_an_untitled_row_isolates_its_first_words() -> None:
    row = Row.of(summary("", preview=f"harbour {SPOOF} evening"))
    assert row.title == "\u2068harbour abcfdp.exe evening\u2069"


def test_a_just_saved_entry_row_is_isolated_too() -> None:
    entry = Entry(1, SPOOF, "body", WHEN, WHEN, ("t\u202eag",), False, None, None)
    row = Row.of_entry(entry)
    assert row.title == SHOWN
    assert row.tags == "\u2068tag\u2069"


def test_search_results_isolate_title_tags_and_snippet(qtbot: Any) -> None:
    model = SearchResultsModel()
    snippet = f"a {HIGHLIGHT_START}harbour{HIGHLIGHT_END} {SPOOF}"
    model.set_hits([SearchHit(7, SPOOF, WHEN, snippet, ("t\u202eag",))])
    index = model.index(0)
    assert model.data(index, Qt.ItemDataRole.DisplayRole) == SHOWN
    assert model.data(index, WhenTextRole).endswith("\u2068tag\u2069")
    accessible = model.data(index, Qt.ItemDataRole.AccessibleTextRole)
    assert "\u202e" not in accessible and SHOWN in accessible
    html = snippet_html(model.data(index, SnippetRole))
    assert "\u202e" not in html
    assert html == "\u2068a <b>harbour</b> abcfdp.exe\u2069"
    assert plain_snippet(snippet) == "\u2068a harbour abcfdp.exe\u2069"


def test_every_control_ends_balanced_inside_one_isolate() -> None:
    for char in BIDI:
        shown = display_title(f"x{char}y", "")
        assert shown.startswith("\u2068") and shown.endswith("\u2069")
        inner = shown[1:-1]
        assert inner.replace(char, "") == "xy"
        # An opener or closer alone is left out; the marks LRM, RLM, ALM are kept.
        assert (char in inner) == (char in "\u061c\u200e\u200f")


def test_the_stored_text_is_never_changed_for_editing() -> None:
    """The editor's tag field is filled with tags_text: nothing may be added there."""
    assert tags_text(("t\u202eag", "plain")) == "t\u202eag, plain"
