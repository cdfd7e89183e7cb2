"""`mooring import` as a person runs it: the real command in a subprocess, real vault
files, the hand-written samples under tests/fixtures/imports/."""

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
SAMPLES = Path(__file__).resolve().parents[1] / "fixtures" / "imports"


def mooring(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*mooring_command(), *args],
        input=f"{PASSPHRASE}\n",
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=300,
    )


def importing(data: Path, *args: str) -> list[str]:
    return ["import", "--data-dir", str(data), "--passphrase-file", "-", *args]


@pytest.fixture
def vault_here(data: Path) -> Path:
    Vault.create(data, PASSPHRASE, kdf=SMALL_KDF)[0].close()
    return data


def titles(data: Path) -> list[str]:
    vault = Vault.unlock(data, PASSPHRASE)
    try:
        rows = vault.connection.execute("SELECT title FROM entries ORDER BY created_utc")
        return [row[0] for row in rows]
    finally:
        vault.close()


def test_a_dry_run_says_what_it_found_and_changes_nothing(
    env: dict[str, str], vault_here: Path
) -> None:
    before = fingerprint(vault_here)
    result = mooring(env, *importing(vault_here, "--dry-run", str(SAMPLES / "jrnl.json")))
    assert result.returncode == exit_codes.OK, result.stderr
    assert "From a jrnl export: jrnl.json." in result.stdout
    assert "3 entries to add" in result.stdout
    assert "Nothing was written (--dry-run)." in result.stdout
    assert fingerprint(vault_here) == before
    assert titles(vault_here) == []


def test_an_import_adds_the_entries_once_however_often_it_runs(
    env: dict[str, str], vault_here: Path
) -> None:
    first = mooring(env, *importing(vault_here, str(SAMPLES / "jrnl.json")))
    assert first.returncode == exit_codes.OK, first.stderr
    assert first.stdout.strip().endswith("Added 3 entries.")
    added = titles(vault_here)
    assert len(added) == 3
    again = mooring(env, *importing(vault_here, str(SAMPLES / "jrnl.json")))
    assert again.returncode == exit_codes.OK, again.stderr
    assert "3 entries are already in your journal" in again.stdout
    assert again.stdout.strip().endswith("Nothing to add.")
    assert titles(vault_here) == added


def test_each_format_is_recognised_from_what_it_holds(
    env: dict[str, str], vault_here: Path
) -> None:
    for source, name in (
        ("dayone.json", "a Day One export"),
        ("rednotebook", "a RedNotebook data folder"),
        ("markdown", "a folder of Markdown or text files"),
    ):
        result = mooring(env, *importing(vault_here, "--dry-run", str(SAMPLES / source)))
        assert result.returncode == exit_codes.OK, result.stderr
        assert result.stdout.startswith(f"From {name}: "), result.stdout


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["--format", "rednotebook", str(SAMPLES / "dayone.json")], "is a file"),
        ([str(SAMPLES / "no such file.json")], "does not exist"),
        (["--format", "mooring", str(SAMPLES / "jrnl.json")], "not a Mooring export"),
    ],
)
def test_a_source_that_cannot_be_imported_is_one_line_and_changes_nothing(
    env: dict[str, str], vault_here: Path, args: list[str], words: str
) -> None:
    before = fingerprint(vault_here)
    result = mooring(env, *importing(vault_here, *args))
    assert result.returncode == exit_codes.USAGE, (result.stdout, result.stderr)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("mooring: ") and words in lines[0]
    assert "Traceback" not in result.stderr
    assert fingerprint(vault_here) == before


def test_a_broken_json_names_the_file_and_writes_nothing(
    env: dict[str, str], vault_here: Path, tmp_path: Path
) -> None:
    broken = tmp_path / "export.json"
    broken.write_text((SAMPLES / "jrnl.json").read_text(encoding="utf-8")[:-40])
    before = fingerprint(vault_here)
    result = mooring(env, *importing(vault_here, str(broken)))
    assert result.returncode == exit_codes.USAGE, (result.stdout, result.stderr)
    assert "export.json" in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert fingerprint(vault_here) == before


def test_entries_are_searchable_after_an_import(env: dict[str, str], vault_here: Path) -> None:
    assert mooring(env, *importing(vault_here, str(SAMPLES / "jrnl.json"))).returncode == 0
    vault = Vault.unlock(vault_here, PASSPHRASE)
    try:
        repo = EntryRepository(vault.connection)
        first_title = titles_in(vault)[0]
        word = first_title.split()[0]
        assert repo.search(word).hits
    finally:
        vault.close()


def titles_in(vault: Vault) -> list[str]:
    return [r[0] for r in vault.connection.execute("SELECT title FROM entries ORDER BY id")]
