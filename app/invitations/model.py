"""The invitation planner's values: frozen dataclasses handed to the window.

A *plan* is one invitation being prepared: whether now is a good time (a calm moment,
not right after a fight, HALT for me), which reasons might be behind a no (ids shared
with the session tracker, ``app.sessions.model.DeclineReason``), my notes on what might
ease them, the ask itself (a message draft), something small to offer, and what I will
keep doing for my own recovery whatever the answer.

An *attempt* is one time I asked (or meant to): when, how, what they answered, the
reason they gave, how I felt, what I do next, and whether they brought it up
themselves. Attempts may belong to a plan.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from enum import StrEnum
from typing import Final

from app.sessions.model import DeclineReason

MAX_TITLE_CHARS: Final = 200
MAX_TEXT_CHARS: Final = 100_000
MAX_FEELING: Final = 10
TRASH_DAYS: Final = 30
MAX_DAYS_AHEAD: Final = 1
DEFAULT_SPACING_DAYS: Final = 14
MAX_SPACING_DAYS: Final = 365


class Calm(StrEnum):
    """Is this a calm moment between us?"""

    YES = "yes"
    NOT_SURE = "not_sure"
    NO = "no"


class Halt(StrEnum):
    """HALT for me: am I hungry, angry, lonely or tired right now?"""

    HUNGRY = "hungry"
    ANGRY = "angry"
    LONELY = "lonely"
    TIRED = "tired"


class How(StrEnum):
    IN_PERSON = "in_person"
    MESSAGE = "message"
    CALL = "call"
    OTHER = "other"


class Answer(StrEnum):
    YES = "yes"
    MAYBE = "maybe"
    NOT_NOW = "not_now"
    NO = "no"
    NOT_REACHED = "not_reached"  # we didn't get to it


# Answers after which a gentle pause before asking again is suggested.
WAIT_AFTER: Final = frozenset({Answer.MAYBE, Answer.NOT_NOW, Answer.NO})


@dataclass(frozen=True)
class PlanDraft:
    """What a person enters for a plan: used to create one and to save changes."""

    title: str = ""
    calm: Calm | None = None
    after_fight: bool | None = None  # None: not answered yet
    halt: frozenset[Halt] = frozenset()
    reasons: tuple[DeclineReason, ...] = ()
    understanding: str = ""  # my notes on what might be behind it and what might ease it
    offer: str = ""  # an offer id from the content, or ""
    draft: str = ""  # the ask, as I might say or write it
    keep_doing: str = ""  # what I keep doing for my recovery either way


@dataclass(frozen=True)
class Plan:
    id: int
    title: str
    calm: Calm | None
    after_fight: bool | None
    halt: frozenset[Halt]
    reasons: tuple[DeclineReason, ...]
    understanding: str
    offer: str
    draft: str
    keep_doing: str
    created: datetime
    updated: datetime
    deleted_at: datetime | None

    def to_draft(self) -> PlanDraft:
        return PlanDraft(
            title=self.title,
            calm=self.calm,
            after_fight=self.after_fight,
            halt=self.halt,
            reasons=self.reasons,
            understanding=self.understanding,
            offer=self.offer,
            draft=self.draft,
            keep_doing=self.keep_doing,
        )


@dataclass(frozen=True)
class PlanSummary:
    plan: Plan
    attempts: int
    last_asked: date | None


@dataclass(frozen=True)
class AttemptDraft:
    """One time I asked, as a person enters it. ``at`` is the local wall-clock time, or
    None when only the day is known."""

    happened: date
    how: How
    answer: Answer
    at: time | None = None
    reason: DeclineReason | None = None
    their_words: str = ""
    feeling: int | None = None
    next_step: str = ""
    they_raised: bool = False
    plan_id: int | None = None


@dataclass(frozen=True)
class Attempt:
    id: int
    plan_id: int | None
    happened: date
    at: time | None
    how: How
    answer: Answer
    reason: DeclineReason | None
    their_words: str
    feeling: int | None
    next_step: str
    they_raised: bool
    created: datetime

    def to_draft(self) -> AttemptDraft:
        return AttemptDraft(
            happened=self.happened,
            how=self.how,
            answer=self.answer,
            at=self.at,
            reason=self.reason,
            their_words=self.their_words,
            feeling=self.feeling,
            next_step=self.next_step,
            they_raised=self.they_raised,
            plan_id=self.plan_id,
        )


@dataclass(frozen=True)
class Spacing:
    """The gentle pause before asking again.

    ``last`` is the newest attempt's day; ``until`` the first day asking again would be
    kind, or None when there is no reason to wait (no attempt yet, they brought it up
    themselves, they said yes, or we didn't get to it).
    """

    days: int
    last: date | None
    until: date | None

    def waiting(self, today: date) -> bool:
        return self.until is not None and today < self.until

    def days_left(self, today: date) -> int:
        return 0 if self.until is None else max(0, (self.until - today).days)


def spacing_after(last: Attempt | None, days: int) -> Spacing:
    """The pause after ``last`` (the newest attempt) with the setting ``days``."""
    if last is None:
        return Spacing(days, None, None)
    if last.they_raised or last.answer not in WAIT_AFTER or days == 0:
        return Spacing(days, last.happened, None)
    return Spacing(days, last.happened, last.happened + timedelta(days=days))
