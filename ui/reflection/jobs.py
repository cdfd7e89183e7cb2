"""The reflection page's work on the database worker: reads that return plain values and
operations (``app.reflection.ops``) that say what they changed. The app modules are
imported inside the jobs, on the worker, so the page opens without waiting for them."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.platform.changes import OpResult
    from app.reflection.model import (
        CheckInDraft,
        MonthlyCheckIn,
        Reflection,
        ReflectionDraft,
        Values,
        ValuesDraft,
    )
    from app.reflection.repository import ReflectionSummary
    from app.vault.vault import Vault


@dataclass(frozen=True)
class Overview:
    """Everything the page shows when it opens, read in one job."""

    summaries: list[ReflectionSummary]
    latest: Reflection | None
    previous: Reflection | None
    values: Values
    checkins: list[MonthlyCheckIn]


def overview() -> Callable[[Vault], Overview]:
    def job(vault: Vault) -> Overview:
        from app.reflection.repository import ReflectionRepository

        repo = ReflectionRepository(vault.connection)
        summaries = repo.summaries()
        latest = repo.get(summaries[0].id) if summaries else None
        previous = repo.get(summaries[1].id) if len(summaries) > 1 else None
        return Overview(summaries, latest, previous, repo.values(), repo.checkins())

    return job


def reflection(reflection_id: int) -> Callable[[Vault], Reflection]:
    def job(vault: Vault) -> Reflection:
        from app.reflection.repository import ReflectionRepository

        return ReflectionRepository(vault.connection).get(reflection_id)

    return job


def pair(first: int, second: int) -> Callable[[Vault], tuple[Reflection, Reflection]]:
    def job(vault: Vault) -> tuple[Reflection, Reflection]:
        from app.reflection.repository import ReflectionRepository

        repo = ReflectionRepository(vault.connection)
        return repo.get(first), repo.get(second)

    return job


def create(draft: ReflectionDraft) -> Callable[[Vault], OpResult[Reflection]]:
    def op(vault: Vault) -> OpResult[Reflection]:
        from app.reflection import ops

        return ops.create_reflection(vault.connection, draft)

    return op


def update(reflection_id: int, draft: ReflectionDraft) -> Callable[[Vault], OpResult[Reflection]]:
    def op(vault: Vault) -> OpResult[Reflection]:
        from app.reflection import ops

        return ops.update_reflection(vault.connection, reflection_id, draft)

    return op


def delete(reflection_id: int) -> Callable[[Vault], OpResult[None]]:
    def op(vault: Vault) -> OpResult[None]:
        from app.reflection import ops

        return ops.delete_reflection(vault.connection, reflection_id)

    return op


def save_values(draft: ValuesDraft) -> Callable[[Vault], OpResult[Values]]:
    def op(vault: Vault) -> OpResult[Values]:
        from app.reflection import ops

        return ops.save_values(vault.connection, draft)

    return op


def save_checkin(draft: CheckInDraft) -> Callable[[Vault], OpResult[MonthlyCheckIn]]:
    def op(vault: Vault) -> OpResult[MonthlyCheckIn]:
        from app.reflection import ops

        return ops.save_checkin(vault.connection, draft)

    return op


def checkin(month: date) -> Callable[[Vault], MonthlyCheckIn | None]:
    def job(vault: Vault) -> MonthlyCheckIn | None:
        from app.reflection.repository import ReflectionRepository

        return ReflectionRepository(vault.connection).checkin(month)

    return job
