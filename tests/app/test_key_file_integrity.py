"""The key file is authenticated as a whole (issue 8, item 3).

Any change to it reads as "damaged or tampered", never as a wrong passphrase; `check`
proves the recovery slot intact with the passphrase alone; KDF parameters read from
it are bounded near the production values; version 1 files still open and are sealed
as version 2.
"""

from __future__ import annotations

import base64
import json
import time
from dataclasses import replace
from pathlib import Path

import pytest
from vault_fixtures import PASSPHRASE, SMALL_KDF, fingerprint

from app.vault import keys, recovery_code
from app.vault.errors import KeyFileDamaged, VaultDamaged, WrongPassphrase, WrongRecoveryCode
from app.vault.kdf import PRODUCTION_KDF, KdfParams, derive_key
from app.vault.keyfile import PASSPHRASE_SLOT, RECOVERY_SLOT, KeyFile
from app.vault.layout import VaultPaths
from app.vault.vault import Vault, unwrap_with_passphrase


def _paths(vault_dir: Path) -> VaultPaths:
    return VaultPaths.for_dir(vault_dir)


def _check_style(paths: VaultPaths, secret: str) -> list[str]:
    """What `check` does with the key file, given only the passphrase."""
    notes: list[str] = []
    data_key = unwrap_with_passphrase(paths, secret)
    keys.check_key_file(paths, data_key, note=notes.append)
    return notes


def _slot_span(data: bytes, slot: str) -> range:
    """Byte positions of one slot's object in the key file as written."""
    start = data.index(f'"{slot}": {{'.encode())
    end = data.index(b"}", data.index(b"}", start) + 1) + 1  # params object, then the slot
    return range(start, end)


