"""A first run says "Welcome" (never "Welcome back"), and what it suggests exists."""

from __future__ import annotations

from typing import Any

import pytest
from journal_helpers import unlock_window
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from ui_fixtures import PASSPHRASE


def create_journal(qtbot: Any, window: Any) -> None:
    setup = window.setup_screen
    qtbot.keyClicks(setup.passphrase, PASSPHRASE)
    qtbot.keyClicks(setup.confirm, PASSPHRASE)
    qtbot.mouseClick(setup.create_button, Qt.MouseButton.LeftButton)
    assert setup.pages.currentIndex() == 1


def finish_setup(qtbot: Any, window: Any) -> None:
    create_journal(qtbot, window)
    setup = window.setup_screen
    setup.stored_check.setChecked(True)
    qtbot.mouseClick(setup.continue_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(setup.finish_button, Qt.MouseButton.LeftButton)
    assert window.current_screen() == "workspace"


def test_set_up_says_welcome_and_nothing_says_welcome_back(qtbot: Any, make_shell: Any) -> None:
    window = make_shell().window
    assert window.current_screen() == "setup"
    words = " ".join(label.text() for label in window.setup_screen.findChildren(QLabel))
    assert "Welcome" in words
    assert "Welcome back" not in words


def test_the_first_workspace_welcomes_and_points_at_what_is_there(
    qtbot: Any, make_shell: Any
) -> None:
    window = make_shell().window
    finish_setup(qtbot, window)
    workspace = window.workspace
    banner = workspace.banner
    assert banner.isVisible()
    text = banner.text()
    assert text.startswith("Welcome.") and "Welcome back" not in text
    # Every place it names exists: Today's check-in (shown below it), Journal, F1.
    assert workspace.current_module() == "today"
    today = workspace.pages.currentWidget()
    assert "check-in" in text and today.checkin_button.isVisible()
    assert today.checkin_card.title.text() == "Today's check-in"
    assert "Journal" in text and "journal" in workspace.module_ids
    assert "F1" in text
    qtbot.keyClick(workspace.nav, Qt.Key.Key_F1)
    assert window.help_dialog is not None and window.help_dialog.isVisible()
    window.help_dialog.reject()
    # It speaks of the Today page, so it goes when another page shows.
    assert workspace.show_module("journal")
    assert not banner.isVisible()
    assert workspace.show_module("today")
    assert not banner.isVisible()


def test_a_lock_during_set_up_says_welcome_not_welcome_back(qtbot: Any, make_shell: Any) -> None:
    shell = make_shell()
    window = shell.window
    create_journal(qtbot, window)
    window.lock()  # Ctrl+L or the idle lock while the recovery code shows
    assert window.current_screen() == "unlock"
    assert window.unlock_screen.title.text() == "Welcome"

    # Once the person has been in, a later lock says "Welcome back".
    unlock_window(qtbot, shell)
    window.lock()
    assert window.unlock_screen.title.text() == "Welcome back"


@pytest.mark.usefixtures("existing_vault")
def test_a_later_start_says_welcome_back(qtbot: Any, make_shell: Any) -> None:
    shell = make_shell()
    window = shell.window
    assert window.unlock_screen.title.text() == "Welcome back"
    unlock_window(qtbot, shell)
    assert not window.workspace.banner.isVisible(), "the first-run welcome shows only once"
