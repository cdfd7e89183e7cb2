"""Journal page: the lazily fetched list, filters, calendar, delete, trash and restore."""

from __future__ import annotations

import os
from datetime import date, datetime, timedelta
from typing import Any

import pytest
from journal_helpers import OFFSET, fill_vault, titles, unlock, unlock_window, worker
from PySide6.QtCore import QDate, Qt
from ui_fixtures import PASSPHRASE

from ui.journal.entry_list import FIRST_PAGE_SIZE, PAGE_SIZE, EntryListModel, IdRole

pytestmark = pytest.mark.usefixtures("existing_vault")


def test_the_list_has_a_row_for_every_entry_and_reads_rows_as_shown(
    qtbot: Any, make_shell: Any
) -> None:
    total = FIRST_PAGE_SIZE + PAGE_SIZE + 50
    fill_vault(total)
    shell = make_shell()
    page = unlock(qtbot, shell)
    model = page.model
    # Every entry has its row from the start: the scroll bar stands for the whole journal.
    assert model.rowCount() == total
    assert page.count_label.text() == f"{total} entries"
    # Newest first, dates in the offset they were written with.
    assert model.index(0).data() == f"Entry {total - 1}"
    assert "09:30" in model.index(0).data(Qt.ItemDataRole.AccessibleTextRole)

    # The oldest row's entry is known before its words are read; they come when shown.
    assert model.index(total - 1).data(IdRole) == 1
    assert not model.is_row_loaded(total - 1)
    page.list.scrollToBottom()
    qtbot.waitUntil(lambda: model.index(total - 1).data() == "Entry 0", timeout=2000)
    ids = [model.index(r).data(IdRole) for r in range(model.rowCount())]
    assert len(set(ids)) == len(ids) == total, "no entry twice"
    # Every row is found by its id (the open entry's row after each autosave).
    assert [model.row_of(entry_id) for entry_id in ids] == list(range(total))
    assert model.row_of(10_000) == -1


def test_the_first_rows_come_before_the_count(qtbot: Any, make_shell: Any) -> None:
    from app.journal.model import EntryFilter

    fill_vault(120)
    shell = make_shell(synchronous=False)
    unlock_window(qtbot, shell)

    model = EntryListModel(shell.session, page_size=100, first_page_size=30)
    seen: list[tuple[str, int, int | None]] = []
    model.loaded.connect(lambda: seen.append(("rows", model.rowCount(), model.total)))
    model.total_changed.connect(lambda n: seen.append(("count", model.rowCount(), n)))
    model.reload(EntryFilter())
    qtbot.waitUntil(lambda: len(seen) == 2, timeout=10_000)
    assert seen == [("rows", 30, None), ("count", 120, 120)]
    assert not model.is_loading()
    assert model.index(119).data() == "", "not read until shown"
    qtbot.waitUntil(lambda: model.index(119).data() == "Entry 0", timeout=10_000)


def test_model_pages_arrive_on_a_threaded_worker_and_stale_pages_are_dropped(
    qtbot: Any, make_shell: Any
) -> None:
    from app.journal.model import EntryFilter

    fill_vault(3000)
    shell = make_shell(synchronous=False)
    unlock_window(qtbot, shell)

    model = EntryListModel(shell.session, page_size=500, first_page_size=500, cached_pages=3)
    model.reload(EntryFilter(tag="nothing-has-this"))
    model.reload(EntryFilter())  # the first reload's answer must not land
    assert model.rowCount() == 0 and model.is_loading()
    qtbot.waitUntil(lambda: model.total == 3000, timeout=10_000)
    assert model.rowCount() == 3000
    # Reading every row keeps only the last few pages' rows.
    for row in range(0, 3000, 250):
        qtbot.waitUntil(lambda row=row: model.index(row).data() == f"Entry {2999 - row}")
        assert model.cached_rows() <= 3 * 500
    assert model.pages_fetched == 6
    model.clear()
    assert model.rowCount() == 0


def test_filters_narrow_the_list(qtbot: Any, make_shell: Any) -> None:
    fill_vault(5)
    shell = make_shell()
    page = unlock(qtbot, shell)
    worker(shell, lambda repo: repo.set_tags(2, ["sleep"]))
    worker(shell, lambda repo: repo.set_therapy_flag(4, True))
    page._refresh_overview()

    filters = page.filters
    filters.tag.setCurrentIndex(filters.tag.findData("sleep"))
    assert titles(page.model) == ["Entry 1"]
    assert page.count_label.text() == "1 entry matches"
    filters.reset()
    filters.therapy_only.setChecked(True)
    assert titles(page.model) == ["Entry 3"]
    filters.reset()
    assert len(titles(page.model)) == 5

    filters.use_dates.setChecked(True)
    filters.start.setDate(QDate(2024, 1, 2))
    filters.end.setDate(QDate(2024, 1, 3))
    assert titles(page.model) == ["Entry 2", "Entry 1"]
    assert filters.show_all.isEnabled()
    filters.show_all.click()
    assert len(titles(page.model)) == 5

    filters.tag.setCurrentIndex(filters.tag.findData("sleep"))
    filters.therapy_only.setChecked(True)
    assert titles(page.model) == []
    assert page.entries_stack.currentWidget() is page.list_empty
    assert "No entries match" in page.list_empty.text()


