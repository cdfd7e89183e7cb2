"""The real ``mooring`` process under Xvfb: set-up, lock, unlock, quick-hide, second launch.

Lock state is checked from outside through the files SQLite keeps only while a
connection is open (``mooring.db-wal``): lock must close the connection.
"""

from __future__ import annotations

import os
import re
import subprocess
import time
from pathlib import Path

import pytest
from xdriver import (
    App,
    files_containing,
    isolated_env,
    mooring_command,
    read_clipboard,
    screenshot,
    visible_windows,
    wait_until,
)

pytestmark = pytest.mark.e2e

PASSPHRASE = "quiet harbour morning tide"
CODE = re.compile(r"^[2-9A-HJKMNP-TV-Z]{5}(-[2-9A-HJKMNP-TV-Z]{5}){5}$")


@pytest.fixture
def isolated(tmp_path: Path) -> tuple[dict[str, str], dict[str, Path]]:
    return isolated_env(tmp_path)


@pytest.fixture
def folders(isolated: tuple[dict[str, str], dict[str, Path]]) -> dict[str, Path]:
    return isolated[1]


@pytest.fixture
def env(isolated: tuple[dict[str, str], dict[str, Path]]) -> dict[str, str]:
    return isolated[0]


def _is_open(data: Path) -> bool:
    return (data / "mooring.db-wal").exists()


def test_first_run_lock_unlock_quick_hide_and_second_launch(
    env: dict[str, str], folders: dict[str, Path]
) -> None:
    data, shots = folders["data"], folders["shots"]
    # Output goes to a file (App), started again if the X server refuses it.
    app = App(data, env, shots / "app-output.txt")
    try:
        window = app.window
        time.sleep(0.5)
        screenshot(shots / "1-setup.png")

        # Set-up: the passphrase field has focus; Alt+T jumps to "Type it again".
        window.type(PASSPHRASE)
        window.key("alt+t")
        window.type(PASSPHRASE)
        window.key("Return")
        wait_until(lambda: (data / "mooring.key").exists(), "the vault to be created")
        time.sleep(1.0)
        screenshot(shots / "2-recovery-code.png")

        window.key("alt+c")  # Copy
        code = ""

        def code_copied() -> bool:
            nonlocal code
            code = read_clipboard(env)
            return bool(CODE.match(code))

        wait_until(code_copied, "the recovery code on the clipboard", timeout=10)

        window.key("alt+h")  # I have stored it somewhere safe
        window.key("alt+n")  # Continue
        time.sleep(0.5)
        screenshot(shots / "3-remember.png")
        window.key("Return")  # Finish, leaving "remember on this device" off
        wait_until(lambda: _is_open(data), "the vault to be open")
        time.sleep(0.5)
        screenshot(shots / "4-main.png")
        assert read_clipboard(env) != code  # the code does not linger on the clipboard

        window.key("ctrl+l")
        wait_until(lambda: not _is_open(data), "lock to close the database")
        screenshot(shots / "5-locked.png")

        window.type("not my passphrase")
        window.key("Return")
        time.sleep(2.0)  # a full Argon2id derivation
        assert not _is_open(data)
        screenshot(shots / "6-wrong.png")

        window.key("ctrl+a")
        window.type(PASSPHRASE)
        window.key("Return")
        wait_until(lambda: _is_open(data), "unlock to open the database")

        # A second launch raises the first window and exits.
        started = time.monotonic()
        second = subprocess.run(
            [*mooring_command(), "--data-dir", str(data)],
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert second.returncode == 0, second.stderr
        assert time.monotonic() - started < 15
        assert len(visible_windows("Mooring")) == 1

        # Quick-hide locks and hides in one keystroke.
        window.key("ctrl+shift+l")
        wait_until(lambda: not _is_open(data), "quick-hide to lock")
        wait_until(lambda: not visible_windows("Mooring"), "quick-hide to hide the window")
    finally:
        code_at_exit = app.stop(timeout=30)
        err = app.output()

    assert code_at_exit == 0, err
    assert "Traceback" not in err
    assert sorted(p.name for p in data.iterdir() if p.name != "backups") == [
        "mooring.db",
        "mooring.key",
    ]
    assert (data / "mooring.db").read_bytes()[:16] != b"SQLite format 3\x00"
    assert CODE.match(code)
    checked = subprocess.run(
        [*mooring_command(), "check", "--data-dir", str(data), "--passphrase-file", "-"],
        input=PASSPHRASE,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert checked.returncode == 0, checked.stderr
    for folder in ("data", "config", "tmp", "home"):
        secrets = [PASSPHRASE, code, code.replace("-", "")]
        assert files_containing(folders[folder], secrets) == [], folder
    settings = "".join(
        p.read_text(errors="replace") for p in folders["config"].rglob("*") if p.is_file()
    )
    assert PASSPHRASE not in settings
    assert os.stat(data).st_mode & 0o077 == 0  # the data folder is private to this user


def test_two_windows_started_at_once_leave_one(
    env: dict[str, str], folders: dict[str, Path]
) -> None:
    """Two launches racing on a fresh folder: one window, the other hands over and exits 0."""
    data = folders["data"]
    command = [*mooring_command(), "--data-dir", str(data)]
    launches = [
        subprocess.Popen(
            command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )
        for _ in range(2)
    ]
    try:
        wait_until(lambda: bool(visible_windows("Mooring")), "a Mooring window")
        wait_until(
            lambda: any(p.poll() is not None for p in launches),
            "one launch to hand over",
            timeout=30,
        )
        time.sleep(1.0)
        assert len(visible_windows("Mooring")) == 1
        finished = [p for p in launches if p.poll() is not None]
        assert [p.returncode for p in finished] == [0]
    finally:
        for process in launches:
            if process.poll() is None:
                process.terminate()
            _out, err = process.communicate(timeout=30)
            assert "Traceback" not in err
    assert not (data / "mooring.key").exists()  # nobody set up anything behind the person's back
