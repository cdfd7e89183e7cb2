"""Runs of exercises in the vault: start, autosave answers, finish, flag, link, trash.

Every method runs on the thread that owns the connection and returns plain values
(``Run`` from ``app.exercises.model``, ``RunSummary`` here). A refused value raises an
``ExercisesError`` with one plain sentence and changes nothing.

- A run keeps a snapshot of its exercise from the moment it started; ``get`` reads the
  exercise from that snapshot, never from the content, so a run opens and reads the
  same after its exercise changed or left the content. Answers are checked against
  the run's own snapshot too.
- ``save_answers`` replaces all the answers (the autosave path, about once a second
  while the person types). It also reaches a finished run (editing a result) and a
  run in the trash (an autosave that lands just after a delete is never lost). Blank
  answers (only spaces, nothing chosen) are not kept: an unanswered step has no key.
- Answers to steps hidden by an earlier answer are kept (change the earlier answer
  back and they show again); counts and documents use the visible steps only.
- A run in the trash appears in no list or count; other changes to it (finish,
  reopen, flag, link) report it gone. ``trash``/``restore``/``purge`` and
  ``purge_expired`` work like the journal's trash (kept ``TRASH_DAYS`` days).
- A run belongs to the local date it started (timeline, packet, ``between``).
- "Now" is the ``now`` argument when given, else the injected clock.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any, Final

from app.exercises.answers import clean_answer, is_answered, visible_steps
from app.exercises.errors import InvalidRun, RunNotFound, SessionNotFound
from app.exercises.model import Exercise, JsonValue, Run
from app.exercises.snapshot import from_snapshot
from app.platform import timestamps
from app.platform.errors import InvalidValue
from app.platform.sql import Connection, transaction

TRASH_DAYS: Final = 30
MAX_PAGE: Final = 500
MAX_TITLE_CHARS: Final = 200
Clock = Callable[[], datetime]
Cursor = tuple[str, int]  # (finished UTC key, id) of the last row of a page

RUN_GONE: Final = "That exercise is no longer there."
SESSION_GONE: Final = "That session no longer exists."
NOT_IN_TRASH: Final = "That exercise isn't in the trash."

_SUMMARY_COLUMNS: Final = (
    "id, exercise_id, title, started, updated, finished, bring_to_therapy, session_id,"
    " answered, steps, revision"
)
_RUN_COLUMNS: Final = (
    "id, exercise_id, started, updated, finished, bring_to_therapy, session_id, deleted_at,"
    " revision, snapshot, answers"
)


@dataclass(frozen=True)
class RunSummary:
    """A run as lists show it, without its answers (nothing here parses JSON)."""

    id: int
    exercise_id: str
    title: str  # the exercise's title when the run started
    started: datetime
    updated: datetime
    finished: datetime | None
    bring_to_therapy: bool
    session_id: int | None
    answered: int  # visible steps with an answer
    steps: int  # visible steps
    revision: int

    @property
    def is_finished(self) -> bool:
        return self.finished is not None


class RunRepository:
    """The exercise runs of one open vault."""

    def __init__(self, connection: Connection, clock: Clock = timestamps.local_now) -> None:
        self._db = connection
        self._clock = clock

    def _now(self, now: datetime | None) -> datetime:
        moment = self._clock() if now is None else now
        try:
            return timestamps.require_aware(moment, "time")
        except InvalidValue as error:
            raise InvalidRun(str(error)) from None

    # ----- writing -----------------------------------------------------------------

    def start(self, exercise: Exercise, now: datetime | None = None) -> Run:
        """Begin a run of ``exercise`` (as it is now), with no answers yet."""
        if not isinstance(exercise, Exercise) or not exercise.id or len(exercise.id) > 64:
            raise InvalidRun("An exercise is needed to begin.")
        moment = self._now(now)
        snapshot = _dumps(exercise.to_snapshot())
        at, utc = timestamps.to_text(moment), timestamps.utc_key(moment)
        steps = len(visible_steps(exercise, {}))
        cursor = self._db.execute(
            "INSERT INTO exercise_runs (exercise_id, title, started, started_utc, started_day,"
            " updated, updated_utc, steps, snapshot) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                exercise.id,
                exercise.title[:MAX_TITLE_CHARS],
                at,
                utc,
                timestamps.day_key(moment.date()),
                at,
                utc,
                steps,
                snapshot,
            ),
        )
        return self.get(int(cursor.lastrowid))

    def save_answers(
        self, run_id: int, answers: Mapping[str, object], now: datetime | None = None
    ) -> RunSummary:
        """Replace the run's answers with ``answers`` (step id to value), each checked
        against the run's own exercise; None or a blank value leaves a step unanswered.
        Returns the run's new summary (counts, revision)."""
        moment = self._now(now)
        row = self._db.execute(
            "SELECT snapshot FROM exercise_runs WHERE id = ?", (run_id,)
        ).fetchone()
        if row is None:
            raise RunNotFound(RUN_GONE)
        exercise = _exercise(row[0])
        clean = _clean_answers(exercise, answers)
        visible = visible_steps(exercise, clean)
        answered = sum(1 for step in visible if step.id in clean)
        self._db.execute(
            "UPDATE exercise_runs SET answers = ?, answered = ?, steps = ?, updated = ?,"
            " updated_utc = ?, revision = revision + 1 WHERE id = ?",
            (
                _dumps(clean),
                answered,
                len(visible),
                timestamps.to_text(moment),
                timestamps.utc_key(moment),
                run_id,
            ),
        )
        return self.summary(run_id)

    def finish(self, run_id: int, now: datetime | None = None) -> Run:
        """Mark the run finished (already finished: it keeps its first finish time)."""
        moment = self._now(now)
        self._touch(
            run_id,
            "finished = coalesce(finished, ?), finished_utc = coalesce(finished_utc, ?)",
            (timestamps.to_text(moment), timestamps.utc_key(moment)),
            moment,
        )
        return self.get(run_id)

    def reopen(self, run_id: int, now: datetime | None = None) -> Run:
        """Make a finished run in progress again (it shows with the ones to carry on)."""
        self._touch(run_id, "finished = NULL, finished_utc = NULL", (), self._now(now))
        return self.get(run_id)

    def set_flag(self, run_id: int, bring_to_therapy: bool, now: datetime | None = None) -> Run:
        """Mark or unmark the run "bring to therapy"."""
        if not isinstance(bring_to_therapy, bool):
            raise InvalidRun("'Bring to therapy' must be yes or no.")
        self._touch(run_id, "bring_to_therapy = ?", (int(bring_to_therapy),), self._now(now))
        return self.get(run_id)

    def link_session(self, run_id: int, session_id: int | None, now: datetime | None = None) -> Run:
        """Link the run to a session (one outside the trash), or unlink it with None."""
        if session_id is not None and (
            isinstance(session_id, bool) or not isinstance(session_id, int)
        ):
            raise InvalidRun("A session is needed to link to.")
        moment = self._now(now)
        with transaction(self._db):
            if session_id is not None:
                found = self._db.execute(
                    "SELECT 1 FROM sessions WHERE id = ? AND deleted_at IS NULL", (session_id,)
                ).fetchone()
                if found is None:
                    raise SessionNotFound(SESSION_GONE)
            self._touch(run_id, "session_id = ?", (session_id,), moment)
        return self.get(run_id)

    def _touch(
        self, run_id: int, assignments: str, params: tuple[object, ...], moment: datetime
    ) -> None:
        cursor = self._db.execute(
            f"UPDATE exercise_runs SET {assignments}, updated = ?, updated_utc = ?,"
            " revision = revision + 1 WHERE id = ? AND deleted_at IS NULL",
            (*params, timestamps.to_text(moment), timestamps.utc_key(moment), run_id),
        )
        if cursor.rowcount == 0:
            raise RunNotFound(RUN_GONE)

    # ----- trash -------------------------------------------------------------------

    def trash(self, run_id: int, now: datetime | None = None) -> None:
        """Move to the trash (kept TRASH_DAYS days). Already in the trash: nothing changes."""
        moment = self._now(now)
        cursor = self._db.execute(
            "UPDATE exercise_runs SET deleted_at = ?, deleted_utc = ?, revision = revision + 1"
            " WHERE id = ? AND deleted_at IS NULL",
            (timestamps.to_text(moment), timestamps.utc_key(moment), run_id),
        )
        if cursor.rowcount == 0:
            self._require_exists(run_id)

    def restore(self, run_id: int) -> None:
        """Bring back from the trash. Not in the trash: nothing changes."""
        cursor = self._db.execute(
            "UPDATE exercise_runs SET deleted_at = NULL, deleted_utc = NULL,"
            " revision = revision + 1 WHERE id = ? AND deleted_at IS NOT NULL",
            (run_id,),
        )
        if cursor.rowcount == 0:
            self._require_exists(run_id)

    def trashed(self) -> list[RunSummary]:
        """Runs in the trash, the most recently deleted first."""
        rows = self._db.execute(
            f"SELECT {_SUMMARY_COLUMNS} FROM exercise_runs WHERE deleted_at IS NOT NULL"
            " ORDER BY deleted_utc DESC, id DESC"
        ).fetchall()
        return [_summary(row) for row in rows]

    def purge(self, run_id: int) -> None:
        """Remove a run in the trash for good (the connection's secure_delete zeroes it)."""
        cursor = self._db.execute(
            "DELETE FROM exercise_runs WHERE id = ? AND deleted_at IS NOT NULL", (run_id,)
        )
        if cursor.rowcount == 0:
            self._require_exists(run_id)
            raise RunNotFound(NOT_IN_TRASH)
        self._checkpoint()

    def purge_trashed(self, older_than: datetime) -> int:
        """Remove for good every run put in the trash at or before ``older_than``;
        returns how many."""
        cutoff = timestamps.utc_key(self._now(older_than))
        cursor = self._db.execute(
            "DELETE FROM exercise_runs WHERE deleted_at IS NOT NULL AND deleted_utc <= ?",
            (cutoff,),
        )
        purged = int(cursor.rowcount)
        if purged:
            self._checkpoint()
        return purged

    def purge_expired(self, now: datetime | None = None, days: int = TRASH_DAYS) -> int:
        """Purge runs deleted at least ``days`` days before ``now``; returns how many."""
        return self.purge_trashed(self._now(now) - timedelta(days=days))

    def _checkpoint(self) -> None:
        # Old page images of purged answers stay in the WAL until a checkpoint (see the
        # journal's purge); inside a caller's transaction the caller's commit comes first.
        if not self._db.in_transaction:
            self._db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()

    def _require_exists(self, run_id: int) -> None:
        row = self._db.execute("SELECT 1 FROM exercise_runs WHERE id = ?", (run_id,)).fetchone()
        if row is None:
            raise RunNotFound(RUN_GONE)

    # ----- reading -----------------------------------------------------------------

    def get(self, run_id: int) -> Run:
        """One run with its exercise as it was when it started (also from the trash)."""
        row = self._db.execute(
            f"SELECT {_RUN_COLUMNS} FROM exercise_runs WHERE id = ?", (run_id,)
        ).fetchone()
        if row is None:
            raise RunNotFound(RUN_GONE)
        return _run(row)

    def summary(self, run_id: int) -> RunSummary:
        row = self._db.execute(
            f"SELECT {_SUMMARY_COLUMNS} FROM exercise_runs WHERE id = ?", (run_id,)
        ).fetchone()
        if row is None:
            raise RunNotFound(RUN_GONE)
        return _summary(row)

    def in_progress(self, limit: int = 50) -> list[RunSummary]:
        """Runs not finished yet, the one changed last first."""
        rows = self._db.execute(
            f"SELECT {_SUMMARY_COLUMNS} FROM exercise_runs"
            " WHERE deleted_at IS NULL AND finished IS NULL"
            " ORDER BY updated_utc DESC, id DESC LIMIT ?",
            (_limit(limit),),
        ).fetchall()
        return [_summary(row) for row in rows]

    def finished(self, limit: int = 50, before: Cursor | None = None) -> list[RunSummary]:
        """Finished runs, the last finished first, after the row ``before`` points at
        (``cursor_of`` the last row of the previous page; None for the first page)."""
        clauses = "deleted_at IS NULL AND finished IS NOT NULL"
        params: list[Any] = []
        if before is not None:
            clauses += " AND (finished_utc, id) < (?, ?)"
            params += [str(before[0]), int(before[1])]
        rows = self._db.execute(
            f"SELECT {_SUMMARY_COLUMNS} FROM exercise_runs WHERE {clauses}"
            " ORDER BY finished_utc DESC, id DESC LIMIT ?",
            [*params, _limit(limit)],
        ).fetchall()
        return [_summary(row) for row in rows]

    @staticmethod
    def cursor_of(summary: RunSummary) -> Cursor:
        """Where the next page of ``finished`` starts, after ``summary``."""
        if summary.finished is None:
            raise InvalidRun("Only a finished exercise can mark a page.")
        return timestamps.utc_key(summary.finished), summary.id

    def between(self, start: date, end: date, *, flagged_only: bool = False) -> list[RunSummary]:
        """Live runs started (local date) from ``start`` to ``end``, oldest first."""
        flag = " AND bring_to_therapy = 1" if flagged_only else ""
        rows = self._db.execute(
            f"SELECT {_SUMMARY_COLUMNS} FROM exercise_runs WHERE deleted_at IS NULL"
            f" AND started_day BETWEEN ? AND ?{flag} ORDER BY started_utc, id",
            (timestamps.day_key(start), timestamps.day_key(end)),
        ).fetchall()
        return [_summary(row) for row in rows]

    def count_for_exercise(self, exercise_id: str) -> int:
        """How many live runs (finished or not) there are of that exercise."""
        (count,) = self._db.execute(
            "SELECT count(*) FROM exercise_runs WHERE exercise_id = ? AND deleted_at IS NULL",
            (str(exercise_id),),
        ).fetchone()
        return int(count)


# ----- values in and out -------------------------------------------------------------


def _clean_answers(exercise: Exercise, answers: Mapping[str, object]) -> dict[str, JsonValue]:
    if not isinstance(answers, Mapping):
        raise InvalidRun("The answers could not be read.")
    steps = {step.id: step for step in exercise.steps}
    clean: dict[str, JsonValue] = {}
    for key, value in answers.items():
        step = steps.get(key) if isinstance(key, str) else None
        if step is None:
            raise InvalidRun("An answer is for a step this exercise doesn't have.")
        if value is None:
            continue
        try:
            cleaned = clean_answer(step, value)
        except InvalidValue as error:
            raise InvalidRun(str(error)) from None
        if is_answered(step, cleaned):
            clean[key] = cleaned
    return clean


def _dumps(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _exercise(snapshot: str) -> Exercise:
    try:
        data = json.loads(snapshot)
    except ValueError:
        data = {}
    return from_snapshot(data if isinstance(data, dict) else {})


def _answers(text: str) -> dict[str, JsonValue]:
    """The stored answers, leniently: values of a shape no step kind uses are left out."""
    try:
        data = json.loads(text)
    except ValueError:
        return {}
    if not isinstance(data, dict):
        return {}
    answers: dict[str, JsonValue] = {}
    for key, value in data.items():
        if isinstance(value, str | bool | int):
            answers[str(key)] = value
        elif isinstance(value, list):
            answers[str(key)] = [str(item) for item in value if isinstance(item, str)]
    return answers


def _opt_time(text: str | None) -> datetime | None:
    return None if text is None else timestamps.from_text(text)


def _run(row: Any) -> Run:
    (
        run_id,
        exercise_id,
        started,
        updated,
        finished,
        flag,
        session_id,
        deleted_at,
        revision,
        snapshot,
        answers,
    ) = row
    return Run(
        id=int(run_id),
        exercise_id=str(exercise_id),
        exercise=_exercise(snapshot),
        started=timestamps.from_text(started),
        updated=timestamps.from_text(updated),
        answers=_answers(answers),
        finished=_opt_time(finished),
        bring_to_therapy=bool(flag),
        session_id=None if session_id is None else int(session_id),
        deleted_at=_opt_time(deleted_at),
        revision=int(revision),
    )


def _summary(row: Any) -> RunSummary:
    (
        run_id,
        exercise_id,
        title,
        started,
        updated,
        finished,
        flag,
        session_id,
        answered,
        steps,
        revision,
    ) = row
    return RunSummary(
        id=int(run_id),
        exercise_id=str(exercise_id),
        title=str(title),
        started=timestamps.from_text(started),
        updated=timestamps.from_text(updated),
        finished=_opt_time(finished),
        bring_to_therapy=bool(flag),
        session_id=None if session_id is None else int(session_id),
        answered=int(answered),
        steps=int(steps),
        revision=int(revision),
    )


def _limit(limit: int) -> int:
    return max(0, min(int(limit), MAX_PAGE))
