"""The reflection operations that change data; each runs in one transaction and says
what it changed (docs/ARCHITECTURE.md, "Change notifications"). Run on the database
worker; a refused value raises before anything is written."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from app.platform import timestamps
from app.platform.changes import OpResult, Topic, in_transaction
from app.platform.sql import Connection
from app.reflection.content import Content
from app.reflection.model import (
    CheckInDraft,
    MonthlyCheckIn,
    Reflection,
    ReflectionDraft,
    Values,
    ValuesDraft,
)
from app.reflection.repository import ReflectionRepository

REFLECTIONS = Topic("reflection.reflections")
VALUES = Topic("reflection.values")
CHECKINS = Topic("reflection.checkins")
ALL_TOPICS = (REFLECTIONS, VALUES, CHECKINS)

Clock = Callable[[], datetime]
_NOW = timestamps.local_now


def create_reflection(
    connection: Connection,
    draft: ReflectionDraft,
    *,
    clock: Clock = _NOW,
    content: Content | None = None,
) -> OpResult[Reflection]:
    repo = ReflectionRepository(connection, clock, content)
    return in_transaction(connection, lambda: repo.create(draft), REFLECTIONS)


def update_reflection(
    connection: Connection,
    reflection_id: int,
    draft: ReflectionDraft,
    *,
    clock: Clock = _NOW,
    content: Content | None = None,
) -> OpResult[Reflection]:
    repo = ReflectionRepository(connection, clock, content)
    return in_transaction(connection, lambda: repo.update(reflection_id, draft), REFLECTIONS)


def delete_reflection(connection: Connection, reflection_id: int) -> OpResult[None]:
    repo = ReflectionRepository(connection)
    return in_transaction(connection, lambda: repo.delete(reflection_id), REFLECTIONS)


def save_values(
    connection: Connection, draft: ValuesDraft, *, clock: Clock = _NOW
) -> OpResult[Values]:
    repo = ReflectionRepository(connection, clock)
    return in_transaction(connection, lambda: repo.save_values(draft), VALUES)


def save_checkin(
    connection: Connection, draft: CheckInDraft, *, clock: Clock = _NOW
) -> OpResult[MonthlyCheckIn]:
    repo = ReflectionRepository(connection, clock)
    return in_transaction(connection, lambda: repo.save_checkin(draft), CHECKINS)


def delete_checkin(connection: Connection, month: date) -> OpResult[None]:
    repo = ReflectionRepository(connection)
    return in_transaction(connection, lambda: repo.delete_checkin(month), CHECKINS)
