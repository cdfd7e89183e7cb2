"""Checking and tidying what a person enters in the planner, before anything is written.

Every check raises InvalidInvitation with one plain sentence that never repeats the
person's text. Text is made storable (``app.platform.text``) and keeps its line breaks.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import date, time, timedelta
from enum import StrEnum
from typing import Final, TypeVar

from app.invitations.errors import InvalidInvitation
from app.invitations.model import (
    MAX_DAYS_AHEAD,
    MAX_FEELING,
    MAX_SPACING_DAYS,
    MAX_TEXT_CHARS,
    MAX_TITLE_CHARS,
    Answer,
    AttemptDraft,
    Calm,
    Halt,
    How,
    PlanDraft,
)
from app.platform import timestamps
from app.platform.errors import InvalidValue
from app.platform.sentence import sentence
from app.platform.text import one_line, storable
from app.sessions.model import DeclineReason

MESSAGE_HOW: Final = "Please choose how you asked: in person, by message, by call or another way."
MESSAGE_ANSWER: Final = "Please choose what they answered."
MESSAGE_REASON: Final = "Please choose a reason from the list, or none."
MESSAGE_FEELING: Final = "How you felt is a number from 0 to 10, or left empty."
MESSAGE_TOO_FAR_AHEAD: Final = "An attempt can be dated at most one day after today."
MESSAGE_OFFER: Final = "Please choose something to offer from the list, or none."
MESSAGE_SPACING: Final = (
    f"The days before asking again are a whole number from 0 to {MAX_SPACING_DAYS}."
)

E = TypeVar("E", bound=StrEnum)


@dataclass(frozen=True)
class CleanPlan:
    title: str
    calm: Calm | None
    after_fight: bool | None
    halt: frozenset[Halt]
    reasons: str  # comma-separated ids, in the enum's order
    understanding: str
    offer: str
    draft: str
    keep_doing: str


@dataclass(frozen=True)
class CleanAttempt:
    happened: str
    how: How
    answer: Answer
    reason: DeclineReason | None
    their_words: str
    feeling: int | None
    next_step: str
    they_raised: bool
    plan_id: int | None


def text(value: object, what: str) -> str:
    if not isinstance(value, str):
        raise InvalidInvitation(sentence("{what} must be text.", what=what))
    clean = storable(value)
    if len(clean) > MAX_TEXT_CHARS:
        raise InvalidInvitation(
            sentence(
                "{what} can be at most {max_text_chars:,} characters long.",
                what=what,
                max_text_chars=MAX_TEXT_CHARS,
            )
        )
    return clean


def title(value: object) -> str:
    if not isinstance(value, str):
        raise InvalidInvitation("A plan's name must be text.")
    clean = one_line(value)
    if len(clean) > MAX_TITLE_CHARS:
        raise InvalidInvitation(
            sentence(
                "A plan's name can be at most {max_title_chars} characters long.",
                max_title_chars=MAX_TITLE_CHARS,
            )
        )
    return clean


def choice(value: object, kind: type[E], message: str) -> E:
    if not isinstance(value, str):
        raise InvalidInvitation(message)
    try:
        return kind(value)
    except ValueError:
        raise InvalidInvitation(message) from None


def optional_flag(value: object, message: str) -> bool | None:
    if value is None or isinstance(value, bool):
        return value
    raise InvalidInvitation(message)


def flag(value: object, message: str) -> bool:
    if isinstance(value, bool):
        return value
    raise InvalidInvitation(message)


def halt(value: object) -> frozenset[Halt]:
    if not isinstance(value, (set, frozenset, tuple, list)):
        raise InvalidInvitation("HALT answers must be chosen from hungry, angry, lonely and tired.")
    return frozenset(
        choice(v, Halt, "HALT answers must be chosen from hungry, angry, lonely and tired.")
        for v in value
    )


def reasons(value: object) -> str:
    if not isinstance(value, (tuple, list, set, frozenset)):
        raise InvalidInvitation(MESSAGE_REASON)
    chosen = {choice(v, DeclineReason, MESSAGE_REASON) for v in value}
    return ",".join(r.value for r in DeclineReason if r in chosen)


def offer(value: object, known: Collection[str], keep: str | None = None) -> str:
    if value == "":
        return ""
    if not isinstance(value, str) or (value not in known and value != keep):
        raise InvalidInvitation(MESSAGE_OFFER)
    return value


def plan_draft(
    draft: object, known_offers: Collection[str], keep_offer: str | None = None
) -> CleanPlan:
    if not isinstance(draft, PlanDraft):
        raise InvalidInvitation("A plan is needed here.")
    return CleanPlan(
        title=title(draft.title),
        calm=None
        if draft.calm is None
        else choice(draft.calm, Calm, "Please choose yes, not sure or no for a calm time."),
        after_fight=optional_flag(
            draft.after_fight, "Whether you argued lately is yes, no or left empty."
        ),
        halt=halt(draft.halt),
        reasons=reasons(draft.reasons),
        understanding=text(draft.understanding, "Your notes on their reasons"),
        offer=offer(draft.offer, known_offers, keep_offer),
        draft=text(draft.draft, "The ask"),
        keep_doing=text(draft.keep_doing, "What you keep doing for yourself"),
    )


def feeling(value: object) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_FEELING:
        raise InvalidInvitation(MESSAGE_FEELING)
    return value


def happened(day: object, at: object, today: date) -> str:
    try:
        checked = timestamps.require_day(day, "date of an attempt")
    except InvalidValue as error:
        raise InvalidInvitation(str(error)) from None
    if checked > today + timedelta(days=MAX_DAYS_AHEAD):
        raise InvalidInvitation(MESSAGE_TOO_FAR_AHEAD)
    if at is not None and not isinstance(at, time):
        raise InvalidInvitation("The time of an attempt must be a time of day, or left empty.")
    return happened_key(checked, at)


def happened_key(day: date, at: time | None) -> str:
    key = timestamps.day_key(day)
    return key if at is None else f"{key}T{at.hour:02d}:{at.minute:02d}"


def plan_id(value: object) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise InvalidInvitation("The plan an attempt belongs to must be given by its number.")
    return value


def attempt_draft(draft: object, today: date) -> CleanAttempt:
    if not isinstance(draft, AttemptDraft):
        raise InvalidInvitation("An attempt is needed here.")
    answer = choice(draft.answer, Answer, MESSAGE_ANSWER)
    reason = None if draft.reason is None else choice(draft.reason, DeclineReason, MESSAGE_REASON)
    return CleanAttempt(
        happened=happened(draft.happened, draft.at, today),
        how=choice(draft.how, How, MESSAGE_HOW),
        answer=answer,
        reason=reason,
        their_words=text(draft.their_words, "What they said"),
        feeling=feeling(draft.feeling),
        next_step=text(draft.next_step, "What you do next"),
        they_raised=flag(draft.they_raised, "'They brought it up' must be yes or no."),
        plan_id=plan_id(draft.plan_id),
    )


def spacing_days(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_SPACING_DAYS:
        raise InvalidInvitation(MESSAGE_SPACING)
    return value


def day_range(start: object, end: object) -> tuple[date, date]:
    try:
        return timestamps.require_day(start, "start date"), timestamps.require_day(end, "end date")
    except InvalidValue as error:
        raise InvalidInvitation(str(error)) from None
