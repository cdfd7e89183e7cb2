"""Check-in trends over long periods: each week's average and its range.

A year of daily points is a tangle; a week's average with the week's lowest and
highest day behind it shows the direction and the spread at once. Weeks are counted
back from the last day of the period, so the most recent week is always a whole one
(the last seven days); only the oldest may be shorter, when the period is not a
whole number of weeks.

The average is rounded to one decimal here, once: the chart draws that number and the
summary in words says the same number.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from typing import Final

WEEK_DAYS: Final = 7
# Periods up to about a month are drawn day by day; longer ones week by week.
DAILY_UP_TO_DAYS: Final = 31
# A shorter oldest block stands on its own from this many days (see ``week_spans``).
MIN_BLOCK_DAYS: Final = 4


def uses_weeks(days: int) -> bool:
    """True when a period of ``days`` days is shown as weekly averages."""
    return days > DAILY_UP_TO_DAYS


@dataclass(frozen=True)
class Week:
    """The days ``first``..``last`` (both included) of one series, in one figure."""

    first: date
    last: date
    average: float  # rounded to one decimal
    low: float
    high: float
    days: int  # days that have a value

    @property
    def middle(self) -> date:
        """Where the week's point is drawn."""
        return self.first + timedelta(days=(self.last - self.first).days // 2)


def week_spans(start: date, end: date) -> list[tuple[date, date]]:
    """Blocks of seven days counted back from ``end``, oldest first.

    Days left over at the start form a shorter oldest block when they are at least
    half a week; fewer join the oldest whole week (a one-day "week" would stand out
    as a point of its own). Empty when ``end`` is before ``start``.
    """
    spans: list[tuple[date, date]] = []
    last = end
    while last >= start:
        first = max(start, last - timedelta(days=WEEK_DAYS - 1))
        spans.append((first, last))
        last = first - timedelta(days=1)
    spans.reverse()
    if len(spans) > 1 and (spans[0][1] - spans[0][0]).days + 1 < MIN_BLOCK_DAYS:
        spans[:2] = [(spans[0][0], spans[1][1])]
    return spans


def weekly(values: Mapping[date, float], start: date, end: date) -> list[Week]:
    """The weeks of ``start``..``end`` that have at least one value, oldest first."""
    spans = week_spans(start, end)
    buckets: list[list[float]] = [[] for _ in spans]
    for day, value in values.items():
        if start <= day <= end:
            # Counted back from the end; days before the oldest whole week that joined
            # it land in block 0 too.
            back = (end - day).days // WEEK_DAYS
            buckets[max(0, len(spans) - 1 - back)].append(float(value))
    weeks: list[Week] = []
    for (first, last), inside in zip(spans, buckets, strict=True):
        if not inside:
            continue
        total = sum((Decimal(repr(v)) for v in inside), Decimal(0))
        average = (total / len(inside)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
        weeks.append(
            Week(
                first=first,
                last=last,
                average=float(average),
                low=min(inside),
                high=max(inside),
                days=len(inside),
            )
        )
    return weeks
