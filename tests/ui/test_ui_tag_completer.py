"""Tag suggestions never take keystrokes meant for the next entry."""

from __future__ import annotations

from typing import Any

import pytest
from journal_helpers import fill_vault, unlock
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

pytestmark = pytest.mark.usefixtures("existing_vault")


def test_an_open_suggestion_list_closes_when_a_new_entry_starts(
    qtbot: Any, make_shell: Any
) -> None:
    fill_vault(1, tags=["evening"])
    shell = make_shell()
    page = unlock(qtbot, shell)
    page.list.setCurrentIndex(page.model.index(0))
    editor = page.editor
    editor.tags.setFocus()
    editor.tags.setText("")
    qtbot.keyClicks(editor.tags, "sleep, ev")
    popup = editor.tag_completer.popup()
    qtbot.waitUntil(popup.isVisible, timeout=3000)

    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert not popup.isVisible()
    qtbot.keyClicks(QApplication.focusWidget(), "Second")
    assert editor.body.toPlainText() == "Second"
    assert editor.tags.text() == ""
