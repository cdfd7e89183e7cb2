"""Answers to exercise steps (app/exercises/answers.py): which steps show, checking a
value before it is stored, completeness, and how an answer reads in a document."""

from __future__ import annotations

from typing import Any

import pytest

from app.exercises.answers import (
    MAX_ITEM_CHARS,
    MAX_ITEMS,
    answer_text,
    clean_answer,
    is_answered,
    is_complete,
    visible_steps,
)
from app.exercises.content import load_exercises
from app.exercises.model import Exercise, Option, ShowIf, Step, StepKind
from app.platform.errors import InvalidValue

OPTIONS = (Option("calm", "Calm"), Option("tense", "Tense"), Option("angry", "Angry"))


def _step(step_id: str, kind: StepKind, show_if: ShowIf | None = None, **extra: Any) -> Step:
    if kind in (StepKind.SINGLE, StepKind.MULTI):
        extra.setdefault("options", OPTIONS)
    return Step(step_id, kind, f"Prompt {step_id}?", show_if=show_if, **extra)


# mood (single) -> why (yesno, if tense/angry) -> wait (text, if why is yes)
# halt (multi) -> later (text, if any of hungry/tired); level (scale) -> high (text, 8-10)
CHAIN = Exercise(
    id="chain",
    title="Chain",
    adapted_from="Adapted from a test",
    why="Testing.",
    steps=(
        _step("mood", StepKind.SINGLE),
        _step("why", StepKind.YESNO, ShowIf("mood", ("tense", "angry"))),
        _step("wait", StepKind.TEXT, ShowIf("why", (True,))),
        _step(
            "halt",
            StepKind.MULTI,
            options=(Option("hungry", "Hungry"), Option("tired", "Tired"), Option("none", "None")),
        ),
        _step("later", StepKind.TEXT, ShowIf("halt", ("hungry", "tired"))),
        _step("level", StepKind.SCALE),
        _step("high", StepKind.TEXT, ShowIf("level", (8, 9, 10))),
    ),
)


def _ids(answers: dict[str, Any]) -> list[str]:
    return [step.id for step in visible_steps(CHAIN, answers)]


# --- visible_steps ---------------------------------------------------------------------


def test_with_no_answers_only_unconditional_steps_show() -> None:
    assert _ids({}) == ["mood", "halt", "level"]


def test_a_chain_opens_one_step_at_a_time() -> None:
    assert _ids({"mood": "tense"}) == ["mood", "why", "halt", "level"]
    assert _ids({"mood": "tense", "why": True}) == ["mood", "why", "wait", "halt", "level"]
    assert _ids({"mood": "tense", "why": False}) == ["mood", "why", "halt", "level"]


def test_a_step_whose_condition_step_is_hidden_is_hidden_too() -> None:
    # "why" still holds True from before, but "mood" changed, so "why" and "wait" hide.
    assert _ids({"mood": "calm", "why": True, "wait": "kept"}) == ["mood", "halt", "level"]


def test_multi_shows_when_any_chosen_option_matches() -> None:
    assert "later" in _ids({"halt": ["none", "tired"]})
    assert "later" not in _ids({"halt": ["none"]})
    assert "later" not in _ids({"halt": []})


def test_scale_shows_on_the_listed_numbers_only() -> None:
    assert "high" in _ids({"level": 8})
    assert "high" not in _ids({"level": 7})


@pytest.mark.parametrize(
    "answers",
    [
        {"mood": ["tense"]},  # a list where one id belongs
        {"mood": "tense", "why": 1},  # 1 is not True
        {"level": 8.0},
        {"level": True},
        {"halt": "tired"},  # a string where a list belongs
        {"mood": None},
    ],
)
def test_answers_of_the_wrong_type_never_open_a_step(answers: dict[str, Any]) -> None:
    shown = _ids(answers)
    assert "wait" not in shown and "high" not in shown and "later" not in shown
    if "why" in answers:
        assert "why" in shown and "wait" not in shown


def test_a_yes_no_condition_on_false_is_not_met_by_zero() -> None:
    exercise = Exercise(
        "x",
        "X",
        "Adapted from a test",
        "Testing.",
        (_step("ok", StepKind.YESNO), _step("why_not", StepKind.TEXT, ShowIf("ok", (False,)))),
    )
    assert [s.id for s in visible_steps(exercise, {"ok": False})] == ["ok", "why_not"]
    assert [s.id for s in visible_steps(exercise, {"ok": 0})] == ["ok"]
    assert [s.id for s in visible_steps(exercise, {"ok": True})] == ["ok"]
    # An old snapshot's condition written as 0 or 1 is not a yes/no value.
    loose = Exercise(
        "x",
        "X",
        "Adapted from a test",
        "Testing.",
        (_step("ok", StepKind.YESNO), _step("why", StepKind.TEXT, ShowIf("ok", (1, 0)))),
    )
    assert [s.id for s in visible_steps(loose, {"ok": True})] == ["ok"]
    assert [s.id for s in visible_steps(loose, {"ok": False})] == ["ok"]


