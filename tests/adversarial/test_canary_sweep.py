"""Canary sweep: a made-up word in every kind of data Mooring keeps (an entry's title,
text and tag; a check-in's note) never shows up outside the encrypted database.

Searched, backed up (in-process, and through the background path's own read-only
connection), added to, searched and checked by the real command line; all the while
a watcher (tests/e2e/test_privacy_canary.py's ``Watch``) looks for the word, in UTF-8
and UTF-16, in every file under the data, settings, home and temp folders and in every
file the running process holds open (/proc/PID/fd, which shows unlinked temp files
too). The database and backups are encrypted, so the word is in no file at all.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import pytest
from adversarial_cli import script_command
from test_privacy_canary import CANARY, Watch
from vault_fixtures import PASSPHRASE, SMALL_KDF
from xdriver import files_containing, open_files

from app.checkins.model import CheckIn
from app.checkins.repository import CheckInRepository
from app.journal.entries import EntryRepository
from app.vault import backup
from app.vault.layout import VaultPaths
from app.vault.vault import Vault

pytestmark = pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="needs /proc")


def _folders(data_dir: Path, config_dir: Path) -> list[Path]:
    return [data_dir, config_dir, Path(os.environ["HOME"]), Path(os.environ["TMPDIR"])]


def _held_by_me() -> list[str]:
    """Files this process holds open whose bytes hold the word (as ``open_files`` does,
    but leaving out devices: reading a terminal would wait for a key press)."""
    found = []
    for fd in Path("/proc/self/fd").iterdir():
        try:
            target = os.readlink(fd)
            if not target.startswith("/") or target.startswith(("/dev/", "/proc/")):
                continue
            with open(fd, "rb") as handle:
                data = handle.read()
        except OSError:
            continue
        if any(CANARY.encode(e) in data for e in ("utf-8", "utf-16-le")):
            found.append(target)
    return found


def _cli(*args: str, stdin: str, watch_pid: list[int | None]) -> subprocess.CompletedProcess[str]:
    """Run the installed script; while it runs, ``watch_pid`` names it for the watcher."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    child = subprocess.Popen(
        [*script_command(), *args, "--passphrase-file", "-"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    watch_pid[0] = child.pid
    out, err = child.communicate(stdin, timeout=120)
    watch_pid[0] = None
    return subprocess.CompletedProcess(args, child.returncode, out, err)


def test_the_canary_is_in_no_file_outside_the_encrypted_vault(
    data_dir: Path, config_dir: Path
) -> None:
    folders = _folders(data_dir, config_dir)
    # The watcher looks into each command while it runs; this process is looked into
    # after each in-process step (_held_by_me).
    watched: list[int | None] = [None]
    watch = Watch(folders, lambda: watched[0], ours=[])
    held: list[str] = []
    try:
        # ----- in-process: every kind of data, a search, both backup paths ---------------
        vault, _code = Vault.create(data_dir, PASSPHRASE, kdf=SMALL_KDF)
        entries = EntryRepository(vault.connection)
        for number in range(40):  # enough text that searching sorts and ranks
            entries.create(
                title=f"{CANARY} evening {number}",
                body=f"Walked by the water. {CANARY} came back to me. " * 40,
                tags=[CANARY, f"day{number}"],
            )
        checkins = CheckInRepository(vault.connection)
        checkins.save(CheckIn(date(2024, 5, 1), 5, 4, 2, False, True, False, True, 7.5, CANARY))
        assert entries.search(CANARY).hits
        held += _held_by_me()
        assert [c.note for c in checkins.between(date(2024, 1, 1), date(2024, 12, 31))] == [CANARY]
        vault.backup()
        held += _held_by_me()
        paths = VaultPaths.for_dir(data_dir)
        backup.backup_in_own_connection(paths, vault.data_key)
        held += _held_by_me()
        vault.close()
        assert len(backup.list_backups(paths)) == 2

        # ----- the real command line ------------------------------------------------------
        data = ["--data-dir", str(data_dir)]
        steps = [
            _cli("search", CANARY, *data, stdin=PASSPHRASE + "\n", watch_pid=watched),
            _cli(
                "add",
                "--title",
                CANARY,
                "--tag",
                CANARY,
                "--body-file",
                "-",
                *data,
                stdin=f"{PASSPHRASE}\n{CANARY} from the command line\n",
                watch_pid=watched,
            ),
            _cli("search", "--json", CANARY, *data, stdin=PASSPHRASE + "\n", watch_pid=watched),
            _cli("check", *data, stdin=PASSPHRASE + "\n", watch_pid=watched),
        ]
        for step in steps:
            assert step.returncode == 0, (step.args, step.stderr)
            assert CANARY not in step.stderr
        assert CANARY in steps[2].stdout  # the search did find it (the scanners would too)
    finally:
        found = watch.stop()
    assert watch.rounds > 0
    assert found == set(), found
    for folder in folders:
        assert files_containing(folder, [CANARY]) == [], folder
    assert held == [], held


def test_the_sweep_would_see_the_word(data_dir: Path) -> None:
    """The same scanners find the word in a plain file and in a file held open."""
    leak = data_dir / "leak.txt"
    leak.write_text(f"x {CANARY} y", encoding="utf-16-le")
    assert files_containing(data_dir, [CANARY]) == [str(leak)]
    with leak.open("rb"):
        assert _held_by_me() == [str(leak)]
    holder = subprocess.Popen(
        [sys.executable, "-c", f"import sys; f = open({str(leak)!r}); sys.stdin.read()"],
        stdin=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + 30
        while str(leak) not in open_files(holder.pid) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert CANARY.encode("utf-16-le") in (open_files(holder.pid)[str(leak)] or b"")
    finally:
        holder.communicate(b"", timeout=30)
    assert sys.platform.startswith("linux")
