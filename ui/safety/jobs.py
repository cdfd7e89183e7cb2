"""The safety page's work on the database worker. The app modules are imported inside
the jobs, on the worker, so the page opens without waiting for them."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.platform.changes import OpResult
    from app.safety.model import CheckDraft, SafetyCheck
    from app.vault.vault import Vault


def saved_checks() -> Callable[[Vault], list[SafetyCheck]]:
    def job(vault: Vault) -> list[SafetyCheck]:
        from app.safety.repository import SafetyRepository

        return SafetyRepository(vault.connection).recent()

    return job


def save(draft: CheckDraft) -> Callable[[Vault], OpResult[SafetyCheck]]:
    def op(vault: Vault) -> OpResult[SafetyCheck]:
        from app.safety.ops import save_check

        return save_check(vault.connection, draft)

    return op


def delete(check_id: int) -> Callable[[Vault], OpResult[None]]:
    def op(vault: Vault) -> OpResult[None]:
        from app.safety.ops import delete_check

        return delete_check(vault.connection, check_id)

    return op
