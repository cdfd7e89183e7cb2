"""A lock file left empty by a process killed while creating it does not lock the vault
out for good (before: every later command said "in use", with stale-by-age off)."""

from __future__ import annotations

import os
import time
from pathlib import Path

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


def test_a_fresh_empty_lock_file_is_respected(tmp_path: Path) -> None:
    path = tmp_path / "mooring.lock"
    path.write_bytes(b"")  # a creator that has not written its owner yet
    assert not QtInstanceLock(path).acquire()
    assert path.exists()


def test_a_lock_held_by_a_live_process_is_respected(tmp_path: Path) -> None:
    path = tmp_path / "mooring.lock"
    holder = QtInstanceLock(path)
    assert holder.acquire()
    old = time.time() - 60
    os.utime(path, (old, old))
    assert not QtInstanceLock(path).acquire()
    holder.release()
