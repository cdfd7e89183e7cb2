"""Journal page: an entry in the trash is shown read-only, and can be restored from there."""

from __future__ import annotations

from typing import Any

import pytest
from journal_helpers import fill_vault, titles, unlock, worker

pytestmark = pytest.mark.usefixtures("existing_vault")


def test_selecting_a_trash_entry_shows_it_read_only(qtbot: Any, make_shell: Any) -> None:
    fill_vault(3)
    shell = make_shell()
    page = unlock(qtbot, shell)
    worker(
        shell, lambda repo: repo.save(2, title="Entry 1", body="**Bold** words <script>x</script>")
    )
    worker(shell, lambda repo: repo.delete(2))
    worker(shell, lambda repo: repo.delete(3))

    page.list.setCurrentIndex(page.model.index(0))  # an entry open in the editor first
    assert page.right_stack.currentWidget() is page.editor
    page.trash_button.click()
    preview = page.trash_preview
    # The newest deletion is selected and shown, with the day it goes for good.
    assert page.right_stack.currentWidget() is preview
    assert preview.title.text() == "Entry 2"
    assert "deleted for good on" in preview.banner.text()
    assert not page.delete_button.isEnabled()
    assert page.editor.current_id() is None, "the editor let go of its entry"

    page.trash.list.setCurrentIndex(page.trash.model.index(1))
    assert preview.title.text() == "Entry 1"
    assert preview.view.isReadOnly()
    assert preview.view.toPlainText().startswith("Bold words")  # rendered, not raw
    assert "<script>" in preview.view.toPlainText(), "HTML shows as text, never runs"

    # Restore from the preview: back in the journal, open to edit.
    preview.restore.click()
    assert page.left_stack.currentIndex() == 0
    assert titles(page.model) == ["Entry 1", "Entry 0"]
    assert page.right_stack.currentWidget() is page.editor
    assert page.editor.current_id() == 2
    assert preview.view.toPlainText() == "" and preview.title.text() == ""


def test_the_preview_follows_restore_and_purge_and_clears_on_leaving(
    qtbot: Any, make_shell: Any
) -> None:
    fill_vault(2)
    shell = make_shell()
    page = unlock(qtbot, shell)
    worker(shell, lambda repo: repo.delete(1))
    worker(shell, lambda repo: repo.delete(2))
    page.show_trash()
    assert page.trash_preview.title.text() == "Entry 1"

    page.trash.restore.click()  # the list's Restore keeps you in the trash
    assert page.left_stack.currentWidget() is page.trash
    assert page.trash_preview.title.text() == "Entry 0"

    page.confirm_purge = lambda: True
    page.trash.purge.click()
    assert page.trash.stack.currentWidget() is page.trash.empty
    assert page.right_stack.currentWidget() is page.welcome
    assert page.trash_preview.view.toPlainText() == ""

    worker(shell, lambda repo: repo.delete(2))
    page.show_trash()
    assert page.right_stack.currentWidget() is page.trash_preview
    page.trash.back.click()
    assert page.right_stack.currentWidget() is page.welcome
    assert page.trash_preview.view.toPlainText() == ""


def test_lock_forgets_the_preview(qtbot: Any, make_shell: Any) -> None:
    fill_vault(1)
    shell = make_shell()
    page = unlock(qtbot, shell)
    worker(shell, lambda repo: repo.delete(1))
    page.show_trash()
    preview = page.trash_preview
    assert preview.view.toPlainText() == "Body of entry 0"
    shell.window.lock()
    assert preview.view.toPlainText() == "" and preview.title.text() == ""


def test_deleting_an_entry_still_on_its_way_to_the_editor_keeps_it_out(
    qtbot: Any, make_shell: Any
) -> None:
    from PySide6.QtCore import Qt

    fill_vault(3)
    shell = make_shell(synchronous=False)  # the real worker thread: opening takes a moment
    page = unlock(qtbot, shell)
    qtbot.waitUntil(lambda: page.model.rowCount() == 3, timeout=5000)
    page.list.setFocus()
    page.list.setCurrentIndex(page.model.index(0))  # asks the worker for the entry...
    qtbot.keyClick(page.list, Qt.Key.Key_Delete)  # ...and deletes it before it arrives
    qtbot.waitUntil(lambda: "trash" in page.notice.text(), timeout=5000)
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=5000)
    qtbot.wait(100)  # time for a late answer to the open to (wrongly) land
    assert page.editor.current_id() != 3
    assert page.right_stack.currentWidget() is not page.editor or page.editor.current_id() is None
