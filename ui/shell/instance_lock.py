"""The per-data-folder instance lock, shared by the window and the command line.

Only QtCore is imported here so command-line runs stay light.
"""

from __future__ import annotations

import contextlib
import os
import time
from pathlib import Path

from PySide6.QtCore import QLockFile

# Where no native lock can be tested (Windows), an empty lock file counts as left by a
# kill once it is this old; a live creator fills it within milliseconds.
_EMPTY_LOCK_STALE_SECONDS = 5
# Between creating the file and locking it QLockFile does nothing else; looking twice,
# this far apart, leaves no room for a live creator to be taken for a dead one.
_SECOND_LOOK_SECONDS = 0.1


def _creator_gone(path: Path) -> bool:
    """True when an empty lock file's creator is no longer running.

    QLockFile creates the file, then takes its native lock, then writes its owner. A
    creator paused between the first two steps (stopped, or not scheduled on a busy
    machine) leaves a file that is empty and not natively locked, yet it is alive and
    about to hold the lock; so on Linux the file must also be open in no process
    (``_open_in_another_process``), which a paused creator's file always is.
    """
    if _open_in_another_process(path):
        return False
    try:
        import fcntl
    except ImportError:  # Windows
        try:
            return time.time() - path.stat().st_mtime > _EMPTY_LOCK_STALE_SECONDS
        except OSError:
            return False
    for look in range(2):
        if look:
            time.sleep(_SECOND_LOOK_SECONDS)
        try:
            fd = os.open(path, os.O_RDONLY)
        except OSError:
            return False
        try:
            if os.fstat(fd).st_size:
                return False  # its owner has written itself in
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            fcntl.flock(fd, fcntl.LOCK_UN)
        except OSError:
            return False  # held by a live creator (or no native locks here)
        finally:
            os.close(fd)
    return True


def _open_in_another_process(path: Path) -> bool:
    """True when another process of ours has ``path`` open (Linux, through /proc);
    False where that can't be seen. Only asked about an empty lock file, so rarely."""
    if not os.path.isdir("/proc/self/fd"):
        return False
    target = os.path.realpath(path)
    me = str(os.getpid())
    try:
        processes = [name for name in os.listdir("/proc") if name.isdigit() and name != me]
    except OSError:
        return False
    for pid in processes:
        try:
            handles = os.listdir(f"/proc/{pid}/fd")
        except OSError:  # gone meanwhile, or not ours to look at
            continue
        for handle in handles:
            try:
                if os.readlink(f"/proc/{pid}/fd/{handle}") == target:
                    return True
            except OSError:
                continue
    return False


def _recorded_owner_gone(path: Path, pid: int) -> bool:
    """True when the process with the PID a lock file records does not have that file
    open: the owner died and the PID now belongs to another process.

    QLockFile keeps its lock file open (with the native lock) for as long as it holds
    the lock, and takes a recorded PID that is alive and runs the same program (a
    python3 running Mooring from source, say) for the owner, so without this a PID
    reused after a crash kept the vault "in use" until that other process ended (seen
    in the kill-loop soak on a machine whose PIDs wrap at 32,768). Linux only (/proc);
    anywhere the answer is unclear (no /proc, another user's process) it says no.
    """
    if pid <= 0 or pid == os.getpid() or not os.path.isdir("/proc/self/fd"):
        return False
    try:
        handles = os.listdir(f"/proc/{pid}/fd")
    except OSError:  # gone already (QLockFile knows that case) or not ours to look at
        return False
    target = os.path.realpath(path)
    for handle in handles:
        try:
            if os.readlink(f"/proc/{pid}/fd/{handle}") == target:
                return False
        except OSError:
            continue
    return True


class QtInstanceLock:
    """A QLockFile on the vault's lock file.

    ``setStaleLockTime(0)`` turns off "stale because old": a Mooring that has been
    open for days still holds its lock. A lock left behind by a crash is still
    recognised, because QLockFile checks whether the recorded process is alive on
    this host (and whether its PID was reused by another program).
    """

    def __init__(self, path: Path) -> None:
        self._path = Path(path)
        self._lock = QLockFile(str(self._path))
        self._lock.setStaleLockTime(0)

    @property
    def path(self) -> Path:
        return self._path

    def acquire(self) -> bool:
        """Take the lock without waiting; False when another live process holds it.

        Raises PermissionError when the lock file cannot be created.
        """
        if self._lock.isLocked():
            return True
        self._path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        if self._lock.tryLock(0) or (self._left_by_a_kill() and self._lock.tryLock(0)):
            self._make_private()
            return True
        if self._lock.error() == QLockFile.LockError.PermissionError:
            raise PermissionError(f"cannot create the lock file in {self._path.parent}")
        return False

    def _left_by_a_kill(self) -> bool:
        """Remove a lock file whose owner is gone although QLockFile can't tell.

        - No owner recorded: QLockFile creates the file, takes a native lock on it
          (flock), then writes its owner; a process killed before the write leaves an
          empty file that, with age-based staleness off, would read as "in use" for
          ever. The native lock tells a dead creator (lock free) from a live one.
        - An owner recorded whose PID now belongs to another process
          (``_recorded_owner_gone``).
        """
        pid, _host, _app = self._lock.getLockInfo()
        gone = _recorded_owner_gone(self._path, int(pid)) if pid else _creator_gone(self._path)
        return gone and bool(self._lock.removeStaleLockFile())

    def _make_private(self) -> None:
        """Owner-only (0600) lock file.

        QLockFile creates it with the default mode (0644 under the usual umask) and
        refuses a file made beforehand, so its mode is set right after it is taken; the
        data folder is already 0700, so no one else could open it in between.
        """
        with contextlib.suppress(OSError):  # Windows, or a drive without permissions
            os.chmod(self._path, 0o600)

    def release(self) -> None:
        if self._lock.isLocked():
            self._lock.unlock()

    def is_held(self) -> bool:
        return bool(self._lock.isLocked())


def instance_lock_factory(path: Path) -> QtInstanceLock:
    """The factory handed to ``app.cli.run``."""
    return QtInstanceLock(path)
