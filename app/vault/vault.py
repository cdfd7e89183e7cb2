"""The vault: create, unlock, lock, change passphrase, reset with the recovery code."""

from __future__ import annotations

import contextlib
import enum
import secrets
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from app.vault import (
    backup,
    engine,
    keys,
    migrations,
    passphrase,
    recovery_code,
    wal_epoch,
    wal_guard,
)
from app.vault.atomic import fsync_directory, write_atomically
from app.vault.errors import (
    KeyFileDamaged,
    NoVault,
    StorageError,
    VaultDamaged,
    VaultExists,
    WeakPassphrase,
    WrongPassphrase,
    WrongRecoveryCode,
)
from app.vault.kdf import KEY_BYTES, PRODUCTION_KDF, KdfParams
from app.vault.keyfile import PASSPHRASE_SLOT, RECOVERY_SLOT, KeyFile, UnwrapFailed
from app.vault.layout import VaultPaths


class Access(enum.Enum):
    """What a session will do, so opening checks enough before anything is written."""

    # The window: writes. The whole file is checked in the background after unlock
    # (it takes about a second per 300 MB); damage found then makes the session read-only.
    WRITE = "write"
    # A command that writes (add, demo): the whole file is checked before any write.
    WRITE_CHECKED = "write-checked"
    # A command that only reads (search): checked, and nothing is written at all.
    READ = "read"


DAMAGED_NOTHING_WRITTEN = (
    "The journal is damaged, so Mooring changed nothing; restore it from the newest "
    "backup (in the app, or with 'mooring restore')."
)
DAMAGED_READ_ONLY = (
    "Mooring found damage in the journal, so it is read-only for now; restore it from "
    "the newest backup to keep writing."
)


def check_file_in_own_connection(database: Path, data_key: bytes) -> list[str]:
    """``file_integrity_problems`` through a private read-only connection to the file.

    For the window's check after unlock, on a thread of its own: the file changes only
    at checkpoints, which the vault holds back meanwhile (``file_check_running``).
    """
    connection = engine.open_file_only(database, data_key)
    try:
        return file_integrity_problems(connection)
    except engine.database_errors() as error:
        raise engine.classify(error) from error
    finally:
        connection.close()


def file_integrity_problems(connection: Any) -> list[str]:
    """Pages of the database file that fail authentication (about 1 s per 300 MB).

    SQLCipher checks every page's HMAC straight from the file; a flipped byte anywhere,
    even in a page no query would touch, shows up here.
    """
    return [str(row[0]) for row in connection.execute("PRAGMA cipher_integrity_check")]


_DAMAGED = (
    "The journal database is damaged, was changed outside Mooring, or is not a Mooring vault."
)


@contextlib.contextmanager
def _closed_on_failure(connection: Any) -> Iterator[None]:
    """Close ``connection`` if opening fails; database errors become vault errors."""
    try:
        try:
            yield
        except engine.database_errors() as error:
            raise engine.classify(error) from error
    except BaseException:
        with contextlib.suppress(Exception):
            connection.close()
        raise


def _storage_error(error: OSError) -> StorageError:
    reason = error.strerror or "the system refused"
    return StorageError(f"Mooring can't write to its data folder ({reason}).")


def _require_acceptable(new_passphrase: str) -> None:
    strength = passphrase.assess(new_passphrase)
    if not strength.acceptable:
        raise WeakPassphrase(strength.reason)


def _unwrap_any(paths: VaultPaths, slot: str, secret: bytes) -> tuple[KeyFile, bytes]:
    """Unwrap ``slot`` from the current key file; the previous copy is read only when the
    current one is missing or damaged (see app/vault/keys.py). Writes nothing."""
    return keys.unwrap(paths, slot, secret)


def unwrap_with_passphrase(paths: VaultPaths, secret: str) -> bytes:
    """The data key, or WrongPassphrase. Reads the key file only; writes nothing."""
    try:
        _, data_key = _unwrap_any(paths, PASSPHRASE_SLOT, passphrase.encode(secret))
    except UnwrapFailed:
        raise WrongPassphrase("That passphrase didn't open the vault. Please try again.") from None
    return data_key


