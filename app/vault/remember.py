""" "Remember on this device": the data key kept in the OS keyring (opt-in).

Only key material goes to the keyring, never content. Every failure (no backend, a
locked keyring, a dismissed prompt, a backend that silently drops writes) means
"ask for the passphrase", never an error that blocks the person.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from typing import Any

from app.platform.sentence import sentence
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
            # The write may have landed before the failure: never leave a key behind
            # while telling the person it wasn't remembered.
            self.forget()
            return _reason(error)
        if stored != data_key.hex():
            self.forget()
            return sentence(
                "This computer's keychain didn't keep the key, so Mooring will keep asking "
                "for your passphrase."
            )
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
        return sentence(
            "This computer has no keychain Mooring can use, so it will keep asking for your "
            "passphrase."
        )
    if name == "KeyringLocked":
        return sentence(
            "The computer's keychain is locked, so Mooring will ask for your passphrase this time."
        )
    return sentence(
        "The computer's keychain didn't accept the key, so Mooring will keep asking for your "
        "passphrase."
    )


@dataclass(frozen=True)
class KeyringRoundTrip:
    """What ``keyring_round_trip`` found: the backend, and whether it kept a secret.

    ``backend`` is "none" when there is no keyring to use (nothing installed, or the
    fail or null backend chosen to turn it off): a supported set-up, not a failure.
    ``refused`` names the error when the keyring refused the test secret (locked, a
    dismissed prompt): Mooring then asks for the passphrase, which is not a failure.
    ``problem`` is what the keyring did wrong ("accepted a test secret but gave back
    nothing"), to follow its name in a sentence, else None.
    """

    backend: str
    stored: bool
    problem: str | None
    refused: str | None = None

    @property
    def available(self) -> bool:
        return self.backend != "none"


def keyring_round_trip(backend: Any = None) -> KeyringRoundTrip:
    """Store, read back and delete a throwaway secret (never a vault's key or account).

    A keyring that accepts the secret and then gives back nothing or something else,
    fails on reading it, or keeps it after it was deleted is a problem: "remember on
    this device" would not work there. One that refuses the write is reported as
    unavailable (Mooring then asks for the passphrase, and says so when asked to
    remember).
    """
    try:
        keyring_backend = backend if backend is not None else _default_keyring()
    except Exception:
        return KeyringRoundTrip("none", stored=False, problem=None)
    if _is_no_keyring(keyring_backend):
        return KeyringRoundTrip("none", stored=False, problem=None)
    name = f"{type(keyring_backend).__module__}.{type(keyring_backend).__name__}"
    account = f"self-test-{secrets.token_hex(8)}"  # vaults' accounts are "vault-..."
    secret = secrets.token_hex(16)
    try:
        keyring_backend.set_password(SERVICE, account, secret)
    except Exception as error:
        if type(error).__name__ == "NoKeyringError":
            return KeyringRoundTrip("none", stored=False, problem=None)
        return KeyringRoundTrip(name, stored=False, problem=None, refused=type(error).__name__)
    problem: str | None = None
    try:
        got = keyring_backend.get_password(SERVICE, account)
    except Exception as error:
        problem = f"accepted a test secret, then failed reading it back ({type(error).__name__})"
    else:
        if got is None:
            problem = "accepted a test secret but gave back nothing"
        elif got != secret:
            problem = "accepted a test secret but gave back something else"
    try:
        keyring_backend.delete_password(SERVICE, account)
    except Exception as error:
        if problem is None:
            problem = f"could not remove the test secret ({type(error).__name__})"
    if problem is None:
        try:
            left = keyring_backend.get_password(SERVICE, account)
        except Exception:
            left = None
        if left is not None:
            problem = "still held the test secret after removing it"
    return KeyringRoundTrip(name, stored=problem is None, problem=problem)


def _default_keyring() -> Any:
    import keyring

    return keyring.get_keyring()


def _is_no_keyring(backend: Any) -> bool:
    """The fail and null backends (and an empty chain) mean "no keyring here"."""
    try:
        from keyring.backends import chainer, fail, null
    except Exception:
        return False
    if isinstance(backend, fail.Keyring | null.Keyring):
        return True
    return isinstance(backend, chainer.ChainerBackend) and not chainer.ChainerBackend.backends
