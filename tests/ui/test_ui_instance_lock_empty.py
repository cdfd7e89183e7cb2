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
