"""Backups the person can see, copies to a folder they pick, and restore from either,
with real vault files: checked first, the journal kept first, nothing changed on failure."""

from __future__ import annotations

import os
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from vault_fixtures import PASSPHRASE, SMALL_KDF, fingerprint

from app.vault import backup, engine, migrations
from app.vault.errors import (
    KeyFileDamaged,
    NoVault,
    StorageError,
    VaultDamaged,
    VaultExists,
    WrongPassphrase,
)
from app.vault.layout import VaultPaths
from app.vault.vault import Vault

CANARY = "canary-plain-text-7f3a"
OTHER_PASSPHRASE = "meadow copper kettle 19"


def set_marker(vault: Vault, value: str) -> None:
    vault.connection.execute(
        "INSERT INTO meta (key, value) VALUES ('test-marker', ?) "
        "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        (value,),
    )


def marker_of(database: Path, key: bytes) -> str | None:
    connection = engine.connect(database, key, read_only=True)
    try:
        row = connection.execute("SELECT value FROM meta WHERE key = 'test-marker'").fetchone()
    finally:
        connection.close()
    return None if row is None else str(row[0])


def journal_marker(root: Path, passphrase: str = PASSPHRASE) -> str | None:
    vault = Vault.unlock(root, passphrase)
    try:
        row = vault.connection.execute(
            "SELECT value FROM meta WHERE key = 'test-marker'"
        ).fetchone()
        return None if row is None else str(row[0])
    finally:
        vault.close()


@pytest.fixture
def journal(vault_dir: Path) -> tuple[VaultPaths, bytes]:
    """A closed vault holding marker "before" plus a canary, with one backup of that."""
    vault, _code = Vault.create(vault_dir, PASSPHRASE, kdf=SMALL_KDF)
    try:
        set_marker(vault, "before")
        vault.connection.execute(
            "INSERT INTO meta (key, value) VALUES ('test-canary', ?)", (CANARY,)
        )
        key = vault.data_key
    finally:
        vault.close()
    paths = VaultPaths.for_dir(vault_dir)
    backup.backup_in_own_connection(paths, key)
    return paths, key


def change_marker(paths: VaultPaths, value: str) -> None:
    vault = Vault.unlock(paths.root, PASSPHRASE)
    try:
        set_marker(vault, value)
    finally:
        vault.close()


# ----- the list ----------------------------------------------------------------------


def test_an_empty_vault_lists_no_backups(vault: Vault) -> None:
    assert backup.describe_backups(vault.paths) == []


def test_backups_are_listed_newest_first_with_date_size_and_version(
    journal: tuple[VaultPaths, bytes],
) -> None:
    paths, key = journal
    before = datetime.now(UTC)
    second = backup.backup_in_own_connection(paths, key)
    entries = backup.describe_backups(paths)
    assert entries[0].path == second and len(entries) == 2
    newest = entries[0]
    assert newest.size == second.stat().st_size > 0
    assert newest.schema_version == migrations.LATEST_VERSION
    assert before - timedelta(seconds=1) <= newest.made_at <= datetime.now(UTC)
    # An older Mooring's backup name carries no version: listed, version unknown.
    plain = paths.backups_dir / "mooring-backup-20200101T000000000000Z.db"
    plain.write_bytes(second.read_bytes())
    [entry] = [e for e in backup.describe_backups(paths) if e.path == plain]
    assert entry.schema_version is None
    assert entry.made_at == datetime(2020, 1, 1, tzinfo=UTC)


# ----- saving a copy -------------------------------------------------------------------


def test_a_copy_opens_with_the_same_passphrase_and_not_another(
    journal: tuple[VaultPaths, bytes], tmp_path: Path
) -> None:
    paths, key = journal
    drive = tmp_path / "drive"
    drive.mkdir()
    folder = backup.new_copy_folder(drive, date(2026, 12, 3))
    assert folder.name == "copy-2026-12-03"
    made = backup.save_copy(paths, key, folder)
    assert made == folder
    assert sorted(p.name for p in folder.iterdir()) == ["mooring.db", "mooring.key"]
    assert oct(folder.stat().st_mode & 0o777) == oct(0o700)
    for name in ("mooring.db", "mooring.key"):
        assert oct((folder / name).stat().st_mode & 0o777) == oct(0o600)
        assert CANARY.encode() not in (folder / name).read_bytes()
    assert journal_marker(folder) == "before"
    with pytest.raises(WrongPassphrase):
        Vault.unlock(folder, OTHER_PASSPHRASE)
    # A second folder name is chosen for the same day.
    assert backup.new_copy_folder(drive, date(2026, 12, 3)).name == "copy-2026-12-03-2"


