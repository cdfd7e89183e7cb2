"""The sessions module's tables (schema step 5); ``app/vault/migrations.py`` lists it.

Released steps never change. Times are stored as in the journal: ISO-8601 with the
offset of that local moment (what the person saw), a fixed-width UTC key (what lists
sort and page on) and the local date (calendars, weeks, ranges). Long text columns
come last, so reading the others never walks their overflow pages.

- ``sessions``: one row per session; ``deleted_at``/``deleted_utc`` while in the
  trash; ``schedule_id``/``schedule_day`` when a schedule made it (``schedule_day`` is
  the pattern day it stands for, unique per schedule, so a day is never made twice);
  ``changed`` once changed by hand.
- ``session_providers``, ``session_schedules``, ``session_homework``,
  ``session_topics`` (the "bring up next time" queue), ``session_entries`` (links to
  journal entries; removed with either side), ``session_settings`` (key/value: the
  weekly target, the calendar token that makes .ics UIDs unique to this vault).
"""

from __future__ import annotations

from app.platform.schema import SchemaStep, run_statements

_DAYS = "BETWEEN '1970-01-01' AND '2099-12-31'"
_FORMATS = "('video', 'phone', 'in_person')"
_STATUSES = "('planned', 'attended', 'missed', 'cancelled')"
_RESPONSES = "('not_asked', 'invited', 'came', 'maybe', 'declined')"
_REASONS = "('no_need', 'vulnerable', 'hurt', 'privacy', 'ourselves', 'other')"

