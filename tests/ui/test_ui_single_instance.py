"""One Mooring per data folder: lock file + local server; stale locks do not block.

The real-process tests run their children with faulthandler on: a child that does not
exit in time gets SIGABRT, which makes it print the Python stack of every thread, and
the failure shows those stacks (a hang in CI then says where it hangs).
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSysInfo
from ui_fixtures import PASSPHRASE

from app.vault.layout import VaultPaths
from ui.shell.instance_lock import QtInstanceLock
from ui.shell.single_instance import SingleInstance, ask_running_instance_to_raise, server_name

ROOT = Path(__file__).resolve().parents[2]


LAUNCH = "import sys\nfrom ui.entry import main\nsys.exit(main(sys.argv[1:]))\n"


def python(code: str, *args: str, **kwargs: Any) -> subprocess.Popen[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONFAULTHANDLER="1")
    return subprocess.Popen(
        [sys.executable, "-c", code, *args],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        **kwargs,
    )


def bare_lock_holder(lock_file: Path) -> subprocess.Popen[str]:
    """Another process holding the lock and nothing else (no window, no listener)
    until its stdin is closed."""
    holder = python(
        "import sys\n"
        "from ui.shell.instance_lock import QtInstanceLock\n"
        "lock = QtInstanceLock(sys.argv[1])\n"
        "assert lock.acquire()\n"
        "print('held', flush=True)\n"
        "sys.stdin.read()\n",
        str(lock_file),
        stdin=subprocess.PIPE,
    )
    assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
    return holder


def finish(process: subprocess.Popen[str], timeout: float, what: str) -> tuple[str, str]:
    """Wait for ``process`` to exit; on a hang, fail with the Python stacks of its threads."""
    try:
        return process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        pass
    if hasattr(signal, "SIGABRT") and sys.platform != "win32":
        process.send_signal(signal.SIGABRT)  # faulthandler prints every thread's stack
    try:
        _out, err = process.communicate(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        _out, err = process.communicate()
    pytest.fail(f"{what} did not exit within {timeout:g} s; its stacks:\n{err}")


def wait_for_file(path: Path, process: subprocess.Popen[str], timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while not path.exists():
        if process.poll() is not None:
            _out, err = process.communicate()
            pytest.fail(f"the first launch ended early ({process.returncode}): {err}")
        assert time.monotonic() < deadline, f"{path.name} never appeared"
        time.sleep(0.02)


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
    with bare_lock_holder(lock_file) as holder:
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
    lock_file = VaultPaths.for_dir(data_dir).lock_file
    first = python(LAUNCH, "--data-dir", str(data_dir))
    try:
        # Straight after the lock appears: the first one may still be building its window.
        wait_for_file(lock_file, first)
        second = python(LAUNCH, "--data-dir", str(data_dir))
        _out, err = finish(second, 30, "the second launch")
        assert second.returncode == 0, err
        assert first.poll() is None, "the first window must stay open"
    finally:
        if first.poll() is None:
            first.send_signal(signal.SIGTERM)
        _out, err = finish(first, 30, "the first launch, after SIGTERM")
    assert first.returncode == 0, err
    assert not lock_file.exists(), "a clean exit releases the lock"


def test_sigterm_while_a_job_reports_back_still_quits(data_dir: Path) -> None:
    """SIGTERM lands just as a worker job ends, so its result is on the way to the UI.

    Python runs the handler between two bytecodes of whatever runs then, often an event
    filter seeing the "job done" event. The handler used to quit from there, and the
    quit waited for that very event: the process hung until its 30 s wait gave up.
    """
    launch = (
        "import os, signal, sys\n"
        "from ui.shell.session import Session\n"
        "def preload(self, _modules=()):\n"
        "    def job():\n"
        "        print('job ran', flush=True)\n"
        "        os.kill(os.getpid(), signal.SIGTERM)\n"
        "    self.tasks.run(job, None, lambda _error: None)\n"
        "Session.preload = preload\n"
    ) + LAUNCH
    lock_file = VaultPaths.for_dir(data_dir).lock_file
    process = python(launch, "--data-dir", str(data_dir))
    out, err = finish(process, 20, "a launch that got SIGTERM while a job reported back")
    assert "job ran" in out, err
    assert process.returncode == 0, err
    assert not lock_file.exists(), "a clean exit releases the lock"


def test_sigterm_lets_queued_vault_work_finish_before_the_exit(
    existing_vault: str, data_dir: Path
) -> None:
    """SIGTERM (log-out, shutdown) quits like closing the window: queued saves land."""
    launch = (
        "import os, signal, sys, time\n"
        "from PySide6.QtCore import QTimer\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication(sys.argv[:1])\n"
        "def write(vault, n):\n"
        "    time.sleep(0.2)\n"
        "    vault.connection.execute('CREATE TABLE IF NOT EXISTS probe (n INTEGER)')\n"
        "    vault.connection.execute('INSERT INTO probe VALUES (?)', (n,))\n"
        "    vault.connection.commit()\n"
        "def unlocked(_result):\n"
        "    for n in range(3):\n"
        "        session.submit(lambda vault, n=n: write(vault, n))\n"
        "    os.kill(os.getpid(), signal.SIGTERM)\n"
        "def drive():\n"
        "    global session\n"
        "    from ui.shell.main_window import MainWindow\n"
        "    [window] = [w for w in app.topLevelWidgets() if isinstance(w, MainWindow)]\n"
        "    session = window.session\n"
        "    session.unlock(sys.argv[1], unlocked, lambda error: os._exit(9))\n"
        "QTimer.singleShot(0, drive)\n"
        "from ui.entry import main\n"
        "sys.exit(main(sys.argv[2:]))\n"
    )
    process = python(launch, PASSPHRASE, "--data-dir", str(data_dir))
    _out, err = finish(process, 30, "a launch that got SIGTERM with work queued")
    assert process.returncode == 0, err
    assert not VaultPaths.for_dir(data_dir).lock_file.exists()

    from app.vault.vault import Vault

    vault = Vault.unlock(data_dir, PASSPHRASE)
    try:
        rows = vault.connection.execute("SELECT n FROM probe ORDER BY n").fetchall()
    finally:
        vault.close()
    assert [tuple(row) for row in rows] == [(0,), (1,), (2,)]


def test_second_launch_gives_up_when_the_holder_never_answers(data_dir: Path) -> None:
    """The folder is held by something that does not listen (here: a bare lock)."""
    lock_file = VaultPaths.for_dir(data_dir).lock_file
    with bare_lock_holder(lock_file) as holder:
        started = time.monotonic()
        second = python(LAUNCH, "--data-dir", str(data_dir))
        _out, err = finish(second, 30, "a second launch facing a silent holder")
        elapsed = time.monotonic() - started
        holder.communicate(timeout=30)
    assert second.returncode == 1
    assert err.count("\n") == 1 and err.startswith("mooring: "), err
    assert "another Mooring" in err
    assert elapsed < 20  # about 2 s of trying plus start-up


def test_asking_nobody_is_bounded(tmp_path: Path) -> None:
    started = time.monotonic()
    assert not ask_running_instance_to_raise(tmp_path / "nobody here", timeout_ms=300)
    assert 0.25 <= time.monotonic() - started < 5
