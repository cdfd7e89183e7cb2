"""Answers to an exercise's steps: which steps show, checking a value before it is stored,
whether a run is complete, and how an answer reads in a document.

Answer values by step kind are described in ``app/exercises/model.py``. Nothing here
puts what the person wrote into an error message.

Reading is lenient, checking is strict: ``visible_steps``, ``is_complete`` and
``answer_text`` accept whatever a stored run holds (an exercise snapshot from an older
Mooring, a value of an unexpected type) and never raise; ``clean_answer`` refuses any
value that does not fit the step, with a one-line ``InvalidValue``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final, TypeGuard

from app.exercises.model import Exercise, JsonValue, Step, StepKind
from app.platform.errors import InvalidValue
from app.platform.sentence import sentence

MAX_TEXT_CHARS: Final = 100_000
MAX_ITEM_CHARS: Final = 500
MAX_ITEMS: Final = 50

_TEXT_KINDS: Final = frozenset({StepKind.TEXT, StepKind.MESSAGE})


def visible_steps(exercise: Exercise, answers: Mapping[str, object]) -> list[Step]:
    """The steps that show for these answers, in order.

    A step with ``show_if`` shows when its condition step shows and was answered with
    one of the values; so a step whose condition step is hidden is hidden too, down a
    chain. A condition naming no earlier step (only an odd old snapshot can) is ignored
    and the step shows: better to show a question than to hide an answer.
    """
    shown: list[Step] = []
    shown_ids: set[str] = set()
    seen_ids: set[str] = set()
    for step in exercise.steps:
        condition = step.show_if
        visible = True
        if condition is not None and condition.step in seen_ids:
            condition_step = exercise.step(condition.step)
            visible = (
                condition.step in shown_ids
                and condition_step is not None
                and _matches(condition_step, answers.get(condition.step), condition.values)
            )
        seen_ids.add(step.id)
        if visible:
            shown.append(step)
            shown_ids.add(step.id)
    return shown


def _matches(step: Step, answer: object, values: tuple[str | int | bool, ...]) -> bool:
    if answer is None:
        return False
    if step.kind is StepKind.YESNO:
        return isinstance(answer, bool) and any(isinstance(v, bool) and v is answer for v in values)
    if step.kind is StepKind.SCALE:
        return _is_int(answer) and any(_is_int(v) and v == answer for v in values)
    wanted = {v for v in values if isinstance(v, str)}
    if step.kind is StepKind.SINGLE:
        return isinstance(answer, str) and answer in wanted
    if step.kind is StepKind.MULTI:
        return isinstance(answer, list) and any(isinstance(a, str) and a in wanted for a in answer)
    return False


def clean_answer(step: Step, value: object) -> JsonValue:
    """``value`` as it will be stored for ``step``; raises InvalidValue (one line) when
    it does not fit the step: a wrong type, an unknown option, a number off the scale,
    too much text.

    Text is kept exactly as written. A multiple choice keeps each option once, in the
    step's order; a list drops blank items and trims each item.
    """
    kind = step.kind
    if kind in _TEXT_KINDS:
        return _clean_text(value, MAX_TEXT_CHARS, "This answer")
    if kind is StepKind.SINGLE:
        if not isinstance(value, str):
            raise InvalidValue("Please choose one of the options.")
        if value not in _option_ids(step):
            raise InvalidValue("That choice is not one of this step's options.")
        return value
    if kind is StepKind.MULTI:
        if not isinstance(value, list | tuple) or not all(isinstance(v, str) for v in value):
            raise InvalidValue("Please choose from the options.")
        ids = _option_ids(step)
        chosen = set(value)
        if not chosen <= set(ids):
            raise InvalidValue("One of those choices is not one of this step's options.")
        return [option_id for option_id in ids if option_id in chosen]
    if kind is StepKind.SCALE:
        if not _is_int(value) or not step.minimum <= value <= step.maximum:
            raise InvalidValue(
                sentence(
                    "Please pick a whole number from {minimum} to {maximum}.",
                    minimum=step.minimum,
                    maximum=step.maximum,
                )
            )
        return value
    if kind is StepKind.YESNO:
        if not isinstance(value, bool):
            raise InvalidValue("Please answer yes or no.")
        return value
    if kind is StepKind.LIST:
        return _clean_list(value)
    raise InvalidValue("This step cannot take an answer.")  # pragma: no cover - all kinds above


def _clean_text(value: object, limit: int, what: str) -> str:
    if not isinstance(value, str):
        raise InvalidValue(sentence("{what} must be text.", what=what))
    if len(value) > limit:
        raise InvalidValue(
            sentence("{what} is longer than {limit:,} characters.", what=what, limit=limit)
        )
    if "\x00" in value:
        raise InvalidValue(sentence("{what} holds a character that cannot be saved.", what=what))
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise InvalidValue(
            sentence("{what} holds a character that cannot be saved.", what=what)
        ) from None
    return value


def _clean_list(value: object) -> list[str]:
    if not isinstance(value, list | tuple) or not all(isinstance(v, str) for v in value):
        raise InvalidValue("A list answer must be a list of short lines.")
    items: list[str] = []
    for raw in value:
        item = _clean_text(raw.strip(), MAX_ITEM_CHARS, "Each item")
        if "\n" in item or "\r" in item:
            raise InvalidValue("Each item must be one line.")
        if item:
            items.append(item)
    if len(items) > MAX_ITEMS:
        raise InvalidValue(
            sentence("A list can hold up to {max_items} items.", max_items=MAX_ITEMS)
        )
    return items


def is_answered(step: Step, value: object) -> bool:
    """Whether ``value`` is a real answer to ``step``: it fits the step and is not blank
    (text with only spaces, an empty list or an empty multiple choice)."""
    if value is None:
        return False
    try:
        cleaned = clean_answer(step, value)
    except InvalidValue:
        return False
    if isinstance(cleaned, str) and step.kind in _TEXT_KINDS:
        return bool(cleaned.strip())
    if isinstance(cleaned, list):
        return bool(cleaned)
    return True


def is_complete(exercise: Exercise, answers: Mapping[str, object]) -> bool:
    """Every step that shows for these answers has a real answer (``is_answered``).

    Answers to hidden steps do not count either way.
    """
    return all(is_answered(step, answers.get(step.id)) for step in visible_steps(exercise, answers))


def answer_text(step: Step, value: object) -> str:
    """How an answer reads in a document (a run's write-up, the therapist packet).

    Option labels for choices (joined with ", "), "Yes" or "No", "7 out of 10" for a
    scale, one line per list item without bullets, text as written. Never raises: a
    value from an old run that does not fit the step reads as plain text; an option
    since removed reads as its id.
    """
    kind = step.kind
    if kind is StepKind.YESNO and isinstance(value, bool):
        return "Yes" if value else "No"
    if kind is StepKind.SCALE and _is_int(value):
        if step.minimum == 0 or step.minimum == 1:
            return f"{value} out of {step.maximum}"
        return f"{value} on a scale from {step.minimum} to {step.maximum}"
    if kind in (StepKind.SINGLE, StepKind.MULTI):
        labels = {option.id: option.label for option in step.options}
        chosen = [value] if isinstance(value, str) else value
        if isinstance(chosen, list):
            return ", ".join(labels.get(c, c) if isinstance(c, str) else str(c) for c in chosen)
    if isinstance(value, list):
        return "\n".join(str(item).strip() for item in value if str(item).strip())
    if isinstance(value, bool):
        return "Yes" if value else "No"
    if value is None:
        return ""
    return str(value)


def _option_ids(step: Step) -> list[str]:
    return [option.id for option in step.options]


def _is_int(value: object) -> TypeGuard[int]:
    return isinstance(value, int) and not isinstance(value, bool)
