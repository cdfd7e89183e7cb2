"""Write-ahead logs for tests: this vault's own (left by a killed writer), and the
kinds that must never reach a database file (another vault's, a plain SQLite one,
truncated, random, and a stale one of the same vault).

Killed writers are real processes (``python -c``) ended with SIGKILL, so the log is
exactly what SQLite leaves behind after a crash. Importable from every test folder
(tests/ is on sys.path through its conftest.py).
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]

_WRITER = r"""
import os, signal, sys
sys.path.insert(0, sys.argv[1])
from app.journal.entries import EntryRepository
from app.vault.vault import Vault

vault = Vault.unlock(sys.argv[2], sys.argv[3])
if sys.argv[5] == "epoch":
    vault.start_new_log()  # as the window does once it has checked the file
repo = EntryRepository(vault.connection)
for number in range(int(sys.argv[4])):
    entry = repo.create(title=f"killed-writer {number}", body="words " * 400)
    print(entry.id, flush=True)  # acknowledged: committed before this line
os.kill(os.getpid(), signal.SIGKILL)
"""


def wal_of(root: Path) -> Path:
    return root / "mooring.db-wal"


def killed_writer(root: Path, passphrase: str, entries: int, *, epoch: bool = True) -> list[int]:
    """Add ``entries`` entries in a process killed before it closes the vault, leaving
    its write-ahead log behind; returns the ids it acknowledged."""
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            _WRITER,
            str(REPO),
            str(root),
            passphrase,
            str(entries),
            "epoch" if epoch else "-",
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == -9, result.stderr
    assert wal_of(root).stat().st_size > 0
    return [int(line) for line in result.stdout.split()]


def plain_sqlite_log(folder: Path) -> bytes:
    """The write-ahead log of an ordinary, unencrypted SQLite database."""
    folder.mkdir(parents=True, exist_ok=True)
    database = folder / "plain.db"
    connection = sqlite3.connect(database)
    try:
        connection.execute("PRAGMA journal_mode = WAL")
        connection.execute("PRAGMA wal_autocheckpoint = 0")
        connection.execute("CREATE TABLE notes (body TEXT)")
        for number in range(20):
            connection.execute("INSERT INTO notes VALUES (?)", (f"note {number} " * 50,))
            connection.commit()
        data = (folder / "plain.db-wal").read_bytes()
    finally:
        connection.close()
    assert data
    return data


def entry_titles(root: Path, passphrase: str) -> list[str]:
    """Every entry title, read from the database file alone (nothing written)."""
    from app.vault import engine
    from app.vault.layout import VaultPaths
    from app.vault.vault import unwrap_with_passphrase

    paths = VaultPaths.for_dir(root)
    key = unwrap_with_passphrase(paths, passphrase)
    connection = engine.open_file_only(paths.database, key)
    try:
        rows = connection.execute("SELECT title FROM entries ORDER BY id").fetchall()
    finally:
        connection.close()
    return [str(row[0]) for row in rows]


def set_aside_logs(root: Path) -> list[bytes]:
    folder = root / "set-aside"
    if not folder.is_dir():
        return []
    return [p.read_bytes() for p in sorted(folder.glob("mooring-stray-*.db-wal"))]


def copy_vault(source: Path, target: Path) -> None:
    shutil.copytree(source, target)
    for leftover in ("mooring.db-wal", "mooring.db-shm", "mooring.lock"):
        (target / leftover).unlink(missing_ok=True)


def place_log(root: Path, data: bytes) -> None:
    """Put ``data`` beside the database as its write-ahead log (and no -shm)."""
    (root / "mooring.db-shm").unlink(missing_ok=True)
    wal_of(root).write_bytes(data)
    os.sync()
