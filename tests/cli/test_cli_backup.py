"""`mooring backup [--out DIR]` and `mooring restore PATH` as a person runs them: the
real command in a subprocess, real vault files."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from cli_helpers import fingerprint, mooring_command

from app.cli import exit_codes
from app.journal.entries import EntryRepository
from app.vault.kdf import KdfParams
from app.vault.vault import Vault

PASSPHRASE = "harbour light evening 5"
SMALL_KDF = KdfParams(memory_kib=1024, iterations=1, lanes=1)


def mooring(
    env: dict[str, str], data: Path, *args: str, secret: str = PASSPHRASE
) -> subprocess.CompletedProcess[str]:
    command, *rest = args
    return subprocess.run(
        [*mooring_command(), command, "--data-dir", str(data), "--passphrase-file", "-", *rest],
        input=f"{secret}\n",
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=300,
    )


@pytest.fixture
def vault_here(data: Path) -> Path:
    vault = Vault.create(data, PASSPHRASE, kdf=SMALL_KDF)[0]
    try:
        EntryRepository(vault.connection).create(title="before the copy", body="kept")
    finally:
        vault.close()
    return data


def titles(folder: Path) -> list[str]:
    vault = Vault.unlock(folder, PASSPHRASE)
    try:
        return [r[0] for r in vault.connection.execute("SELECT title FROM entries ORDER BY id")]
    finally:
        vault.close()


def add_entry(folder: Path, title: str) -> None:
    vault = Vault.unlock(folder, PASSPHRASE)
    try:
        EntryRepository(vault.connection).create(title=title, body="")
    finally:
        vault.close()


def test_backup_now_adds_a_verified_backup_beside_the_journal(
    env: dict[str, str], vault_here: Path
) -> None:
    result = mooring(env, vault_here, "backup")
    assert result.returncode == exit_codes.OK, result.stderr
    made = Path(result.stdout.strip())
    assert made.parent == (vault_here / "backups").absolute() and made.is_file()
    assert b"before the copy" not in made.read_bytes()


def test_a_copy_on_another_drive_opens_with_the_same_passphrase_and_restores(
    env: dict[str, str], vault_here: Path, tmp_path: Path
) -> None:
    drive = tmp_path / "drive"
    drive.mkdir()
    result = mooring(env, vault_here, "backup", "--out", str(drive))
    assert result.returncode == exit_codes.OK, result.stderr
    copy = Path(result.stdout.strip())
    assert copy.parent == drive.absolute()
    assert sorted(p.name for p in copy.iterdir()) == ["mooring.db", "mooring.key"]
    assert all(b"before the copy" not in p.read_bytes() for p in copy.iterdir())
    assert titles(copy) == ["before the copy"]

    add_entry(vault_here, "after the copy")
    restored = mooring(env, vault_here, "restore", str(copy))
    assert restored.returncode == exit_codes.OK, restored.stderr
    assert restored.stdout.startswith("ok: restored ")
    assert titles(vault_here) == ["before the copy"]
    # The journal as it was is kept as a backup, and that backup opens.
    backups = sorted((vault_here / "backups").glob("mooring-backup-*.db"))
    assert backups


def test_a_wrong_passphrase_or_a_file_that_is_no_backup_changes_nothing(
    env: dict[str, str], vault_here: Path, tmp_path: Path
) -> None:
    copy_made = mooring(env, vault_here, "backup", "--out", str(tmp_path))
    copy = Path(copy_made.stdout.strip())
    stray = tmp_path / "notes.txt"
    stray.write_text("not a journal")
    before = fingerprint(vault_here)
    for args, secret, code in (
        (("restore", str(copy)), "not the passphrase", exit_codes.WRONG_SECRET),
        (("restore", str(stray)), PASSPHRASE, exit_codes.DAMAGED),
        (("restore", str(tmp_path / "missing")), PASSPHRASE, exit_codes.USAGE),
        (("backup", "--out", str(stray)), PASSPHRASE, exit_codes.USAGE),
    ):
        result = mooring(env, vault_here, *args, secret=secret)
        assert result.returncode == code, (args, result.stdout, result.stderr)
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("mooring: "), result.stderr
        assert "Traceback" not in result.stderr
        assert fingerprint(vault_here) == before, args
