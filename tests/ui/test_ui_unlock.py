"""The lock screen: passphrase, wrong passphrase, damaged file, recovery code, keyring."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QWidget
from ui_fixtures import NEW_PASSPHRASE, PASSPHRASE

from app.vault.errors import WrongPassphrase
from app.vault.layout import VaultPaths
from app.vault.vault import Vault


def files_of(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def unlock(qtbot: Any, window: Any, passphrase: str) -> None:
    screen = window.unlock_screen
    qtbot.keyClicks(screen.passphrase, passphrase)
    qtbot.mouseClick(screen.unlock_button, Qt.MouseButton.LeftButton)


@pytest.mark.usefixtures("existing_vault")
def test_existing_vault_starts_locked_and_the_passphrase_opens_it(
    qtbot: Any, make_shell: Any
) -> None:
    shell = make_shell()
    window = shell.window
    assert window.current_screen() == "unlock"
    assert window.unlock_screen.passphrase.echoMode() == QLineEdit.EchoMode.Password
    assert not shell.session.is_unlocked()

    unlock(qtbot, window, PASSPHRASE)
    assert window.current_screen() == "workspace"
    assert shell.session.is_unlocked()
    assert window.unlock_screen.passphrase.text() == ""


@pytest.mark.usefixtures("existing_vault")
def test_return_key_unlocks(qtbot: Any, make_shell: Any) -> None:
    window = make_shell().window
    qtbot.keyClicks(window.unlock_screen.passphrase, PASSPHRASE)
    qtbot.keyClick(window.unlock_screen.passphrase, Qt.Key.Key_Return)
    assert window.current_screen() == "workspace"


@pytest.mark.usefixtures("existing_vault")
def test_wrong_passphrase_is_explained_kindly_and_changes_nothing(
    qtbot: Any, make_shell: Any, data_dir: Path
) -> None:
    window = make_shell().window
    before = files_of(data_dir)
    unlock(qtbot, window, "not the right words")
    screen = window.unlock_screen
    assert window.current_screen() == "unlock"
    assert screen.message.isVisible()
    assert "didn't open" in screen.message.text()
    assert "nothing has been changed" in screen.message.text()
    assert not screen.damaged_panel.isVisible()
    assert screen.passphrase.text() == ""
    assert files_of(data_dir) == before

    unlock(qtbot, window, PASSPHRASE)
    assert window.current_screen() == "workspace"


@pytest.mark.usefixtures("existing_vault")
def test_empty_passphrase_asks_for_one(qtbot: Any, make_shell: Any) -> None:
    window = make_shell().window
    qtbot.mouseClick(window.unlock_screen.unlock_button, Qt.MouseButton.LeftButton)
    assert "Please type your passphrase" in window.unlock_screen.message.text()


def test_damaged_file_offers_the_newest_backup(
    qtbot: Any, make_shell: Any, data_dir: Path, existing_vault: str
) -> None:
    vault = Vault.unlock(data_dir, PASSPHRASE)
    vault.backup()
    vault.close()
    paths = VaultPaths.for_dir(data_dir)
    damaged = b"\x00" * 8192
    paths.database.write_bytes(damaged)

    window = make_shell().window
    unlock(qtbot, window, PASSPHRASE)
    screen = window.unlock_screen
    assert window.current_screen() == "unlock"
    assert "damaged" in screen.message.text()
    assert screen.damaged_panel.isVisible()
    panel_text = " ".join(label.text() for label in screen.damaged_panel.findChildren(QLabel))
    assert "copied aside" in panel_text and "nothing is deleted" in panel_text
    assert paths.database.read_bytes() == damaged, "nothing changes before the person chooses"

    qtbot.mouseClick(screen.restore_button, Qt.MouseButton.LeftButton)
    assert window.current_screen() == "workspace"
    assert window.workspace is not None
    assert "restored" in window.workspace.banner.text()
    assert [p.read_bytes() for p in paths.damaged_dir.glob("*.db")] == [damaged]


def test_damaged_file_without_a_backup_says_so_and_deletes_nothing(
    qtbot: Any, make_shell: Any, data_dir: Path, existing_vault: str
) -> None:
    paths = VaultPaths.for_dir(data_dir)
    paths.database.write_bytes(b"\x01" * 8192)
    window = make_shell().window
    unlock(qtbot, window, PASSPHRASE)
    before = files_of(data_dir)
    qtbot.mouseClick(window.unlock_screen.restore_button, Qt.MouseButton.LeftButton)
    assert window.current_screen() == "unlock"
    assert "No usable backup" in window.unlock_screen.message.text()
    assert files_of(data_dir) == before


def test_recovery_code_sets_a_new_passphrase(
    qtbot: Any, make_shell: Any, data_dir: Path, existing_vault: str
) -> None:
    shell = make_shell()
    window = shell.window
    screen = window.unlock_screen
    qtbot.mouseClick(screen.recovery_link, Qt.MouseButton.LeftButton)
    assert screen.pages.currentIndex() == 1
    qtbot.keyClicks(screen.code, existing_vault.lower())  # any case is fine
    qtbot.keyClicks(screen.new_passphrase, NEW_PASSPHRASE)
    qtbot.keyClicks(screen.confirm_passphrase, NEW_PASSPHRASE)
    qtbot.mouseClick(screen.reset_button, Qt.MouseButton.LeftButton)
    assert window.current_screen() == "workspace"
    assert window.workspace is not None
    assert "new passphrase is set" in window.workspace.banner.text()

    shell.shutdown()
    Vault.unlock(data_dir, NEW_PASSPHRASE).close()
    with pytest.raises(WrongPassphrase):
        Vault.unlock(data_dir, PASSPHRASE)


@pytest.mark.usefixtures("existing_vault")
def test_wrong_recovery_code_is_explained(qtbot: Any, make_shell: Any, data_dir: Path) -> None:
    window = make_shell().window
    screen = window.unlock_screen
    before = files_of(data_dir)
    screen.show_recovery()
    qtbot.keyClicks(screen.code, "22222-22222-22222-22222-22222-22222")
    qtbot.keyClicks(screen.new_passphrase, NEW_PASSPHRASE)
    qtbot.keyClicks(screen.confirm_passphrase, NEW_PASSPHRASE)
    qtbot.mouseClick(screen.reset_button, Qt.MouseButton.LeftButton)
    assert window.current_screen() == "unlock"
    assert "recovery code didn't work" in screen.recovery_message.text()
    assert files_of(data_dir) == before


@pytest.mark.usefixtures("existing_vault")
def test_recovery_refuses_a_weak_or_mismatched_new_passphrase(
    qtbot: Any, make_shell: Any, existing_vault: str
) -> None:
    screen = make_shell().window.unlock_screen
    screen.show_recovery()
    qtbot.keyClicks(screen.code, existing_vault)
    qtbot.keyClicks(screen.new_passphrase, "short")
    qtbot.keyClicks(screen.confirm_passphrase, "short")
    qtbot.mouseClick(screen.reset_button, Qt.MouseButton.LeftButton)
    assert "at least 8" in screen.recovery_message.text()
    screen.new_passphrase.setText(NEW_PASSPHRASE)
    screen.confirm_passphrase.setText(NEW_PASSPHRASE + "!")
    qtbot.mouseClick(screen.reset_button, Qt.MouseButton.LeftButton)
    assert "different" in screen.recovery_message.text()


@pytest.mark.usefixtures("existing_vault")
def test_remembered_key_that_fails_falls_back_to_the_passphrase(
    qtbot: Any, make_shell: Any, data_dir: Path, config_dir: Path, fake_keyring: Any
) -> None:
    from app.vault.remember import DeviceMemory
    from ui.shell.settings_store import SettingsStore

    SettingsStore(config_dir).set("remember_on_device", True)
    # A key that does not open this vault (stale, or from elsewhere).
    assert DeviceMemory(VaultPaths.for_dir(data_dir), fake_keyring).remember(b"\x07" * 32) is None
    window = make_shell().window
    assert window.current_screen() == "unlock"
    assert window.unlock_screen.passphrase.isEnabled()
    assert "type your passphrase" in window.unlock_screen.message.text()
    unlock(qtbot, window, PASSPHRASE)
    assert window.current_screen() == "workspace"


@pytest.mark.usefixtures("existing_vault")
def test_lock_screen_shows_no_counts_dates_or_content(qtbot: Any, make_shell: Any) -> None:
    window = make_shell().window
    unlock(qtbot, window, PASSPHRASE)
    window.lock()
    texts = [
        label.text()
        for label in window.unlock_screen.findChildren(QLabel)
        if label.isVisibleTo(window)
    ]
    assert texts, "the lock screen says something"
    for text in texts:
        assert not re.search(r"\d", text), f"a number on the lock screen: {text!r}"


@pytest.mark.usefixtures("existing_vault")
def test_every_control_on_the_lock_screen_has_an_accessible_name(make_shell: Any) -> None:
    screen = make_shell().window.unlock_screen
    controls = [
        w for w in screen.findChildren(QWidget) if isinstance(w, QAbstractButton | QLineEdit)
    ]
    assert controls
    for control in controls:
        assert control.accessibleName(), control.objectName() or type(control).__name__


@pytest.mark.usefixtures("existing_vault")
def test_tab_order_goes_passphrase_then_unlock(qtbot: Any, make_shell: Any) -> None:
    window = make_shell().window
    screen = window.unlock_screen
    assert screen.passphrase.nextInFocusChain() is screen.unlock_button


@pytest.mark.usefixtures("existing_vault")
def test_a_slow_opening_is_explained(
    qtbot: Any, make_shell: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A journal updated to a new version is reindexed the first time it opens; that
    # is simulated here by an unlock that takes a while, on the real worker thread.
    import time

    real_unlock = Vault.unlock.__func__  # type: ignore[attr-defined]

    def slow_unlock(cls: Any, *args: Any, **kwargs: Any) -> Any:
        time.sleep(0.6)
        return real_unlock(cls, *args, **kwargs)

    monkeypatch.setattr(Vault, "unlock", classmethod(slow_unlock))
    window = make_shell(synchronous=False).window
    screen = window.unlock_screen
    screen.slow_timer.setInterval(100)
    unlock(qtbot, window, PASSPHRASE)
    qtbot.waitUntil(lambda: "Still opening" in screen.message.text(), timeout=3000)
    assert window.current_screen() == "unlock"
    qtbot.waitUntil(lambda: window.current_screen() == "workspace", timeout=10_000)
    assert not screen.slow_timer.isActive()
