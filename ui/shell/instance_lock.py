"""The per-data-folder instance lock, shared by the window and the command line.

Only QtCore is imported here so command-line runs stay light.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLockFile


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
        if self._lock.tryLock(0):
            return True
        if self._lock.error() == QLockFile.LockError.PermissionError:
            raise PermissionError(f"cannot create the lock file in {self._path.parent}")
        return False

    def release(self) -> None:
        if self._lock.isLocked():
            self._lock.unlock()

    def is_held(self) -> bool:
        return bool(self._lock.isLocked())


def instance_lock_factory(path: Path) -> QtInstanceLock:
    """The factory handed to ``app.cli.run``."""
    return QtInstanceLock(path)
