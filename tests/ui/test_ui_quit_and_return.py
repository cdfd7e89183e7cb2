"""Quit (Ctrl+Q, Cmd+Q on macOS) saves and exits from anywhere; unlocking goes back to
the page that was shown at the lock (remembered in memory, never in the settings)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from journal_helpers import unlock as unlock_journal
from journal_helpers import unlock_window
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from ui_fixtures import PASSPHRASE

pytestmark = pytest.mark.usefixtures("existing_vault")

SENTENCE = "typed a moment before quitting, and kept"


def press_quit(qtbot: Any, widget: Any) -> None:
    qtbot.keyClick(widget, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)


def stored_bodies(data_dir: Path) -> list[str]:
    from app.journal.entries import EntryRepository
    from app.journal.model import EntryFilter
    from app.vault.vault import Vault

    vault = Vault.unlock(data_dir, PASSPHRASE)
    try:
        repo = EntryRepository(vault.connection)
        return [repo.get(s.id).body for s in repo.page(EntryFilter(), after=None, limit=10)]
    finally:
        vault.close()


# ----- quit -------------------------------------------------------------------------------


def test_ctrl_q_saves_what_was_just_typed_then_quits(
    qtbot: Any, make_shell: Any, data_dir: Path
) -> None:
    quits: list[bool] = []
    # The real worker thread: the save is queued behind whatever else is running.
    shell = make_shell(synchronous=False, quit_app=lambda: quits.append(True))
    page = unlock_journal(qtbot, shell)
    page.new_entry()
    qtbot.keyClicks(page.editor.body, SENTENCE)
    press_quit(qtbot, page.editor.body)  # at once: no time for the autosave

    assert quits == [True], "Ctrl+Q ends the program"
    assert not shell.session.is_unlocked(), "the vault is closed before the exit"
    assert page.editor.body.toPlainText() == "", "nothing is left on screen"
    assert shell.tasks.wait_idle(10_000)
    shell.tasks.shutdown()  # what run_gui does once the event loop has ended
    assert stored_bodies(data_dir) == [SENTENCE]


def test_ctrl_q_quits_from_the_lock_screen(qtbot: Any, make_shell: Any) -> None:
    quits: list[bool] = []
    window = make_shell(quit_app=lambda: quits.append(True)).window
    assert window.current_screen() == "unlock"
    press_quit(qtbot, window.unlock_screen.passphrase)
    assert quits == [True]


def test_ctrl_q_quits_from_inside_an_open_dialog(qtbot: Any, make_shell: Any) -> None:
    quits: list[bool] = []
    shell = make_shell(quit_app=lambda: quits.append(True))
    window = shell.window
    unlock_window(qtbot, shell)
    window.open_settings()
    dialog = window.settings_dialog
    assert dialog is not None and dialog.isVisible()
    press_quit(qtbot, dialog.discreet)
    assert quits == [True]
    assert window.settings_dialog is None, "dialogs are closed on the way out"
    assert not shell.session.is_unlocked()


def test_a_held_ctrl_q_quits_once(qtbot: Any, make_shell: Any) -> None:
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QKeyEvent

    quits: list[bool] = []
    window = make_shell(quit_app=lambda: quits.append(True)).window
    target = window.unlock_screen.passphrase
    for repeat in (False, True, True):
        event = QKeyEvent(
            QEvent.Type.KeyPress, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier, "", repeat
        )
        QApplication.sendEvent(target, event)
    assert quits == [True]


# ----- back to the same page --------------------------------------------------------------


def test_the_first_unlock_shows_today(qtbot: Any, make_shell: Any) -> None:
    shell = make_shell()
    unlock_window(qtbot, shell)
    assert shell.window.workspace.current_module() == "today"


def test_unlocking_returns_to_the_page_shown_at_the_lock(
    qtbot: Any, make_shell: Any, config_dir: Path
) -> None:
    shell = make_shell()
    window = shell.window
    unlock_window(qtbot, shell)
    assert window.workspace.show_module("checkins")
    qtbot.keyClick(window.workspace.nav, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.current_screen() == "unlock"

    unlock_window(qtbot, shell)
    workspace = window.workspace
    assert workspace.current_module() == "checkins"
    assert workspace.pages.currentIndex() == workspace.module_ids.index("checkins")
    assert workspace.nav.currentItem().text() == "Check-ins"

    # Lock and hide, then idle lock: the same.
    assert workspace.show_module("sessions")
    window.quick_hide()
    window.bring_to_front()
    unlock_window(qtbot, shell)
    assert window.workspace.current_module() == "sessions"

    # Remembered in memory only: the settings file never names a page.
    text = shell.settings.path.read_text() if shell.settings.path.exists() else ""
    for module_id in window.workspace.module_ids:
        assert module_id not in text


def test_a_new_start_begins_on_today(qtbot: Any, make_shell: Any) -> None:
    first = make_shell()
    unlock_window(qtbot, first)
    assert first.window.workspace.show_module("journal")
    first.window.close()
    first.tasks.shutdown()

    second = make_shell()
    unlock_window(qtbot, second)
    assert second.window.workspace.current_module() == "today"


def test_the_focus_is_in_the_window_after_returning(qtbot: Any, make_shell: Any) -> None:
    shell = make_shell()
    window = shell.window
    unlock_window(qtbot, shell)
    assert window.workspace.show_module("journal")
    window.lock()
    unlock_window(qtbot, shell)
    with qtbot.waitActive(window):
        window.activateWindow()
    focus = QApplication.focusWidget()
    assert focus is not None and window.isAncestorOf(focus)
