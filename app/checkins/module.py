"""The check-ins module: one short check-in a day (mood, stress, craving, HALT, sleep).

The worked example of a feature module in docs/ARCHITECTURE.md: its table
(``schema.py``), its repository and operations, its demo data, and what it gives the
timeline, the therapist packet and the full export. Its window twin is ``ui/checkins``.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import date

from app.checkins import demo, ops, schema
from app.checkins.model import CheckIn
from app.checkins.repository import CheckInRepository
from app.platform.contributions import (
    ExportRecord,
    PacketSection,
    Paragraph,
    Table,
    TimelineItem,
)
from app.platform.module import FeatureModule
from app.platform.sql import Connection

_HALT = ("hungry", "angry", "lonely", "tired")


def timeline(connection: Connection, start: date, end: date) -> Iterator[TimelineItem]:
    for checkin in CheckInRepository(connection).between(start, end):
        yield TimelineItem(
            module="checkins",
            kind="checkin",
            ref=checkin.day.isoformat(),
            day=checkin.day,
            title="",
            values={
                "mood": checkin.mood,
                "stress": checkin.stress,
                "craving": checkin.craving,
                "note": checkin.note,
            },
        )


def packet(connection: Connection, start: date, end: date) -> Sequence[PacketSection]:
    checkins = CheckInRepository(connection).between(start, end)
    if not checkins:
        return ()
    return (
        PacketSection(
            id="checkins.summary",
            title="Check-ins",
            blocks=(Paragraph(_summary(checkins)), _table(checkins)),
        ),
    )


def _average(values: Sequence[float]) -> str:
    return f"{sum(values) / len(values):.1f}" if values else "\u2013"


def _summary(checkins: Sequence[CheckIn]) -> str:
    sleep = [c.sleep_hours for c in checkins if c.sleep_hours is not None]
    halt = ", ".join(f"{name} {sum(getattr(c, name) for c in checkins)}" for name in _HALT)
    return (
        f"{len(checkins)} check-ins. Average mood {_average([c.mood for c in checkins])},"
        f" stress {_average([c.stress for c in checkins])},"
        f" craving {_average([c.craving for c in checkins])} (0\u201310);"
        f" average sleep {_average(sleep)} hours. Days marked: {halt}."
    )


def _table(checkins: Sequence[CheckIn]) -> Table:
    rows = tuple(
        (
            c.day.isoformat(),
            str(c.mood),
            str(c.stress),
            str(c.craving),
            ", ".join(name for name in _HALT if getattr(c, name)),
            "" if c.sleep_hours is None else f"{c.sleep_hours:g}",
            c.note,
        )
        for c in checkins
    )
    return Table(("Date", "Mood", "Stress", "Craving", "HALT", "Sleep", "Note"), rows)


def export(connection: Connection) -> Iterator[ExportRecord]:
    rows = connection.execute(
        "SELECT day, mood, stress, craving, hungry, angry, lonely, tired, sleep_hours, note,"
        " saved FROM checkins ORDER BY day"
    )
    for day, mood, stress, craving, hungry, angry, lonely, tired, sleep, note, saved in rows:
        yield ExportRecord(
            module="checkins",
            kind="checkin",
            data={
                "day": day,
                "mood": mood,
                "stress": stress,
                "craving": craving,
                "hungry": bool(hungry),
                "angry": bool(angry),
                "lonely": bool(lonely),
                "tired": bool(tired),
                "sleep_hours": sleep,
                "note": note,
                "saved": saved,
            },
        )


MODULE = FeatureModule(
    id="checkins",
    title="Check-ins",
    schema=schema.STEPS,
    topics=(ops.CHECKINS,),
    demo=demo.fill,
    timeline=timeline,
    packet=packet,
    export=export,
)
