"""Settings: change the passphrase, make a new recovery code (real vault, small KDF)."""

from __future__ import annotations

import hashlib
import re
import stat
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit
from ui_fixtures import NEW_PASSPHRASE, PASSPHRASE

from app.vault.errors import WrongPassphrase, WrongRecoveryCode
from app.vault.layout import VaultPaths
from app.vault.vault import Vault

CODE_PATTERN = re.compile(r"^[2-9A-Z]{5}(-[2-9A-Z]{5}){5}$")
CTRL = Qt.KeyboardModifier.ControlModifier
LEFT = Qt.MouseButton.LeftButton


def key_file_hash(data_dir: Path) -> str:
    return hashlib.sha256(VaultPaths.for_dir(data_dir).key_file.read_bytes()).hexdigest()


def unlock(qtbot: Any, window: Any, passphrase: str = PASSPHRASE) -> None:
    qtbot.keyClicks(window.unlock_screen.passphrase, passphrase)
    qtbot.mouseClick(window.unlock_screen.unlock_button, LEFT)


def open_settings(qtbot: Any, shell: Any) -> Any:
    window = shell.window
    unlock(qtbot, window)
    assert window.workspace is not None
    qtbot.keyClick(window.workspace.nav, Qt.Key.Key_Comma, CTRL)
    assert window.settings_dialog is not None and window.settings_dialog.isVisible()
    return window.settings_dialog


def open_change(qtbot: Any, shell: Any) -> Any:
    settings = open_settings(qtbot, shell)
    qtbot.mouseClick(settings.change_passphrase_button, LEFT)
    dialog = settings.change_dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def fill_change(
    qtbot: Any, dialog: Any, current: str, new: str, confirm: str | None = None
) -> None:
    qtbot.keyClicks(dialog.current, current)
    qtbot.keyClicks(dialog.new, new)
    qtbot.keyClicks(dialog.confirm, new if confirm is None else confirm)


def open_new_code(qtbot: Any, shell: Any, save_dialog: Any = None) -> Any:
    settings = open_settings(qtbot, shell)
    if save_dialog is not None:
        settings.save_dialog = save_dialog
    qtbot.mouseClick(settings.new_code_button, LEFT)
    dialog = settings.recovery_dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def make_code(qtbot: Any, dialog: Any, passphrase: str = PASSPHRASE) -> str:
    qtbot.keyClicks(dialog.passphrase, passphrase)
    qtbot.mouseClick(dialog.make_button, LEFT)
    return str(dialog.code_panel.code_label.text())


@pytest.fixture
def old_code(existing_vault: str) -> str:
    return existing_vault


# ----- the settings group ----------------------------------------------------------------


def test_settings_has_the_passphrase_and_recovery_code_group(
    qtbot: Any, make_shell: Any, old_code: str
) -> None:
    settings = open_settings(qtbot, make_shell())
    for button in (settings.change_passphrase_button, settings.new_code_button):
        assert button.isVisible() and button.accessibleName()
    assert settings.change_passphrase_button.text().replace("&", "") == "Change passphrase…"
    assert settings.new_code_button.text().replace("&", "") == "Make a new recovery code…"
    assert not settings.credentials_message.isVisible()


# ----- change passphrase ---------------------------------------------------------------


def test_change_passphrase_then_lock_and_unlock_with_the_new_one(
    qtbot: Any, make_shell: Any, data_dir: Path, old_code: str
) -> None:
    shell = make_shell()
    dialog = open_change(qtbot, shell)
    before = key_file_hash(data_dir)
    fill_change(qtbot, dialog, PASSPHRASE, NEW_PASSPHRASE)
    assert dialog.strength.label.text() in {"Good", "Strong"}
    qtbot.mouseClick(dialog.change_button, LEFT)

    assert dialog.message.isVisible()
    assert "passphrase is changed" in dialog.message.text()
    assert [e.text() for e in (dialog.current, dialog.new, dialog.confirm)] == ["", "", ""]
    assert key_file_hash(data_dir) != before
    qtbot.mouseClick(dialog.close_button, LEFT)
    assert not dialog.isVisible()

    window = shell.window
    window.lock()
    unlock(qtbot, window, PASSPHRASE)
    assert window.current_screen() == "unlock", "the old passphrase no longer opens it"
    assert "didn't open" in window.unlock_screen.message.text()
    unlock(qtbot, window, NEW_PASSPHRASE)
    assert window.current_screen() == "workspace"

    shell.shutdown()
    with pytest.raises(WrongPassphrase):
        Vault.unlock(data_dir, PASSPHRASE)
    Vault.unlock(data_dir, NEW_PASSPHRASE).close()
    # The recovery code still works after a passphrase change.
    Vault.reset_with_recovery_code(data_dir, old_code, "another calm new phrase").close()


