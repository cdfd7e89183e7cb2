"""One Mooring per data folder: lock file + local server; stale locks do not block."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSysInfo

from app.vault.layout import VaultPaths
from ui.shell.instance_lock import QtInstanceLock
from ui.shell.single_instance import SingleInstance, ask_running_instance_to_raise, server_name

ROOT = Path(__file__).resolve().parents[2]


def python(code: str, *args: str, **kwargs: Any) -> subprocess.Popen[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.Popen(
        [sys.executable, "-c", code, *args],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        **kwargs,
    )


def dead_pid() -> int:
    process = subprocess.Popen([sys.executable, "-c", "pass"])
    process.wait()
    return process.pid


def test_server_name_does_not_reveal_the_folder(tmp_path: Path) -> None:
    folder = tmp_path / "my secret journal"
    name = server_name(folder)
    assert "secret" not in name and "journal" not in name
    assert name == server_name(folder)
    assert name != server_name(tmp_path / "other")


def test_stale_lock_with_a_dead_pid_does_not_block(qapp: Any, data_dir: Path) -> None:
    paths = VaultPaths.for_dir(data_dir)
    paths.lock_file.write_text(
        f"{dead_pid()}\nmooring\n{QSysInfo.machineHostName()}\n", encoding="utf-8"
    )
    instance = SingleInstance(paths.root, paths.lock_file)
    try:
        assert instance.acquire()
    finally:
        instance.release()
    assert not paths.lock_file.exists()


def test_lock_left_by_a_crashed_process_does_not_block(data_dir: Path) -> None:
    lock_file = VaultPaths.for_dir(data_dir).lock_file
    with python(
        "import os, sys\n"
        "from ui.shell.instance_lock import QtInstanceLock\n"
        "lock = QtInstanceLock(sys.argv[1])\n"
        "assert lock.acquire()\n"
        "os._exit(3)  # a crash: no clean-up runs\n",
        str(lock_file),
    ) as crash:
        _out, err = crash.communicate(timeout=30)
    assert crash.returncode == 3, err
    assert lock_file.exists(), "the crash left its lock file behind"
    lock = QtInstanceLock(lock_file)
    assert lock.acquire()
    lock.release()


def test_a_live_holder_is_respected(data_dir: Path) -> None:
    lock_file = VaultPaths.for_dir(data_dir).lock_file
    with python(
        "import sys\n"
        "from ui.shell.instance_lock import QtInstanceLock\n"
        "lock = QtInstanceLock(sys.argv[1])\n"
        "assert lock.acquire()\n"
        "print('held', flush=True)\n"
        "sys.stdin.read()\n",
        str(lock_file),
        stdin=subprocess.PIPE,
    ) as holder:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        assert not QtInstanceLock(lock_file).acquire()
        holder.communicate(timeout=30)
    assert QtInstanceLock(lock_file).acquire()


def test_second_launch_asks_the_first_to_come_forward(qtbot: Any, data_dir: Path) -> None:
    paths = VaultPaths.for_dir(data_dir)
    first = SingleInstance(paths.root, paths.lock_file)
    assert first.acquire()
    try:
        second = SingleInstance(paths.root, paths.lock_file)
        assert not second.acquire()
        with qtbot.waitSignal(first.raise_requested, timeout=5000):
            assert ask_running_instance_to_raise(paths.root)
    finally:
        first.release()


def test_real_second_launch_exits_zero_and_the_first_keeps_running(data_dir: Path) -> None:
    launch = "import sys\nfrom ui.entry import main\nsys.exit(main(sys.argv[1:]))\n"
    lock_file = VaultPaths.for_dir(data_dir).lock_file
    with python(launch, "--data-dir", str(data_dir)) as first:
        try:
            deadline = time.monotonic() + 30
            while not lock_file.exists():
                assert first.poll() is None, "the first launch ended early"
                assert time.monotonic() < deadline, "the first launch never took the lock"
                time.sleep(0.05)
            with python(launch, "--data-dir", str(data_dir)) as second:
                _out, err = second.communicate(timeout=30)
            assert second.returncode == 0, err
            assert first.poll() is None, "the first window must stay open"
        finally:
            first.send_signal(signal.SIGTERM)
            _out, err = first.communicate(timeout=30)
    assert first.returncode == 0, err
    assert not lock_file.exists(), "a clean exit releases the lock"
