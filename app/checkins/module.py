"""The check-ins module: one short check-in a day (mood, stress, craving, HALT, sleep).

The worked example of a feature module in docs/ARCHITECTURE.md: its table
(``schema.py``), its repository and operations, its demo data, and what it gives the
timeline, the therapist packet and the full export. Its window twin is ``ui/checkins``.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal
from typing import Final

from app.checkins import demo, ops, schema, trends
from app.checkins.model import CheckIn
from app.checkins.repository import CheckInRepository
from app.platform.contributions import (
    Block,
    Chart,
    ChartLine,
    ExportRecord,
    JsonValue,
    PacketSection,
    Paragraph,
    RestoreContext,
    RestoreError,
    RestoreResult,
    Table,
    TimelineItem,
    check_date_text,
)
from app.platform.module import FeatureModule
from app.platform.sentence import sentence
from app.platform.sql import Connection
from app.platform.wording import ENGLISH, Wording, message

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


PACKET_TITLE: Final = message("Check-ins and trends")
# The chart's words (message ids): day by day for a short period, weekly averages for
# a long one, as the check-in page's trends (app/checkins/trends.py).
CHART_BY_DAY: Final = message("Mood, stress and craving by day")
CHART_BY_WEEK: Final = message("Mood, stress and craving, weekly average")
_SERIES: Final = (
    ("mood", message("Mood")),
    ("stress", message("Stress")),
    ("craving", message("Craving")),
)
TABLE_HEADER: Final = (
    message("Date"),
    message("Mood"),
    message("Stress"),
    message("Craving"),
    message("HALT"),
    message("Sleep"),
    message("Note"),
)
# HALT in the packet: a day's marks in the table, and how many days had each.
_HALT_WORDS: Final = {
    "hungry": message("hungry"),
    "angry": message("angry"),
    "lonely": message("lonely"),
    "tired": message("tired"),
}
_HALT_COUNTS: Final = {
    "hungry": message("hungry {count}"),
    "angry": message("angry {count}"),
    "lonely": message("lonely {count}"),
    "tired": message("tired {count}"),
}


def packet(
    connection: Connection, start: date, end: date, wording: Wording = ENGLISH
) -> Sequence[PacketSection]:
    """The period's check-ins: the averages in words (and a line for the first page),
    the trend of mood, stress and craving as a chart, then every day as a table row."""
    checkins = CheckInRepository(connection).between(start, end)
    if not checkins:
        return ()
    blocks: list[Block] = [Paragraph(_summary(checkins, wording))]
    chart = _trend_chart(checkins, start, end)
    if chart is not None:
        blocks.append(chart)
    blocks.append(_table(checkins, wording))
    return (
        PacketSection(
            id="checkins.summary",
            title=PACKET_TITLE,
            blocks=tuple(blocks),
            summary=(_summary_line(checkins, wording),),
        ),
    )


def _average(values: Sequence[float], wording: Wording) -> str:
    """The average to one decimal, rounded half up (as the trends round it)."""
    if not values:
        return "\u2013"
    total = sum((Decimal(repr(v)) for v in values), Decimal(0))
    average = (total / len(values)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
    return wording.number(float(average), 1)


def _averages(checkins: Sequence[CheckIn], wording: Wording) -> dict[str, str]:
    return {name: _average([getattr(c, name) for c in checkins], wording) for name, _ in _SERIES}


def _summary_line(checkins: Sequence[CheckIn], wording: Wording) -> str:
    if len(checkins) == 1:
        return wording.say(
            "1 check-in: mood {mood}, stress {stress}, craving {craving} on average (0\u201310)",
            **_averages(checkins, wording),
        )
    return wording.say(
        "{count} check-ins: mood {mood}, stress {stress}, craving {craving} on average (0\u201310)",
        count=len(checkins),
        **_averages(checkins, wording),
    )


def _summary(checkins: Sequence[CheckIn], wording: Wording) -> str:
    sleep = [c.sleep_hours for c in checkins if c.sleep_hours is not None]
    halt = ", ".join(
        wording.say(_HALT_COUNTS[name], count=sum(getattr(c, name) for c in checkins))
        for name in _HALT
    )
    figures = {**_averages(checkins, wording), "sleep": _average(sleep, wording), "halt": halt}
    if len(checkins) == 1:
        return wording.say(
            "1 check-in. Average mood {mood}, stress {stress}, craving {craving} (0\u201310);"
            " average sleep {sleep} hours. Days marked: {halt}.",
            **figures,
        )
    return wording.say(
        "{count} check-ins. Average mood {mood}, stress {stress}, craving {craving}"
        " (0\u201310); average sleep {sleep} hours. Days marked: {halt}.",
        count=len(checkins),
        **figures,
    )


def _trend_chart(checkins: Sequence[CheckIn], start: date, end: date) -> Chart | None:
    """Mood, stress and craving over the period, or None with fewer than two points
    (one point is no trend). Up to a month day by day; longer, each week's average."""
    if not trends.uses_weeks((end - start).days + 1):
        if len(checkins) < 2:
            return None
        lines = tuple(
            ChartLine(label, tuple((c.day, float(getattr(c, name))) for c in checkins))
            for name, label in _SERIES
        )
        return Chart(CHART_BY_DAY, lines, y_min=0.0, y_max=10.0, whole_numbers=True)
    weekly: list[ChartLine] = []
    for name, label in _SERIES:
        values = {c.day: float(getattr(c, name)) for c in checkins}
        weeks = trends.weekly(values, start, end)
        weekly.append(ChartLine(label, tuple((w.middle, w.average) for w in weeks)))
    if len(weekly[0].points) < 2:
        return None
    return Chart(CHART_BY_WEEK, tuple(weekly), y_min=0.0, y_max=10.0, whole_numbers=False)


