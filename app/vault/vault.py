"""The vault: create, unlock, lock, change passphrase, reset with the recovery code."""

from __future__ import annotations

import contextlib
import secrets
from pathlib import Path
from typing import Any

from app.vault import backup, engine, migrations, passphrase, recovery_code
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

_DAMAGED = (
    "The journal database is damaged, was changed outside Mooring, or is not a Mooring vault."
)


def _storage_error(error: OSError) -> StorageError:
    reason = error.strerror or "the system refused"
    return StorageError(f"Mooring can't write to its data folder ({reason}).")


def _require_acceptable(new_passphrase: str) -> None:
    strength = passphrase.assess(new_passphrase)
    if not strength.acceptable:
        raise WeakPassphrase(strength.reason)


def _key_files(paths: VaultPaths) -> list[KeyFile]:
    """The current key file, then the previous copy if one was left by an interrupted save."""
    found: list[KeyFile] = []
    first_error: KeyFileDamaged | None = None
    for path in (paths.key_file, paths.previous_key_file):
        if not path.exists() and path == paths.previous_key_file:
            continue
        try:
            found.append(KeyFile.read(path))
        except KeyFileDamaged as error:
            first_error = first_error or error
    if not found:
        assert first_error is not None
        raise first_error
    return found


def _unwrap_any(paths: VaultPaths, slot: str, secret: bytes) -> tuple[KeyFile, bytes]:
    for key_file in _key_files(paths):
        try:
            return key_file, key_file.unwrap(slot, secret)
        except UnwrapFailed:
            continue
    raise UnwrapFailed


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
    def unlock(cls, root: str | Path, secret: str) -> Vault:
        """Unlock with the passphrase. A wrong one changes nothing on disk."""
        paths = cls._existing(root)
        data_key = unwrap_with_passphrase(paths, secret)
        return cls.open_with_key(paths.root, data_key)

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
    def open_with_key(cls, root: str | Path, data_key: bytes) -> Vault:
        """Open the database, check it is a Mooring vault, then migrate if needed."""
        paths = VaultPaths.for_dir(root)
        connection = engine.connect(paths.database, data_key)
        try:
            cls.check_is_vault(connection)
            try:
                engine.apply_required_pragmas(connection)
                cls._migrate(connection, paths, data_key)
            except engine.database_errors() as error:
                raise engine.classify(error) from error
        except BaseException:
            with contextlib.suppress(Exception):
                connection.close()
            raise
        return cls(paths, connection, data_key)

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
        """Lock: close the connection and forget the key reference."""
        if self.connection is not None:
            with contextlib.suppress(Exception):
                self.connection.close()
        self.connection = None
        self._data_key = b""

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
        """Write the key file with ``slot`` re-wrapped under ``secret``, atomically,
        keeping the previous copy until the new one is proven to open this database."""
        params = key_file.slots[slot].params
        updated = key_file.with_slot(slot, self._data_key, secret, params)
        try:
            previous = self.paths.key_file.read_bytes() if self.paths.key_file.exists() else None
            if previous is not None:
                write_atomically(self.paths.previous_key_file, previous)
            write_atomically(self.paths.key_file, updated.to_bytes())
            try:
                proven = KeyFile.read(self.paths.key_file).unwrap(slot, secret)
            except (KeyFileDamaged, UnwrapFailed):
                proven = b""
            if proven != self._data_key:
                if previous is not None:
                    write_atomically(self.paths.key_file, previous)
                raise KeyFileDamaged(
                    "The new key file could not be verified; the old one was kept."
                )
            if previous is not None:
                self.paths.previous_key_file.unlink()
                fsync_directory(self.paths.root)
        except OSError as error:
            raise _storage_error(error) from error
