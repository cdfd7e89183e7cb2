"""The exercises module: runs as documents, the demo runs, and what the module gives
the timeline, the therapist packet and the full export."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest
from exercises_helpers import EXERCISE, FULL_ANSWERS, NOW, Clock, open_vault
from vault_fixtures import PASSPHRASE, SMALL_KDF

from app.exercises import demo
from app.exercises.answers import clean_answer, visible_steps
from app.exercises.content import load_exercises
from app.exercises.document import as_paragraphs, as_text, long_date, run_document
from app.exercises.module import MODULE, export, packet, timeline
from app.exercises.repository import RunRepository
from app.platform import demo as platform_demo
from app.platform.contributions import DemoPlan, Paragraph
from app.platform.registry import MODULE_PACKAGES, find
from app.vault.vault import Vault

PLAN = DemoPlan(today=date(2026, 12, 2), years=2, entries=20)
MARCH = (date(2026, 3, 1), date(2026, 3, 31))


@pytest.fixture
def vault(tmp_path: Path) -> Iterator[Vault]:
    yield from open_vault(tmp_path)


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def runs(vault: Vault, clock: Clock) -> RunRepository:
    return RunRepository(vault.connection, clock)


@pytest.fixture(scope="module")
def demo_vault(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Vault, dict[str, int]]]:
    """One vault with every module's demo (sessions first, so runs can link to them)."""
    vault, _code = Vault.create(
        tmp_path_factory.mktemp("demo") / "vault", PASSPHRASE, kdf=SMALL_KDF
    )
    try:
        added = platform_demo.fill(vault.connection, PLAN)
        yield vault, added
    finally:
        vault.close()


# ----- the document ---------------------------------------------------------------------


def test_a_run_reads_as_a_short_document(runs: RunRepository, clock: Clock) -> None:
    run = runs.start(EXERCISE)
    runs.save_answers(run.id, {**FULL_ANSWERS, "situation": "First part.\n\nSecond part."})
    document = run_document(runs.get(run.id))
    assert document.title == "Saying one thing kindly"
    assert document.adapted_from == "Adapted from Nonviolent Communication"
    assert document.dates == "Started 4 March 2026, not finished yet"
    assert [(item.prompt, item.answer) for item in document.items] == [
        ("What happened, as a camera would see it?", "First part.\n\nSecond part."),
        ("How did you feel?", "Hurt, Lonely"),
        ("What did you need?", "Respect"),
        ("How calm do you feel now?", "7 out of 10"),
        ("Is now a good time to talk?", "Yes"),
        ("What helps you stay steady?", "Walk\nCall my sponsor"),
        ("Your message", "I felt lonely on Saturday. Could we plan by Friday?"),
    ]
    clock.advance(hours=1)
    runs.finish(run.id)
    assert run_document(runs.get(run.id)).dates == "4 March 2026"
    runs.reopen(run.id)
    clock.advance(days=2)
    runs.finish(run.id)
    assert run_document(runs.get(run.id)).dates == "Started 4 March 2026, finished 6 March 2026"


def test_the_document_leaves_out_step_ids_empty_and_hidden_steps(runs: RunRepository) -> None:
    run = runs.start(EXERCISE)
    # "later" is answered but hidden (safe is yes); most steps have no answer.
    runs.save_answers(run.id, {"safe": True, "later": "Sunday", "calm": 0})
    document = run_document(runs.get(run.id))
    assert [(i.prompt, i.answer) for i in document.items] == [
        ("How calm do you feel now?", "0 out of 10"),
        ("Is now a good time to talk?", "Yes"),
    ]
    text = as_text(document)
    ids = {step.id for step in EXERCISE.steps} - {"calm"}  # "calm" is also a word in a prompt
    assert not any(re.search(rf"\b{step_id}\b", text) for step_id in ids)
    assert "Sunday" not in text
    assert "\n\n\n" not in text and not any(p.text == "" for p in as_paragraphs(document))


def test_the_document_as_paragraphs_for_the_packet(runs: RunRepository) -> None:
    run = runs.start(EXERCISE)
    runs.save_answers(run.id, {"situation": "One.\n\nTwo.", "need": "rest"})
    paragraphs = as_paragraphs(run_document(runs.get(run.id)))
    assert [p.text for p in paragraphs] == [
        "Saying one thing kindly \u2014 Started 4 March 2026, not finished yet",
        "Adapted from Nonviolent Communication",
        "What happened, as a camera would see it?",
        "One.",
        "Two.",
        "What did you need?",
        "Rest",
    ]


def test_long_dates_do_not_depend_on_the_locale() -> None:
    assert long_date(date(2027, 1, 9)) == "9 January 2027"
    assert long_date(date(2026, 12, 31)) == "31 December 2026"


# ----- timeline, packet, export ---------------------------------------------------------


def test_the_timeline_has_each_live_run_on_the_day_it_started(
    vault: Vault, runs: RunRepository, clock: Clock
) -> None:
    first = runs.start(EXERCISE)
    runs.save_answers(first.id, {"calm": 4})
    runs.set_flag(first.id, True)
    gone = runs.start(EXERCISE)
    runs.trash(gone.id)
    april = runs.start(EXERCISE, NOW + timedelta(days=30))
    (item,) = timeline(vault.connection, *MARCH)
    assert (item.module, item.kind, item.ref) == ("exercises", "exercise_run", str(first.id))
    assert item.day == date(2026, 3, 4) and item.at == NOW and item.flagged
    assert item.title == "Saying one thing kindly"
    assert item.values == {"exercise": "practice", "finished": False, "answered": 1, "steps": 7}
    april_items = list(timeline(vault.connection, date(2026, 4, 1), date(2026, 4, 30)))
    assert [i.ref for i in april_items] == [str(april.id)]


