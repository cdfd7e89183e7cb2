"""Numbered schema migrations on ``PRAGMA user_version``.

Each feature module appends its migrations here in order. A migration runs inside a
transaction, after an automatic encrypted backup (when the vault already has data).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

APP_MARKER = "mooring"


@dataclass(frozen=True)
class Migration:
    version: int
    description: str
    apply: Callable[[Any], None]


def _create_meta(connection: Any) -> None:
    connection.execute(
        "CREATE TABLE meta (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL) STRICT"
    )
    connection.execute(
        "INSERT INTO meta (key, value) VALUES ('app', ?), ('created_utc', ?)",
        (APP_MARKER, datetime.now(UTC).isoformat(timespec="seconds")),
    )


# ----- 2: the journal ---------------------------------------------------------------
# Times are stored twice: as ISO-8601 with the offset they were written with (what the
# person saw) and as a fixed-width UTC key (what lists sort and page on). created_day is
# the local date of created, for calendar and date filters. The body is the last column
# so reading the others never walks a long body's overflow pages.
_JOURNAL_SCHEMA = (
    """
    CREATE TABLE entries (
        id INTEGER PRIMARY KEY,
        created TEXT NOT NULL,
        created_utc TEXT NOT NULL,
        created_day TEXT NOT NULL,
        edited TEXT NOT NULL,
        bring_to_therapy INTEGER NOT NULL DEFAULT 0 CHECK (bring_to_therapy IN (0, 1)),
        prompt_id TEXT,
        deleted_at TEXT,
        deleted_utc TEXT,
        title TEXT NOT NULL DEFAULT '',
        preview TEXT NOT NULL DEFAULT '',
        body TEXT NOT NULL DEFAULT '',
        CHECK ((deleted_at IS NULL) = (deleted_utc IS NULL))
    ) STRICT
    """,
    # Newest-first lists page on (created_utc, id) among live entries; with the flag and
    # the local day in it, counting and filtering never touch the (large) table rows.
    """
    CREATE INDEX entries_live ON entries (created_utc, id, bring_to_therapy, created_day)
    WHERE deleted_at IS NULL
    """,
    "CREATE INDEX entries_trash ON entries (deleted_utc, id) WHERE deleted_at IS NOT NULL",
    """
    CREATE TABLE entry_tags (
        entry_id INTEGER NOT NULL REFERENCES entries (id) ON DELETE CASCADE,
        tag_key TEXT NOT NULL,
        tag TEXT NOT NULL,
        position INTEGER NOT NULL,
        PRIMARY KEY (entry_id, tag_key)
    ) STRICT, WITHOUT ROWID
    """,
    # With the primary key (entry_id) included, this covers filtering and counting by tag.
    "CREATE INDEX entry_tags_by_tag ON entry_tags (tag_key, tag)",
    # External-content FTS5 index over live entries only: trashed entries leave the
    # index (and come back on restore), so search never shows the trash.
    """
    CREATE VIRTUAL TABLE entries_fts USING fts5(
        title, body,
        content = 'entries', content_rowid = 'id',
        tokenize = 'unicode61 remove_diacritics 2'
    )
    """,
    """
    CREATE TRIGGER entries_fts_insert AFTER INSERT ON entries
    WHEN new.deleted_at IS NULL BEGIN
        INSERT INTO entries_fts (rowid, title, body) VALUES (new.id, new.title, new.body);
    END
    """,
    """
    CREATE TRIGGER entries_fts_delete AFTER DELETE ON entries
    WHEN old.deleted_at IS NULL BEGIN
        INSERT INTO entries_fts (entries_fts, rowid, title, body)
        VALUES ('delete', old.id, old.title, old.body);
    END
    """,
    """
    CREATE TRIGGER entries_fts_update AFTER UPDATE OF title, body, deleted_at ON entries BEGIN
        INSERT INTO entries_fts (entries_fts, rowid, title, body)
        SELECT 'delete', old.id, old.title, old.body WHERE old.deleted_at IS NULL;
        INSERT INTO entries_fts (rowid, title, body)
        SELECT new.id, new.title, new.body WHERE new.deleted_at IS NULL;
    END
    """,
    """
    CREATE TABLE checkins (
        day TEXT PRIMARY KEY NOT NULL,
        mood INTEGER NOT NULL CHECK (mood BETWEEN 0 AND 10),
        stress INTEGER NOT NULL CHECK (stress BETWEEN 0 AND 10),
        craving INTEGER NOT NULL CHECK (craving BETWEEN 0 AND 10),
        hungry INTEGER NOT NULL CHECK (hungry IN (0, 1)),
        angry INTEGER NOT NULL CHECK (angry IN (0, 1)),
        lonely INTEGER NOT NULL CHECK (lonely IN (0, 1)),
        tired INTEGER NOT NULL CHECK (tired IN (0, 1)),
        sleep_hours REAL CHECK (sleep_hours IS NULL OR sleep_hours BETWEEN 0 AND 24),
        note TEXT NOT NULL DEFAULT '',
        saved TEXT NOT NULL
    ) STRICT, WITHOUT ROWID
    """,
)


def _create_journal(connection: Any) -> None:
    for statement in _JOURNAL_SCHEMA:
        connection.execute(statement)


# ----- 3: search finds tags too --------------------------------------------------------
# The entry's tags, space-separated, live in entries.tag_text (kept by the repository)
# so the external-content index can read them like the title and body. FTS5 cannot
# add a column, so the index is made again, over live entries only, as before.
_SEARCH_TAGS = (
    "DROP TRIGGER entries_fts_insert",
    "DROP TRIGGER entries_fts_delete",
    "DROP TRIGGER entries_fts_update",
    "DROP TABLE entries_fts",
    "ALTER TABLE entries ADD COLUMN tag_text TEXT NOT NULL DEFAULT ''",
    """
    UPDATE entries SET tag_text = coalesce((
        SELECT group_concat(tag, ' ') FROM (
            SELECT tag FROM entry_tags t WHERE t.entry_id = entries.id ORDER BY position
        )
    ), '')
    WHERE id IN (SELECT entry_id FROM entry_tags)
    """,
    """
    CREATE VIRTUAL TABLE entries_fts USING fts5(
        title, body, tag_text,
        content = 'entries', content_rowid = 'id',
        tokenize = 'unicode61 remove_diacritics 2'
    )
    """,
    """
    INSERT INTO entries_fts (rowid, title, body, tag_text)
    SELECT id, title, body, tag_text FROM entries WHERE deleted_at IS NULL
    """,
    "INSERT INTO entries_fts (entries_fts) VALUES ('optimize')",
    """
    CREATE TRIGGER entries_fts_insert AFTER INSERT ON entries
    WHEN new.deleted_at IS NULL BEGIN
        INSERT INTO entries_fts (rowid, title, body, tag_text)
        VALUES (new.id, new.title, new.body, new.tag_text);
    END
    """,
    """
    CREATE TRIGGER entries_fts_delete AFTER DELETE ON entries
    WHEN old.deleted_at IS NULL BEGIN
        INSERT INTO entries_fts (entries_fts, rowid, title, body, tag_text)
        VALUES ('delete', old.id, old.title, old.body, old.tag_text);
    END
    """,
    """
    CREATE TRIGGER entries_fts_update
    AFTER UPDATE OF title, body, tag_text, deleted_at ON entries BEGIN
        INSERT INTO entries_fts (entries_fts, rowid, title, body, tag_text)
        SELECT 'delete', old.id, old.title, old.body, old.tag_text
        WHERE old.deleted_at IS NULL;
        INSERT INTO entries_fts (rowid, title, body, tag_text)
        SELECT new.id, new.title, new.body, new.tag_text WHERE new.deleted_at IS NULL;
    END
    """,
)


def _search_tags(connection: Any) -> None:
    for statement in _SEARCH_TAGS:
        connection.execute(statement)


MIGRATIONS: Sequence[Migration] = (
    Migration(1, "vault metadata", _create_meta),
    Migration(2, "journal: entries, tags, full-text index, check-ins", _create_journal),
    Migration(3, "journal: search finds tags", _search_tags),
)

LATEST_VERSION = MIGRATIONS[-1].version


def current_version(connection: Any) -> int:
    row = connection.execute("PRAGMA user_version").fetchone()
    return int(row[0])


def pending(connection: Any) -> list[Migration]:
    version = current_version(connection)
    return [m for m in MIGRATIONS if m.version > version]


def apply_one(connection: Any, migration: Migration) -> None:
    """Run one migration and bump user_version in the same transaction."""
    connection.execute("BEGIN IMMEDIATE")
    try:
        migration.apply(connection)
        connection.execute(f"PRAGMA user_version = {int(migration.version)}")
        connection.execute("COMMIT")
    except BaseException:
        connection.execute("ROLLBACK")
        raise
