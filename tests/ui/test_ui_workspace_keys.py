"""The workspace's own keys: Ctrl+1 … Ctrl+9 go to a section with the keyboard in its
page, and F6 moves between the sections list and the page (and back)."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from ui_fixtures import PASSPHRASE

pytestmark = pytest.mark.usefixtures("existing_vault")


def unlock(qtbot: Any, shell: Any) -> None:
    with qtbot.waitActive(shell.window):
        shell.window.activateWindow()
    qtbot.keyClicks(shell.window.unlock_screen.passphrase, PASSPHRASE)
    qtbot.mouseClick(shell.window.unlock_screen.unlock_button, Qt.MouseButton.LeftButton)
    assert shell.window.current_screen() == "workspace"


def focused() -> Any:
    return QApplication.focusWidget()


def test_ctrl_number_goes_to_that_section_with_the_keyboard_in_its_page(
    qtbot: Any, make_shell: Any
) -> None:
    shell = make_shell()
    unlock(qtbot, shell)
    workspace = shell.window.workspace
    for row, module_id in enumerate(workspace.module_ids[:9]):  # Ctrl+1 … Ctrl+9
        qtbot.keyClick(focused(), Qt.Key(Qt.Key.Key_1 + row), Qt.KeyboardModifier.ControlModifier)
        assert workspace.current_module() == module_id
        page = workspace.pages.currentWidget()
        widget = focused()
        assert widget is not None and page.isAncestorOf(widget), (
            f"Ctrl+{row + 1}: the keyboard is in {widget!r}, not on the {module_id} page"
        )
    # A place past the last section (Ctrl+9 with fewer sections) changes nothing.
    before = workspace.current_module()
    workspace.go_to_row(workspace.nav.count())
    assert workspace.current_module() == before


def test_f6_moves_between_the_sections_list_and_the_page(qtbot: Any, make_shell: Any) -> None:
    shell = make_shell()
    unlock(qtbot, shell)
    workspace = shell.window.workspace
    workspace.go_to_row(1)
    page = workspace.pages.currentWidget()
    assert page.isAncestorOf(focused())
    qtbot.keyClick(focused(), Qt.Key.Key_F6)
    assert focused() is workspace.nav
    qtbot.keyClick(workspace.nav, Qt.Key.Key_Down)  # the next section, by arrow
    assert workspace.current_module() == workspace.module_ids[2]
    qtbot.keyClick(workspace.nav, Qt.Key.Key_F6)
    assert workspace.pages.currentWidget().isAncestorOf(focused())


def test_the_section_keys_do_nothing_on_the_lock_screen(qtbot: Any, make_shell: Any) -> None:
    shell = make_shell()
    unlock(qtbot, shell)
    shell.window.lock()
    field = shell.window.unlock_screen.passphrase
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(field, Qt.Key.Key_F6)
    assert shell.window.current_screen() == "unlock" and focused() is field
