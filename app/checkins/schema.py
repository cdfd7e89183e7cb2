"""The check-ins table (schema step 4).

Check-ins began inside the journal: step 2 created this table in every vault made
before they became a module. So this step creates it only where it is missing (vaults
begun since); in older vaults the table, and every check-in in it, is left as it is.
The definition is the same text step 2 used, so both kinds of vault hold the same table.
"""

from __future__ import annotations

from app.platform.schema import SchemaStep, run_statements

_CHECKINS = (
    """
    CREATE TABLE IF NOT EXISTS checkins (
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

STEPS: tuple[SchemaStep, ...] = (
    SchemaStep(
        4, "check-ins: one a day (kept from step 2 where it exists)", run_statements(_CHECKINS)
    ),
)
