"""Stray write-ahead logs through the real command line, and ``check`` creating nothing.

Before the guard, ``mooring search`` beside another vault's log said "damaged" and
left the database overwritten with the foreign pages, unreadable for good.
"""

from __future__ import annotations

import hashlib
import subprocess
import sys
from pathlib import Path

import pytest
from cli_helpers import fingerprint, mooring_command

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "app"))
from stray_logs import (
    entry_titles,
    killed_writer,
    place_log,
    plain_sqlite_log,
    set_aside_logs,
    wal_of,
)
from vault_fixtures import PASSPHRASE, SMALL_KDF

from app.journal.entries import EntryRepository
from app.vault import wal_guard
from app.vault.vault import Vault


def run(env: dict[str, str], root: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*mooring_command(), args[0], "--data-dir", str(root), "--passphrase-file", "-", *args[1:]],
        input=PASSPHRASE + "\n",
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        check=False,
    )


def _vault(root: Path) -> None:
    vault, _code = Vault.create(root, PASSPHRASE, kdf=SMALL_KDF)
    EntryRepository(vault.connection).create(title="harbour", body="my own words about rope")
    vault.close()


def _foreign_log(tmp_path: Path) -> bytes:
    other = tmp_path / "other"
    _vault(other)
    killed_writer(other, PASSPHRASE, 4)
    return wal_of(other).read_bytes()


@pytest.mark.parametrize(
    "command",
    [("search", "harbour"), ("add", "--title", "new"), ("demo", "--entries", "3", "--force")],
    ids=["search", "add", "demo"],
)
@pytest.mark.parametrize("kind", ["foreign", "plain"])
def test_a_command_sets_a_stray_log_aside_and_the_journal_survives(
    env: dict[str, str], tmp_path: Path, command: tuple[str, ...], kind: str
) -> None:
    root = tmp_path / "vault"
    _vault(root)
    before = entry_titles(root, PASSPHRASE)
    stray = _foreign_log(tmp_path) if kind == "foreign" else plain_sqlite_log(tmp_path / "p")
    place_log(root, stray)

    result = run(env, root, *command)

    assert result.returncode == 0, result.stderr
    assert result.stderr.strip() == f"mooring: {wal_guard.STRAY_LOG_NOTICE}"
    assert set_aside_logs(root) == [stray]
    after = entry_titles(root, PASSPHRASE)
    assert after[: len(before)] == before
    if command[0] == "search":
        assert "harbour" in result.stdout
        assert after == before


def test_check_reports_a_stray_log_and_changes_nothing(env: dict[str, str], tmp_path: Path) -> None:
    root = tmp_path / "vault"
    _vault(root)
    place_log(root, _foreign_log(tmp_path))
    before = fingerprint(root)
    result = run(env, root, "check")
    assert result.returncode == 4, result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert "doesn't belong" in result.stderr
    assert fingerprint(root) == before


def test_check_reads_our_log_without_creating_or_changing_any_file(
    env: dict[str, str], tmp_path: Path
) -> None:
    root = tmp_path / "vault"
    _vault(root)
    acknowledged = killed_writer(root, PASSPHRASE, 3)
    (root / "mooring.db-shm").unlink()
    before = fingerprint(root)
    names = sorted(p.name for p in root.iterdir())

    result = run(env, root, "check")

    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("ok:")
    assert fingerprint(root) == before
    assert sorted(p.name for p in root.iterdir()) == names, "no -shm, no other file"
    assert len(acknowledged) == 3


def test_a_damaged_database_takes_no_write_from_add(env: dict[str, str], tmp_path: Path) -> None:
    root = tmp_path / "vault"
    _vault(root)
    database = root / "mooring.db"
    data = bytearray(database.read_bytes())
    data[-4096 + 300] ^= 0x01  # a byte on the last page, which no open touches
    database.write_bytes(bytes(data))
    digest = hashlib.sha256(database.read_bytes()).hexdigest()
    for _attempt in range(3):
        result = run(env, root, "add", "--title", "more")
        assert result.returncode == 4, result.stderr
        assert len(result.stderr.strip().splitlines()) == 1 and "damaged" in result.stderr
    assert hashlib.sha256(database.read_bytes()).hexdigest() == digest
    checked = run(env, root, "check")
    assert checked.returncode == 4 and "damaged" in checked.stderr
    assert len(checked.stderr.strip().splitlines()) == 1


def test_restore_puts_back_the_newest_backup_only_when_the_journal_is_damaged(
    env: dict[str, str], tmp_path: Path
) -> None:
    root = tmp_path / "vault"
    _vault(root)
    vault = Vault.unlock(root, PASSPHRASE)
    vault.backup()
    vault.close()
    healthy = fingerprint(root)
    refused = run(env, root, "restore")
    assert refused.returncode == 2 and "isn't damaged" in refused.stderr
    assert fingerprint(root) == healthy

    database = root / "mooring.db"
    data = bytearray(database.read_bytes())
    data[5000] ^= 0x01
    database.write_bytes(bytes(data))
    restored = run(env, root, "restore")
    assert restored.returncode == 0, restored.stderr
    assert restored.stdout.startswith("ok:")
    assert entry_titles(root, PASSPHRASE) == ["harbour"]
    assert [p.read_bytes() for p in (root / "set-aside").glob("*.db")] == [bytes(data)]
    assert run(env, root, "check").returncode == 0
