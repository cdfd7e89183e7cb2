"""Encrypted backups made with sqlcipher_export, rotated, verified before any restore."""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from app.vault import engine
from app.vault.atomic import fsync_directory, replace_with_retry
from app.vault.layout import VaultPaths

KEEP_BACKUPS = 5
_PREFIX = "mooring-backup-"
_SUFFIX = ".db"
WAL_SUFFIXES = ("-wal", "-shm")
_PARTIAL = ".partial"
_STAMP_FORMAT = "%Y%m%dT%H%M%S%fZ"
_STAMP = re.compile(r"^mooring-backup-(\d{8}T\d{12}Z)")
# How long a backup may be old before the next unlock makes a new one.
DEFAULT_MAX_AGE = timedelta(hours=24)
# A partial file this old belongs to no running backup (one takes seconds): a crash left it.
_STALE_PARTIAL_SECONDS = 3600
# SQLite calls the stop check every this many virtual-machine steps (well under 1 ms).
_STOP_CHECK_STEPS = 1000

StopCheck = Callable[[], bool]


class BackupCancelled(Exception):
    """The backup was asked to stop (the vault locked); no file was kept."""


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


def backup_time(path: Path) -> datetime:
    """When a backup was made: the UTC time in its name, else the file's modification time."""
    match = _STAMP.match(path.name)
    if match is not None:
        with contextlib.suppress(ValueError):
            return datetime.strptime(match.group(1), _STAMP_FORMAT).replace(tzinfo=UTC)
    return datetime.fromtimestamp(path.stat().st_mtime, UTC)


def backup_due(paths: VaultPaths, now: datetime, max_age: timedelta = DEFAULT_MAX_AGE) -> bool:
    """True when there is no backup, or the newest is at least ``max_age`` old.

    A newest backup dated far in the future (the clock was wrong, then corrected)
    counts as due too, so a clock mistake cannot stop backups for long.
    """
    if now.tzinfo is None:
        now = now.astimezone()
    times: list[datetime] = []
    for path in list_backups(paths):
        with contextlib.suppress(FileNotFoundError):  # rotated away meanwhile
            times.append(backup_time(path))
    if not times:
        return True
    age = now - max(times)
    return age >= max_age or age < -max_age


def create_backup(connection: Any, paths: VaultPaths, data_key: bytes) -> Path:
    """Export the open database into a new encrypted file under backups/.

    ``sqlcipher_export`` does not carry ``user_version``, so it is copied explicitly.
    """
    paths.backups_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    _remove_stale_partials(paths)  # a kill mid-backup leaves one behind
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


def verify_backup(
    path: Path, data_key: bytes, *, should_stop: StopCheck | None = None
) -> BackupInfo:
    """Open a backup read-only and run both integrity checks; raises VaultDamaged.

    ``should_stop`` (optional) is polled while checking; when it turns true the check
    ends with BackupCancelled.
    """
    from app.vault.errors import VaultDamaged

    connection = engine.connect(path, data_key, read_only=True)
    try:
        if should_stop is not None:
            _stop_when(connection, should_stop)
        problems = integrity_problems(connection)
        version = int(connection.execute("PRAGMA user_version").fetchone()[0])
    except engine.database_errors() as error:
        if should_stop is not None and should_stop():
            raise BackupCancelled from error
        raise VaultDamaged("This backup is damaged.") from error
    finally:
        connection.close()
    if problems or version < 1:
        raise VaultDamaged("This backup is damaged.")
    return BackupInfo(path, version)


