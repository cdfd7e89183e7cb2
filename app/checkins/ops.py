"""The check-in operations that change data; each says what it changed.

Run on the database worker (docs/ARCHITECTURE.md, "Threads"): they take the vault's
connection, which belongs to that thread.
"""

from __future__ import annotations

from datetime import date

from app.checkins.model import CheckIn
from app.checkins.repository import CheckInRepository
from app.platform.changes import Changes, OpResult, Topic
from app.platform.sql import Connection

CHECKINS = Topic("checkins.days")


def save(connection: Connection, checkin: CheckIn) -> OpResult[CheckIn]:
    """Store that day's check-in (replacing one already there)."""
    return OpResult(CheckInRepository(connection).save(checkin), Changes.of(CHECKINS))


def delete(connection: Connection, day: date) -> OpResult[bool]:
    """Remove that day's check-in; the value is False when there was none."""
    removed = CheckInRepository(connection).delete(day)
    return OpResult(removed, Changes.of(CHECKINS) if removed else Changes())
