"""The key file: the random data key, wrapped under the passphrase and the recovery code.

Each wrap ("slot") holds Argon2id parameters, salt, nonce and the AES-256-GCM
ciphertext of the data key. Changing the passphrase rewrites one slot; the database
is never re-encrypted.

Version 2 authenticates the file as a whole, so any change to it reads as "damaged or
tampered", never as a wrong passphrase:

- ``checksum``: SHA-256 over a canonical serialisation of every field (format, version,
  both slots' parameters, salts, nonces, ciphertexts, and the MAC). It is checked on
  read, before any key derivation runs, and the file must also be byte for byte the
  way Mooring writes it, so an edit that leaves the values alone (spacing, escapes,
  base64 padding bits) is caught too.
- ``mac``: HMAC-SHA256 over the same canonical fields under a key derived from the
  data key (HKDF, its own label). Checked after either slot unwraps, so an edit of the
  other slot, even with the checksum recomputed, is caught; ``check`` uses it to prove
  the recovery slot intact without the recovery code.

Version 1 files (no checksum, no MAC) still open; ``app.vault.keys.reconcile`` seals
them as version 2 on the first successful unlock.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import secrets
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from app.platform.sentence import sentence
from app.vault.errors import KeyFileDamaged
from app.vault.kdf import KEY_BYTES, SALT_BYTES, KdfParams, derive_key

FORMAT_NAME = "mooring-key"
FORMAT_VERSION = 2
LEGACY_VERSION = 1
# The slot AAD keeps naming version 1 whatever the file version: slots wrapped in a
# version 1 file must still open after the file is sealed as version 2 around them.
_SLOT_AAD_VERSION = 1
_MAC_LABEL = b"mooring key-file mac v2"
_DAMAGED = "The key file is damaged or was changed outside Mooring."
_NOT_SEALED = "The key file was changed outside Mooring or belongs to another vault."
PASSPHRASE_SLOT = "passphrase"
RECOVERY_SLOT = "recovery"
_SLOT_NAMES = (PASSPHRASE_SLOT, RECOVERY_SLOT)
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
        {
            "format": FORMAT_NAME,
            "version": _SLOT_AAD_VERSION,
            "slot": slot,
            "kdf": params.to_json(),
        },
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


def _mac_key(data_key: bytes) -> bytes:
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    # A key of its own, so the MAC never uses the database key directly.
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=_MAC_LABEL).derive(data_key)


@dataclass(frozen=True)
class KeyFile:
    slots: Mapping[str, WrappedKey]
    version: int = FORMAT_VERSION
    # Version 2: HMAC-SHA256 of the canonical fields under a key derived from the data
    # key. Empty for a version 1 file.
    mac: bytes = b""

    @classmethod
    def new(cls, data_key: bytes, passphrase: bytes, recovery: bytes, params: KdfParams) -> KeyFile:
        return cls(
            {
                PASSPHRASE_SLOT: WrappedKey.wrap(PASSPHRASE_SLOT, data_key, passphrase, params),
                RECOVERY_SLOT: WrappedKey.wrap(RECOVERY_SLOT, data_key, recovery, params),
            }
        ).sealed(data_key)

    # ----- authentication -------------------------------------------------------------

    def _canonical(self, *, with_mac: bool) -> bytes:
        document: dict[str, Any] = {
            "format": FORMAT_NAME,
            "version": self.version,
            "slots": {name: wrap.to_json() for name, wrap in sorted(self.slots.items())},
        }
        if with_mac:
            document["mac"] = _b64(self.mac)
        return json.dumps(
            document, sort_keys=True, separators=(",", ":"), ensure_ascii=True
        ).encode("ascii")

    def _checksum(self) -> str:
        return hashlib.sha256(self._canonical(with_mac=True)).hexdigest()

    def sealed(self, data_key: bytes) -> KeyFile:
        """This key file as version 2, its MAC made with ``data_key``."""
        unsealed = KeyFile(dict(self.slots), FORMAT_VERSION, b"")
        mac = hmac.new(
            _mac_key(data_key), unsealed._canonical(with_mac=False), hashlib.sha256
        ).digest()
        return KeyFile(dict(self.slots), FORMAT_VERSION, mac)

    def is_sealed_for(self, data_key: bytes) -> bool:
        """True when this is a version 2 file whose MAC was made with ``data_key``."""
        if self.version != FORMAT_VERSION or not self.mac:
            return False
        return hmac.compare_digest(self.sealed(data_key).mac, self.mac)

    # ----- slots ------------------------------------------------------------------------

    def unwrap(self, slot: str, secret: bytes) -> bytes:
        """The data key from ``slot``: UnwrapFailed when ``secret`` is wrong, KeyFileDamaged
        when the slot opens but the file as a whole is not the one sealed with that key."""
        data_key = self.slots[slot].unwrap(slot, secret)
        if self.version == FORMAT_VERSION and not self.is_sealed_for(data_key):
            raise KeyFileDamaged(_NOT_SEALED)
        return data_key

    def with_slot(self, slot: str, data_key: bytes, secret: bytes, params: KdfParams) -> KeyFile:
        """A sealed version 2 copy with ``slot`` wrapped anew under ``secret``."""
        slots = dict(self.slots)
        slots[slot] = WrappedKey.wrap(slot, data_key, secret, params)
        return KeyFile(slots).sealed(data_key)

    # ----- bytes ------------------------------------------------------------------------

    def to_bytes(self) -> bytes:
        document: dict[str, Any] = {
            "format": FORMAT_NAME,
            "version": self.version,
            "slots": {name: wrap.to_json() for name, wrap in sorted(self.slots.items())},
        }
        if self.version == FORMAT_VERSION:
            document["mac"] = _b64(self.mac)
            document["checksum"] = self._checksum()
        return (json.dumps(document, indent=2, sort_keys=True) + "\n").encode("utf-8")

    @classmethod
    def from_bytes(cls, data: bytes) -> KeyFile:
        """Parse and check a key file; raises KeyFileDamaged with a one-line reason.

        Runs no key derivation: every check here is cheap, so a damaged or tampered
        file is refused before it can cost an Argon2 run.
        """
        try:
            document = json.loads(data.decode("utf-8"))
            if not isinstance(document, dict) or document.get("format") != FORMAT_NAME:
                raise ValueError("not a Mooring key file")
            version = document.get("version")
            if type(version) is not int:
                raise ValueError("unsupported key file version")
            if version == FORMAT_VERSION:
                expected_keys = {"format", "version", "slots", "mac", "checksum"}
            elif version == LEGACY_VERSION:
                expected_keys = {"format", "version", "slots"}
            else:
                raise ValueError("unsupported key file version")
            # A version 2 file turned into version 1 by editing the number alone must
            # not lose its authentication on the way.
            if set(document) != expected_keys:
                raise ValueError("unexpected fields")
            raw_slots = document.get("slots")
            if not isinstance(raw_slots, dict) or set(raw_slots) != set(_SLOT_NAMES):
                raise ValueError("wrong slots")
            slots = {name: WrappedKey.from_json(raw_slots.get(name)) for name in _SLOT_NAMES}
            if version == LEGACY_VERSION:
                return cls(slots, LEGACY_VERSION, b"")
            key_file = cls(slots, FORMAT_VERSION, _unb64(document.get("mac"), 32))
            checksum = document.get("checksum")
            if not isinstance(checksum, str) or not hmac.compare_digest(
                checksum.encode("ascii", "replace"), key_file._checksum().encode("ascii")
            ):
                raise ValueError("checksum mismatch")
            if data != key_file.to_bytes():
                raise ValueError("not in the form Mooring writes")
        except (ValueError, UnicodeError, TypeError, RecursionError) as error:
            raise KeyFileDamaged(_DAMAGED) from error
        return key_file

    @classmethod
    def read(cls, path: os.PathLike[str]) -> KeyFile:
        try:
            with open(path, "rb") as handle:
                data = handle.read(_MAX_KEY_FILE_BYTES + 1)
        except FileNotFoundError:
            raise KeyFileDamaged("The key file is missing from the data folder.") from None
        except OSError as error:
            raise KeyFileDamaged(
                sentence("The key file can't be read ({strerror}).", strerror=error.strerror)
            ) from None
        if len(data) > _MAX_KEY_FILE_BYTES:
            raise KeyFileDamaged(_DAMAGED)
        return cls.from_bytes(data)