def test_calendar_marks_days_with_entries_and_a_click_shows_that_day(
    qtbot: Any, make_shell: Any
) -> None:
    fill_vault(3)  # 1, 2 and 3 January 2024
    shell = make_shell()
    page = unlock(qtbot, shell)
    calendar = page.filters.calendar
    calendar.setCurrentPage(2024, 1)
    marked = [
        day
        for day in range(1, 32)
        if calendar.dateTextFormat(QDate(2024, 1, day)).fontWeight() > 400
    ]
    assert marked == [1, 2, 3]
    calendar.setCurrentPage(2024, 2)
    assert calendar.dateTextFormat(QDate(2024, 1, 2)).fontWeight() <= 400, "old marks cleared"

    page.filters.show_day(QDate(2024, 1, 2))
    assert titles(page.model) == ["Entry 1"]
    assert page.filters.current_filter().start == date(2024, 1, 2)


def test_an_empty_journal_says_so_warmly(qtbot: Any, make_shell: Any) -> None:
    shell = make_shell()
    page = unlock(qtbot, shell)
    assert page.entries_stack.currentWidget() is page.list_empty
    assert page.list_empty.text().startswith("Nothing here yet")
    assert page.right_stack.currentWidget() is page.welcome
    assert "Nothing written yet" in page.welcome.message.text()
    assert page.welcome.prompt.text(), "a prompt of the day is offered"
    page.welcome.today_button.click()
    assert page.right_stack.currentWidget() is page.editor
    assert page.editor.prompt_label.text() == page.welcome.prompt.text()


def test_delete_moves_to_trash_undo_and_restore_bring_it_back(qtbot: Any, make_shell: Any) -> None:
    fill_vault(3)
    shell = make_shell()
    page = unlock(qtbot, shell)
    page.list.setCurrentIndex(page.model.index(0))
    assert page.editor.title.text() == "Entry 2"

    page.delete_button.click()
    assert titles(page.model) == ["Entry 1", "Entry 0"]
    assert page.right_stack.currentWidget() is page.welcome
    assert "trash" in page.notice.text()
    assert [s.title for s in worker(shell, lambda repo: repo.trash())] == ["Entry 2"]

    # Undo in the message brings it back, open.
    page.notice.action_button.click()
    assert titles(page.model) == ["Entry 2", "Entry 1", "Entry 0"]
    assert page.editor.title.text() == "Entry 2"

    # Delete from the list with the Delete key, then restore from the trash view.
    page.list.setFocus()
    page.list.setCurrentIndex(page.model.index(1))
    qtbot.keyClick(page.list, Qt.Key.Key_Delete)
    assert titles(page.model) == ["Entry 2", "Entry 0"]
    page.trash_button.click()
    assert page.left_stack.currentWidget() is page.trash
    assert page.trash.model.rowCount() == 1
    assert page.trash.model.index(0).data() == "Entry 1"
    page.trash.restore.click()
    assert page.trash.model.rowCount() == 0
    assert page.trash.stack.currentWidget() is page.trash.empty
    assert titles(page.model) == ["Entry 2", "Entry 1", "Entry 0"]


def test_delete_forever_asks_first(qtbot: Any, make_shell: Any) -> None:
    fill_vault(2)
    shell = make_shell()
    page = unlock(qtbot, shell)
    worker(shell, lambda repo: repo.delete(1))
    page.show_trash()
    assert page.trash.model.rowCount() == 1

    page.confirm_purge = lambda: False
    page.trash.purge.click()
    assert page.trash.model.rowCount() == 1, "kept when the person says no"

    page.confirm_purge = lambda: True
    page.trash.purge.click()
    assert page.trash.model.rowCount() == 0
    from app.journal.errors import EntryNotFound

    def gone(repo: Any) -> bool:
        try:
            repo.get(1)
        except EntryNotFound:
            return True
        return False

    assert worker(shell, gone)
    page.trash.back.click()
    assert page.left_stack.currentIndex() == 0


def test_old_trash_is_emptied_after_unlock(qtbot: Any, make_shell: Any) -> None:
    from app.journal.entries import EntryRepository
    from app.vault.vault import Vault

    vault = Vault.unlock(os.environ["MOORING_DATA_DIR"], PASSPHRASE)
    try:
        old = datetime.now(OFFSET) - timedelta(days=40)
        repo = EntryRepository(vault.connection, clock=lambda: old)
        entry = repo.create(title="long ago", body="gone soon")
        repo.delete(entry.id)
        recent = EntryRepository(vault.connection).create(title="recent")
        EntryRepository(vault.connection).delete(recent.id)
    finally:
        vault.close()
    shell = make_shell()
    unlock(qtbot, shell)
    assert [s.title for s in worker(shell, lambda repo: repo.trash())] == ["recent"]


def test_list_rows_are_named_for_screen_readers(qtbot: Any, make_shell: Any) -> None:
    fill_vault(1, tags=("walks",), bring_to_therapy=True)
    shell = make_shell()
    page = unlock(qtbot, shell)
    text = page.model.index(0).data(Qt.ItemDataRole.AccessibleTextRole)
    assert text.startswith("Entry 0, ") and "tags: walks" in text and "therapy" in text
