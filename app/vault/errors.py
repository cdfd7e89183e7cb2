"""Typed vault errors. ``str(error)`` is always one plain sentence a user can read."""

from __future__ import annotations


class VaultError(Exception):
    """Base class for every failure the vault reports to a person."""


class WrongPassphrase(VaultError):
    """The passphrase did not unwrap the key (nothing on disk was changed)."""


class WrongRecoveryCode(VaultError):
    """The recovery code is malformed or does not unwrap the key."""


class VaultDamaged(VaultError):
    """The key file or database is damaged, tampered with, or is not a Mooring vault."""


class KeyFileDamaged(VaultDamaged):
    """The key file is missing, unreadable, or not valid."""


class VaultBusy(VaultError):
    """Another running Mooring holds this data folder."""


class NoVault(VaultError):
    """There is no vault in this data folder yet."""


class VaultExists(VaultError):
    """A vault already exists in this data folder."""


class WeakPassphrase(VaultError):
    """The passphrase is refused; the message says why."""


class EngineUnsupported(VaultError):
    """The SQLCipher library is not version 4 or refused a required setting."""


class StorageError(VaultError):
    """The operating system refused a file operation (read-only folder, full disk...)."""
