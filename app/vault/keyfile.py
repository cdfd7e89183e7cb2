"""The key file: the random data key, wrapped under the passphrase and the recovery code.

Each wrap ("slot") holds Argon2id parameters, salt, nonce and the AES-256-GCM
ciphertext of the data key. Changing the passphrase rewrites one slot; the database
is never re-encrypted.
"""

from __future__ import annotations

import base64
import json
import os
import secrets
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from app.vault.errors import KeyFileDamaged
from app.vault.kdf import KEY_BYTES, SALT_BYTES, KdfParams, derive_key

FORMAT_NAME = "mooring-key"
FORMAT_VERSION = 1
PASSPHRASE_SLOT = "passphrase"
RECOVERY_SLOT = "recovery"
_NONCE_BYTES = 12
_MAX_KEY_FILE_BYTES = 64 * 1024


class UnwrapFailed(Exception):
    """The secret did not open this slot (GCM authentication failed)."""


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(value: Any, expected_len: int | None = None) -> bytes:
    if not isinstance(value, str):
        raise ValueError("not a base64 string")
    data = base64.b64decode(value.encode("ascii"), validate=True)
    if expected_len is not None and len(data) != expected_len:
        raise ValueError("wrong length")
    return data


def _aad(slot: str, params: KdfParams) -> bytes:
    # Binding the slot name and the KDF parameters means neither can be swapped or
    # weakened by editing the file without the unwrap failing.
    return json.dumps(
        {"format": FORMAT_NAME, "version": FORMAT_VERSION, "slot": slot, "kdf": params.to_json()},
        sort_keys=True,
    ).encode("utf-8")


@dataclass(frozen=True)
class WrappedKey:
    params: KdfParams
    salt: bytes
    nonce: bytes
    ciphertext: bytes

    @classmethod
    def wrap(cls, slot: str, data_key: bytes, secret: bytes, params: KdfParams) -> WrappedKey:
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        salt = secrets.token_bytes(SALT_BYTES)
        nonce = secrets.token_bytes(_NONCE_BYTES)
        wrapping_key = derive_key(secret, salt, params)
        ciphertext = AESGCM(wrapping_key).encrypt(nonce, data_key, _aad(slot, params))
        return cls(params, salt, nonce, ciphertext)

    def unwrap(self, slot: str, secret: bytes) -> bytes:
        from cryptography.exceptions import InvalidTag
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        wrapping_key = derive_key(secret, self.salt, self.params)
        try:
            data_key = AESGCM(wrapping_key).decrypt(
                self.nonce, self.ciphertext, _aad(slot, self.params)
            )
        except InvalidTag:
            raise UnwrapFailed from None
        if len(data_key) != KEY_BYTES:
            raise UnwrapFailed
        return data_key

    def to_json(self) -> dict[str, Any]:
        return {
            "kdf": "argon2id",
            "params": self.params.to_json(),
            "salt": _b64(self.salt),
            "nonce": _b64(self.nonce),
            "ciphertext": _b64(self.ciphertext),
        }

    @classmethod
    def from_json(cls, raw: Any) -> WrappedKey:
        if not isinstance(raw, dict) or raw.get("kdf") != "argon2id":
            raise ValueError("unknown wrap")
        return cls(
            params=KdfParams.from_json(raw.get("params")),
            salt=_unb64(raw.get("salt"), SALT_BYTES),
            nonce=_unb64(raw.get("nonce"), _NONCE_BYTES),
            ciphertext=_unb64(raw.get("ciphertext"), KEY_BYTES + 16),
        )


@dataclass(frozen=True)
class KeyFile:
    slots: Mapping[str, WrappedKey]

    @classmethod
    def new(cls, data_key: bytes, passphrase: bytes, recovery: bytes, params: KdfParams) -> KeyFile:
        return cls(
            {
                PASSPHRASE_SLOT: WrappedKey.wrap(PASSPHRASE_SLOT, data_key, passphrase, params),
                RECOVERY_SLOT: WrappedKey.wrap(RECOVERY_SLOT, data_key, recovery, params),
            }
        )

    def unwrap(self, slot: str, secret: bytes) -> bytes:
        return self.slots[slot].unwrap(slot, secret)

    def with_slot(self, slot: str, data_key: bytes, secret: bytes, params: KdfParams) -> KeyFile:
        slots = dict(self.slots)
        slots[slot] = WrappedKey.wrap(slot, data_key, secret, params)
        return KeyFile(slots)

    def to_bytes(self) -> bytes:
        document = {
            "format": FORMAT_NAME,
            "version": FORMAT_VERSION,
            "slots": {name: wrap.to_json() for name, wrap in sorted(self.slots.items())},
        }
        return (json.dumps(document, indent=2, sort_keys=True) + "\n").encode("utf-8")

    @classmethod
    def from_bytes(cls, data: bytes) -> KeyFile:
        """Parse a key file; raises KeyFileDamaged with a one-line reason."""
        try:
            document = json.loads(data.decode("utf-8"))
            if not isinstance(document, dict) or document.get("format") != FORMAT_NAME:
                raise ValueError("not a Mooring key file")
            if document.get("version") != FORMAT_VERSION:
                raise ValueError("unsupported key file version")
            raw_slots = document.get("slots")
            if not isinstance(raw_slots, dict):
                raise ValueError("no slots")
            slots = {
                name: WrappedKey.from_json(raw_slots.get(name))
                for name in (PASSPHRASE_SLOT, RECOVERY_SLOT)
            }
        except (ValueError, UnicodeDecodeError, TypeError, RecursionError) as error:
            raise KeyFileDamaged("The key file is damaged or is not a Mooring key file.") from error
        return cls(slots)

    @classmethod
    def read(cls, path: os.PathLike[str]) -> KeyFile:
        try:
            with open(path, "rb") as handle:
                data = handle.read(_MAX_KEY_FILE_BYTES + 1)
        except FileNotFoundError:
            raise KeyFileDamaged("The key file is missing from the data folder.") from None
        except OSError as error:
            raise KeyFileDamaged(f"The key file can't be read ({error.strerror}).") from None
        if len(data) > _MAX_KEY_FILE_BYTES:
            raise KeyFileDamaged("The key file is damaged or is not a Mooring key file.")
        return cls.from_bytes(data)
