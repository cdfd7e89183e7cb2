"""Where each module's items are: the newest day before a given day that has one.

The timeline walks back from the newest day in windows of days. Before each window it
asks every module for the newest day, before the window's end, that holds one of its
items: the walk then steps over weeks or years with nothing in them in one query per
module, asks only the modules with something in the window, and stops when no module
has anything older (the oldest day with any data, found without reading it).

Each answer is one indexed ``max()`` over the module's own day column (a B-tree seek:
the same cost at 100,000 entries as at ten). An answer may be later than the true day
(a moment of a boundary in the trash, a questionnaire still being answered), never
earlier, and always before the day asked about: the walk then reads a window that
turns out empty, and goes on. ``tests/app/test_timeline_days.py`` checks every module
against what its timeline hook yields.

A module with a timeline hook but no query here (one added later) is found through its
hook, which is slower but right.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import Final

from app.platform import timestamps
from app.platform.contributions import TimelineSource
from app.platform.sql import Connection

# (connection, day) -> the newest day before ``day`` with an item (or later, see above),
# or None when there is none.
NewestBefore = Callable[[Connection, date], date | None]

_ONE_DAY: Final = timedelta(days=1)


def _newest_day(sql: str) -> NewestBefore:
    """A query ``sql`` of one ``?`` (the day, ``YYYY-MM-DD``) whose one value starts with
    a day (``YYYY-MM-DD`` or ``YYYY-MM-DDTHH:MM``) or is NULL."""

    def newest(connection: Connection, before: date) -> date | None:
        row = connection.execute(sql, (timestamps.day_key(before),)).fetchone()
        if row is None or row[0] is None:
            return None
        return date.fromisoformat(str(row[0])[:10])

    return newest


def _journal(connection: Connection, before: date) -> date | None:
    """Entries are indexed by their UTC moment (entries_live), not their local day,
    and a local day is within a day of its UTC date (app/platform/timestamps.py). The
    last three UTC days before ``before`` are read for their local days (index only);
    anything older is judged by its UTC moment alone, at most two days late."""
    if before <= timestamps.EARLIEST:
        return None
    edge = datetime.combine(before - 2 * _ONE_DAY, datetime.min.time())
    low = edge.isoformat(timespec="microseconds")
    high = (edge + 3 * _ONE_DAY).isoformat(timespec="microseconds")
    near = connection.execute(
        "SELECT max(created_day) FROM entries WHERE deleted_at IS NULL"
        " AND created_utc >= ? AND created_utc < ? AND created_day < ?",
        (low, high, timestamps.day_key(before)),
    ).fetchone()
    far = connection.execute(
        "SELECT max(created_utc) FROM entries WHERE deleted_at IS NULL AND created_utc < ?",
        (low,),
    ).fetchone()
    found = []
    if near is not None and near[0] is not None:
        found.append(date.fromisoformat(str(near[0])))
    if far is not None and far[0] is not None:
        written = datetime.fromisoformat(str(far[0])).date()
        found.append(min(before - _ONE_DAY, written + _ONE_DAY))
    return max(found, default=None)


def _monthly(connection: Connection, before: date) -> date | None:
    """Relationship check-ins are one a month, on the timeline on the month's first day."""
    if before <= timestamps.EARLIEST:
        return None
    last = before - _ONE_DAY
    row = connection.execute(
        "SELECT max(month) FROM relationship_checkins WHERE month <= ?", (f"{last:%Y-%m}",)
    ).fetchone()
    if row is None or row[0] is None:
        return None
    return date.fromisoformat(f"{row[0]}-01")


# Every query reads one index the module already has (named after each).
_BY_MODULE: Final[dict[str, tuple[NewestBefore, ...]]] = {
    "journal": (_journal,),  # entries_live (created_utc)
    "checkins": (_newest_day("SELECT max(day) FROM checkins WHERE day < ?"),),  # its key
    "sessions": (
        _newest_day(  # sessions_days
            "SELECT max(start_day) FROM sessions WHERE deleted_at IS NULL AND start_day < ?"
        ),
        _newest_day(  # session_homework_done
            "SELECT max(done_day) FROM session_homework WHERE done_at IS NOT NULL AND done_day < ?"
        ),
    ),
    "exercises": (
        _newest_day(  # exercise_runs_days
            "SELECT max(started_day) FROM exercise_runs"
            " WHERE deleted_at IS NULL AND started_day < ?"
        ),
    ),
    "boundaries": (  # boundary_events_by_day
        _newest_day("SELECT max(happened) FROM boundary_events WHERE happened < ?"),
    ),
    "invitations": (  # invitation_attempts_by_day
        _newest_day("SELECT max(happened) FROM invitation_attempts WHERE happened < ?"),
    ),
    "reflection": (
        _newest_day("SELECT max(day) FROM reflections WHERE day < ?"),  # reflections_by_day
        _monthly,  # its key
    ),
    "measures": (  # measure_runs_by_day
        _newest_day("SELECT max(taken) FROM measure_runs WHERE taken < ?"),
    ),
    "safety": (  # safety_checks_by_day
        _newest_day("SELECT max(day) FROM safety_checks WHERE day < ?"),
    ),
}


def knows(module_id: str) -> bool:
    """Whether ``module_id``'s days are read from its indexes (else through its hook)."""
    return module_id in _BY_MODULE


def newest_before(module_id: str, hook: TimelineSource) -> NewestBefore:
    """How to find ``module_id``'s newest day before a day (its hook: ``hook``)."""
    queries = _BY_MODULE.get(module_id)
    if queries is None:
        return _through_hook(hook)

    def newest(connection: Connection, before: date) -> date | None:
        found = [day for query in queries if (day := query(connection, before)) is not None]
        return max(found, default=None)

    return newest


def _through_hook(hook: TimelineSource) -> NewestBefore:
    """For a module with no query above: every day it has, read once through its hook."""
    days: list[date] | None = None

    def newest(connection: Connection, before: date) -> date | None:
        nonlocal days
        if days is None:
            everything = hook(connection, timestamps.EARLIEST, timestamps.LATEST)
            days = sorted({item.day for item in everything})
        position = bisect.bisect_left(days, before)
        return days[position - 1] if position else None

    return newest
