"""Encrypted backups made with sqlcipher_export, rotated, verified before any restore."""

from __future__ import annotations

import contextlib
import os
import shutil
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from app.vault import engine
from app.vault.atomic import fsync_directory, replace_with_retry
from app.vault.layout import VaultPaths

KEEP_BACKUPS = 5
_PREFIX = "mooring-backup-"
_SUFFIX = ".db"
WAL_SUFFIXES = ("-wal", "-shm")


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    schema_version: int


def _timestamp() -> str:
    return datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")


def list_backups(paths: VaultPaths) -> list[Path]:
    """Backups newest first (names sort by their UTC timestamp)."""
    if not paths.backups_dir.is_dir():
        return []
    found = [
        p
        for p in paths.backups_dir.iterdir()
        if p.name.startswith(_PREFIX) and p.name.endswith(_SUFFIX)
    ]
    return sorted(found, key=lambda p: p.name, reverse=True)


def create_backup(connection: Any, paths: VaultPaths, data_key: bytes) -> Path:
    """Export the open database into a new encrypted file under backups/.

    ``sqlcipher_export`` does not carry ``user_version``, so it is copied explicitly.
    """
    paths.backups_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    version = int(connection.execute("PRAGMA user_version").fetchone()[0])
    final = paths.backups_dir / f"{_PREFIX}{_timestamp()}-v{version}{_SUFFIX}"
    partial = final.with_name(final.name + ".partial")
    with contextlib.suppress(FileNotFoundError):
        partial.unlink()
    partial.touch(mode=0o600)
    connection.execute(
        "ATTACH DATABASE ? AS backup KEY ?", (str(partial), engine.key_pragma_value(data_key))
    )
    try:
        connection.execute("SELECT sqlcipher_export('backup')").fetchall()
        connection.execute(f"PRAGMA backup.user_version = {version}")
    finally:
        connection.execute("DETACH DATABASE backup")
    with open(partial, "rb+") as handle:
        os.fsync(handle.fileno())
    verify_backup(partial, data_key)
    replace_with_retry(partial, final)
    fsync_directory(paths.backups_dir)
    rotate(paths)
    return final


def rotate(paths: VaultPaths, keep: int = KEEP_BACKUPS) -> None:
    for old in list_backups(paths)[keep:]:
        old.unlink()


def verify_backup(path: Path, data_key: bytes) -> BackupInfo:
    """Open a backup read-only and run both integrity checks; raises VaultDamaged."""
    from app.vault.errors import VaultDamaged

    connection = engine.connect(path, data_key, read_only=True)
    try:
        problems = integrity_problems(connection)
        version = int(connection.execute("PRAGMA user_version").fetchone()[0])
    except engine.database_errors() as error:
        raise VaultDamaged("This backup is damaged.") from error
    finally:
        connection.close()
    if problems or version < 1:
        raise VaultDamaged("This backup is damaged.")
    return BackupInfo(path, version)


def integrity_problems(connection: Any) -> list[str]:
    """Results of integrity_check and cipher_integrity_check that are not 'ok'."""
    problems = [str(r[0]) for r in connection.execute("PRAGMA integrity_check").fetchall()]
    problems = [p for p in problems if p.lower() != "ok"]
    problems += [str(r[0]) for r in connection.execute("PRAGMA cipher_integrity_check").fetchall()]
    return problems


def set_aside(paths: VaultPaths) -> Path:
    """Copy the damaged database (and its WAL files) into set-aside/; deletes nothing."""
    paths.damaged_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    stamp = _timestamp()
    target = paths.damaged_dir / f"mooring-damaged-{stamp}.db"
    if paths.database.exists():
        shutil.copy2(paths.database, target)
    for suffix in WAL_SUFFIXES:
        companion = Path(str(paths.database) + suffix)
        if companion.exists():
            shutil.copy2(companion, Path(str(target) + suffix))
    fsync_directory(paths.damaged_dir)
    return target


def restore_newest_good(paths: VaultPaths, data_key: bytes) -> Path:
    """Replace the database with the newest backup that verifies.

    The current database and its WAL files are copied aside first, and the WAL files
    are moved out of the way so they cannot be replayed over the restored copy.
    """
    from app.vault.errors import VaultDamaged

    for candidate in list_backups(paths):
        try:
            verify_backup(candidate, data_key)
        except VaultDamaged:
            continue
        set_aside(paths)
        staging = paths.root / f".{paths.database.name}.restoring"
        staging.touch(mode=0o600)
        shutil.copyfile(candidate, staging)
        with open(staging, "rb+") as handle:
            os.fsync(handle.fileno())
        for suffix in WAL_SUFFIXES:
            companion = Path(str(paths.database) + suffix)
            with contextlib.suppress(FileNotFoundError):
                companion.unlink()  # its copy is in set-aside/
        replace_with_retry(staging, paths.database)
        fsync_directory(paths.root)
        return candidate
    raise VaultDamaged("No good backup was found to restore from.")
