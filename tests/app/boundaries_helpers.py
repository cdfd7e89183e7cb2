"""Shared helpers for the boundaries tests: a clock that moves only when told, plain
drafts, bulk logging, and a snapshot of both tables (to prove a refusal wrote nothing)."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from app.boundaries.model import BoundaryDraft, EventDraft, Outcome

NY = ZoneInfo("America/New_York")
# "Now" for most tests: Wednesday 4 March 2026, noon in New York.
NOW = datetime(2026, 3, 4, 12, 0, tzinfo=NY)
TODAY = NOW.date()
TABLES = ("boundaries", "boundary_events")


class Clock:
    """An injectable clock that only moves when told to."""

    def __init__(self, now: datetime = NOW) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


def boundary(**changes: Any) -> BoundaryDraft:
    draft = BoundaryDraft(
        area="money",
        statement="If I'm asked to lend money, I will say I need a day to think.",
        need="Keeping our savings steady.",
        rehearsal="I hear you. Let me sleep on it and we'll talk tomorrow.",
    )
    return replace(draft, **changes)


def moment(**changes: Any) -> EventDraft:
    draft = EventDraft(
        happened=date(2026, 3, 2),
        outcome=Outcome.HELD,
        what_happened="Said it calmly.",
        feeling=6,
        next_time="Say it sooner.",
    )
    return replace(draft, **changes)


def snapshot(connection: Any) -> dict[str, list[tuple[Any, ...]]]:
    return {
        table: sorted(connection.execute(f"SELECT * FROM {table}").fetchall(), key=repr)
        for table in TABLES
    }


def count(connection: Any, table: str, where: str = "1") -> int:
    return int(connection.execute(f"SELECT count(*) FROM {table} WHERE {where}").fetchone()[0])


def bulk_log(
    connection: Any, boundary_id: int, n: int, last: date, seed: int = 11
) -> list[tuple[str, str]]:
    """``n`` moments on days up to ``last`` (a few a day, some with a time), written in
    one transaction straight into the table; returns (happened, outcome) per row."""
    rng = random.Random(seed)
    rows: list[tuple[str, str]] = []
    for i in range(n):
        day = last - timedelta(days=i // 3)
        happened = day.isoformat()
        if rng.random() < 0.5:
            happened += f"T{rng.randrange(24):02d}:{rng.choice((0, 30)):02d}"
        outcome = rng.choices(("held", "bent", "not_held"), weights=(7, 2, 1))[0]
        rows.append((happened, outcome))
    connection.execute("BEGIN")
    connection.executemany(
        "INSERT INTO boundary_events (boundary_id, happened, outcome, feeling, created,"
        " what_happened, next_time) VALUES (?, ?, ?, 5, '2026-03-04T12:00:00-05:00',"
        " 'It came up at dinner.', '')",
        [(boundary_id, happened, outcome) for happened, outcome in rows],
    )
    connection.execute("COMMIT")
    return rows
