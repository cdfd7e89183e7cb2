"""The measures module: PHQ-9 and GAD-7, dated, scored with their severity bands.

Its window twin is ``ui/measures``. Contributions:
- timeline: every scored questionnaire on its day (score, band, whether item 9 of a
  PHQ-9 was above zero); never one still in progress (it has no score);
- packet: "PHQ-9 and GAD-7 scores": each questionnaire's scores in the period with
  their dates and bands, charted (and, for the PHQ-9, the answer to item 9, said
  plainly when above zero, and the difficulty question), then the screening note;
  the first page gets each one's latest score and band;
- export: every row of both tables, whole (runs in progress too).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Final

from app.measures import content, demo, ops, schema
from app.measures.model import Run
from app.measures.repository import MeasureRepository
from app.platform.contributions import (
    Block,
    Chart,
    ChartLine,
    ExportRecord,
    PacketSection,
    Paragraph,
    RestoreContext,
    RestoreResult,
    Table,
    TimelineItem,
    count_tables,
    export_tables,
    restore_tables,
)
from app.platform.module import FeatureModule
from app.platform.sql import Connection
from app.platform.wording import ENGLISH, Wording, message

EXPORT_TABLES: Final = (("measure_runs", "id"), ("measure_answers", "run_id, item"))
PACKET_TITLE: Final = message("PHQ-9 and GAD-7 scores")
# The self-harm item's column, for a questionnaire without words of its own below.
CRISIS_HEADER: Final = message("Thoughts of self-harm")


@dataclass(frozen=True)
class MeasureWords:
    """A questionnaire's fixed words in the packet (English message ids)."""

    chart: str
    line: str
    crisis: str = ""


MEASURE_WORDS: Final = {
    "phq9": MeasureWords(
        message("PHQ-9 scores"), message("PHQ-9"), message("Item 9 (thoughts of self-harm)")
    ),
    "gad7": MeasureWords(message("GAD-7 scores"), message("GAD-7")),
}


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


def packet(
    connection: Connection, start: date, end: date, wording: Wording = ENGLISH
) -> Sequence[PacketSection]:
    """Each questionnaire taken in the period: what its scores run from and to, a chart
    of them (from two on), a row per date with the score and its band (the PHQ-9's
    item 9 and difficulty too); then the screening note. The first page gets the
    latest score of each, with its band, and every date item 9 was above zero."""
    repo = MeasureRepository(connection)
    runs = repo.runs_between(start, end)
    if not runs:
        return ()
    blocks: list[Block] = []
    summary: list[str] = []
    for measure in repo.catalogue.measures:
        mine = [r for r in runs if r.measure == measure.id and r.score is not None]
        if not mine:
            continue
        blocks.append(
            Paragraph(
                wording.say(
                    "{title}: scores from 0 to {max}.",
                    title=measure.title.get(),
                    max=measure.max_score,
                )
            )
        )
        words = MEASURE_WORDS.get(measure.id)
        if words is not None and len(mine) >= 2:
            points = tuple((run.day, float(run.score or 0)) for run in mine)
            blocks.append(
                Chart(
                    words.chart,
                    (ChartLine(words.line, points),),
                    y_min=0.0,
                    y_max=float(measure.max_score),
                    whole_numbers=True,
                )
            )
        blocks.append(_table(measure, mine, wording))
        summary.extend(_summary_lines(measure, mine, wording))
    if not blocks:
        return ()
    notes = {m.screening_note.get() for m in repo.catalogue.measures}
    blocks.extend(Paragraph(note) for note in sorted(notes))
    return (
        PacketSection(
            id="measures.scores", title=PACKET_TITLE, blocks=tuple(blocks), summary=tuple(summary)
        ),
    )


def _above_zero(measure: content.Measure, run: Run) -> bool:
    """The crisis item (PHQ-9 item 9) answered above zero."""
    return measure.crisis_item is not None and run.answers.get(measure.crisis_item, 0) > 0


def _summary_lines(measure: content.Measure, runs: Sequence[Run], wording: Wording) -> list[str]:
    latest = runs[-1]
    assert latest.score is not None
    figures = {
        "name": measure.name.get(),
        "score": latest.score,
        "max": measure.max_score,
        "band": measure.band_for(latest.score).label.get(),
        "day": wording.day(latest.day),
    }
    if len(runs) == 1:
        line = wording.say("{name}: {score} of {max} ({band}) on {day}", **figures)
    else:
        line = wording.say(
            "{name}: {score} of {max} ({band}) on {day}, the latest of {count}",
            count=len(runs),
            **figures,
        )
    lines = [line]
    flagged = [wording.day(run.day) for run in runs if _above_zero(measure, run)]
    crisis_item = measure.item(measure.crisis_item) if measure.crisis_item else None
    if flagged and crisis_item is not None:
        lines.append(
            wording.say(
                "{name} item {number} (thoughts of self-harm) answered above zero on {days}",
                name=figures["name"],
                number=crisis_item.number,
                days=", ".join(flagged),
            )
        )
    return lines


TABLE_HEADER: Final = (message("Date"), message("Score"), message("Severity"))
DIFFICULTY_HEADER: Final = message("Difficulty")


def _table(measure: content.Measure, runs: Sequence[Run], wording: Wording) -> Table:
    header = list(TABLE_HEADER)
    crisis_item = measure.item(measure.crisis_item) if measure.crisis_item else None
    words = MEASURE_WORDS.get(measure.id)
    if crisis_item is not None:
        header.append(words.crisis if words is not None and words.crisis else CRISIS_HEADER)
    if measure.follow_up is not None:
        header.append(DIFFICULTY_HEADER)
    rows: list[tuple[str, ...]] = []
    for run in runs:
        assert run.score is not None
        row = [
            wording.day(run.day),
            wording.number(run.score, 0),
            measure.band_for(run.score).label.get(),
        ]
        if crisis_item is not None:
            option = measure.option(run.answers.get(crisis_item.id, 0))
            label = "" if option is None else option.label.get()
            # Said plainly in the row: the clinician needs to see it at a glance.
            if _above_zero(measure, run):
                # Said after the answer in the row of a PHQ-9 whose item 9 was above zero.
                label = wording.say("{answer} (answered above zero)", answer=label)
            row.append(label)
        if measure.follow_up is not None:
            chosen = measure.follow_up.option(run.follow_up) if run.follow_up else None
            row.append("" if chosen is None else chosen.label.get())
        rows.append(tuple(row))
    return Table(tuple(header), tuple(rows))


def export(connection: Connection) -> Iterator[ExportRecord]:
    """Every row of both tables, column by column (nothing left out)."""
    return export_tables(connection, "measures", EXPORT_TABLES)


def export_count(connection: Connection) -> int:
    """How many records ``export`` gives."""
    return count_tables(connection, EXPORT_TABLES)


def restore(
    connection: Connection, records: Iterable[ExportRecord], context: RestoreContext
) -> RestoreResult:
    """The export's rows back, with their ids, into a vault with no measures records yet
    (otherwise left out, and the result says so)."""
    return restore_tables(connection, "measures", EXPORT_TABLES, records, context)


MODULE = FeatureModule(
    id="measures",
    title="Questionnaires",
    schema=schema.STEPS,
    topics=ops.ALL_TOPICS,
    demo=demo.fill,
    timeline=timeline,
    packet=packet,
    export=export,
    export_count=export_count,
    restore=restore,
)