def test_a_condition_on_a_step_that_is_not_earlier_shows_the_step() -> None:
    # Only an odd stored snapshot can hold this; better to show a question than hide an answer.
    exercise = Exercise(
        "x",
        "X",
        "Adapted from a test",
        "Testing.",
        (
            _step("first", StepKind.TEXT, ShowIf("gone", (True,))),
            _step("second", StepKind.TEXT, ShowIf("third", (True,))),
            _step("third", StepKind.YESNO),
        ),
    )
    assert [s.id for s in visible_steps(exercise, {})] == ["first", "second", "third"]


def test_shipped_conditions_open_as_written() -> None:
    prep = load_exercises().get("hard-conversation-prep")
    assert prep is not None
    closed = [s.id for s in visible_steps(prep, {"halt": ["none"], "safe": True})]
    opened = [s.id for s in visible_steps(prep, {"halt": ["tired"], "safe": False})]
    assert set(opened) - set(closed) == {"another_time", "safety"}


# --- clean_answer ----------------------------------------------------------------------


def _refused(step: Step, value: object) -> str:
    with pytest.raises(InvalidValue) as caught:
        clean_answer(step, value)
    message = str(caught.value)
    assert message and "\n" not in message
    return message


@pytest.mark.parametrize(
    ("kind", "value", "stored"),
    [
        (StepKind.TEXT, "  keep my spacing\n", "  keep my spacing\n"),
        (StepKind.TEXT, "", ""),
        (StepKind.MESSAGE, "I feel worn out.", "I feel worn out."),
        (StepKind.SINGLE, "tense", "tense"),
        (StepKind.MULTI, ["angry", "calm", "angry"], ["calm", "angry"]),
        (StepKind.MULTI, ("tense",), ["tense"]),
        (StepKind.MULTI, [], []),
        (StepKind.SCALE, 0, 0),
        (StepKind.SCALE, 10, 10),
        (StepKind.LIST, [" one ", "", "   ", "two"], ["one", "two"]),
        (StepKind.LIST, [], []),
        (StepKind.YESNO, False, False),
    ],
)
def test_good_values_are_stored_in_their_plain_form(
    kind: StepKind, value: object, stored: object
) -> None:
    assert clean_answer(_step("s", kind), value) == stored


@pytest.mark.parametrize(
    ("kind", "value", "message"),
    [
        (StepKind.TEXT, 5, "This answer must be text."),
        (StepKind.TEXT, None, "This answer must be text."),
        (StepKind.MESSAGE, ["a"], "This answer must be text."),
        (StepKind.TEXT, "a\x00b", "This answer holds a character that cannot be saved."),
        (StepKind.TEXT, "lone \udc80", "This answer holds a character that cannot be saved."),
        (StepKind.SINGLE, "furious", "That choice is not one of this step's options."),
        (StepKind.SINGLE, ["calm"], "Please choose one of the options."),
        (
            StepKind.MULTI,
            ["calm", "furious"],
            "One of those choices is not one of this step's options.",
        ),
        (StepKind.MULTI, "calm", "Please choose from the options."),
        (StepKind.MULTI, [1], "Please choose from the options."),
        (StepKind.SCALE, 11, "Please pick a whole number from 0 to 10."),
        (StepKind.SCALE, -1, "Please pick a whole number from 0 to 10."),
        (StepKind.SCALE, 5.0, "Please pick a whole number from 0 to 10."),
        (StepKind.SCALE, True, "Please pick a whole number from 0 to 10."),
        (StepKind.SCALE, "5", "Please pick a whole number from 0 to 10."),
        (StepKind.YESNO, 1, "Please answer yes or no."),
        (StepKind.YESNO, "yes", "Please answer yes or no."),
        (StepKind.LIST, "one line", "A list answer must be a list of short lines."),
        (StepKind.LIST, ["ok", 3], "A list answer must be a list of short lines."),
        (StepKind.LIST, ["two\nlines"], "Each item must be one line."),
    ],
)
def test_bad_values_are_refused_in_one_line(kind: StepKind, value: object, message: str) -> None:
    assert _refused(_step("s", kind), value) == message


def test_a_scale_with_its_own_range_names_it() -> None:
    step = _step("s", StepKind.SCALE, minimum=1, maximum=5)
    assert clean_answer(step, 1) == 1
    assert _refused(step, 0) == "Please pick a whole number from 1 to 5."


def test_list_limits_are_per_item_and_per_list() -> None:
    step = _step("s", StepKind.LIST)
    longest = "x" * MAX_ITEM_CHARS
    assert clean_answer(step, [longest] * MAX_ITEMS) == [longest] * MAX_ITEMS
    assert _refused(step, [longest + "x"]) == "Each item is longer than 500 characters."
    assert _refused(step, ["x"] * (MAX_ITEMS + 1)) == "A list can hold up to 50 items."
    # Blank items do not count toward the limit; surrounding spaces do not count as length.
    assert len(clean_answer(step, ["x"] * MAX_ITEMS + ["", " "])) == MAX_ITEMS  # type: ignore[arg-type]
    assert clean_answer(step, [f"  {longest}  "]) == [longest]