def test_wrong_current_passphrase_is_explained_and_changes_nothing(
    qtbot: Any, make_shell: Any, data_dir: Path, old_code: str
) -> None:
    shell = make_shell()
    dialog = open_change(qtbot, shell)
    before = key_file_hash(data_dir)
    fill_change(qtbot, dialog, "not my passphrase at all", NEW_PASSPHRASE)
    qtbot.mouseClick(dialog.change_button, LEFT)

    assert dialog.isVisible()
    assert dialog.message.text() == (
        "That isn't your current passphrase, so nothing was changed. Please try again."
    )
    assert "\n" not in dialog.message.text()
    assert dialog.current.text() == "" and dialog.focusWidget() is dialog.current
    assert key_file_hash(data_dir) == before
    assert not VaultPaths.for_dir(data_dir).previous_key_file.exists()

    shell.shutdown()
    Vault.unlock(data_dir, PASSPHRASE).close()


@pytest.mark.parametrize(
    ("new", "expected"), [("short", "at least 8"), ("password", "easy to guess")]
)
def test_a_very_weak_new_passphrase_is_refused_with_the_reason(
    qtbot: Any, make_shell: Any, data_dir: Path, old_code: str, new: str, expected: str
) -> None:
    dialog = open_change(qtbot, make_shell())
    before = key_file_hash(data_dir)
    fill_change(qtbot, dialog, PASSPHRASE, new)
    qtbot.mouseClick(dialog.change_button, LEFT)
    assert expected in dialog.message.text().lower()
    assert dialog.focusWidget() is dialog.new
    assert key_file_hash(data_dir) == before


def test_mismatched_or_unchanged_new_passphrase_is_refused(
    qtbot: Any, make_shell: Any, data_dir: Path, old_code: str
) -> None:
    dialog = open_change(qtbot, make_shell())
    before = key_file_hash(data_dir)
    fill_change(qtbot, dialog, PASSPHRASE, NEW_PASSPHRASE, NEW_PASSPHRASE + "x")
    qtbot.mouseClick(dialog.change_button, LEFT)
    assert "different" in dialog.message.text()
    assert dialog.confirm.text() == ""

    dialog.new.setText(PASSPHRASE)
    qtbot.keyClicks(dialog.confirm, PASSPHRASE)
    qtbot.mouseClick(dialog.change_button, LEFT)
    assert "you have now" in dialog.message.text()
    assert key_file_hash(data_dir) == before


def test_change_runs_on_the_worker_with_a_busy_bar(
    qtbot: Any, make_shell: Any, data_dir: Path, old_code: str
) -> None:
    shell = make_shell(synchronous=False)
    window = shell.window
    unlock(qtbot, window)
    qtbot.waitUntil(lambda: window.current_screen() == "workspace", timeout=10_000)
    window.open_settings()
    settings = window.settings_dialog
    qtbot.mouseClick(settings.change_passphrase_button, LEFT)
    dialog = settings.change_dialog
    fill_change(qtbot, dialog, PASSPHRASE, NEW_PASSPHRASE)
    qtbot.mouseClick(dialog.change_button, LEFT)

    assert dialog.is_busy() and dialog.busy.isVisible()
    assert not dialog.change_button.isEnabled() and not dialog.current.isEnabled()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible(), "closing mid-change would hide whether it happened"
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=10_000)
    assert "passphrase is changed" in dialog.message.text()
    shell.shutdown()
    Vault.unlock(data_dir, NEW_PASSPHRASE).close()


