"""The safety operations that change data; each runs in one transaction and says what
it changed. Run on the database worker (docs/ARCHITECTURE.md, "Threads")."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime

from app.platform import timestamps
from app.platform.changes import Changes, OpResult, Topic, in_transaction
from app.platform.sql import Connection
from app.safety.content import Question
from app.safety.model import CheckDraft, SafetyCheck
from app.safety.repository import SafetyRepository

CHECKS = Topic("safety.checks")
ALL_TOPICS = (CHECKS,)

Clock = Callable[[], datetime]
_NOW = timestamps.local_now


def save_check(
    connection: Connection,
    draft: CheckDraft,
    *,
    clock: Clock = _NOW,
    questions: Sequence[Question] | None = None,
) -> OpResult[SafetyCheck]:
    """Save the answers the person chose to keep."""
    repo = SafetyRepository(connection, clock, questions)
    return in_transaction(connection, lambda: repo.save(draft), CHECKS)


def delete_check(connection: Connection, check_id: int) -> OpResult[None]:
    """Remove one saved check for good."""
    repo = SafetyRepository(connection)
    return in_transaction(connection, lambda: repo.delete(check_id), CHECKS)


def delete_all_checks(connection: Connection) -> OpResult[int]:
    """Remove every saved check for good; the value is how many."""
    repo = SafetyRepository(connection)
    result = in_transaction(connection, repo.delete_all, CHECKS)
    return result if result.value else OpResult(0, Changes())
