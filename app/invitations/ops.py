"""The invitation planner's operations that change data; each runs in one transaction
and says what it changed.

Run on the database worker (docs/ARCHITECTURE.md, "Threads"). ``clock`` can be
injected; the default is this computer's time. A refused value raises before anything
is written.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from app.invitations.model import Attempt, AttemptDraft, Plan, PlanDraft
from app.invitations.repository import InvitationRepository
from app.platform import timestamps
from app.platform.changes import Changes, OpResult, Topic, in_transaction
from app.platform.sql import Connection

PLANS = Topic("invitations.plans")
ATTEMPTS = Topic("invitations.attempts")
SETTINGS = Topic("invitations.settings")
ALL_TOPICS = (PLANS, ATTEMPTS, SETTINGS)

Clock = Callable[[], datetime]
_NOW = timestamps.local_now


def create_plan(connection: Connection, draft: PlanDraft, *, clock: Clock = _NOW) -> OpResult[Plan]:
    repo = InvitationRepository(connection, clock)
    return in_transaction(connection, lambda: repo.create_plan(draft), PLANS)


def update_plan(
    connection: Connection, plan_id: int, draft: PlanDraft, *, clock: Clock = _NOW
) -> OpResult[Plan]:
    repo = InvitationRepository(connection, clock)
    return in_transaction(connection, lambda: repo.update_plan(plan_id, draft), PLANS)


def trash_plan(connection: Connection, plan_id: int, *, clock: Clock = _NOW) -> OpResult[None]:
    repo = InvitationRepository(connection, clock)
    return in_transaction(connection, lambda: repo.trash_plan(plan_id), PLANS, ATTEMPTS)


def restore_plan(connection: Connection, plan_id: int) -> OpResult[Plan]:
    repo = InvitationRepository(connection)
    return in_transaction(connection, lambda: repo.restore_plan(plan_id), PLANS, ATTEMPTS)


def purge_plan(connection: Connection, plan_id: int) -> OpResult[None]:
    repo = InvitationRepository(connection)
    return in_transaction(connection, lambda: repo.purge_plan(plan_id), PLANS, ATTEMPTS)


def purge_expired(connection: Connection, *, clock: Clock = _NOW) -> OpResult[int]:
    repo = InvitationRepository(connection, clock)
    result = in_transaction(connection, repo.purge_expired, PLANS, ATTEMPTS)
    return result if result.value else OpResult(0, Changes())


def log_attempt(
    connection: Connection, draft: AttemptDraft, *, clock: Clock = _NOW
) -> OpResult[Attempt]:
    repo = InvitationRepository(connection, clock)
    return in_transaction(connection, lambda: repo.log_attempt(draft), ATTEMPTS, PLANS)


def update_attempt(
    connection: Connection, attempt_id: int, draft: AttemptDraft, *, clock: Clock = _NOW
) -> OpResult[Attempt]:
    repo = InvitationRepository(connection, clock)
    return in_transaction(
        connection, lambda: repo.update_attempt(attempt_id, draft), ATTEMPTS, PLANS
    )


def delete_attempt(connection: Connection, attempt_id: int) -> OpResult[None]:
    repo = InvitationRepository(connection)
    return in_transaction(connection, lambda: repo.delete_attempt(attempt_id), ATTEMPTS, PLANS)


def set_spacing_days(connection: Connection, days: int) -> OpResult[int]:
    repo = InvitationRepository(connection)
    return in_transaction(connection, lambda: repo.set_spacing_days(days), SETTINGS)
