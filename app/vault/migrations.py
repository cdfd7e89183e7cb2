"""Numbered schema migrations on ``PRAGMA user_version``.

Each feature module appends its migrations here in order. A migration runs inside a
transaction, after an automatic encrypted backup (when the vault already has data).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

APP_MARKER = "mooring"


@dataclass(frozen=True)
class Migration:
    version: int
    description: str
    apply: Callable[[Any], None]


def _create_meta(connection: Any) -> None:
    connection.execute(
        "CREATE TABLE meta (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL) STRICT"
    )
    connection.execute(
        "INSERT INTO meta (key, value) VALUES ('app', ?), ('created_utc', ?)",
        (APP_MARKER, datetime.now(UTC).isoformat(timespec="seconds")),
    )


MIGRATIONS: Sequence[Migration] = (Migration(1, "vault metadata", _create_meta),)

LATEST_VERSION = MIGRATIONS[-1].version


def current_version(connection: Any) -> int:
    row = connection.execute("PRAGMA user_version").fetchone()
    return int(row[0])


def pending(connection: Any) -> list[Migration]:
    version = current_version(connection)
    return [m for m in MIGRATIONS if m.version > version]


def apply_one(connection: Any, migration: Migration) -> None:
    """Run one migration and bump user_version in the same transaction."""
    connection.execute("BEGIN IMMEDIATE")
    try:
        migration.apply(connection)
        connection.execute(f"PRAGMA user_version = {int(migration.version)}")
        connection.execute("COMMIT")
    except BaseException:
        connection.execute("ROLLBACK")
        raise
