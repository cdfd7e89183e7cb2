"""Encrypted backups made with sqlcipher_export, rotated, verified before any restore."""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import sys
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from app.platform.sentence import sentence
from app.vault import engine
from app.vault.atomic import fsync_directory, replace_with_retry, write_atomically
from app.vault.errors import VaultError
from app.vault.layout import DATABASE_NAME, KEY_FILE_NAME, VaultPaths

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
# For the window's own backups and copies (ui/data): each check runs Python, so takes
# the GIL, and at every 1,000 steps the export of a 100,000-entry journal took 3-4 times
# as long and the worker's autosaves waited behind it (tests/bench/bench_data_backups.py).
# About 10-40 checks a second: a stop still takes effect within about 100 ms.
WINDOW_STOP_CHECK_STEPS = 20_000
# While an export is written, flush it whenever this much more has been written: each
# flush then holds the disk for a few milliseconds, not the tens an autosave's own
# commit waited behind with 16 MiB (tests/bench/bench_data_backups.py).
_FLUSH_BYTES = 4 * 1024 * 1024
_FLUSH_POLL_S = 0.025

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
    path: Path,
    data_key: bytes,
    *,
    should_stop: StopCheck | None = None,
    check_every: int = _STOP_CHECK_STEPS,
) -> BackupInfo:
    """Open a backup read-only and run both integrity checks; raises VaultDamaged.

    ``should_stop`` (optional) is polled while checking; when it turns true the check
    ends with BackupCancelled.
    """
    from app.vault.errors import VaultDamaged

    try:
        connection = engine.connect(path, data_key, read_only=True)
    except VaultDamaged as error:  # its words are about the journal, not this backup
        raise VaultDamaged("This backup is damaged.") from error
    try:
        if should_stop is not None:
            _stop_when(connection, should_stop, check_every)
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
    paths: VaultPaths,
    data_key: bytes,
    *,
    should_stop: StopCheck | None = None,
    keep: int = KEEP_BACKUPS,
    check_every: int = _STOP_CHECK_STEPS,
    label: str = "",
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
        version = _export_snapshot(paths, data_key, partial, stop, check_every)
        with open(partial, "rb+") as handle:
            os.fsync(handle.fileno())
        if stop():
            raise BackupCancelled
        verify_backup(partial, data_key, should_stop=stop, check_every=check_every)
        final = paths.backups_dir / f"{_PREFIX}{stamp}-v{version}{label}{_SUFFIX}"
        replace_with_retry(partial, final)
    except BaseException:
        _remove_partial(partial)
        raise
    fsync_directory(paths.backups_dir)
    with contextlib.suppress(FileNotFoundError):  # another rotation got there first
        rotate(paths, keep)
    return final


def _export_snapshot(
    paths: VaultPaths,
    data_key: bytes,
    partial: Path,
    stop: StopCheck,
    check_every: int = _STOP_CHECK_STEPS,
) -> int:
    """sqlcipher_export one read snapshot of the vault into ``partial``; returns its version."""
    connection = engine.connect(paths.database, data_key, read_only=True, in_use=True)
    try:
        try:
            engine.apply_required_pragmas(connection)
            _stop_when(connection, stop, check_every)
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
                    with _flushed_as_it_grows(partial):
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


@contextlib.contextmanager
def _flushed_as_it_grows(path: Path) -> Iterator[None]:
    """Send a file being written to disk a few MiB at a time, from a thread of its own.

    An export writes hundreds of MiB. Left for the fsync at the end, they go to disk in
    one burst, and the app's own small commits (each an fsync of its log) waited behind
    it for up to a fifth of a second (tests/bench/bench_data_backups.py). Flushed as the
    file grows, no single flush is large. Best effort: a failed flush is left for the
    final fsync to report.
    """
    if sys.platform == "win32" or not hasattr(os, "fdatasync"):
        yield
        return
    done = threading.Event()

    def flush() -> None:
        flushed = 0
        fd: int | None = None
        try:
            while not done.wait(_FLUSH_POLL_S):
                with contextlib.suppress(FileNotFoundError):
                    size = path.stat().st_size
                    if size - flushed >= _FLUSH_BYTES:
                        if fd is None:
                            fd = os.open(path, os.O_RDONLY)
                        os.fdatasync(fd)
                        flushed = size
        except OSError:
            pass
        finally:
            if fd is not None:
                os.close(fd)

    flusher = threading.Thread(target=flush, name="mooring-backup-flush", daemon=True)
    flusher.start()
    try:
        yield
    finally:
        done.set()
        flusher.join()