def test_a_copy_refuses_a_folder_that_holds_a_journal(
    journal: tuple[VaultPaths, bytes], tmp_path: Path
) -> None:
    paths, key = journal
    folder = tmp_path / "copy"
    backup.save_copy(paths, key, folder)
    before = fingerprint(tmp_path)
    with pytest.raises(VaultExists, match="already holds a Mooring journal"):
        backup.save_copy(paths, key, folder)
    with pytest.raises(VaultExists):
        backup.save_copy(paths, key, paths.root)
    with pytest.raises(VaultExists, match="outside Mooring's own data folder"):
        backup.save_copy(paths, key, paths.root / "inside")
    assert fingerprint(tmp_path) == before


def test_a_cancelled_copy_leaves_nothing(journal: tuple[VaultPaths, bytes], tmp_path: Path) -> None:
    paths, key = journal
    new_folder = tmp_path / "new"
    with pytest.raises(backup.BackupCancelled):
        backup.save_copy(paths, key, new_folder, should_stop=lambda: True)
    assert not new_folder.exists()
    # A folder that was there (a drive with the person's own files) stays, untouched.
    drive = tmp_path / "drive"
    drive.mkdir()
    (drive / "theirs.txt").write_text("theirs")
    partial = drive / "mooring.db.partial"

    def after_the_export() -> bool:  # cancelled once the database part is written
        return partial.exists() and partial.stat().st_size > 0

    with pytest.raises(backup.BackupCancelled):
        backup.save_copy(paths, key, drive, should_stop=after_the_export)
    assert sorted(p.name for p in drive.iterdir()) == ["theirs.txt"]


def test_a_copy_into_a_missing_place_is_one_sentence(
    journal: tuple[VaultPaths, bytes], tmp_path: Path
) -> None:
    paths, key = journal
    with pytest.raises(StorageError, match=r"^Mooring can't write to that folder \(.*\)\.$"):
        backup.save_copy(paths, key, tmp_path / "no" / "such" / "place")
    (tmp_path / "a-file").write_text("x")
    with pytest.raises(StorageError):
        backup.save_copy(paths, key, tmp_path / "a-file")
    assert (tmp_path / "a-file").read_text() == "x"


def test_a_copy_needs_this_journals_key(journal: tuple[VaultPaths, bytes], tmp_path: Path) -> None:
    paths, _key = journal
    with pytest.raises(KeyFileDamaged):
        backup.save_copy(paths, bytes(32), tmp_path / "copy")
    assert not (tmp_path / "copy").exists()


# ----- restoring -----------------------------------------------------------------------


def test_restore_from_a_backup_keeps_the_journal_first(
    journal: tuple[VaultPaths, bytes],
) -> None:
    paths, key = journal
    [source] = backup.list_backups(paths)
    change_marker(paths, "after")
    restored = backup.restore_from(paths, source, data_key=key)
    assert journal_marker(paths.root) == "before"
    assert restored.kept is not None and restored.kept in backup.list_backups(paths)
    assert marker_of(restored.kept, key) == "after"  # the journal as it was, kept
    assert restored.source.same_journal
    assert not list(paths.root.glob(".*restoring*"))
    # The list tells it from the daily backups, and still reads its version.
    kept, daily = backup.describe_backups(paths)
    assert kept.path == restored.kept and kept.before_restore
    assert kept.schema_version == daily.schema_version is not None
    assert not daily.before_restore


def test_restore_from_a_copy_and_from_its_database_file(
    journal: tuple[VaultPaths, bytes], tmp_path: Path
) -> None:
    paths, key = journal
    copy = backup.save_copy(paths, key, tmp_path / "copy")
    change_marker(paths, "after")
    backup.restore_from(paths, copy, data_key=key)
    assert journal_marker(paths.root) == "before"
    change_marker(paths, "again")
    backup.restore_from(paths, copy / "mooring.db", passphrase=PASSPHRASE)
    assert journal_marker(paths.root) == "before"


def test_a_copy_made_before_a_passphrase_change_still_restores(
    journal: tuple[VaultPaths, bytes], tmp_path: Path
) -> None:
    paths, key = journal
    copy = backup.save_copy(paths, key, tmp_path / "copy")
    vault = Vault.unlock(paths.root, PASSPHRASE)
    try:
        vault.change_passphrase(PASSPHRASE, OTHER_PASSPHRASE)
        set_marker(vault, "after")
    finally:
        vault.close()
    # With the copy's (old) passphrase: the same journal, so the current key file stays.
    backup.restore_from(paths, copy, passphrase=PASSPHRASE)
    assert journal_marker(paths.root, OTHER_PASSPHRASE) == "before"
    with pytest.raises(WrongPassphrase):
        Vault.unlock(paths.root, PASSPHRASE)


