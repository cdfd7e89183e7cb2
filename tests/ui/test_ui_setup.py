"""First run: passphrase with a strength hint, the recovery code shown once, remember."""

from __future__ import annotations

import json
import re
import stat
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from ui_fixtures import PASSPHRASE, SMALL_KDF

from app.vault.layout import VaultPaths
from app.vault.vault import Vault

CODE_PATTERN = re.compile(r"^[2-9A-Z]{5}(-[2-9A-Z]{5}){5}$")


def create_journal(qtbot: Any, window: Any, passphrase: str = PASSPHRASE) -> str:
    """Type the passphrase twice, create; returns the recovery code shown."""
    setup = window.setup_screen
    qtbot.keyClicks(setup.passphrase, passphrase)
    qtbot.keyClicks(setup.confirm, passphrase)
    qtbot.mouseClick(setup.create_button, Qt.MouseButton.LeftButton)
    return setup.code_label.text()


def test_first_run_shows_setup_and_creates_a_working_vault(
    qtbot: Any, make_shell: Any, data_dir: Path
) -> None:
    shell = make_shell()
    window = shell.window
    assert window.current_screen() == "setup"
    assert window.windowTitle() == "Mooring"

    code = create_journal(qtbot, window)
    setup = window.setup_screen
    assert CODE_PATTERN.match(code), code
    assert setup.pages.currentIndex() == 1
    # The passphrase fields are emptied once the vault exists.
    assert setup.passphrase.text() == "" and setup.confirm.text() == ""

    # Continue needs the "stored it" box.
    assert not setup.continue_button.isEnabled()
    qtbot.mouseClick(setup.continue_button, Qt.MouseButton.LeftButton)
    assert setup.pages.currentIndex() == 1
    setup.stored_check.setChecked(True)
    assert setup.continue_button.isEnabled()
    qtbot.mouseClick(setup.continue_button, Qt.MouseButton.LeftButton)
    assert setup.pages.currentIndex() == 2
    assert setup.code_label.text() == "", "the code is shown only once"
    assert not setup.remember_check.isChecked(), "remember is off by default"

    qtbot.mouseClick(setup.finish_button, Qt.MouseButton.LeftButton)
    assert window.current_screen() == "workspace"
    assert window.workspace is not None and "today" in window.workspace.module_ids

    # The vault on disk opens with the passphrase, and the code that was shown resets it.
    shell.shutdown()
    Vault.unlock(data_dir, PASSPHRASE).close()
    Vault.reset_with_recovery_code(data_dir, code, "a brand new pass phrase").close()


def test_setup_uses_the_injected_kdf_parameters(
    qtbot: Any, make_shell: Any, data_dir: Path
) -> None:
    shell = make_shell()
    create_journal(qtbot, shell.window)
    document = json.loads(VaultPaths.for_dir(data_dir).key_file.read_text(encoding="utf-8"))
    params = document["slots"]["passphrase"]["params"]
    assert params == SMALL_KDF.to_json()


@pytest.mark.parametrize(
    ("passphrase", "expected"),
    [("short", "at least 8"), ("password", "easy to guess"), ("", "type a passphrase")],
)
def test_very_weak_passphrases_are_refused_with_the_reason(
    qtbot: Any, make_shell: Any, data_dir: Path, passphrase: str, expected: str
) -> None:
    window = make_shell().window
    setup = window.setup_screen
    qtbot.keyClicks(setup.passphrase, passphrase)
    qtbot.keyClicks(setup.confirm, passphrase)
    qtbot.mouseClick(setup.create_button, Qt.MouseButton.LeftButton)
    assert setup.pages.currentIndex() == 0
    assert setup.create_message.isVisible()
    assert expected.lower() in setup.create_message.text().lower()
    assert not VaultPaths.for_dir(data_dir).exists()


def test_strength_hint_updates_while_typing(qtbot: Any, make_shell: Any) -> None:
    setup = make_shell().window.setup_screen
    qtbot.keyClicks(setup.passphrase, "abc")
    assert setup.strength.label.text() == "Not yet"
    assert "8" in setup.strength.reason.text()
    setup.passphrase.setText("")
    qtbot.keyClicks(setup.passphrase, "tide lantern ochre violin 7")
    assert setup.strength.label.text() in {"Good", "Strong"}
    assert setup.strength.meter.value() >= 3


def test_mismatched_confirmation_is_refused(qtbot: Any, make_shell: Any, data_dir: Path) -> None:
    setup = make_shell().window.setup_screen
    qtbot.keyClicks(setup.passphrase, PASSPHRASE)
    qtbot.keyClicks(setup.confirm, PASSPHRASE + "x")
    qtbot.mouseClick(setup.create_button, Qt.MouseButton.LeftButton)
    assert "different" in setup.create_message.text()
    assert setup.confirm.text() == ""
    assert not VaultPaths.for_dir(data_dir).exists()


def test_return_key_creates_from_the_confirmation_field(qtbot: Any, make_shell: Any) -> None:
    setup = make_shell().window.setup_screen
    qtbot.keyClicks(setup.passphrase, PASSPHRASE)
    qtbot.keyClicks(setup.confirm, PASSPHRASE)
    qtbot.keyClick(setup.confirm, Qt.Key.Key_Return)
    assert setup.pages.currentIndex() == 1


