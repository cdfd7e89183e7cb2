"""Numbered schema migrations on ``PRAGMA user_version``.

The SQL belongs to each feature module (``app/<module>/schema.py``); this file only
lists the steps in the one order every vault migrates in. A step runs inside a
transaction, after an automatic encrypted backup (when the vault already has data).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from app.boundaries import schema as boundaries_schema
from app.checkins import schema as checkins_schema
from app.exercises import schema as exercises_schema
from app.invitations import schema as invitations_schema
from app.journal import schema as journal_schema
from app.measures import schema as measures_schema
from app.platform.schema import SchemaStep
from app.reflection import schema as reflection_schema
from app.safety import schema as safety_schema
from app.sessions import schema as sessions_schema

APP_MARKER = "mooring"


def _create_meta(connection: Any) -> None:
    connection.execute(
        "CREATE TABLE meta (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL) STRICT"
    )
    connection.execute(
        "INSERT INTO meta (key, value) VALUES ('app', ?), ('created_utc', ?)",
        (APP_MARKER, datetime.now(UTC).isoformat(timespec="seconds")),
    )


# Every module's steps, in the one order vaults migrate in: a new module appends its
# steps at the end (docs/ARCHITECTURE.md, "Feature modules").
MIGRATIONS: Sequence[SchemaStep] = (
    SchemaStep(1, "vault metadata", _create_meta),
    *journal_schema.STEPS,
    *checkins_schema.STEPS,
    *sessions_schema.STEPS,
    *exercises_schema.STEPS,
    *boundaries_schema.STEPS,
    *invitations_schema.STEPS,
    *reflection_schema.STEPS,
    *measures_schema.STEPS,
    *safety_schema.STEPS,
)

LATEST_VERSION = MIGRATIONS[-1].version


def current_version(connection: Any) -> int:
    row = connection.execute("PRAGMA user_version").fetchone()
    return int(row[0])


def pending(connection: Any) -> list[SchemaStep]:
    version = current_version(connection)
    return [m for m in MIGRATIONS if m.version > version]


def apply_one(connection: Any, migration: SchemaStep) -> None:
    """Run one migration and bump user_version in the same transaction."""
    connection.execute("BEGIN IMMEDIATE")
    try:
        migration.apply(connection)
        connection.execute(f"PRAGMA user_version = {int(migration.version)}")
        connection.execute("COMMIT")
    except BaseException:
        connection.execute("ROLLBACK")
        raise
