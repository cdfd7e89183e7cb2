"""A write-ahead log found beside the database is proven to be this vault's own
before SQLite may open the vault for writing.

SQLite replays and checkpoints any ``mooring.db-wal`` it finds, even one from another
vault or from an older copy of this one, and a checkpoint copies its pages into the
database file for good. So before the database is opened for writing, a log that is
there is checked here, by reading bytes only:

1. its header must be a SQLite write-ahead log header for our page size;
2. every frame SQLite could apply must authenticate under this vault's key and this
   database file's salt (``sqlcipher_pages``);
3. seen through a connection that cannot write, it must continue the database file's
   log generation rather than an older one (``wal_epoch``).

A log that fails is moved, untouched, into ``set-aside/`` (with its ``-shm``), and the
database opens as it is in its own file. docs/RELIABILITY.md lists the cases tested.
"""

from __future__ import annotations

import contextlib
import enum
import os
import struct
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import BinaryIO

from app.vault import engine, wal_epoch
from app.vault.atomic import fsync_directory
from app.vault.errors import VaultDamaged
from app.vault.layout import VaultPaths
from app.vault.sqlcipher_pages import PAGE_SIZE, SALT_BYTES, PageAuthenticator

WAL_SUFFIX = "-wal"
SHM_SUFFIX = "-shm"
_HEADER_BYTES = 32
_FRAME_HEADER_BYTES = 24
_FRAME_BYTES = _FRAME_HEADER_BYTES + PAGE_SIZE
_MAGIC_LITTLE_ENDIAN = 0x377F0682
_MAGIC_BIG_ENDIAN = 0x377F0683
_FORMAT_VERSION = 3007000
_WORD_MASK = 0xFFFFFFFF

STRAY_LOG_NOTICE = (
    "Mooring found a file beside your journal that was damaged or didn't belong to it, "
    "and moved it to the set-aside folder untouched; your journal opened as it was saved."
)


class Verdict(enum.Enum):
    NONE = "none"  # no log, or an empty one
    OURS = "ours"  # proven: SQLite may replay it
    STRAY = "stray"  # not proven: must never reach the database file


@dataclass(frozen=True)
class LogCheck:
    verdict: Verdict
    # Why a log is stray, for tests and for ``check``; never anything from the journal.
    reason: str = ""


@dataclass(frozen=True)
class _Header:
    big_endian: bool
    salt: tuple[int, int]
    checksum: tuple[int, int]


def log_path(paths: VaultPaths) -> Path:
    return Path(str(paths.database) + WAL_SUFFIX)


def shm_path(paths: VaultPaths) -> Path:
    return Path(str(paths.database) + SHM_SUFFIX)


def inspect(paths: VaultPaths, data_key: bytes) -> LogCheck:
    """Decide whether the log beside the database is this vault's own.

    Reads only; creates and changes nothing. Raises VaultDamaged when the database
    file itself cannot be read either (then nothing should be moved: restoring a
    backup sets both aside together).
    """
    wal = log_path(paths)
    if wal.exists() and not wal.is_file():
        return LogCheck(Verdict.STRAY, "not a file")
    try:
        handle = wal.open("rb")
    except FileNotFoundError:
        return LogCheck(Verdict.NONE)
    except OSError as error:
        raise VaultDamaged(
            "Mooring can't read a file beside your journal (mooring.db-wal)."
        ) from error
    with handle:
        if os.fstat(handle.fileno()).st_size == 0:
            return LogCheck(Verdict.NONE)
        header = _parse_header(handle.read(_HEADER_BYTES))
        if header is None:
            return LogCheck(Verdict.STRAY, "not a write-ahead log for this database")
        salt = _database_salt(paths.database)
        if salt is None:
            return LogCheck(Verdict.STRAY, "the database file is too short to check it against")
        problem = _log_problem(handle, header, PageAuthenticator.for_database(data_key, salt))
        if problem:
            return LogCheck(Verdict.STRAY, problem)
    return _same_generation(paths, data_key)


def set_aside(paths: VaultPaths) -> Path:
    """Move the log and its index into set-aside/, untouched; returns the log's new path."""
    paths.damaged_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    target = paths.damaged_dir / f"mooring-stray-{stamp}.db{WAL_SUFFIX}"
    os.replace(log_path(paths), target)
    with contextlib.suppress(FileNotFoundError):
        os.replace(shm_path(paths), paths.damaged_dir / f"mooring-stray-{stamp}.db{SHM_SUFFIX}")
    fsync_directory(paths.damaged_dir)
    fsync_directory(paths.root)
    return target


def index_unusable(paths: VaultPaths) -> bool:
    """True when something other than a file sits where SQLite keeps the log's index.

    The index (-shm) holds nothing of its own: SQLite rebuilds it from the log. A
    folder in its place, though, would make every write fail.
    """
    index = shm_path(paths)
    return index.exists() and not index.is_file()


def set_aside_index(paths: VaultPaths) -> Path:
    """Move whatever sits in the index's place into set-aside/, untouched."""
    paths.damaged_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    target = paths.damaged_dir / f"mooring-stray-{stamp}.db{SHM_SUFFIX}"
    os.replace(shm_path(paths), target)
    fsync_directory(paths.damaged_dir)
    fsync_directory(paths.root)
    return target


# ----- reading the log ---------------------------------------------------------------