def test_change_fields_are_wiped_on_close_and_on_lock(
    qtbot: Any, make_shell: Any, old_code: str
) -> None:
    shell = make_shell()
    dialog = open_change(qtbot, shell)
    fill_change(qtbot, dialog, PASSPHRASE, NEW_PASSPHRASE)
    dialog.show_text.setChecked(True)
    qtbot.mouseClick(dialog.close_button, LEFT)  # Cancel
    assert not dialog.isVisible()
    assert [e.text() for e in (dialog.current, dialog.new, dialog.confirm)] == ["", "", ""]
    assert not dialog.show_text.isChecked()

    settings = shell.window.settings_dialog
    qtbot.mouseClick(settings.change_passphrase_button, LEFT)
    dialog = settings.change_dialog
    fill_change(qtbot, dialog, PASSPHRASE, NEW_PASSPHRASE)
    qtbot.keyClick(dialog.confirm, Qt.Key.Key_L, CTRL)  # lock from inside the dialog
    assert shell.window.current_screen() == "unlock"
    assert not dialog.isVisible()
    for edit in dialog.findChildren(QLineEdit):
        assert edit.text() == ""
        assert not edit.isUndoAvailable()


# ----- new recovery code ---------------------------------------------------------------


def test_new_recovery_code_replaces_the_old_one(
    qtbot: Any, make_shell: Any, data_dir: Path, old_code: str
) -> None:
    shell = make_shell()
    dialog = open_new_code(qtbot, shell)
    intro = " ".join(label.text() for label in dialog.pages.widget(0).findChildren(QLabel))
    assert "old code will stop working" in intro
    code = make_code(qtbot, dialog)

    assert CODE_PATTERN.match(code), code
    assert code != old_code
    assert dialog.pages.currentIndex() == 1
    assert dialog.passphrase.text() == ""
    assert not dialog.done_button.isEnabled(), "Close waits for 'I have stored it'"
    dialog.code_panel.stored_check.setChecked(True)
    qtbot.mouseClick(dialog.done_button, LEFT)
    assert not dialog.isVisible()
    assert dialog.code_panel.code_label.text() == ""

    shell.shutdown()
    with pytest.raises(WrongRecoveryCode):
        Vault.reset_with_recovery_code(data_dir, old_code, "a different calm phrase")
    Vault.reset_with_recovery_code(data_dir, code, "a different calm phrase").close()
    Vault.unlock(data_dir, "a different calm phrase").close()


def test_new_code_needs_the_current_passphrase(
    qtbot: Any, make_shell: Any, data_dir: Path, old_code: str
) -> None:
    shell = make_shell()
    dialog = open_new_code(qtbot, shell)
    before = key_file_hash(data_dir)
    qtbot.mouseClick(dialog.make_button, LEFT)
    assert "type your passphrase" in dialog.ask_message.text()
    make_code(qtbot, dialog, "someone else guessing")
    assert dialog.pages.currentIndex() == 0
    assert dialog.code_panel.code() == ""
    assert "isn't your current passphrase" in dialog.ask_message.text()
    assert dialog.passphrase.text() == ""
    assert key_file_hash(data_dir) == before

    shell.shutdown()
    Vault.reset_with_recovery_code(data_dir, old_code, "a different calm phrase").close()


def test_the_code_page_cannot_be_dismissed_before_it_is_stored(
    qtbot: Any, make_shell: Any, old_code: str
) -> None:
    dialog = open_new_code(qtbot, make_shell())
    code = make_code(qtbot, dialog)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible()
    assert dialog.code_panel.code_label.text() == code
    assert "no longer works" in dialog.code_panel.message.text()
    dialog.code_panel.stored_check.setChecked(True)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert dialog.code_panel.code() == ""


def test_clipboard_is_cleared_on_close_only_if_it_still_holds_the_code(
    qtbot: Any, make_shell: Any, old_code: str
) -> None:
    shell = make_shell()
    clipboard = QGuiApplication.clipboard()
    dialog = open_new_code(qtbot, shell)
    code = make_code(qtbot, dialog)
    qtbot.mouseClick(dialog.code_panel.copy_button, LEFT)
    assert clipboard.text() == code
    assert "Copied" in dialog.code_panel.message.text()
    dialog.code_panel.stored_check.setChecked(True)
    qtbot.mouseClick(dialog.done_button, LEFT)
    assert clipboard.text() != code

    # Something else copied since is the person's own: left alone.
    settings = shell.window.settings_dialog
    qtbot.mouseClick(settings.new_code_button, LEFT)
    dialog = settings.recovery_dialog
    make_code(qtbot, dialog)
    qtbot.mouseClick(dialog.code_panel.copy_button, LEFT)
    clipboard.setText("a shopping list")
    dialog.code_panel.stored_check.setChecked(True)
    qtbot.mouseClick(dialog.done_button, LEFT)
    assert clipboard.text() == "a shopping list"


