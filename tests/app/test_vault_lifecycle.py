"""Create, unlock, lock, change passphrase and recover, on real SQLCipher files."""

from __future__ import annotations

import os
import unicodedata
from pathlib import Path

import pytest
from vault_fixtures import PASSPHRASE, SMALL_KDF, fingerprint

from app.vault import engine, recovery_code
from app.vault.errors import (
    NoVault,
    VaultExists,
    WeakPassphrase,
    WrongPassphrase,
    WrongRecoveryCode,
)
from app.vault.kdf import OWASP_FLOOR, PRODUCTION_KDF
from app.vault.layout import VaultPaths
from app.vault.vault import Vault


def test_production_kdf_defaults_meet_the_design_floor() -> None:
    assert PRODUCTION_KDF.memory_kib >= 64 * 1024
    assert PRODUCTION_KDF.iterations >= 3
    assert PRODUCTION_KDF.lanes == 4
    assert PRODUCTION_KDF.memory_kib >= OWASP_FLOOR.memory_kib
    assert PRODUCTION_KDF.iterations >= OWASP_FLOOR.iterations


def test_create_then_unlock_reads_back_what_was_written(vault_dir: Path) -> None:
    vault, code = Vault.create(vault_dir, PASSPHRASE, kdf=SMALL_KDF)
    vault.connection.execute("INSERT INTO meta (key, value) VALUES ('note', 'kept')")
    vault.close()
    assert vault.connection is None

    reopened = Vault.unlock(vault_dir, PASSPHRASE)
    try:
        row = reopened.connection.execute("SELECT value FROM meta WHERE key = 'note'").fetchone()
        assert row == ("kept",)
    finally:
        reopened.close()
    assert recovery_code.normalize(code)  # a well-formed code came back


def test_every_connection_has_the_required_settings(make_vault, vault_dir: Path) -> None:
    make_vault()
    vault = Vault.unlock(vault_dir, PASSPHRASE)
    try:
        for name, _value, accepted in engine.REQUIRED_PRAGMAS:
            actual = str(vault.connection.execute(f"PRAGMA {name}").fetchone()[0]).lower()
            assert actual in accepted, name
        assert vault.connection.execute("PRAGMA cipher_version").fetchone()[0].startswith("4.")
    finally:
        vault.close()


def test_database_file_is_not_plain_sqlite(make_vault, vault_dir: Path) -> None:
    make_vault()
    header = (vault_dir / "mooring.db").read_bytes()[:16]
    assert header != b"SQLite format 3\x00"


def test_wrong_passphrase_three_times_changes_no_file(make_vault, vault_dir: Path) -> None:
    make_vault()
    before = fingerprint(vault_dir)
    for attempt in ("wrong one", "", "river stone lantern 43"):
        with pytest.raises(WrongPassphrase):
            Vault.unlock(vault_dir, attempt)
    assert fingerprint(vault_dir) == before


def test_change_passphrase_rewraps_without_reencrypting(make_vault, vault_dir: Path) -> None:
    make_vault()
    database_before = (vault_dir / "mooring.db").read_bytes()
    vault = Vault.unlock(vault_dir, PASSPHRASE)
    vault.change_passphrase(PASSPHRASE, "a whole new phrase 7")
    vault.close()
    assert (vault_dir / "mooring.db").read_bytes() == database_before
    assert not (vault_dir / "mooring.key.prev").exists()
    with pytest.raises(WrongPassphrase):
        Vault.unlock(vault_dir, PASSPHRASE)
    Vault.unlock(vault_dir, "a whole new phrase 7").close()


def test_change_passphrase_with_wrong_current_one_is_refused(make_vault, vault_dir: Path) -> None:
    make_vault()
    vault = Vault.unlock(vault_dir, PASSPHRASE)
    before = fingerprint(vault_dir)
    with pytest.raises(WrongPassphrase):
        vault.change_passphrase("not it at all", "a whole new phrase 7")
    vault.close()
    assert fingerprint(vault_dir)["mooring.key"] == before["mooring.key"]
    Vault.unlock(vault_dir, PASSPHRASE).close()


def test_recovery_code_resets_the_passphrase_and_keeps_working(make_vault, vault_dir: Path) -> None:
    code = make_vault()
    sloppy = code.replace("-", "").lower()  # without hyphens, any case
    Vault.reset_with_recovery_code(vault_dir, sloppy, "brand new phrase here").close()
    Vault.unlock(vault_dir, "brand new phrase here").close()
    with pytest.raises(WrongPassphrase):
        Vault.unlock(vault_dir, PASSPHRASE)
    Vault.reset_with_recovery_code(vault_dir, " " + code + " ", "second new phrase 9").close()
    Vault.unlock(vault_dir, "second new phrase 9").close()


def test_wrong_or_malformed_recovery_code_changes_nothing(make_vault, vault_dir: Path) -> None:
    code = make_vault()
    before = fingerprint(vault_dir)
    other = recovery_code.generate()
    assert other != code
    for attempt in (other, "not a code", code[:-1], code + "2"):
        with pytest.raises(WrongRecoveryCode):
            Vault.reset_with_recovery_code(vault_dir, attempt, "brand new phrase here")
    assert fingerprint(vault_dir) == before


