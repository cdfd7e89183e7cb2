"""Damaged, tampered and foreign files: a typed error, and not one byte changed."""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from vault_fixtures import PASSPHRASE, SMALL_KDF, fingerprint

from app.vault.errors import KeyFileDamaged, VaultDamaged, WrongPassphrase
from app.vault.vault import Vault

PAGE_SIZE = 4096  # SQLCipher 4 default


def _zero_length(db: Path) -> None:
    db.write_bytes(b"")


def _truncated(db: Path) -> None:
    data = db.read_bytes()
    db.write_bytes(data[: PAGE_SIZE + 100])


def _random_bytes(db: Path) -> None:
    db.write_bytes(os.urandom(5 * PAGE_SIZE))


def _plain_sqlite(db: Path) -> None:
    db.unlink()
    plain = sqlite3.connect(db)
    plain.execute("CREATE TABLE meta (key TEXT, value TEXT)")
    plain.execute("INSERT INTO meta VALUES ('app', 'mooring')")
    plain.commit()
    plain.close()


def _flip_byte_on_page_3(db: Path) -> None:
    data = bytearray(db.read_bytes())
    assert len(data) >= 3 * PAGE_SIZE, "vault too small to have a page 3"
    data[2 * PAGE_SIZE + 200] ^= 0x01
    db.write_bytes(bytes(data))


def _grow_to_three_pages(vault_dir: Path) -> None:
    vault = Vault.unlock(vault_dir, PASSPHRASE)
    vault.connection.execute("CREATE TABLE filler (x TEXT)")
    vault.connection.execute("INSERT INTO filler VALUES (?)", ("y" * 6000,))
    vault.close()


DAMAGES: dict[str, Callable[[Path], None]] = {
    "zero-length": _zero_length,
    "truncated": _truncated,
    "random-bytes": _random_bytes,
    "plain-sqlite": _plain_sqlite,
    "flipped-byte-page-3": _flip_byte_on_page_3,
}


@pytest.mark.parametrize("damage", DAMAGES)
def test_damaged_database_is_reported_and_left_untouched(
    make_vault, vault_dir: Path, damage: str
) -> None:
    make_vault()
    _grow_to_three_pages(vault_dir)
    DAMAGES[damage](vault_dir / "mooring.db")
    before = fingerprint(vault_dir)
    with pytest.raises(VaultDamaged) as reported:
        Vault.unlock(vault_dir, PASSPHRASE)
    message = str(reported.value)
    assert message and "\n" not in message
    assert fingerprint(vault_dir) == before


def test_wrong_passphrase_is_told_apart_from_damage(make_vault, vault_dir: Path) -> None:
    make_vault()
    _random_bytes(vault_dir / "mooring.db")
    with pytest.raises(WrongPassphrase):
        Vault.unlock(vault_dir, "not the passphrase")


def test_missing_key_file(make_vault, vault_dir: Path) -> None:
    make_vault()
    (vault_dir / "mooring.key").unlink()
    before = fingerprint(vault_dir)
    with pytest.raises(KeyFileDamaged, match="missing"):
        Vault.unlock(vault_dir, PASSPHRASE)
    assert fingerprint(vault_dir) == before


def test_missing_database_with_key_file_present(make_vault, vault_dir: Path) -> None:
    make_vault()
    (vault_dir / "mooring.db").unlink()
    before = fingerprint(vault_dir)
    with pytest.raises(VaultDamaged, match="missing"):
        Vault.unlock(vault_dir, PASSPHRASE)
    assert fingerprint(vault_dir) == before


def _edit_key_file(path: Path, edit: Callable[[dict], None]) -> None:
    document = json.loads(path.read_text())
    edit(document)
    path.write_text(json.dumps(document))


KEY_FILE_DAMAGES: dict[str, Callable[[Path], None]] = {
    "garbage": lambda p: p.write_bytes(os.urandom(300)),
    "truncated-json": lambda p: p.write_bytes(p.read_bytes()[: len(p.read_bytes()) // 2]),
    "empty": lambda p: p.write_bytes(b""),
    "json-not-object": lambda p: p.write_text("[1, 2, 3]"),
    "wrong-format": lambda p: _edit_key_file(p, lambda d: d.update(format="something-else")),
    "future-version": lambda p: _edit_key_file(p, lambda d: d.update(version=99)),
    "slot-missing": lambda p: _edit_key_file(p, lambda d: d["slots"].pop("passphrase")),
    "bad-base64": lambda p: _edit_key_file(
        p, lambda d: d["slots"]["passphrase"].update(salt="***")
    ),
    "huge-memory": lambda p: _edit_key_file(
        p, lambda d: d["slots"]["passphrase"]["params"].update(memory_kib=2**40)
    ),
    "deep-nesting": lambda p: p.write_text("[" * 100_000 + "]" * 100_000),
}


@pytest.mark.parametrize("damage", KEY_FILE_DAMAGES)
def test_bad_key_file_is_reported_and_left_untouched(
    make_vault, vault_dir: Path, damage: str
) -> None:
    make_vault()
    KEY_FILE_DAMAGES[damage](vault_dir / "mooring.key")
    before = fingerprint(vault_dir)
    with pytest.raises(KeyFileDamaged) as reported:
        Vault.unlock(vault_dir, PASSPHRASE)
    assert "\n" not in str(reported.value)
    assert fingerprint(vault_dir) == before


def test_tampered_kdf_parameters_do_not_unlock(make_vault, vault_dir: Path) -> None:
    """Weakening the stored parameters is tampering, reported as such (issue 8, item 3)."""
    make_vault()
    _edit_key_file(
        vault_dir / "mooring.key",
        lambda d: d["slots"]["passphrase"]["params"].update(iterations=SMALL_KDF.iterations + 1),
    )
    with pytest.raises(KeyFileDamaged):
        Vault.unlock(vault_dir, PASSPHRASE)


def test_swapped_slots_do_not_unlock(make_vault, vault_dir: Path) -> None:
    code = make_vault()

    def swap(document: dict) -> None:
        slots = document["slots"]
        slots["passphrase"], slots["recovery"] = slots["recovery"], slots["passphrase"]

    _edit_key_file(vault_dir / "mooring.key", swap)

    # Any change to the key file reads as tampering (issue 8, item 3).
    with pytest.raises(KeyFileDamaged):
        Vault.reset_with_recovery_code(vault_dir, code, "brand new phrase here")
