"""The reflection module's tables (schema step 9); ``app/vault/migrations.py`` lists it.

Released steps never change. Timestamps are ISO-8601 with their offset, as elsewhere.

- ``reflections``: one dated "why might they be saying no, and what it does to me";
  ``reflection_answers`` its answers, one row per reason or impact that has something
  (a score 0..10, "not sure", or a note), removed with it.
- ``reflection_values``: the one "values and the future" page (id 1);
  ``reflection_options`` a leaning and a note per option being weighed.
- ``relationship_checkins``: one per calendar month (``YYYY-MM``), with
  ``relationship_checkin_scores`` one 0..10 answer per question, removed with it.

Long text columns come last.
"""

from __future__ import annotations

from app.platform.schema import SchemaStep, run_statements

_DAY = "[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]"
_MONTH = "[0-9][0-9][0-9][0-9]-[0-1][0-9]"
_ITEM = "CHECK (length({0}) BETWEEN 1 AND 64)"
_TEXT = "TEXT NOT NULL DEFAULT '' CHECK (length({0}) <= 100000)"

_STATEMENTS = (
    f"""
    CREATE TABLE reflections (
        id INTEGER PRIMARY KEY,
        day TEXT NOT NULL CHECK (day GLOB '{_DAY}'),
        created TEXT NOT NULL,
        updated TEXT NOT NULL
    ) STRICT
    """,
    "CREATE INDEX reflections_by_day ON reflections (day, id)",
    f"""
    CREATE TABLE reflection_answers (
        reflection_id INTEGER NOT NULL REFERENCES reflections (id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('reason', 'impact')),
        item TEXT NOT NULL {_ITEM.format("item")},
        score INTEGER CHECK (score BETWEEN 0 AND 10),
        unsure INTEGER NOT NULL DEFAULT 0 CHECK (unsure IN (0, 1)),
        note {_TEXT.format("note")},
        PRIMARY KEY (reflection_id, kind, item),
        CHECK (kind = 'reason' OR unsure = 0)
    ) STRICT
    """,
    f"""
    CREATE TABLE reflection_values (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        updated TEXT NOT NULL,
        what_i_value {_TEXT.format("what_i_value")},
        what_i_need {_TEXT.format("what_i_need")},
        can_live_with {_TEXT.format("can_live_with")},
        cannot_live_with {_TEXT.format("cannot_live_with")}
    ) STRICT
    """,
    f"""
    CREATE TABLE reflection_options (
        option TEXT PRIMARY KEY {_ITEM.format("option")},
        leaning TEXT CHECK (
            leaning IN ('not_at_all', 'a_little', 'somewhat', 'quite_a_lot', 'strongly')
        ),
        note {_TEXT.format("note")}
    ) STRICT
    """,
    f"""
    CREATE TABLE relationship_checkins (
        month TEXT PRIMARY KEY CHECK (month GLOB '{_MONTH}'),
        created TEXT NOT NULL,
        updated TEXT NOT NULL,
        note {_TEXT.format("note")}
    ) STRICT
    """,
    f"""
    CREATE TABLE relationship_checkin_scores (
        month TEXT NOT NULL REFERENCES relationship_checkins (month) ON DELETE CASCADE,
        question TEXT NOT NULL {_ITEM.format("question")},
        score INTEGER NOT NULL CHECK (score BETWEEN 0 AND 10),
        PRIMARY KEY (month, question)
    ) STRICT
    """,
)

STEPS: tuple[SchemaStep, ...] = (
    SchemaStep(
        9,
        "reflection: reasons and impacts, values and the future, monthly check-ins",
        run_statements(_STATEMENTS),
    ),
)
