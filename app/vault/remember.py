""" "Remember on this device": the data key kept in the OS keyring (opt-in).

Only key material goes to the keyring, never content. Every failure (no backend, a
locked keyring, a dismissed prompt, a backend that silently drops writes) means
"ask for the passphrase", never an error that blocks the person.
"""

from __future__ import annotations

import hashlib
from typing import Any

from app.vault.kdf import KEY_BYTES
from app.vault.layout import VaultPaths

SERVICE = "Mooring"


def _account(paths: VaultPaths) -> str:
    # The folder path is hashed so the keyring entry does not reveal where the vault is.
    digest = hashlib.sha256(str(paths.root).encode("utf-8")).hexdigest()[:24]
    return f"vault-{digest}"


class DeviceMemory:
    """Keeps the data key for one vault in the OS keyring."""

    def __init__(self, paths: VaultPaths, backend: Any = None) -> None:
        self._paths = paths
        self._backend = backend

    def _keyring(self) -> Any:
        if self._backend is not None:
            return self._backend
        import keyring

        return keyring.get_keyring()

    def backend_name(self) -> str:
        try:
            backend = self._keyring()
        except Exception:
            return "none"
        return f"{type(backend).__module__}.{type(backend).__name__}"

    def remember(self, data_key: bytes) -> str | None:
        """Store the key; None on success, else a one-line reason to show."""
        try:
            backend = self._keyring()
            backend.set_password(SERVICE, _account(self._paths), data_key.hex())
            stored = backend.get_password(SERVICE, _account(self._paths))
        except Exception as error:  # any backend failure is a fallback, not a crash
            return _reason(error)
        if stored != data_key.hex():
            self.forget()
            return "This computer's keychain didn't keep the key, so Mooring will keep asking for your passphrase."
        return None

    def recall(self) -> bytes | None:
        """The remembered key, or None (not remembered, or the keyring failed)."""
        try:
            stored = self._keyring().get_password(SERVICE, _account(self._paths))
        except Exception:
            return None
        if not isinstance(stored, str):
            return None
        try:
            key = bytes.fromhex(stored)
        except ValueError:
            return None
        return key if len(key) == KEY_BYTES else None

    def forget(self) -> None:
        try:
            self._keyring().delete_password(SERVICE, _account(self._paths))
        except Exception:
            return


def _reason(error: Exception) -> str:
    name = type(error).__name__
    if name == "NoKeyringError":
        return "This computer has no keychain Mooring can use, so it will keep asking for your passphrase."
    if name == "KeyringLocked":
        return (
            "The computer's keychain is locked, so Mooring will ask for your passphrase this time."
        )
    return "The computer's keychain didn't accept the key, so Mooring will keep asking for your passphrase."
