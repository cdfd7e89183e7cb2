"""The "Your data" page's Backups section in a real unlocked window over a real vault:
the list, Back up now, Save an encrypted copy, Restore (a backup, a copy) and what the
window shows afterwards."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from data_helpers import open_page
from exchange_helpers import add_entry, unlock, worker
from PySide6.QtCore import Qt
from ui_fixtures import PASSPHRASE

from app.vault import backup
from app.vault.layout import VaultPaths
from app.vault.vault import Vault

pytestmark = pytest.mark.usefixtures("existing_vault")


def titles(shell: Any) -> list[str]:
    def read(vault: Any) -> list[str]:
        rows = vault.connection.execute(
            "SELECT title FROM entries WHERE deleted_at IS NULL ORDER BY id"
        ).fetchall()
        return [str(row[0]) for row in rows]

    return list(worker(shell, read))


def settle(qtbot: Any, page: Any, action: Any) -> None:
    with qtbot.waitSignal(page.settled, timeout=30_000):
        action()
    assert page.wait()


def test_the_page_is_after_the_therapist_page_and_says_when_there_are_no_backups(
    qtbot: Any, make_shell: Any, data_module: str
) -> None:
    import ui.exchange

    ui.exchange.register()
    shell = unlock(qtbot, make_shell)
    ids = shell.window.workspace.module_ids
    assert ids.index("data") == ids.index("exchange") + 1
    page = open_page(shell)
    assert page.header.title.text() == "Your data"
    assert page.entries == []
    assert page.empty.isVisible() and not page.table.isVisible()
    assert not page.restore_button.isVisible() and not page.restore_button.isEnabled()
    for button in (page.backup_button, page.copy_button, page.restore_button):
        assert button.accessibleName() and "&" in button.text()


def test_back_up_now_adds_a_backup_to_the_list(
    qtbot: Any, make_shell: Any, data_module: str, data_dir: Path
) -> None:
    shell = unlock(qtbot, make_shell)
    page = open_page(shell)
    settle(qtbot, page, lambda: qtbot.mouseClick(page.backup_button, Qt.MouseButton.LeftButton))
    [made] = backup.list_backups(VaultPaths.for_dir(data_dir))
    assert [entry.path for entry in page.entries] == [made]
    assert page.table.isVisible() and page.table.topLevelItemCount() == 1
    row = page.table.topLevelItem(0)
    assert "(this version)" in row.text(2)
    assert row.text(1)  # a size in the person's locale
    assert page.chosen() is not None and page.restore_button.isEnabled()
    assert page.banner.tone.value == "success"
    assert not page.busy.isVisible() and not page.stop_button.isVisible()


def test_a_stopped_backup_leaves_nothing(
    qtbot: Any, make_shell: Any, data_module: str, data_dir: Path
) -> None:
    shell = unlock(qtbot, make_shell)
    page = open_page(shell)

    def start_then_stop() -> None:
        page.back_up_now()
        page.stop()

    settle(qtbot, page, start_then_stop)
    assert backup.list_backups(VaultPaths.for_dir(data_dir)) == []
    assert page.banner.text() == "Stopped. Nothing was saved."
    assert not list((data_dir / "backups").glob("*.partial*"))


def test_save_a_copy_to_a_chosen_folder_that_opens_with_the_passphrase(
    qtbot: Any, make_shell: Any, data_module: str, tmp_path: Path
) -> None:
    shell = unlock(qtbot, make_shell)
    add_entry(shell, "Kept in the copy", "words")
    page = open_page(shell)
    drive = tmp_path / "drive"
    drive.mkdir()
    page.folder_dialog = lambda _parent, _title: str(drive)
    page.today = lambda: date(2026, 12, 3)
    settle(qtbot, page, lambda: qtbot.mouseClick(page.copy_button, Qt.MouseButton.LeftButton))
    copy = drive / "copy-2026-12-03"
    assert page.saved_to == copy
    assert sorted(p.name for p in copy.iterdir()) == ["mooring.db", "mooring.key"]
    assert b"Kept in the copy" not in (copy / "mooring.db").read_bytes()
    opened = Vault.unlock(copy, PASSPHRASE)
    try:
        row = opened.connection.execute("SELECT title FROM entries").fetchone()
        assert row[0] == "Kept in the copy"
    finally:
        opened.close()
    assert "copy-2026-12-03" in page.banner.text()


def test_a_cancelled_folder_dialog_does_nothing(
    qtbot: Any, make_shell: Any, data_module: str, tmp_path: Path
) -> None:
    shell = unlock(qtbot, make_shell)
    page = open_page(shell)
    page.folder_dialog = lambda _parent, _title: ""
    page.save_copy()
    page.restore_from_copy()
    assert not page.is_busy() and not page.banner.isVisible()


def test_restore_a_backup_locks_then_the_journal_is_as_in_the_backup(
    qtbot: Any, make_shell: Any, data_module: str, data_dir: Path
) -> None:
    shell = unlock(qtbot, make_shell)
    add_entry(shell, "Before the backup", "one")
    page = open_page(shell)
    settle(qtbot, page, page.back_up_now)
    add_entry(shell, "After the backup", "two")
    assert titles(shell) == ["Before the backup", "After the backup"]

    asked: list[str] = []

    def confirm(_parent: Any, what: str) -> bool:
        asked.append(what)
        return True

    page.confirm = confirm
    page.table.setCurrentItem(page.table.topLevelItem(0))
    settle(qtbot, page, lambda: qtbot.mouseClick(page.restore_button, Qt.MouseButton.LeftButton))
    assert asked and asked[0].startswith("the backup made ")
    # Locked: no page of the old journal is left on screen.
    assert shell.window.current_screen() == "unlock"
    assert shell.window.workspace is None
    message = shell.window.unlock_screen.message
    assert message.text().startswith("Your journal was restored from the backup made ")
    # The journal as it was is kept as a backup: now two.
    assert len(backup.list_backups(VaultPaths.for_dir(data_dir))) == 2

    qtbot.keyClicks(shell.window.unlock_screen.passphrase, PASSPHRASE)
    qtbot.mouseClick(shell.window.unlock_screen.unlock_button, Qt.MouseButton.LeftButton)
    assert shell.window.current_screen() == "workspace"
    assert titles(shell) == ["Before the backup"]
    page = open_page(shell)
    assert len(page.entries) == 2
    # The list says which one is the journal as it was before the restore.
    first, second = (page.table.topLevelItem(row).text(0) for row in range(2))
    assert first.endswith(" (your journal before a restore)")
    assert "restore" not in second


def test_declining_the_confirmation_changes_nothing(
    qtbot: Any, make_shell: Any, data_module: str, data_dir: Path
) -> None:
    shell = unlock(qtbot, make_shell)
    page = open_page(shell)
    settle(qtbot, page, page.back_up_now)
    add_entry(shell, "Still here", "")
    page.confirm = lambda _parent, _what: False
    page.table.setCurrentItem(page.table.topLevelItem(0))
    page.restore_chosen()
    assert shell.window.current_screen() == "workspace" and not page.is_busy()
    assert titles(shell) == ["Still here"]


def test_restore_from_a_copy_on_a_drive(
    qtbot: Any, make_shell: Any, data_module: str, tmp_path: Path
) -> None:
    shell = unlock(qtbot, make_shell)
    add_entry(shell, "In the copy", "")
    page = open_page(shell)
    drive = tmp_path / "drive"
    drive.mkdir()
    page.folder_dialog = lambda _parent, _title: str(drive)
    settle(qtbot, page, page.save_copy)
    copy = page.saved_to
    add_entry(shell, "Not in the copy", "")
    page.folder_dialog = lambda _parent, _title: str(copy)
    page.confirm = lambda _parent, _what: True
    settle(qtbot, page, page.restore_from_copy)
    assert shell.window.current_screen() == "unlock"
    qtbot.keyClicks(shell.window.unlock_screen.passphrase, PASSPHRASE)
    qtbot.mouseClick(shell.window.unlock_screen.unlock_button, Qt.MouseButton.LeftButton)
    assert titles(shell) == ["In the copy"]


def test_a_bad_backup_is_refused_on_the_page_and_nothing_changes(
    qtbot: Any, make_shell: Any, data_module: str, tmp_path: Path
) -> None:
    shell = unlock(qtbot, make_shell)
    add_entry(shell, "Mine", "")
    page = open_page(shell)
    page.confirm = lambda _parent, _what: True
    # A copy of another journal.
    other = tmp_path / "other"
    from ui_fixtures import SMALL_KDF

    vault, _code = Vault.create(other, "another long passphrase 77", kdf=SMALL_KDF)
    vault.close()
    page.folder_dialog = lambda _parent, _title: str(other)
    settle(qtbot, page, page.restore_from_copy)
    assert shell.window.current_screen() == "workspace"
    assert page.banner.text().startswith("This copy is of a different journal")
    # A folder with nothing of Mooring in it.
    empty = tmp_path / "empty"
    empty.mkdir()
    page.folder_dialog = lambda _parent, _title: str(empty)
    settle(qtbot, page, page.restore_from_copy)
    assert page.banner.text() == "There is no Mooring copy in that folder."
    assert "\n" not in page.banner.text()
    assert titles(shell) == ["Mine"]


def test_locking_stops_a_running_copy_and_forgets_the_list(
    qtbot: Any, make_shell: Any, data_module: str, tmp_path: Path
) -> None:
    shell = unlock(qtbot, make_shell)
    page = open_page(shell)
    settle(qtbot, page, page.back_up_now)
    drive = tmp_path / "drive"
    drive.mkdir()
    page.folder_dialog = lambda _parent, _title: str(drive)
    page.save_copy()
    shell.window.lock()
    assert page.wait()
    assert page.entries == [] and page.table.topLevelItemCount() == 0
    # Stopped in time or finished: never a half-written copy.
    leftovers = [p.name for p in drive.rglob("*") if p.is_file()]
    assert sorted(leftovers) in ([], ["mooring.db", "mooring.key"])
