"""The real ``mooring`` command line, run as a subprocess against real vault files."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from cli_helpers import fingerprint, mooring_command

PASSPHRASE = "harbour light evening 5"
CODE_PATTERN = re.compile(r"^[2-9A-HJKMNP-TV-Z]{5}(-[2-9A-HJKMNP-TV-Z]{5}){5}$")


def mooring(
    env: dict[str, str], *args: str, stdin: str = "", wrap: list[str] | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*(wrap or []), *mooring_command(), *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


def assert_one_line_error(result: subprocess.CompletedProcess[str], code: int) -> None:
    assert result.returncode == code, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.stderr
    assert lines[0].startswith("mooring: ")


def init(env: dict[str, str], data: Path) -> str:
    result = mooring(
        env, "init", "--data-dir", str(data), "--passphrase-file", "-", stdin=PASSPHRASE + "\n"
    )
    assert result.returncode == 0, result.stderr
    [code] = result.stdout.splitlines()
    assert CODE_PATTERN.match(code)
    return code


def test_init_prints_the_recovery_code_once_and_check_passes(env, data: Path) -> None:
    init(env, data)
    assert sorted(p.name for p in data.iterdir()) == ["backups", "mooring.db", "mooring.key"]
    assert len(list((data / "backups").glob("mooring-backup-*.db"))) == 1, "a first backup"
    result = mooring(
        env, "check", "--data-dir", str(data), "--passphrase-file", "-", stdin=PASSPHRASE
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("ok:")
    assert len(result.stdout.splitlines()) == 1


def test_check_is_strictly_read_only(env, data: Path) -> None:
    init(env, data)
    before = fingerprint(data)
    listing = sorted(os.listdir(data))
    assert (
        mooring(
            env, "check", "--data-dir", str(data), "--passphrase-file", "-", stdin=PASSPHRASE
        ).returncode
        == 0
    )
    assert fingerprint(data) == before
    assert sorted(os.listdir(data)) == listing


def test_wrong_passphrase_exit_code_and_nothing_changes(env, data: Path) -> None:
    init(env, data)
    before = fingerprint(data)
    for _ in range(3):
        result = mooring(
            env, "check", "--data-dir", str(data), "--passphrase-file", "-", stdin="nope\n"
        )
        assert_one_line_error(result, 3)
    assert fingerprint(data) == before


def test_passwd_and_recover(env, data: Path, tmp_path: Path) -> None:
    code = init(env, data)
    secrets = tmp_path / "secrets.txt"
    secrets.write_text(f"{PASSPHRASE}\nsecond phrase of mine\n")
    result = mooring(env, "passwd", "--data-dir", str(data), "--passphrase-file", str(secrets))
    assert result.returncode == 0, result.stderr
    old = mooring(env, "check", "--data-dir", str(data), "--passphrase-file", "-", stdin=PASSPHRASE)
    assert old.returncode == 3
    new = mooring(
        env,
        "check",
        "--data-dir",
        str(data),
        "--passphrase-file",
        "-",
        stdin="second phrase of mine",
    )
    assert new.returncode == 0

    lowered = code.lower().replace("-", "")
    result = mooring(
        env,
        "recover",
        "--data-dir",
        str(data),
        "--passphrase-file",
        "-",
        stdin=f"{lowered}\nthird phrase now ok\n",
    )
    assert result.returncode == 0, result.stderr
    ok = mooring(
        env, "check", "--data-dir", str(data), "--passphrase-file", "-", stdin="third phrase now ok"
    )
    assert ok.returncode == 0


def test_wrong_recovery_code(env, data: Path) -> None:
    init(env, data)
    before = fingerprint(data)
    result = mooring(
        env,
        "recover",
        "--data-dir",
        str(data),
        "--passphrase-file",
        "-",
        stdin="AAAAA-BBBBB-CCCCC-DDDDD-EEEEE-FFFFF\nthird phrase now ok\n",
    )
    assert_one_line_error(result, 3)
    assert fingerprint(data) == before


def test_init_twice_refuses_and_keeps_the_first(env, data: Path) -> None:
    init(env, data)
    before = fingerprint(data)
    result = mooring(
        env,
        "init",
        "--data-dir",
        str(data),
        "--passphrase-file",
        "-",
        stdin="another phrase here\n",
    )
    assert_one_line_error(result, 6)
    assert fingerprint(data) == before


def test_no_vault_here(env, data: Path) -> None:
    result = mooring(
        env, "check", "--data-dir", str(data), "--passphrase-file", "-", stdin=PASSPHRASE
    )
    assert_one_line_error(result, 6)
    assert not data.exists()


@pytest.mark.parametrize(
    "damage",
    ["zero-length", "random", "missing-key", "garbage-key"],
)
def test_damaged_vault_exit_code(env, data: Path, damage: str) -> None:
    init(env, data)
    if damage == "zero-length":
        (data / "mooring.db").write_bytes(b"")
    elif damage == "random":
        (data / "mooring.db").write_bytes(os.urandom(16384))
    elif damage == "missing-key":
        (data / "mooring.key").unlink()
    else:
        (data / "mooring.key").write_bytes(b'{"format": "mooring-key", "slots": {')
    before = fingerprint(data)
    for command in ("check", "passwd"):
        result = mooring(
            env,
            command,
            "--data-dir",
            str(data),
            "--passphrase-file",
            "-",
            stdin=f"{PASSPHRASE}\nnew phrase here 1\n",
        )
        assert_one_line_error(result, 4)
    assert fingerprint(data) == before


@pytest.mark.parametrize(
    ("args", "stdin"),
    [
        (["frobnicate"], ""),
        (["init", "--unknown-flag"], ""),
        (["init", "--passphrase-file", "/nonexistent/file"], ""),
        (["init", "--passphrase-file", "-"], ""),  # empty: no line at all
        (["init", "--passphrase-file", "-"], "\n"),  # empty passphrase
        (["init", "--passphrase-file", "-"], "x" * 10_000 + "\n"),
        (["init", "--passphrase-file", "-"], "password123\n"),
        (["init"], ""),  # no terminal to ask at
        (["passwd", "--passphrase-file", "-"], PASSPHRASE + "\n"),  # second line missing
    ],
)
def test_bad_usage_is_one_line_and_exit_2(env, data: Path, args: list[str], stdin: str) -> None:
    if args[0] == "passwd":
        init(env, data)
    before = fingerprint(data) if data.exists() else None
    result = mooring(env, *args, "--data-dir", str(data), stdin=stdin)
    assert_one_line_error(result, 2)
    after = fingerprint(data) if data.exists() else None
    assert after == before


def test_passphrase_normalisation_across_the_cli(env, data: Path) -> None:
    import unicodedata

    text = "Ñandú café crème 12"
    result = mooring(
        env,
        "init",
        "--data-dir",
        str(data),
        "--passphrase-file",
        "-",
        stdin=unicodedata.normalize("NFD", text),
    )
    assert result.returncode == 0, result.stderr
    ok = mooring(
        env,
        "check",
        "--data-dir",
        str(data),
        "--passphrase-file",
        "-",
        stdin=unicodedata.normalize("NFC", text),
    )
    assert ok.returncode == 0, ok.stderr


def _hold_lock(env: dict[str, str], data: Path) -> subprocess.Popen[str]:
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys; from pathlib import Path; from ui.shell.instance_lock import QtInstanceLock;"
            f"lock = QtInstanceLock(Path({str(data / 'mooring.lock')!r})); print(lock.acquire(), flush=True);"
            "sys.stdin.read()",
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert holder.stdout is not None
    assert holder.stdout.readline().strip() == "True"
    return holder


def test_vault_held_by_a_running_instance_then_a_stale_lock(env, data: Path) -> None:
    init(env, data)
    holder = _hold_lock(env, data)
    try:
        before = fingerprint(data)
        for command in ("check", "passwd"):
            result = mooring(
                env,
                command,
                "--data-dir",
                str(data),
                "--passphrase-file",
                "-",
                stdin=f"{PASSPHRASE}\nnew phrase here 1\n",
            )
            assert_one_line_error(result, 5)
        assert fingerprint(data) == before
    finally:
        holder.kill()  # a crash: the lock file stays behind
        holder.wait()
        for pipe in (holder.stdin, holder.stdout):
            if pipe is not None:
                pipe.close()
    assert (data / "mooring.lock").exists()
    result = mooring(
        env, "check", "--data-dir", str(data), "--passphrase-file", "-", stdin=PASSPHRASE
    )
    assert result.returncode == 0, result.stderr


def test_two_inits_started_at_once_leave_one_good_vault(env, data: Path) -> None:
    processes = [
        subprocess.Popen(
            [*mooring_command(), "init", "--data-dir", str(data), "--passphrase-file", "-"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        for _ in range(2)
    ]
    results = [
        p.communicate(f"phrase number {i} ok\n", timeout=120) for i, p in enumerate(processes)
    ]
    codes = sorted(p.returncode for p in processes)
    assert codes[0] == 0 and codes[1] in (5, 6), results
    winner = next(i for i, p in enumerate(processes) if p.returncode == 0)
    ok = mooring(
        env,
        "check",
        "--data-dir",
        str(data),
        "--passphrase-file",
        "-",
        stdin=f"phrase number {winner} ok",
    )
    assert ok.returncode == 0, ok.stderr


def _without_root_override() -> list[str]:
    """Root ignores file permissions; drop that power so a read-only folder is read-only."""
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.fail("setpriv (util-linux) is needed to test read-only folders as root")
    return [
        setpriv,
        "--bounding-set",
        "-dac_override,-dac_read_search,-fowner",
        "--inh-caps",
        "-all",
    ]


def test_read_only_data_folder(env, data: Path, tmp_path: Path) -> None:
    init(env, data)
    os.chmod(data, 0o555)
    try:
        before = fingerprint(data)
        wrap = _without_root_override()
        checked = mooring(
            env,
            "check",
            "--data-dir",
            str(data),
            "--passphrase-file",
            "-",
            stdin=PASSPHRASE,
            wrap=wrap,
        )
        changed = mooring(
            env,
            "passwd",
            "--data-dir",
            str(data),
            "--passphrase-file",
            "-",
            stdin=f"{PASSPHRASE}\nnew phrase here 1\n",
            wrap=wrap,
        )
        assert_one_line_error(changed, 1)
        assert fingerprint(data) == before
        assert checked.returncode == 0, checked.stderr
        readonly_parent = tmp_path / "locked-parent"
        readonly_parent.mkdir(mode=0o555)
        created = mooring(
            env,
            "init",
            "--data-dir",
            str(readonly_parent / "vault"),
            "--passphrase-file",
            "-",
            stdin=PASSPHRASE + "\n",
            wrap=wrap,
        )
        assert_one_line_error(created, 1)
        assert list(readonly_parent.iterdir()) == []
    finally:
        os.chmod(data, 0o755)


def test_self_test(env) -> None:
    started = time.monotonic()
    result = mooring(env, "self-test")
    assert result.returncode == 0, result.stderr
    assert "sqlcipher: 4." in result.stdout
    assert "keyring:" in result.stdout
    assert result.stdout.strip().splitlines()[-1].startswith("ok:")
    assert time.monotonic() - started < 60
