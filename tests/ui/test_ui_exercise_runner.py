"""The exercise runner: one field per step kind, answers out, conditions, the message
checker in place (ui/exercises/runner.py, steps.py, message_field.py)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from app.exercises.model import Exercise, Option, ShowIf, Step, StepKind
from ui.exercises.message_field import MessageField
from ui.exercises.runner import ExerciseRunner

EXERCISE = Exercise(
    id="practice",
    title="A practice exercise",
    adapted_from="Adapted from nothing in particular (a test).",
    why="To try every kind of step.",
    steps=(
        Step(
            "feeling",
            StepKind.SINGLE,
            "How do you feel?",
            options=(Option("calm", "Calm"), Option("tense", "Tense")),
        ),
        Step(
            "why_tense",
            StepKind.TEXT,
            "What makes it tense?",
            show_if=ShowIf("feeling", ("tense",)),
        ),
        Step(
            "needs",
            StepKind.MULTI,
            "What do you need?",
            options=(Option("rest", "Rest"), Option("talk", "To talk"), Option("space", "Space")),
        ),
        Step(
            "strength", StepKind.SCALE, "How strong is it?", low_label="faint", high_label="strong"
        ),
        Step("steps", StepKind.LIST, "Small steps"),
        Step("ready", StepKind.YESNO, "Ready to talk today?"),
        Step("draft", StepKind.MESSAGE, "Your message", checks=("fight",)),
    ),
)


def runner_with(qtbot: Any, answers: dict[str, Any] | None = None) -> ExerciseRunner:
    runner = ExerciseRunner()
    qtbot.addWidget(runner)
    runner.resize(900, 700)
    runner.show_exercise(EXERCISE, answers or {})
    runner.show()
    qtbot.waitExposed(runner)
    # A person clicks what they see: wait until the steps are laid out.
    qtbot.waitUntil(lambda: field(runner, "feeling").buttons["calm"].height() > 0)
    return runner


def field(runner: ExerciseRunner, step_id: str) -> Any:
    return runner.blocks[step_id].field


def test_every_kind_gives_its_answer_and_every_change_is_announced(qtbot: Any) -> None:
    runner = runner_with(qtbot)
    seen: list[dict[str, Any]] = []
    runner.answers_changed.connect(seen.append)

    qtbot.mouseClick(field(runner, "feeling").buttons["calm"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(field(runner, "needs").buttons["talk"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(field(runner, "needs").buttons["space"], Qt.MouseButton.LeftButton)
    slider = field(runner, "strength").slider
    slider.setFocus()
    qtbot.keyClick(slider, Qt.Key.Key_End)
    qtbot.keyClicks(field(runner, "steps").edit, "call my sponsor")
    qtbot.keyClick(field(runner, "steps").edit, Qt.Key.Key_Return)
    qtbot.keyClicks(field(runner, "steps").edit, "  walk  ")
    qtbot.mouseClick(field(runner, "ready").no, Qt.MouseButton.LeftButton)

    assert runner.answers() == {
        "feeling": "calm",
        "needs": ["talk", "space"],
        "strength": 10,
        "steps": ["call my sponsor", "walk"],
        "ready": False,
    }
    assert seen and seen[-1] == runner.answers()


def test_answers_come_back_as_they_were_stored(qtbot: Any) -> None:
    stored = {
        "feeling": "tense",
        "why_tense": "The talk about money \u2014 \u0645\u0627\u0644 \U0001f62c",
        "needs": ["rest"],
        "strength": 0,
        "steps": ["one", "two"],
        "ready": True,
        "draft": "I'd like us to talk about money on Sunday.",
    }
    runner = runner_with(qtbot, stored)
    assert runner.answers() == stored
    # Read back from the fields themselves, not only the runner's copy.
    assert {step.id: field(runner, step.id).value() for step in EXERCISE.steps} == stored
    # A scale answered 0 is an answer, not "unanswered".
    assert field(runner, "strength").number.text() == "0"


def test_a_step_shows_only_when_its_condition_holds(qtbot: Any) -> None:
    runner = runner_with(qtbot)
    block = runner.blocks["why_tense"]
    assert block.isHidden()
    qtbot.mouseClick(field(runner, "feeling").buttons["tense"], Qt.MouseButton.LeftButton)
    assert not block.isHidden()
    qtbot.keyClicks(field(runner, "why_tense").edit, "the bills")
    qtbot.mouseClick(field(runner, "feeling").buttons["calm"], Qt.MouseButton.LeftButton)
    assert block.isHidden()
    # What was written is kept (the person may change their mind back).
    assert runner.answers()["why_tense"] == "the bills"


def test_the_message_checker_underlines_in_place_and_suggests_better_words(
    qtbot: Any,
) -> None:
    runner = runner_with(qtbot)
    draft = field(runner, "draft")
    assert isinstance(draft, MessageField)
    qtbot.keyClicks(draft.edit, "You never help with the dishes.")
    draft.check_now()
    kinds = [getattr(flag, "kind", "") for flag in draft.flags]
    assert "always_never" in kinds
    underlined = [
        draft.edit.toPlainText()[s.cursor.selectionStart() : s.cursor.selectionEnd()].lower()
        for s in draft.edit.extraSelections()
    ]
    assert any("never" in words for words in underlined), underlined
    assert any("never" in note.lower() for note in draft.note_texts())

    draft.edit.selectAll()
    qtbot.keyClicks(draft.edit, "I'd like us to share the dishes after dinner. Could we try?")
    draft.check_now()
    assert "always_never" not in [getattr(flag, "kind", "") for flag in draft.flags]
    assert not [
        s
        for s in draft.edit.extraSelections()
        if s.cursor.selectionEnd() > s.cursor.selectionStart()
    ]


def test_every_control_is_named_for_assistive_technology(qtbot: Any) -> None:
    runner = runner_with(qtbot)
    runner.blocks["why_tense"].show()
    unnamed = [
        w.objectName()
        for w in runner.findChildren(QWidget)
        if w.focusPolicy() != Qt.FocusPolicy.NoFocus
        and w.isVisibleTo(runner)
        and not w.accessibleName()
        and not (hasattr(w, "text") and callable(w.text) and w.text())
        and w.objectName().startswith("step-")
    ]
    assert not unnamed, unnamed


def test_clearing_forgets_every_answer(qtbot: Any) -> None:
    runner = runner_with(qtbot, {"why_tense": "private words", "feeling": "tense"})
    runner.clear()
    assert runner.answers() == {}
    assert runner.blocks == {}
    assert runner.exercise is None


def test_every_box_of_a_multiple_choice_is_reached_with_tab(qtbot: Any) -> None:
    runner = runner_with(qtbot)
    boxes = list(field(runner, "needs").buttons.values())
    with qtbot.waitActive(runner):
        runner.activateWindow()
    boxes[0].setFocus()
    for box in boxes[1:]:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is box
    qtbot.keyClick(boxes[-1], Qt.Key.Key_Space)
    assert runner.answers()["needs"] == ["space"]


def test_steps_are_numbered_as_they_show(qtbot: Any) -> None:
    runner = runner_with(qtbot)
    prompts = [block.prompt.text() for block in runner.blocks.values() if not block.isHidden()]
    assert [p.split(".")[0] for p in prompts] == [str(n) for n in range(1, len(prompts) + 1)]
    qtbot.mouseClick(field(runner, "feeling").buttons["tense"], Qt.MouseButton.LeftButton)
    assert runner.blocks["why_tense"].prompt.text().startswith("2. ")
    assert runner.blocks["needs"].prompt.text().startswith("3. ")
