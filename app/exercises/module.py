"""Guided exercises: runs of the exercises in ``resources/content/exercises/``.

Its window twin is ``ui/exercises``. Contributions:
- timeline: every live run, on the day it started (``kind`` "exercise_run");
- packet: the runs flagged "bring to therapy" that started in the period, each as a
  short document (``app/exercises/document.py``);
- export: every run, the trash too, with every stored field (the snapshot and the
  answers as JSON objects), so nothing is lost.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from datetime import date
from typing import Final

from app.exercises import demo, ops, schema
from app.exercises.answers import answer_text, is_answered, visible_steps
from app.exercises.model import Run, Step, StepKind
from app.exercises.repository import RunRepository
from app.platform.contributions import (
    ExportRecord,
    JsonValue,
    PacketSection,
    Paragraph,
    RestoreContext,
    RestoreResult,
    TimelineItem,
    count_tables,
    restore_tables,
)
from app.platform.module import FeatureModule
from app.platform.sql import Connection
from app.platform.wording import ENGLISH, Wording, message

_JSON_COLUMNS = frozenset({"snapshot", "answers"})


def timeline(connection: Connection, start: date, end: date) -> Iterator[TimelineItem]:
    for run in RunRepository(connection).between(start, end):
        yield TimelineItem(
            module="exercises",
            kind="exercise_run",
            ref=str(run.id),
            day=run.started.date(),
            title=run.title,
            at=run.started,
            flagged=run.bring_to_therapy,
            values={
                "exercise": run.exercise_id,
                "finished": run.is_finished,
                "answered": run.answered,
                "steps": run.steps,
            },
        )


PACKET_TITLE: Final = message("Exercises to bring")


def packet(
    connection: Connection, start: date, end: date, wording: Wording = ENGLISH
) -> Sequence[PacketSection]:
    """The flagged runs of the period, oldest first, each read as a document that is
    one thing the person can leave out (its paragraphs share the run's item)."""
    runs = RunRepository(connection)
    blocks: list[Paragraph] = []
    for summary in runs.between(start, end, flagged_only=True):
        item = f"run-{summary.id}"
        blocks.extend(Paragraph(text, item) for text in _run_texts(runs.get(summary.id), wording))
    if not blocks:
        return ()
    return (PacketSection(id="exercises.flagged", title=PACKET_TITLE, blocks=tuple(blocks)),)


def _run_texts(run: Run, wording: Wording) -> list[str]:
    """The run as ``app/exercises/document.py`` reads it (a heading, the adaptation
    line, each answered step's prompt and then its answer, a long answer in its
    paragraphs), with the module's own words and days in the reader's language. The
    exercise's words and the person's answers are as they are."""
    title = run.exercise.title.strip() or wording.say("Exercise")
    started = run.started.date()
    finished = None if run.finished is None else run.finished.date()
    texts = [
        wording.say("{title} \u2014 {dates}", title=title, dates=_dates(started, finished, wording))
    ]
    adapted_from = run.exercise.adapted_from.strip()
    if adapted_from:
        texts.append(adapted_from)
    for step in visible_steps(run.exercise, run.answers):
        value = run.answers.get(step.id)
        if value is None or not is_answered(step, value):
            continue
        answer = _answer(step, value, wording).strip()
        if answer:
            texts.append(step.prompt.strip())
            texts.extend(part.strip() for part in answer.split("\n\n") if part.strip())
    return texts


def _day(day: date, wording: Wording) -> str:
    """A day of a run, written out ("3 March 2026" on the command line, as a run's
    document has always had it; in the window's language there)."""
    return wording.long_day(day)


def _dates(started: date, finished: date | None, wording: Wording) -> str:
    if finished is None:
        return wording.say("Started {day}, not finished yet", day=_day(started, wording))
    if finished == started:
        return _day(started, wording)
    return wording.say(
        "Started {start}, finished {end}",
        start=_day(started, wording),
        end=_day(finished, wording),
    )


def _answer(step: Step, value: object, wording: Wording) -> str:
    """An answer as ``answer_text`` reads it, its yes, no and scale words the reader's:
    option labels and the person's own words are as they are."""
    if isinstance(value, bool):
        return wording.say("Yes") if value else wording.say("No")
    if step.kind is StepKind.SCALE and isinstance(value, int):
        if step.minimum in (0, 1):
            return wording.say("{value} out of {maximum}", value=value, maximum=step.maximum)
        return wording.say(
            "{value} on a scale from {minimum} to {maximum}",
            value=value,
            minimum=step.minimum,
            maximum=step.maximum,
        )
    return answer_text(step, value)


def export(connection: Connection) -> Iterator[ExportRecord]:
    """Every run (the trash too, with ``deleted_at``), column by column."""
    cursor = connection.execute("SELECT * FROM exercise_runs ORDER BY id")
    names = [column[0] for column in cursor.description]
    for row in cursor:
        data: dict[str, JsonValue] = {}
        for name, value in zip(names, row, strict=True):
            data[name] = _parsed(value) if name in _JSON_COLUMNS else value
        yield ExportRecord(module="exercises", kind="exercise_run", data=data)


def _parsed(text: str) -> JsonValue:
    try:
        value: JsonValue = json.loads(text)
    except ValueError:  # the table's CHECK keeps this from happening; keep the text whole
        return text
    return value


_RUN_TABLES = (("exercise_runs", "id"),)


def export_count(connection: Connection) -> int:
    """How many records ``export`` gives."""
    return count_tables(connection, _RUN_TABLES)


def restore(
    connection: Connection, records: Iterable[ExportRecord], context: RestoreContext
) -> RestoreResult:
    """The runs back, with their ids (the snapshot and answers as JSON text again),
    into a vault with no runs yet (otherwise left out, and the result says so)."""
    return restore_tables(
        connection,
        "exercises",
        _RUN_TABLES,
        records,
        context,
        json_columns=_JSON_COLUMNS,
        kinds={"exercise_run": "exercise_runs"},
        links={("exercise_runs", "session_id"): ("sessions", "sessions")},
    )


MODULE = FeatureModule(
    id="exercises",
    title="Exercises",
    schema=schema.STEPS,
    topics=ops.ALL_TOPICS,
    demo=demo.fill,
    timeline=timeline,
    packet=packet,
    export=export,
    export_count=export_count,
    restore=restore,
)
