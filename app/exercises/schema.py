"""The exercise runs table (schema step 6); ``app/vault/migrations.py`` lists it.

Released steps never change. Times are stored as in the journal and sessions: ISO-8601
with the offset of that local moment (what the person saw), and a fixed-width UTC key
(what lists sort and page on); ``started_day`` is the local date a run belongs to
(timeline, packet, ranges). Long text columns come last, so reading the others never
walks their overflow pages.

- ``snapshot``: the exercise as it was when the run started (``Exercise.to_snapshot``),
  so the run reads the same when the content later changes or loses the exercise.
- ``answers``: a JSON object, step id to answer (``app/exercises/model.py``).
- ``title``, ``answered``, ``steps``: kept beside the JSON so lists never parse it:
  the exercise's title, how many of the visible steps have an answer, and how many
  steps are visible.
- ``session_id``: the session the run was linked to; when that session is removed for
  good the link goes (the run stays).
- ``deleted_at``/``deleted_utc`` while in the trash; ``revision`` counts every change.
"""

from __future__ import annotations

from app.platform.schema import SchemaStep, run_statements

_DAYS = "BETWEEN '1900-01-01' AND '2100-12-31'"

_RUNS = (
    f"""
    CREATE TABLE exercise_runs (
        id INTEGER PRIMARY KEY,
        exercise_id TEXT NOT NULL CHECK (length(exercise_id) BETWEEN 1 AND 64),
        title TEXT NOT NULL DEFAULT '' CHECK (length(title) <= 200),
        started TEXT NOT NULL,
        started_utc TEXT NOT NULL,
        started_day TEXT NOT NULL CHECK (started_day {_DAYS}),
        updated TEXT NOT NULL,
        updated_utc TEXT NOT NULL,
        finished TEXT,
        finished_utc TEXT,
        bring_to_therapy INTEGER NOT NULL DEFAULT 0 CHECK (bring_to_therapy IN (0, 1)),
        session_id INTEGER REFERENCES sessions (id) ON DELETE SET NULL,
        answered INTEGER NOT NULL DEFAULT 0 CHECK (answered >= 0),
        steps INTEGER NOT NULL DEFAULT 0 CHECK (steps >= 0),
        deleted_at TEXT,
        deleted_utc TEXT,
        revision INTEGER NOT NULL DEFAULT 0 CHECK (revision >= 0),
        snapshot TEXT NOT NULL CHECK (json_valid(snapshot) AND json_type(snapshot) = 'object'),
        answers TEXT NOT NULL DEFAULT '{{}}'
            CHECK (json_valid(answers) AND json_type(answers) = 'object'),
        CHECK ((finished IS NULL) = (finished_utc IS NULL)),
        CHECK ((deleted_at IS NULL) = (deleted_utc IS NULL))
    ) STRICT
    """,
    # "Carry on where you left off": runs not finished, the last changed first.
    """
    CREATE INDEX exercise_runs_open ON exercise_runs (updated_utc, id)
    WHERE deleted_at IS NULL AND finished IS NULL
    """,
    # Finished runs page on (finished_utc, id), newest first.
    """
    CREATE INDEX exercise_runs_finished ON exercise_runs (finished_utc, id)
    WHERE deleted_at IS NULL AND finished IS NOT NULL
    """,
    # Timeline and packet ranges, with the flag so the packet's filter stays in the index.
    """
    CREATE INDEX exercise_runs_days ON exercise_runs (started_day, bring_to_therapy)
    WHERE deleted_at IS NULL
    """,
    "CREATE INDEX exercise_runs_by_exercise ON exercise_runs (exercise_id) WHERE deleted_at IS NULL",
    "CREATE INDEX exercise_runs_trash ON exercise_runs (deleted_utc, id) WHERE deleted_at IS NOT NULL",
    # Removing a session clears its links without scanning every run.
    """
    CREATE INDEX exercise_runs_by_session ON exercise_runs (session_id)
    WHERE session_id IS NOT NULL
    """,
)

STEPS: tuple[SchemaStep, ...] = (
    SchemaStep(6, "exercises: runs of guided exercises", run_statements(_RUNS)),
)