def test_save_new_code_to_a_private_file(
    qtbot: Any, make_shell: Any, tmp_path: Path, old_code: str
) -> None:
    target = tmp_path / "kept" / "code.txt"
    target.parent.mkdir()
    asked: list[str] = []

    def save_dialog(_parent: Any, suggested: str) -> str:
        asked.append(suggested)
        return str(target)

    dialog = open_new_code(qtbot, make_shell(), save_dialog)
    code = make_code(qtbot, dialog)
    qtbot.mouseClick(dialog.code_panel.save_button, LEFT)
    assert asked == ["mooring-recovery-code.txt"]
    assert code in target.read_text(encoding="utf-8")
    assert "Saved" in dialog.code_panel.message.text()
    if sys.platform != "win32":
        assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_lock_while_the_code_shows_wipes_it_and_says_to_make_another(
    qtbot: Any, make_shell: Any, data_dir: Path, old_code: str
) -> None:
    shell = make_shell()
    window = shell.window
    clipboard = QGuiApplication.clipboard()
    dialog = open_new_code(qtbot, shell)
    code = make_code(qtbot, dialog)
    qtbot.mouseClick(dialog.code_panel.copy_button, LEFT)
    note = " ".join(label.text() for label in dialog.pages.widget(1).findChildren(QLabel))
    assert "make another one" in note

    qtbot.keyClick(
        dialog.code_panel.copy_button, Qt.Key.Key_L, CTRL | Qt.KeyboardModifier.ShiftModifier
    )
    assert window.current_screen() == "unlock"
    assert not dialog.isVisible()
    assert dialog.code_panel.code_label.text() == "" and dialog.code_panel.code() == ""
    assert clipboard.text() != code

    window.bring_to_front()
    settings = open_settings(qtbot, shell)
    assert settings.credentials_message.isVisible()
    assert "make a new one" in settings.credentials_message.text()
    qtbot.mouseClick(settings.new_code_button, LEFT)
    dialog = settings.recovery_dialog
    newer = make_code(qtbot, dialog)
    dialog.code_panel.stored_check.setChecked(True)
    qtbot.mouseClick(dialog.done_button, LEFT)
    assert not settings.credentials_message.isVisible()

    shell.shutdown()
    # The wiped code did work; only the one kept last counts now.
    with pytest.raises(WrongRecoveryCode):
        Vault.reset_with_recovery_code(data_dir, code, "a different calm phrase")
    Vault.reset_with_recovery_code(data_dir, newer, "a different calm phrase").close()


def test_lock_while_asking_wipes_the_passphrase(qtbot: Any, make_shell: Any, old_code: str) -> None:
    shell = make_shell()
    dialog = open_new_code(qtbot, shell)
    qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
    shell.window.lock()
    assert not dialog.isVisible()
    assert dialog.passphrase.text() == "" and not dialog.passphrase.isUndoAvailable()


def test_every_credentials_control_has_an_accessible_name(
    qtbot: Any, make_shell: Any, old_code: str
) -> None:
    shell = make_shell()
    settings = open_settings(qtbot, shell)
    qtbot.mouseClick(settings.change_passphrase_button, LEFT)
    change = settings.change_dialog
    change.reject()
    qtbot.mouseClick(settings.new_code_button, LEFT)
    new_code = settings.recovery_dialog
    for dialog in (change, new_code):
        controls = dialog.findChildren(QAbstractButton) + dialog.findChildren(QLineEdit)
        assert controls
        for control in controls:
            assert control.accessibleName(), control


def _mnemonics(page: Any) -> list[str]:
    """The Alt+letter keys shown on ``page`` (labels and buttons that are visible)."""
    keys = []
    for widget in page.findChildren(QAbstractButton) + page.findChildren(QLabel):
        if widget.isVisibleTo(page):
            found = re.search(r"(?<!&)&([^&\s])", widget.text())
            if found:
                keys.append(found.group(1).lower())
    return keys


