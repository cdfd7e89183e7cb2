"""The measures operations that change data; each runs in one transaction and says
what it changed.

Run on the database worker (docs/ARCHITECTURE.md, "Threads"). ``clock`` can be
injected; the default is this computer's time. A refused value raises before
anything is written.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date, datetime

from app.measures.content import Catalogue
from app.measures.model import Run
from app.measures.repository import MeasureRepository
from app.platform import timestamps
from app.platform.changes import OpResult, Topic, in_transaction
from app.platform.sql import Connection

RUNS = Topic("measures.runs")
ALL_TOPICS = (RUNS,)

Clock = Callable[[], datetime]
_NOW = timestamps.local_now


def start_run(
    connection: Connection,
    measure_id: str,
    day: date | None = None,
    *,
    clock: Clock = _NOW,
    catalogue: Catalogue | None = None,
) -> OpResult[Run]:
    """Start a questionnaire, or carry on the one of that kind still in progress."""
    repo = MeasureRepository(connection, clock, catalogue)
    return in_transaction(connection, lambda: repo.start(measure_id, day), RUNS)


def answer(
    connection: Connection,
    run_id: int,
    item_id: str,
    value: int | None,
    *,
    clock: Clock = _NOW,
    catalogue: Catalogue | None = None,
) -> OpResult[Run]:
    """One item's answer (None clears it); the run is scored again."""
    repo = MeasureRepository(connection, clock, catalogue)
    return in_transaction(connection, lambda: repo.answer(run_id, item_id, value), RUNS)


def answer_many(
    connection: Connection,
    run_id: int,
    answers: Mapping[str, int | None],
    *,
    clock: Clock = _NOW,
    catalogue: Catalogue | None = None,
) -> OpResult[Run]:
    repo = MeasureRepository(connection, clock, catalogue)
    return in_transaction(connection, lambda: repo.answer_many(run_id, dict(answers)), RUNS)


def set_follow_up(
    connection: Connection,
    run_id: int,
    option_id: str | None,
    *,
    clock: Clock = _NOW,
    catalogue: Catalogue | None = None,
) -> OpResult[Run]:
    repo = MeasureRepository(connection, clock, catalogue)
    return in_transaction(connection, lambda: repo.set_follow_up(run_id, option_id), RUNS)


def set_day(
    connection: Connection, run_id: int, day: date, *, clock: Clock = _NOW
) -> OpResult[Run]:
    repo = MeasureRepository(connection, clock)
    return in_transaction(connection, lambda: repo.set_day(run_id, day), RUNS)


def delete_run(connection: Connection, run_id: int) -> OpResult[None]:
    repo = MeasureRepository(connection)
    return in_transaction(connection, lambda: repo.delete(run_id), RUNS)


def restore_run(
    connection: Connection,
    measure_id: str,
    day: date,
    answers: Mapping[str, int],
    follow_up: str | None = None,
    *,
    clock: Clock = _NOW,
    catalogue: Catalogue | None = None,
) -> OpResult[Run]:
    """A discarded run back again (Undo), with its day, answers and follow-up."""
    repo = MeasureRepository(connection, clock, catalogue)

    def work() -> Run:
        run = repo.start(measure_id, day)
        run = repo.answer_many(run.id, dict(answers))
        return repo.set_follow_up(run.id, follow_up) if follow_up is not None else run

    return in_transaction(connection, work, RUNS)
