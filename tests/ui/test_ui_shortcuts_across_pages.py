"""Pages built side by side share the window: a key one page binds (Ctrl+N is "new
entry" in the journal and "new session" in sessions) acts on the page shown only."""

from __future__ import annotations

from typing import Any

import pytest
from journal_helpers import unlock
from PySide6.QtCore import Qt

pytestmark = pytest.mark.usefixtures("existing_vault")


def test_ctrl_n_acts_on_the_page_shown(qtbot: Any, make_shell: Any) -> None:
    shell = make_shell()
    journal = unlock(qtbot, shell)
    workspace = shell.window.workspace
    assert workspace.show_module("sessions")
    sessions = workspace.pages.currentWidget()
    qtbot.waitUntil(lambda: not sessions.editor_is_open() and sessions.isVisible())

    qtbot.keyClick(shell.window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(sessions.editor_is_open)
    assert journal.editor.current_id() is None and not journal.editor.isVisible()

    sessions.editor.close_action.trigger()
    qtbot.waitUntil(lambda: not sessions.editor_is_open())
    assert workspace.show_module("journal")
    qtbot.keyClick(shell.window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: journal.editor.isVisible())
    assert not sessions.editor_is_open()
