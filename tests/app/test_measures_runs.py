"""Taking PHQ-9 and GAD-7 in a real vault: half-answered runs stay in progress with no
score and carry on after the vault is closed and opened again; a changed answer is
rescored; a bad answer, question or date is refused with one line and nothing written."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from vault_fixtures import PASSPHRASE, SMALL_KDF

from app.content.crisis_lines import CrisisLine
from app.measures import crisis, ops
from app.measures.errors import InvalidAnswer, NotFound
from app.measures.model import Status
from app.measures.repository import MeasureRepository
from app.platform.changes import Changes
from app.vault.vault import Vault

NOW = datetime(2026, 3, 4, 12, 0, tzinfo=ZoneInfo("America/New_York"))
TODAY = NOW.date()
PHQ9 = (
    "interest",
    "down",
    "sleep",
    "energy",
    "appetite",
    "failure",
    "concentration",
    "moving",
    "self-harm",
)


def clock() -> datetime:
    return NOW


def snapshot(db: Any) -> dict[str, list[tuple[Any, ...]]]:
    return {
        table: sorted(db.execute(f"SELECT * FROM {table}").fetchall(), key=repr)
        for table in ("measure_runs", "measure_answers")
    }


def answer_all(db: Any, run_id: int, value: int = 1, **overrides: int) -> Any:
    answers: dict[str, int | None] = {item: value for item in PHQ9}
    answers.update({k.replace("_", "-"): v for k, v in overrides.items()})
    return ops.answer_many(db, run_id, answers, clock=clock).value


def test_a_run_is_scored_once_every_item_is_answered(vault: Vault) -> None:
    db = vault.connection
    started = ops.start_run(db, "phq9", clock=clock)
    assert started.changes == Changes.of(ops.RUNS)
    run = started.value
    assert run.day == TODAY and run.status is Status.IN_PROGRESS and run.score is None
    for number, item in enumerate(PHQ9[:-1]):
        run = ops.answer(db, run.id, item, number % 4, clock=clock).value
        assert run.score is None and not run.complete
    run = ops.answer(db, run.id, "self-harm", 0, clock=clock).value
    assert run.complete and run.score == sum(n % 4 for n in range(8))
    assert not run.crisis
    (row,) = db.execute("SELECT status, score FROM measure_runs").fetchall()
    assert row == ("complete", run.score)


def test_half_answered_has_no_score_and_carries_on_after_closing(vault_dir: Path) -> None:
    vault, _code = Vault.create(vault_dir, PASSPHRASE, kdf=SMALL_KDF)
    try:
        run = ops.start_run(vault.connection, "gad7", clock=clock).value
        ops.answer(vault.connection, run.id, "nervous", 2, clock=clock)
        ops.answer(vault.connection, run.id, "relaxing", 3, clock=clock)
    finally:
        vault.close()
    vault = Vault.unlock(vault_dir, PASSPHRASE)
    try:
        repo = MeasureRepository(vault.connection, clock)
        waiting = repo.in_progress("gad7")
        assert waiting is not None and waiting.id == run.id
        assert waiting.score is None and waiting.answers == {"nervous": 2, "relaxing": 3}
        assert repo.history("gad7") == []
        # Starting again carries on the same run instead of a second one.
        assert ops.start_run(vault.connection, "gad7", clock=clock).value.id == run.id
        (count,) = vault.connection.execute("SELECT count(*) FROM measure_runs").fetchone()
        assert count == 1
    finally:
        vault.close()


def test_an_answer_changed_after_scoring_is_rescored(vault: Vault) -> None:
    db = vault.connection
    run = ops.start_run(db, "phq9", clock=clock).value
    run = answer_all(db, run.id, 1)
    assert run.score == 9
    run = ops.answer(db, run.id, "down", 3, clock=clock).value
    assert run.complete and run.score == 11
    assert MeasureRepository(db).history("phq9")[0].score == 11
    # Clearing an answer takes the score away again.
    run = ops.answer(db, run.id, "down", None, clock=clock).value
    assert run.status is Status.IN_PROGRESS and run.score is None
    assert MeasureRepository(db).history("phq9") == []


def test_item_nine_above_zero_is_marked_and_rescored(vault: Vault) -> None:
    db = vault.connection
    run = ops.start_run(db, "phq9", clock=clock).value
    run = answer_all(db, run.id, 0, self_harm=1)
    assert run.crisis and run.score == 1
    assert MeasureRepository(db).history("phq9")[0].crisis
    run = ops.answer(db, run.id, "self-harm", 0, clock=clock).value
    assert not run.crisis


@pytest.mark.parametrize(
    ("item", "value", "says"),
    [
        ("down", 4, "An answer is one of the choices given, from 0 to 3."),
        ("down", -1, "An answer is one of the choices given, from 0 to 3."),
        ("down", True, "An answer is one of the choices given, from 0 to 3."),
        ("down", "2", "An answer is one of the choices given, from 0 to 3."),
        ("nervous", 1, "That question isn't part of the PHQ-9."),
        ("", 1, "That question isn't part of the PHQ-9."),
    ],
)
def test_a_bad_answer_is_refused_and_nothing_is_written(
    vault: Vault, item: str, value: Any, says: str
) -> None:
    db = vault.connection
    run = ops.start_run(db, "phq9", clock=clock).value
    ops.answer(db, run.id, "interest", 2, clock=clock)
    before = snapshot(db)
    with pytest.raises(InvalidAnswer) as caught:
        ops.answer(db, run.id, item, value, clock=clock)
    assert str(caught.value) == says
    assert snapshot(db) == before
    assert not db.in_transaction


def test_several_answers_with_one_bad_write_none(vault: Vault) -> None:
    db = vault.connection
    run = ops.start_run(db, "phq9", clock=clock).value
    before = snapshot(db)
    with pytest.raises(InvalidAnswer):
        ops.answer_many(db, run.id, {"interest": 1, "down": 2, "sleep": 9}, clock=clock)
    assert snapshot(db) == before


def test_the_database_refuses_an_out_of_range_answer_too(vault: Vault) -> None:
    import sqlcipher3

    db = vault.connection
    run = ops.start_run(db, "phq9", clock=clock).value
    with pytest.raises(sqlcipher3.dbapi2.IntegrityError):
        db.execute(
            "INSERT INTO measure_answers (run_id, item, value) VALUES (?, 'down', 11)", (run.id,)
        )
    with pytest.raises(sqlcipher3.dbapi2.IntegrityError):
        db.execute("UPDATE measure_runs SET status = 'complete' WHERE id = ?", (run.id,))


def test_unknown_questionnaire_follow_up_and_dates_are_refused(vault: Vault) -> None:
    db = vault.connection
    before = snapshot(db)
    with pytest.raises(InvalidAnswer, match="isn't available"):
        ops.start_run(db, "beck", clock=clock)
    with pytest.raises(InvalidAnswer, match="at most one day after today"):
        ops.start_run(db, "phq9", TODAY + timedelta(days=2), clock=clock)
    with pytest.raises(InvalidAnswer, match="between 1900 and 2100"):
        ops.start_run(db, "phq9", date(1800, 1, 1), clock=clock)
    assert snapshot(db) == before
    run = ops.start_run(db, "gad7", clock=clock).value
    with pytest.raises(InvalidAnswer, match="one of the answers given"):
        ops.set_follow_up(db, run.id, "very", clock=clock)  # GAD-7 has no follow-up
    phq = ops.start_run(db, "phq9", clock=clock).value
    assert ops.set_follow_up(db, phq.id, "very", clock=clock).value.follow_up == "very"
    with pytest.raises(InvalidAnswer):
        ops.set_follow_up(db, phq.id, "hugely", clock=clock)
    with pytest.raises(NotFound):
        ops.answer(db, 999, "down", 1, clock=clock)


def test_runs_are_dated_and_repeatable(vault: Vault) -> None:
    db = vault.connection
    for weeks in (8, 4, 0):
        day = TODAY - timedelta(weeks=weeks)
        run = ops.start_run(db, "phq9", day, clock=clock).value
        answer_all(db, run.id, 3 - weeks // 4)
    history = MeasureRepository(db).history("phq9")
    assert [p.day for p in history] == [TODAY - timedelta(weeks=w) for w in (8, 4, 0)]
    assert [p.score for p in history] == [9, 18, 27]
    assert MeasureRepository(db).history("phq9", start=TODAY - timedelta(weeks=5))[0].score == 18
    moved = ops.set_day(db, history[0].run_id, TODAY - timedelta(days=1), clock=clock).value
    assert moved.day == TODAY - timedelta(days=1)
    assert ops.delete_run(db, moved.id).changes.touches(ops.RUNS)
    assert len(MeasureRepository(db).history("phq9")) == 2
    (answers,) = db.execute(
        "SELECT count(*) FROM measure_answers WHERE run_id = ?", (moved.id,)
    ).fetchone()
    assert answers == 0


def test_the_crisis_screen_shows_the_regions_crisis_lines_then_the_directory() -> None:
    def line(n: str, region: str, kind: str) -> CrisisLine:
        return CrisisLine(n, n, "Call", "Someone listens.", region, kind)

    lines = [
        line("uk-samaritans", "GB", "crisis"),
        line("us-samhsa", "US", "substance-use"),
        line("us-988", "US", "crisis"),
        line("us-dv", "US", "relationship-safety"),
        line("directory", "INTL", "directory"),
    ]
    assert [x.id for x in crisis.screen_lines("US", lines)] == ["us-988", "directory"]
    assert [x.id for x in crisis.screen_lines("gb", lines)] == ["uk-samaritans", "directory"]
    assert [x.id for x in crisis.screen_lines("other", lines)] == ["directory"]
    bundled = crisis.screen_lines("US")
    assert bundled and bundled[0].contact.startswith("Call or text 988")
    assert all(x.kind in {"crisis", "directory"} for x in bundled)
