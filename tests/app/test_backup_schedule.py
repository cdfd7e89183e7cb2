"""Regular backups: when one is due, and a backup made through its own read-only
connection while the app keeps the vault open (WAL mode, uncheckpointed writes)."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from vault_fixtures import PASSPHRASE

from app.vault import backup, engine
from app.vault.errors import VaultDamaged
from app.vault.layout import VaultPaths
from app.vault.vault import Vault

NOW = datetime(2025, 3, 4, 12, 0, tzinfo=UTC)


@pytest.fixture
def open_vault(make_vault: Callable[..., str], vault_dir: Path) -> Iterator[Vault]:
    """The vault as the app holds it while unlocked: open, WAL mode, no checkpoints."""
    make_vault()
    vault = Vault.unlock(vault_dir, PASSPHRASE)
    vault.connection.execute("PRAGMA wal_autocheckpoint = 0")
    try:
        yield vault
    finally:
        vault.close()


def _remember(vault: Vault, key: str, value: str) -> None:
    vault.connection.execute("INSERT INTO meta (key, value) VALUES (?, ?)", (key, value))


def _meta(path: Path, data_key: bytes) -> dict[str, str]:
    connection = engine.connect(path, data_key, read_only=True)
    try:
        return dict(connection.execute("SELECT key, value FROM meta").fetchall())
    finally:
        connection.close()


def _files_in(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


def _make_backup_named(paths: VaultPaths, when: datetime) -> Path:
    paths.backups_dir.mkdir(parents=True, exist_ok=True)
    stamp = when.astimezone(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    path = paths.backups_dir / f"mooring-backup-{stamp}-v1.db"
    path.write_bytes(b"stand-in")
    return path


# ----- backup_due ----------------------------------------------------------------------


def test_a_backup_is_due_when_there_is_none(tmp_path: Path) -> None:
    paths = VaultPaths.for_dir(tmp_path)
    assert backup.backup_due(paths, NOW)
    paths.backups_dir.mkdir()
    (paths.backups_dir / "mooring-backup-20250304T110000000000Z-v1.db.partial").write_bytes(b"")
    assert backup.backup_due(paths, NOW), "an unfinished file is not a backup"


def test_a_backup_is_due_once_the_newest_is_a_day_old(tmp_path: Path) -> None:
    paths = VaultPaths.for_dir(tmp_path)
    _make_backup_named(paths, NOW - timedelta(hours=30))
    _make_backup_named(paths, NOW - timedelta(hours=23, minutes=59))
    assert not backup.backup_due(paths, NOW)
    assert backup.backup_due(paths, NOW + timedelta(minutes=1))
    assert backup.backup_due(paths, NOW, max_age=timedelta(hours=1))


def test_the_newest_backup_counts_whatever_the_listing_order(tmp_path: Path) -> None:
    paths = VaultPaths.for_dir(tmp_path)
    _make_backup_named(paths, NOW - timedelta(hours=2))
    # A name without a readable time falls back to the file's modification time.
    odd = paths.backups_dir / "mooring-backup-9-restored-v1.db"
    odd.write_bytes(b"stand-in")
    old = (NOW - timedelta(days=9)).timestamp()
    os.utime(odd, (old, old))
    assert backup.backup_time(odd) == NOW - timedelta(days=9)
    assert not backup.backup_due(paths, NOW)


def test_a_backup_dated_far_in_the_future_does_not_stop_backups(tmp_path: Path) -> None:
    paths = VaultPaths.for_dir(tmp_path)
    _make_backup_named(paths, NOW + timedelta(minutes=5))
    assert not backup.backup_due(paths, NOW), "a clock a little behind is fine"
    _make_backup_named(paths, NOW + timedelta(days=300))
    assert backup.backup_due(paths, NOW)


def test_backup_due_accepts_local_naive_time(tmp_path: Path) -> None:
    paths = VaultPaths.for_dir(tmp_path)
    _make_backup_named(paths, datetime.now(UTC))
    assert not backup.backup_due(paths, datetime.now())


# ----- backup_in_own_connection ----------------------------------------------------------


def test_backup_includes_writes_still_in_the_wal(open_vault: Vault, vault_dir: Path) -> None:
    paths = open_vault.paths
    _remember(open_vault, "note", "only in the WAL so far")
    wal = Path(str(paths.database) + "-wal")
    assert wal.stat().st_size > 0
    main_file_before = paths.database.read_bytes()

    made = backup.backup_in_own_connection(paths, open_vault.data_key)

    assert backup.list_backups(paths) == [made]
    assert _meta(made, open_vault.data_key)["note"] == "only in the WAL so far"
    info = backup.verify_backup(made, open_vault.data_key)
    version = open_vault.connection.execute("PRAGMA user_version").fetchone()[0]
    assert info.schema_version == version >= 1  # user_version copied, not left at 0
    assert paths.database.read_bytes() == main_file_before, "the journal file is never written"
    assert not backup.backup_due(paths, datetime.now(UTC))

    # The app's connection carries on as before.
    _remember(open_vault, "later", "after the backup")
    assert open_vault.connection.execute("SELECT count(*) FROM meta").fetchone()[0] >= 3


def test_backup_is_one_snapshot_while_the_app_writes(open_vault: Vault) -> None:
    """A commit made while the export runs is not half in the backup, and is not blocked."""
    paths = open_vault.paths
    _remember(open_vault, "before", "1")
    wrote: list[str] = []

    def app_writes_meanwhile() -> bool:
        if not wrote:
            wrote.append("during")
            _remember(open_vault, "during", "2")
        return False

    made = backup.backup_in_own_connection(
        paths, open_vault.data_key, should_stop=app_writes_meanwhile
    )
    assert wrote == ["during"]
    saved = _meta(made, open_vault.data_key)
    assert saved["before"] == "1"
    assert "during" not in saved
    assert open_vault.connection.execute(
        "SELECT value FROM meta WHERE key = 'during'"
    ).fetchone() == ("2",)


def test_backup_while_the_vault_is_closed(make_vault: Callable[..., str], vault_dir: Path) -> None:
    make_vault()
    vault = Vault.unlock(vault_dir, PASSPHRASE)
    key, paths = vault.data_key, vault.paths
    _remember(vault, "kept", "yes")
    vault.close()
    made = backup.backup_in_own_connection(paths, key)
    assert _meta(made, key)["kept"] == "yes"
    # The vault still opens and nothing was lost.
    again = Vault.unlock(vault_dir, PASSPHRASE)
    try:
        assert again.connection.execute("SELECT value FROM meta WHERE key='kept'").fetchone()
    finally:
        again.close()


def test_backups_made_this_way_rotate(open_vault: Vault) -> None:
    paths = open_vault.paths
    made = [
        backup.backup_in_own_connection(paths, open_vault.data_key)
        for _ in range(backup.KEEP_BACKUPS + 2)
    ]
    kept = backup.list_backups(paths)
    assert backup.KEEP_BACKUPS >= 3
    assert kept == sorted(made[-backup.KEEP_BACKUPS :], reverse=True)
    assert _files_in(paths.backups_dir) == sorted(p.name for p in kept)


def test_a_backup_that_fails_to_verify_leaves_no_file(
    open_vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = open_vault.paths

    def damaged(*_args: object, **_kwargs: object) -> None:
        raise VaultDamaged("This backup is damaged.")

    monkeypatch.setattr(backup, "verify_backup", damaged)
    with pytest.raises(VaultDamaged):
        backup.backup_in_own_connection(paths, open_vault.data_key)
    assert _files_in(paths.backups_dir) == []
    assert backup.backup_due(paths, datetime.now(UTC))


def test_a_backup_that_cannot_write_leaves_no_file(
    open_vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = open_vault.paths

    def fsync_fails(_fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(backup.os, "fsync", fsync_fails)
    with pytest.raises(OSError):
        backup.backup_in_own_connection(paths, open_vault.data_key)
    assert _files_in(paths.backups_dir) == []


@pytest.mark.parametrize("stop_after_checks", [0, 1, 3])
def test_a_stopped_backup_leaves_no_file(open_vault: Vault, stop_after_checks: int) -> None:
    paths = open_vault.paths
    for i in range(300):  # enough rows for the export to poll the stop check a few times
        _remember(open_vault, f"row {i}", "x" * 200)
    checks = 0

    def stop() -> bool:
        nonlocal checks
        checks += 1
        return checks > stop_after_checks

    with pytest.raises(backup.BackupCancelled):
        backup.backup_in_own_connection(paths, open_vault.data_key, should_stop=stop)
    assert _files_in(paths.backups_dir) == []
    # The app's connection is unaffected.
    _remember(open_vault, "after", "stop")


def test_a_wrong_key_makes_no_backup(open_vault: Vault) -> None:
    paths = open_vault.paths
    with pytest.raises(VaultDamaged):
        backup.backup_in_own_connection(paths, bytes(32))
    assert _files_in(paths.backups_dir) == []


def test_unfinished_files_left_by_a_crash_are_cleared(open_vault: Vault) -> None:
    paths = open_vault.paths
    paths.backups_dir.mkdir(exist_ok=True)
    stale = paths.backups_dir / "mooring-backup-20200101T000000000000Z-v1.db.partial"
    stale_journal = Path(str(stale) + "-journal")
    fresh = paths.backups_dir / "mooring-backup-20990101T000000000000Z-v1.db.partial"
    for leftover in (stale, stale_journal, fresh):
        leftover.write_bytes(b"half")
    old = (datetime.now(UTC) - timedelta(hours=2)).timestamp()
    os.utime(stale, (old, old))
    os.utime(stale_journal, (old, old))

    made = backup.backup_in_own_connection(paths, open_vault.data_key)
    # A recent one may belong to a backup still running elsewhere: left alone.
    assert _files_in(paths.backups_dir) == sorted([made.name, fresh.name])
