"""The safety module's table (schema step 11); ``app/vault/migrations.py`` lists it.

Released steps never change. ``safety_checks`` holds only the checks a person chose to
save: answers are kept in memory until then, and "Don't save" writes nothing at all.

- ``taken``: when it was saved, ISO-8601 with the offset of that local moment;
  ``day`` its local date (``YYYY-MM-DD``), what the timeline reads by.
- ``answers``: a JSON object, question id -> ``"yes"`` or ``"no"`` (a skipped question is
  absent); ``yes_count`` is how many are ``"yes"`` (kept beside it for the timeline).
- Removing a check removes the row for good (the vault uses ``secure_delete``); there is
  no trash for these, so nothing lingers that the person wanted gone.
"""

from __future__ import annotations

from app.platform.schema import SchemaStep, run_statements

_DAY = "[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]"

_CHECKS = (
    f"""
    CREATE TABLE safety_checks (
        id INTEGER PRIMARY KEY,
        taken TEXT NOT NULL,
        day TEXT NOT NULL CHECK (day GLOB '{_DAY}'),
        yes_count INTEGER NOT NULL CHECK (yes_count BETWEEN 0 AND 50),
        answers TEXT NOT NULL CHECK (
            length(answers) BETWEEN 2 AND 10000
            AND json_valid(answers)
            AND json_type(answers) = 'object'
        )
    ) STRICT
    """,
    "CREATE INDEX safety_checks_by_day ON safety_checks (day, id)",
)

STEPS: tuple[SchemaStep, ...] = (
    SchemaStep(
        11, "safety: relationship-safety checks the person chose to save", run_statements(_CHECKS)
    ),
)
