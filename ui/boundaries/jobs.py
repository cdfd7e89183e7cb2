"""The boundaries page's work on the database worker: reads that return plain values,
and operations (``app.boundaries.ops``) that say what they changed.

Each function returns a job ``(vault) -> value`` for ``session.submit`` or an
operation ``(vault) -> OpResult`` for ``session.run_op``; the app modules are imported
inside the jobs, on the worker, so the page opens without waiting for them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from app.boundaries.model import (
        Boundary,
        BoundaryDraft,
        BoundaryEvent,
        BoundarySummary,
        EventDraft,
        OutcomeCounts,
    )
    from app.boundaries.stats import Bucket
    from app.platform.changes import OpResult
    from app.vault.vault import Vault

BucketKind = Literal["week", "month"]
PAGE_SIZE = 50
# The most moments read at once (the repository's largest page, less the one that
# says whether more follow).
MAX_PAGE = 499
# "Lately", in the list: this many days up to today.
LATELY_DAYS = 30
# The chart: this many weeks or months up to today.
CHART_WEEKS = 12
CHART_MONTHS = 12


@dataclass(frozen=True)
class Row:
    """One boundary of the list, with how it went lately."""

    summary: BoundarySummary
    lately: OutcomeCounts

    @property
    def boundary(self) -> Boundary:
        return self.summary.boundary


@dataclass(frozen=True)
class Lists:
    active: list[Row]
    archived: list[Row]


@dataclass(frozen=True)
class LogPage:
    events: list[BoundaryEvent]
    more: bool  # another page follows


@dataclass(frozen=True)
class Held:
    """The chart's buckets and their words."""

    buckets: list[Bucket]
    kind: BucketKind
    start: date
    end: date
    summary: str


def lists(today: date) -> Callable[[Vault], Lists]:
    def job(vault: Vault) -> Lists:
        from app.boundaries.repository import BoundaryRepository

        repo = BoundaryRepository(vault.connection)
        start = today - timedelta(days=LATELY_DAYS - 1)

        def rows(found: list[BoundarySummary]) -> list[Row]:
            return [Row(s, repo.counts(s.boundary.id, start, today)) for s in found]

        return Lists(rows(repo.active()), rows(repo.archived()))

    return job


def boundary(boundary_id: int) -> Callable[[Vault], Boundary]:
    def job(vault: Vault) -> Boundary:
        from app.boundaries.errors import NotFound
        from app.boundaries.repository import BOUNDARY_GONE, BoundaryRepository

        found = BoundaryRepository(vault.connection).get(boundary_id)
        if found.deleted_at is not None:
            raise NotFound(BOUNDARY_GONE)
        return found

    return job


def log_page(
    boundary_id: int, after: BoundaryEvent | None, limit: int = PAGE_SIZE
) -> Callable[[Vault], LogPage]:
    """The next ``limit`` moments, newest first, after ``after`` (None: from the newest)."""

    def job(vault: Vault) -> LogPage:
        from app.boundaries.repository import BoundaryRepository

        repo = BoundaryRepository(vault.connection)
        before = None if after is None else repo.cursor_of(after)
        found = repo.events(boundary_id, limit + 1, before)
        return LogPage(found[:limit], len(found) > limit)

    return job


def chart_period(today: date, kind: BucketKind, first_weekday: int = 0) -> tuple[date, date]:
    """The first and last day the chart shows: 12 weeks or 12 months up to today."""
    from app.boundaries.stats import week_start

    if kind == "week":
        return week_start(today, first_weekday) - timedelta(weeks=CHART_WEEKS - 1), today
    month = today.year * 12 + today.month - 1 - (CHART_MONTHS - 1)
    return date(month // 12, month % 12 + 1, 1), today


def held(
    boundary_id: int, today: date, kind: BucketKind, first_weekday: int = 0
) -> Callable[[Vault], Held]:
    def job(vault: Vault) -> Held:
        from app.boundaries import stats

        start, end = chart_period(today, kind, first_weekday)
        buckets = stats.held_over_time(
            vault.connection, boundary_id, start, end, kind, first_weekday=first_weekday
        )
        from ui.common.wording import window_wording

        return Held(buckets, kind, start, end, stats.summary(buckets, kind, window_wording()))

    return job


def event_boundary(event_id: int) -> Callable[[Vault], BoundaryEvent]:
    def job(vault: Vault) -> BoundaryEvent:
        from app.boundaries.repository import BoundaryRepository

        return BoundaryRepository(vault.connection).get_event(event_id)

    return job


# ----- operations -------------------------------------------------------------------


def create(draft: BoundaryDraft) -> Callable[[Vault], OpResult[Boundary]]:
    def op(vault: Vault) -> OpResult[Boundary]:
        from app.boundaries import ops

        return ops.create_boundary(vault.connection, draft)

    return op


def update(boundary_id: int, draft: BoundaryDraft) -> Callable[[Vault], OpResult[Boundary]]:
    def op(vault: Vault) -> OpResult[Boundary]:
        from app.boundaries import ops

        return ops.update_boundary(vault.connection, boundary_id, draft)

    return op


def set_flag(boundary_id: int, flagged: bool) -> Callable[[Vault], OpResult[Boundary]]:
    def op(vault: Vault) -> OpResult[Boundary]:
        from app.boundaries import ops

        return ops.set_bring_to_therapy(vault.connection, boundary_id, flagged)

    return op


def archive(boundary_id: int, archived: bool) -> Callable[[Vault], OpResult[Boundary]]:
    def op(vault: Vault) -> OpResult[Boundary]:
        from app.boundaries import ops

        if archived:
            return ops.archive_boundary(vault.connection, boundary_id)
        return ops.unarchive_boundary(vault.connection, boundary_id)

    return op


def trash(boundary_id: int) -> Callable[[Vault], OpResult[None]]:
    def op(vault: Vault) -> OpResult[None]:
        from app.boundaries import ops

        return ops.trash_boundary(vault.connection, boundary_id)

    return op


def restore(boundary_id: int) -> Callable[[Vault], OpResult[Boundary]]:
    def op(vault: Vault) -> OpResult[Boundary]:
        from app.boundaries import ops

        return ops.restore_boundary(vault.connection, boundary_id)

    return op


def purge_expired() -> Callable[[Vault], OpResult[int]]:
    def op(vault: Vault) -> OpResult[int]:
        from app.boundaries import ops

        return ops.purge_expired(vault.connection)

    return op


def log_event(boundary_id: int, draft: EventDraft) -> Callable[[Vault], OpResult[BoundaryEvent]]:
    def op(vault: Vault) -> OpResult[BoundaryEvent]:
        from app.boundaries import ops

        return ops.log_event(vault.connection, boundary_id, draft)

    return op


def update_event(event_id: int, draft: EventDraft) -> Callable[[Vault], OpResult[BoundaryEvent]]:
    def op(vault: Vault) -> OpResult[BoundaryEvent]:
        from app.boundaries import ops

        return ops.update_event(vault.connection, event_id, draft)

    return op


def delete_event(event_id: int) -> Callable[[Vault], OpResult[None]]:
    def op(vault: Vault) -> OpResult[None]:
        from app.boundaries import ops

        return ops.delete_event(vault.connection, event_id)

    return op
