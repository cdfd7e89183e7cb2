"""Crash-safe file replacement: temp file in the same folder, fsync, replace, fsync folder."""

from __future__ import annotations

import contextlib
import os
import sys
import tempfile
import time
from pathlib import Path

_WINDOWS_RETRIES = 10
_WINDOWS_RETRY_DELAY_S = 0.05


def fsync_directory(folder: Path) -> None:
    """Make a rename durable. Windows has no directory fsync; NTFS journals renames."""
    if sys.platform == "win32":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def replace_with_retry(source: Path, target: Path) -> None:
    """``os.replace``, retried briefly when Windows reports a sharing violation
    (an antivirus or indexer holding the target open)."""
    for attempt in range(_WINDOWS_RETRIES):
        try:
            os.replace(source, target)
            return
        except PermissionError:
            if sys.platform != "win32" or attempt == _WINDOWS_RETRIES - 1:
                raise
            time.sleep(_WINDOWS_RETRY_DELAY_S * (attempt + 1))


def write_atomically(target: Path, data: bytes) -> None:
    """Replace ``target`` with ``data`` so a crash leaves either the old or the new file."""
    folder = target.parent
    fd, temp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    temp = Path(temp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        replace_with_retry(temp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise
    fsync_directory(folder)
