"""Authenticating SQLCipher 4 pages with the data key, by reading bytes only.

A write-ahead log holds whole database pages, encrypted and authenticated exactly as
they would be in the database file. Checking each page's HMAC here, before SQLite is
allowed anywhere near the log, proves the pages were written under this vault's key
*and* for this database file (the HMAC key is derived from the file's own salt), and
it needs no database connection, so nothing can be checkpointed or recovered while
checking.

The layout is SQLCipher 4's default, which Mooring always uses (raw 32-byte key, the
salt in the first 16 bytes of the file): 4096-byte pages, each ending in a 16-byte IV
and a 64-byte HMAC-SHA512 over the encrypted bytes, the IV and the page number
(4 bytes, little-endian). The HMAC key is PBKDF2-HMAC-SHA512 of the data key over the
salt with every byte XOR 0x3a, 2 iterations, 32 bytes. ``tests/app/test_wal_guard.py``
checks this against pages SQLCipher itself wrote, so a change of defaults in a future
SQLCipher fails a test instead of setting aside good logs.
"""

from __future__ import annotations

import hashlib
import hmac
import struct
from dataclasses import dataclass

PAGE_SIZE = 4096
SALT_BYTES = 16
_IV_BYTES = 16
_HMAC_BYTES = 64
_RESERVE = _IV_BYTES + _HMAC_BYTES
_HMAC_SALT_MASK = 0x3A
_HMAC_KDF_ITERATIONS = 2
_HMAC_KEY_BYTES = 32


@dataclass(frozen=True)
class PageAuthenticator:
    """Checks pages of one database file (its salt) under one data key."""

    hmac_key: bytes

    @classmethod
    def for_database(cls, data_key: bytes, salt: bytes) -> PageAuthenticator:
        if len(salt) != SALT_BYTES:
            raise ValueError("the database file is too short to hold a salt")
        masked = bytes(b ^ _HMAC_SALT_MASK for b in salt)
        key = hashlib.pbkdf2_hmac("sha512", data_key, masked, _HMAC_KDF_ITERATIONS, _HMAC_KEY_BYTES)
        return cls(key)

    def is_authentic(self, page: bytes | memoryview, page_number: int) -> bool:
        """True when ``page`` is an intact page number ``page_number`` of this database."""
        if len(page) != PAGE_SIZE or page_number < 1:
            return False
        start = SALT_BYTES if page_number == 1 else 0
        end = PAGE_SIZE - _RESERVE
        mac = hmac.new(self.hmac_key, digestmod=hashlib.sha512)
        mac.update(page[start:end])
        mac.update(page[end : end + _IV_BYTES])
        mac.update(struct.pack("<I", page_number))
        return hmac.compare_digest(mac.digest(), bytes(page[end + _IV_BYTES :]))


def read_salt(database: bytes | memoryview) -> bytes:
    """The salt SQLCipher keeps in the first bytes of the database file."""
    return bytes(database[:SALT_BYTES])
