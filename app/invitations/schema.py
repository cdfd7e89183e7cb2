"""The invitation planner's tables (schema step 8); ``app/vault/migrations.py`` lists it.

Released steps never change. Timestamps are stored as the other modules store them
(ISO-8601 with the offset of that local moment); ``deleted_utc`` is the fixed-width UTC
key the 30-day trash compares.

- ``invitation_plans``: one row per plan. ``calm`` and ``after_fight`` are NULL until
  answered; the four HALT columns are 0 or 1; ``reasons`` is a comma-separated list of
  ``DeclineReason`` ids; ``offer`` an offer id from the content, or ''. In the trash
  while ``deleted_at`` is set (its attempts stay, and show again when it comes back).
- ``invitation_attempts``: each time I asked. ``happened`` is ``YYYY-MM-DD`` or
  ``YYYY-MM-DDTHH:MM`` (text order is time order). ``plan_id`` is cleared when its plan
  is removed for good: the attempt itself stays in the history.
- ``invitation_settings``: one row (id 1) once the person changed a setting; with no
  row the defaults apply (14 days before asking again).

Long text columns come last, so reading the others never walks their overflow pages.
"""

from __future__ import annotations

from app.platform.schema import SchemaStep, run_statements

_DAY = "[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]"
_TIME = "[0-2][0-9]:[0-5][0-9]"
_REASONS = "('no_need', 'vulnerable', 'hurt', 'privacy', 'ourselves', 'other')"

_TABLES = (
    """
    CREATE TABLE invitation_plans (
        id INTEGER PRIMARY KEY,
        created TEXT NOT NULL,
        updated TEXT NOT NULL,
        deleted_at TEXT,
        deleted_utc TEXT,
        calm TEXT CHECK (calm IN ('yes', 'not_sure', 'no')),
        after_fight INTEGER CHECK (after_fight IN (0, 1)),
        hungry INTEGER NOT NULL DEFAULT 0 CHECK (hungry IN (0, 1)),
        angry INTEGER NOT NULL DEFAULT 0 CHECK (angry IN (0, 1)),
        lonely INTEGER NOT NULL DEFAULT 0 CHECK (lonely IN (0, 1)),
        tired INTEGER NOT NULL DEFAULT 0 CHECK (tired IN (0, 1)),
        reasons TEXT NOT NULL DEFAULT '' CHECK (
            length(reasons) <= 200 AND reasons NOT GLOB '*[^a-z_,]*'
        ),
        offer TEXT NOT NULL DEFAULT '' CHECK (length(offer) <= 64),
        title TEXT NOT NULL DEFAULT '' CHECK (length(title) <= 200),
        understanding TEXT NOT NULL DEFAULT '' CHECK (length(understanding) <= 100000),
        draft TEXT NOT NULL DEFAULT '' CHECK (length(draft) <= 100000),
        keep_doing TEXT NOT NULL DEFAULT '' CHECK (length(keep_doing) <= 100000),
        CHECK ((deleted_at IS NULL) = (deleted_utc IS NULL))
    ) STRICT
    """,
    "CREATE INDEX invitation_plans_trash ON invitation_plans (deleted_utc)"
    " WHERE deleted_at IS NOT NULL",
    f"""
    CREATE TABLE invitation_attempts (
        id INTEGER PRIMARY KEY,
        plan_id INTEGER REFERENCES invitation_plans (id) ON DELETE SET NULL,
        happened TEXT NOT NULL CHECK (
            happened GLOB '{_DAY}' OR happened GLOB '{_DAY}T{_TIME}'
        ),
        how TEXT NOT NULL CHECK (how IN ('in_person', 'message', 'call', 'other')),
        answer TEXT NOT NULL CHECK (
            answer IN ('yes', 'maybe', 'not_now', 'no', 'not_reached')
        ),
        reason TEXT CHECK (reason IN {_REASONS}),
        feeling INTEGER CHECK (feeling BETWEEN 0 AND 10),
        they_raised INTEGER NOT NULL DEFAULT 0 CHECK (they_raised IN (0, 1)),
        created TEXT NOT NULL,
        their_words TEXT NOT NULL DEFAULT '' CHECK (length(their_words) <= 100000),
        next_step TEXT NOT NULL DEFAULT '' CHECK (length(next_step) <= 100000)
    ) STRICT
    """,
    # The history pages on (happened, id) newest first; with the answer in it, the
    # chart's months are counted from the index alone.
    "CREATE INDEX invitation_attempts_by_day ON invitation_attempts (happened, id, answer)",
    "CREATE INDEX invitation_attempts_by_plan ON invitation_attempts (plan_id, happened)",
    """
    CREATE TABLE invitation_settings (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        spacing_days INTEGER NOT NULL CHECK (spacing_days BETWEEN 0 AND 365)
    ) STRICT
    """,
)

STEPS: tuple[SchemaStep, ...] = (
    SchemaStep(8, "invitations: plans, attempts and the spacing setting", run_statements(_TABLES)),
)
