"""The boundaries module's tables (schema step 7); ``app/vault/migrations.py`` lists it.

Released steps never change. Timestamps (``created``, ``updated``, ``archived_at``,
``deleted_at``) are stored as the other modules store them: ISO-8601 with the offset of
that local moment; ``deleted_utc`` is the fixed-width UTC key the 30-day trash compares.

- ``boundaries``: one row per boundary. ``area`` is an id from
  ``resources/content/boundary_areas.json``; ``statement`` the boundary as what I will
  do ("If ..., I will ..."); ``source_run_id`` the exercise run it was built in, if
  any (an id only: ``exercise_runs`` is another module's table, and a run may be purged
  while the boundary stays). Archived while ``archived_at`` is set; in the trash while
  ``deleted_at`` is set.
- ``boundary_events``: the moments a boundary was tested. ``happened`` is the local
  calendar date, with the local wall-clock time when the person gave one:
  ``YYYY-MM-DD`` or ``YYYY-MM-DDTHH:MM`` (a date sorts just before the times of its
  day, so text order is time order). Removed with their boundary.

Long text columns come last, so reading the others never walks their overflow pages.
"""

from __future__ import annotations

from app.platform.schema import SchemaStep, run_statements

_DAY = "[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]"
_TIME = "[0-2][0-9]:[0-5][0-9]"

_BOUNDARIES = (
    """
    CREATE TABLE boundaries (
        id INTEGER PRIMARY KEY,
        area TEXT NOT NULL CHECK (length(area) BETWEEN 1 AND 64),
        created TEXT NOT NULL,
        updated TEXT NOT NULL,
        archived_at TEXT,
        deleted_at TEXT,
        deleted_utc TEXT,
        bring_to_therapy INTEGER NOT NULL DEFAULT 0 CHECK (bring_to_therapy IN (0, 1)),
        source_run_id INTEGER,
        statement TEXT NOT NULL CHECK (length(statement) BETWEEN 1 AND 2000),
        need TEXT NOT NULL DEFAULT '' CHECK (length(need) <= 100000),
        rehearsal TEXT NOT NULL DEFAULT '' CHECK (length(rehearsal) <= 100000),
        CHECK ((deleted_at IS NULL) = (deleted_utc IS NULL))
    ) STRICT
    """,
    "CREATE INDEX boundaries_trash ON boundaries (deleted_utc) WHERE deleted_at IS NOT NULL",
    f"""
    CREATE TABLE boundary_events (
        id INTEGER PRIMARY KEY,
        boundary_id INTEGER NOT NULL REFERENCES boundaries (id) ON DELETE CASCADE,
        happened TEXT NOT NULL CHECK (
            happened GLOB '{_DAY}' OR happened GLOB '{_DAY}T{_TIME}'
        ),
        outcome TEXT NOT NULL CHECK (outcome IN ('held', 'bent', 'not_held')),
        feeling INTEGER CHECK (feeling BETWEEN 0 AND 10),
        created TEXT NOT NULL,
        what_happened TEXT NOT NULL DEFAULT '' CHECK (length(what_happened) <= 100000),
        next_time TEXT NOT NULL DEFAULT '' CHECK (length(next_time) <= 100000)
    ) STRICT
    """,
    # The log pages on (happened, id) newest first per boundary; with the outcome in it,
    # the chart's buckets are read from the index without touching the rows.
    "CREATE INDEX boundary_events_log ON boundary_events (boundary_id, happened, id, outcome)",
    # The list's counts per outcome: counted in the index, without grouping by hand.
    "CREATE INDEX boundary_events_outcomes ON boundary_events (boundary_id, outcome)",
    # The timeline and the packet read a period across every boundary.
    "CREATE INDEX boundary_events_by_day ON boundary_events (happened, boundary_id)",
)

STEPS: tuple[SchemaStep, ...] = (
    SchemaStep(
        7, "boundaries: boundaries and the moments they were tested", run_statements(_BOUNDARIES)
    ),
)