def _hours(hours: float, wording: Wording) -> str:
    """Hours of sleep with as many decimals as they have ("7.5", "8")."""
    plain = f"{hours:g}"
    decimals = len(plain.partition(".")[2]) if "e" not in plain else 2
    return wording.number(hours, decimals)


def _table(checkins: Sequence[CheckIn], wording: Wording) -> Table:
    rows = tuple(
        (
            wording.day(c.day),
            wording.number(c.mood, 0),
            wording.number(c.stress, 0),
            wording.number(c.craving, 0),
            ", ".join(wording.translate(_HALT_WORDS[name]) for name in _HALT if getattr(c, name)),
            "" if c.sleep_hours is None else _hours(c.sleep_hours, wording),
            c.note,
        )
        for c in checkins
    )
    return Table(TABLE_HEADER, rows)


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


def export_count(connection: Connection) -> int:
    """How many records ``export`` gives."""
    return int(connection.execute("SELECT count(*) FROM checkins").fetchone()[0])


_SCORES: Final = ("mood", "stress", "craving")


def restore(
    connection: Connection, records: Iterable[ExportRecord], context: RestoreContext
) -> RestoreResult:
    """Check-ins back, merged by day: a day that already has a check-in keeps it (one
    a day), and the file's for that day is left out."""
    added = skipped = 0
    for record in records:
        if record.kind != "checkin":
            raise RestoreError("The file has a check-ins record of an unknown kind.")
        row = _checkin_row(record.data)
        cursor = connection.execute(
            "INSERT INTO checkins (day, mood, stress, craving, hungry, angry, lonely, tired,"
            " sleep_hours, note, saved) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
            " ON CONFLICT (day) DO NOTHING",
            row,
        )
        if cursor.rowcount == 1:
            added += 1
        else:
            skipped += 1
    return RestoreResult(added=added, skipped=skipped)


def _checkin_row(data: Mapping[str, JsonValue]) -> tuple[object, ...]:
    day, saved, note = data.get("day"), data.get("saved"), data.get("note", "")
    if not isinstance(day, str) or not isinstance(saved, str) or not isinstance(note, str):
        raise RestoreError("A check-in in the file has no readable day.")
    check_date_text(day, "check-ins", "checkin", "day")
    check_date_text(saved, "check-ins", "checkin", "saved")
    try:
        date.fromisoformat(day)
        datetime.fromisoformat(saved)
    except ValueError:
        raise RestoreError("A check-in in the file has no readable day.") from None
    scores = [data.get(name) for name in _SCORES]
    if not all(isinstance(v, int) and not isinstance(v, bool) and 0 <= v <= 10 for v in scores):
        raise RestoreError(
            sentence(
                "A check-in in the file ({day}) has a score that is not from 0 to 10.", day=day
            )
        )
    marks = [data.get(name, False) for name in _HALT]
    if not all(isinstance(mark, bool) for mark in marks):
        raise RestoreError(
            sentence("A check-in in the file ({day}) has a HALT mark that is not yes/no.", day=day)
        )
    sleep = data.get("sleep_hours")
    if sleep is not None and (
        isinstance(sleep, bool) or not isinstance(sleep, int | float) or not 0 <= sleep <= 24
    ):
        raise RestoreError(
            sentence(
                "A check-in in the file ({day}) has hours of sleep that are not from 0 to 24.",
                day=day,
            )
        )
    return (day, *scores, *(int(bool(mark)) for mark in marks), sleep, note, saved)


MODULE = FeatureModule(
    id="checkins",
    title="Check-ins",
    schema=schema.STEPS,
    topics=(ops.CHECKINS,),
    demo=demo.fill,
    timeline=timeline,
    packet=packet,
    export=export,
    export_count=export_count,
    restore=restore,
)
