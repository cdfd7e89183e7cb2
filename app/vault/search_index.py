"""Filling the journal's full-text index in bulk (a migration, the demo generator).

Per-row index triggers and FTS5's small write buffer make a bulk load many times
slower under cipher_memory_security, which locks and wipes every allocation. So a
bulk load indexes a range of entries in a few statements into a large buffer, then
merges the index into one piece, and puts the buffer size back.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import Any, Final

BULK_BUFFER_BYTES: Final = 64 * 1024 * 1024
DEFAULT_BUFFER_BYTES: Final = 1024 * 1024  # FTS5's own default
_PIECES: Final = 8


def set_buffer(connection: Any, size: int) -> int:
    """Set FTS5's in-memory write buffer ('hashsize'); returns the previous size."""
    row = connection.execute("SELECT v FROM entries_fts_config WHERE k = 'hashsize'").fetchone()
    connection.execute(
        "INSERT INTO entries_fts (entries_fts, rank) VALUES ('hashsize', ?)", (size,)
    )
    return int(row[0]) if row is not None else DEFAULT_BUFFER_BYTES


def index_live_entries(connection: Any, first_id: int, last_id: int) -> None:
    """Add the live entries with ids first_id..last_id to the index, then merge it.

    FTS5 writes its buffer out at the end of every statement and merges the pieces
    upward level by level. A few statements (not one, not one per batch) leave pieces
    on several levels, so 'optimize' puts the merged index on the top level. Had it
    stayed on level 0, the small pieces every autosave adds would soon force an
    emergency merge with it there, and that one save would take seconds.
    """
    previous = set_buffer(connection, BULK_BUFFER_BYTES)
    step = max(1, -(-(last_id - first_id + 1) // _PIECES))
    for start in range(first_id, last_id + 1, step):
        connection.execute(
            "INSERT INTO entries_fts (rowid, title, body, tag_text)"
            " SELECT s.id, s.title, s.body, s.tag_text FROM entries_search s"
            " JOIN entries e ON e.id = s.id"
            " WHERE s.id BETWEEN ? AND ? AND e.deleted_at IS NULL",
            (start, start + step - 1),
        )
    connection.execute("INSERT INTO entries_fts (entries_fts) VALUES ('optimize')")
    set_buffer(connection, previous)


@contextlib.contextmanager
def indexed_in_bulk(connection: Any) -> Iterator[None]:
    """Inside the caller's transaction: the journal's index triggers are set aside, and
    the entries added meanwhile (ids after the current largest) are indexed in a few
    statements when the block ends, then the triggers are put back. When the block
    fails, the caller's rollback brings the triggers back with everything else.

    For loads of many entries (the demo generator, an import): a trigger per row is
    many times slower under cipher_memory_security.
    """
    triggers = connection.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger'"
        " AND tbl_name IN ('entries', 'entry_tag_text')"
    ).fetchall()
    first_id = int(connection.execute("SELECT max(id) FROM entries").fetchone()[0] or 0) + 1
    for name, _sql in triggers:
        connection.execute(f'DROP TRIGGER "{name}"')
    yield
    last_id = int(connection.execute("SELECT max(id) FROM entries").fetchone()[0] or 0)
    if last_id >= first_id:
        index_live_entries(connection, first_id, last_id)
    for _name, sql in triggers:
        connection.execute(sql)