def backup_in_own_connection(
    paths: VaultPaths, data_key: bytes, *, should_stop: StopCheck | None = None
) -> Path:
    """Make a verified, rotated backup through a new read-only connection of its own.

    For the regular background backup, which must not hold up the one worker that owns
    the app's connection. It is safe beside that connection, although docs/ARCHITECTURE.md
    ("Threads") gives the worker sole ownership of the database, because:
    - this connection is private to the calling thread and closed before returning;
      no connection object is shared between threads;
    - it is opened read-only (``mode=ro``) and never writes the journal database;
      it writes only the new backup file, attached to it;
    - everything is read in one WAL read transaction, so the backup is one consistent
      snapshot that includes changes still in the -wal file, while the app keeps
      writing (WAL lets one writer and many readers work at once);
    - it sets the same protections as every connection (memory security, temp files
      in memory), so nothing leaves the database unencrypted.

    ``should_stop`` is polled while exporting and verifying; when it turns true (the
    vault locked) the work stops and BackupCancelled is raised. On any failure the
    unfinished file is removed. Until it is complete and verified it does not carry
    the name ``list_backups`` looks for, so it is never taken for a backup.
    """
    stop: StopCheck = should_stop or (lambda: False)
    paths.backups_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    _remove_stale_partials(paths)
    stamp = _timestamp()
    partial = paths.backups_dir / f"{_PREFIX}{stamp}{_SUFFIX}{_PARTIAL}"
    try:
        version = _export_snapshot(paths, data_key, partial, stop)
        with open(partial, "rb+") as handle:
            os.fsync(handle.fileno())
        if stop():
            raise BackupCancelled
        verify_backup(partial, data_key, should_stop=stop)
        final = paths.backups_dir / f"{_PREFIX}{stamp}-v{version}{_SUFFIX}"
        replace_with_retry(partial, final)
    except BaseException:
        _remove_partial(partial)
        raise
    fsync_directory(paths.backups_dir)
    with contextlib.suppress(FileNotFoundError):  # another rotation got there first
        rotate(paths)
    return final


def _export_snapshot(paths: VaultPaths, data_key: bytes, partial: Path, stop: StopCheck) -> int:
    """sqlcipher_export one read snapshot of the vault into ``partial``; returns its version."""
    connection = engine.connect(paths.database, data_key, read_only=True, in_use=True)
    try:
        try:
            engine.apply_required_pragmas(connection)
            _stop_when(connection, stop)
            with contextlib.suppress(FileNotFoundError):
                partial.unlink()
            partial.touch(mode=0o600)
            connection.execute(
                "ATTACH DATABASE ? AS backup KEY ?",
                (str(partial), engine.key_pragma_value(data_key)),
            )
            try:
                # One transaction: the version and every table come from the same
                # snapshot (the app may commit between two tables otherwise).
                connection.execute("BEGIN")
                try:
                    version = int(connection.execute("PRAGMA main.user_version").fetchone()[0])
                    connection.execute("SELECT sqlcipher_export('backup')").fetchall()
                    connection.execute(f"PRAGMA backup.user_version = {version}")
                    connection.execute("COMMIT")
                finally:
                    if connection.in_transaction:
                        with contextlib.suppress(*engine.database_errors()):
                            connection.execute("ROLLBACK")
            finally:
                connection.execute("DETACH DATABASE backup")
        except engine.database_errors() as error:
            if stop():
                raise BackupCancelled from error
            raise engine.classify(error) from error
    finally:
        connection.close()
    return version


def _stop_when(connection: Any, stop: StopCheck) -> None:
    # A non-zero return from the progress handler interrupts the running statement.
    connection.set_progress_handler(lambda: 1 if stop() else 0, _STOP_CHECK_STEPS)


def _remove_partial(partial: Path) -> None:
    for leftover in (partial, Path(str(partial) + "-journal")):
        with contextlib.suppress(FileNotFoundError):
            leftover.unlink()


def _remove_stale_partials(paths: VaultPaths) -> None:
    """Remove unfinished backups a crash left behind (never one still being written)."""
    cutoff = time.time() - _STALE_PARTIAL_SECONDS
    for leftover in paths.backups_dir.glob(f"{_PREFIX}*{_SUFFIX}{_PARTIAL}*"):
        with contextlib.suppress(FileNotFoundError):
            if leftover.stat().st_mtime < cutoff:
                leftover.unlink()


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
