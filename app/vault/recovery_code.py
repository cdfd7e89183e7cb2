"""Recovery codes: 30 characters from an unambiguous alphabet, in groups of 5.

30 symbols (no 0/O, 1/I/L or U) give log2(30) * 30 ≈ 147 random bits.
"""

from __future__ import annotations

import secrets

from app.vault.errors import WrongRecoveryCode

ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ"
GROUP_SIZE = 5
LENGTH = 30
_SEPARATORS = frozenset(" -\t\u2010\u2011\u2012\u2013\u2014")


def generate() -> str:
    """A fresh recovery code, formatted for reading (``XXXXX-XXXXX-...``)."""
    return format_code("".join(secrets.choice(ALPHABET) for _ in range(LENGTH)))


def format_code(compact: str) -> str:
    return "-".join(compact[i : i + GROUP_SIZE] for i in range(0, len(compact), GROUP_SIZE))


def normalize(code: str) -> str:
    """The compact form: hyphens and spaces dropped, any case accepted.

    Raises WrongRecoveryCode when the text cannot be a recovery code.
    """
    compact = "".join(ch for ch in code.strip() if ch not in _SEPARATORS).upper()
    if len(compact) != LENGTH or any(ch not in ALPHABET for ch in compact):
        raise WrongRecoveryCode(
            "That doesn't look like a recovery code: it has 30 letters and digits in groups of 5."
        )
    return compact
