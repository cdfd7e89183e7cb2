"""The reflection module's values: frozen dataclasses handed to the window.

A reflection is dated and repeatable: how much each possible reason for the partner's
"no" seems to fit (0..10, or "not sure"), and what it does to me (0..10), each with a
note. Reasons are possibilities, never a verdict on the partner. "Values and the
future" is one living page. A monthly check-in holds one 0..10 answer per question
(higher is better) for one calendar month; a month has at most one.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from typing import Final

MAX_TEXT_CHARS: Final = 100_000
MAX_SCORE: Final = 10
# A reflection may be dated at most this many days after today.
MAX_DAYS_AHEAD: Final = 1


class Leaning(StrEnum):
    NOT_AT_ALL = "not_at_all"
    A_LITTLE = "a_little"
    SOMEWHAT = "somewhat"
    QUITE_A_LOT = "quite_a_lot"
    STRONGLY = "strongly"


@dataclass(frozen=True)
class Answer:
    """One reason or impact: a score 0..10 (None: not given), "not sure" (reasons
    only) and a note. An answer with none of these is not stored."""

    score: int | None = None
    unsure: bool = False
    note: str = ""

    def is_empty(self) -> bool:
        return self.score is None and not self.unsure and not self.note.strip()


@dataclass(frozen=True)
class ReflectionDraft:
    day: date
    reasons: Mapping[str, Answer] = field(default_factory=dict)
    impacts: Mapping[str, Answer] = field(default_factory=dict)


@dataclass(frozen=True)
class Reflection:
    id: int
    day: date
    reasons: Mapping[str, Answer]
    impacts: Mapping[str, Answer]
    created: datetime
    updated: datetime

    def draft(self) -> ReflectionDraft:
        return ReflectionDraft(self.day, dict(self.reasons), dict(self.impacts))


@dataclass(frozen=True)
class OptionAnswer:
    leaning: Leaning | None = None
    note: str = ""

    def is_empty(self) -> bool:
        return self.leaning is None and not self.note.strip()


@dataclass(frozen=True)
class ValuesDraft:
    what_i_value: str = ""
    what_i_need: str = ""
    can_live_with: str = ""
    cannot_live_with: str = ""
    options: Mapping[str, OptionAnswer] = field(default_factory=dict)


@dataclass(frozen=True)
class Values(ValuesDraft):
    updated: datetime | None = None  # None: never written

    def draft(self) -> ValuesDraft:
        return ValuesDraft(
            self.what_i_value,
            self.what_i_need,
            self.can_live_with,
            self.cannot_live_with,
            dict(self.options),
        )


@dataclass(frozen=True)
class CheckInDraft:
    """A month's check-in; ``month`` may be any day of that month."""

    month: date
    scores: Mapping[str, int] = field(default_factory=dict)
    note: str = ""


@dataclass(frozen=True)
class MonthlyCheckIn:
    month: date  # the first day of the month
    scores: Mapping[str, int]
    note: str
    created: datetime
    updated: datetime

    def draft(self) -> CheckInDraft:
        return CheckInDraft(self.month, dict(self.scores), self.note)
