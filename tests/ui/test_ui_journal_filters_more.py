"""Journal filters as a new user meets them: closed until opened (and remembered), a new
entry never vanishes behind them, and an entry that stops matching says so."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from journal_helpers import fill_vault, titles, unlock, worker
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication

from app.settings import JOURNAL_FILTERS_OPEN
from ui.journal.editor import SaveState

pytestmark = pytest.mark.usefixtures("existing_vault")


def press(qtbot: Any, key: Qt.Key, modifiers: Any = Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(QApplication.focusWidget(), key, modifiers)


def test_the_filter_panel_is_closed_until_opened_and_then_remembered(
    qtbot: Any, make_shell: Any
) -> None:
    shell = make_shell()
    page = unlock(qtbot, shell)
    assert not page.filters_button.isChecked()
    assert not page.filters.isVisible(), "closed by default"
    assert page.filters_button.arrowType() == Qt.ArrowType.RightArrow
    assert shell.settings.get(JOURNAL_FILTERS_OPEN) is False

    qtbot.mouseClick(page.filters_button, Qt.MouseButton.LeftButton)
    assert page.filters.isVisible() and page.filters.calendar.isVisible()
    assert shell.settings.get(JOURNAL_FILTERS_OPEN) is True

    # Remembered: the page built after the next unlock opens with it.
    shell.window.lock()
    page = unlock(qtbot, shell)
    assert page.filters_button.isChecked() and page.filters.isVisible()

    qtbot.mouseClick(page.filters_button, Qt.MouseButton.LeftButton)
    assert not page.filters.isVisible()
    assert shell.settings.get(JOURNAL_FILTERS_OPEN) is False
    shell.window.lock()
    page = unlock(qtbot, shell)
    assert not page.filters.isVisible()


def test_a_new_entry_under_a_day_filter_stays_in_the_list(qtbot: Any, make_shell: Any) -> None:
    fill_vault(3)  # 1, 2 and 3 January 2024
    shell = make_shell()
    page = unlock(qtbot, shell)
    page.filters_button.click()
    page.filters.show_day(QDate(2024, 1, 2))
    assert titles(page.model) == ["Entry 1"]

    page.list.setFocus()
    press(qtbot, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert not page.filters.is_filtering(), "the filter that would hide it was cleared"
    assert "Filters cleared" in page.notice.text()
    qtbot.keyClicks(page.editor.body, "written today")
    press(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert page.editor.state is SaveState.SAVED
    # On top of the list, selected, while it is being written.
    assert page.model.rowCount() == 4
    assert page.model.index(0).data() == "written today"
    assert page.list.currentIndex().row() == 0
    qtbot.keyClicks(page.editor.body, " and more")
    press(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert page.list.currentIndex().row() == 0


def test_a_filter_that_already_shows_a_new_entry_is_kept(qtbot: Any, make_shell: Any) -> None:
    fill_vault(2)
    shell = make_shell()
    page = unlock(qtbot, shell)
    today = date.today()
    page.filters.show_day(QDate(today.year, today.month, today.day))
    assert titles(page.model) == []

    page.new_entry()
    assert page.filters.is_filtering(), "today's entries: the new one belongs there"
    qtbot.keyClicks(page.editor.body, "today's words")
    page.save_now()
    assert titles(page.model) == ["today's words"]
    assert page.list.currentIndex().row() == 0


def test_an_entry_that_stops_matching_says_so_and_offers_to_show_all(
    qtbot: Any, make_shell: Any
) -> None:
    fill_vault(3)
    shell = make_shell()
    page = unlock(qtbot, shell)
    worker(shell, lambda repo: repo.set_tags(1, ["sleep"]))
    worker(shell, lambda repo: repo.set_tags(2, ["sleep", "work"]))
    worker(shell, lambda repo: repo.set_tags(3, ["work"]))
    page._refresh_overview()
    page.filters.tag.setCurrentIndex(page.filters.tag.findData("sleep"))
    assert titles(page.model) == ["Entry 1", "Entry 0"]
    page.list.setCurrentIndex(page.model.index(0))
    editor = page.editor
    assert editor.current_id() == 2
    assert not editor.filter_row.isVisibleTo(page)

    # The person takes the tag away, and saves (Ctrl+S).
    editor.tags.selectAll()
    qtbot.keyClicks(editor.tags, "work")
    editor.tag_completer.popup().hide()
    qtbot.keyClick(editor.tags, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert worker(shell, lambda repo: repo.get(2).tags) == ("work",)
    assert editor.filter_row.isVisibleTo(page)
    assert "doesn't match the filters" in editor.filter_note.text()
    assert editor.show_all_button.accessibleName()

    qtbot.mouseClick(editor.show_all_button, Qt.MouseButton.LeftButton)
    assert not page.filters.is_filtering()
    assert not editor.filter_row.isVisibleTo(page)
    assert titles(page.model) == ["Entry 2", "Entry 1", "Entry 0"]
    assert editor.current_id() == 2, "still open, where it was"
    assert page.list.currentIndex().row() == 1


def test_a_filter_chosen_while_an_entry_is_open_says_whether_it_is_shown(
    qtbot: Any, make_shell: Any
) -> None:
    fill_vault(2)
    shell = make_shell()
    page = unlock(qtbot, shell)
    worker(shell, lambda repo: repo.set_therapy_flag(1, True))
    page.list.setCurrentIndex(page.model.index(0))  # Entry 1, not flagged
    assert page.editor.current_id() == 2
    page.filters.therapy_only.setChecked(True)
    assert titles(page.model) == ["Entry 0"]
    assert page.editor.filter_row.isVisibleTo(page)
    # Marking it "bring to therapy" makes it match again: the line goes.
    page.editor.therapy.click()
    assert not page.editor.filter_row.isVisibleTo(page)