@pytest.mark.parametrize("mask", [0x01, 0x20])
def test_every_flipped_byte_reads_as_damage_and_changes_nothing(
    make_vault, vault_dir: Path, mask: int
) -> None:
    make_vault()
    key = vault_dir / "mooring.key"
    original = key.read_bytes()
    wrong_passphrase_at: list[int] = []
    opened_at: list[int] = []
    for position in range(len(original)):
        flipped = bytearray(original)
        flipped[position] ^= mask
        key.write_bytes(bytes(flipped))
        before = fingerprint(vault_dir)
        try:
            unwrap_with_passphrase(_paths(vault_dir), PASSPHRASE)
        except WrongPassphrase:
            wrong_passphrase_at.append(position)
        except KeyFileDamaged:
            pass
        else:
            opened_at.append(position)
        assert fingerprint(vault_dir) == before, position
    key.write_bytes(original)
    assert wrong_passphrase_at == []
    assert opened_at == []
    # The same through the whole unlock, at a sample of positions including the
    # recovery slot (the loop above covers every position at the key-file level).
    for position in [0, len(original) // 3, len(original) // 2, len(original) - 2]:
        flipped = bytearray(original)
        flipped[position] ^= mask
        key.write_bytes(bytes(flipped))
        before = fingerprint(vault_dir)
        with pytest.raises(VaultDamaged):
            Vault.unlock(vault_dir, PASSPHRASE)
        assert fingerprint(vault_dir) == before
    key.write_bytes(original)
    Vault.unlock(vault_dir, PASSPHRASE).close()


def test_a_flipped_byte_in_the_recovery_slot_is_caught_by_check_with_the_passphrase(
    make_vault, vault_dir: Path
) -> None:
    make_vault()
    key = vault_dir / "mooring.key"
    original = key.read_bytes()
    span = _slot_span(original, RECOVERY_SLOT)
    assert len(span) > 100
    for position in span:
        flipped = bytearray(original)
        flipped[position] ^= 0x01
        key.write_bytes(bytes(flipped))
        before = fingerprint(vault_dir)
        with pytest.raises(KeyFileDamaged):
            _check_style(_paths(vault_dir), PASSPHRASE)
        assert fingerprint(vault_dir) == before
    key.write_bytes(original)
    assert _check_style(_paths(vault_dir), PASSPHRASE) == []


def test_an_edited_recovery_slot_with_the_checksum_redone_is_caught_without_the_code(
    make_vault, vault_dir: Path
) -> None:
    """A deliberate edit gets past the checksum; the MAC under the data key catches it."""
    code = make_vault()
    paths = _paths(vault_dir)
    key_file = KeyFile.read(paths.key_file)
    recovery = key_file.slots[RECOVERY_SLOT]
    tampered_ciphertext = bytes([recovery.ciphertext[0] ^ 1]) + recovery.ciphertext[1:]
    slots = dict(key_file.slots)
    slots[RECOVERY_SLOT] = replace(recovery, ciphertext=tampered_ciphertext)
    forged = KeyFile(slots, key_file.version, key_file.mac)
    paths.key_file.write_bytes(forged.to_bytes())  # to_bytes recomputes the checksum
    KeyFile.read(paths.key_file)  # it passes the cheap checks...
    before = fingerprint(vault_dir)
    with pytest.raises(KeyFileDamaged):  # ...but not the seal, checked with the passphrase
        _check_style(paths, PASSPHRASE)
    # From the code's side a forged slot looks like a wrong code (the seal needs the data
    # key the slot no longer yields): that is why check verifies the slot beforehand.
    with pytest.raises((WrongRecoveryCode, KeyFileDamaged)):
        Vault.reset_with_recovery_code(vault_dir, code, "brand new phrase here")
    assert fingerprint(vault_dir) == before


def test_an_intact_key_file_passes_check_and_the_recovery_code_still_works(
    make_vault, vault_dir: Path
) -> None:
    code = make_vault()
    assert _check_style(_paths(vault_dir), PASSPHRASE) == []
    Vault.reset_with_recovery_code(vault_dir, code, "brand new phrase here").close()
    assert _check_style(_paths(vault_dir), "brand new phrase here") == []


def test_a_key_file_from_another_vault_is_damage_not_a_wrong_passphrase(
    make_vault, vault_dir: Path, tmp_path: Path
) -> None:
    make_vault()
    other = tmp_path / "other"
    Vault.create(other, PASSPHRASE, kdf=SMALL_KDF)[0].close()
    (vault_dir / "mooring.key").write_bytes((other / "mooring.key").read_bytes())
    before = fingerprint(vault_dir)
    with pytest.raises(VaultDamaged):
        Vault.unlock(vault_dir, PASSPHRASE)
    assert fingerprint(vault_dir) == before


# ----- KDF parameter bounds --------------------------------------------------------------


def _with_params(key_file: KeyFile, slot: str, params: KdfParams) -> KeyFile:
    slots = dict(key_file.slots)
    slots[slot] = replace(slots[slot], params=params)
    return KeyFile(slots, key_file.version, key_file.mac)


@pytest.mark.parametrize("slot", [PASSPHRASE_SLOT, RECOVERY_SLOT])
def test_a_key_file_demanding_a_gigabyte_and_sixteen_passes_is_refused_quickly(
    make_vault, vault_dir: Path, slot: str
) -> None:
    make_vault()
    paths = _paths(vault_dir)
    greedy = KdfParams(memory_kib=1024 * 1024, iterations=16, lanes=4)
    forged = _with_params(KeyFile.read(paths.key_file), slot, greedy)
    paths.key_file.write_bytes(forged.to_bytes())  # with a valid checksum
    assert json.loads(paths.key_file.read_text())["slots"][slot]["params"]["memory_kib"] == 2**20
    before = fingerprint(vault_dir)
    started = time.perf_counter()
    with pytest.raises(KeyFileDamaged):
        Vault.unlock(vault_dir, PASSPHRASE)
    assert time.perf_counter() - started < 0.5
    assert fingerprint(vault_dir) == before


@pytest.mark.parametrize(
    "params",
    [
        KdfParams(memory_kib=2 * PRODUCTION_KDF.memory_kib + 1, iterations=1, lanes=1),
        KdfParams(memory_kib=1024, iterations=2 * PRODUCTION_KDF.iterations + 1, lanes=1),
        KdfParams(memory_kib=1024, iterations=1, lanes=9),
    ],
)
def test_kdf_parameters_beyond_the_bounds_are_refused(params: KdfParams) -> None:
    with pytest.raises(ValueError):
        params.validate()
    with pytest.raises(ValueError):
        derive_key(b"secret", b"s" * 16, params)


def test_production_and_test_parameters_are_inside_the_bounds() -> None:
    PRODUCTION_KDF.validate()
    SMALL_KDF.validate()
    assert KdfParams.from_json(PRODUCTION_KDF.to_json()) == PRODUCTION_KDF
    assert KdfParams.from_json(SMALL_KDF.to_json()) == SMALL_KDF


# ----- version 1 key files ---------------------------------------------------------------


def _legacy_key_file(data_key: bytes, passphrase: bytes, recovery: bytes) -> bytes:
    """A version 1 key file exactly as Mooring wrote them before version 2 (no checksum, no MAC)."""
    import os

    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    def b64(data: bytes) -> str:
        return base64.b64encode(data).decode("ascii")

    slots = {}
    for name, secret in ((PASSPHRASE_SLOT, passphrase), (RECOVERY_SLOT, recovery)):
        salt, nonce = os.urandom(16), os.urandom(12)
        aad = json.dumps(
            {"format": "mooring-key", "version": 1, "slot": name, "kdf": SMALL_KDF.to_json()},
            sort_keys=True,
        ).encode("utf-8")
        ciphertext = AESGCM(derive_key(secret, salt, SMALL_KDF)).encrypt(nonce, data_key, aad)
        slots[name] = {
            "kdf": "argon2id",
            "params": SMALL_KDF.to_json(),
            "salt": b64(salt),
            "nonce": b64(nonce),
            "ciphertext": b64(ciphertext),
        }
    document = {"format": "mooring-key", "version": 1, "slots": slots}
    return (json.dumps(document, indent=2, sort_keys=True) + "\n").encode("utf-8")


@pytest.fixture
def legacy_vault(make_vault, vault_dir: Path) -> str:
    """A vault whose key file is version 1; returns its recovery code."""
    code = make_vault()
    paths = _paths(vault_dir)
    data_key = unwrap_with_passphrase(paths, PASSPHRASE)
    compact = recovery_code.normalize(code).encode("ascii")
    paths.key_file.write_bytes(_legacy_key_file(data_key, PASSPHRASE.encode("utf-8"), compact))
    assert json.loads(paths.key_file.read_text())["version"] == 1
    return code


def test_a_version_1_key_file_opens_and_is_sealed_as_version_2(
    legacy_vault: str, vault_dir: Path
) -> None:
    paths = _paths(vault_dir)
    legacy = paths.key_file.read_bytes()
    notes: list[str] = []
    keys.check_key_file(paths, unwrap_with_passphrase(paths, PASSPHRASE), note=notes.append)
    assert any("older format" in note for note in notes)
    assert paths.key_file.read_bytes() == legacy  # check wrote nothing
    vault = Vault.unlock(vault_dir, PASSPHRASE)
    try:
        assert keys.reconcile(paths, vault.data_key) == []  # a no-op once open_with_key did it
    finally:
        vault.close()
    upgraded = KeyFile.read(paths.key_file)
    assert upgraded.version == 2
    assert upgraded.is_sealed_for(unwrap_with_passphrase(paths, PASSPHRASE))
    assert _check_style(paths, PASSPHRASE) == []
    # Both secrets still work after the upgrade.
    Vault.reset_with_recovery_code(vault_dir, legacy_vault, "brand new phrase here").close()
    Vault.unlock(vault_dir, "brand new phrase here").close()
    assert sorted(p.name for p in vault_dir.iterdir() if "key" in p.name) == ["mooring.key"]


def test_unlocking_seals_a_version_1_key_file(legacy_vault: str, vault_dir: Path) -> None:
    """Through Vault.unlock alone (open_with_key calls keys.reconcile)."""
    Vault.unlock(vault_dir, PASSPHRASE).close()
    assert json.loads((vault_dir / "mooring.key").read_text())["version"] == 2


def test_a_version_2_file_relabelled_as_version_1_is_damage(make_vault, vault_dir: Path) -> None:
    make_vault()
    key = vault_dir / "mooring.key"
    key.write_bytes(key.read_bytes().replace(b'"version": 2', b'"version": 1'))
    with pytest.raises(KeyFileDamaged):
        Vault.unlock(vault_dir, PASSPHRASE)


def test_a_wrong_passphrase_is_still_a_wrong_passphrase(make_vault, vault_dir: Path) -> None:
    make_vault()
    before = fingerprint(vault_dir)
    with pytest.raises(WrongPassphrase):
        Vault.unlock(vault_dir, "not the passphrase at all")
    assert fingerprint(vault_dir) == before
