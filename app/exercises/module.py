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
from dataclasses import replace
from datetime import date

from app.exercises import demo, ops, schema
from app.exercises.document import as_paragraphs, run_document
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


def packet(connection: Connection, start: date, end: date) -> Sequence[PacketSection]:
    """The flagged runs of the period, oldest first, each read as a document that is
    one thing the person can leave out (its paragraphs share the run's item)."""
    runs = RunRepository(connection)
    blocks: list[Paragraph] = []
    for summary in runs.between(start, end, flagged_only=True):
        item = f"run-{summary.id}"
        document = as_paragraphs(run_document(runs.get(summary.id)))
        blocks.extend(replace(paragraph, item=item) for paragraph in document)
    if not blocks:
        return ()
    return (
        PacketSection(id="exercises.flagged", title="Exercises to bring", blocks=tuple(blocks)),
    )


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
