"""How often a boundary held over time: the chart's buckets and their text alternative.

A moment belongs to the week (beginning on ``first_weekday``, 0 = Monday) or the
calendar month of its local date. The moments of a period are read as two plain
columns from the log index and added up here, as ``app.sessions.hours`` does: SQLite's
date functions cost tens of microseconds a row, adding up in Python a fraction of one,
so 5,000 moments take a few milliseconds.

``summary`` words the same buckets as one or two sentences (for the chart's text
alternative and the packet); it reads its figures from the buckets it is given, so
the words and the chart always agree. The sentences are English; figures only, never
the person's words.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal

from app.boundaries import validation
from app.boundaries.errors import InvalidBoundary
from app.boundaries.model import Outcome, OutcomeCounts
from app.boundaries.repository import day_clause
from app.platform.sql import Connection
from app.platform.wording import ENGLISH, Wording

BucketKind = Literal["week", "month"]


@dataclass(frozen=True)
class Bucket:
    """One week or month of a boundary's log: how often it held, bent, was not held."""

    start: date  # the first day of the week or month
    end: date  # its last day
    held: int = 0
    bent: int = 0
    not_held: int = 0

    @property
    def total(self) -> int:
        return self.held + self.bent + self.not_held

    @property
    def share_held(self) -> float | None:
        """Held / all moments in the bucket, 0..1; None when there were none."""
        return None if self.total == 0 else self.held / self.total


def week_start(day: date, first_weekday: int = 0) -> date:
    return day - timedelta(days=(day.weekday() - first_weekday) % 7)


def _month_start(day: date) -> date:
    return day.replace(day=1)


def _next_month(day: date) -> date:
    return (day.replace(day=28) + timedelta(days=4)).replace(day=1)


def held_over_time(
    connection: Connection,
    boundary_id: int,
    start: date,
    end: date,
    bucket: BucketKind = "week",
    *,
    first_weekday: int = 0,
) -> list[Bucket]:
    """Every week or month touching ``start`` .. ``end``, oldest first (empty ones
    too, with zero counts), counting only moments on ``start`` .. ``end`` themselves."""
    low, high = validation.day_range(start, end)
    if bucket not in ("week", "month"):
        raise InvalidBoundary("Moments can be grouped by week or by month.")
    if isinstance(first_weekday, bool) or first_weekday not in range(7):
        raise InvalidBoundary("The first day of the week must be a weekday.")
    if high < low:
        return []
    clause, params = day_clause("happened", low, high)
    found = connection.execute(
        f"SELECT happened, outcome FROM boundary_events WHERE boundary_id = ?{clause}",
        [boundary_id, *params],
    )
    by_day: dict[str, date] = {}  # a day's bucket, worked out once per day
    tallies: dict[date, list[int]] = {}
    index = {Outcome.HELD.value: 0, Outcome.BENT.value: 1, Outcome.NOT_HELD.value: 2}
    for happened, outcome in found:
        day_text = happened[:10]
        key = by_day.get(day_text)
        if key is None:
            day = date.fromisoformat(day_text)
            key = week_start(day, first_weekday) if bucket == "week" else _month_start(day)
            by_day[day_text] = key
        tally = tallies.get(key)
        if tally is None:
            tally = tallies[key] = [0, 0, 0]
        tally[index[outcome]] += 1
    buckets: list[Bucket] = []
    first = week_start(low, first_weekday) if bucket == "week" else _month_start(low)
    current = first
    while current <= high:
        following = current + timedelta(weeks=1) if bucket == "week" else _next_month(current)
        held, bent, not_held = tallies.get(current, (0, 0, 0))
        buckets.append(Bucket(current, following - timedelta(days=1), held, bent, not_held))
        current = following
    return buckets


def totals(buckets: Sequence[Bucket]) -> OutcomeCounts:
    return OutcomeCounts(
        held=sum(b.held for b in buckets),
        bent=sum(b.bent for b in buckets),
        not_held=sum(b.not_held for b in buckets),
    )


def _times(count: int, wording: Wording = ENGLISH) -> str:
    if count == 1:
        return wording.say("once")
    return wording.say("{count} times", count=f"{count:,}")


def percent(share: float) -> int:
    """A share 0..1 as a whole percent (half up), as the summary words it."""
    return int(share * 100 + 0.5)


def summary(
    buckets: Sequence[Bucket], bucket: BucketKind = "week", wording: Wording = ENGLISH
) -> str:
    """The buckets in words: how often the boundary was tested and held over the period,
    and how the latest week or month with moments went (in ``wording``'s language)."""
    if not buckets:
        return wording.say("There is no period to show.")
    weeks = bucket == "week"
    n = len(buckets)
    counts = totals(buckets)
    if counts.total == 0:
        if n == 1:
            return wording.say(
                "No moments were logged in this week."
                if weeks
                else "No moments were logged in this month."
            )
        return wording.say(
            "No moments were logged in these {n} weeks."
            if weeks
            else "No moments were logged in these {n} months.",
            n=f"{n:,}",
        )
    if n == 1:
        span = wording.say("1 week") if weeks else wording.say("1 month")
    else:
        span = wording.say("{n} weeks" if weeks else "{n} months", n=f"{n:,}")
    share = counts.share_held or 0.0
    text = wording.say(
        "Over {span}, this boundary was tested {times}: it held {held} ({percent}%),"
        " bent {bent} and was not held {not_held}.",
        span=span,
        times=_times(counts.total, wording),
        held=_times(counts.held, wording),
        percent=percent(share),
        bent=_times(counts.bent, wording),
        not_held=_times(counts.not_held, wording),
    )
    latest = next(b for b in reversed(buckets) if b.total)
    if weeks:
        then = wording.say(
            "In the week of {day}, the latest with moments, it held {held} of {total}.",
            day=wording.long_day(latest.start),
            held=latest.held,
            total=latest.total,
        )
    else:
        then = wording.say(
            "In {month}, the latest with moments, it held {held} of {total}.",
            month=wording.month(latest.start),
            held=latest.held,
            total=latest.total,
        )
    return f"{text} {then}"
