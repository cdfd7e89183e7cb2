"""Writing an exported file where the person chose, and only there.

The whole document is made in memory first, then written straight to the chosen path:
no temporary file beside it or in the system's temp folder (a temp file is a copy of
private words the person never chose to make). If writing fails half way (a full disk,
a removed drive) the partial file is removed, so a failure leaves nothing behind.
"""

from __future__ import annotations

import contextlib
import errno
import os
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import BinaryIO

from app.platform.sentence import sentence


class OutputError(Exception):
    """The file could not be written; the message is one sentence for the person."""


# Default names say nothing about what is inside: no "therapy", no name, no "Mooring"
# (a file list on a shared computer is read by others too).
DEFAULT_STEM = "notes"


def default_file_name(today: date, extension: str) -> str:
    return f"{DEFAULT_STEM}-{today.isoformat()}.{extension.lstrip('.')}"


def check_target(path: Path, overwrite: bool) -> None:
    """Refuse, with one sentence, a place that cannot take the file (before any work)."""
    folder = path.parent
    if not folder.exists():
        raise OutputError(sentence("The folder {folder} does not exist.", folder=folder))
    if not folder.is_dir():
        raise OutputError(sentence("{folder} is not a folder.", folder=folder))
    if path.is_dir():
        raise OutputError(sentence("{path} is a folder; give a file name.", path=path))
    if path.exists() and not overwrite:
        raise OutputError(
            sentence("{path} already exists; choose another name or allow replacing it.", path=path)
        )
    if not os.access(folder, os.W_OK | os.X_OK):
        raise OutputError(sentence("The folder {folder} cannot be written to.", folder=folder))


def _sentence(error: OSError, path: Path) -> str:
    if error.errno == errno.ENOSPC:
        return f"The disk is full; {path.name} was not written."
    if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return f"{path.parent} cannot be written to; {path.name} was not written."
    if error.errno == errno.EEXIST:
        return f"{path} already exists; choose another name or allow replacing it."
    return f"{path.name} could not be written ({error.strerror or 'unknown error'})."


def write_file(path: Path, data: bytes, overwrite: bool = False) -> None:
    """Write ``data`` as ``path``, flushed to the disk. Without ``overwrite`` an existing
    file is never touched (the check and the create are one step: ``O_EXCL``)."""
    check_target(path, overwrite)
    flags = os.O_WRONLY | os.O_CREAT | (os.O_TRUNC if overwrite else os.O_EXCL)
    flags |= getattr(os, "O_BINARY", 0)
    try:
        descriptor = os.open(path, flags, 0o600)
    except OSError as error:
        raise OutputError(_sentence(error, path)) from None
    try:
        view = memoryview(data)
        while view:
            written = os.write(descriptor, view)
            view = view[written:]
        os.fsync(descriptor)
    except OSError as error:
        os.close(descriptor)
        # A file cut short is worse than none: a reader would take it as whole. An
        # existing file being replaced is already lost by now (O_TRUNC), so it goes too.
        _remove_quietly(path)
        raise OutputError(_sentence(error, path)) from None
    except BaseException:  # cancelled (KeyboardInterrupt) while writing: same rule
        os.close(descriptor)
        _remove_quietly(path)
        raise
    os.close(descriptor)


def _remove_quietly(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink()


@contextlib.contextmanager
def open_new_file(path: Path, overwrite: bool = False, *, sync: bool = True) -> Iterator[BinaryIO]:
    """A file to stream an export into, under ``write_file``'s rules: checked first,
    created in one step with ``O_EXCL`` (unless ``overwrite``), readable by the owner
    only, flushed to the disk at the end (``sync=False``: the caller flushes many
    files at once, with ``sync_files``). If the block fails or is cancelled (any
    exception) the partial file is removed; a failed write becomes an OutputError."""
    check_target(path, overwrite)
    flags = os.O_WRONLY | os.O_CREAT | (os.O_TRUNC if overwrite else os.O_EXCL)
    flags |= getattr(os, "O_BINARY", 0)
    try:
        descriptor = os.open(path, flags, 0o600)
    except OSError as error:
        raise OutputError(_sentence(error, path)) from None
    stream = os.fdopen(descriptor, "wb", buffering=_STREAM_BUFFER)
    try:
        yield stream
        stream.flush()
        if sync:
            os.fsync(stream.fileno())
    except OSError as error:
        _close_quietly(stream)
        _remove_quietly(path)
        raise OutputError(_sentence(error, path)) from None
    except BaseException:  # cancelled, or the export itself failed: same rule
        _close_quietly(stream)
        _remove_quietly(path)
        raise
    stream.close()


_STREAM_BUFFER = 1 << 20


def _close_quietly(stream: BinaryIO) -> None:
    with contextlib.suppress(OSError):
        stream.close()


def sync_files(paths: list[Path]) -> None:
    """Flush files written with ``sync=False`` to the disk: one ``sync`` where the
    system has it (far faster than one ``fsync`` per file for thousands), else each."""
    if hasattr(os, "sync"):
        os.sync()
        return
    for path in paths:
        descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)
