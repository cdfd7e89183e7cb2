"""Checking and tidying what a person enters for boundaries, before anything is written.

Every check raises InvalidBoundary with one plain sentence that never repeats the
person's text. Text is made storable (``app.platform.text``) and keeps its line
breaks; the statement is stripped of surrounding spaces.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import date, time, timedelta
from typing import Final

from app.boundaries.errors import InvalidBoundary
from app.boundaries.model import (
    MAX_DAYS_AHEAD,
    MAX_FEELING,
    MAX_STATEMENT_CHARS,
    MAX_TEXT_CHARS,
    BoundaryDraft,
    EventDraft,
    Outcome,
)
from app.platform import timestamps
from app.platform.errors import InvalidValue
from app.platform.sentence import sentence
from app.platform.text import storable

MESSAGE_EMPTY_STATEMENT: Final = 'A boundary needs a few words, like "If ..., I will ...".'
MESSAGE_LONG_STATEMENT: Final = (
    f"A boundary can be at most {MAX_STATEMENT_CHARS:,} characters long."
)
MESSAGE_UNKNOWN_AREA: Final = "Please choose an area from the list."
MESSAGE_OUTCOME: Final = "Please choose whether the boundary held, bent or was not held."
MESSAGE_FEELING: Final = "How you felt is a number from 0 to 10, or left empty."
MESSAGE_TOO_FAR_AHEAD: Final = "A moment can be dated at most one day after today."


@dataclass(frozen=True)
class CleanBoundary:
    area: str
    statement: str
    need: str
    rehearsal: str
    bring_to_therapy: bool
    source_run_id: int | None


@dataclass(frozen=True)
class CleanEvent:
    happened: str  # YYYY-MM-DD or YYYY-MM-DDTHH:MM (see app.boundaries.schema)
    outcome: Outcome
    what_happened: str
    feeling: int | None
    next_time: str


def text(value: object, what: str) -> str:
    """Free text with its line breaks, up to MAX_TEXT_CHARS; ``what`` names the field."""
    if not isinstance(value, str):
        raise InvalidBoundary(sentence("{what} must be text.", what=what))
    clean = storable(value)
    if len(clean) > MAX_TEXT_CHARS:
        raise InvalidBoundary(
            sentence(
                "{what} can be at most {max_text_chars:,} characters long.",
                what=what,
                max_text_chars=MAX_TEXT_CHARS,
            )
        )
    return clean


def statement(value: object) -> str:
    if not isinstance(value, str):
        raise InvalidBoundary("The boundary must be text.")
    clean = storable(value).strip()
    if not clean:
        raise InvalidBoundary(MESSAGE_EMPTY_STATEMENT)
    if len(clean) > MAX_STATEMENT_CHARS:
        raise InvalidBoundary(MESSAGE_LONG_STATEMENT)
    return clean


def area(value: object, known: Collection[str], keep: str | None = None) -> str:
    """An area id from the content; ``keep`` (the stored one) is accepted even if it left."""
    if not isinstance(value, str) or (value not in known and value != keep):
        raise InvalidBoundary(MESSAGE_UNKNOWN_AREA)
    return value


def flag(value: object) -> bool:
    if not isinstance(value, bool):
        raise InvalidBoundary("'Bring to therapy' must be yes or no.")
    return value


def run_id(value: object) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise InvalidBoundary("The exercise a boundary was built in must be given by its number.")
    return value


def boundary_draft(
    draft: object, known_areas: Collection[str], keep_area: str | None = None
) -> CleanBoundary:
    if not isinstance(draft, BoundaryDraft):
        raise InvalidBoundary("A boundary is needed here.")
    return CleanBoundary(
        area=area(draft.area, known_areas, keep_area),
        statement=statement(draft.statement),
        need=text(draft.need, "The need behind a boundary"),
        rehearsal=text(draft.rehearsal, "The rehearsal"),
        bring_to_therapy=flag(draft.bring_to_therapy),
        source_run_id=run_id(draft.source_run_id),
    )


def outcome(value: object) -> Outcome:
    if not isinstance(value, str):
        raise InvalidBoundary(MESSAGE_OUTCOME)
    try:
        return Outcome(value)
    except ValueError:
        raise InvalidBoundary(MESSAGE_OUTCOME) from None


def feeling(value: object) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_FEELING:
        raise InvalidBoundary(MESSAGE_FEELING)
    return value


def happened(day: object, at: object, today: date) -> str:
    """The stored form of a moment's date and optional time (see the schema)."""
    try:
        checked = timestamps.require_day(day, "date of a moment")
    except InvalidValue as error:
        raise InvalidBoundary(str(error)) from None
    if checked > today + timedelta(days=MAX_DAYS_AHEAD):
        raise InvalidBoundary(MESSAGE_TOO_FAR_AHEAD)
    if at is not None and not isinstance(at, time):
        raise InvalidBoundary("The time of a moment must be a time of day, or left empty.")
    return happened_key(checked, at)


def happened_key(day: date, at: time | None) -> str:
    """The stored form of a moment's date and optional time (seconds are dropped)."""
    key = timestamps.day_key(day)
    return key if at is None else f"{key}T{at.hour:02d}:{at.minute:02d}"


def event_draft(draft: object, today: date) -> CleanEvent:
    if not isinstance(draft, EventDraft):
        raise InvalidBoundary("A moment is needed here.")
    return CleanEvent(
        happened=happened(draft.happened, draft.at, today),
        outcome=outcome(draft.outcome),
        what_happened=text(draft.what_happened, "What happened"),
        feeling=feeling(draft.feeling),
        next_time=text(draft.next_time, "What you will try next time"),
    )


def day_range(start: object, end: object) -> tuple[date, date]:
    """Both ends of a period, each a date in the supported range."""
    try:
        return timestamps.require_day(start, "start date"), timestamps.require_day(end, "end date")
    except InvalidValue as error:
        raise InvalidBoundary(str(error)) from None
