"""The journal editor's autosave (ui/common/autosave.py) where it is the journal's own: a
save that fails keeps the words and the date for the next try, and the answer to a
save of an entry left behind does not change what the entry shown next says."""

from __future__ import annotations

import threading
from datetime import datetime
from typing import Any

import pytest
from journal_helpers import fill_vault, unlock, worker
from PySide6.QtCore import QDate, QDateTime, QTime, QTimeZone
from PySide6.QtGui import QTextCursor

from ui.journal.editor import SaveState

pytestmark = pytest.mark.usefixtures("existing_vault")

REFUSE = (
    "CREATE TEMP TRIGGER refuse BEFORE UPDATE ON entries "
    "BEGIN SELECT RAISE(ABORT, 'the disk is full'); END"
)


def on_the_worker(qtbot: Any, shell: Any, sql: str) -> None:
    """Run ``sql`` on the vault's own connection (a TEMP trigger lives only there)."""
    done: list[object] = []
    shell.session.submit(lambda vault: vault.connection.execute(sql), done.append)
    qtbot.waitUntil(lambda: bool(done), timeout=5000)


def count(qtbot: Any, shell: Any) -> int:
    """The live entries in the vault, read by a job (threaded worker too)."""
    from app.journal.entries import EntryRepository

    box: list[int] = []
    shell.session.submit(lambda vault: EntryRepository(vault.connection).count(), box.append)
    qtbot.waitUntil(lambda: bool(box), timeout=5000)
    return box[0]


def test_a_failed_save_keeps_the_words_and_the_date_for_the_next_try(
    qtbot: Any, make_shell: Any
) -> None:
    fill_vault(2)  # Entry 0 and 1, on 1 and 2 January 2024
    shell = make_shell()
    page = unlock(qtbot, shell)
    page.list.setCurrentIndex(page.model.index(1))  # Entry 0
    editor = page.editor
    assert editor.current_id() == 1
    problems: list[str] = []
    editor.problem.connect(problems.append)
    on_the_worker(qtbot, shell, REFUSE)

    editor.when.setDateTime(QDateTime(QDate(2023, 12, 24), QTime(20, 15), QTimeZone.utc()))
    editor.body.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(editor.body, " and more")
    editor.flush()
    assert editor.state is SaveState.FAILED
    assert editor.state_label.text() == "Not saved yet"
    assert editor.has_unsaved_changes() and not editor.autosave_timer.isActive()
    assert len(problems) == 1
    assert problems[0].startswith("Your latest words couldn't be saved yet: ")
    assert "the disk is full" in problems[0]
    assert editor.body.toPlainText() == "Body of entry 0 and more", "the words stay"
    kept = worker(shell, lambda repo: repo.get(1))
    assert kept.body == "Body of entry 0"

    on_the_worker(qtbot, shell, "DROP TRIGGER refuse")
    editor.flush()  # Ctrl+S, or the next change: the same words and date, again
    assert editor.state is SaveState.SAVED and editor.state_label.text() == "Saved"
    assert not editor.has_unsaved_changes() and len(problems) == 1
    kept = worker(shell, lambda repo: repo.get(1))
    assert kept.body == "Body of entry 0 and more"
    assert kept.created.replace(tzinfo=None) == datetime(2023, 12, 24, 20, 15)


@pytest.mark.parametrize("fails", [False, True], ids=["stored", "failed"])
def test_the_answer_for_an_entry_left_behind_leaves_the_new_one_alone(
    qtbot: Any, make_shell: Any, fails: bool
) -> None:
    fill_vault(1)
    shell = make_shell(synchronous=False)
    page = unlock(qtbot, shell)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5000)
    page.list.setCurrentIndex(page.model.index(0))
    editor = page.editor
    qtbot.waitUntil(lambda: editor.current_id() == 1, timeout=5000)
    if fails:
        on_the_worker(qtbot, shell, REFUSE)
    problems: list[str] = []
    editor.problem.connect(problems.append)
    saved: list[object] = []
    editor.saved.connect(lambda _handle, stored: saved.append(stored))

    # The worker is busy, so the save of Entry 0 answers after a new entry is shown.
    gate = threading.Event()
    shell.session.submit(lambda _vault: gate.wait(10))
    editor.body.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(editor.body, " and more")
    editor.flush()
    assert editor.state is SaveState.SAVING
    page.new_entry()
    assert editor.current_id() is None and editor.state is SaveState.NEW
    states: list[SaveState] = []
    editor.state_changed.connect(states.append)
    gate.set()
    qtbot.waitUntil(lambda: bool(problems if fails else saved), timeout=10_000)

    assert states == [], "the new entry's state is its own"
    assert editor.state is SaveState.NEW
    assert editor.state_label.text() == "Not saved yet: start writing"
    assert not editor.has_unsaved_changes() and not editor.autosave_timer.isActive()
    editor.flush()
    assert count(qtbot, shell) == 1, "nothing to keep in the new one"
