"""Passphrase normalisation and a plain-language strength hint."""

from __future__ import annotations

import math
import unicodedata
from dataclasses import dataclass

from app.platform.sentence import sentence

MIN_LENGTH = 8
# Argon2 accepts any length, but a limit keeps a pasted book from stalling the KDF.
MAX_LENGTH = 1024

_COMMON = frozenset(
    {
        "password",
        "password1",
        "password123",
        "passw0rd",
        "12345678",
        "123456789",
        "1234567890",
        "qwertyuiop",
        "qwerty123",
        "iloveyou",
        "letmein1",
        "sunshine",
        "princess",
        "football",
        "baseball",
        "welcome1",
        "trustno1",
        "abc12345",
        "11111111",
        "00000000",
        "mooring1",
        "recovery",
        "sobriety",
        "changeme",
    }
)


def normalize(passphrase: str) -> str:
    """NFC-normalise so the same text typed on another keyboard or OS unlocks."""
    return unicodedata.normalize("NFC", passphrase)


def encode(passphrase: str) -> bytes:
    return normalize(passphrase).encode("utf-8")


@dataclass(frozen=True)
class Strength:
    """How strong a passphrase looks. ``reason`` explains a refusal or a weakness."""

    score: int  # 0 (refused) .. 4 (strong)
    acceptable: bool
    label: str
    reason: str


def _estimated_bits(text: str) -> float:
    pools = 0
    if any(c.islower() for c in text):
        pools += 26
    if any(c.isupper() for c in text):
        pools += 26
    if any(c.isdigit() for c in text):
        pools += 10
    if any(not c.isalnum() and c.isascii() for c in text):
        pools += 33
    if any(not c.isascii() for c in text):
        pools += 100
    distinct = len(set(text))
    # Repeats add little: count characters beyond the distinct ones at a quarter weight.
    effective_length = distinct + (len(text) - distinct) * 0.25
    return effective_length * math.log2(max(pools, 2))


def assess(passphrase: str) -> Strength:
    """Rate a passphrase; very weak ones are refused with the reason."""
    text = normalize(passphrase)
    if not text.strip():
        return Strength(0, False, "Empty", sentence("Please type a passphrase."))
    if len(text) > MAX_LENGTH:
        return Strength(
            0,
            False,
            "Too long",
            sentence("Please keep it under {most} characters.", most=MAX_LENGTH),
        )
    if len(text) < MIN_LENGTH:
        return Strength(
            0,
            False,
            "Too short",
            sentence("Use at least {least} characters; a few words work well.", least=MIN_LENGTH),
        )
    if text.lower() in _COMMON or len(set(text)) <= 2:
        return Strength(
            0,
            False,
            "Too easy to guess",
            sentence("This one is easy to guess; try a few unrelated words."),
        )
    bits = _estimated_bits(text)
    if bits < 35:
        return Strength(1, True, "Weak", sentence("Longer is stronger: add another word or two."))
    if bits < 55:
        return Strength(
            2, True, "Fair", sentence("Good start; one more word would make it stronger.")
        )
    if bits < 75:
        return Strength(3, True, "Good", "")
    return Strength(4, True, "Strong", "")
