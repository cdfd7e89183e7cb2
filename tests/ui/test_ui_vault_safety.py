"""The window's side of vault safety: a stray write-ahead log set aside and said so,
and damage found after unlocking making the session read-only with a restore offered."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from ui_fixtures import PASSPHRASE, SMALL_KDF

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "app"))
from stray_logs import entry_titles, place_log, plain_sqlite_log, set_aside_logs

from app.journal.entries import EntryRepository
from app.vault import wal_guard
from app.vault.errors import VaultDamaged
from app.vault.vault import Vault

PAGE = 4096


def unlock(qtbot: Any, window: Any) -> None:
    screen = window.unlock_screen
    qtbot.keyClicks(screen.passphrase, PASSPHRASE)
    qtbot.mouseClick(screen.unlock_button, Qt.MouseButton.LeftButton)


def test_a_stray_log_is_set_aside_and_the_window_says_so(
    qtbot: Any, make_shell: Any, data_dir: Path, existing_vault: str, tmp_path: Path
) -> None:
    titles = entry_titles(data_dir, PASSPHRASE)
    stray = plain_sqlite_log(tmp_path / "plain")
    place_log(data_dir, stray)
    window = make_shell().window
    unlock(qtbot, window)
    assert window.current_screen() == "workspace"
    assert wal_guard.STRAY_LOG_NOTICE in window.workspace.banner.text()
    assert set_aside_logs(data_dir) == [stray]
    window.lock()
    assert entry_titles(data_dir, PASSPHRASE) == titles


def _damage_a_page_opening_does_not_read(root: Path) -> bytes:
    """Flip a byte on a page of a long entry's text, which opening never reads."""
    vault = Vault.create(root, PASSPHRASE, kdf=SMALL_KDF)[0] if not root.exists() else None
    if vault is None:
        vault = Vault.unlock(root, PASSPHRASE)
    EntryRepository(vault.connection).create(title="long", body="many words " * 4000)
    vault.backup()
    vault.close()
    database = root / "mooring.db"
    pristine = database.read_bytes()
    for page in range(len(pristine) // PAGE - 1, 0, -1):
        damaged = bytearray(pristine)
        damaged[page * PAGE + 500] ^= 0x20
        database.write_bytes(bytes(damaged))
        try:
            Vault.unlock(root, PASSPHRASE).close()
        except VaultDamaged:
            continue
        return bytes(damaged)
    pytest.fail("every page is read when opening")


def test_damage_found_after_unlock_makes_the_journal_read_only_and_offers_restore(
    qtbot: Any, make_shell: Any, data_dir: Path, existing_vault: str
) -> None:
    damaged = _damage_a_page_opening_does_not_read(data_dir)
    shell = make_shell()
    window, session = shell.window, shell.session
    session.verify_delay_ms = 0
    unlock(qtbot, window)
    assert window.current_screen() == "workspace"
    qtbot.waitUntil(lambda: session.damage is not None, timeout=5000)
    assert "read-only" in window.workspace.banner.text()
    assert "Restore newest backup" in window.workspace.banner.text()

    failures: list[BaseException] = []
    session.submit(
        lambda vault: EntryRepository(vault.connection).create(title="t", body="more"),
        lambda _entry: None,
        failures.append,
    )
    qtbot.waitUntil(lambda: bool(failures), timeout=5000)
    assert (data_dir / "mooring.db").read_bytes() == damaged, "not one write reached it"

    window.lock()
    screen = window.unlock_screen
    assert screen.damaged_panel.isVisibleTo(window)
    assert "damage" in screen.message.text()
    qtbot.keyClicks(screen.passphrase, PASSPHRASE)
    qtbot.mouseClick(screen.restore_button, Qt.MouseButton.LeftButton)
    assert window.current_screen() == "workspace"
    assert "restored" in window.workspace.banner.text()
    assert session.damage is None
    assert [p.read_bytes() for p in (data_dir / "set-aside").glob("*.db")] == [damaged]
