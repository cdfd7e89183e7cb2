"""Exercises as content (app/exercises/content.py): the shipped files, and each kind of
broken file named in one line while the other files still load.

The made-up exercises here are written with plain English texts; ``in_languages`` gives
each text every shipped language, as a content file holds it. The Spanish texts are
tested in test_content_es_c2.py.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest
from exercises_helpers import in_languages

from app.content import ContentError, content_dir
from app.exercises import content
from app.exercises.answers import MAX_TEXT_CHARS, answer_text, clean_answer
from app.exercises.content import (
    ExerciseCatalogue,
    bundled_catalogue,
    load_exercises,
    parse_exercise,
)
from app.exercises.model import StepKind
from app.exercises.snapshot import from_snapshot, to_snapshot
from app.platform.errors import InvalidValue

SHIPPED = content_dir() / "exercises"
REQUIRED_IDS = {
    "i-statement",
    "four-part-message",
    "gentle-start-up",
    "structured-request",
    "hard-conversation-prep",
    "hard-conversation-debrief",
    "positive-communication",
    "caretaking-reflection",
    "boundary-builder",
}

GOOD: dict[str, Any] = in_languages(
    {
        "format": 1,
        "id": "tiny",
        "title": "A tiny exercise",
        "adapted_from": "Adapted from nothing in particular",
        "why": "To test the reader.",
        "steps": [
            {
                "id": "mood",
                "kind": "single",
                "prompt": "How are you?",
                "options": [{"id": "ok", "label": "Fine"}, {"id": "low", "label": "Low"}],
            },
            {
                "id": "more",
                "kind": "text",
                "prompt": "Tell me more.",
                "show_if": {"step": "mood", "values": ["low"]},
            },
        ],
    }
)


def _good(**changes: Any) -> dict[str, Any]:
    data = copy.deepcopy(GOOD)
    data.update(changes)
    written: dict[str, Any] = in_languages(data)
    return written


def _with_step(step: dict[str, Any], **changes: Any) -> dict[str, Any]:
    data = _good(**changes)
    data["steps"].append(in_languages(step))
    return data


def _write(folder: Path, name: str, data: object) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(data if isinstance(data, str) else json.dumps(data), encoding="utf-8")
    return path


def _only_problem(folder: Path) -> str:
    """Loads ``folder`` (one bad file among good ones): the bad one is named, once, in one
    line; the good ones still load."""
    catalogue = load_exercises(folder)
    assert len(catalogue.problems) == 1, catalogue.problems
    message = catalogue.problems[0]
    assert "\n" not in message and "\r" not in message and "Traceback" not in message
    assert catalogue.get("tiny") is not None, "the good file still loads"
    return message


def _refusal(data: object, name: str = "bad.json") -> str:
    with pytest.raises(ContentError) as caught:
        parse_exercise(data, name)
    message = str(caught.value)
    assert message.startswith(f"{name}: "), message
    assert "\n" not in message
    return message


def _in_english(value: Any) -> Any:
    """``value`` with each {"en": ...} text replaced by its English."""
    if isinstance(value, list):
        return [_in_english(item) for item in value]
    if isinstance(value, dict):
        if "en" in value:
            return value["en"]
        return {key: _in_english(item) for key, item in value.items()}
    return value


def _all_text(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [text for item in value.values() for text in _all_text(item)]
    if isinstance(value, list):
        return [text for item in value for text in _all_text(item)]
    return []


# --- the shipped exercises -------------------------------------------------------------


def _shipped_files() -> list[Path]:
    return sorted(SHIPPED.glob("*.json"))


def test_every_shipped_file_loads_without_problems() -> None:
    catalogue = load_exercises()
    assert catalogue.problems == ()
    assert len(catalogue.exercises) == len(_shipped_files())
    assert 9 <= len(catalogue.exercises) <= 10
    assert catalogue.ids() >= REQUIRED_IDS
    assert bundled_catalogue() == catalogue


@pytest.mark.parametrize("path", _shipped_files(), ids=lambda p: p.stem)
def test_each_shipped_file_is_valid_and_reads_as_a_snapshot(path: Path) -> None:
    data = json.loads(path.read_text(encoding="utf-8"))
    exercise = parse_exercise(data, path.name, "en")
    assert exercise.id == path.stem, "a file is named for its exercise"
    # The file format is the snapshot format plus "format", with each text in every
    # language: the two agree both ways, the snapshot holding the English.
    english = _in_english(data)
    assert to_snapshot(exercise) == {k: v for k, v in english.items() if k != "format"}
    assert from_snapshot(to_snapshot(exercise)) == exercise
    assert 4 <= len(exercise.steps) <= 12
    assert exercise.adapted_from.startswith("Adapted from ")
    assert "therapist" in exercise.why
    assert "diagnos" not in exercise.why or exercise.category == "reflection"
    for text in _all_text(data):
        assert text.strip() == text and text, f"{path.name}: empty or padded text {text!r}"


def test_ids_are_unique_across_the_shipped_files() -> None:
    ids = [json.loads(p.read_text(encoding="utf-8"))["id"] for p in _shipped_files()]
    assert len(ids) == len(set(ids))


def test_the_shipped_set_uses_every_step_kind_and_conditions() -> None:
    exercises = load_exercises().exercises
    steps = [step for exercise in exercises for step in exercise.steps]
    assert {step.kind for step in steps} == set(StepKind)
    assert sum(step.show_if is not None for step in steps) >= 5
    assert {check for step in steps for check in step.checks} == {"fight", "craft"}
    assert {exercise.category for exercise in exercises} == set(content.CATEGORIES)


def test_the_shipped_exercises_carry_what_the_issue_asks_for() -> None:
    catalogue = load_exercises()
    four_part = catalogue.get("four-part-message")
    assert four_part is not None
    feelings, need = four_part.step("feelings"), four_part.step("need")
    assert feelings is not None and feelings.kind is StepKind.MULTI
    assert need is not None and need.kind is StepKind.SINGLE
    assert len(feelings.options) >= 20 and len(need.options) >= 15

    i_statement = catalogue.get("i-statement")
    assert i_statement is not None
    assert [s.checks for s in i_statement.steps if s.kind is StepKind.MESSAGE] == [
        ("fight", "craft")
    ]
    positive = catalogue.get("positive-communication")
    assert positive is not None and "CRAFT" in positive.adapted_from
    assert [s.checks for s in positive.steps if s.kind is StepKind.MESSAGE] == [("craft",)]

    boundary = catalogue.get("boundary-builder")
    assert boundary is not None and boundary.category == "boundaries"
    area = boundary.step("area")
    assert area is not None and [o.label for o in area.options] == [
        "Time",
        "Emotions",
        "Body and intimacy",
        "Privacy and phone",
        "Money",
        "Alcohol or drugs at home",
        "My therapy and my recovery",
        "Family and friends",
    ]
    assert any(s.show_if and s.show_if.step == "follow_through" for s in boundary.steps)

    prep = catalogue.get("hard-conversation-prep")
    assert prep is not None
    halt_follow_up = [s for s in prep.steps if s.show_if and s.show_if.step == "halt"]
    assert halt_follow_up and "another time" in halt_follow_up[0].prompt

    caretaking = catalogue.get("caretaking-reflection")
    assert caretaking is not None and caretaking.category == "reflection"
    assert "not a test or a diagnosis" in caretaking.why
    for exercise_id, source in [
        ("four-part-message", "Nonviolent Communication"),
        ("gentle-start-up", "Gottman method's gentle start-up"),
        ("structured-request", "DBT's interpersonal effectiveness skills"),
    ]:
        found = catalogue.get(exercise_id)
        assert found is not None and source in found.adapted_from


def test_the_catalogue_orders_by_category_then_title() -> None:
    exercises = load_exercises().exercises
    keys = [(content.CATEGORIES.index(e.category), e.title.casefold()) for e in exercises]
    assert keys == sorted(keys)
    catalogue = load_exercises()
    assert catalogue.get("no-such-exercise") is None
    assert [e.id for e in catalogue.in_category("boundaries")] == ["boundary-builder"]


def test_the_order_does_not_depend_on_file_names(tmp_path: Path) -> None:
    _write(tmp_path, "a.json", _good(id="zeta", title="Zeta", category="reflection"))
    _write(tmp_path, "b.json", _good(id="beta", title="beta"))
    _write(tmp_path, "c.json", _good(id="alpha", title="Alpha"))
    _write(tmp_path, "d.json", _good(id="bound", title="Aardvark", category="boundaries"))
    catalogue = load_exercises(tmp_path)
    assert [e.id for e in catalogue.exercises] == ["alpha", "beta", "bound", "zeta"]


# --- broken files ----------------------------------------------------------------------


def test_a_broken_file_is_named_while_the_others_load(tmp_path: Path) -> None:
    _write(tmp_path, "tiny.json", GOOD)
    _write(tmp_path, "other.json", _good(id="other", title="Other"))
    _write(tmp_path, "broken.json", '{"format": 1, "id": ')
    catalogue = load_exercises(tmp_path)
    assert [e.id for e in catalogue.exercises] == ["tiny", "other"]
    assert len(catalogue.problems) == 1
    assert catalogue.problems[0].startswith("broken.json: not valid JSON (")


def test_an_unknown_step_kind_is_named(tmp_path: Path) -> None:
    _write(tmp_path, "tiny.json", GOOD)
    _write(tmp_path, "slider.json", _with_step({"id": "x", "kind": "slider", "prompt": "P?"}))
    message = _only_problem(tmp_path)
    assert message.startswith("slider.json: step 3 ('x'): unknown step kind 'slider' (known: ")


@pytest.mark.parametrize("field", ["id", "title", "adapted_from", "why", "steps", "format"])
def test_a_missing_field_is_named(tmp_path: Path, field: str) -> None:
    _write(tmp_path, "tiny.json", GOOD)
    data = _good(id="other")
    del data[field]
    _write(tmp_path, "other.json", data)
    assert _only_problem(tmp_path) == f"other.json: missing {field!r}"


@pytest.mark.parametrize("field", ["id", "kind", "prompt"])
def test_a_step_missing_a_field_is_named(field: str) -> None:
    step = {"id": "x", "kind": "text", "prompt": "P?"}
    del step[field]
    assert _refusal(_with_step(step)) == f"bad.json: step 3: missing {field!r}"


def test_a_duplicate_exercise_id_across_two_files_is_named(tmp_path: Path) -> None:
    _write(tmp_path, "a_first.json", GOOD)
    _write(tmp_path, "b_second.json", _good(title="Same id, other title"))
    catalogue = load_exercises(tmp_path)
    assert [e.title for e in catalogue.exercises] == ["A tiny exercise"]
    assert catalogue.problems == (
        "b_second.json: duplicate exercise id 'tiny' (already in a_first.json)",
    )


def test_a_duplicate_step_id_is_named(tmp_path: Path) -> None:
    _write(tmp_path, "tiny.json", GOOD)
    _write(
        tmp_path,
        "dup.json",
        _with_step({"id": "mood", "kind": "yesno", "prompt": "Again?"}, id="dup"),
    )
    assert _only_problem(tmp_path) == "dup.json: step 3 ('mood'): duplicate step id 'mood'"


def test_invalid_json_is_named_with_its_line(tmp_path: Path) -> None:
    _write(tmp_path, "tiny.json", GOOD)
    _write(tmp_path, "commas.json", '{\n  "format": 1,,\n}')
    message = _only_problem(tmp_path)
    assert message.startswith("commas.json: not valid JSON (") and "line 2" in message


@pytest.mark.parametrize("data", [[GOOD], "just text", 42, None])
def test_a_file_that_is_not_an_object_is_named(tmp_path: Path, data: object) -> None:
    _write(tmp_path, "tiny.json", GOOD)
    _write(tmp_path, "list.json", json.dumps(data))
    assert _only_problem(tmp_path) == "list.json: the top level must be a JSON object"


def test_a_file_that_is_not_utf8_is_named(tmp_path: Path) -> None:
    _write(tmp_path, "tiny.json", GOOD)
    (tmp_path / "latin.json").write_bytes(b'{"title": "caf\xe9"}')
    assert _only_problem(tmp_path) == "latin.json: cannot be read (UnicodeDecodeError)"


def test_a_huge_file_is_named_without_being_parsed(tmp_path: Path) -> None:
    _write(tmp_path, "tiny.json", GOOD)
    _write(tmp_path, "huge.json", " " * (content.MAX_FILE_BYTES + 1))
    assert _only_problem(tmp_path) == "huge.json: larger than 1,000,000 bytes"


def test_a_missing_folder_is_one_problem_and_no_exercises(tmp_path: Path) -> None:
    catalogue = load_exercises(tmp_path / "nowhere")
    assert catalogue == ExerciseCatalogue((), ("nowhere: the exercises folder is missing",))


def test_an_empty_folder_loads_nothing_without_problems(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("not an exercise", encoding="utf-8")
    assert load_exercises(tmp_path) == ExerciseCatalogue()


def test_show_if_to_a_later_step_is_named(tmp_path: Path) -> None:
    data = _good()
    data["steps"][0]["show_if"] = {"step": "more", "values": ["x"]}
    data["steps"][1].pop("show_if")
    data["steps"][1]["kind"] = "yesno"
    _write(tmp_path, "tiny.json", GOOD)
    _write(tmp_path, "later.json", {**data, "id": "later"})
    assert _only_problem(tmp_path) == (
        "later.json: step 1 ('mood'): 'show_if': 'more' is not an earlier step"
    )


def test_show_if_to_itself_is_named() -> None:
    data = _with_step(
        {"id": "me", "kind": "yesno", "prompt": "P?", "show_if": {"step": "me", "values": [True]}}
    )
    assert _refusal(data) == "bad.json: step 3 ('me'): 'show_if': 'me' is not an earlier step"


def test_show_if_to_an_unknown_option_is_named(tmp_path: Path) -> None:
    _write(tmp_path, "tiny.json", GOOD)
    data = _good(id="option")
    data["steps"][1]["show_if"]["values"] = ["low", "terrible"]
    _write(tmp_path, "option.json", data)
    assert _only_problem(tmp_path) == (
        "option.json: step 2 ('more'): 'show_if': 'terrible' is not an option of 'mood'"
    )


@pytest.mark.parametrize(
    ("target", "values", "reason"),
    [
        (
            {"id": "t", "kind": "text", "prompt": "P?"},
            ["x"],
            "'t' is a text step, whose answer cannot decide whether another step shows",
        ),
        (
            {"id": "t", "kind": "yesno", "prompt": "P?"},
            ["yes"],
            "'t' is a yes/no step; use true or false",
        ),
        (
            {"id": "t", "kind": "yesno", "prompt": "P?"},
            [1],
            "'t' is a yes/no step; use true or false",
        ),
        ({"id": "t", "kind": "scale", "prompt": "P?"}, [True], "'t' is a scale; use whole numbers"),
        ({"id": "t", "kind": "scale", "prompt": "P?"}, [11], "11 is outside 't''s scale (0 to 10)"),
        ({"id": "t", "kind": "yesno", "prompt": "P?"}, [], "'values' must be a non-empty list"),
        ({"id": "t", "kind": "yesno", "prompt": "P?"}, [True, True], "a value is listed twice"),
    ],
)
def test_show_if_values_must_fit_the_step_they_name(
    target: dict[str, Any], values: list[Any], reason: str
) -> None:
    data = _with_step(target)
    data["steps"].append(
        in_languages(
            {
                "id": "then",
                "kind": "text",
                "prompt": "P?",
                "show_if": {"step": "t", "values": values},
            }
        )
    )
    assert _refusal(data) == f"bad.json: step 4 ('then'): 'show_if': {reason}"


@pytest.mark.parametrize("prompt", ["", "   ", "\n\t", None, 7])
def test_an_empty_prompt_is_named(tmp_path: Path, prompt: object) -> None:
    _write(tmp_path, "tiny.json", GOOD)
    _write(
        tmp_path, "empty.json", _with_step({"id": "x", "kind": "text", "prompt": prompt}, id="e")
    )
    assert _only_problem(tmp_path) == (
        "empty.json: step 3 ('x'): 'prompt' must be non-empty text in 'en'"
    )


@pytest.mark.parametrize("field", ["title", "adapted_from", "why"])
def test_empty_exercise_text_is_refused(field: str) -> None:
    assert _refusal(_good(**{field: "  "})) == f"bad.json: {field!r} must be non-empty text in 'en'"


def test_empty_option_labels_and_help_are_refused() -> None:
    data = _good()
    data["steps"][0]["options"][1] = in_languages({"id": "low", "label": " "})
    assert _refusal(data) == (
        "bad.json: step 1 ('mood'): option 2: 'label' must be non-empty text in 'en'"
    )
    data = _with_step({"id": "x", "kind": "text", "prompt": "P?", "help": ""})
    assert _refusal(data) == "bad.json: step 3 ('x'): 'help' must be non-empty text in 'en'"


@pytest.mark.parametrize(
    ("step", "reason"),
    [
        ({"id": "x", "kind": "single", "prompt": "P?"}, "a single step needs 'options'"),
        (
            {"id": "x", "kind": "multi", "prompt": "P?", "options": [{"id": "a", "label": "A"}]},
            "'options' must be a list of at least 2 options",
        ),
        (
            {
                "id": "x",
                "kind": "single",
                "prompt": "P?",
                "options": [{"id": "a", "label": "A"}, {"id": "a", "label": "B"}],
            },
            "option 2: duplicate option id 'a'",
        ),
        (
            {"id": "x", "kind": "text", "prompt": "P?", "options": GOOD["steps"][0]["options"]},
            "'options' does not belong on a text step",
        ),
        (
            {"id": "x", "kind": "yesno", "prompt": "P?", "maximum": 3},
            "'maximum' does not belong on a yesno step",
        ),
        (
            {"id": "x", "kind": "text", "prompt": "P?", "checks": ["fight"]},
            "'checks' does not belong on a text step",
        ),
        (
            {"id": "x", "kind": "text", "prompt": "P?", "colour": "red"},
            "'colour' does not belong on a text step",
        ),
        (
            {"id": "x", "kind": "scale", "prompt": "P?", "minimum": 5, "maximum": 5},
            "'minimum' must be less than 'maximum'",
        ),
        (
            {"id": "x", "kind": "scale", "prompt": "P?", "minimum": 10, "maximum": 1},
            "'minimum' must be less than 'maximum'",
        ),
        (
            {"id": "x", "kind": "scale", "prompt": "P?", "maximum": 2.5},
            "'maximum' must be a whole number from -1000 to 1000",
        ),
        (
            {"id": "x", "kind": "message", "prompt": "P?", "checks": ["spelling"]},
            "unknown check 'spelling' (known: craft, fight)",
        ),
        (
            {"id": "x", "kind": "message", "prompt": "P?", "checks": []},
            "'checks' must be a non-empty list",
        ),
    ],
)
def test_a_step_that_does_not_fit_its_kind_is_refused(step: dict[str, Any], reason: str) -> None:
    assert _refusal(_with_step(step)) == f"bad.json: step 3 ('x'): {reason}"


@pytest.mark.parametrize("bad_id", ["Big", "-lead", "with space", "", "ünï", 3, "a" * 65])
def test_ids_must_be_short_lowercase_slugs(bad_id: object) -> None:
    assert _refusal(_good(id=bad_id)).startswith("bad.json: 'id' ")
    assert _refusal(_with_step({"id": bad_id, "kind": "text", "prompt": "P?"})).startswith(
        "bad.json: step 3: 'id' "
    )


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"format": 2}, "bad.json: 'format' must be 1, not 2"),
        ({"format": True}, "bad.json: 'format' must be 1, not True"),
        (
            {"category": "chores"},
            "bad.json: 'category' must be one of communication, boundaries, reflection, not 'chores'",
        ),
        ({"minutes": 0}, "bad.json: 'minutes' must be a whole number from 1 to 240"),
        ({"steps": []}, "bad.json: 'steps' must be a non-empty list"),
        ({"steps": ["text"]}, "bad.json: step 1: must be a JSON object"),
        ({"extra": 1}, "bad.json: unknown key 'extra'"),
        ({"title": "x" * 81}, "bad.json: 'title' is longer than 80 characters in 'en'"),
    ],
)
def test_other_bad_exercise_fields_are_refused(changes: dict[str, Any], message: str) -> None:
    assert _refusal(_good(**changes)) == message


def test_the_step_limit_is_enforced_and_30_steps_are_fine() -> None:
    steps = [{"id": f"s{n}", "kind": "text", "prompt": f"Step {n}?"} for n in range(101)]
    assert _refusal(_good(steps=steps)) == "bad.json: more than 100 steps"
    assert len(parse_exercise(_good(steps=steps[:30]), "ok.json").steps) == 30


# --- answers: long text, emoji and right-to-left text ----------------------------------


def test_a_100_kb_answer_is_accepted_and_one_more_character_refused() -> None:
    exercise = parse_exercise(_with_step({"id": "m", "kind": "message", "prompt": "P?"}), "t.json")
    for step_id in ("more", "m"):
        step = exercise.step(step_id)
        assert step is not None
        text = "a" * MAX_TEXT_CHARS
        assert clean_answer(step, text) == text
        with pytest.raises(InvalidValue) as caught:
            clean_answer(step, text + "b")
        assert str(caught.value) == "This answer is longer than 100,000 characters."


EMOJI_RTL = "שלום 🙂 مرحبا 👩🏽‍🤝‍👨🏻"

EVERY_KIND: dict[str, Any] = in_languages(
    {
        "format": 1,
        "id": "every-kind",
        "title": f"Every kind {EMOJI_RTL}",
        "adapted_from": f"Adapted from {EMOJI_RTL}",
        "why": EMOJI_RTL,
        "steps": [
            {"id": "text", "kind": "text", "prompt": EMOJI_RTL},
            {"id": "message", "kind": "message", "prompt": EMOJI_RTL, "checks": ["fight", "craft"]},
            {
                "id": "single",
                "kind": "single",
                "prompt": EMOJI_RTL,
                "options": [{"id": "a", "label": "🙂 نعم"}, {"id": "b", "label": "לא 🙃"}],
            },
            {
                "id": "multi",
                "kind": "multi",
                "prompt": EMOJI_RTL,
                "options": [{"id": "a", "label": "🙂 نعم"}, {"id": "b", "label": "לא 🙃"}],
            },
            {
                "id": "scale",
                "kind": "scale",
                "prompt": EMOJI_RTL,
                "low_label": "🙁",
                "high_label": "🙂",
            },
            {"id": "list", "kind": "list", "prompt": EMOJI_RTL},
            {"id": "yesno", "kind": "yesno", "prompt": EMOJI_RTL},
        ],
    }
)


def test_emoji_and_right_to_left_text_load_in_content(tmp_path: Path) -> None:
    _write(tmp_path, "every.json", json.dumps(EVERY_KIND, ensure_ascii=False))
    catalogue = load_exercises(tmp_path)
    assert catalogue.problems == ()
    exercise = catalogue.get("every-kind")
    assert exercise is not None and exercise.why == EMOJI_RTL
    assert {step.kind for step in exercise.steps} == set(StepKind)


@pytest.mark.parametrize(
    ("step_id", "value", "stored", "reads"),
    [
        ("text", EMOJI_RTL, EMOJI_RTL, EMOJI_RTL),
        ("message", EMOJI_RTL * 1000, EMOJI_RTL * 1000, EMOJI_RTL * 1000),
        ("single", "b", "b", "לא 🙃"),
        ("multi", ["b", "a"], ["a", "b"], "🙂 نعم, לא 🙃"),
        ("scale", 7, 7, "7 out of 10"),
        ("list", [f" {EMOJI_RTL} ", "🙂"], [EMOJI_RTL, "🙂"], f"{EMOJI_RTL}\n🙂"),
        ("yesno", True, True, "Yes"),
    ],
)
def test_emoji_and_right_to_left_text_in_every_kind_of_answer(
    step_id: str, value: object, stored: object, reads: str
) -> None:
    exercise = parse_exercise(EVERY_KIND, "every.json")
    step = exercise.step(step_id)
    assert step is not None
    assert clean_answer(step, value) == stored
    assert answer_text(step, stored) == reads


@pytest.mark.parametrize("step_id", ["single", "multi", "scale", "yesno"])
def test_emoji_where_a_choice_belongs_is_refused_without_echoing_it(step_id: str) -> None:
    exercise = parse_exercise(EVERY_KIND, "every.json")
    step = exercise.step(step_id)
    assert step is not None
    value: object = [EMOJI_RTL] if step_id == "multi" else EMOJI_RTL
    with pytest.raises(InvalidValue) as caught:
        clean_answer(step, value)
    assert EMOJI_RTL not in str(caught.value) and "🙂" not in str(caught.value)
