"""Search as a person uses it from the keyboard: Ctrl+F, type, Down, Down, Enter; how
many entries match; more than the first page; sorting; untitled entries named alike."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

import pytest
from journal_helpers import OFFSET, unlock, worker
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.journal.entries import BEST_MATCH, NEWEST_FIRST
from ui.journal.search import RESULT_LIMIT

pytestmark = pytest.mark.usefixtures("existing_vault")

CTRL = Qt.KeyboardModifier.ControlModifier


def _search(qtbot: Any, page: Any, text: str) -> None:
    """Ctrl+F and type ``text``; wait for the results (after the typing pause)."""
    qtbot.keyClick(page, Qt.Key.Key_F, CTRL)
    assert QApplication.focusWidget() is page.search_field
    qtbot.keyClicks(page.search_field, text)
    qtbot.waitUntil(lambda: page.left_stack.currentWidget() is page._results_page, timeout=3000)


def _changed(page: Any) -> None:
    from app.journal import ops
    from app.platform.changes import Changes

    page.apply_changes(Changes.of(ops.ENTRIES))


def _selected_rows(view: Any) -> list[int]:
    return [index.row() for index in view.selectionModel().selectedIndexes()]


def _fill(shell: Any, count: int, word: str = "tomatoes") -> None:
    start = datetime(2024, 5, 1, 9, 0, tzinfo=OFFSET)

    def write(repo: Any) -> None:
        for n in range(count):
            repo.create(title=f"Garden {n}", body=f"{word} today", created=start + timedelta(n))

    worker(shell, write)


def test_down_selects_the_results_and_enter_opens_one(qtbot: Any, make_shell: Any) -> None:
    shell = make_shell()
    page = unlock(qtbot, shell)
    _fill(shell, 5)
    _search(qtbot, page, "tomat")
    results = page.results

    qtbot.keyClick(page.search_field, Qt.Key.Key_Down)
    assert QApplication.focusWidget() is results
    assert results.currentIndex().row() == 0
    assert _selected_rows(results) == [0], "the first result shows as chosen"
    first = results.currentIndex().data()
    assert page.editor.title.text() == first

    qtbot.keyClick(results, Qt.Key.Key_Down)
    assert _selected_rows(results) == [1]
    second = results.currentIndex().data()
    assert page.editor.title.text() == second != first
    qtbot.keyClick(results, Qt.Key.Key_Down)
    qtbot.keyClick(results, Qt.Key.Key_Up)
    assert _selected_rows(results) == [1]

    qtbot.keyClick(results, Qt.Key.Key_Return)
    assert page.editor.title.text() == second
    assert QApplication.focusWidget() is page.editor.body, "Enter goes into the text"


def test_results_say_how_many_match_and_show_more_than_a_page(qtbot: Any, make_shell: Any) -> None:
    shell = make_shell()
    page = unlock(qtbot, shell)
    total = RESULT_LIMIT + 23
    _fill(shell, total)
    _search(qtbot, page, "tomatoes")
    assert page.search_message.text() == f"{total} entries match"
    model = page.results_model
    assert model.rowCount() == RESULT_LIMIT
    assert model.total == total

    # Moving down to the last result shown fetches the next page.
    qtbot.keyClick(page.search_field, Qt.Key.Key_Down)
    results = page.results
    qtbot.keyClick(results, Qt.Key.Key_End)
    qtbot.waitUntil(lambda: model.rowCount() == total, timeout=3000)
    titles = [model.index(n).data() for n in range(model.rowCount())]
    assert len(set(titles)) == total, "every match once"
    assert not model.canFetchMore()

    page.search_field.setText("tomatoes tod")
    page.search.run_now()
    assert page.search_message.text() == f"{total} entries match"
    page.search_field.setText("nothing-like-this")
    page.search.run_now()
    assert page.search_message.text().startswith("Nothing found")
    assert page.search_panel.sort.isHidden()


def test_one_match_is_said_in_the_singular(qtbot: Any, make_shell: Any) -> None:
    shell = make_shell()
    page = unlock(qtbot, shell)
    _fill(shell, 1)
    _search(qtbot, page, "tomatoes")
    assert page.search_message.text() == "1 entry matches"


def test_results_sort_by_best_match_or_newest_first(qtbot: Any, make_shell: Any) -> None:
    shell = make_shell()
    page = unlock(qtbot, shell)
    start = datetime(2024, 5, 1, 9, 0, tzinfo=OFFSET)

    def write(repo: Any) -> None:
        repo.create(title="Harbour walk", body="the harbour at dusk", created=start)
        repo.create(title="Later", body="passed the harbour", created=start + timedelta(3))
        repo.create(title="Newest", body="a harbour boat", created=start + timedelta(9))
        repo.create(title="Middle", body="near the harbour", created=start + timedelta(5))

    worker(shell, write)
    _search(qtbot, page, "harbour")
    sort = page.search_panel.sort
    assert sort.accessibleName() == "Sort the results"
    assert sort.currentData() == BEST_MATCH
    model = page.results_model
    assert model.index(0).data() == "Harbour walk", "the title match first"

    # Alt+O reaches the sort choice; Down picks "Newest first".
    qtbot.keyClick(page, Qt.Key.Key_O, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is sort
    qtbot.keyClick(sort, Qt.Key.Key_Down)
    assert sort.currentData() == NEWEST_FIRST
    assert [model.index(n).data() for n in range(4)] == [
        "Newest",
        "Middle",
        "Later",
        "Harbour walk",
    ]
    # The choice stays for the next search.
    page.search_field.setText("harbour boat")
    page.search.run_now()
    assert page.search.order == NEWEST_FIRST
    assert [model.index(n).data() for n in range(model.rowCount())] == ["Newest"]


def test_an_untitled_entry_is_named_alike_in_the_list_and_the_results(
    qtbot: Any, make_shell: Any
) -> None:
    from app.journal.naming import entry_name

    shell = make_shell()
    page = unlock(qtbot, shell)
    body = "Walked along the harbour wall after group and felt calmer than expected"
    entry = worker(shell, lambda r: r.create(body=body))
    worker(shell, lambda r: r.create(title="", body=""))
    _changed(page)
    listed = {page.model.index(n).data() for n in range(page.model.rowCount())}
    name = "Walked along the harbour wall after group and…"
    assert listed == {name, "Untitled entry"}
    summary = worker(shell, lambda r: r.summaries([entry.id])[0])
    assert entry_name(summary.title, summary.preview) == name
    _search(qtbot, page, "harbour")
    assert page.results_model.index(0).data() == name


def test_down_right_after_typing_waits_for_the_results(qtbot: Any, make_shell: Any) -> None:
    shell = make_shell()
    page = unlock(qtbot, shell)
    _fill(shell, 3)
    _changed(page)
    qtbot.keyClick(page, Qt.Key.Key_F, CTRL)
    qtbot.keyClicks(page.search_field, "tomatoes")
    assert page.search.timer.isActive(), "typed faster than the pause"
    qtbot.keyClick(page.search_field, Qt.Key.Key_Down)
    assert page.left_stack.currentWidget() is page._results_page
    assert QApplication.focusWidget() is page.results, "not the entry list behind it"
    assert _selected_rows(page.results) == [0]