def _stop_when(connection: Any, stop: StopCheck, check_every: int = _STOP_CHECK_STEPS) -> None:
    # A non-zero return from the progress handler interrupts the running statement.
    connection.set_progress_handler(lambda: 1 if stop() else 0, check_every)


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


# ----- backups and copies the person can see, save and restore (issue 14) --------------
#
# ``describe_backups`` lists what ``backups/`` holds without opening anything.
# ``save_copy`` writes an encrypted copy of the journal into a folder the person picks:
# the database exported under the same data key, beside the key file that opens it, so
# the copy opens with the same passphrase (and the recovery code) and nothing in it is
# ever plain text. ``restore_from`` puts a chosen backup or copy in place of the
# journal: checked first, the journal as it is kept as a backup, then one rename.
# Each raises a ``VaultError`` whose text is one sentence, for the window and the CLI.

_VERSION_IN_NAME = re.compile(r"-v(\d+)(?:-[a-z-]+)?\.db$")
# The journal as it was just before a restore replaced it: said so in its name, so
# the list can tell it from the daily backups.
BEFORE_RESTORE = "-before-restore"
_COPY_PARTIAL = ".partial"
_RESTORE_STAGING = ".restoring"
_NOT_MOORING = "That file isn't a Mooring backup, so nothing was changed."
_OTHER_JOURNAL = (
    "This copy is of a different journal, so Mooring won't put it in place of this one."
)


class NewerBackup(VaultError):
    """The backup was written by a newer Mooring (its schema is ahead of this app)."""


class OtherJournal(VaultError):
    """The copy belongs to a different journal than the one in this data folder."""


@dataclass(frozen=True)
class BackupEntry:
    """One backup in ``backups/`` as the window lists it."""

    path: Path
    made_at: datetime  # UTC
    size: int  # bytes
    schema_version: int | None  # from the name; None when it does not say
    before_restore: bool = False  # the journal as it was before a restore


@dataclass(frozen=True)
class RestoreSource:
    """A backup or copy that passed every check and may replace the journal."""

    database: Path
    key_file: Path | None  # the copy's own key file, when it has one
    data_key: bytes
    schema_version: int
    same_journal: bool  # opens with this journal's data key


@dataclass(frozen=True)
class Restored:
    source: RestoreSource
    kept: Path | None  # the journal as it was, kept as a backup (or set aside)


def describe_backups(paths: VaultPaths) -> list[BackupEntry]:
    """Backups newest first, with when, how big and which schema version.

    Read from the names and the file system only: no key is needed. A backup whose name
    does not carry its version (an older Mooring's) says None.
    """
    entries: list[BackupEntry] = []
    for path in list_backups(paths):
        try:
            size = path.stat().st_size
            made = backup_time(path)
        except FileNotFoundError:  # rotated away meanwhile
            continue
        match = _VERSION_IN_NAME.search(path.name)
        version = int(match.group(1)) if match else None
        before = path.name.endswith(f"{BEFORE_RESTORE}{_SUFFIX}")
        entries.append(BackupEntry(path, made, size, version, before))
    return entries


def copy_folder_name(day: date) -> str:
    """A neutral name for a copy's folder: it says nothing about what is inside."""
    return f"copy-{day.isoformat()}"