_SESSIONS = (
    """
    CREATE TABLE session_providers (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        role TEXT NOT NULL DEFAULT '' CHECK (length(role) <= 200),
        created TEXT NOT NULL,
        edited TEXT NOT NULL,
        notes TEXT NOT NULL DEFAULT '' CHECK (length(notes) <= 100000)
    ) STRICT
    """,
    f"""
    CREATE TABLE session_schedules (
        id INTEGER PRIMARY KEY,
        weekdays INTEGER NOT NULL CHECK (weekdays BETWEEN 1 AND 127),
        start_time TEXT NOT NULL CHECK (start_time GLOB '[0-2][0-9]:[0-5][0-9]'),
        minutes INTEGER NOT NULL CHECK (minutes BETWEEN 1 AND 1440),
        kind_id TEXT NOT NULL CHECK (length(kind_id) BETWEEN 1 AND 64),
        format TEXT NOT NULL CHECK (format IN {_FORMATS}),
        provider_id INTEGER REFERENCES session_providers (id) ON DELETE SET NULL,
        provider_text TEXT NOT NULL DEFAULT '' CHECK (length(provider_text) <= 200),
        first_day TEXT NOT NULL CHECK (first_day {_DAYS}),
        last_day TEXT CHECK (last_day BETWEEN '1969-12-31' AND '2099-12-31'),
        planned_through TEXT NOT NULL,
        follows_id INTEGER REFERENCES session_schedules (id) ON DELETE SET NULL,
        created TEXT NOT NULL
    ) STRICT
    """,
    f"""
    CREATE TABLE sessions (
        id INTEGER PRIMARY KEY,
        start TEXT NOT NULL,
        start_utc TEXT NOT NULL,
        start_day TEXT NOT NULL CHECK (start_day {_DAYS}),
        end_utc TEXT NOT NULL,
        minutes INTEGER NOT NULL CHECK (minutes BETWEEN 1 AND 1440),
        kind_id TEXT NOT NULL CHECK (length(kind_id) BETWEEN 1 AND 64),
        format TEXT NOT NULL CHECK (format IN {_FORMATS}),
        status TEXT NOT NULL CHECK (status IN {_STATUSES}),
        provider_id INTEGER REFERENCES session_providers (id) ON DELETE SET NULL,
        provider_text TEXT NOT NULL DEFAULT '' CHECK (length(provider_text) <= 200),
        feeling_before INTEGER CHECK (feeling_before BETWEEN 0 AND 10),
        feeling_after INTEGER CHECK (feeling_after BETWEEN 0 AND 10),
        partner TEXT NOT NULL DEFAULT 'not_asked' CHECK (partner IN {_RESPONSES}),
        partner_reason TEXT CHECK (partner_reason IN {_REASONS}),
        partner_words TEXT NOT NULL DEFAULT '' CHECK (length(partner_words) <= 500),
        schedule_id INTEGER REFERENCES session_schedules (id) ON DELETE SET NULL,
        schedule_day TEXT CHECK (schedule_day {_DAYS}),
        changed INTEGER NOT NULL DEFAULT 0 CHECK (changed IN (0, 1)),
        created TEXT NOT NULL,
        edited TEXT NOT NULL,
        deleted_at TEXT,
        deleted_utc TEXT,
        bring_up TEXT NOT NULL DEFAULT '' CHECK (length(bring_up) <= 100000),
        takeaways TEXT NOT NULL DEFAULT '' CHECK (length(takeaways) <= 100000),
        CHECK ((deleted_at IS NULL) = (deleted_utc IS NULL)),
        CHECK (partner = 'declined' OR partner_reason IS NULL),
        CHECK (partner_reason IS 'other' OR partner_words = ''),
        CHECK (schedule_id IS NULL OR schedule_day IS NOT NULL)
    ) STRICT
    """,
    # Past lists page on (start_utc, id) newest first; overlaps and .ics walk it too.
    "CREATE INDEX sessions_live ON sessions (start_utc, id) WHERE deleted_at IS NULL",
    # Upcoming and the next planned session.
    """
    CREATE INDEX sessions_planned ON sessions (start_utc, id)
    WHERE deleted_at IS NULL AND status = 'planned'
    """,
    # Month calendars, weekly hours and attendance counts, without touching the rows.
    """
    CREATE INDEX sessions_days ON sessions (start_day, status, kind_id, minutes)
    WHERE deleted_at IS NULL
    """,
    "CREATE INDEX sessions_trash ON sessions (deleted_utc) WHERE deleted_at IS NOT NULL",
    """
    CREATE UNIQUE INDEX sessions_by_schedule ON sessions (schedule_id, schedule_day)
    WHERE schedule_id IS NOT NULL
    """,
    "CREATE INDEX sessions_by_provider ON sessions (provider_id) WHERE provider_id IS NOT NULL",
    f"""
    CREATE TABLE session_homework (
        id INTEGER PRIMARY KEY,
        session_id INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
        due_day TEXT CHECK (due_day {_DAYS}),
        created TEXT NOT NULL,
        done_at TEXT,
        done_day TEXT,
        text TEXT NOT NULL CHECK (length(text) BETWEEN 1 AND 1000),
        CHECK ((done_at IS NULL) = (done_day IS NULL))
    ) STRICT
    """,
    "CREATE INDEX session_homework_by_session ON session_homework (session_id, id)",
    """
    CREATE INDEX session_homework_due ON session_homework (due_day)
    WHERE done_at IS NULL AND due_day IS NOT NULL
    """,
    """
    CREATE INDEX session_homework_done ON session_homework (done_day)
    WHERE done_at IS NOT NULL
    """,
    """
    CREATE TABLE session_topics (
        id INTEGER PRIMARY KEY,
        source_kind TEXT NOT NULL DEFAULT '' CHECK (length(source_kind) <= 32),
        source_ref TEXT NOT NULL DEFAULT '' CHECK (length(source_ref) <= 200),
        added TEXT NOT NULL,
        added_utc TEXT NOT NULL,
        done_session_id INTEGER REFERENCES sessions (id) ON DELETE CASCADE,
        done_at TEXT,
        text TEXT NOT NULL CHECK (length(text) BETWEEN 1 AND 500),
        CHECK ((done_session_id IS NULL) = (done_at IS NULL))
    ) STRICT
    """,
    "CREATE INDEX session_topics_open ON session_topics (added_utc, id) WHERE done_at IS NULL",
    """
    CREATE INDEX session_topics_by_session ON session_topics (done_session_id)
    WHERE done_session_id IS NOT NULL
    """,
    """
    CREATE TABLE session_entries (
        session_id INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
        entry_id INTEGER NOT NULL REFERENCES entries (id) ON DELETE CASCADE,
        PRIMARY KEY (session_id, entry_id)
    ) STRICT, WITHOUT ROWID
    """,
    "CREATE INDEX session_entries_by_entry ON session_entries (entry_id)",
    """
    CREATE TABLE session_settings (
        key TEXT PRIMARY KEY NOT NULL,
        value TEXT NOT NULL
    ) STRICT, WITHOUT ROWID
    """,
    # Makes calendar UIDs unique to this vault (two vaults never share an event id).
    """
    INSERT INTO session_settings (key, value)
    VALUES ('calendar_token', lower(hex(randomblob(8))))
    """,
)

STEPS: tuple[SchemaStep, ...] = (
    SchemaStep(
        5,
        "sessions: sessions, providers, homework, topics, schedules",
        run_statements(_SESSIONS),
    ),
)