def test_the_packet_holds_the_flagged_runs_of_the_period(vault: Vault, runs: RunRepository) -> None:
    flagged = runs.start(EXERCISE)
    runs.save_answers(flagged.id, {"need": "rest"})
    runs.set_flag(flagged.id, True)
    runs.start(EXERCISE)  # not flagged
    trashed = runs.start(EXERCISE)
    runs.set_flag(trashed.id, True)
    runs.trash(trashed.id)
    later = runs.start(EXERCISE, NOW + timedelta(days=40))
    runs.set_flag(later.id, True)

    (section,) = packet(vault.connection, *MARCH)
    assert (section.id, section.title) == ("exercises.flagged", "Exercises to bring")
    assert section.blocks == tuple(
        replace(p, item=f"run-{flagged.id}")
        for p in as_paragraphs(run_document(runs.get(flagged.id)))
    )
    assert packet(vault.connection, date(2026, 2, 1), date(2026, 2, 28)) == ()


def test_the_export_has_every_run_and_every_field(vault: Vault, runs: RunRepository) -> None:
    live = runs.start(EXERCISE)
    runs.save_answers(live.id, FULL_ANSWERS)
    trashed = runs.start(EXERCISE)
    runs.trash(trashed.id)
    records = list(export(vault.connection))
    assert [r.data["id"] for r in records] == [live.id, trashed.id]
    assert {(r.module, r.kind) for r in records} == {("exercises", "exercise_run")}
    first, second = (r.data for r in records)
    assert first["snapshot"] == EXERCISE.to_snapshot()
    assert first["answers"] == runs.get(live.id).answers
    assert second["deleted_at"] == runs.get(trashed.id).deleted_at.isoformat()  # type: ignore[union-attr]
    columns = [row[1] for row in vault.connection.execute("PRAGMA table_info(exercise_runs)")]
    assert list(first) == columns
    json.dumps([r.data for r in records])


def test_the_module_is_registered_with_its_schema_and_topics() -> None:
    assert "app.exercises" in MODULE_PACKAGES
    assert find("exercises") is MODULE
    assert [step.version for step in MODULE.schema] == [6]
    assert {t.name for t in MODULE.topics} == {
        "exercises.runs",
        "exercises.answers",
        "exercises.trash",
    }


# ----- demo -----------------------------------------------------------------------------


def test_the_demo_fills_runs_over_the_demo_years(demo_vault: tuple[Vault, dict[str, int]]) -> None:
    vault, added = demo_vault
    runs = RunRepository(vault.connection)
    assert added["exercises"] == 21  # 11 in the latest year, 10 in the one before
    in_progress = runs.in_progress()
    assert len(in_progress) == 1
    assert in_progress[0].started.date() == PLAN.today - timedelta(days=1)
    assert 0 < in_progress[0].answered < in_progress[0].steps
    finished = runs.finished(limit=100)
    assert len(finished) == 20
    flagged = [s for s in finished if s.bring_to_therapy]
    assert 5 <= len(flagged) <= 8
    assert any(s.session_id is not None for s in flagged)
    # Made from the shipped content, and every exercise appears.
    shipped = {e.id for e in load_exercises().exercises}
    assert {s.exercise_id for s in finished} == shipped
    # Every run reads as a document with answers, and its answers pass the checks again.
    for summary in [*in_progress, *finished]:
        run = runs.get(summary.id)
        assert run_document(run).items
        assert summary.answered == len(run_document(run).items)
    first = min(runs.between(date(1900, 1, 1), PLAN.today), key=lambda s: s.started)
    assert first.started.date() >= PLAN.today - timedelta(days=2 * 365)
    # The month before the plan's day has runs for the timeline and a packet to show.
    november = (date(2026, 11, 1), date(2026, 11, 30))
    assert list(timeline(vault.connection, *november))


def test_the_demo_is_deterministic_and_never_doubles(tmp_path: Path) -> None:
    made: list[list[tuple[object, ...]]] = []
    for name in ("one", "two"):
        vault, _code = Vault.create(tmp_path / name, PASSPHRASE, kdf=SMALL_KDF)
        try:
            assert demo.fill(vault.connection, PLAN) == 21
            assert demo.fill(vault.connection, PLAN) == 0
            made.append(
                [
                    tuple(row)
                    for row in vault.connection.execute(
                        "SELECT exercise_id, started, finished, bring_to_therapy, answers"
                        " FROM exercise_runs ORDER BY id"
                    )
                ]
            )
        finally:
            vault.close()
    assert made[0] == made[1] and len(made[0]) == 21


def test_the_demo_answers_are_valid_for_their_exercises(
    demo_vault: tuple[Vault, dict[str, int]],
) -> None:
    vault, _added = demo_vault
    runs = RunRepository(vault.connection)
    for summary in [*runs.in_progress(), *runs.finished(limit=100)]:
        run = runs.get(summary.id)
        visible = {step.id for step in visible_steps(run.exercise, run.answers)}
        for step_id, value in run.answers.items():
            step = run.exercise.step(step_id)
            assert step is not None and step_id in visible
            assert clean_answer(step, value) == value


def test_the_packet_of_a_demo_month_reads_well(demo_vault: tuple[Vault, dict[str, int]]) -> None:
    vault, _added = demo_vault
    sections = packet(vault.connection, PLAN.today - timedelta(days=365), PLAN.today)
    assert len(sections) == 1
    texts = [block.text for block in sections[0].blocks if isinstance(block, Paragraph)]
    assert texts and all(text.strip() for text in texts)
    assert sum(text.startswith("Adapted from") for text in texts) >= 3
