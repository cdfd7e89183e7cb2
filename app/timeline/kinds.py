"""The kinds of thing on the timeline, and the filter a person chooses.

A kind is a module's id and the ``kind`` its timeline hook gives its items
(``app/<module>/module.py``). :data:`ALL_KINDS` lists the ones the modules give today,
in the order the window offers them; a kind a module adds later still shows when the
person shows everything (``tests/app/test_timeline_paging.py`` checks the list against
what the hooks yield).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Final

from app.platform import timestamps
from app.platform.contributions import TimelineItem
from app.platform.errors import InvalidValue


@dataclass(frozen=True, order=True)
class Kind:
    """One kind of item: ``Kind("journal", "entry")``."""

    module: str
    kind: str

    @classmethod
    def of(cls, item: TimelineItem) -> Kind:
        return cls(item.module, item.kind)


ENTRY: Final = Kind("journal", "entry")
CHECKIN: Final = Kind("checkins", "checkin")
SESSION: Final = Kind("sessions", "session")
HOMEWORK: Final = Kind("sessions", "homework")
EXERCISE_RUN: Final = Kind("exercises", "exercise_run")
BOUNDARY_MOMENT: Final = Kind("boundaries", "boundary_event")
INVITATION: Final = Kind("invitations", "invitation_attempt")
REFLECTION: Final = Kind("reflection", "reflection")
RELATIONSHIP_CHECKIN: Final = Kind("reflection", "relationship_checkin")
MEASURE: Final = Kind("measures", "measure")
SAFETY_CHECK: Final = Kind("safety", "safety_check")

ALL_KINDS: Final[tuple[Kind, ...]] = (
    ENTRY,
    CHECKIN,
    SESSION,
    HOMEWORK,
    EXERCISE_RUN,
    BOUNDARY_MOMENT,
    INVITATION,
    REFLECTION,
    RELATIONSHIP_CHECKIN,
    MEASURE,
    SAFETY_CHECK,
)

# The kinds whose items can be marked "bring to therapy" (an entry, an exercise run, a
# boundary's moments when the boundary is marked); no other item is ever flagged.
FLAGGABLE: Final[frozenset[Kind]] = frozenset({ENTRY, EXERCISE_RUN, BOUNDARY_MOMENT})

_KNOWN_MODULES: Final = frozenset(k.module for k in ALL_KINDS)


@dataclass(frozen=True)
class TimelineFilter:
    """What the person asked to see.

    ``kinds``: only these kinds (``None``: every kind, those added later too);
    ``start`` / ``end``: only the days from ``start`` to ``end`` (inclusive; either may
    be open); ``flagged_only``: only what is marked "bring to therapy".
    """

    kinds: frozenset[Kind] | None = None
    start: date | None = None
    end: date | None = None
    flagged_only: bool = False

    def __post_init__(self) -> None:
        if self.start is not None:
            timestamps.require_day(self.start, "first day")
        if self.end is not None:
            timestamps.require_day(self.end, "last day")
        if self.start is not None and self.end is not None and self.end < self.start:
            raise InvalidValue("The last day must be on or after the first day.")

    def admits(self, item: TimelineItem) -> bool:
        """Whether ``item`` passes the kinds and the flag (its day is the walk's job)."""
        if self.flagged_only and not item.flagged:
            return False
        return self.kinds is None or Kind.of(item) in self.kinds

    def may_show(self, module_id: str) -> bool:
        """Whether any item of ``module_id`` could pass: a module none of whose kinds
        is wanted (or none of which is ever flagged, when only flagged ones are) is not
        asked at all. A module this list does not know is always asked."""
        if module_id not in _KNOWN_MODULES:
            return self.kinds is None or any(k.module == module_id for k in self.kinds)
        possible = {k for k in ALL_KINDS if k.module == module_id}
        if self.kinds is not None:
            possible &= self.kinds
        if self.flagged_only:
            possible &= FLAGGABLE
        return bool(possible)

    def is_everything(self) -> bool:
        return self == TimelineFilter()
