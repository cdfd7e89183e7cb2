"""The command-line sub-commands. Each returns an exit code; errors are raised."""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Protocol

from app import paths as app_paths
from app.cli import exit_codes
from app.cli.secrets_input import SecretSource
from app.vault import backup, engine
from app.vault import passphrase as passphrase_rules
from app.vault.errors import (
    NoVault,
    StorageError,
    VaultBusy,
    VaultDamaged,
    VaultExists,
    WeakPassphrase,
)
from app.vault.kdf import PRODUCTION_KDF
from app.vault.keyfile import KeyFile
from app.vault.layout import VaultPaths
from app.vault.vault import Vault, unwrap_with_passphrase


class InstanceLock(Protocol):
    def acquire(self) -> bool:
        """True when held; False when another running Mooring holds it.
        Raises PermissionError when the lock file cannot be created."""

    def release(self) -> None: ...


InstanceLockFactory = Callable[[Path], InstanceLock]


def _out(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


class _Held:
    """Holds the instance lock for the length of a command."""

    def __init__(self, paths: VaultPaths, factory: InstanceLockFactory, *, required: bool) -> None:
        self._lock: InstanceLock | None = None
        try:
            lock = factory(paths.lock_file)
            held = lock.acquire()
        except PermissionError:
            if required:
                raise StorageError("Mooring can't write to its data folder.") from None
            return  # a read-only folder can still be checked
        if not held:
            raise VaultBusy("This vault is open in a running Mooring; close it there first.")
        self._lock = lock

    def __enter__(self) -> _Held:
        return self

    def __exit__(self, *exc: object) -> None:
        if self._lock is not None:
            self._lock.release()


def _paths(args: argparse.Namespace) -> VaultPaths:
    return VaultPaths.for_dir(app_paths.data_dir(getattr(args, "data_dir", None)))


def _existing(args: argparse.Namespace) -> VaultPaths:
    paths = _paths(args)
    if not paths.exists():
        raise NoVault(f"There is no Mooring vault in {paths.root}.")
    return paths


def cmd_init(args: argparse.Namespace, lock_factory: InstanceLockFactory) -> int:
    paths = _paths(args)
    if paths.exists():
        raise VaultExists(f"There is already a Mooring vault in {paths.root}.")
    secrets = SecretSource(args.passphrase_file)
    passphrase = secrets.next("New passphrase: ", confirm=True)
    strength = passphrase_rules.assess(passphrase)
    if not strength.acceptable:
        raise WeakPassphrase(strength.reason)
    try:
        paths.root.mkdir(mode=0o700, parents=True, exist_ok=True)
    except OSError as error:
        raise StorageError(f"Can't create the data folder ({error.strerror}).") from None
    with _Held(paths, lock_factory, required=True):
        vault, code = Vault.create(paths.root, passphrase)
        vault.close()
    _out(code)
    if sys.stderr.isatty():
        sys.stderr.write("Keep this recovery code somewhere safe; it is shown only once.\n")
    return exit_codes.OK


def cmd_check(args: argparse.Namespace, lock_factory: InstanceLockFactory) -> int:
    """Unlock and verify, strictly read-only: no pragma that writes, no migration."""
    paths = _existing(args)
    secret = SecretSource(args.passphrase_file).next("Passphrase: ")
    with _Held(paths, lock_factory, required=False):
        data_key = unwrap_with_passphrase(paths, secret)
        connection = engine.connect(paths.database, data_key, read_only=True)
        try:
            Vault.check_is_vault(connection)
            problems = backup.integrity_problems(connection)
            version = int(connection.execute("PRAGMA user_version").fetchone()[0])
        except engine.database_errors() as error:
            raise engine.classify(error) from error
        finally:
            connection.close()
    if problems:
        raise VaultDamaged(f"The vault is damaged: {problems[0]}")
    _out(f"ok: the vault opened and passed both integrity checks (schema version {version})")
    return exit_codes.OK


def cmd_passwd(args: argparse.Namespace, lock_factory: InstanceLockFactory) -> int:
    paths = _existing(args)
    secrets = SecretSource(args.passphrase_file)
    old = secrets.next("Current passphrase: ")
    new = secrets.next("New passphrase: ", confirm=True)
    with _Held(paths, lock_factory, required=True):
        vault = Vault.unlock(paths.root, old)
        try:
            vault.change_passphrase(old, new)
        finally:
            vault.close()
    _out("ok: passphrase changed")
    return exit_codes.OK


def cmd_recover(args: argparse.Namespace, lock_factory: InstanceLockFactory) -> int:
    paths = _existing(args)
    secrets = SecretSource(args.passphrase_file)
    code = secrets.next("Recovery code: ")
    new = secrets.next("New passphrase: ", confirm=True)
    with _Held(paths, lock_factory, required=True):
        Vault.reset_with_recovery_code(paths.root, code, new).close()
    _out("ok: new passphrase set; your recovery code still works")
    return exit_codes.OK


def cmd_self_test(args: argparse.Namespace, lock_factory: InstanceLockFactory) -> int:
    """Exercise the real stack in a throwaway folder: SQLCipher, KDF, FTS5, keyring."""
    from app.vault.remember import DeviceMemory

    version = engine.self_check()
    _out(f"sqlcipher: {version}")
    with tempfile.TemporaryDirectory(prefix="mooring-self-test-") as temp:
        root = Path(temp) / "vault"
        passphrase = "self test passphrase 1"
        vault, _code = Vault.create(root, passphrase, kdf=PRODUCTION_KDF)
        vault.close()
        vault = Vault.unlock(root, passphrase)
        try:
            connection = vault.connection
            connection.execute("CREATE VIRTUAL TABLE self_test USING fts5(body)")
            connection.execute("INSERT INTO self_test (body) VALUES ('harbour mooring rope')")
            hits = connection.execute(
                "SELECT count(*) FROM self_test WHERE self_test MATCH 'mooring'"
            ).fetchone()[0]
        finally:
            vault.close()
        if hits != 1:
            raise StorageError("Self-test failed: full-text search returned nothing.")
        KeyFile.read(VaultPaths.for_dir(root).key_file)
        _out("vault: created, unlocked, written and searched (FTS5)")
        _out(f"keyring: {DeviceMemory(VaultPaths.for_dir(root)).backend_name()}")
    from app.content.crisis_lines import load_crisis_lines

    _out(f"content: {len(load_crisis_lines())} crisis lines loaded")
    _out("ok: self-test passed")
    return exit_codes.OK


HANDLERS: dict[str, Callable[[argparse.Namespace, InstanceLockFactory], int]] = {
    "init": cmd_init,
    "check": cmd_check,
    "passwd": cmd_passwd,
    "recover": cmd_recover,
    "self-test": cmd_self_test,
}
