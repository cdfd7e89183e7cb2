"""The measures module: its registration and schema step, the demo, and what it gives
the timeline, the therapist packet and the export."""

from __future__ import annotations

import itertools
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from app.measures import demo, ops, schema
from app.measures.module import MODULE, PACKET_TITLE, export, packet, timeline
from app.measures.repository import MeasureRepository
from app.platform.contributions import DemoPlan, Paragraph, Table
from app.platform.registry import find
from app.vault import migrations
from app.vault.vault import Vault

NOW = datetime(2026, 3, 4, 12, 0, tzinfo=ZoneInfo("America/New_York"))
TODAY = NOW.date()
PLAN = DemoPlan(today=date(2026, 12, 2), years=3)


def clock() -> datetime:
    return NOW


def take(vault: Vault, measure: str, day: date, value: int, **special: int) -> int:
    db = vault.connection
    repo = MeasureRepository(db, clock)
    run = ops.start_run(db, measure, day, clock=clock).value
    answers: dict[str, int | None] = {item: value for item in repo.measure(measure).item_ids}
    answers.update(special)
    ops.answer_many(db, run.id, answers, clock=clock)
    return run.id


def test_the_module_is_registered_with_step_ten_and_its_topic() -> None:
    assert find("measures") is MODULE
    assert [s.version for s in schema.STEPS] == [10]
    assert schema.STEPS[0] in migrations.MIGRATIONS
    versions = [s.version for s in migrations.MIGRATIONS]
    assert versions == sorted(versions)
    assert [t.name for t in MODULE.topics] == ["measures.runs"]


def test_timeline_has_scored_runs_only(vault: Vault) -> None:
    first = take(vault, "phq9", TODAY - timedelta(days=3), 1, **{"self-harm": 2})
    take(vault, "gad7", TODAY - timedelta(days=2), 2)
    ops.start_run(vault.connection, "phq9", TODAY, clock=clock)  # in progress: no score
    items = list(timeline(vault.connection, TODAY - timedelta(days=7), TODAY))
    assert [(i.ref, i.values["measure"], i.values["score"]) for i in items] == [
        (str(first), "phq9", 10),
        (str(first + 1), "gad7", 14),
    ]
    assert items[0].values["band"] == "moderate" and items[0].values["crisis"] is True
    assert items[1].values["crisis"] is False and items[0].title == ""


def test_packet_has_scores_with_dates_bands_and_the_screening_note(vault: Vault) -> None:
    take(vault, "phq9", date(2026, 2, 1), 2, **{"self-harm": 1})
    take(vault, "phq9", date(2026, 3, 1), 0)
    take(vault, "gad7", date(2026, 3, 2), 3)
    take(vault, "gad7", date(2025, 3, 2), 3)  # outside the period
    (section,) = packet(vault.connection, date(2026, 1, 1), date(2026, 3, 31))
    assert section.id == "measures.scores" and section.title == PACKET_TITLE
    tables = [b for b in section.blocks if isinstance(b, Table)]
    phq, gad = tables
    assert phq.header[:3] == ("Date", "Score", "Severity")
    assert phq.rows[0][:4] == (
        "2026-02-01",
        "17",
        "Moderately severe",
        "Several days (answered above zero)",
    )
    assert phq.rows[1][:3] == ("2026-03-01", "0", "Minimal")
    assert gad.rows == (("2026-03-02", "21", "Severe"),)
    words = " ".join(b.text for b in section.blocks if isinstance(b, Paragraph))
    assert "not a diagnosis" in words
    assert packet(vault.connection, date(2024, 1, 1), date(2024, 12, 31)) == ()


def test_export_keeps_every_row_whole(vault: Vault) -> None:
    take(vault, "gad7", TODAY, 1)
    half = ops.start_run(vault.connection, "phq9", TODAY, clock=clock).value
    ops.answer(vault.connection, half.id, "sleep", 2, clock=clock)
    records = list(export(vault.connection))
    runs = [r for r in records if r.kind == "measure_runs"]
    answers = [r for r in records if r.kind == "measure_answers"]
    assert len(runs) == 2 and len(answers) == 8
    assert {r.data["status"] for r in runs} == {"complete", "in_progress"}
    assert set(runs[0].data) >= {"measure", "taken", "score", "crisis", "follow_up", "started"}


def test_demo_fills_years_of_scores_with_one_item_nine_in_the_past(vault: Vault) -> None:
    db = vault.connection
    added = demo.fill(db, PLAN)
    assert added > 2 * 3 * 12  # both questionnaires, every few weeks, three years
    repo = MeasureRepository(db)
    phq = repo.history("phq9")
    gad = repo.history("gad7")
    assert len(phq) == len(gad) == added // 2
    assert phq[0].day >= PLAN.today - timedelta(days=3 * 365)
    gaps = [(b.day - a.day).days for a, b in itertools.pairwise(phq)]
    assert min(gaps) >= 21 and max(gaps) <= 35
    flagged = [p for p in phq if p.crisis]
    assert len(flagged) == 1 and flagged[0].day < PLAN.today - timedelta(days=365)
    # Scores ease over the years.
    assert sum(p.score for p in phq[:6]) > sum(p.score for p in phq[-6:])
    assert demo.fill(db, PLAN) == 0  # never doubled
    assert repo.in_progress("phq9") is None