class Vault:
    """An unlocked vault: an open SQLCipher connection and the data key.

    The connection belongs to the thread that opened the vault.
    """

    def __init__(self, paths: VaultPaths, connection: Any, data_key: bytes) -> None:
        self.paths = paths
        self.connection = connection
        self._data_key = data_key
        # One-line messages for the person about what opening found and did.
        self.notices: list[str] = []
        # Set once damage is found: the session is read-only from then on.
        self.damage: str | None = None
        self._changes_at_open = int(connection.total_changes) if connection is not None else 0
        # Set while another thread checks the database file: no checkpoint meanwhile.
        self.file_check_running = threading.Event()

    # ----- opening -----------------------------------------------------------------

    @classmethod
    def create(
        cls, root: str | Path, new_passphrase: str, *, kdf: KdfParams = PRODUCTION_KDF
    ) -> tuple[Vault, str]:
        """Create a vault in ``root``; returns the open vault and its recovery code."""
        paths = VaultPaths.for_dir(root)
        _require_acceptable(new_passphrase)
        if paths.exists():
            raise VaultExists("There is already a Mooring vault in this folder.")
        data_key = secrets.token_bytes(KEY_BYTES)
        code = recovery_code.generate()
        key_file = KeyFile.new(
            data_key,
            passphrase.encode(new_passphrase),
            recovery_code.normalize(code).encode("ascii"),
            kdf,
        )
        # Build the database under a temporary name and move it into place only after
        # the key file is durable, so an interrupted set-up never leaves a database
        # without the key that opens it.
        staging = paths.root / f".{paths.database.name}.creating"
        try:
            paths.root.mkdir(mode=0o700, parents=True, exist_ok=True)
            for leftover in [staging, *(Path(str(staging) + s) for s in backup.WAL_SUFFIXES)]:
                with contextlib.suppress(FileNotFoundError):
                    leftover.unlink()  # an earlier set-up interrupted before it held anything
            staging.touch(mode=0o600)  # SQLite gives its WAL files the same mode
            connection = engine.connect(staging, data_key, create=True)
            try:
                engine.apply_required_pragmas(connection)
                for migration in migrations.MIGRATIONS:
                    migrations.apply_one(connection, migration)
            finally:
                connection.close()
            write_atomically(paths.key_file, key_file.to_bytes())
            staging.replace(paths.database)
            fsync_directory(paths.root)
        except OSError as error:
            raise _storage_error(error) from error
        return cls.open_with_key(paths.root, data_key), code

    @classmethod
    def unlock(cls, root: str | Path, secret: str, *, access: Access = Access.WRITE) -> Vault:
        """Unlock with the passphrase. A wrong one changes nothing on disk."""
        paths = cls._existing(root)
        data_key = unwrap_with_passphrase(paths, secret)
        return cls.open_with_key(paths.root, data_key, access=access)

    @classmethod
    def unlock_with_data_key(cls, root: str | Path, data_key: bytes) -> Vault:
        """Open with a data key remembered on this device (keyring)."""
        paths = cls._existing(root)
        if len(data_key) != KEY_BYTES:
            raise WrongPassphrase("The remembered key doesn't fit this vault.")
        return cls.open_with_key(paths.root, data_key)

    @classmethod
    def reset_with_recovery_code(cls, root: str | Path, code: str, new_passphrase: str) -> Vault:
        """Set a new passphrase using the recovery code; the code keeps working."""
        paths = cls._existing(root)
        compact = recovery_code.normalize(code)
        _require_acceptable(new_passphrase)
        try:
            key_file, data_key = _unwrap_any(paths, RECOVERY_SLOT, compact.encode("ascii"))
        except UnwrapFailed:
            raise WrongRecoveryCode("That recovery code didn't open the vault.") from None
        vault = cls.open_with_key(paths.root, data_key)
        try:
            vault._rewrap_passphrase(key_file, new_passphrase)
        except BaseException:
            vault.close()
            raise
        return vault

    @classmethod
    def restore_newest_backup(cls, root: str | Path, secret: str) -> Vault:
        """Replace a damaged database with the newest verified backup, then open it."""
        paths = cls._existing(root)
        data_key = unwrap_with_passphrase(paths, secret)
        try:
            backup.restore_newest_good(paths, data_key)
        except OSError as error:
            raise _storage_error(error) from error
        return cls.open_with_key(paths.root, data_key)

    @classmethod
    def open_with_key(
        cls, root: str | Path, data_key: bytes, *, access: Access = Access.WRITE
    ) -> Vault:
        """Open the database, check it is a Mooring vault, then migrate if needed.

        A write-ahead log beside the database is proven to be this vault's own first
        (``wal_guard``); one that is not is set aside, untouched, and ``notices`` says
        so. See ``Access`` for how much is checked before anything is written.
        """
        paths = VaultPaths.for_dir(root)
        if not paths.database.exists():
            raise VaultDamaged("The journal database is missing from the data folder.")
        notices: list[str] = []
        verdict = wal_guard.inspect(paths, data_key).verdict
        if verdict is wal_guard.Verdict.STRAY or wal_guard.index_unusable(paths):
            try:
                if verdict is wal_guard.Verdict.STRAY:
                    wal_guard.set_aside(paths)
                    verdict = wal_guard.Verdict.NONE
                else:
                    wal_guard.set_aside_index(paths)
            except OSError as error:
                raise _storage_error(error) from error
            notices.append(wal_guard.STRAY_LOG_NOTICE)
        if access is Access.READ:
            reader = cls._open_reader(paths, data_key, verdict)
            if reader is not None:
                reader.notices = notices
                return reader
            access = Access.WRITE_CHECKED  # a migration is due: checked, then written
        connection = engine.connect(paths.database, data_key)
        with _closed_on_failure(connection):
            cls.check_is_vault(connection)
            # Before the first write of a command or a migration: a damaged file must
            # not change (the log beside it was authenticated above).
            checked = access is not Access.WRITE or migrations.pending(connection)
            if checked and file_integrity_problems(connection):
                raise VaultDamaged(DAMAGED_NOTHING_WRITTEN)
            engine.apply_required_pragmas(connection)
            cls._migrate(connection, paths, data_key)
        # The database opened with this key, so the key file that gave it is proven:
        # leftovers of an interrupted passphrase change go now (app/vault/keys.py).
        notices += keys.reconcile(paths, data_key)
        vault = cls(paths, connection, data_key)
        vault.notices = notices
        return vault

    @classmethod
    def _open_reader(
        cls, paths: VaultPaths, data_key: bytes, verdict: wal_guard.Verdict
    ) -> Vault | None:
        """A vault that cannot write at all, or None when a migration is due.

        Its connection never checkpoints and creates no file (not even -shm), so a
        command that only reads leaves every byte as it found it; a log proven to be
        ours is read through, not merged into the file.
        """
        connection = wal_guard.open_read_only(paths, data_key, verdict)
        with _closed_on_failure(connection):
            cls.check_is_vault(connection)
            if migrations.pending(connection):
                connection.close()
                return None
            engine.apply_reader_pragmas(connection)
        return cls(paths, connection, data_key)

    # Opening writes no epoch (wal_epoch.py): a refused command must change nothing, and
    # the window first checks the whole file in the background (start_new_log after).

    @staticmethod
    def _existing(root: str | Path) -> VaultPaths:
        paths = VaultPaths.for_dir(root)
        if not paths.exists():
            raise NoVault("There is no Mooring vault in this folder yet.")
        return paths

    @staticmethod
    def check_is_vault(connection: Any) -> None:
        """Read-only checks that the file is ours: schema version and the app marker.

        Every table's root page is touched too, so a damaged page shows up here as a
        clear message rather than later in the middle of writing.
        """
        try:
            if migrations.current_version(connection) < 1:
                raise VaultDamaged(_DAMAGED)
            row = connection.execute("SELECT value FROM meta WHERE key = 'app'").fetchone()
            if row is None or row[0] != migrations.APP_MARKER:
                raise VaultDamaged(_DAMAGED)
            tables = connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%'"
            ).fetchall()
            for (name,) in tables:
                quoted = '"' + str(name).replace('"', '""') + '"'
                connection.execute(f"SELECT 1 FROM {quoted} LIMIT 1").fetchall()
        except engine.database_errors() as error:
            raise engine.classify(error) from error

    @staticmethod
    def _migrate(connection: Any, paths: VaultPaths, data_key: bytes) -> None:
        todo = migrations.pending(connection)
        if not todo:
            return
        try:
            # One backup of the journal as it was; each migration then commits on its
            # own, so a failure leaves the vault at the last version that completed.
            backup.create_backup(connection, paths, data_key)
            for migration in todo:
                migrations.apply_one(connection, migration)
        except OSError as error:
            raise _storage_error(error) from error

    # ----- while open ------------------------------------------------------------------

    @property
    def data_key(self) -> bytes:
        return self._data_key

    @property
    def is_open(self) -> bool:
        return self.connection is not None

    def change_passphrase(self, old: str, new: str) -> None:
        """Re-wrap the data key under ``new``; the database is not re-encrypted."""
        _require_acceptable(new)
        try:
            key_file, data_key = _unwrap_any(self.paths, PASSPHRASE_SLOT, passphrase.encode(old))
        except UnwrapFailed:
            raise WrongPassphrase("The current passphrase isn't right.") from None
        if data_key != self._data_key:
            raise VaultDamaged("The key file doesn't belong to this database.")
        self._rewrap_passphrase(key_file, new)

    def backup(self) -> Path:
        try:
            return backup.create_backup(self.connection, self.paths, self._data_key)
        except OSError as error:
            raise _storage_error(error) from error

    def integrity_problems(self) -> list[str]:
        return backup.integrity_problems(self.connection)

    def close(self) -> None:
        """Lock: close the connection and forget the key reference.

        A last epoch is written first, so a copy of this session's log put back later
        is recognised as stale (``wal_epoch``); SQLite then checkpoints and removes the
        log as the connection closes.
        """
        if self.connection is not None:
            if self.damage is None and self.connection.total_changes > self._changes_at_open:
                with contextlib.suppress(Exception):
                    self.start_new_log()
            with contextlib.suppress(Exception):
                self.connection.close()
        self.connection = None
        self._data_key = b""

    # ----- damage ----------------------------------------------------------------------

    def mark_damaged(self, reason: str = DAMAGED_READ_ONLY) -> None:
        """Refuse every write for the rest of this session (SQLite enforces it)."""
        if self.damage is None:
            self.damage = reason
        if self.connection is not None:
            with contextlib.suppress(Exception):
                self.connection.execute("PRAGMA query_only = ON")

    def keep_log_small(self) -> None:
        """After a burst of work: checkpoint once the log has grown large."""
        if (
            self.connection is not None
            and self.damage is None
            and not self.file_check_running.is_set()
        ):
            wal_epoch.checkpoint_if_large(self.connection, wal_guard.log_path(self.paths))

    def start_new_log(self) -> None:
        """Checkpoint into the database file and begin the next log with an epoch."""
        if self.connection is not None and self.damage is None:
            wal_epoch.start_new_log(self.connection, wal_guard.log_path(self.paths))

    def new_recovery_code(self, current_passphrase: str) -> str:
        """Replace the recovery code (the old one stops working); returns the new one.

        Asks for the passphrase so that someone at an unlocked, unattended Mooring
        cannot mint a code that would let them back in later.
        """
        try:
            key_file, data_key = _unwrap_any(
                self.paths, PASSPHRASE_SLOT, passphrase.encode(current_passphrase)
            )
        except UnwrapFailed:
            raise WrongPassphrase("The current passphrase isn't right.") from None
        if data_key != self._data_key:
            raise VaultDamaged("The key file doesn't belong to this database.")
        code = recovery_code.generate()
        self._rewrap(key_file, RECOVERY_SLOT, recovery_code.normalize(code).encode("ascii"))
        return code

    def _rewrap_passphrase(self, key_file: KeyFile, new: str) -> None:
        self._rewrap(key_file, PASSPHRASE_SLOT, passphrase.encode(new))

    def _rewrap(self, key_file: KeyFile, slot: str, secret: bytes) -> None:
        """Write the key file with ``slot`` re-wrapped under ``secret``.

        From the outside the change is one step, the ``os.replace`` of mooring.key:
        before it the old secret opens the vault, after it only the new one (the
        previous copy kept meanwhile is read only if mooring.key is missing or damaged).
        A kill at any point leaves leftovers that the next open removes.
        """
        data_key = self._data_key
        updated = key_file.with_slot(slot, data_key, secret, key_file.slots[slot].params)
        new_bytes = updated.to_bytes()
        # Proven before it goes into place: the new file opens this database's key.
        try:
            proven = KeyFile.from_bytes(new_bytes).unwrap(slot, secret)
        except (KeyFileDamaged, UnwrapFailed):
            proven = b""
        if proven != data_key:
            raise KeyFileDamaged("The new key file could not be verified; nothing was changed.")
        previous = key_file.sealed(data_key).to_bytes()
        try:
            # Start from exactly one good key file (a damaged one is set aside first).
            keys.reconcile(self.paths, data_key)
            write_atomically(self.paths.previous_key_file, previous)
            write_atomically(self.paths.key_file, new_bytes)
            if self.paths.key_file.read_bytes() != new_bytes:
                write_atomically(self.paths.key_file, previous)
                raise KeyFileDamaged(
                    "The new key file could not be verified; the old one was kept."
                )
            self.paths.previous_key_file.unlink(missing_ok=True)
            fsync_directory(self.paths.root)
        except OSError as error:
            raise _storage_error(error) from error