def _checksum(data: bytes | memoryview, big_endian: bool, s1: int, s2: int) -> tuple[int, int]:
    """SQLite's write-ahead log checksum, continued from (s1, s2)."""
    words = struct.unpack(f"{'>' if big_endian else '<'}{len(data) // 4}I", data)
    for first, second in zip(words[::2], words[1::2], strict=True):
        s1 = (s1 + first + s2) & _WORD_MASK
        s2 = (s2 + second + s1) & _WORD_MASK
    return s1, s2


def _parse_header(data: bytes) -> _Header | None:
    if len(data) < _HEADER_BYTES:
        return None
    magic, version, page_size, _sequence, salt1, salt2, sum1, sum2 = struct.unpack(">8I", data)
    if magic not in (_MAGIC_LITTLE_ENDIAN, _MAGIC_BIG_ENDIAN) or version != _FORMAT_VERSION:
        return None
    big_endian = magic == _MAGIC_BIG_ENDIAN
    if page_size != PAGE_SIZE or _checksum(data[:24], big_endian, 0, 0) != (sum1, sum2):
        return None
    return _Header(big_endian, (salt1, salt2), (sum1, sum2))


def _database_salt(database: Path) -> bytes | None:
    try:
        with database.open("rb") as handle:
            salt = handle.read(SALT_BYTES)
    except OSError:
        return None
    return salt if len(salt) == SALT_BYTES else None


def _frames(handle: BinaryIO, header: _Header) -> Iterator[tuple[int, bytes]]:
    """(frame index, frame bytes) of every whole frame carrying this log's salt.

    Frames with another salt are left over from an earlier use of the file; SQLite
    ignores them, and so does this check.
    """
    handle.seek(_HEADER_BYTES)
    index = 0
    while True:
        frame = handle.read(_FRAME_BYTES)
        if len(frame) < _FRAME_BYTES:
            return
        if struct.unpack(">2I", frame[8:16]) == header.salt:
            yield index, frame
        index += 1


def _log_problem(handle: BinaryIO, header: _Header, authenticator: PageAuthenticator) -> str:
    """Why SQLite must not replay this log, or '' when it may.

    SQLite applies frames from the first up to the last commit frame of an unbroken
    checksum chain. Every one of those must authenticate. Past the break, a crash can
    leave a torn transaction, which SQLite rightly ignores, so that is no reason to set
    the log aside (it would cost a good log its acknowledged entries); but a whole,
    authentic commit *after* the break means the log was damaged in the middle, and
    replaying it would silently drop what follows, so it is kept aside instead.
    """
    applied = _applied_frame_count(handle, header)
    for index, frame in _frames(handle, header):
        authentic = authenticator.is_authentic(
            memoryview(frame)[_FRAME_HEADER_BYTES:], struct.unpack(">I", frame[:4])[0]
        )
        if index < applied and not authentic:
            return "written under another key or for another database"
        if index >= applied and authentic and struct.unpack(">I", frame[4:8])[0] != 0:
            return "damaged: it holds committed changes SQLite would skip"
    return ""


def _applied_frame_count(handle: BinaryIO, header: _Header) -> int:
    """How many frames, from the first, SQLite would apply: up to the last commit frame
    of the unbroken checksum chain."""
    s1, s2 = header.checksum
    applied = 0
    for expected_index, (index, frame) in enumerate(_frames(handle, header)):
        if index != expected_index:
            break  # a frame of another salt inside the chain ends it
        s1, s2 = _checksum(frame[:8], header.big_endian, s1, s2)
        s1, s2 = _checksum(frame[_FRAME_HEADER_BYTES:], header.big_endian, s1, s2)
        if struct.unpack(">2I", frame[16:24]) != (s1, s2):
            break
        if struct.unpack(">I", frame[4:8])[0] != 0:  # a commit frame
            applied = index + 1
    return applied


# ----- the log's generation ------------------------------------------------------------


def _same_generation(paths: VaultPaths, data_key: bytes) -> LogCheck:
    """Compare the epoch seen with the log against the one in the file alone."""
    with_log = _epoch_through(engine.open_with_log_read_only, paths, data_key)
    in_file = _epoch_through(engine.open_file_only, paths, data_key)
    if with_log is None:
        if in_file is None:
            raise VaultDamaged(
                "The journal database is damaged, was changed outside Mooring, "
                "or is not a Mooring vault."
            )
        return LogCheck(Verdict.STRAY, "the database can't be read with it")
    if in_file is None:
        # The file alone is unreadable but every frame authenticated and the log makes
        # it whole: a checkpoint interrupted mid-page, which replaying the log repairs.
        return LogCheck(Verdict.OURS)
    if not wal_epoch.belongs_to(in_file[0], with_log):
        return LogCheck(Verdict.STRAY, "an older log of this vault")
    return LogCheck(Verdict.OURS)


def _epoch_through(
    opener: Callable[[Path, bytes], engine.Connection], paths: VaultPaths, data_key: bytes
) -> tuple[str, str] | None:
    """The epoch read through one way of opening, or None when that can't read it."""
    try:
        connection = opener(paths.database, data_key)
    except VaultDamaged:
        return None
    try:
        return wal_epoch.read(connection)
    except engine.database_errors():
        return None
    finally:
        connection.close()


def open_read_only(paths: VaultPaths, data_key: bytes, verdict: Verdict) -> engine.Connection:
    """A connection that reads the vault as it stands and can change no file: through a
    log proven to be ours (``Verdict.OURS``), else the database file alone."""
    if verdict is Verdict.OURS:
        return engine.open_with_log_read_only(paths.database, data_key)
    return engine.open_file_only(paths.database, data_key)
