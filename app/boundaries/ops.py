"""The boundaries operations that change data; each runs in one transaction and says
what it changed.

Run on the database worker (docs/ARCHITECTURE.md, "Threads"): they take the vault's
connection, which belongs to that thread. ``clock`` can be injected; the default is
this computer's time. A refused value raises before anything is written.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from typing import TypeVar

from app.boundaries.areas import BoundaryArea
from app.boundaries.model import Boundary, BoundaryDraft, BoundaryEvent, EventDraft
from app.boundaries.repository import BoundaryRepository
from app.platform import timestamps
from app.platform.changes import Changes, OpResult, Topic, in_transaction
from app.platform.sql import Connection

BOUNDARIES = Topic("boundaries.boundaries")
EVENTS = Topic("boundaries.events")
ALL_TOPICS = (BOUNDARIES, EVENTS)

Clock = Callable[[], datetime]
Areas = Sequence[BoundaryArea] | None
T = TypeVar("T")

_NOW = timestamps.local_now


# ----- boundaries -------------------------------------------------------------------


def create_boundary(
    connection: Connection, draft: BoundaryDraft, *, clock: Clock = _NOW, areas: Areas = None
) -> OpResult[Boundary]:
    repo = BoundaryRepository(connection, clock, areas)
    return in_transaction(connection, lambda: repo.create(draft), BOUNDARIES)


def update_boundary(
    connection: Connection,
    boundary_id: int,
    draft: BoundaryDraft,
    *,
    clock: Clock = _NOW,
    areas: Areas = None,
) -> OpResult[Boundary]:
    repo = BoundaryRepository(connection, clock, areas)
    return in_transaction(connection, lambda: repo.update(boundary_id, draft), BOUNDARIES)


def set_bring_to_therapy(
    connection: Connection, boundary_id: int, flagged: bool, *, clock: Clock = _NOW
) -> OpResult[Boundary]:
    repo = BoundaryRepository(connection, clock)
    return in_transaction(
        connection, lambda: repo.set_bring_to_therapy(boundary_id, flagged), BOUNDARIES
    )


def archive_boundary(
    connection: Connection, boundary_id: int, *, clock: Clock = _NOW
) -> OpResult[Boundary]:
    repo = BoundaryRepository(connection, clock)
    return in_transaction(connection, lambda: repo.archive(boundary_id), BOUNDARIES)


def unarchive_boundary(
    connection: Connection, boundary_id: int, *, clock: Clock = _NOW
) -> OpResult[Boundary]:
    repo = BoundaryRepository(connection, clock)
    return in_transaction(connection, lambda: repo.unarchive(boundary_id), BOUNDARIES)


def trash_boundary(
    connection: Connection, boundary_id: int, *, clock: Clock = _NOW
) -> OpResult[None]:
    """To the trash with its log (kept 30 days)."""
    repo = BoundaryRepository(connection, clock)
    return in_transaction(connection, lambda: repo.trash(boundary_id), BOUNDARIES, EVENTS)


def restore_boundary(connection: Connection, boundary_id: int) -> OpResult[Boundary]:
    repo = BoundaryRepository(connection)
    return in_transaction(connection, lambda: repo.restore(boundary_id), BOUNDARIES, EVENTS)


def purge_boundary(connection: Connection, boundary_id: int) -> OpResult[None]:
    """Remove a boundary in the trash for good, with its log."""
    repo = BoundaryRepository(connection)
    return in_transaction(connection, lambda: repo.purge(boundary_id), BOUNDARIES, EVENTS)


def purge_expired(connection: Connection, *, clock: Clock = _NOW) -> OpResult[int]:
    """Remove boundaries in the trash for 30 days or more; the value is how many."""
    repo = BoundaryRepository(connection, clock)
    result = in_transaction(connection, repo.purge_expired, BOUNDARIES, EVENTS)
    return result if result.value else OpResult(0, Changes())


# ----- the log ----------------------------------------------------------------------


def log_event(
    connection: Connection, boundary_id: int, draft: EventDraft, *, clock: Clock = _NOW
) -> OpResult[BoundaryEvent]:
    repo = BoundaryRepository(connection, clock)
    return in_transaction(connection, lambda: repo.log_event(boundary_id, draft), EVENTS)


def update_event(
    connection: Connection, event_id: int, draft: EventDraft, *, clock: Clock = _NOW
) -> OpResult[BoundaryEvent]:
    repo = BoundaryRepository(connection, clock)
    return in_transaction(connection, lambda: repo.update_event(event_id, draft), EVENTS)


def delete_event(connection: Connection, event_id: int) -> OpResult[None]:
    repo = BoundaryRepository(connection)
    return in_transaction(connection, lambda: repo.delete_event(event_id), EVENTS)
