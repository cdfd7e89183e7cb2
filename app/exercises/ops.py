"""The exercise-run operations that change data; each runs in one transaction and says
what it changed.

Run on the database worker (docs/ARCHITECTURE.md, "Threads"): they take the vault's
connection, which belongs to that thread. ``clock`` can be injected; the default is
this computer's time. A refused value raises before anything is written.

Topics: ``RUNS`` when which runs exist, or where they belong, changes (started,
finished, reopened, flagged, linked, to and from the trash); ``ANSWERS`` when a run's
answers change (its counts in lists, its document); ``TRASH`` when the trash changes.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import datetime
from typing import TypeVar

from app.exercises.model import Exercise, Run
from app.exercises.repository import RunRepository, RunSummary
from app.platform import timestamps
from app.platform.changes import Changes, OpResult, Topic, in_transaction
from app.platform.sql import Connection, transaction

RUNS = Topic("exercises.runs")
ANSWERS = Topic("exercises.answers")
TRASH = Topic("exercises.trash")
ALL_TOPICS = (RUNS, ANSWERS, TRASH)

Clock = Callable[[], datetime]
T = TypeVar("T")

_NOW = timestamps.local_now


def start_run(connection: Connection, exercise: Exercise, *, clock: Clock = _NOW) -> OpResult[Run]:
    """Begin a run of ``exercise`` (its snapshot is stored with the run)."""
    repo = RunRepository(connection, clock)
    return in_transaction(connection, lambda: repo.start(exercise), RUNS)


def save_answers(
    connection: Connection,
    run_id: int,
    answers: Mapping[str, object],
    *,
    clock: Clock = _NOW,
) -> OpResult[RunSummary]:
    """The autosave: replace the run's answers (each checked against its exercise)."""
    repo = RunRepository(connection, clock)
    return in_transaction(connection, lambda: repo.save_answers(run_id, answers), ANSWERS)


def finish_run(connection: Connection, run_id: int, *, clock: Clock = _NOW) -> OpResult[Run]:
    repo = RunRepository(connection, clock)
    return in_transaction(connection, lambda: repo.finish(run_id), RUNS)


def reopen_run(connection: Connection, run_id: int, *, clock: Clock = _NOW) -> OpResult[Run]:
    repo = RunRepository(connection, clock)
    return in_transaction(connection, lambda: repo.reopen(run_id), RUNS)


def set_flag(
    connection: Connection, run_id: int, bring_to_therapy: bool, *, clock: Clock = _NOW
) -> OpResult[Run]:
    """Mark or unmark the run "bring to therapy"."""
    repo = RunRepository(connection, clock)
    return in_transaction(connection, lambda: repo.set_flag(run_id, bring_to_therapy), RUNS)


def link_session(
    connection: Connection, run_id: int, session_id: int | None, *, clock: Clock = _NOW
) -> OpResult[Run]:
    """Link the run to a session, or unlink it (None)."""
    repo = RunRepository(connection, clock)
    return in_transaction(connection, lambda: repo.link_session(run_id, session_id), RUNS)


def trash_run(connection: Connection, run_id: int, *, clock: Clock = _NOW) -> OpResult[int]:
    """Move the run to the trash."""
    with transaction(connection):
        RunRepository(connection, clock).trash(run_id)
    return OpResult(run_id, Changes.of(RUNS, TRASH))


def restore_run(connection: Connection, run_id: int) -> OpResult[int]:
    """Bring the run back from the trash."""
    with transaction(connection):
        RunRepository(connection).restore(run_id)
    return OpResult(run_id, Changes.of(RUNS, TRASH))


def purge_run(connection: Connection, run_id: int) -> OpResult[int]:
    """Remove a run in the trash for good."""
    repo = RunRepository(connection)
    repo.purge(run_id)  # one statement; outside a transaction so the WAL is checkpointed
    return OpResult(run_id, Changes.of(TRASH))


def purge_expired(connection: Connection, *, clock: Clock = _NOW) -> OpResult[int]:
    """Empty the trash of runs deleted more than 30 days ago."""
    purged = RunRepository(connection, clock).purge_expired()
    return OpResult(purged, Changes.of(TRASH) if purged else Changes())
