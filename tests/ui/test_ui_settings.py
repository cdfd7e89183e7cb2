"""Settings: stored in an INI file (only the known, non-sensitive keys), applied at once."""

from __future__ import annotations

import configparser
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from ui_fixtures import PASSPHRASE

from app import settings as schema
from ui.shell.settings_store import FILE_NAME, SettingsStore

pytestmark = pytest.mark.usefixtures("existing_vault")


def open_settings(qtbot: Any, make_shell: Any) -> Any:
    shell = make_shell()
    window = shell.window
    qtbot.keyClicks(window.unlock_screen.passphrase, PASSPHRASE)
    qtbot.mouseClick(window.unlock_screen.unlock_button, Qt.MouseButton.LeftButton)
    assert window.workspace is not None
    qtbot.keyClick(window.workspace.nav, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    assert window.settings_dialog is not None and window.settings_dialog.isVisible()
    return shell


def test_settings_are_saved_and_read_back(qtbot: Any, make_shell: Any, config_dir: Path) -> None:
    shell = open_settings(qtbot, make_shell)
    dialog = shell.window.settings_dialog
    dialog.idle_minutes.setValue(12)
    dialog.discreet.setChecked(True)
    dialog.appearance.setCurrentIndex(dialog.appearance.findData("dark"))

    again = SettingsStore(config_dir)
    assert again.idle_timeout_minutes() == 12
    assert again.discreet_mode() is True
    assert again.appearance() == "dark"
    assert again.remember_on_device() is False

    ini = configparser.ConfigParser()
    ini.read(config_dir / FILE_NAME)
    stored = {key for section in ini.sections() for key in ini[section]}
    stored |= set(ini.defaults())
    allowed = set(schema.KEYS) | {schema.VERSION_KEY}
    assert stored <= allowed, f"unexpected keys in the settings file: {stored - allowed}"
    raw = (config_dir / FILE_NAME).read_text(encoding="utf-8")
    assert PASSPHRASE not in raw


def test_bad_stored_values_fall_back_to_defaults(config_dir: Path) -> None:
    (config_dir / FILE_NAME).write_text(
        "[General]\nidle_timeout_minutes=forever\ndiscreet_mode=maybe\nappearance=purple\n"
        "help_region=atlantis\n",
        encoding="utf-8",
    )
    store = SettingsStore(config_dir)
    assert store.idle_timeout_minutes() == 5
    assert store.discreet_mode() is False
    assert store.appearance() == "system"
    assert store.get(schema.HELP_REGION) == "system"


def test_an_unknown_region_in_the_file_opens_settings_and_help_on_the_default(
    qtbot: Any, make_shell: Any, config_dir: Path
) -> None:
    (config_dir / FILE_NAME).write_text("[General]\nhelp_region=atlantis\n", encoding="utf-8")
    shell = open_settings(qtbot, make_shell)
    dialog = shell.window.settings_dialog
    assert dialog.region.currentData() == "system"
    assert dialog.region.currentText().startswith("Based on this computer")
    shell.window.open_help()
    help_dialog = shell.window.help_dialog
    assert help_dialog is not None
    # The test machine's locale names no country: the directory line alone.
    assert [label.text() for label in help_dialog.region_labels] == ["For people anywhere"]


def test_the_region_chosen_is_stored_as_a_code_only(
    qtbot: Any, make_shell: Any, config_dir: Path
) -> None:
    shell = open_settings(qtbot, make_shell)
    dialog = shell.window.settings_dialog
    dialog.region.setCurrentIndex(dialog.region.findData("ie"))
    assert SettingsStore(config_dir).get(schema.HELP_REGION) == "ie"
    raw = (config_dir / FILE_NAME).read_text(encoding="utf-8")
    assert "help_region=ie" in raw and "Ireland" not in raw
    shell.window.open_help()
    help_dialog = shell.window.help_dialog
    assert help_dialog is not None
    assert help_dialog.line_cards[0].title.text() == "Samaritans Ireland"


def test_remember_on_device_from_settings_uses_the_keyring(
    qtbot: Any, make_shell: Any, fake_keyring: Any
) -> None:
    shell = open_settings(qtbot, make_shell)
    dialog = shell.window.settings_dialog
    dialog.remember.setChecked(True)
    assert len(fake_keyring.store) == 1
    assert shell.settings.remember_on_device()
    assert "Done" in dialog.remember_message.text()

    dialog.remember.setChecked(False)
    assert fake_keyring.store == {}
    assert not shell.settings.remember_on_device()


def test_remember_failure_is_explained_and_the_box_unticks(
    qtbot: Any, make_shell: Any, fake_keyring: Any
) -> None:
    shell = open_settings(qtbot, make_shell)
    dialog = shell.window.settings_dialog
    fake_keyring.drop_writes = True  # a keyring that silently loses what it is given
    dialog.remember.setChecked(True)
    assert not dialog.remember.isChecked()
    assert not shell.settings.remember_on_device()
    assert "passphrase" in dialog.remember_message.text()
    assert dialog.remember_message.isVisible()


def test_appearance_dark_gives_a_dark_window(qtbot: Any, make_shell: Any) -> None:
    from ui.shell.appearance import apply_appearance, effective_is_dark

    shell = open_settings(qtbot, make_shell)
    dialog = shell.window.settings_dialog
    try:
        dialog.appearance.setCurrentIndex(dialog.appearance.findData("dark"))
        assert effective_is_dark()
        dialog.appearance.setCurrentIndex(dialog.appearance.findData("light"))
        assert not effective_is_dark()
    finally:
        apply_appearance("system")


def test_settings_dialog_lists_the_shortcuts(qtbot: Any, make_shell: Any) -> None:
    shell = open_settings(qtbot, make_shell)
    texts = [label.text() for label in shell.window.settings_dialog.shortcut_labels]
    assert "Ctrl+Shift+L" in texts
    assert "Ctrl+L" in texts


def test_settings_controls_have_accessible_names(qtbot: Any, make_shell: Any) -> None:
    dialog = open_settings(qtbot, make_shell).window.settings_dialog
    controls = (dialog.idle_minutes, dialog.discreet, dialog.remember, dialog.appearance)
    for control in (*controls, dialog.region):
        assert control.accessibleName()
