"""Demo check-ins: most days of the demo period, with slowly wandering scores.

Deterministic for a seed and a day. Existing check-ins are kept (a day that has one is
skipped), so filling an existing vault never overwrites what a person entered.
"""

from __future__ import annotations

import random
from datetime import datetime, time, timedelta
from typing import Any, Final

from app.platform import timestamps
from app.platform.contributions import DemoPlan
from app.platform.sql import Connection, transaction

DAYS_PER_YEAR: Final = 365
_SKIP_CHANCE: Final = 0.15  # not every day gets a check-in
_NOTES: Final = (
    "",
    "",
    "",
    "Okay day.",
    "Tired after group.",
    "Calmer than yesterday.",
    "Hard evening, got through it.",
    "Walked after dinner.",
    "Talked to my sponsor.",
    "Slept badly.",
    "Good session today.",
    "Quiet at home.",
)


def fill(connection: Connection, plan: DemoPlan) -> int:
    """Add check-ins for ``plan.years`` years up to ``plan.today``; returns how many."""
    rows = _rows(random.Random(f"checkins-{plan.seed}"), plan)
    with transaction(connection):
        cursor = connection.executemany(
            "INSERT OR IGNORE INTO checkins (day, mood, stress, craving, hungry, angry,"
            " lonely, tired, sleep_hours, note, saved) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )
    return max(0, int(cursor.rowcount))


def _rows(rng: random.Random, plan: DemoPlan) -> list[tuple[Any, ...]]:
    end = plan.today
    days = max(1, plan.years) * DAYS_PER_YEAR
    first = max(timestamps.EARLIEST, end - timedelta(days=days - 1))
    mood, stress, craving = 5, 5, 4
    saved = timestamps.to_text(datetime.combine(end, time(21, 0)).astimezone())
    rows: list[tuple[Any, ...]] = []
    day = first
    while day <= end:
        mood, stress, craving = _step(rng, mood), _step(rng, stress), _step(rng, craving)
        if rng.random() >= _SKIP_CHANCE:
            sleep = round(rng.uniform(4.0, 9.5) * 2) / 2 if rng.random() < 0.9 else None
            rows.append(
                (
                    timestamps.day_key(day),
                    mood,
                    stress,
                    craving,
                    int(rng.random() < 0.2),
                    int(rng.random() < 0.15),
                    int(rng.random() < 0.25),
                    int(rng.random() < 0.35),
                    sleep,
                    rng.choice(_NOTES),
                    saved,
                )
            )
        day += timedelta(days=1)
    return rows


def _step(rng: random.Random, value: int) -> int:
    return max(0, min(10, value + rng.choice((-2, -1, -1, 0, 0, 0, 1, 1, 2))))