def test_a_refusal_never_repeats_what_was_written() -> None:
    secret = "my private words"
    for kind in StepKind:
        step = _step("s", kind)
        for value in (secret, [secret], secret * 30_000, {"x": secret}):
            try:
                clean_answer(step, value)
            except InvalidValue as error:
                assert secret not in str(error)


# --- is_answered / is_complete ---------------------------------------------------------


@pytest.mark.parametrize(
    ("kind", "value", "answered"),
    [
        (StepKind.TEXT, "words", True),
        (StepKind.TEXT, "  \n ", False),
        (StepKind.MESSAGE, "", False),
        (StepKind.SINGLE, "calm", True),
        (StepKind.SINGLE, "gone", False),
        (StepKind.MULTI, ["calm"], True),
        (StepKind.MULTI, [], False),
        (StepKind.SCALE, 0, True),
        (StepKind.LIST, ["", " "], False),
        (StepKind.LIST, ["one"], True),
        (StepKind.YESNO, False, True),
        (StepKind.YESNO, None, False),
    ],
)
def test_what_counts_as_answered(kind: StepKind, value: object, answered: bool) -> None:
    assert is_answered(_step("s", kind), value) is answered


def test_complete_means_every_visible_step_answered() -> None:
    base = {"mood": "calm", "halt": ["none"], "level": 3}
    assert is_complete(CHAIN, base)
    assert not is_complete(CHAIN, {**base, "level": None})
    assert not is_complete(CHAIN, {"mood": "calm", "halt": ["none"]})
    # Opening a conditional step asks for it too ...
    assert not is_complete(CHAIN, {**base, "mood": "angry"})
    assert not is_complete(CHAIN, {**base, "mood": "angry", "why": True})
    assert is_complete(CHAIN, {**base, "mood": "angry", "why": True, "wait": "Later."})
    # ... and a hidden step's leftover answer, even a blank one, does not matter.
    assert is_complete(CHAIN, {**base, "why": True, "wait": "   ", "high": ""})


def test_a_shipped_exercise_completes_with_answers_to_its_visible_steps() -> None:
    exercise = load_exercises().get("boundary-builder")
    assert exercise is not None
    answers: dict[str, Any] = {
        "area": "time",
        "what_happens": "Plans change late.",
        "need": "Rest.",
        "boundary": "If plans change after eight, I will keep mine.",
        "follow_through": True,
        "calm": 6,
        "rehearsal": "I'm keeping my evening.",
    }
    assert is_complete(exercise, answers)
    answers["follow_through"] = False
    assert not is_complete(exercise, answers)
    answers["smaller"] = "Once a week."
    assert is_complete(exercise, answers)


# --- answer_text -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("step", "value", "text"),
    [
        (_step("s", StepKind.TEXT), "As written,\nwith lines.", "As written,\nwith lines."),
        (_step("s", StepKind.MESSAGE), "I feel tired.", "I feel tired."),
        (_step("s", StepKind.SINGLE), "tense", "Tense"),
        (_step("s", StepKind.MULTI), ["calm", "angry"], "Calm, Angry"),
        (_step("s", StepKind.MULTI), [], ""),
        (_step("s", StepKind.SCALE), 7, "7 out of 10"),
        (_step("s", StepKind.SCALE, minimum=1, maximum=5), 3, "3 out of 5"),
        (_step("s", StepKind.SCALE, minimum=-5, maximum=5), -2, "-2 on a scale from -5 to 5"),
        (_step("s", StepKind.YESNO), True, "Yes"),
        (_step("s", StepKind.YESNO), False, "No"),
        (_step("s", StepKind.LIST), ["one", "two", "three"], "one\ntwo\nthree"),
        (_step("s", StepKind.LIST), [], ""),
    ],
)
def test_how_an_answer_reads(step: Step, value: object, text: str) -> None:
    assert answer_text(step, value) == text


@pytest.mark.parametrize(
    ("step", "value", "text"),
    [
        (_step("s", StepKind.SINGLE), "removed-option", "removed-option"),
        (_step("s", StepKind.MULTI), ["calm", "removed"], "Calm, removed"),
        (_step("s", StepKind.SCALE), "seven", "seven"),
        (_step("s", StepKind.TEXT), ["was", "a list"], "was\na list"),
        (_step("s", StepKind.TEXT), True, "Yes"),
        (_step("s", StepKind.TEXT), 4, "4"),
        (_step("s", StepKind.YESNO), None, ""),
        (_step("s", StepKind.LIST), ["  ", "kept"], "kept"),
    ],
)
def test_an_old_answer_that_no_longer_fits_still_reads(
    step: Step, value: object, text: str
) -> None:
    assert answer_text(step, value) == text
