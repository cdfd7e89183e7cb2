"""The boundaries module's values: frozen dataclasses handed to the window.

A boundary is written as what *I* will do ("If ..., I will ..."), in an area of life
(an id from ``app.boundaries.areas``), with the need behind it and a short rehearsal
script. Each boundary keeps a log of the moments it was tested: when, what happened,
whether it held, bent or was not held, how I felt (0..10) and what I will try next time.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time
from enum import StrEnum
from typing import Final

MAX_STATEMENT_CHARS: Final = 2_000
MAX_TEXT_CHARS: Final = 100_000  # the need, the rehearsal, what happened, next time
MAX_FEELING: Final = 10
# Days a boundary stays in the trash before it is removed for good (as entries).
TRASH_DAYS: Final = 30
# A moment may be dated at most this many days after today (a late night in another
# time zone, say); further ahead is refused.
MAX_DAYS_AHEAD: Final = 1


class Outcome(StrEnum):
    HELD = "held"
    BENT = "bent"
    NOT_HELD = "not_held"


@dataclass(frozen=True)
class BoundaryDraft:
    """What a person enters for a boundary: used to create one and to save changes."""

    area: str
    statement: str
    need: str = ""
    rehearsal: str = ""
    bring_to_therapy: bool = False
    source_run_id: int | None = None


@dataclass(frozen=True)
class Boundary:
    id: int
    area: str  # as stored; ``areas.resolve`` shows an unknown id as "Other area"
    statement: str
    need: str
    rehearsal: str
    bring_to_therapy: bool
    source_run_id: int | None
    created: datetime
    updated: datetime
    archived_at: datetime | None
    deleted_at: datetime | None  # set while it is in the trash

    @property
    def archived(self) -> bool:
        return self.archived_at is not None

    def draft(self) -> BoundaryDraft:
        """This boundary as a draft, to change a field or two and save."""
        return BoundaryDraft(
            area=self.area,
            statement=self.statement,
            need=self.need,
            rehearsal=self.rehearsal,
            bring_to_therapy=self.bring_to_therapy,
            source_run_id=self.source_run_id,
        )


@dataclass(frozen=True)
class OutcomeCounts:
    held: int = 0
    bent: int = 0
    not_held: int = 0

    @property
    def total(self) -> int:
        return self.held + self.bent + self.not_held

    @property
    def share_held(self) -> float | None:
        """Held / all moments, 0..1; None when there were none."""
        return None if self.total == 0 else self.held / self.total


@dataclass(frozen=True)
class BoundarySummary:
    """What a row of the boundary list needs: the boundary, its counts, its last moment."""

    boundary: Boundary
    counts: OutcomeCounts
    last_happened: date | None


@dataclass(frozen=True)
class EventDraft:
    """One moment a boundary was tested, as a person enters it. ``at`` is the local
    wall-clock time, or None when only the day is known."""

    happened: date
    outcome: Outcome
    at: time | None = None
    what_happened: str = ""
    feeling: int | None = None
    next_time: str = ""


@dataclass(frozen=True)
class BoundaryEvent:
    id: int
    boundary_id: int
    happened: date
    at: time | None
    outcome: Outcome
    what_happened: str
    feeling: int | None
    next_time: str
    created: datetime

    def draft(self) -> EventDraft:
        return EventDraft(
            happened=self.happened,
            outcome=self.outcome,
            at=self.at,
            what_happened=self.what_happened,
            feeling=self.feeling,
            next_time=self.next_time,
        )
