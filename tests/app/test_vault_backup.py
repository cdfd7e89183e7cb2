"""Migrations run after an encrypted backup; backups rotate; restore verifies first."""

from __future__ import annotations

from pathlib import Path

import pytest
from vault_fixtures import PASSPHRASE, fingerprint

from app.platform.schema import SchemaStep
from app.vault import backup, migrations
from app.vault.errors import VaultDamaged
from app.vault.layout import VaultPaths
from app.vault.vault import Vault


def _add_migration(monkeypatch: pytest.MonkeyPatch, version: int) -> None:
    def add_table(connection) -> None:
        connection.execute(f"CREATE TABLE added_v{version} (x INTEGER)")

    extra = SchemaStep(version, f"test table {version}", add_table)
    monkeypatch.setattr(migrations, "MIGRATIONS", (*migrations.MIGRATIONS, extra))


def test_migration_runs_after_a_backup_that_keeps_the_old_version(
    make_vault, vault_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    make_vault()
    paths = VaultPaths.for_dir(vault_dir)
    assert backup.list_backups(paths) == []
    latest = migrations.LATEST_VERSION
    _add_migration(monkeypatch, latest + 1)

    vault = Vault.unlock(vault_dir, PASSPHRASE)
    try:
        assert migrations.current_version(vault.connection) == latest + 1
        key = vault.data_key
    finally:
        vault.close()

    [made] = backup.list_backups(paths)
    info = backup.verify_backup(made, key)
    assert info.schema_version == latest  # user_version copied, not left at 0


def test_failed_migration_rolls_back_and_keeps_the_vault_usable(
    make_vault, vault_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    make_vault()

    def broken(connection) -> None:
        connection.execute("CREATE TABLE half_done (x INTEGER)")
        raise RuntimeError("migration bug")

    latest = migrations.LATEST_VERSION
    monkeypatch.setattr(
        migrations,
        "MIGRATIONS",
        (*migrations.MIGRATIONS, SchemaStep(latest + 1, "broken", broken)),
    )
    with pytest.raises(RuntimeError):
        Vault.unlock(vault_dir, PASSPHRASE)
    monkeypatch.undo()
    vault = Vault.unlock(vault_dir, PASSPHRASE)
    try:
        assert migrations.current_version(vault.connection) == latest
        names = {r[0] for r in vault.connection.execute("SELECT name FROM sqlite_master")}
        assert "half_done" not in names
    finally:
        vault.close()


def test_backups_rotate_keeping_at_least_three(make_vault, vault_dir: Path) -> None:
    make_vault()
    vault = Vault.unlock(vault_dir, PASSPHRASE)
    try:
        made = [vault.backup() for _ in range(backup.KEEP_BACKUPS + 3)]
    finally:
        vault.close()
    kept = backup.list_backups(VaultPaths.for_dir(vault_dir))
    assert backup.KEEP_BACKUPS >= 3
    assert len(kept) == backup.KEEP_BACKUPS
    assert kept == sorted(made[-backup.KEEP_BACKUPS :], reverse=True)


def test_restore_newest_good_backup_after_damage(make_vault, vault_dir: Path) -> None:
    make_vault()
    vault = Vault.unlock(vault_dir, PASSPHRASE)
    vault.connection.execute("INSERT INTO meta (key, value) VALUES ('saved', 'before backup')")
    good = vault.backup()
    vault.close()
    database = vault_dir / "mooring.db"
    damaged_bytes = b"\x00" * 8192
    database.write_bytes(damaged_bytes)
    # A newer backup that is itself damaged must be skipped.
    newer = good.with_name(
        good.name.replace("-v1", "-v1").replace("mooring-backup-", "mooring-backup-9")
    )
    newer.write_bytes(b"not a backup")

    with pytest.raises(VaultDamaged):
        Vault.unlock(vault_dir, PASSPHRASE)
    restored = Vault.restore_newest_backup(vault_dir, PASSPHRASE)
    try:
        row = restored.connection.execute("SELECT value FROM meta WHERE key='saved'").fetchone()
        assert row == ("before backup",)
    finally:
        restored.close()
    set_aside = list((vault_dir / "set-aside").glob("*.db"))
    assert [p.read_bytes() for p in set_aside] == [damaged_bytes]  # kept, never deleted


def test_restore_without_any_good_backup_changes_nothing(make_vault, vault_dir: Path) -> None:
    make_vault()
    (vault_dir / "mooring.db").write_bytes(b"\x01" * 8192)
    before = fingerprint(vault_dir)
    with pytest.raises(VaultDamaged, match="No good backup"):
        Vault.restore_newest_backup(vault_dir, PASSPHRASE)
    assert fingerprint(vault_dir) == before
