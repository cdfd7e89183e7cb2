"""kill -9 in the middle of a restore leaves the old journal or the new one whole, never
neither: the restore runs in a child process that is killed at times spread over its
whole run, and each time the journal must open, pass its checks and hold one of the two."""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
from pathlib import Path

from vault_fixtures import PASSPHRASE, SMALL_KDF

from app.vault import backup
from app.vault.layout import VaultPaths
from app.vault.vault import Access, Vault

ROOT = Path(__file__).resolve().parents[2]
TRIALS = 14

CHILD = """
import sys
from app.vault import backup, engine, migrations, vault  # loaded before the clock starts
from app.vault.layout import VaultPaths
engine._sqlcipher()
root, source, key = sys.argv[1], sys.argv[2], bytes.fromhex(sys.argv[3])
print("go", flush=True)
backup.restore_from(VaultPaths.for_dir(root), source, data_key=key)
print("done", flush=True)
"""


def _marker(root: Path, key: bytes) -> str:
    vault = Vault.open_with_key(root, key, access=Access.WRITE_CHECKED)
    try:
        row = vault.connection.execute("SELECT value FROM meta WHERE key = 'test-marker'")
        return str(row.fetchone()[0])
    finally:
        vault.close()


def _set_marker(root: Path, value: str) -> None:
    vault = Vault.unlock(root, PASSPHRASE)
    try:
        vault.connection.execute(
            "INSERT INTO meta (key, value) VALUES ('test-marker', ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (value,),
        )
    finally:
        vault.close()


def _start(root: Path, source: Path, key: bytes) -> tuple[subprocess.Popen[str], float]:
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(root), str(source), key.hex()],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "go"
    return child, time.monotonic()


def _finish(child: subprocess.Popen[str]) -> int:
    code = child.wait(timeout=120)
    assert child.stdout is not None
    child.stdout.close()
    return code


def test_kill_9_during_restore_leaves_the_old_or_the_new_journal(tmp_path: Path) -> None:
    template = tmp_path / "template"
    vault, _code = Vault.create(template, PASSPHRASE, kdf=SMALL_KDF)
    try:
        # About 8 MB, so the restore takes long enough to be cut at many points.
        vault.connection.execute("CREATE TABLE test_bulk (b BLOB)")
        vault.connection.execute(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2000) "
            "INSERT INTO test_bulk SELECT randomblob(4000) FROM n"
        )
        key = vault.data_key
    finally:
        vault.close()
    _set_marker(template, "new")
    made = backup.backup_in_own_connection(VaultPaths.for_dir(template), key)
    source = tmp_path / "source.db"
    shutil.copyfile(made, source)
    _set_marker(template, "old")

    # One whole run, to know how long a restore takes here.
    whole = tmp_path / "whole"
    shutil.copytree(template, whole)
    child, started = _start(whole, source, key)
    assert _finish(child) == 0
    duration = time.monotonic() - started
    assert _marker(whole, key) == "new"

    outcomes: list[str] = []
    for trial in range(TRIALS):
        root = tmp_path / f"trial-{trial}"
        shutil.copytree(template, root)
        child, started = _start(root, source, key)
        delay = 1.3 * duration * (trial + 0.5) / TRIALS  # past the end too
        time.sleep(max(0.0, started + delay - time.monotonic()))
        child.kill()
        _finish(child)
        outcome = _marker(root, key)  # opens, passes every check, or this fails
        assert outcome in ("old", "new")
        outcomes.append(outcome)
        if outcome == "old":
            # What the kill left behind does not stand in the way of the next restore.
            backup.restore_from(VaultPaths.for_dir(root), source, data_key=key)
            assert _marker(root, key) == "new"
    print(f"restore took {duration * 1000:.0f} ms; outcomes after kill -9: {outcomes}")
    assert "old" in outcomes, "no kill landed before the switch: the test proved nothing"
