"""An interrupted passphrase change (issue 8, item 2).

The change is one step from the outside, the replace of mooring.key: before it only
the old passphrase opens the vault, after it only the new one. The previous copy is
read only when mooring.key is missing or damaged. The first open with the passphrase
that works leaves exactly one key file; until then `check` reports the leftovers.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest
from vault_fixtures import PASSPHRASE, SMALL_KDF, fingerprint

from app.vault import atomic, keys
from app.vault import vault as vault_module
from app.vault.errors import KeyFileDamaged, WrongPassphrase
from app.vault.keyfile import KeyFile
from app.vault.layout import VaultPaths
from app.vault.vault import Vault, unwrap_with_passphrase

NEW = "a whole new phrase 7"


class Killed(BaseException):
    """Stands in for kill -9: nothing after this point runs, no clean-up either."""


def _kill_during_write(path: Path, data: bytes) -> None:
    """What write_atomically leaves when killed after its temp file, before the replace."""
    temp = path.parent / f".{path.name}.k1ll3d.tmp"
    temp.write_bytes(data)
    raise Killed


def _kill_after_write(path: Path, data: bytes) -> None:
    atomic.write_atomically(path, data)
    raise Killed


# (how the nth write_atomically call of the change is cut short, passphrase that opens)
INTERRUPTIONS: dict[str, tuple[int, Callable[[Path, bytes], None], str]] = {
    "while-writing-the-previous-copy": (1, _kill_during_write, PASSPHRASE),
    "after-writing-the-previous-copy": (1, _kill_after_write, PASSPHRASE),
    "while-writing-the-new-key-file": (2, _kill_during_write, PASSPHRASE),
    "after-replacing-the-key-file": (2, _kill_after_write, NEW),
}


def _key_files_on_disk(vault_dir: Path) -> list[str]:
    return sorted(p.name for p in vault_dir.iterdir() if "mooring.key" in p.name)


def _opens(vault_dir: Path, secret: str) -> bool:
    try:
        unwrap_with_passphrase(VaultPaths.for_dir(vault_dir), secret)
    except WrongPassphrase:
        return False
    return True


def _interrupt_change(
    vault_dir: Path, monkeypatch: pytest.MonkeyPatch, nth: int, kill: Callable[[Path, bytes], None]
) -> None:
    calls: list[Path] = []

    def write(path: Path, data: bytes) -> None:
        calls.append(path)
        if len(calls) == nth:
            kill(path, data)
        else:
            atomic.write_atomically(path, data)

    vault = Vault.unlock(vault_dir, PASSPHRASE)
    with monkeypatch.context() as patch:
        patch.setattr(vault_module, "write_atomically", write)
        with pytest.raises(Killed):
            vault.change_passphrase(PASSPHRASE, NEW)
    vault.connection.close()  # the process died: no tidy close


@pytest.mark.parametrize("stray_from_earlier", [False, True])
@pytest.mark.parametrize("interruption", INTERRUPTIONS)
def test_an_interrupted_change_leaves_exactly_one_passphrase_and_reconciles(
    make_vault,
    vault_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
    interruption: str,
    stray_from_earlier: bool,
) -> None:
    code = make_vault()
    nth, kill, opener = INTERRUPTIONS[interruption]
    _interrupt_change(vault_dir, monkeypatch, nth, kill)
    if stray_from_earlier:
        (vault_dir / ".mooring.key.prev.x7y8z9.tmp").write_bytes(b'{"format": "moor')
    paths = VaultPaths.for_dir(vault_dir)
    other = NEW if opener == PASSPHRASE else PASSPHRASE

    # Exactly one passphrase opens, and trying changes nothing.
    before = fingerprint(vault_dir)
    assert _opens(vault_dir, opener)
    assert not _opens(vault_dir, other)
    assert fingerprint(vault_dir) == before

    # check reports the leftovers, and writes nothing.
    leftovers = keys.key_file_leftovers(paths)
    assert leftovers
    notes: list[str] = []
    keys.check_key_file(paths, unwrap_with_passphrase(paths, opener), note=notes.append)
    assert notes and all(note.startswith("note: ") for note in notes)
    assert fingerprint(vault_dir) == before

    # The first open leaves exactly one key file (open_with_key calls keys.reconcile;
    # calling it again must find nothing to do).
    vault = Vault.unlock(vault_dir, opener)
    try:
        assert keys.reconcile(paths, vault.data_key) == []
    finally:
        vault.close()
    assert _key_files_on_disk(vault_dir) == ["mooring.key"]
    assert keys.key_file_leftovers(paths) == []
    assert _opens(vault_dir, opener)
    assert not _opens(vault_dir, other)
    # The recovery code survives every interruption.
    Vault.reset_with_recovery_code(vault_dir, code, "third phrase for luck").close()
    assert _opens(vault_dir, "third phrase for luck")


@pytest.mark.parametrize("interruption", INTERRUPTIONS)
def test_unlocking_alone_removes_the_leftovers(
    make_vault, vault_dir: Path, monkeypatch: pytest.MonkeyPatch, interruption: str
) -> None:
    """Through Vault.unlock only: open_with_key reconciles after the database has opened."""
    make_vault()
    nth, kill, opener = INTERRUPTIONS[interruption]
    _interrupt_change(vault_dir, monkeypatch, nth, kill)
    assert keys.key_file_leftovers(VaultPaths.for_dir(vault_dir))
    Vault.unlock(vault_dir, opener).close()
    assert _key_files_on_disk(vault_dir) == ["mooring.key"]


def test_a_kept_previous_copy_does_not_let_the_old_passphrase_in(
    make_vault, vault_dir: Path
) -> None:
    """The reported defect: mooring.key.prev kept the old passphrase working indefinitely."""
    make_vault()
    old_key_file = (vault_dir / "mooring.key").read_bytes()
    vault = Vault.unlock(vault_dir, PASSPHRASE)
    vault.change_passphrase(PASSPHRASE, NEW)
    vault.close()
    (vault_dir / "mooring.key.prev").write_bytes(old_key_file)
    before = fingerprint(vault_dir)
    with pytest.raises(WrongPassphrase):
        Vault.unlock(vault_dir, PASSPHRASE)
    assert fingerprint(vault_dir) == before


def test_a_damaged_key_file_falls_back_to_the_previous_copy_and_says_so(
    make_vault, vault_dir: Path
) -> None:
    make_vault()
    paths = VaultPaths.for_dir(vault_dir)
    good = paths.key_file.read_bytes()
    torn = good[:40]
    paths.previous_key_file.write_bytes(good)
    paths.key_file.write_bytes(torn)
    before = fingerprint(vault_dir)
    data_key = unwrap_with_passphrase(paths, PASSPHRASE)  # read-only fallback
    assert fingerprint(vault_dir) == before
    with pytest.raises(KeyFileDamaged, match="previous copy"):  # check reports the damage
        keys.check_key_file(paths, data_key, note=lambda line: None)
    assert fingerprint(vault_dir) == before

    vault = Vault.unlock(vault_dir, PASSPHRASE)
    try:
        notices = keys.reconcile(paths, vault.data_key) + vault.notices
    finally:
        vault.close()
    assert notices == [keys.RESTORED_PREVIOUS]
    assert paths.key_file.read_bytes() == good
    assert _key_files_on_disk(vault_dir) == ["mooring.key"]
    [set_aside] = list(paths.damaged_dir.iterdir())
    assert set_aside.read_bytes() == torn


def test_a_missing_key_file_is_put_back_from_the_previous_copy(make_vault, vault_dir: Path) -> None:
    make_vault()
    paths = VaultPaths.for_dir(vault_dir)
    paths.key_file.replace(paths.previous_key_file)
    vault = Vault.unlock(vault_dir, PASSPHRASE)
    try:
        notices = keys.reconcile(paths, vault.data_key) + vault.notices
    finally:
        vault.close()
    assert notices == [keys.RESTORED_PREVIOUS]
    assert _key_files_on_disk(vault_dir) == ["mooring.key"]


def test_a_previous_copy_is_kept_when_the_current_file_is_not_this_vaults(
    make_vault, vault_dir: Path, tmp_path: Path
) -> None:
    """reconcile removes mooring.key.prev only when mooring.key opens with the data key."""
    make_vault()
    paths = VaultPaths.for_dir(vault_dir)
    data_key = unwrap_with_passphrase(paths, PASSPHRASE)
    other = tmp_path / "other"
    Vault.create(other, PASSPHRASE, kdf=SMALL_KDF)[0].close()
    foreign = (other / "mooring.key").read_bytes()
    paths.key_file.write_bytes(foreign)
    paths.previous_key_file.write_bytes(foreign)  # no good copy anywhere
    before = fingerprint(vault_dir)
    assert keys.reconcile(paths, data_key) == [keys.NO_GOOD_KEY_FILE]
    assert fingerprint(vault_dir) == before


def test_reconcile_with_nothing_to_do_writes_nothing(make_vault, vault_dir: Path) -> None:
    make_vault()
    paths = VaultPaths.for_dir(vault_dir)
    data_key = unwrap_with_passphrase(paths, PASSPHRASE)
    stat = paths.key_file.stat()
    before = fingerprint(vault_dir)
    assert keys.reconcile(paths, data_key) == []
    assert fingerprint(vault_dir) == before
    assert paths.key_file.stat().st_mtime_ns == stat.st_mtime_ns
    assert paths.key_file.stat().st_ino == stat.st_ino


def test_reconcile_leaves_other_files_alone(make_vault, vault_dir: Path) -> None:
    make_vault()
    paths = VaultPaths.for_dir(vault_dir)
    keep = [vault_dir / ".mooring.db.abc.tmp", vault_dir / "notes.txt"]
    for path in keep:
        path.write_bytes(b"x")
    (vault_dir / ".mooring.key.abc123.tmp").write_bytes(b"{")
    assert keys.reconcile(paths, unwrap_with_passphrase(paths, PASSPHRASE)) == []
    assert all(path.exists() for path in keep)
    assert not (vault_dir / ".mooring.key.abc123.tmp").exists()


def test_a_completed_change_leaves_one_key_file_sealed_for_the_vault(
    make_vault, vault_dir: Path
) -> None:
    make_vault()
    vault = Vault.unlock(vault_dir, PASSPHRASE)
    vault.change_passphrase(PASSPHRASE, NEW)
    data_key = vault.data_key
    vault.close()
    assert _key_files_on_disk(vault_dir) == ["mooring.key"]
    assert KeyFile.read(vault_dir / "mooring.key").is_sealed_for(data_key)
    assert not [n for n in os.listdir(vault_dir) if n.endswith(".tmp")]