def test_alt_keys_are_unambiguous_on_every_page(qtbot: Any, make_shell: Any, old_code: str) -> None:
    shell = make_shell()
    settings = open_settings(qtbot, shell)
    keys = _mnemonics(settings)
    assert len(keys) == len(set(keys)), keys
    qtbot.mouseClick(settings.change_passphrase_button, LEFT)
    keys = _mnemonics(settings.change_dialog)
    assert len(keys) == len(set(keys)), keys
    settings.change_dialog.reject()
    qtbot.mouseClick(settings.new_code_button, LEFT)
    dialog = settings.recovery_dialog
    for page in (0, 1):
        if page == 1:
            make_code(qtbot, dialog)
        keys = _mnemonics(dialog.pages.widget(page))
        assert len(keys) == len(set(keys)), keys


def test_return_in_settings_still_closes_it(qtbot: Any, make_shell: Any, old_code: str) -> None:
    shell = make_shell()
    settings = open_settings(qtbot, shell)
    qtbot.keyClick(settings.idle_minutes, Qt.Key.Key_Return)
    assert not settings.isVisible()
    assert settings.change_dialog is None and settings.recovery_dialog is None


def test_closing_the_window_is_never_refused_and_wipes_the_code(
    qtbot: Any, make_shell: Any, old_code: str
) -> None:
    """Qt 6 quits by closing every window first; a refusal here would cancel the quit."""
    shell = make_shell()
    clipboard = QGuiApplication.clipboard()
    dialog = open_new_code(qtbot, shell)
    code = make_code(qtbot, dialog)
    qtbot.mouseClick(dialog.code_panel.copy_button, LEFT)
    assert dialog.close(), "the close event must be accepted"
    assert not dialog.isVisible()
    assert dialog.code_panel.code() == "" and clipboard.text() != code
    settings = shell.window.settings_dialog
    settings.show()
    qtbot.mouseClick(settings.change_passphrase_button, LEFT)  # any dialog round trip
    settings.change_dialog.reject()
    assert "make a new one" in settings.credentials_message.text()


def test_closing_the_window_mid_change_is_not_refused(
    qtbot: Any, make_shell: Any, data_dir: Path, old_code: str
) -> None:
    shell = make_shell(synchronous=False)
    window = shell.window
    unlock(qtbot, window)
    qtbot.waitUntil(lambda: window.current_screen() == "workspace", timeout=10_000)
    window.open_settings()
    settings = window.settings_dialog
    qtbot.mouseClick(settings.change_passphrase_button, LEFT)
    dialog = settings.change_dialog
    fill_change(qtbot, dialog, PASSPHRASE, NEW_PASSPHRASE)
    qtbot.mouseClick(dialog.change_button, LEFT)
    assert dialog.is_busy()
    assert dialog.close()
    assert [e.text() for e in (dialog.current, dialog.new, dialog.confirm)] == ["", "", ""]
    qtbot.waitUntil(lambda: not shell.tasks.is_busy(), timeout=10_000)
    assert not dialog.isVisible() and not dialog.is_busy()
    # Opened again: a fresh form, not the old state.
    qtbot.mouseClick(settings.change_passphrase_button, LEFT)
    assert settings.change_dialog is dialog and dialog.isVisible()
    assert dialog.form.isVisible() and dialog.change_button.isVisible()
    assert not dialog.message.isVisible()
    shell.shutdown()
    Vault.unlock(data_dir, NEW_PASSPHRASE).close()  # the change itself went through


def test_a_code_that_arrives_after_its_dialog_closed_is_not_kept(
    qtbot: Any, make_shell: Any, old_code: str
) -> None:
    shell = make_shell(synchronous=False)
    window = shell.window
    unlock(qtbot, window)
    qtbot.waitUntil(lambda: window.current_screen() == "workspace", timeout=10_000)
    window.open_settings()
    settings = window.settings_dialog
    qtbot.mouseClick(settings.new_code_button, LEFT)
    dialog = settings.recovery_dialog
    qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
    qtbot.mouseClick(dialog.make_button, LEFT)
    assert dialog.is_busy()
    assert dialog.close()
    qtbot.waitUntil(lambda: not shell.tasks.is_busy(), timeout=10_000)
    assert dialog.code_panel.code() == "" and dialog.code_panel.code_label.text() == ""
    assert dialog.pages.currentIndex() == 0
    assert "make a new one" in settings.credentials_message.text()