def test_save_code_writes_only_to_the_chosen_file(
    qtbot: Any, make_shell: Any, tmp_path: Path
) -> None:
    target = tmp_path / "chosen" / "my-code.txt"
    target.parent.mkdir()
    answers = ["", str(target)]
    asked: list[str] = []

    def save_dialog(_parent: Any, suggested: str) -> str:
        asked.append(suggested)
        return answers.pop(0)

    window = make_shell(save_dialog=save_dialog).window
    code = create_journal(qtbot, window)
    setup = window.setup_screen

    qtbot.mouseClick(setup.save_button, Qt.MouseButton.LeftButton)  # cancelled
    assert not target.exists()
    qtbot.mouseClick(setup.save_button, Qt.MouseButton.LeftButton)
    assert asked == ["mooring-recovery-code.txt"] * 2
    assert code in target.read_text(encoding="utf-8")
    assert "Saved" in setup.code_message.text()
    if sys.platform != "win32":
        assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert sorted(p.name for p in target.parent.iterdir()) == ["my-code.txt"]


def test_copy_puts_the_code_on_the_clipboard_and_continue_removes_it(
    qtbot: Any, make_shell: Any
) -> None:
    window = make_shell().window
    code = create_journal(qtbot, window)
    setup = window.setup_screen
    qtbot.mouseClick(setup.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == code
    setup.stored_check.setChecked(True)
    qtbot.mouseClick(setup.continue_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() != code


def test_every_code_action_has_a_warning_and_an_accessible_name(
    qtbot: Any, make_shell: Any
) -> None:
    window = make_shell().window
    create_journal(qtbot, window)
    setup = window.setup_screen
    for button in (setup.copy_button, setup.print_button, setup.save_button):
        assert button.accessibleName()
    page_text = " ".join(
        label.text() for label in setup.pages.currentWidget().findChildren(type(setup.code_label))
    )
    assert "copy" in page_text.lower() or "paste" in page_text.lower()
    assert "printer" in page_text.lower()
    assert "file" in page_text.lower()


def test_remember_on_device_stores_the_key_and_opens_next_time(
    qtbot: Any, make_shell: Any, fake_keyring: Any
) -> None:
    shell = make_shell()
    window = shell.window
    create_journal(qtbot, window)
    setup = window.setup_screen
    setup.stored_check.setChecked(True)
    qtbot.mouseClick(setup.continue_button, Qt.MouseButton.LeftButton)
    setup.remember_check.setChecked(True)
    qtbot.mouseClick(setup.finish_button, Qt.MouseButton.LeftButton)
    assert window.current_screen() == "workspace"
    assert shell.settings.remember_on_device()
    assert len(fake_keyring.store) == 1

    shell.window.close()
    again = make_shell()
    assert again.window.current_screen() == "workspace"


def test_remember_failure_explains_and_carries_on(
    qtbot: Any, make_shell: Any, fake_keyring: Any
) -> None:
    import keyring.errors

    shell = make_shell()
    window = shell.window
    create_journal(qtbot, window)
    setup = window.setup_screen
    setup.stored_check.setChecked(True)
    qtbot.mouseClick(setup.continue_button, Qt.MouseButton.LeftButton)
    fake_keyring.fail_with = keyring.errors.KeyringLocked("locked")
    setup.remember_check.setChecked(True)
    qtbot.mouseClick(setup.finish_button, Qt.MouseButton.LeftButton)
    assert window.current_screen() == "setup"
    assert "passphrase" in setup.remember_message.text()
    assert not setup.remember_check.isChecked()
    assert not shell.settings.remember_on_device()
    qtbot.mouseClick(setup.finish_button, Qt.MouseButton.LeftButton)
    assert window.current_screen() == "workspace"


def test_locking_during_setup_forgets_the_recovery_code(qtbot: Any, make_shell: Any) -> None:
    shell = make_shell()
    window = shell.window
    code = create_journal(qtbot, window)
    qtbot.mouseClick(window.setup_screen.copy_button, Qt.MouseButton.LeftButton)
    window.quick_hide()
    assert window.current_screen() == "unlock"
    assert not shell.session.is_unlocked()
    assert window.setup_screen.code_label.text() == ""
    assert QGuiApplication.clipboard().text() != code


def test_qt_file_dialog_history_is_put_back(qapp: Any) -> None:
    from PySide6.QtCore import QSettings

    from ui.common.file_dialogs import no_file_dialog_history

    settings = QSettings(QSettings.Scope.UserScope, "QtProject")
    settings.setValue("FileDialog/history", ["file:///somewhere/else"])
    settings.remove("FileDialog/lastVisited")
    settings.sync()
    with no_file_dialog_history():
        # What Qt's dialog writes when it closes.
        inner = QSettings(QSettings.Scope.UserScope, "QtProject")
        inner.setValue("FileDialog/history", ["file:///private/folder"])
        inner.setValue("FileDialog/lastVisited", "file:///private/folder")
        inner.sync()
    after = QSettings(QSettings.Scope.UserScope, "QtProject")
    assert after.value("FileDialog/history") == ["file:///somewhere/else"]
    assert after.value("FileDialog/lastVisited") is None


def test_every_setup_control_has_an_accessible_name(qtbot: Any, make_shell: Any) -> None:
    from PySide6.QtWidgets import QAbstractButton, QLineEdit

    window = make_shell().window
    setup = window.setup_screen
    controls = [w for w in setup.findChildren(QAbstractButton) + setup.findChildren(QLineEdit)]
    assert len(controls) >= 10
    for control in controls:
        assert control.accessibleName(), control.text() if hasattr(control, "text") else control
    assert setup.passphrase.nextInFocusChain() is setup.confirm
