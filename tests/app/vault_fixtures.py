"""Shared helpers for core tests: small-cost vault parameters and file fingerprints."""

from __future__ import annotations

import hashlib
from pathlib import Path

from app.vault.kdf import KdfParams

# Fast KDF for tests; one test asserts the production defaults separately.
SMALL_KDF = KdfParams(memory_kib=1024, iterations=1, lanes=1)
PASSPHRASE = "river stone lantern 42"


def fingerprint(root: Path) -> dict[str, str]:
    """Every file under ``root`` with its SHA-256, to prove nothing changed on disk."""
    return {
        str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }
