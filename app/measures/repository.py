"""Questionnaire runs in the vault: start (or carry on), answer, score, and read.

Every method runs on the thread that owns the connection and returns values from
``app.measures.model``. A refused value raises ``InvalidAnswer`` (one plain sentence)
before anything is written.

- ``start`` carries on the run of that questionnaire still in progress, if there is
  one: a half-answered questionnaire is never lost or doubled.
- ``answer`` stores one item's answer (or clears it with None) and scores the run
  again: complete with its score once every item has an answer, in progress (no
  score) while any is missing. Changing an answer after scoring rescores it.
- ``history`` reads one questionnaire's scores in day order from an index alone.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date, datetime, timedelta
from typing import Final

from app.measures import content
from app.measures.errors import InvalidAnswer, NotFound
from app.measures.model import MAX_DAYS_AHEAD, HistoryPoint, Run, Status
from app.platform import timestamps
from app.platform.errors import InvalidValue
from app.platform.sentence import sentence
from app.platform.sql import Connection

Clock = Callable[[], datetime]

RUN_GONE: Final = "That questionnaire no longer exists."
UNKNOWN_MEASURE: Final = "That questionnaire isn't available."
UNKNOWN_FOLLOW_UP: Final = "Please choose one of the answers given."
TOO_FAR_AHEAD: Final = "A questionnaire can be dated at most one day after today."

_RUN_COLUMNS: Final = "id, measure, taken, status, score, crisis, follow_up, started, updated"


class MeasureRepository:
    """The questionnaire runs of one open vault."""

    def __init__(
        self,
        connection: Connection,
        clock: Clock = timestamps.local_now,
        catalogue: content.Catalogue | None = None,
    ) -> None:
        self._db = connection
        self._clock = clock
        self._catalogue = catalogue

    @property
    def catalogue(self) -> content.Catalogue:
        return self._catalogue if self._catalogue is not None else content.bundled()

    def measure(self, measure_id: object) -> content.Measure:
        found = self.catalogue.get(measure_id) if isinstance(measure_id, str) else None
        if found is None:
            raise InvalidAnswer(UNKNOWN_MEASURE)
        return found

    def _now(self) -> datetime:
        return timestamps.require_aware(self._clock(), "current time")

    # ----- changing ----------------------------------------------------------------

    def start(self, measure_id: str, day: date | None = None) -> Run:
        """A new run dated ``day`` (default today), or the one still in progress."""
        measure = self.measure(measure_id)
        now = self._now()
        taken = self._day(now.date() if day is None else day, now.date())
        current = self.in_progress(measure.id)
        if current is not None:
            return current
        stamp = timestamps.to_text(now)
        cursor = self._db.execute(
            "INSERT INTO measure_runs (measure, taken, status, started, updated)"
            " VALUES (?, ?, 'in_progress', ?, ?)",
            (measure.id, taken, stamp, stamp),
        )
        return self.get(int(cursor.lastrowid))

    def answer(self, run_id: int, item_id: object, value: object) -> Run:
        """Store (or, with None, clear) one item's answer and score the run again."""
        # A question that is not text is no question of this questionnaire (refused).
        return self.answer_many(run_id, {item_id if isinstance(item_id, str) else "": value})

    def answer_many(self, run_id: int, answers: Mapping[str, object]) -> Run:
        """Several answers at once; all are checked before any is written."""
        run = self.get(run_id)
        measure = self.measure(run.measure)
        checked = [
            (self._item(measure, item), self._value(measure, value))
            for item, value in answers.items()
        ]
        for item, value in checked:
            if value is None:
                self._db.execute(
                    "DELETE FROM measure_answers WHERE run_id = ? AND item = ?", (run_id, item)
                )
            else:
                self._db.execute(
                    "INSERT INTO measure_answers (run_id, item, value) VALUES (?, ?, ?)"
                    " ON CONFLICT (run_id, item) DO UPDATE SET value = excluded.value",
                    (run_id, item, value),
                )
        return self._rescore(run_id, measure)

    def set_follow_up(self, run_id: int, option_id: object) -> Run:
        """The unscored follow-up question's answer (an option id), or None."""
        run = self.get(run_id)
        measure = self.measure(run.measure)
        if option_id is not None and (
            measure.follow_up is None
            or not isinstance(option_id, str)
            or measure.follow_up.option(option_id) is None
        ):
            raise InvalidAnswer(UNKNOWN_FOLLOW_UP)
        self._db.execute(
            "UPDATE measure_runs SET follow_up = ?, updated = ? WHERE id = ?",
            (option_id, timestamps.to_text(self._now()), run_id),
        )
        return self.get(run_id)

    def set_day(self, run_id: int, day: object) -> Run:
        self.get(run_id)
        now = self._now()
        taken = self._day(day, now.date())
        self._db.execute(
            "UPDATE measure_runs SET taken = ?, updated = ? WHERE id = ?",
            (taken, timestamps.to_text(now), run_id),
        )
        return self.get(run_id)

    def delete(self, run_id: int) -> None:
        """Remove a run and its answers for good."""
        cursor = self._db.execute("DELETE FROM measure_runs WHERE id = ?", (run_id,))
        if cursor.rowcount == 0:
            raise NotFound(RUN_GONE)

    def _rescore(self, run_id: int, measure: content.Measure) -> Run:
        answers = self._answers(run_id)
        score = measure.score(answers)
        status = Status.IN_PROGRESS if score is None else Status.COMPLETE
        self._db.execute(
            "UPDATE measure_runs SET status = ?, score = ?, crisis = ?, updated = ? WHERE id = ?",
            (
                status.value,
                score,
                int(measure.needs_crisis_screen(answers)),
                timestamps.to_text(self._now()),
                run_id,
            ),
        )
        return self.get(run_id)

    @staticmethod
    def _item(measure: content.Measure, item: object) -> str:
        if not isinstance(item, str) or measure.item(item) is None:
            raise InvalidAnswer(
                sentence("That question isn't part of the {name}.", name=measure.name)
            )
        return item

    @staticmethod
    def _value(measure: content.Measure, value: object) -> int | None:
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int) or value not in measure.values:
            top = max(measure.values)
            raise InvalidAnswer(
                sentence("An answer is one of the choices given, from 0 to {top}.", top=top)
            )
        return value

    @staticmethod
    def _day(day: object, today: date) -> str:
        try:
            checked = timestamps.require_day(day, "date of a questionnaire")
        except InvalidValue as error:
            raise InvalidAnswer(str(error)) from None
        if checked > today + timedelta(days=MAX_DAYS_AHEAD):
            raise InvalidAnswer(TOO_FAR_AHEAD)
        return timestamps.day_key(checked)

    # ----- reading -----------------------------------------------------------------

    def get(self, run_id: int) -> Run:
        row = self._db.execute(
            f"SELECT {_RUN_COLUMNS} FROM measure_runs WHERE id = ?", (run_id,)
        ).fetchone()
        if row is None:
            raise NotFound(RUN_GONE)
        return self._run(row, self._answers(run_id))

    def in_progress(self, measure_id: str) -> Run | None:
        """The newest run of ``measure_id`` still in progress, or None."""
        row = self._db.execute(
            "SELECT id FROM measure_runs WHERE measure = ? AND status = 'in_progress'"
            " ORDER BY taken DESC, id DESC LIMIT 1",
            (measure_id,),
        ).fetchone()
        return None if row is None else self.get(int(row[0]))

    def history(
        self, measure_id: str, start: date | None = None, end: date | None = None
    ) -> list[HistoryPoint]:
        """Scored runs of ``measure_id`` in day order (oldest first), within the days given."""
        low = timestamps.day_key(start) if start is not None else "0000-00-00"
        high = timestamps.day_key(end) if end is not None else "9999-99-99"
        rows = self._db.execute(
            "SELECT id, taken, score, crisis FROM measure_runs"
            " WHERE measure = ? AND status = 'complete' AND taken BETWEEN ? AND ?"
            " ORDER BY taken, id",
            (measure_id, low, high),
        ).fetchall()
        return [
            HistoryPoint(int(i), date.fromisoformat(day), int(score), bool(crisis))
            for i, day, score, crisis in rows
        ]

    def runs_between(self, start: date, end: date, *, complete_only: bool = True) -> list[Run]:
        """Runs dated ``start``..``end`` (both questionnaires), in day order."""
        status = "AND status = 'complete'" if complete_only else ""
        rows = self._db.execute(
            f"SELECT {_RUN_COLUMNS} FROM measure_runs WHERE taken BETWEEN ? AND ? {status}"
            " ORDER BY taken, id",
            (timestamps.day_key(start), timestamps.day_key(end)),
        ).fetchall()
        return [self._run(row, self._answers(int(row[0]))) for row in rows]

    def _answers(self, run_id: int) -> dict[str, int]:
        rows = self._db.execute(
            "SELECT item, value FROM measure_answers WHERE run_id = ?", (run_id,)
        ).fetchall()
        return {str(item): int(value) for item, value in rows}

    @staticmethod
    def _run(row: tuple[object, ...], answers: dict[str, int]) -> Run:
        run_id, measure, taken, status, score, crisis, follow_up, started, updated = row
        return Run(
            id=int(str(run_id)),
            measure=str(measure),
            day=date.fromisoformat(str(taken)),
            status=Status(str(status)),
            score=None if score is None else int(str(score)),
            crisis=bool(crisis),
            answers=answers,
            follow_up=None if follow_up is None else str(follow_up),
            started=timestamps.from_text(str(started)),
            updated=timestamps.from_text(str(updated)),
        )
