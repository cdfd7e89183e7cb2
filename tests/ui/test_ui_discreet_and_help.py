"""Discreet mode (neutral name and icon) and the "Get help now" dialog."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from ui_fixtures import PASSPHRASE

from app import settings as schema
from app.content.crisis_lines import lines_for
from ui.shell.settings_store import SettingsStore


def unlock(qtbot: Any, window: Any) -> None:
    qtbot.keyClicks(window.unlock_screen.passphrase, PASSPHRASE)
    qtbot.mouseClick(window.unlock_screen.unlock_button, Qt.MouseButton.LeftButton)


def visible_titles() -> list[str]:
    return [w.windowTitle() for w in QApplication.topLevelWidgets() if w.isVisible()]


@pytest.mark.usefixtures("existing_vault")
def test_normal_title_is_mooring_and_never_shows_content(qtbot: Any, make_shell: Any) -> None:
    window = make_shell().window
    assert window.windowTitle() == "Mooring"
    unlock(qtbot, window)
    assert window.windowTitle() == "Mooring"


@pytest.mark.usefixtures("existing_vault")
def test_discreet_mode_uses_a_neutral_name_icon_and_hides_help_when_locked(
    qtbot: Any, make_shell: Any, config_dir: Path
) -> None:
    SettingsStore(config_dir).set("discreet_mode", True)
    shell = make_shell()
    window = shell.window
    assert window.windowTitle() == "Notes"
    assert "Mooring" not in window.unlock_screen.title.text()
    assert "journal" not in window.unlock_screen.intro.text()
    assert not window.help_action.isVisible()
    assert not window.toolbar.isVisible()

    # No help button for someone looking on, but F1 still opens help, under a plain
    # title: getting help never needs the passphrase.
    qtbot.keyClick(window.unlock_screen.passphrase, Qt.Key.Key_F1)
    assert window.help_dialog is not None and window.help_dialog.isVisible()
    assert window.help_dialog.windowTitle() == "Help"
    window.help_dialog.reject()

    unlock(qtbot, window)
    assert window.windowTitle() == "Notes"
    assert window.help_action.isVisible(), "help is still one click away once unlocked"
    assert all("Mooring" not in title for title in visible_titles())


@pytest.mark.usefixtures("existing_vault")
def test_turning_discreet_mode_on_changes_title_and_icon_at_once(
    qtbot: Any, make_shell: Any
) -> None:
    shell = make_shell()
    window = shell.window
    unlock(qtbot, window)
    normal_icon = window.windowIcon().cacheKey()
    window.open_settings()
    assert window.settings_dialog is not None
    window.settings_dialog.discreet.setChecked(True)
    assert window.windowTitle() == "Notes"
    assert window.windowIcon().cacheKey() != normal_icon
    assert shell.settings.discreet_mode()


@pytest.mark.usefixtures("existing_vault")
def test_help_opens_from_the_lock_screen_with_f1(qtbot: Any, make_shell: Any) -> None:
    window = make_shell().window
    assert window.help_action.isVisible()
    qtbot.keyClick(window.unlock_screen.passphrase, Qt.Key.Key_F1)
    assert window.help_dialog is not None and window.help_dialog.isVisible()
    assert window.current_screen() == "unlock"


def test_help_opens_from_setup_with_ctrl_shift_h(qtbot: Any, make_shell: Any) -> None:
    window = make_shell().window
    assert window.current_screen() == "setup"
    qtbot.keyClick(
        window.setup_screen.passphrase,
        Qt.Key.Key_H,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert window.help_dialog is not None and window.help_dialog.isVisible()


@pytest.mark.usefixtures("existing_vault")
def test_help_dialog_puts_the_emergency_number_first_then_the_lines(
    qtbot: Any, make_shell: Any
) -> None:
    window = make_shell().window
    window.settings.set(schema.HELP_REGION, "us")
    unlock(qtbot, window)
    window.help_action.trigger()
    dialog = window.help_dialog
    assert dialog is not None and dialog.isVisible()
    text = dialog.visible_text()
    emergency = text.find("call your local emergency number")
    assert emergency >= 0
    lines = lines_for("US")
    assert lines[0].id == "us-988-lifeline"
    for line in lines:
        assert line.contact in text
        assert line.name in text
        assert text.find(line.name) > emergency
    assert "Ctrl+Shift+L" in text, "the quick-hide shortcut is documented in help"


@pytest.mark.usefixtures("existing_vault")
def test_help_still_shows_the_emergency_advice_when_the_lines_fail_to_load(
    qtbot: Any, make_shell: Any
) -> None:
    def broken() -> list[Any]:
        raise OSError("missing file")

    window = make_shell(crisis_lines=broken).window
    window.open_help()
    assert window.help_dialog is not None
    text = window.help_dialog.visible_text()
    assert "call your local emergency number" in text
    assert "couldn't be shown" in text