def test_a_copy_with_a_wrong_passphrase_is_refused_and_nothing_changes(
    journal: tuple[VaultPaths, bytes], tmp_path: Path
) -> None:
    paths, key = journal
    copy = backup.save_copy(paths, key, tmp_path / "copy")
    other_root = tmp_path / "other"
    other, _code = Vault.create(other_root, OTHER_PASSPHRASE, kdf=SMALL_KDF)
    other.close()
    other_paths = VaultPaths.for_dir(other_root)
    before = fingerprint(other_root)
    with pytest.raises(WrongPassphrase, match=r"^That passphrase doesn't open this copy"):
        backup.restore_from(other_paths, copy, passphrase=OTHER_PASSPHRASE)
    with pytest.raises(backup.OtherJournal, match="different journal"):
        backup.restore_from(other_paths, copy, passphrase=PASSPHRASE)
    with pytest.raises(WrongPassphrase, match="Type the passphrase of this copy"):
        backup.restore_from(other_paths, copy, data_key=_key_of(other_root))
    assert fingerprint(other_root) == before


def _key_of(root: Path) -> bytes:
    from app.vault.vault import unwrap_with_passphrase

    return unwrap_with_passphrase(VaultPaths.for_dir(root), OTHER_PASSPHRASE)


def test_a_copy_restores_into_a_folder_with_no_journal_yet(
    journal: tuple[VaultPaths, bytes], tmp_path: Path
) -> None:
    paths, key = journal
    copy = backup.save_copy(paths, key, tmp_path / "copy")
    fresh = VaultPaths.for_dir(tmp_path / "new-computer")
    with pytest.raises(WrongPassphrase):
        backup.restore_from(fresh, copy, passphrase=OTHER_PASSPHRASE)
    assert not fresh.root.exists() or not fresh.exists()
    restored = backup.restore_from(fresh, copy, passphrase=PASSPHRASE)
    assert restored.kept is None
    assert journal_marker(fresh.root) == "before"
    # A lone backup file has no key to go with it.
    [lone] = backup.list_backups(paths)
    with pytest.raises(WrongPassphrase, match="only be restored into the journal it came from"):
        backup.restore_from(VaultPaths.for_dir(tmp_path / "empty"), lone, passphrase=PASSPHRASE)


def _set_version(database: Path, key: bytes, version: int) -> None:
    connection = engine.connect(database, key)
    try:
        connection.execute(f"PRAGMA user_version = {version}")
    finally:
        connection.close()


def test_a_backup_from_a_newer_mooring_is_refused(
    journal: tuple[VaultPaths, bytes],
) -> None:
    paths, key = journal
    [source] = backup.list_backups(paths)
    _set_version(source, key, migrations.LATEST_VERSION + 1)
    before = fingerprint(paths.root)
    with pytest.raises(backup.NewerBackup, match=r"^This backup was made by a newer version"):
        backup.restore_from(paths, source, data_key=key)
    assert fingerprint(paths.root) == before


def test_an_older_backup_restores_and_migrates_on_the_next_open(
    journal: tuple[VaultPaths, bytes],
) -> None:
    paths, key = journal
    [source] = backup.list_backups(paths)
    _set_version(source, key, migrations.LATEST_VERSION)  # as it is: not newer
    backup.restore_from(paths, source, data_key=key)
    assert journal_marker(paths.root) == "before"


