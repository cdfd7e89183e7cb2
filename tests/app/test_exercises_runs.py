"""Exercise runs in the vault: start, autosave answers, finish, flag, link, trash, lists.

Real SQLCipher vaults through the fixtures; an exercise with every step kind
(``exercises_helpers.EXERCISE``); content files in tmp_path where the content matters.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from exercises_helpers import (
    EXERCISE,
    FULL_ANSWERS,
    NOW,
    ZONE,
    Clock,
    open_vault,
    refused_unchanged,
    runs_table,
    write_exercise,
)

from app.exercises import ops
from app.exercises.content import load_exercises
from app.exercises.document import run_document
from app.exercises.errors import InvalidRun, RunNotFound, SessionNotFound
from app.exercises.model import Exercise, Step, StepKind
from app.exercises.repository import TRASH_DAYS, RunRepository
from app.platform.errors import InvalidValue
from app.sessions.model import Format, SessionDraft, Status
from app.sessions.repository import SessionRepository
from app.vault import migrations
from app.vault.vault import Vault


@pytest.fixture
def vault(tmp_path: Path) -> Iterator[Vault]:
    yield from open_vault(tmp_path)


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def runs(vault: Vault, clock: Clock) -> RunRepository:
    return RunRepository(vault.connection, clock)


# ----- start and read back ------------------------------------------------------------


def test_a_started_run_reads_back_with_its_exercise_and_no_answers(runs: RunRepository) -> None:
    run = runs.start(EXERCISE)
    assert run.exercise == EXERCISE
    assert run.exercise_id == "practice"
    assert run.started == NOW and run.updated == NOW
    assert run.started.utcoffset() == timedelta(hours=-5)  # the wall clock the person saw
    assert run.answers == {} and run.finished is None and run.deleted_at is None
    assert not run.bring_to_therapy and run.session_id is None and run.revision == 0
    assert runs.get(run.id) == run
    summary = runs.summary(run.id)
    assert (summary.title, summary.answered, summary.steps) == ("Saying one thing kindly", 0, 7)


def test_a_run_stores_the_snapshot_of_its_exercise(vault: Vault, runs: RunRepository) -> None:
    run = runs.start(EXERCISE)
    (snapshot,) = vault.connection.execute(
        "SELECT snapshot FROM exercise_runs WHERE id = ?", (run.id,)
    ).fetchone()
    assert json.loads(snapshot) == EXERCISE.to_snapshot()


def test_start_refuses_what_is_not_an_exercise(vault: Vault, runs: RunRepository) -> None:
    refused_unchanged(vault.connection, lambda: runs.start("practice"), InvalidRun)  # type: ignore[arg-type]
    refused_unchanged(vault.connection, lambda: runs.start(replace(EXERCISE, id="")), InvalidRun)
    naive_far = datetime(1800, 1, 1, tzinfo=ZONE)
    refused_unchanged(vault.connection, lambda: runs.start(EXERCISE, naive_far), InvalidRun)


def test_an_unknown_run_is_reported_gone(vault: Vault, runs: RunRepository) -> None:
    for action in (
        lambda: runs.get(99),
        lambda: runs.save_answers(99, {}),
        lambda: runs.finish(99),
        lambda: runs.reopen(99),
        lambda: runs.set_flag(99, True),
        lambda: runs.link_session(99, None),
        lambda: runs.trash(99),
        lambda: runs.restore(99),
        lambda: runs.purge(99),
    ):
        assert refused_unchanged(vault.connection, action, RunNotFound) == (
            "That exercise is no longer there."
        )


# ----- answers ------------------------------------------------------------------------


def test_answers_round_trip_cleaned_and_counted(runs: RunRepository, clock: Clock) -> None:
    run = runs.start(EXERCISE)
    later = clock.advance(minutes=3)
    summary = runs.save_answers(run.id, FULL_ANSWERS)
    stored = runs.get(run.id)
    assert stored.answers == {
        "situation": "On Saturday the plans changed at noon.",
        "feelings": ["hurt", "lonely"],  # the step's order
        "need": "respect",
        "calm": 7,
        "safe": True,
        "helpers": ["Walk", "Call my sponsor"],  # trimmed, blank item dropped
        "message": "I felt lonely on Saturday. Could we plan by Friday?",
    }
    assert stored.updated == later and stored.started == NOW and stored.revision == 1
    # "later" and "where" are hidden (safe is yes): 7 visible steps, all answered.
    assert (summary.answered, summary.steps, summary.revision) == (7, 7, 1)
    assert summary.updated == later


def test_saving_replaces_every_answer_and_drops_blank_ones(runs: RunRepository) -> None:
    run = runs.start(EXERCISE)
    runs.save_answers(run.id, FULL_ANSWERS)
    summary = runs.save_answers(
        run.id, {"situation": "   ", "feelings": [], "helpers": [" "], "calm": 0, "need": None}
    )
    assert runs.get(run.id).answers == {"calm": 0}
    assert (summary.answered, summary.revision) == (1, 2)


def test_answers_to_hidden_steps_are_kept_but_not_counted(runs: RunRepository) -> None:
    run = runs.start(EXERCISE)
    summary = runs.save_answers(run.id, {"safe": False, "later": "Sunday morning"})
    assert (summary.answered, summary.steps) == (2, 8)  # "later" shows
    summary = runs.save_answers(run.id, {"safe": True, "later": "Sunday morning"})
    assert (summary.answered, summary.steps) == (1, 7)  # hidden again, still kept
    assert runs.get(run.id).answers["later"] == "Sunday morning"


@pytest.mark.parametrize(
    ("answers", "message"),
    [
        ({"situation": 5}, "This answer must be text."),
        ({"message": ["a list"]}, "This answer must be text."),
        ({"feelings": "hurt"}, "Please choose from the options."),
        (
            {"feelings": ["hurt", "angry"]},
            "One of those choices is not one of this step's options.",
        ),
        ({"need": ["rest"]}, "Please choose one of the options."),
        ({"need": "sleep"}, "That choice is not one of this step's options."),
        ({"calm": 11}, "Please pick a whole number from 0 to 10."),
        ({"calm": "7"}, "Please pick a whole number from 0 to 10."),
        ({"calm": True}, "Please pick a whole number from 0 to 10."),
        ({"safe": "yes"}, "Please answer yes or no."),
        ({"helpers": "Walk"}, "A list answer must be a list of short lines."),
        ({"helpers": ["x" * 501]}, "Each item is longer than 500 characters."),
        ({"helpers": [str(n) for n in range(51)]}, "A list can hold up to 50 items."),
        ({"nowhere": "text"}, "An answer is for a step this exercise doesn't have."),
        ({7: "text"}, "An answer is for a step this exercise doesn't have."),
    ],
)
def test_a_bad_answer_is_refused_in_one_line_and_nothing_changes(
    vault: Vault, runs: RunRepository, answers: dict[Any, Any], message: str
) -> None:
    run = runs.start(EXERCISE)
    runs.save_answers(run.id, {"situation": "kept"})
    # One good answer beside the bad one: nothing of it is written either.
    action = lambda: runs.save_answers(run.id, {"need": "rest", **answers})  # noqa: E731
    assert refused_unchanged(vault.connection, action, InvalidRun) == message
    assert runs.get(run.id).answers == {"situation": "kept"}


def test_answers_that_are_not_a_mapping_are_refused(vault: Vault, runs: RunRepository) -> None:
    run = runs.start(EXERCISE)
    action = lambda: runs.save_answers(run.id, ["situation"])  # type: ignore[arg-type]  # noqa: E731
    assert refused_unchanged(vault.connection, action, InvalidValue) == (
        "The answers could not be read."
    )


def test_an_answer_of_100_000_characters_is_kept_whole_and_one_more_is_refused(
    vault: Vault, runs: RunRepository
) -> None:
    run = runs.start(EXERCISE)
    long_text = ("Quiet evening, long thoughts. " * 4000)[:100_000]
    runs.save_answers(run.id, {"situation": long_text, "message": long_text})
    assert runs.get(run.id).answers["situation"] == long_text
    assert runs.get(run.id).answers["message"] == long_text
    action = lambda: runs.save_answers(run.id, {"situation": long_text + "x"})  # noqa: E731
    assert "100,000" in refused_unchanged(vault.connection, action, InvalidRun)


def test_emoji_and_right_to_left_text_round_trip_in_every_kind(runs: RunRepository) -> None:
    hebrew, arabic, emoji = "אני מרגישה בודדה", "أحتاج إلى الهدوء", "🌊⚓️👩🏽‍🤝‍👨🏻"
    exercise = replace(
        EXERCISE,
        title=f"{hebrew} {emoji}",
        steps=(
            *EXERCISE.steps[:1],
            replace(EXERCISE.steps[1], prompt=arabic),
            *EXERCISE.steps[2:],
        ),
    )
    run = runs.start(exercise)
    answers = {
        "situation": f"{hebrew}\n{emoji} {arabic}",
        "helpers": [hebrew, emoji, f"{arabic} {emoji}"],
        "message": f"\u200f{arabic}\u200f {emoji}",
        "feelings": ["hurt"],
    }
    runs.save_answers(run.id, answers)
    stored = runs.get(run.id)
    assert stored.answers == answers
    assert stored.exercise == exercise
    assert runs.summary(run.id).title == f"{hebrew} {emoji}"


# ----- runs outlive their exercise ----------------------------------------------------


def _content(folder: Path, *, prompt: str = "What happened?", extra_step: bool = False) -> None:
    steps: list[dict[str, Any]] = [
        {"id": "what", "kind": "text", "prompt": prompt},
        {
            "id": "feel",
            "kind": "single",
            "prompt": "How did it feel?",
            "options": [{"id": "hurt", "label": "Hurt"}, {"id": "calm", "label": "Calm"}],
        },
    ]
    if extra_step:
        steps.append({"id": "next", "kind": "yesno", "prompt": "Will you try again?"})
    write_exercise(
        folder,
        {
            "id": "reflect",
            "title": "A short reflection",
            "adapted_from": "Adapted from CRAFT",
            "why": "Practice for you. It does not replace your therapist.",
            "steps": steps,
        },
    )


def test_a_run_reads_the_same_after_its_exercise_changes(
    tmp_path: Path, runs: RunRepository
) -> None:
    folder = tmp_path / "content"
    _content(folder)
    original = load_exercises(folder).get("reflect")
    assert original is not None
    run = runs.start(original)
    runs.save_answers(run.id, {"what": "We argued about the car.", "feel": "hurt"})
    before = run_document(runs.get(run.id))

    # The content now renames a prompt, relabels nothing, and adds a step.
    _content(folder, prompt="Describe the moment.", extra_step=True)
    changed = load_exercises(folder).get("reflect")
    assert changed is not None and changed != original

    reopened = runs.get(run.id)
    assert reopened.exercise == original
    assert run_document(reopened) == before
    assert [item.prompt for item in before.items] == ["What happened?", "How did it feel?"]
    # Answers are still checked against the run's own exercise: the new step is unknown.
    with pytest.raises(InvalidRun):
        runs.save_answers(run.id, {"next": True})
    runs.save_answers(run.id, {"what": "We argued about the car.", "feel": "calm"})
    assert runs.get(run.id).answers["feel"] == "calm"


def test_a_run_still_opens_after_its_exercise_leaves_the_content(
    tmp_path: Path, runs: RunRepository
) -> None:
    folder = tmp_path / "content"
    _content(folder)
    exercise = load_exercises(folder).get("reflect")
    assert exercise is not None
    run = runs.start(exercise)
    runs.save_answers(run.id, {"what": "A good talk.", "feel": "calm"})
    runs.finish(run.id)
    (folder / "reflect.json").unlink()
    assert load_exercises(folder).get("reflect") is None

    reopened = runs.get(run.id)
    assert reopened.exercise == exercise
    assert [(i.prompt, i.answer) for i in run_document(reopened).items] == [
        ("What happened?", "A good talk."),
        ("How did it feel?", "Calm"),
    ]
    assert runs.count_for_exercise("reflect") == 1
    assert [s.id for s in runs.finished()] == [run.id]


def test_a_snapshot_from_a_newer_mooring_still_opens(vault: Vault, runs: RunRepository) -> None:
    run = runs.start(EXERCISE)
    snapshot = EXERCISE.to_snapshot()
    snapshot["steps"].append({"id": "drawing", "kind": "sketch", "prompt": "Draw it", "new": 1})
    vault.connection.execute(
        "UPDATE exercise_runs SET snapshot = ?, answers = ? WHERE id = ?",
        (json.dumps(snapshot), json.dumps({"drawing": "a boat", "calm": {"odd": 1}}), run.id),
    )
    reopened = runs.get(run.id)
    assert reopened.exercise.steps[-1] == Step("drawing", StepKind.TEXT, "Draw it")
    assert reopened.answers == {"drawing": "a boat"}  # a value of no known shape is left out


# ----- finish, reopen, flag -----------------------------------------------------------


def test_finish_and_reopen_move_a_run_between_the_lists(runs: RunRepository, clock: Clock) -> None:
    run = runs.start(EXERCISE)
    assert [s.id for s in runs.in_progress()] == [run.id] and runs.finished() == []
    done_at = clock.advance(minutes=10)
    finished = runs.finish(run.id)
    assert finished.finished == done_at and finished.revision == 1
    clock.advance(minutes=5)
    assert runs.finish(run.id).finished == done_at  # finishing again keeps the first time
    assert runs.in_progress() == [] and [s.id for s in runs.finished()] == [run.id]
    reopened = runs.reopen(run.id)
    assert reopened.finished is None and reopened.revision == 3
    assert [s.id for s in runs.in_progress()] == [run.id] and runs.finished() == []


def test_a_finished_run_can_still_be_edited(runs: RunRepository) -> None:
    run = runs.start(EXERCISE)
    runs.finish(run.id)
    runs.save_answers(run.id, {"calm": 3})
    assert runs.get(run.id).answers == {"calm": 3} and runs.get(run.id).finished == NOW


def test_the_therapy_flag(vault: Vault, runs: RunRepository) -> None:
    run = runs.start(EXERCISE)
    assert runs.set_flag(run.id, True).bring_to_therapy
    assert runs.summary(run.id).bring_to_therapy
    assert not runs.set_flag(run.id, False).bring_to_therapy
    action = lambda: runs.set_flag(run.id, 1)  # type: ignore[arg-type]  # noqa: E731
    assert refused_unchanged(vault.connection, action, InvalidRun) == (
        "'Bring to therapy' must be yes or no."
    )


# ----- sessions -----------------------------------------------------------------------


def _session(vault: Vault, clock: Clock) -> int:
    draft = SessionDraft(
        start=NOW + timedelta(days=1),
        minutes=50,
        kind_id="individual-therapy",
        format=Format.VIDEO,
        status=Status.PLANNED,
    )
    return SessionRepository(vault.connection, clock).create(draft).id


def test_linking_a_session_and_the_session_going_away(
    vault: Vault, runs: RunRepository, clock: Clock
) -> None:
    sessions = SessionRepository(vault.connection, clock)
    session_id = _session(vault, clock)
    run = runs.start(EXERCISE)
    assert runs.link_session(run.id, session_id).session_id == session_id
    assert runs.summary(run.id).session_id == session_id

    # A session in the trash keeps the link (a restore brings it all back) ...
    sessions.delete(session_id)
    assert runs.get(run.id).session_id == session_id
    # ... but cannot be linked to anew.
    other = runs.start(EXERCISE)
    action = lambda: runs.link_session(other.id, session_id)  # noqa: E731
    assert refused_unchanged(vault.connection, action, SessionNotFound) == (
        "That session no longer exists."
    )
    # Removed for good: the link goes, the run stays.
    sessions.purge(session_id)
    assert runs.get(run.id).session_id is None
    assert runs.get(run.id).exercise == EXERCISE


def test_unlinking_and_linking_to_no_session(
    vault: Vault, runs: RunRepository, clock: Clock
) -> None:
    session_id = _session(vault, clock)
    run = runs.start(EXERCISE)
    runs.link_session(run.id, session_id)
    assert runs.link_session(run.id, None).session_id is None
    for bad in (404, "1", True):
        action = lambda bad=bad: runs.link_session(run.id, bad)  # noqa: E731
        refused_unchanged(vault.connection, action)


# ----- the trash ----------------------------------------------------------------------


def test_trash_hides_a_run_and_restore_brings_it_back(
    vault: Vault, runs: RunRepository, clock: Clock
) -> None:
    run = runs.start(EXERCISE)
    runs.save_answers(run.id, {"calm": 4})
    kept = runs.start(EXERCISE)
    runs.finish(kept.id)
    deleted_at = clock.advance(hours=1)
    runs.trash(run.id)
    runs.trash(run.id)  # already there: nothing changes
    assert runs.get(run.id).deleted_at == deleted_at
    assert runs.in_progress() == [] and [s.id for s in runs.finished()] == [kept.id]
    assert runs.count_for_exercise("practice") == 1
    assert runs.between(date(2026, 3, 1), date(2026, 3, 31)) == [runs.summary(kept.id)]
    assert [s.id for s in runs.trashed()] == [run.id]
    # Only saving answers reaches a run in the trash (a late autosave is never lost).
    for action in (
        lambda: runs.finish(run.id),
        lambda: runs.set_flag(run.id, True),
        lambda: runs.reopen(run.id),
    ):
        refused_unchanged(vault.connection, action, RunNotFound)
    runs.save_answers(run.id, {"calm": 5})
    runs.restore(run.id)
    runs.restore(run.id)  # not in the trash: nothing changes
    restored = runs.get(run.id)
    assert restored.deleted_at is None and restored.answers == {"calm": 5}
    assert [s.id for s in runs.in_progress()] == [run.id] and runs.trashed() == []


def test_purging_removes_only_what_is_in_the_trash(vault: Vault, runs: RunRepository) -> None:
    run = runs.start(EXERCISE)
    action = lambda: runs.purge(run.id)  # noqa: E731
    assert refused_unchanged(vault.connection, action, RunNotFound) == (
        "That exercise isn't in the trash."
    )
    runs.trash(run.id)
    runs.purge(run.id)
    assert runs_table(vault.connection) == []
    with pytest.raises(RunNotFound):
        runs.get(run.id)


def test_the_trash_is_emptied_after_30_days(runs: RunRepository, clock: Clock) -> None:
    old, recent, live = (runs.start(EXERCISE) for _ in range(3))
    runs.trash(old.id)
    clock.advance(days=10)
    runs.trash(recent.id)
    clock.advance(days=TRASH_DAYS - 10, seconds=-1)
    assert runs.purge_expired() == 0
    clock.advance(seconds=1)
    assert runs.purge_expired() == 1
    assert [s.id for s in runs.trashed()] == [recent.id]
    assert runs.purge_trashed(clock.now) == 1
    assert runs.trashed() == [] and [s.id for s in runs.in_progress()] == [live.id]


# ----- lists --------------------------------------------------------------------------


def test_finished_pages_newest_first_without_gaps_or_repeats(
    runs: RunRepository, clock: Clock
) -> None:
    ids: list[int] = []
    for number in range(7):
        run = runs.start(EXERCISE)
        if number % 3:  # two runs share each finish time: the id breaks the tie
            clock.advance(minutes=1)
        runs.finish(run.id)
        ids.append(run.id)
    pages: list[list[int]] = []
    before = None
    while True:
        page = runs.finished(limit=3, before=before)
        if not page:
            break
        pages.append([s.id for s in page])
        before = RunRepository.cursor_of(page[-1])
    assert [run_id for page in pages for run_id in page] == ids[::-1]
    assert [len(page) for page in pages] == [3, 3, 1]
    with pytest.raises(InvalidRun):
        RunRepository.cursor_of(runs.summary(runs.start(EXERCISE).id))


def test_in_progress_lists_the_one_changed_last_first(runs: RunRepository, clock: Clock) -> None:
    first, second, third = (runs.start(EXERCISE) for _ in range(3))
    clock.advance(minutes=1)
    runs.save_answers(first.id, {"calm": 2})
    assert [s.id for s in runs.in_progress()] == [first.id, third.id, second.id]
    assert [s.id for s in runs.in_progress(limit=1)] == [first.id]


def test_between_uses_the_local_day_a_run_started(runs: RunRepository) -> None:
    # 8 pm at UTC-5 on 4 March is already 5 March in UTC: the run belongs to 4 March.
    evening = runs.start(EXERCISE)
    next_week = runs.start(EXERCISE, NOW + timedelta(days=7))
    assert [s.id for s in runs.between(date(2026, 3, 4), date(2026, 3, 4))] == [evening.id]
    assert runs.between(date(2026, 3, 5), date(2026, 3, 10)) == []
    assert [s.id for s in runs.between(date(2026, 3, 1), date(2026, 3, 31))] == [
        evening.id,
        next_week.id,
    ]
    runs.set_flag(next_week.id, True)
    flagged = runs.between(date(2026, 3, 1), date(2026, 3, 31), flagged_only=True)
    assert [s.id for s in flagged] == [next_week.id]


def test_count_for_exercise(runs: RunRepository) -> None:
    other = Exercise("other", "Other", "Adapted from CRAFT", "Why.", EXERCISE.steps[:1])
    for exercise in (EXERCISE, EXERCISE, other):
        runs.start(exercise)
    assert runs.count_for_exercise("practice") == 2
    assert runs.count_for_exercise("other") == 1
    assert runs.count_for_exercise("none") == 0


# ----- operations ---------------------------------------------------------------------


def test_each_operation_says_what_it_changed(vault: Vault, clock: Clock) -> None:
    db = vault.connection
    started = ops.start_run(db, EXERCISE, clock=clock)
    run_id = started.value.id
    assert started.changes.topics == {ops.RUNS}
    saved = ops.save_answers(db, run_id, {"calm": 6}, clock=clock)
    assert saved.changes.topics == {ops.ANSWERS} and saved.value.answered == 1
    assert ops.finish_run(db, run_id, clock=clock).changes.topics == {ops.RUNS}
    assert ops.reopen_run(db, run_id, clock=clock).changes.topics == {ops.RUNS}
    assert ops.set_flag(db, run_id, True, clock=clock).value.bring_to_therapy
    assert ops.link_session(db, run_id, None, clock=clock).changes.topics == {ops.RUNS}
    assert ops.trash_run(db, run_id, clock=clock).changes.topics == {ops.RUNS, ops.TRASH}
    assert ops.restore_run(db, run_id).changes.topics == {ops.RUNS, ops.TRASH}
    ops.trash_run(db, run_id, clock=clock)
    assert ops.purge_expired(db, clock=clock).changes.is_empty()
    assert ops.purge_run(db, run_id).changes.topics == {ops.TRASH}
    assert runs_table(db) == []
    assert not db.in_transaction


def test_a_refused_operation_leaves_no_transaction_open(vault: Vault, clock: Clock) -> None:
    db = vault.connection
    run_id = ops.start_run(db, EXERCISE, clock=clock).value.id
    action = lambda: ops.save_answers(db, run_id, {"calm": 99}, clock=clock)  # noqa: E731
    refused_unchanged(db, action, InvalidRun)
    assert not db.in_transaction
    assert ops.save_answers(db, run_id, {"calm": 9}, clock=clock).value.answered == 1


# ----- the table ----------------------------------------------------------------------


def test_schema_step_6_makes_the_runs_table(vault: Vault) -> None:
    step = next(s for s in migrations.MIGRATIONS if s.version == 6)
    assert step.description.startswith("exercises")
    columns = [row[1] for row in vault.connection.execute("PRAGMA table_info(exercise_runs)")]
    assert columns[-2:] == ["snapshot", "answers"]  # long text last
    indexes = {row[1] for row in vault.connection.execute("PRAGMA index_list(exercise_runs)")}
    assert {"exercise_runs_open", "exercise_runs_finished", "exercise_runs_trash"} <= indexes


@pytest.mark.parametrize(
    ("column", "value"),
    [
        ("answers", "[]"),
        ("answers", "not json"),
        ("snapshot", '"text"'),
        ("bring_to_therapy", 2),
        ("exercise_id", ""),
        ("started_day", "1066-10-14"),
        ("revision", -1),
        ("deleted_at", "2026-03-04T20:00:00-05:00"),  # without its UTC key
        ("finished", "2026-03-04T20:00:00-05:00"),
        ("session_id", 12345),  # no such session
    ],
)
def test_the_table_refuses_what_the_repository_never_writes(
    vault: Vault, runs: RunRepository, column: str, value: object
) -> None:
    run = runs.start(EXERCISE)
    before = runs_table(vault.connection)
    with pytest.raises(Exception, match=r"constraint failed"):
        vault.connection.execute(
            f"UPDATE exercise_runs SET {column} = ? WHERE id = ?", (value, run.id)
        )
    assert runs_table(vault.connection) == before
