"""`mooring export` and `mooring import` of Mooring's own JSON, as a person runs them:
the real command in a subprocess, real vault files."""

from __future__ import annotations

import json
import subprocess
from datetime import date
from pathlib import Path

import pytest
from cli_helpers import fingerprint, mooring_command

from app.cli import exit_codes
from app.platform import demo
from app.platform.contributions import DemoPlan
from app.vault.kdf import KdfParams
from app.vault.vault import Vault

PASSPHRASE = "harbour light evening 5"
SMALL_KDF = KdfParams(memory_kib=1024, iterations=1, lanes=1)
CANARY = "wrenfallow"


def mooring(env: dict[str, str], data: Path, *args: str) -> subprocess.CompletedProcess[str]:
    command, *rest = args
    return subprocess.run(
        [*mooring_command(), command, "--data-dir", str(data), "--passphrase-file", "-", *rest],
        input=f"{PASSPHRASE}\n",
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=300,
    )


def new_vault(folder: Path) -> Path:
    Vault.create(folder, PASSPHRASE, kdf=SMALL_KDF)[0].close()
    return folder


@pytest.fixture
def demo_vault(data: Path) -> Path:
    new_vault(data)
    vault = Vault.unlock(data, PASSPHRASE)
    try:
        demo.fill(vault.connection, DemoPlan(today=date.today(), entries=40))
        vault.connection.execute("UPDATE entries SET body = body || ? WHERE id = 1", (CANARY,))
    finally:
        vault.close()
    return data


def counts(folder: Path) -> dict[str, int]:
    vault = Vault.unlock(folder, PASSPHRASE)
    try:
        tables = ("entries", "checkins", "sessions", "boundaries")
        return {
            t: vault.connection.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables
        }
    finally:
        vault.close()


def test_an_export_reads_back_into_a_new_vault_whole_and_only_once(
    env: dict[str, str], demo_vault: Path, tmp_path: Path
) -> None:
    out = tmp_path / "everything.json"
    made = mooring(env, demo_vault, "export", "--out", str(out))
    assert made.returncode == exit_codes.OK, made.stderr
    assert made.stdout.strip() == str(out.absolute())
    assert "not encrypted" in made.stderr
    document = json.loads(out.read_text(encoding="utf-8"))
    assert document["format"] == "mooring-export"
    assert CANARY in out.read_text(encoding="utf-8")

    other = new_vault(tmp_path / "other")
    dry = mooring(env, other, "import", "--dry-run", str(out))
    assert dry.returncode == exit_codes.OK, dry.stderr
    assert "Nothing was written (--dry-run)." in dry.stdout
    assert counts(other)["entries"] == 0
    done = mooring(env, other, "import", str(out))
    assert done.returncode == exit_codes.OK, done.stderr
    assert counts(other) == counts(demo_vault)
    again = mooring(env, other, "import", str(out))
    assert again.returncode == exit_codes.OK, again.stderr
    assert again.stdout.strip().endswith("Imported 0 records.")
    assert counts(other) == counts(demo_vault)


def test_a_markdown_export_is_a_folder_of_readable_files(
    env: dict[str, str], demo_vault: Path, tmp_path: Path
) -> None:
    out = tmp_path / "notes"
    made = mooring(env, demo_vault, "export", "--format", "markdown", "--out", str(out))
    assert made.returncode == exit_codes.OK, made.stderr
    entries = list((out / "journal").glob("*.md"))
    assert len(entries) == 40
    assert any(CANARY in p.read_text(encoding="utf-8") for p in entries)
    assert (out / "checkins.md").is_file()


def test_an_export_never_replaces_a_file_or_fills_a_folder_unasked(
    env: dict[str, str], demo_vault: Path, tmp_path: Path
) -> None:
    taken = tmp_path / "taken.json"
    taken.write_text("mine")
    busy = tmp_path / "busy"
    busy.mkdir()
    (busy / "keep.txt").write_text("mine")
    before = fingerprint(demo_vault)
    for args in (
        ("--out", str(taken)),
        ("--format", "markdown", "--out", str(busy)),
        ("--out", str(tmp_path / "missing folder" / "x.json")),
    ):
        result = mooring(env, demo_vault, "export", *args)
        assert result.returncode == exit_codes.USAGE, (args, result.stderr)
        assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr
    assert taken.read_text() == "mine" and [p.name for p in busy.iterdir()] == ["keep.txt"]
    assert not (tmp_path / "missing folder").exists()
    assert fingerprint(demo_vault) == before


def test_a_broken_mooring_export_is_one_line_and_changes_nothing(
    env: dict[str, str], demo_vault: Path, tmp_path: Path
) -> None:
    out = tmp_path / "everything.json"
    assert mooring(env, demo_vault, "export", "--out", str(out)).returncode == 0
    cut = tmp_path / "cut.json"
    cut.write_bytes(out.read_bytes()[: out.stat().st_size // 2])
    other = new_vault(tmp_path / "other")
    before = contents(other)
    result = mooring(env, other, "import", "--format", "mooring", str(cut))
    assert result.returncode == exit_codes.USAGE, (result.stdout, result.stderr)
    assert len(result.stderr.strip().splitlines()) == 1 and "cut.json" in result.stderr
    # The import ran in a transaction that was rolled back; the only thing the vault
    # may keep of it is the log's own bookkeeping (the wal_epoch row in meta).
    assert contents(other) == before


def contents(folder: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table but the vault's own bookkeeping (meta)."""
    vault = Vault.unlock(folder, PASSPHRASE)
    try:
        connection = vault.connection
        tables = [
            row[0]
            for row in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name != 'meta'"
                " AND name NOT LIKE 'sqlite_%'"
            )
        ]
        return {t: connection.execute(f'SELECT * FROM "{t}"').fetchall() for t in tables}
    finally:
        vault.close()
