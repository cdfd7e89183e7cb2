"""The boundaries module: boundaries written as what I will do, and the log of the
moments they were tested.

Its window twin will be ``ui/boundaries``. Contributions:
- timeline: every logged moment of a boundary outside the trash, on its day;
- packet: "Boundaries": each boundary tested in the period (and each flagged "bring to
  therapy"), how often it held in the period, and its last few moments;
- export: every row of the module's tables, whole (archived and trash too).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from datetime import date, datetime
from typing import Final

from app.boundaries import areas, demo, ops, schema
from app.boundaries.model import Boundary, BoundaryEvent, Outcome
from app.boundaries.repository import BoundaryRepository
from app.boundaries.stats import percent
from app.platform.contributions import (
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

# The module's tables in the order a reader of the export needs them (parents first).
EXPORT_TABLES: Final = (("boundaries", "id"), ("boundary_events", "id"))
# Moments per boundary the packet shows (the latest in the period).
PACKET_MOMENTS: Final = 5
# How a moment went, in the packet's table (message ids, translated when written).
OUTCOME_LABELS: Final = {
    Outcome.HELD: message("held"),
    Outcome.BENT: message("bent"),
    Outcome.NOT_HELD: message("not held"),
}
PACKET_TITLE: Final = message("Boundaries")
MOMENTS_HEADER: Final = (
    message("Date"),
    message("What happened"),
    message("Outcome"),
    message("Feeling"),
    message("Next time"),
)


def _live_boundaries(connection: Connection) -> dict[int, Boundary]:
    repo = BoundaryRepository(connection)
    found = [s.boundary for s in repo.active()] + [s.boundary for s in repo.archived()]
    return {b.id: b for b in sorted(found, key=lambda b: b.id)}


def _moment(event: BoundaryEvent) -> datetime | None:
    if event.at is None:
        return None
    return datetime.combine(event.happened, event.at).astimezone()


def timeline(connection: Connection, start: date, end: date) -> Iterator[TimelineItem]:
    events = BoundaryRepository(connection).events_between(start, end)
    if not events:
        return
    boundaries = _live_boundaries(connection)
    for event in events:
        boundary = boundaries[event.boundary_id]
        yield TimelineItem(
            module="boundaries",
            kind="boundary_event",
            ref=str(event.id),
            day=event.happened,
            title=boundary.statement,
            at=_moment(event),
            flagged=boundary.bring_to_therapy,
            values={
                "boundary": boundary.id,
                "area": boundary.area,
                "outcome": event.outcome.value,
                "feeling": event.feeling,
                "what_happened": event.what_happened,
                "next_time": event.next_time,
            },
        )


def packet(
    connection: Connection, start: date, end: date, wording: Wording = ENGLISH
) -> Sequence[PacketSection]:
    events = BoundaryRepository(connection).events_between(start, end)
    by_boundary: dict[int, list[BoundaryEvent]] = {}
    for event in events:
        by_boundary.setdefault(event.boundary_id, []).append(event)
    blocks: list[Paragraph | Table] = []
    for boundary in _live_boundaries(connection).values():
        moments = by_boundary.get(boundary.id, [])
        # Untested in the period, a boundary is shown when flagged for therapy, and only
        # in a period it already existed in.
        if not moments and not (boundary.bring_to_therapy and boundary.created.date() <= end):
            continue
        area = areas.resolve(boundary.area).title
        # The boundary and how often it held are left out together (its moments are
        # table rows, each one by itself).
        item = f"boundary-{boundary.id}"
        # The area's name and the boundary are as written (content and the person's words).
        statement = wording.say("{area}: {boundary}", area=area, boundary=boundary.statement)
        blocks.append(Paragraph(statement, item))
        blocks.append(Paragraph(_held_line(moments, wording), item))
        if moments:
            latest = sorted(moments, key=BoundaryRepository.cursor_of, reverse=True)
            blocks.append(_table(latest[:PACKET_MOMENTS], wording))
    if not blocks:
        return ()
    return (PacketSection(id="boundaries.log", title=PACKET_TITLE, blocks=tuple(blocks)),)


def _held_line(moments: Sequence[BoundaryEvent], wording: Wording) -> str:
    if not moments:
        return wording.say("Not tested in this period.")
    held = sum(1 for e in moments if e.outcome is Outcome.HELD)
    bent = sum(1 for e in moments if e.outcome is Outcome.BENT)
    not_held = len(moments) - held - bent
    share = percent(held / len(moments))
    if len(moments) == 1:
        return wording.say(
            "Tested 1 time in this period: held {held} ({percent}%), bent {bent},"
            " not held {not_held}.",
            held=held,
            percent=share,
            bent=bent,
            not_held=not_held,
        )
    return wording.say(
        "Tested {times} times in this period: held {held} ({percent}%), bent {bent},"
        " not held {not_held}.",
        times=len(moments),
        held=held,
        percent=share,
        bent=bent,
        not_held=not_held,
    )


def _when(event: BoundaryEvent, wording: Wording) -> str:
    """The moment's day as the reader writes days, and its time when it has one."""
    day = wording.day(event.happened)
    return day if event.at is None else f"{day} {event.at:%H:%M}"


def _table(moments: Sequence[BoundaryEvent], wording: Wording) -> Table:
    rows = tuple(
        (
            _when(e, wording),
            e.what_happened,
            wording.translate(OUTCOME_LABELS[e.outcome]),
            "" if e.feeling is None else wording.number(e.feeling, 0),
            e.next_time,
        )
        for e in moments
    )
    return Table(MOMENTS_HEADER, rows)


def export(connection: Connection) -> Iterator[ExportRecord]:
    """Every row of both tables, column by column (nothing left out)."""
    return export_tables(connection, "boundaries", EXPORT_TABLES)


def export_count(connection: Connection) -> int:
    """How many records ``export`` gives."""
    return count_tables(connection, EXPORT_TABLES)


def restore(
    connection: Connection, records: Iterable[ExportRecord], context: RestoreContext
) -> RestoreResult:
    """The export's rows back, with their ids, into a vault with no boundaries records yet
    (otherwise left out, and the result says so)."""
    return restore_tables(
        connection,
        "boundaries",
        EXPORT_TABLES,
        records,
        context,
        links={("boundaries", "source_run_id"): ("exercises", "exercise_runs")},
    )


MODULE = FeatureModule(
    id="boundaries",
    title="Boundaries",
    schema=schema.STEPS,
    topics=ops.ALL_TOPICS,
    demo=demo.fill,
    timeline=timeline,
    packet=packet,
    export=export,
    export_count=export_count,
    restore=restore,
)
