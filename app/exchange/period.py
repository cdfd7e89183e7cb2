"""The period a therapist packet covers: since the last session, the last two or four
weeks, or days the person picks. Plain dates, inclusive at both ends."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import Enum

from app.platform import timestamps
from app.platform.sql import Connection

# Ten years and a little: a longer packet is refused with a sentence, not drawn for
# minutes (a therapist reads weeks, and the export covers everything).
MAX_DAYS = 3700


class PeriodKind(Enum):
    SINCE_LAST_SESSION = "since_last_session"
    TWO_WEEKS = "two_weeks"
    FOUR_WEEKS = "four_weeks"
    CUSTOM = "custom"


class PeriodError(ValueError):
    """A period that cannot be used; the message is one sentence for the person."""


@dataclass(frozen=True)
class Period:
    start: date
    end: date

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise PeriodError("The period ends before it starts.")
        if (self.end - self.start).days + 1 > MAX_DAYS:
            raise PeriodError("The period is longer than ten years; choose a shorter one.")

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1


def last_session_day(connection: Connection, today: date) -> date | None:
    """The day of the latest attended session before today, if there is one."""
    row = connection.execute(
        "SELECT max(start_day) FROM sessions WHERE deleted_at IS NULL"
        " AND status = 'attended' AND start_day < ?",
        (timestamps.day_key(today),),
    ).fetchone()
    return None if row is None or row[0] is None else date.fromisoformat(row[0])


def period_for(
    kind: PeriodKind,
    today: date,
    connection: Connection | None = None,
    start: date | None = None,
    end: date | None = None,
) -> Period:
    """The period of ``kind`` ending today (or ``start``..``end`` for a custom one).

    With no attended session yet, "since the last session" is the last two weeks.
    """
    if kind is PeriodKind.CUSTOM:
        if start is None or end is None:
            raise PeriodError("Choose the first and the last day.")
        return Period(start, end)
    if kind is PeriodKind.FOUR_WEEKS:
        return Period(today - timedelta(days=27), today)
    if kind is PeriodKind.SINCE_LAST_SESSION and connection is not None:
        last = last_session_day(connection, today)
        if last is not None:
            return Period(last, today)
    return Period(today - timedelta(days=13), today)
