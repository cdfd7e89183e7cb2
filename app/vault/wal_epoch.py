"""Write-ahead log generations, so a stale log of this same vault can be recognised.

A log copied from this vault earlier (a sync tool or a hand-restored folder putting
files out of step) carries pages that authenticate perfectly, yet replaying them over
a database that has moved on would roll pages back and break the journal. So every
log Mooring writes begins with a small "epoch" transaction in ``meta``: a fresh random
token, and the token that was current in the database file when the log began.

Mooring checkpoints itself (SQLite's automatic checkpoint is off on its connection),
so it knows when a log starts over: right after a checkpoint that emptied the log, the
next transaction is the epoch. A log found beside the database at the next open is
then this database's own continuation only if its epoch is the one in the file, or was
started on top of it (see ``belongs_to``). docs/RELIABILITY.md explains the cases.
"""

from __future__ import annotations

import secrets
from pathlib import Path
from typing import Any

_TOKEN = "wal_epoch"
_PREVIOUS = "wal_epoch_prev"
# Checkpoint when the log passes this size (SQLite's own default is about 4 MB too).
CHECKPOINT_BYTES = 4 * 1024 * 1024
_BUSY_TIMEOUT_MS = 5000


def read(connection: Any) -> tuple[str, str]:
    """The epoch token and its predecessor as this connection sees them ('' if none)."""
    rows = dict(
        connection.execute(
            "SELECT key, value FROM meta WHERE key IN (?, ?)", (_TOKEN, _PREVIOUS)
        ).fetchall()
    )
    return str(rows.get(_TOKEN, "")), str(rows.get(_PREVIOUS, ""))


def belongs_to(in_file: str, with_log: tuple[str, str]) -> bool:
    """True when a log whose view shows ``with_log`` continues the file's ``in_file``.

    Either the log's epoch is the file's (its epoch transaction already reached the
    file, or it has none) or the log was begun on top of the file's epoch.
    """
    token, previous = with_log
    return in_file in (token, previous)


def start_new_log(connection: Any, wal: Path) -> bool:
    """Checkpoint everything into the database file; if that emptied the log, write a
    new epoch as the log's first transaction. False when a reader kept the log (it is
    then still the current generation, which already begins with its epoch)."""
    connection.execute("PRAGMA busy_timeout = 0")
    try:
        busy = connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
    finally:
        connection.execute(f"PRAGMA busy_timeout = {_BUSY_TIMEOUT_MS}")
    if busy or _size(wal) != 0:
        return False
    current, _ = read(connection)
    connection.execute("BEGIN IMMEDIATE")
    try:
        connection.execute(
            "INSERT INTO meta (key, value) VALUES (?, ?), (?, ?)"
            " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (_TOKEN, secrets.token_hex(16), _PREVIOUS, current),
        )
        connection.execute("COMMIT")
    except BaseException:
        if connection.in_transaction:
            connection.execute("ROLLBACK")
        raise
    return True


def checkpoint_if_large(connection: Any, wal: Path, limit: int = CHECKPOINT_BYTES) -> bool:
    """Start a new log when the current one has grown past ``limit`` bytes."""
    if connection.in_transaction or _size(wal) < limit:
        return False
    return start_new_log(connection, wal)


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except FileNotFoundError:
        return 0
