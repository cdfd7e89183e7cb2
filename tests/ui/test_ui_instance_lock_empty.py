"""A lock file left empty by a process killed while creating it does not lock the vault
out for good (before: every later command said "in use", with stale-by-age off)."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

import pytest

from ui.shell.instance_lock import QtInstanceLock


def test_an_old_empty_lock_file_is_taken_over(tmp_path: Path) -> None:
    path = tmp_path / "mooring.lock"
    path.write_bytes(b"")
    old = time.time() - 60
    os.utime(path, (old, old))
    lock = QtInstanceLock(path)
    assert lock.acquire()
    assert path.stat().st_size > 0, "now records its owner"
    lock.release()


def test_an_empty_lock_file_left_by_a_kill_a_moment_ago_is_taken_over(tmp_path: Path) -> None:
    path = tmp_path / "mooring.lock"
    path.write_bytes(b"")  # created, then killed before it locked and wrote its owner
    lock = QtInstanceLock(path)
    assert lock.acquire()
    lock.release()


@pytest.mark.skipif(sys.platform == "win32", reason="native flock locks are POSIX")
def test_an_empty_lock_file_whose_creator_is_alive_is_respected(tmp_path: Path) -> None:
    import fcntl

    path = tmp_path / "mooring.lock"
    path.write_bytes(b"")
    creator = os.open(path, os.O_RDONLY)
    try:
        fcntl.flock(creator, fcntl.LOCK_EX | fcntl.LOCK_NB)  # as QLockFile does first
        assert not QtInstanceLock(path).acquire()
        assert path.exists()
    finally:
        os.close(creator)


def test_a_lock_held_by_a_live_process_is_respected(tmp_path: Path) -> None:
    path = tmp_path / "mooring.lock"
    holder = QtInstanceLock(path)
    assert holder.acquire()
    old = time.time() - 60
    os.utime(path, (old, old))
    assert not QtInstanceLock(path).acquire()
    holder.release()


_HOLD = """
import sys, time
from PySide6.QtCore import QLockFile
lock = QLockFile(sys.argv[1])
lock.setStaleLockTime(0)
assert lock.tryLock(0)
print("held", flush=True)
sys.stdin.readline()
"""


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="Linux /proc")
def test_a_lock_whose_recorded_pid_now_belongs_to_another_process_is_taken_over(
    tmp_path: Path,
) -> None:
    """A killed owner's PID reused by another python process (the soak saw about 10 s
    of "in use" on a machine whose PIDs wrap at 32,768): that process does not have
    the lock file open, so it is not the owner."""
    import subprocess

    path = tmp_path / "mooring.lock"
    owner = subprocess.Popen(
        [sys.executable, "-c", _HOLD, str(path)], stdin=subprocess.PIPE, stdout=subprocess.PIPE
    )
    bystander = subprocess.Popen(
        [sys.executable, "-c", "import sys; sys.stdin.readline()"], stdin=subprocess.PIPE
    )
    try:
        assert owner.stdout is not None and owner.stdout.readline().strip() == b"held"
        record = path.read_bytes()
        assert not QtInstanceLock(path).acquire(), "a live owner is respected"
        owner.kill()
        owner.wait()
        # As if the kernel gave the dead owner's PID to the bystander (same program).
        fields = record.split(b"\n")
        fields[0] = str(bystander.pid).encode()
        path.write_bytes(b"\n".join(fields))
        lock = QtInstanceLock(path)
        assert lock.acquire()
        assert path.read_bytes().split(b"\n")[0] == str(os.getpid()).encode()
        lock.release()
    finally:
        for process in (owner, bystander):
            process.kill()
            process.wait()
            for pipe in (process.stdin, process.stdout):
                if pipe is not None:
                    pipe.close()


@pytest.mark.skipif(not os.path.isdir("/proc/self/fd"), reason="Linux: /proc shows open files")
def test_an_empty_lock_file_whose_creator_is_paused_before_locking_is_respected(
    tmp_path: Path,
) -> None:
    """A creator stopped between creating the file and taking its native lock: the file
    is empty and not locked, but open in a live process, so it is not taken over."""
    import signal
    import subprocess

    path = tmp_path / "mooring.lock"
    creator = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import os, signal, sys; fd = os.open(sys.argv[1], os.O_RDWR | os.O_CREAT | os.O_EXCL);"
            " os.kill(os.getpid(), signal.SIGSTOP)",
            str(path),
        ]
    )
    try:
        deadline = time.monotonic() + 10
        while not path.exists() and time.monotonic() < deadline:
            time.sleep(0.01)
        time.sleep(0.2)  # stopped now, the file open and empty
        lock = QtInstanceLock(path)
        assert not lock.acquire()
        assert path.exists() and path.stat().st_size == 0
    finally:
        creator.send_signal(signal.SIGKILL)
        creator.wait()
    # Its creator gone, the same file is taken over.
    lock = QtInstanceLock(path)
    assert lock.acquire()
    lock.release()
