"""The questionnaires page's work on the database worker: reads that return plain
values, and operations (``app.measures.ops``) that say what they changed.

The app modules are imported inside the jobs, on the worker, so the page opens
without waiting for them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.measures.model import HistoryPoint, Run
    from app.platform.changes import OpResult
    from app.vault.vault import Vault


@dataclass(frozen=True)
class Overview:
    """One questionnaire's page: its scores over time, the latest, one in progress."""

    measure: str
    history: list[HistoryPoint]
    latest: Run | None
    in_progress: Run | None


def overview(measure_id: str) -> Callable[[Vault], Overview]:
    def job(vault: Vault) -> Overview:
        from app.measures.repository import MeasureRepository

        repo = MeasureRepository(vault.connection)
        history = repo.history(measure_id)
        latest = repo.get(history[-1].run_id) if history else None
        return Overview(measure_id, history, latest, repo.in_progress(measure_id))

    return job


def run(run_id: int) -> Callable[[Vault], Run]:
    def job(vault: Vault) -> Run:
        from app.measures.repository import MeasureRepository

        return MeasureRepository(vault.connection).get(run_id)

    return job


# ----- operations -------------------------------------------------------------------


def start(measure_id: str) -> Callable[[Vault], OpResult[Run]]:
    def op(vault: Vault) -> OpResult[Run]:
        from app.measures import ops

        return ops.start_run(vault.connection, measure_id)

    return op


def answer(run_id: int, item_id: str, value: int | None) -> Callable[[Vault], OpResult[Run]]:
    def op(vault: Vault) -> OpResult[Run]:
        from app.measures import ops

        return ops.answer(vault.connection, run_id, item_id, value)

    return op


def follow_up(run_id: int, option_id: str | None) -> Callable[[Vault], OpResult[Run]]:
    def op(vault: Vault) -> OpResult[Run]:
        from app.measures import ops

        return ops.set_follow_up(vault.connection, run_id, option_id)

    return op


def delete(run_id: int) -> Callable[[Vault], OpResult[None]]:
    def op(vault: Vault) -> OpResult[None]:
        from app.measures import ops

        return ops.delete_run(vault.connection, run_id)

    return op


def restore(run: Run) -> Callable[[Vault], OpResult[Run]]:
    """``run`` (discarded) stored again: Undo."""

    def op(vault: Vault) -> OpResult[Run]:
        from app.measures import ops

        return ops.restore_run(
            vault.connection, run.measure, run.day, dict(run.answers), run.follow_up
        )

    return op
