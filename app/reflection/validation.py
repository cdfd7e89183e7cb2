"""Checking what a person enters for reflections, before anything is written.

Every check raises InvalidReflection with one plain sentence that never repeats the
person's text. Item ids must be in the content; text is made storable and keeps its
line breaks.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from datetime import date, timedelta
from typing import Final

from app.platform import timestamps
from app.platform.errors import InvalidValue
from app.platform.sentence import sentence
from app.platform.text import storable
from app.reflection.errors import InvalidReflection
from app.reflection.model import (
    MAX_DAYS_AHEAD,
    MAX_SCORE,
    MAX_TEXT_CHARS,
    Answer,
    CheckInDraft,
    Leaning,
    OptionAnswer,
    ReflectionDraft,
    ValuesDraft,
)

MESSAGE_SCORE: Final = f"A score is a whole number from 0 to {MAX_SCORE}, or left empty."
MESSAGE_UNKNOWN_ITEM: Final = "That item isn't in the reflection's list."
MESSAGE_TOO_FAR_AHEAD: Final = "A reflection can be dated at most one day after today."
MESSAGE_FUTURE_MONTH: Final = "A monthly check-in can't be for a month that hasn't started."
MESSAGE_LEANING: Final = "Please choose how much you lean towards an option from the list."
MESSAGE_UNSURE_IMPACT: Final = "'Not sure' is only for the possible reasons."


def text(value: object, what: str) -> str:
    if not isinstance(value, str):
        raise InvalidReflection(sentence("{what} must be text.", what=what))
    clean = storable(value)
    if len(clean) > MAX_TEXT_CHARS:
        raise InvalidReflection(
            sentence(
                "{what} can be at most {max_text_chars:,} characters long.",
                what=what,
                max_text_chars=MAX_TEXT_CHARS,
            )
        )
    return clean


def score(value: object, *, required: bool = False) -> int | None:
    if value is None and not required:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_SCORE:
        raise InvalidReflection(MESSAGE_SCORE)
    return value


def day(value: object, today: date) -> date:
    try:
        checked = timestamps.require_day(value, "date of a reflection")
    except InvalidValue as error:
        raise InvalidReflection(str(error)) from None
    if checked > today + timedelta(days=MAX_DAYS_AHEAD):
        raise InvalidReflection(MESSAGE_TOO_FAR_AHEAD)
    return checked


def month(value: object, today: date) -> date:
    try:
        checked = timestamps.require_day(value, "month of a check-in")
    except InvalidValue as error:
        raise InvalidReflection(str(error)) from None
    first = checked.replace(day=1)
    if first > today.replace(day=1):
        raise InvalidReflection(MESSAGE_FUTURE_MONTH)
    return first


def month_key(first: date) -> str:
    return f"{first.year:04d}-{first.month:02d}"


def _answers(value: object, known: Collection[str], *, unsure_allowed: bool) -> dict[str, Answer]:
    if not isinstance(value, Mapping):
        raise InvalidReflection("Answers are needed here.")
    clean: dict[str, Answer] = {}
    for item, answer in value.items():
        if not isinstance(item, str) or item not in known:
            raise InvalidReflection(MESSAGE_UNKNOWN_ITEM)
        if not isinstance(answer, Answer):
            raise InvalidReflection("Each answer needs a score, 'not sure' or a note.")
        if not isinstance(answer.unsure, bool):
            raise InvalidReflection("'Not sure' must be yes or no.")
        if answer.unsure and not unsure_allowed:
            raise InvalidReflection(MESSAGE_UNSURE_IMPACT)
        tidy = Answer(
            score=score(answer.score),
            unsure=answer.unsure,
            note=text(answer.note, "A note"),
        )
        if not tidy.is_empty():
            clean[item] = tidy
    return clean


def reflection_draft(
    draft: object, reasons: Collection[str], impacts: Collection[str], today: date
) -> ReflectionDraft:
    if not isinstance(draft, ReflectionDraft):
        raise InvalidReflection("A reflection is needed here.")
    return ReflectionDraft(
        day=day(draft.day, today),
        reasons=_answers(draft.reasons, reasons, unsure_allowed=True),
        impacts=_answers(draft.impacts, impacts, unsure_allowed=False),
    )


def leaning(value: object) -> Leaning | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise InvalidReflection(MESSAGE_LEANING)
    try:
        return Leaning(value)
    except ValueError:
        raise InvalidReflection(MESSAGE_LEANING) from None


def values_draft(draft: object, options: Collection[str]) -> ValuesDraft:
    if not isinstance(draft, ValuesDraft):
        raise InvalidReflection("The values page is needed here.")
    if not isinstance(draft.options, Mapping):
        raise InvalidReflection("Options are needed here.")
    clean: dict[str, OptionAnswer] = {}
    for item, answer in draft.options.items():
        if not isinstance(item, str) or item not in options:
            raise InvalidReflection(MESSAGE_UNKNOWN_ITEM)
        if not isinstance(answer, OptionAnswer):
            raise InvalidReflection("Each option needs a leaning or a note.")
        tidy = OptionAnswer(leaning(answer.leaning), text(answer.note, "A note"))
        if not tidy.is_empty():
            clean[item] = tidy
    return ValuesDraft(
        what_i_value=text(draft.what_i_value, "What you value"),
        what_i_need=text(draft.what_i_need, "What you need"),
        can_live_with=text(draft.can_live_with, "What you can live with"),
        cannot_live_with=text(draft.cannot_live_with, "What you cannot live with"),
        options=clean,
    )


def checkin_draft(draft: object, questions: Collection[str], today: date) -> CheckInDraft:
    if not isinstance(draft, CheckInDraft):
        raise InvalidReflection("A monthly check-in is needed here.")
    if not isinstance(draft.scores, Mapping):
        raise InvalidReflection("Scores are needed here.")
    scores: dict[str, int] = {}
    for item, value in draft.scores.items():
        if not isinstance(item, str) or item not in questions:
            raise InvalidReflection(MESSAGE_UNKNOWN_ITEM)
        checked = score(value, required=True)
        assert checked is not None
        scores[item] = checked
    return CheckInDraft(
        month=month(draft.month, today), scores=scores, note=text(draft.note, "A note")
    )
