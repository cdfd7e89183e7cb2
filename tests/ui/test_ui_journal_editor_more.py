"""The journal editor as a new user meets it: changing an entry's date, "Move to trash"
only when there is something to keep, a calm empty trash, a comfortable line length,
and looks that come from roles, not style sheets of their own."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import pytest
from journal_helpers import fill_vault, titles, unlock, worker
from PySide6.QtCore import QDate, QDateTime, QLocale, Qt, QTime, QTimeZone
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication, QDateTimeEdit, QStyle

from app.journal.model import EntryFilter
from ui.journal.editor import SaveState, when_format

pytestmark = pytest.mark.usefixtures("existing_vault")


def press(qtbot: Any, key: Qt.Key, modifiers: Any = Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(QApplication.focusWidget(), key, modifiers)


def shown_when(editor: Any) -> tuple[int, int, int, int, int]:
    value = editor.when.dateTime()
    day, time = value.date(), value.time()
    return day.year(), day.month(), day.day(), time.hour(), time.minute()


def test_the_date_is_changed_with_the_keyboard_saved_and_the_list_resorts(
    qtbot: Any, make_shell: Any
) -> None:
    fill_vault(3)  # Entry 0..2 on 1..3 January 2024 at 09:30 (+02:00)
    shell = make_shell()
    page = unlock(qtbot, shell)
    assert titles(page.model) == ["Entry 2", "Entry 1", "Entry 0"]
    page.list.setCurrentIndex(page.model.index(2))
    editor = page.editor
    assert editor.current_id() == 1
    when = editor.when
    assert when.accessibleName() == "When this entry was written"
    assert when.calendarPopup()
    assert editor.when_label.buddy() is when, "Alt+W reaches it from the label"
    # The wall-clock time it was written at, in the offset it was written in.
    assert shown_when(editor) == (2024, 1, 1, 9, 30)

    when.setFocus()
    when.setCurrentSection(QDateTimeEdit.Section.DaySection)
    for _ in range(3):
        press(qtbot, Qt.Key.Key_Up)
    assert shown_when(editor) == (2024, 1, 4, 9, 30)
    press(qtbot, Qt.Key.Key_Return)  # confirmed: saved at once
    assert editor.state is SaveState.SAVED

    stored = worker(shell, lambda repo: repo.get(1))
    assert stored.created.replace(tzinfo=None) == datetime(2024, 1, 4, 9, 30)
    assert stored.title == "Entry 0" and stored.body == "Body of entry 0"
    # The list re-sorted: newest first, the moved entry on top and still selected.
    assert titles(page.model) == ["Entry 0", "Entry 2", "Entry 1"]
    assert page.list.currentIndex().row() == 0
    assert editor.current_id() == 1
    assert "4 Jan 2024" in page.model.index(0).data(Qt.ItemDataRole.AccessibleTextRole)


def test_a_date_and_words_changed_together_are_saved_together(qtbot: Any, make_shell: Any) -> None:
    fill_vault(2)
    shell = make_shell()
    page = unlock(qtbot, shell)
    page.list.setCurrentIndex(page.model.index(1))  # Entry 0, 1 January
    editor = page.editor
    editor.when.setDateTime(QDateTime(QDate(2023, 12, 24), QTime(20, 15), QTimeZone.utc()))
    assert editor.state is SaveState.PENDING and editor.autosave_timer.isActive()
    editor.body.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(editor.body, " and more")
    qtbot.waitUntil(lambda: editor.state is SaveState.SAVED, timeout=3000)
    stored = worker(shell, lambda repo: repo.get(1))
    assert stored.created.replace(tzinfo=None) == datetime(2023, 12, 24, 20, 15)
    assert stored.body == "Body of entry 0 and more"
    assert titles(page.model) == ["Entry 1", "Entry 0"]


def test_a_new_entry_can_be_dated_before_the_first_words(qtbot: Any, make_shell: Any) -> None:
    shell = make_shell()
    page = unlock(qtbot, shell)
    page.new_entry()
    editor = page.editor
    editor.when.setDateTime(QDateTime(QDate(2022, 3, 5), QTime(7, 45), QTimeZone.utc()))
    editor.flush()
    assert worker(shell, lambda repo: repo.count()) == 0, "a date alone is nothing to keep"
    qtbot.keyClicks(editor.body, "a morning last spring")
    editor.flush()
    [summary] = worker(shell, lambda repo: repo.page(EntryFilter(), after=None, limit=5))
    assert summary.created.replace(tzinfo=None) == datetime(2022, 3, 5, 7, 45)
    assert shown_when(editor) == (2022, 3, 5, 7, 45)


def test_the_date_field_reads_like_the_list_in_the_locales_order() -> None:
    us = when_format(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    assert us.startswith("ddd MMM d, yyyy ") and "h:mm" in us
    german = when_format(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    assert german == "ddd d MMM yyyy HH:mm"
    british = when_format(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    assert british == "ddd d MMM yyyy HH:mm"


def test_move_to_trash_waits_for_something_to_keep(qtbot: Any, make_shell: Any) -> None:
    shell = make_shell()
    page = unlock(qtbot, shell)
    page.list.setFocus()
    press(qtbot, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert page.right_stack.currentWidget() is page.editor
    assert not page.delete_button.isEnabled(), "nothing written yet"
    qtbot.keyClicks(page.editor.body, "a")
    assert page.delete_button.isEnabled()
    press(qtbot, Qt.Key.Key_Backspace)
    assert not page.delete_button.isEnabled(), "blank again before it was saved"
    qtbot.keyClicks(page.editor.title, "Kept")
    assert page.delete_button.isEnabled()
    page.save_now()
    # Stored now: even emptied, it is something to move to the trash.
    page.editor.title.clear()
    assert page.delete_button.isEnabled()
    page.delete_button.click()
    assert page.right_stack.currentWidget() is page.welcome
    assert not page.delete_button.isEnabled()

    page.new_entry()
    assert not page.delete_button.isEnabled()
    page.editor.therapy.click()  # a flag alone is kept too
    assert page.delete_button.isEnabled()


def test_an_empty_trash_says_so_calmly(qtbot: Any, make_shell: Any) -> None:
    fill_vault(1)
    shell = make_shell()
    page = unlock(qtbot, shell)
    page.show_trash()
    trash = page.trash
    assert trash.stack.currentWidget() is trash.empty
    assert trash.empty.isVisible()
    assert trash.empty.text().startswith("The trash is empty")
    assert not trash.restore.isVisible() and not trash.purge.isVisible(), "nothing to act on"

    page.trash.back.click()
    page.delete_entry(1)
    page.show_trash()
    assert trash.stack.currentWidget() is trash.list
    assert trash.restore.isVisible() and trash.purge.isVisible()
    trash.restore.click()
    assert trash.stack.currentWidget() is trash.empty
    assert not trash.restore.isVisible()


def test_the_editor_keeps_a_reading_width_centred_on_a_wide_window(
    qtbot: Any, make_shell: Any
) -> None:
    shell = make_shell()
    page = unlock(qtbot, shell)
    shell.window.resize(1900, 900)
    page.splitter.setSizes([300, 1500])
    page.new_entry()
    qtbot.waitUntil(lambda: page.editor.width() > 1000)
    editor = page.editor
    from ui.common.surfaces import reading_width

    body = editor.body
    bar = body.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, body)
    assert body.width() <= reading_width(body) + 2 * body.frameWidth() + bar + 40
    assert body.width() >= reading_width(body)
    # Centred in the editor, with the title and tags in the same column.
    left = body.mapTo(editor, body.rect().topLeft()).x()
    right = editor.width() - (left + body.width())
    assert left > 200 and abs(left - right) <= 12
    assert editor.title.mapTo(editor, editor.title.rect().topLeft()).x() == pytest.approx(
        left, abs=12
    )
    # The preview is in the same column.
    editor.tabs.setCurrentWidget(editor.preview)
    assert editor.preview.width() == pytest.approx(body.width(), abs=12)

    # A narrow window: the column takes the room there is.
    shell.window.resize(1000, 700)
    qtbot.waitUntil(lambda: editor.width() < 600)
    assert body.width() >= editor.width() - 12


def test_prompt_and_trash_banner_take_their_looks_from_roles(qtbot: Any, make_shell: Any) -> None:
    fill_vault(1)
    shell = make_shell()
    page = unlock(qtbot, shell)
    page.welcome.today_button.click()
    prompt = page.editor.prompt_label
    assert prompt.isVisible()
    assert prompt.styleSheet() == "" and prompt.property("role") == "prompt"

    page.delete_entry(1)
    page.show_trash()
    banner = page.trash_preview.banner
    assert banner.isVisible()
    assert banner.styleSheet() == "" and banner.property("tone") == "info"
    assert page.trash_preview.styleSheet() == ""


def test_the_date_picker_follows_the_entry_and_is_wiped_on_lock(
    qtbot: Any, make_shell: Any
) -> None:
    fill_vault(2)
    shell = make_shell()
    page = unlock(qtbot, shell)
    page.list.setCurrentIndex(page.model.index(0))
    assert shown_when(page.editor) == (2024, 1, 2, 9, 30)
    assert page.editor.state is SaveState.SAVED, "showing a date is not a change"
    page.list.setCurrentIndex(page.model.index(1))
    assert shown_when(page.editor) == (2024, 1, 1, 9, 30)
    editor = page.editor
    shell.window.lock()
    assert shown_when(editor)[0] == 1900, "the entry's date is not left in the window"
    editor.when.setDateTime(QDateTime(QDate(2020, 1, 1), QTime(1, 0), QTimeZone.utc()))
    assert not editor.autosave_timer.isActive(), "a dead page saves nothing"


def test_the_date_field_is_in_reach_of_the_keyboard_without_getting_in_the_way(
    qtbot: Any, make_shell: Any
) -> None:
    fill_vault(1)
    shell = make_shell()
    page = unlock(qtbot, shell)
    page.list.setCurrentIndex(page.model.index(0))
    editor = page.editor
    editor.body.setFocus()
    press(qtbot, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is editor.title, "from the words straight up to the title"
    press(qtbot, Qt.Key.Key_W, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is editor.when
    press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not editor.when, "Tab leaves the date field"
    editor.therapy.setFocus()
    press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is editor.when, "after the tags and the flag"
    assert editor.state is SaveState.SAVED, "moving through it changes nothing"
