"""The measures module's tables (schema step 10); ``app/vault/migrations.py`` lists it.

Released steps never change.

- ``measure_runs``: one row per taking of a questionnaire. ``measure`` is an id from
  ``resources/content/measures/``; ``taken`` the local calendar day it is dated;
  ``status`` in progress or complete; ``score`` is set exactly when complete (the sum
  of the answers); ``crisis`` is 1 when the questionnaire's crisis item (PHQ-9 item 9)
  is answered above zero; ``follow_up`` the option chosen for the unscored follow-up
  question (PHQ-9's difficulty), if any. ``started``/``updated`` are ISO-8601 with the
  offset of that local moment.
- ``measure_answers``: one row per answered item of a run, removed with it.
"""

from __future__ import annotations

from app.platform.schema import SchemaStep, run_statements

_DAY = "[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]"
_SLUG = "length({col}) BETWEEN 1 AND {most} AND {col} NOT GLOB '*[^a-z0-9-]*'"

_MEASURES = (
    f"""
    CREATE TABLE measure_runs (
        id INTEGER PRIMARY KEY,
        measure TEXT NOT NULL CHECK ({_SLUG.format(col="measure", most=32)}),
        taken TEXT NOT NULL CHECK (taken GLOB '{_DAY}'),
        status TEXT NOT NULL CHECK (status IN ('in_progress', 'complete')),
        score INTEGER CHECK (score BETWEEN 0 AND 400),
        crisis INTEGER NOT NULL DEFAULT 0 CHECK (crisis IN (0, 1)),
        follow_up TEXT CHECK (follow_up IS NULL OR ({_SLUG.format(col="follow_up", most=32)})),
        started TEXT NOT NULL,
        updated TEXT NOT NULL,
        CHECK ((status = 'complete') = (score IS NOT NULL))
    ) STRICT
    """,
    # The chart and the history read one questionnaire's scores in day order from the
    # index alone; the window asks for the run in progress the same way.
    "CREATE INDEX measure_runs_history ON measure_runs (measure, status, taken, id, score, crisis)",
    # The timeline and the packet read a period across both questionnaires.
    "CREATE INDEX measure_runs_by_day ON measure_runs (taken, measure)",
    f"""
    CREATE TABLE measure_answers (
        run_id INTEGER NOT NULL REFERENCES measure_runs (id) ON DELETE CASCADE,
        item TEXT NOT NULL CHECK ({_SLUG.format(col="item", most=32)}),
        value INTEGER NOT NULL CHECK (value BETWEEN 0 AND 10),
        PRIMARY KEY (run_id, item)
    ) STRICT, WITHOUT ROWID
    """,
)

STEPS: tuple[SchemaStep, ...] = (
    SchemaStep(10, "measures: PHQ-9 and GAD-7 answers and scores", run_statements(_MEASURES)),
)
