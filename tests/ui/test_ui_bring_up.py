""" "Bring up next time" from the journal and from a check-in: the dialog suggests words,
the topic is stored with where it came from, and cancelling stores nothing."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from journal_helpers import unlock
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from ui.common.bring_up import BringUpDialog

pytestmark = pytest.mark.usefixtures("existing_vault")


def _topics(shell: Any) -> list[tuple[str, str, str]]:
    rows: list[Any] = []
    shell.session.submit(
        lambda vault: vault.connection.execute(
            "SELECT text, source_kind, source_ref FROM session_topics ORDER BY id"
        ).fetchall(),
        rows.append,
    )
    return [tuple(row) for row in rows[0]]


def _answer_dialog(qtbot: Any, act: Callable[[BringUpDialog], None]) -> list[str]:
    """When the dialog opens, note its suggested words, then ``act`` on it."""
    seen: list[str] = []

    def when_open() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, BringUpDialog):
            QTimer.singleShot(20, when_open)
            return
        seen.append(dialog.field.text())
        act(dialog)

    QTimer.singleShot(0, when_open)
    return seen


def test_an_entry_goes_on_the_list_with_its_title(qtbot: Any, make_shell: Any) -> None:
    shell = make_shell()
    page = unlock(qtbot, shell)
    assert not page.bring_up_button.isEnabled(), "nothing open yet"
    page.new_entry()
    qtbot.keyClicks(page.editor.title, "The argument about money")
    qtbot.keyClicks(page.editor.body, "We both raised our voices.")
    page.editor.flush()
    qtbot.waitUntil(lambda: page.editor.current_id() is not None)
    entry_id = page.editor.current_id()
    assert page.bring_up_button.isEnabled()

    seen = _answer_dialog(qtbot, lambda dialog: dialog.add_button.click())
    page.bring_up_current()
    assert seen == ["The argument about money"]
    assert _topics(shell) == [("The argument about money", "entry", str(entry_id))]
    assert "next time" in page.notice.text()


def test_selected_words_are_suggested_and_can_be_changed(qtbot: Any, make_shell: Any) -> None:
    shell = make_shell()
    page = unlock(qtbot, shell)
    page.new_entry()
    qtbot.keyClicks(page.editor.body, "Tired. I felt left out at dinner again.")
    cursor = page.editor.body.textCursor()
    cursor.setPosition(7)
    cursor.setPosition(len("Tired. I felt left out"), cursor.MoveMode.KeepAnchor)
    page.editor.body.setTextCursor(cursor)

    def change(dialog: BringUpDialog) -> None:
        dialog.field.setText("Feeling left out at family dinners")
        dialog.add_button.click()

    seen = _answer_dialog(qtbot, change)
    page.bring_up_current()
    assert seen == ["I felt left out"]
    assert [t[0] for t in _topics(shell)] == ["Feeling left out at family dinners"]


def test_empty_words_are_asked_for_and_cancel_stores_nothing(qtbot: Any, make_shell: Any) -> None:
    shell = make_shell()
    page = unlock(qtbot, shell)
    page.new_entry()
    problems: list[str] = []

    def empty_then_cancel(dialog: BringUpDialog) -> None:
        dialog.field.clear()
        dialog.add_button.click()
        problems.append(dialog.problem.text() if dialog.isVisible() else "")
        dialog.reject()

    _answer_dialog(qtbot, empty_then_cancel)
    page.bring_up_current()
    assert problems and problems[0], "still open, asking for a few words"
    assert _topics(shell) == []


def test_a_check_in_note_goes_on_the_list_with_its_day(qtbot: Any, make_shell: Any) -> None:
    shell = make_shell()
    unlock(qtbot, shell)
    workspace = shell.window.workspace
    assert workspace.show_module("checkins")
    page = workspace.pages.currentWidget()
    qtbot.waitUntil(lambda: page.form.isEnabled())
    qtbot.keyClicks(page.form.note, "Cravings after work")
    seen = _answer_dialog(qtbot, lambda dialog: dialog.add_button.click())
    page.bring_up()
    assert seen == ["Cravings after work"]
    assert _topics(shell) == [
        ("Cravings after work", "checkin", page.date_edit.date().toString("yyyy-MM-dd"))
    ]
