"""``mooring search`` names an untitled entry as the window's list and results do."""

from __future__ import annotations

import subprocess
from pathlib import Path

from cli_helpers import mooring_command

from app.journal.entries import EntryRepository
from app.journal.naming import entry_name
from app.vault.kdf import KdfParams
from app.vault.vault import Vault

PASSPHRASE = "harbour light evening 5"
SMALL_KDF = KdfParams(memory_kib=1024, iterations=1, lanes=1)


def test_an_untitled_hit_is_named_by_its_first_words(env: dict[str, str], data: Path) -> None:
    vault, _code = Vault.create(data, PASSPHRASE, kdf=SMALL_KDF)
    try:
        repo = EntryRepository(vault.connection)
        untitled = repo.create(body="## Walked along the **harbour** wall after group, felt calm")
        repo.create(body="")  # nothing to name it by, and nothing to find
        summary = repo.summaries([untitled.id])[0]
    finally:
        vault.close()
    result = subprocess.run(
        [*mooring_command(), "search", "--data-dir", str(data), "--passphrase-file", "-", "harb"],
        input=PASSPHRASE,
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    [line] = result.stdout.splitlines()
    name = line.split("\t")[1]
    assert name == entry_name(summary.title, summary.preview)
    assert name == "Walked along the harbour wall after group, felt…"