def test_recovery_code_format() -> None:
    codes = {recovery_code.generate() for _ in range(200)}
    assert len(codes) == 200
    for code in codes:
        groups = code.split("-")
        assert all(4 <= len(g) <= 6 for g in groups)
        compact = "".join(groups)
        assert set(compact) <= set(recovery_code.ALPHABET)
        assert not set(compact) & set("01OIL")
    # 30 symbols from a 30-letter alphabet: over 128 bits.
    import math

    assert recovery_code.LENGTH * math.log2(len(recovery_code.ALPHABET)) >= 128


def test_same_non_ascii_passphrase_in_nfc_and_nfd_unlocks(vault_dir: Path) -> None:
    text = "Café açaí Ångström ñandú"
    nfc = unicodedata.normalize("NFC", text)
    nfd = unicodedata.normalize("NFD", text)
    assert nfc != nfd
    Vault.create(vault_dir, nfd, kdf=SMALL_KDF)[0].close()
    Vault.unlock(vault_dir, nfc).close()
    Vault.unlock(vault_dir, nfd).close()


@pytest.mark.parametrize("passphrase", ["", "   ", "short", "password123", "a" * 10_000])
def test_weak_empty_or_huge_passphrase_is_refused_at_setup(
    vault_dir: Path, passphrase: str
) -> None:
    with pytest.raises(WeakPassphrase) as refused:
        Vault.create(vault_dir, passphrase, kdf=SMALL_KDF)
    assert str(refused.value)  # a reason a person can read
    assert "\n" not in str(refused.value)
    assert not vault_dir.exists()


def test_ten_thousand_character_passphrase_at_unlock_is_just_wrong(
    make_vault, vault_dir: Path
) -> None:
    make_vault()
    before = fingerprint(vault_dir)
    with pytest.raises(WrongPassphrase):
        Vault.unlock(vault_dir, "x" * 10_000)
    assert fingerprint(vault_dir) == before


def test_unlock_where_there_is_no_vault(tmp_path: Path) -> None:
    missing = tmp_path / "does-not-exist-yet"
    with pytest.raises(NoVault):
        Vault.unlock(missing, PASSPHRASE)
    assert not missing.exists()


def test_create_in_a_folder_that_does_not_exist_yet(tmp_path: Path) -> None:
    root = tmp_path / "a" / "b" / "vault"
    Vault.create(root, PASSPHRASE, kdf=SMALL_KDF)[0].close()
    assert VaultPaths.for_dir(root).exists()
    Vault.unlock(root, PASSPHRASE).close()


def test_create_refuses_an_existing_vault(make_vault, vault_dir: Path) -> None:
    make_vault()
    before = fingerprint(vault_dir)
    with pytest.raises(VaultExists):
        Vault.create(vault_dir, "another good phrase 1", kdf=SMALL_KDF)
    assert fingerprint(vault_dir) == before


def test_interrupted_rewrap_keeps_the_old_passphrase_working(
    make_vault, vault_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A crash after the previous copy was kept but before the new key file landed."""
    make_vault()
    from app.vault import vault as vault_module

    real_write = vault_module.write_atomically
    calls = []

    def crash_on_second_write(target: Path, data: bytes) -> None:
        calls.append(target)
        if len(calls) == 2:
            raise OSError(28, "No space left on device")
        real_write(target, data)

    monkeypatch.setattr(vault_module, "write_atomically", crash_on_second_write)
    vault = Vault.unlock(vault_dir, PASSPHRASE)
    with pytest.raises(Exception, match="data folder"):
        vault.change_passphrase(PASSPHRASE, "a whole new phrase 7")
    vault.close()
    monkeypatch.undo()
    Vault.unlock(vault_dir, PASSPHRASE).close()


def test_damaged_current_key_file_falls_back_to_the_kept_previous_copy(
    make_vault, vault_dir: Path
) -> None:
    """If a crash left a torn key file beside the kept previous copy, unlock still works."""
    make_vault()
    key = vault_dir / "mooring.key"
    (vault_dir / "mooring.key.prev").write_bytes(key.read_bytes())
    key.write_bytes(key.read_bytes()[:40])
    Vault.unlock(vault_dir, PASSPHRASE).close()


def test_no_plaintext_files_beside_the_vault(make_vault, vault_dir: Path) -> None:
    make_vault()
    vault = Vault.unlock(vault_dir, PASSPHRASE)
    vault.connection.execute("INSERT INTO meta (key, value) VALUES ('canary', 'zebracanary77')")
    vault.backup()
    vault.close()
    for path in vault_dir.rglob("*"):
        if path.is_file():
            assert b"zebracanary77" not in path.read_bytes(), path
    assert sorted(os.listdir(vault_dir)) == ["backups", "mooring.db", "mooring.key"]


def test_new_recovery_code_replaces_the_old_one(make_vault, vault_dir: Path) -> None:
    old_code = make_vault()
    vault = Vault.unlock(vault_dir, PASSPHRASE)
    try:
        with pytest.raises(WrongPassphrase):
            vault.new_recovery_code("not the passphrase")
        new_code = vault.new_recovery_code(PASSPHRASE)
    finally:
        vault.close()
    assert new_code != old_code
    with pytest.raises(WrongRecoveryCode):
        Vault.reset_with_recovery_code(vault_dir, old_code, "brand new phrase here")
    Vault.reset_with_recovery_code(vault_dir, new_code, "brand new phrase here").close()
    Vault.unlock(vault_dir, "brand new phrase here").close()
