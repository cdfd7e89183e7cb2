"""One day's check-in, as the repository stores it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class CheckIn:
    """One day's check-in. Scores are 0..10; ``note`` is one line of at most 280 chars."""

    day: date
    mood: int
    stress: int
    craving: int
    hungry: bool
    angry: bool
    lonely: bool
    tired: bool
    sleep_hours: float | None
    note: str
