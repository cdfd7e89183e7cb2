"""Daily check-ins: mood, stress and craving (0..10), HALT, sleep, a one-line note.

One check-in per calendar day; saving a day that already has one replaces it.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime
from typing import Any, Final

from app.checkins.errors import InvalidCheckIn
from app.checkins.model import CheckIn
from app.platform import timestamps
from app.platform.errors import InvalidValue
from app.platform.sentence import sentence
from app.platform.sql import Connection
from app.platform.text import one_line

MAX_SCORE: Final = 10
MAX_NOTE_CHARS: Final = 280
MAX_SLEEP_HOURS: Final = 24.0

_COLUMNS: Final = "day, mood, stress, craving, hungry, angry, lonely, tired, sleep_hours, note"


def validated(checkin: CheckIn) -> CheckIn:
    """``checkin`` tidied (note on one line), or InvalidCheckIn naming the problem."""
    if not isinstance(checkin, CheckIn):
        raise InvalidCheckIn("A check-in is needed here.")
    try:
        timestamps.require_day(checkin.day, "check-in date")
    except InvalidValue as error:
        raise InvalidCheckIn(str(error)) from None
    for name in ("mood", "stress", "craving"):
        value = getattr(checkin, name)
        if isinstance(value, bool) or not isinstance(value, int):
            raise InvalidCheckIn(
                sentence("The {name} score must be a whole number from 0 to 10.", name=name)
            )
        if not 0 <= value <= MAX_SCORE:
            raise InvalidCheckIn(
                sentence(
                    "The {name} score must be from 0 to 10, not {value}.", name=name, value=value
                )
            )
    for name in ("hungry", "angry", "lonely", "tired"):
        if not isinstance(getattr(checkin, name), bool):
            raise InvalidCheckIn(f"'{name.capitalize()}' must be yes or no.")
    sleep = checkin.sleep_hours
    if sleep is not None:
        if isinstance(sleep, bool) or not isinstance(sleep, int | float):
            raise InvalidCheckIn("Hours slept must be a number.")
        if not math.isfinite(sleep) or not 0 <= sleep <= MAX_SLEEP_HOURS:
            raise InvalidCheckIn("Hours slept must be between 0 and 24.")
        sleep = float(sleep)
    if not isinstance(checkin.note, str):
        raise InvalidCheckIn("The note must be text.")
    note = one_line(checkin.note)
    if len(note) > MAX_NOTE_CHARS:
        raise InvalidCheckIn(
            sentence(
                "The note can be at most {max_note_chars} characters long.",
                max_note_chars=MAX_NOTE_CHARS,
            )
        )
    return replace(checkin, sleep_hours=sleep, note=note)


class CheckInRepository:
    """The check-ins of one open vault."""

    def __init__(
        self, connection: Connection, clock: Callable[[], datetime] = timestamps.local_now
    ) -> None:
        self._db = connection
        self._clock = clock

    def save(self, checkin: CheckIn) -> CheckIn:
        """Store ``checkin``, replacing that day's; returns it as stored."""
        clean = validated(checkin)
        self._db.execute(
            f"INSERT OR REPLACE INTO checkins ({_COLUMNS}, saved)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                timestamps.day_key(clean.day),
                clean.mood,
                clean.stress,
                clean.craving,
                int(clean.hungry),
                int(clean.angry),
                int(clean.lonely),
                int(clean.tired),
                clean.sleep_hours,
                clean.note,
                timestamps.to_text(self._clock()),
            ),
        )
        return clean

    def get(self, day: date) -> CheckIn | None:
        row = self._db.execute(
            f"SELECT {_COLUMNS} FROM checkins WHERE day = ?", (timestamps.day_key(day),)
        ).fetchone()
        return None if row is None else _from_row(row)

    def between(self, start: date, end: date) -> list[CheckIn]:
        """Check-ins from ``start`` to ``end`` inclusive, oldest first."""
        rows = self._db.execute(
            f"SELECT {_COLUMNS} FROM checkins WHERE day BETWEEN ? AND ? ORDER BY day",
            (timestamps.day_key(start), timestamps.day_key(end)),
        ).fetchall()
        return [_from_row(row) for row in rows]

    def delete(self, day: date) -> bool:
        """Remove that day's check-in; False when there was none."""
        cursor = self._db.execute("DELETE FROM checkins WHERE day = ?", (timestamps.day_key(day),))
        return bool(cursor.rowcount)


def _from_row(row: Any) -> CheckIn:
    day, mood, stress, craving, hungry, angry, lonely, tired, sleep, note = row
    return CheckIn(
        day=date.fromisoformat(str(day)),
        mood=int(mood),
        stress=int(stress),
        craving=int(craving),
        hungry=bool(hungry),
        angry=bool(angry),
        lonely=bool(lonely),
        tired=bool(tired),
        sleep_hours=None if sleep is None else float(sleep),
        note=str(note),
    )
