"""Concurrency through the real command line: two writers at once, a writer beside a
reader (add while check runs), demo while searches run.

README.md promises: a vault in use by another Mooring window or command is exit 5 with
one line ("in use"), changing nothing; otherwise the command works. So every run here
ends 0 or 5, never anything else; every entry a command acknowledged (printed its
number) is there afterwards; and the vault passes both integrity checks.
"""

from __future__ import annotations

import os
import signal
import subprocess
import time
from pathlib import Path

import pytest
from adversarial_cli import cli_environment, script_command
from vault_fixtures import PASSPHRASE, SMALL_KDF

from app.journal.entries import EntryRepository
from app.vault.vault import Vault

BUSY = 5


@pytest.fixture
def vault(tmp_path: Path) -> Path:
    root = tmp_path / "vault"
    created, _code = Vault.create(root, PASSPHRASE, kdf=SMALL_KDF)
    EntryRepository(created.connection).create(title="before", body="already here")
    created.close()
    return root


def _start(env: dict[str, str], root: Path, *args: str) -> subprocess.Popen[str]:
    child = subprocess.Popen(
        [*script_command(), args[0], "--data-dir", str(root), "--passphrase-file", "-", *args[1:]],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert child.stdin is not None
    child.stdin.write(PASSPHRASE + "\n")
    child.stdin.close()
    return child


def _finish(child: subprocess.Popen[str]) -> tuple[int, str, str]:
    assert child.stdout is not None and child.stderr is not None
    out, err = child.stdout.read(), child.stderr.read()
    code = child.wait(timeout=300)
    child.stdout.close()
    child.stderr.close()
    return code, out, err


def _assert_clear(code: int, err: str, allowed: set[int]) -> None:
    assert code in allowed, (code, err)
    assert "Traceback" not in err
    if code == BUSY:
        assert err.count("\n") == 1 and err.startswith("mooring: ") and "in use" in err, err
    elif code == 0:
        assert err == "", err


def _titles_and_integrity(root: Path) -> list[str]:
    vault = Vault.unlock(root, PASSPHRASE)
    try:
        assert vault.integrity_problems() == []
        rows = vault.connection.execute("SELECT title FROM entries").fetchall()
    finally:
        vault.close()
    return [str(r[0]) for r in rows]


def test_writers_at_once_each_work_or_are_told_the_vault_is_in_use(
    vault: Path, tmp_path: Path
) -> None:
    env = cli_environment(tmp_path / "env")
    acknowledged, busy = [], 0
    for round_ in range(4):
        writers = [_start(env, vault, "add", "--title", f"w{round_}-{n}") for n in range(3)]
        for n, writer in enumerate(writers):
            code, out, err = _finish(writer)
            _assert_clear(code, err, {0, BUSY})
            if code == 0:
                assert out.strip().isdigit()
                acknowledged.append(f"w{round_}-{n}")
            else:
                busy += 1
    titles = _titles_and_integrity(vault)
    assert "before" in titles
    assert [t for t in acknowledged if t not in titles] == [], "an acknowledged entry is lost"
    assert len(titles) == 1 + len(acknowledged), "an entry was written by a refused command"
    assert acknowledged, "no writer ever got through"
    print(f"12 writers, 3 at a time: {len(acknowledged)} wrote, {busy} told 'in use'")


def test_add_while_check_runs(vault: Path, tmp_path: Path) -> None:
    env = cli_environment(tmp_path / "env")
    demo = _start(env, vault, "demo", "--entries", "300", "--force")  # a bigger file to check
    assert _finish(demo)[0] == 0
    acknowledged, outcomes = [], []
    for round_ in range(4):
        checker = _start(env, vault, "check")
        time.sleep(0.15 * round_)  # the add lands before, during or after the check
        writer = _start(env, vault, "add", "--title", f"during check {round_}")
        check_code, check_out, check_err = _finish(checker)
        add_code, _add_out, add_err = _finish(writer)
        _assert_clear(check_code, check_err, {0, BUSY})
        _assert_clear(add_code, add_err, {0, BUSY})
        if check_code == 0:
            assert check_out.startswith("ok:"), check_out
        if add_code == 0:
            acknowledged.append(f"during check {round_}")
        outcomes.append((check_code, add_code))
    titles = _titles_and_integrity(vault)
    assert [t for t in acknowledged if t not in titles] == []
    print(f"(check, add) exit codes: {outcomes}")


def test_demo_while_searching(vault: Path, tmp_path: Path) -> None:
    env = cli_environment(tmp_path / "env")
    demo = _start(env, vault, "demo", "--entries", "600", "--force")
    searches = []
    while demo.poll() is None and len(searches) < 6:
        searches.append(_start(env, vault, "search", "harbour"))
        time.sleep(0.1)
    demo_code, demo_out, demo_err = _finish(demo)
    _assert_clear(demo_code, demo_err, {0, BUSY})
    codes = []
    for search in searches:
        code, _out, err = _finish(search)
        _assert_clear(code, err, {0, BUSY})
        codes.append(code)
    titles = _titles_and_integrity(vault)
    assert "before" in titles
    if demo_code == 0:
        assert demo_out.startswith("ok: added 600")
        assert len(titles) == 601, len(titles)
    else:
        assert titles == ["before"]
    print(f"demo exit {demo_code}; searches during it: {codes}")


def _stopped_while_holding_the_lock(
    env: dict[str, str], root: Path, *args: str
) -> subprocess.Popen[str] | None:
    """Start a command and SIGSTOP it the moment it holds the vault's lock (it is then
    mid-command: a writer before or during its write, check during its reading).
    None when it finished before it could be caught."""
    lock = root / "mooring.lock"
    child = _start(env, root, *args)
    while child.poll() is None:
        if lock.exists():
            os.kill(child.pid, signal.SIGSTOP)
            if lock.exists():
                return child
            os.kill(child.pid, signal.SIGCONT)
            break
    _finish(child)
    return None


@pytest.mark.parametrize(
    ("holder", "other"),
    [
        (("check",), ("add", "--title", "while check reads")),
        (("add", "--title", "held"), ("check",)),
    ],
    ids=["add-while-check-reads", "check-while-add-writes"],
)
def test_a_command_beside_one_caught_mid_way(
    vault: Path, tmp_path: Path, holder: tuple[str, ...], other: tuple[str, ...]
) -> None:
    """Deterministic overlap: the first command is frozen while it holds the lock, the
    second is told "in use" and changes nothing; the first then finishes normally."""
    env = cli_environment(tmp_path / "env")
    for _attempt in range(20):
        held = _stopped_while_holding_the_lock(env, vault, *holder)
        if held is not None:
            break
    else:
        pytest.skip("the first command never held the lock long enough to be caught")
    try:
        before = {p.name: p.read_bytes() for p in vault.iterdir() if p.is_file()}
        before.pop("mooring.lock", None)
        code, _out, err = _finish(_start(env, vault, *other))
        _assert_clear(code, err, {BUSY})
        after = {p.name: p.read_bytes() for p in vault.iterdir() if p.is_file()}
        after.pop("mooring.lock", None)
        assert after == before, "the refused command changed a file"
    finally:
        os.kill(held.pid, signal.SIGCONT)
    code, out, err = _finish(held)
    _assert_clear(code, err, {0})
    titles = _titles_and_integrity(vault)
    if holder[0] == "add":
        assert "held" in titles and out.strip().isdigit()
    else:
        assert out.startswith("ok:") and "while check reads" not in titles
