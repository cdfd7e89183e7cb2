"""The measures module: PHQ-9 and GAD-7, dated, scored with their severity bands.

Its window twin is ``ui/measures``. Contributions:
- timeline: every scored questionnaire on its day (score, band, whether item 9 of a
  PHQ-9 was above zero); never one still in progress (it has no score);
- packet: "PHQ-9 / GAD-7 scores with dates": the screening note, then each
  questionnaire's scores in the period with their bands (and, for the PHQ-9, the
  answer to item 9 and the difficulty question);
- export: every row of both tables, whole (runs in progress too).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import date
from typing import Final

from app.measures import content, demo, ops, schema
from app.measures.model import Run
from app.measures.repository import MeasureRepository
from app.platform.contributions import (
    ExportRecord,
    PacketSection,
    Paragraph,
    Table,
    TimelineItem,
    export_tables,
)
from app.platform.module import FeatureModule
from app.platform.sql import Connection

EXPORT_TABLES: Final = (("measure_runs", "id"), ("measure_answers", "run_id, item"))
PACKET_TITLE: Final = "PHQ-9 / GAD-7 scores with dates"


def timeline(connection: Connection, start: date, end: date) -> Iterator[TimelineItem]:
    repo = MeasureRepository(connection)
    for run in repo.runs_between(start, end):
        measure = repo.catalogue.get(run.measure)
        if measure is None or run.score is None:
            continue
        yield TimelineItem(
            module="measures",
            kind="measure",
            ref=str(run.id),
            day=run.day,
            title="",
            values={
                "measure": run.measure,
                "name": measure.name.get(),
                "score": run.score,
                "max_score": measure.max_score,
                "band": measure.band_for(run.score).id,
                "crisis": run.crisis,
            },
        )


def packet(connection: Connection, start: date, end: date) -> Sequence[PacketSection]:
    repo = MeasureRepository(connection)
    runs = repo.runs_between(start, end)
    if not runs:
        return ()
    blocks: list[Paragraph | Table] = []
    for measure in repo.catalogue.measures:
        mine = [r for r in runs if r.measure == measure.id]
        if not mine:
            continue
        blocks.append(Paragraph(f"{measure.title.get()}: scores from 0 to {measure.max_score}."))
        blocks.append(_table(measure, mine))
    if not blocks:
        return ()
    notes = {m.screening_note.get() for m in repo.catalogue.measures}
    blocks.extend(Paragraph(note) for note in sorted(notes))
    return (PacketSection(id="measures.scores", title=PACKET_TITLE, blocks=tuple(blocks)),)


def _table(measure: content.Measure, runs: Sequence[Run]) -> Table:
    header = ["Date", "Score", "Severity"]
    crisis_item = measure.item(measure.crisis_item) if measure.crisis_item else None
    if crisis_item is not None:
        header.append(f"Item {crisis_item.number} (thoughts of self-harm)")
    if measure.follow_up is not None:
        header.append("Difficulty")
    rows: list[tuple[str, ...]] = []
    for run in runs:
        assert run.score is not None
        row = [run.day.isoformat(), str(run.score), measure.band_for(run.score).label.get()]
        if crisis_item is not None:
            option = measure.option(run.answers.get(crisis_item.id, 0))
            row.append("" if option is None else option.label.get())
        if measure.follow_up is not None:
            chosen = measure.follow_up.option(run.follow_up) if run.follow_up else None
            row.append("" if chosen is None else chosen.label.get())
        rows.append(tuple(row))
    return Table(tuple(header), tuple(rows))


def export(connection: Connection) -> Iterator[ExportRecord]:
    """Every row of both tables, column by column (nothing left out)."""
    return export_tables(connection, "measures", EXPORT_TABLES)


MODULE = FeatureModule(
    id="measures",
    title="Questionnaires",
    schema=schema.STEPS,
    topics=ops.ALL_TOPICS,
    demo=demo.fill,
    timeline=timeline,
    packet=packet,
    export=export,
)