def new_copy_folder(parent: Path, day: date) -> Path:
    """A folder inside ``parent`` that does not exist yet, for ``save_copy``."""
    base = copy_folder_name(day)
    candidate = parent / base
    number = 2
    while candidate.exists():
        candidate = parent / f"{base}-{number}"
        number += 1
    return candidate


def save_copy(
    paths: VaultPaths,
    data_key: bytes,
    folder: str | Path,
    *,
    should_stop: StopCheck | None = None,
) -> Path:
    """Write an encrypted copy of the journal into ``folder``; returns the folder.

    The copy is ``mooring.db`` (an export under the same data key, read from one
    snapshot through a read-only connection of its own, so the app keeps writing
    meanwhile) and ``mooring.key`` (this journal's key file), so it opens with the same
    passphrase. ``folder`` may exist (an empty folder, a drive) or not (its parent
    must); a folder that already holds a Mooring journal is refused. Nothing is written
    outside ``folder``; on failure or when ``should_stop`` turns true, everything this
    call wrote is removed again and BackupCancelled (or the error) is raised.
    """
    from app.vault.errors import KeyFileDamaged, StorageError, VaultExists
    from app.vault.keyfile import KeyFile

    stop: StopCheck = should_stop or (lambda: False)
    target = VaultPaths.for_dir(folder)
    if target.exists() or Path(str(target.database) + _COPY_PARTIAL).exists():
        raise VaultExists("That folder already holds a Mooring journal; choose another folder.")
    if target.root == paths.root or paths.root in target.root.parents:
        raise VaultExists("Choose a folder outside Mooring's own data folder.")
    key_file = KeyFile.read(paths.key_file)
    if not key_file.is_sealed_for(data_key):
        raise KeyFileDamaged("The key file doesn't belong to this journal, so no copy was made.")
    key_bytes = key_file.to_bytes()

    created = not target.root.exists()
    partial = Path(str(target.database) + _COPY_PARTIAL)
    key_partial = Path(str(target.key_file) + _COPY_PARTIAL)
    written: list[Path] = []
    try:
        try:
            target.root.mkdir(mode=0o700, exist_ok=True)
            if not target.root.is_dir():
                raise NotADirectoryError(20, "not a folder")
            written.append(partial)
            _export_snapshot(paths, data_key, partial, stop, WINDOW_STOP_CHECK_STEPS)
            with open(partial, "rb+") as handle:
                os.fsync(handle.fileno())
            if stop():
                raise BackupCancelled
            verify_backup(partial, data_key, should_stop=stop, check_every=WINDOW_STOP_CHECK_STEPS)
            written.append(key_partial)
            _write_new(key_partial, key_bytes)
            written.append(target.key_file)
            replace_with_retry(key_partial, target.key_file)
            written.append(target.database)
            replace_with_retry(partial, target.database)
            fsync_directory(target.root)
        except OSError as error:
            reason = error.strerror or "the system refused"
            raise StorageError(
                sentence("Mooring can't write to that folder ({reason}).", reason=reason)
            ) from error
    except BaseException:
        for path in reversed(written):
            _remove_partial(path)
        if created:
            with contextlib.suppress(OSError):
                target.root.rmdir()  # only when empty: never anything of the person's
        raise
    return target.root


