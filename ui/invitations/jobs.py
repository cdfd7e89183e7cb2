"""The planner page's work on the database worker: reads that return plain values, and
operations (``app.invitations.ops``) that say what they changed.

The app modules are imported inside the jobs, on the worker, so the page opens without
waiting for them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.invitations.model import Attempt, AttemptDraft, Plan, PlanDraft, PlanSummary, Spacing
    from app.invitations.stats import Month
    from app.platform.changes import OpResult
    from app.vault.vault import Vault

PAGE_SIZE = 50
MAX_PAGE = 499


@dataclass(frozen=True)
class Overview:
    """What the page shows at once: the plans, the pause, how many attempts."""

    plans: list[PlanSummary]
    spacing: Spacing
    attempts: int


@dataclass(frozen=True)
class HistoryPage:
    attempts: list[Attempt]
    more: bool


@dataclass(frozen=True)
class Outcomes:
    months: list[Month]
    summary: str


def overview() -> Callable[[Vault], Overview]:
    def job(vault: Vault) -> Overview:
        from app.invitations.repository import InvitationRepository

        repo = InvitationRepository(vault.connection)
        return Overview(repo.plans(), repo.spacing(), repo.count())

    return job


def plan(plan_id: int) -> Callable[[Vault], Plan]:
    def job(vault: Vault) -> Plan:
        from app.invitations.errors import NotFound
        from app.invitations.repository import PLAN_GONE, InvitationRepository

        found = InvitationRepository(vault.connection).get_plan(plan_id)
        if found.deleted_at is not None:
            raise NotFound(PLAN_GONE)
        return found

    return job


def history(after: Attempt | None, limit: int = PAGE_SIZE) -> Callable[[Vault], HistoryPage]:
    def job(vault: Vault) -> HistoryPage:
        from app.invitations.repository import InvitationRepository

        repo = InvitationRepository(vault.connection)
        before = None if after is None else repo.cursor_of(after)
        found = repo.attempts(min(limit, MAX_PAGE) + 1, before)
        return HistoryPage(found[:limit], len(found) > limit)

    return job


def outcomes(today: date) -> Callable[[Vault], Outcomes]:
    def job(vault: Vault) -> Outcomes:
        from app.invitations import stats
        from ui.common.wording import window_wording

        months = stats.months(vault.connection, today)
        return Outcomes(months, stats.summary(months, window_wording()))

    return job


def attempt(attempt_id: int) -> Callable[[Vault], Attempt]:
    def job(vault: Vault) -> Attempt:
        from app.invitations.repository import InvitationRepository

        return InvitationRepository(vault.connection).get_attempt(attempt_id)

    return job


# ----- operations -------------------------------------------------------------------


def create_plan(draft: PlanDraft) -> Callable[[Vault], OpResult[Plan]]:
    from app.invitations import ops

    return lambda vault: ops.create_plan(vault.connection, draft)


def update_plan(plan_id: int, draft: PlanDraft) -> Callable[[Vault], OpResult[Plan]]:
    from app.invitations import ops

    return lambda vault: ops.update_plan(vault.connection, plan_id, draft)


def trash_plan(plan_id: int) -> Callable[[Vault], OpResult[None]]:
    from app.invitations import ops

    return lambda vault: ops.trash_plan(vault.connection, plan_id)


def restore_plan(plan_id: int) -> Callable[[Vault], OpResult[Plan]]:
    from app.invitations import ops

    return lambda vault: ops.restore_plan(vault.connection, plan_id)


def purge_expired() -> Callable[[Vault], OpResult[int]]:
    from app.invitations import ops

    return lambda vault: ops.purge_expired(vault.connection)


def log_attempt(draft: AttemptDraft) -> Callable[[Vault], OpResult[Attempt]]:
    from app.invitations import ops

    return lambda vault: ops.log_attempt(vault.connection, draft)


def update_attempt(attempt_id: int, draft: AttemptDraft) -> Callable[[Vault], OpResult[Attempt]]:
    from app.invitations import ops

    return lambda vault: ops.update_attempt(vault.connection, attempt_id, draft)


def delete_attempt(attempt_id: int) -> Callable[[Vault], OpResult[None]]:
    from app.invitations import ops

    return lambda vault: ops.delete_attempt(vault.connection, attempt_id)


def set_spacing(days: int) -> Callable[[Vault], OpResult[int]]:
    from app.invitations import ops

    return lambda vault: ops.set_spacing_days(vault.connection, days)