@pytest.mark.parametrize("damage", ["middle", "start", "not-mooring", "empty"])
def test_a_damaged_backup_is_refused_and_nothing_changes(
    journal: tuple[VaultPaths, bytes], tmp_path: Path, damage: str
) -> None:
    paths, key = journal
    [good] = backup.list_backups(paths)
    source = tmp_path / "mooring-backup-damaged.db"
    data = bytearray(good.read_bytes())
    if damage == "middle":
        data[len(data) // 2] ^= 0xFF
    elif damage == "start":
        data[100] ^= 0xFF
    elif damage == "not-mooring":
        data = bytearray(os.urandom(len(data)))
    else:
        data = bytearray()
    source.write_bytes(bytes(data))
    change_marker(paths, "after")
    before = fingerprint(paths.root)
    with pytest.raises(VaultDamaged) as raised:
        backup.restore_from(paths, source, data_key=key)
    message = str(raised.value)
    assert message.endswith("nothing was changed.") and "\n" not in message
    assert fingerprint(paths.root) == before
    assert journal_marker(paths.root) == "after"


def test_a_sqlite_file_that_is_not_a_journal_is_refused(
    journal: tuple[VaultPaths, bytes], tmp_path: Path
) -> None:
    paths, key = journal
    stranger = tmp_path / "stranger.db"
    connection = engine.connect(stranger, key, create=True)
    try:
        connection.execute("CREATE TABLE t (x)")
    finally:
        connection.close()
    with pytest.raises(VaultDamaged, match="isn't a Mooring backup"):
        backup.restore_from(paths, stranger, data_key=key)


def test_missing_sources_and_the_journal_itself_are_refused(
    journal: tuple[VaultPaths, bytes], tmp_path: Path
) -> None:
    paths, key = journal
    with pytest.raises(NoVault, match="can't be found"):
        backup.restore_from(paths, tmp_path / "nothing.db", data_key=key)
    (tmp_path / "empty-folder").mkdir()
    with pytest.raises(NoVault, match="no Mooring copy in that folder"):
        backup.restore_from(paths, tmp_path / "empty-folder", data_key=key)
    with pytest.raises(VaultDamaged, match="the journal itself"):
        backup.restore_from(paths, paths.database, data_key=key)
    with pytest.raises(VaultDamaged, match="the journal itself"):
        backup.restore_from(paths, paths.root, data_key=key)


def test_restoring_the_oldest_of_full_rotation_keeps_it(
    journal: tuple[VaultPaths, bytes],
) -> None:
    paths, key = journal
    for _ in range(backup.KEEP_BACKUPS - 1):
        backup.backup_in_own_connection(paths, key)
    oldest = backup.list_backups(paths)[-1]
    assert len(backup.list_backups(paths)) == backup.KEEP_BACKUPS
    change_marker(paths, "after")
    restored = backup.restore_from(paths, oldest, data_key=key)
    assert journal_marker(paths.root) == "before"
    assert restored.kept in backup.list_backups(paths)


def test_a_journal_too_damaged_to_export_is_set_aside_before_the_restore(
    journal: tuple[VaultPaths, bytes],
) -> None:
    paths, key = journal
    [source] = backup.list_backups(paths)
    data = bytearray(paths.database.read_bytes())
    data[len(data) // 2] ^= 0xFF
    paths.database.write_bytes(bytes(data))
    restored = backup.restore_from(paths, source, data_key=key)
    assert restored.kept is not None and restored.kept.parent == paths.damaged_dir
    assert restored.kept.read_bytes() == bytes(data)
    assert journal_marker(paths.root) == "before"


def test_a_restore_that_cannot_write_changes_nothing(
    journal: tuple[VaultPaths, bytes], monkeypatch: pytest.MonkeyPatch
) -> None:
    paths, key = journal
    [source] = backup.list_backups(paths)
    change_marker(paths, "after")

    def refuse(*_args: Any, **_kwargs: Any) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(backup, "replace_with_retry", refuse)
    with pytest.raises(StorageError, match=r"\(No space left on device\)\.$"):
        backup.restore_from(paths, source, data_key=key)
    monkeypatch.undo()
    assert journal_marker(paths.root) == "after"
    assert not list(paths.root.glob(".*restoring*"))


@pytest.mark.skipif(not hasattr(os, "fdatasync"), reason="flushed at the end only there")
def test_an_export_is_flushed_to_disk_as_it_grows(
    journal: tuple[VaultPaths, bytes], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """So the final fsync is small and the app's own commits never wait behind a burst."""
    paths, key = journal
    vault = Vault.unlock(paths.root, PASSPHRASE)
    try:
        vault.connection.execute("CREATE TABLE test_bulk (b BLOB)")
        vault.connection.execute(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1500) "
            "INSERT INTO test_bulk SELECT randomblob(4000) FROM n"
        )
    finally:
        vault.close()
    flushed: list[int] = []
    real = os.fdatasync

    def counting(fd: int) -> None:
        flushed.append(fd)
        real(fd)

    monkeypatch.setattr(backup, "_FLUSH_BYTES", 64 * 1024)
    monkeypatch.setattr(backup, "_FLUSH_POLL_S", 0.001)
    monkeypatch.setattr(backup.os, "fdatasync", counting)

    def unhurried() -> bool:
        # The export checks for a stop as it goes: a moment's pause there lets the
        # flushing thread run even on a machine busy with other tests.
        time.sleep(0.001)
        return False

    made = backup.backup_in_own_connection(paths, key, should_stop=unhurried, check_every=2000)
    copy = backup.save_copy(paths, key, tmp_path / "copy", should_stop=unhurried)
    assert flushed, "nothing was flushed while the export grew"
    assert backup.verify_backup(made, key).schema_version == migrations.LATEST_VERSION
    assert backup.verify_backup(copy / "mooring.db", key)