def _write_new(path: Path, data: bytes) -> None:
    """Create ``path`` (never over an existing file), write, fsync."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
    with os.fdopen(fd, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())


def _resolve(source: str | Path) -> tuple[Path, Path | None]:
    """The database and (for a copy) the key file that ``source`` names."""
    from app.vault.errors import NoVault

    path = Path(source).expanduser().absolute()
    if path.is_dir():
        copy = VaultPaths(path)
        if not copy.database.is_file():
            raise NoVault("There is no Mooring copy in that folder.")
        return copy.database, copy.key_file if copy.key_file.is_file() else None
    if not path.is_file():
        raise NoVault("That backup can't be found.")
    sibling = path.with_name(KEY_FILE_NAME)
    if path.name == DATABASE_NAME and sibling.is_file():
        return path, sibling
    return path, None


def _checked(database: Path, data_key: bytes, stop: StopCheck) -> int:
    """Open ``database`` read-only and run every check; returns its schema version."""
    from app.vault import migrations
    from app.vault.errors import VaultDamaged

    damaged = VaultDamaged("This backup is damaged, so nothing was changed.")
    try:
        connection = engine.connect(database, data_key, read_only=True)
    except VaultDamaged as error:  # its words are about the journal, not this backup
        raise damaged from error
    try:
        try:
            _stop_when(connection, stop, WINDOW_STOP_CHECK_STEPS)
            version = int(connection.execute("PRAGMA user_version").fetchone()[0])
            if version > migrations.LATEST_VERSION:
                raise NewerBackup(
                    "This backup was made by a newer version of Mooring; update Mooring, "
                    "then restore it."
                )
            row = None
            if connection.execute(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'meta'"
            ).fetchone():
                row = connection.execute("SELECT value FROM meta WHERE key = 'app'").fetchone()
            if version < 1 or row is None or row[0] != migrations.APP_MARKER:
                raise VaultDamaged(_NOT_MOORING)
            if integrity_problems(connection):
                raise damaged
        except engine.database_errors() as error:
            if stop():
                raise BackupCancelled from error
            raise damaged from error
    finally:
        connection.close()
    return version


def check_source(
    paths: VaultPaths,
    source: str | Path,
    *,
    data_key: bytes | None = None,
    passphrase: str | None = None,
    should_stop: StopCheck | None = None,
) -> RestoreSource:
    """Check a backup file or a saved copy (a folder, or its ``mooring.db``) before a restore.

    ``data_key`` is this journal's key (the window has it; the CLI gets it from the
    passphrase). A copy whose key file was sealed with another key, or a copy with no
    journal here to compare with, needs ``passphrase``: the copy's own. Changes nothing.
    """
    from app.vault import passphrase as passphrases
    from app.vault.errors import VaultDamaged, WrongPassphrase
    from app.vault.keyfile import PASSPHRASE_SLOT, KeyFile, UnwrapFailed

    stop: StopCheck = should_stop or (lambda: False)
    database, key_path = _resolve(source)
    if database.resolve() == paths.database.resolve():
        raise VaultDamaged("That is the journal itself, not a backup of it.")
    if data_key is None and passphrase is not None and paths.exists():
        with contextlib.suppress(VaultError):
            from app.vault.vault import unwrap_with_passphrase

            data_key = unwrap_with_passphrase(paths, passphrase)

    copy_key: KeyFile | None = None
    if key_path is not None:
        copy_key = KeyFile.read(key_path)  # KeyFileDamaged: one sentence
    if data_key is not None and (copy_key is None or copy_key.is_sealed_for(data_key)):
        try:
            version = _checked(database, data_key, stop)
        except VaultDamaged as error:
            if copy_key is None and str(error) != _NOT_MOORING:
                raise VaultDamaged(
                    "This backup is damaged or belongs to another journal, so nothing was changed."
                ) from error
            raise
        return RestoreSource(database, key_path, data_key, version, True)

    if copy_key is None:
        raise WrongPassphrase(
            "This backup can only be restored into the journal it came from; unlock "
            "that journal first."
        )
    if not passphrase:
        raise WrongPassphrase("Type the passphrase of this copy to restore it.")
    try:
        copy_data_key = copy_key.unwrap(PASSPHRASE_SLOT, passphrases.encode(passphrase))
    except UnwrapFailed:
        raise WrongPassphrase(
            "That passphrase doesn't open this copy, so nothing was changed."
        ) from None
    if data_key is None and paths.database.exists():
        # The passphrase opened the copy but not this journal's key file: the same
        # journal before a passphrase change, or another journal altogether.
        with contextlib.suppress(VaultError):
            if KeyFile.read(paths.key_file).is_sealed_for(copy_data_key):
                data_key = copy_data_key
        if data_key is None:
            raise OtherJournal(_OTHER_JOURNAL)
    if data_key is not None and copy_data_key != data_key:
        raise OtherJournal(_OTHER_JOURNAL)
    version = _checked(database, copy_data_key, stop)
    return RestoreSource(database, key_path, copy_data_key, version, data_key is not None)


def restore_from(
    paths: VaultPaths,
    source: str | Path,
    *,
    data_key: bytes | None = None,
    passphrase: str | None = None,
) -> Restored:
    """Put a backup or saved copy in place of the journal, after checking it.

    The journal must be closed (the window locks first; a command holds the instance
    lock). In order: ``check_source``; a byte copy of it beside the journal, checked
    again; the journal as it is kept as a new backup (set aside as a file copy when it
    is too damaged to export); then one ``os.replace``. A kill at any moment leaves the
    old journal or the new one whole, never neither; any failure before the rename
    changes nothing but the kept backup. With no journal here yet, a copy with its
    passphrase becomes the journal, key file and all.
    """
    from app.vault.errors import StorageError, VaultDamaged
    from app.vault.keyfile import KeyFile

    checked = check_source(paths, source, data_key=data_key, passphrase=passphrase)
    key = checked.data_key
    staging = paths.root / f".{paths.database.name}{_RESTORE_STAGING}"
    try:
        paths.root.mkdir(mode=0o700, parents=True, exist_ok=True)
        _remove_partial(staging)
        try:
            _copy_new(checked.database, staging)
            _checked(staging, key, lambda: False)
        except VaultError:
            raise VaultDamaged(
                "The backup could not be copied whole, so nothing was changed."
            ) from None
        new_key_bytes: bytes | None = None
        if not paths.key_file.exists() and checked.key_file is not None:
            new_key_bytes = KeyFile.read(checked.key_file).to_bytes()
        kept = _keep_current(paths, key) if paths.database.exists() else None
        if new_key_bytes is not None:
            # A new journal here: its key first, so the database never lacks one; a kill
            # between the two leaves a key file a second restore completes.
            write_atomically(paths.key_file, new_key_bytes)
        replace_with_retry(staging, paths.database)
        fsync_directory(paths.root)
        # The old journal's log would belong to no file now (its salt differs, so the
        # next open sets it aside anyway); its changes are in the kept backup.
        for suffix in WAL_SUFFIXES:
            with contextlib.suppress(FileNotFoundError):
                Path(str(paths.database) + suffix).unlink()
    except OSError as error:
        _remove_partial(staging)
        reason = error.strerror or "the system refused"
        raise StorageError(
            sentence("Mooring can't write to its data folder ({reason}).", reason=reason)
        ) from error
    except BaseException:
        _remove_partial(staging)
        raise
    with contextlib.suppress(OSError):
        rotate(paths, keep=KEEP_BACKUPS + 1)  # the kept one on top of the usual five
    return Restored(checked, kept)


def _copy_new(source: Path, target: Path) -> None:
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
    with os.fdopen(fd, "wb") as out, open(source, "rb") as into:
        shutil.copyfileobj(into, out, 1024 * 1024)
        out.flush()
        os.fsync(out.fileno())


def _keep_current(paths: VaultPaths, data_key: bytes) -> Path:
    """The journal as it is, as a verified backup; set aside as a file copy if it can't be."""
    from app.vault.errors import VaultDamaged

    damage: tuple[type[BaseException], ...] = (VaultDamaged, *engine.database_errors())
    try:
        connection = engine.open_file_only(paths.database, data_key)
        try:
            damaged = bool([row for row in connection.execute("PRAGMA cipher_integrity_check")])
        finally:
            connection.close()
        if not damaged:
            return backup_in_own_connection(
                paths, data_key, keep=KEEP_BACKUPS + 1, label=BEFORE_RESTORE
            )
    except damage:
        pass
    # Every byte as it is, damage and all: an export would leave damaged pages out.
    return set_aside(paths)
