"""The journal's schema steps (2 and 3); ``app/vault/migrations.py`` lists them in order.

Released steps never change. Until check-ins became a module of their own, step 2 also
created the ``checkins`` table; that table now belongs to ``app/checkins/schema.py``,
whose step makes it in vaults begun since (see the note there).
"""

from __future__ import annotations

from app.platform.schema import Connection, SchemaStep, run_statements
from app.vault import search_index

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
)


# ----- 3: search finds tags too --------------------------------------------------------
# Each entry's tags, as one line of words, live in entry_tag_text (kept by the
# repository, one row per tagged entry). The index reads title, body and those words
# through the entries_search view; triggers on both tables keep it in step. A column
# on entries would have been simpler, but filling it rewrites every row with its
# body, which takes minutes for a large journal. FTS5 cannot add a column, so the
# index is made again, over live entries only, as before.
_SEARCH_TAGS = (
    "DROP TRIGGER entries_fts_insert",
    "DROP TRIGGER entries_fts_delete",
    "DROP TRIGGER entries_fts_update",
    "DROP TABLE entries_fts",
    """
    CREATE TABLE entry_tag_text (
        entry_id INTEGER PRIMARY KEY NOT NULL,
        tag_text TEXT NOT NULL
    ) STRICT
    """,
    """
    INSERT INTO entry_tag_text (entry_id, tag_text)
    SELECT entry_id, group_concat(tag, ' ') FROM (
        SELECT entry_id, tag FROM entry_tags ORDER BY entry_id, position
    ) GROUP BY entry_id
    """,
    """
    CREATE VIEW entries_search (id, title, body, tag_text) AS
    SELECT e.id, e.title, e.body, t.tag_text
    FROM entries e LEFT JOIN entry_tag_text t ON t.entry_id = e.id
    """,
    """
    CREATE VIRTUAL TABLE entries_fts USING fts5(
        title, body, tag_text,
        content = 'entries_search', content_rowid = 'id',
        tokenize = 'unicode61 remove_diacritics 2'
    )
    """,
    # The index rows must be deleted with exactly the words they were added with, so
    # every trigger reads the tag words from entry_tag_text as they are at that moment.
    """
    CREATE TRIGGER entries_fts_insert AFTER INSERT ON entries
    WHEN new.deleted_at IS NULL BEGIN
        INSERT INTO entries_fts (rowid, title, body, tag_text) VALUES (new.id, new.title,
            new.body, (SELECT tag_text FROM entry_tag_text WHERE entry_id = new.id));
    END
    """,
    """
    CREATE TRIGGER entries_fts_delete AFTER DELETE ON entries BEGIN
        INSERT INTO entries_fts (entries_fts, rowid, title, body, tag_text)
        SELECT 'delete', old.id, old.title, old.body,
            (SELECT tag_text FROM entry_tag_text WHERE entry_id = old.id)
        WHERE old.deleted_at IS NULL;
        DELETE FROM entry_tag_text WHERE entry_id = old.id;
    END
    """,
    """
    CREATE TRIGGER entries_fts_update AFTER UPDATE OF title, body, deleted_at ON entries
    BEGIN
        INSERT INTO entries_fts (entries_fts, rowid, title, body, tag_text)
        SELECT 'delete', old.id, old.title, old.body,
            (SELECT tag_text FROM entry_tag_text WHERE entry_id = old.id)
        WHERE old.deleted_at IS NULL;
        INSERT INTO entries_fts (rowid, title, body, tag_text)
        SELECT new.id, new.title, new.body,
            (SELECT tag_text FROM entry_tag_text WHERE entry_id = new.id)
        WHERE new.deleted_at IS NULL;
    END
    """,
    """
    CREATE TRIGGER entry_tag_text_insert AFTER INSERT ON entry_tag_text BEGIN
        INSERT INTO entries_fts (entries_fts, rowid, title, body, tag_text)
        SELECT 'delete', e.id, e.title, e.body, NULL FROM entries e
        WHERE e.id = new.entry_id AND e.deleted_at IS NULL;
        INSERT INTO entries_fts (rowid, title, body, tag_text)
        SELECT e.id, e.title, e.body, new.tag_text FROM entries e
        WHERE e.id = new.entry_id AND e.deleted_at IS NULL;
    END
    """,
    """
    CREATE TRIGGER entry_tag_text_update AFTER UPDATE ON entry_tag_text BEGIN
        INSERT INTO entries_fts (entries_fts, rowid, title, body, tag_text)
        SELECT 'delete', e.id, e.title, e.body, old.tag_text FROM entries e
        WHERE e.id = old.entry_id AND e.deleted_at IS NULL;
        INSERT INTO entries_fts (rowid, title, body, tag_text)
        SELECT e.id, e.title, e.body, new.tag_text FROM entries e
        WHERE e.id = new.entry_id AND e.deleted_at IS NULL;
    END
    """,
    """
    CREATE TRIGGER entry_tag_text_delete AFTER DELETE ON entry_tag_text BEGIN
        INSERT INTO entries_fts (entries_fts, rowid, title, body, tag_text)
        SELECT 'delete', e.id, e.title, e.body, old.tag_text FROM entries e
        WHERE e.id = old.entry_id AND e.deleted_at IS NULL;
        INSERT INTO entries_fts (rowid, title, body, tag_text)
        SELECT e.id, e.title, e.body, NULL FROM entries e
        WHERE e.id = old.entry_id AND e.deleted_at IS NULL;
    END
    """,
)


def _search_tags(connection: Connection) -> None:
    for statement in _SEARCH_TAGS:
        connection.execute(statement)
    # After the triggers exist, so the index and its triggers appear together.
    row = connection.execute("SELECT min(id), max(id) FROM entries").fetchone()
    if row[0] is not None:
        search_index.index_live_entries(connection, int(row[0]), int(row[1]))


STEPS: tuple[SchemaStep, ...] = (
    SchemaStep(2, "journal: entries, tags, full-text index", run_statements(_JOURNAL_SCHEMA)),
    SchemaStep(3, "journal: search finds tags", _search_tags),
)
