"""What each module gives the therapist packet: the first page's figures, the charts,
the tables, and items the person can leave out whole (real vaults, figures computed
here from the data put in)."""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal

import pytest
from boundaries_helpers import Clock as BoundaryClock
from boundaries_helpers import boundary, moment
from exercises_helpers import EXERCISE
from exercises_helpers import Clock as ExerciseClock
from sessions_helpers import Clock as SessionClock
from sessions_helpers import at, draft
from vault_fixtures import PASSPHRASE, SMALL_KDF

from app.boundaries.model import Outcome
from app.boundaries.repository import BoundaryRepository
from app.checkins import module as checkins_module
from app.checkins.model import CheckIn
from app.checkins.repository import CheckInRepository
from app.exchange.document import Choices, ItemKey, apply_choices, items
from app.exchange.packet import build_packet
from app.exchange.period import Period
from app.exchange.sections import SECTION_IDS, SECTIONS
from app.exercises.repository import RunRepository
from app.journal.entries import EntryRepository
from app.measures import module as measures_module
from app.measures import ops as measures_ops
from app.measures.repository import MeasureRepository
from app.platform import demo
from app.platform.contributions import (
    Chart,
    ChartLine,
    DemoPlan,
    PacketSection,
    Paragraph,
    Table,
)
from app.platform.registry import feature_modules, find
from app.reflection.model import Answer as ReflectionAnswer
from app.reflection.model import ReflectionDraft
from app.reflection.repository import ReflectionRepository
from app.safety.content import bundled_questions
from app.safety.model import Answer as SafetyAnswer
from app.safety.model import CheckDraft
from app.safety.ops import save_check
from app.sessions.homework import HomeworkRepository
from app.sessions.model import Status
from app.sessions.repository import SessionRepository
from app.vault.vault import Vault

TODAY = date(2026, 12, 2)
YEAR = Period(TODAY - timedelta(days=364), TODAY)
EVERYTHING = frozenset(SECTION_IDS)
TITLES = {choice.id: choice.title for choice in SECTIONS}
ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


@pytest.fixture(scope="module")
def demo_vault(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Vault]:
    """A year of every module's demo data (one vault for the whole file)."""
    vault, _code = Vault.create(
        tmp_path_factory.mktemp("demo") / "vault", PASSPHRASE, kdf=SMALL_KDF
    )
    try:
        demo.fill(vault.connection, DemoPlan(today=TODAY, entries=1000, years=1))
        yield vault
    finally:
        vault.close()


def sections_of(vault: Vault, start: date, end: date) -> list[PacketSection]:
    return [
        s for m in feature_modules() if m.packet for s in m.packet(vault.connection, start, end)
    ]


def average(values: list[int]) -> str:
    """One decimal, half up, worked out here (not with the module's helper)."""
    total = Decimal(sum(values)) / Decimal(len(values))
    return str(total.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP))


def texts(section: PacketSection) -> list[str]:
    return [b.text for b in section.blocks if isinstance(b, Paragraph)]


# ----- every module -------------------------------------------------------------------


def test_an_empty_period_gives_no_sections(vault: Vault, demo_vault: Vault) -> None:
    empty = build_packet(vault.connection, YEAR, TODAY, EVERYTHING)
    assert empty.sections == () and empty.is_empty() and empty.summary == ()
    # A demo vault, in a year before any of it.
    before = Period(date(2001, 1, 1), date(2001, 12, 31))
    assert build_packet(demo_vault.connection, before, TODAY, EVERYTHING).sections == ()
    assert sections_of(demo_vault, before.start, before.end) == []


def test_a_demo_year_gives_every_section_with_its_catalogue_title(demo_vault: Vault) -> None:
    sections = sections_of(demo_vault, YEAR.start, YEAR.end)
    ids = [s.id for s in sections]
    assert len(ids) == len(set(ids))
    assert set(ids) <= set(SECTION_IDS), set(ids) - set(SECTION_IDS)
    # The demo fills every one the catalogue lists (the first page is built from them).
    assert set(ids) == set(SECTION_IDS) - {"summary"}
    for section in sections:
        assert section.title == TITLES[section.id], section.id
        assert not any(section.id.startswith("safety") for section in sections)
        for block in section.blocks:
            if isinstance(block, Paragraph):
                assert block.text.strip(), section.id
            elif isinstance(block, Table):
                assert block.rows and all(len(r) == len(block.header) for r in block.rows)
            else:
                assert isinstance(block, Chart)
                assert len(block.lines) >= 1 and all(len(line.points) >= 2 for line in block.lines)
                for line in block.lines:
                    for day, value in line.points:
                        assert YEAR.start <= day <= YEAR.end, section.id
                        assert block.y_min <= value <= block.y_max, section.id
    # The first page: attendance and hours, homework, check-in averages, both scores.
    summary = [line for s in sections for line in s.summary]
    assert [s.id for s in sections if s.summary] == [
        "checkins.summary",
        "sessions.summary",
        "measures.scores",
    ]
    assert any("program hours" in line for line in summary)
    assert any(line.startswith("Homework:") for line in summary)
    assert any(line.startswith("PHQ-9:") for line in summary)
    assert any(line.startswith("GAD-7:") for line in summary)


def test_titles_headers_and_chart_words_are_fixed_words(demo_vault: Vault) -> None:
    """Message ids do not change with the data: what each month of the demo year uses
    is what the whole year uses (with the by-day chart's title), and never a date."""

    def words(start: date, end: date) -> set[str]:
        found: set[str] = set()
        for section in sections_of(demo_vault, start, end):
            found.add(section.title)
            for block in section.blocks:
                if isinstance(block, Table):
                    found.update(block.header)
                elif isinstance(block, Chart):
                    found.add(block.title)
                    found.update(line.label for line in block.lines)
        return found

    year = words(YEAR.start, YEAR.end)
    months: set[str] = set()
    for back in range(12):
        end = TODAY - timedelta(days=30 * back)
        months |= words(end - timedelta(days=29), end)
    assert months - year == {checkins_module.CHART_BY_DAY}
    assert checkins_module.CHART_BY_WEEK in year
    assert not [word for word in year | months if ISO_DAY.search(word)]


def test_the_safety_module_gives_the_packet_nothing(vault: Vault) -> None:
    first = bundled_questions()[0].id
    save_check(vault.connection, CheckDraft({first: SafetyAnswer.YES}))
    assert vault.connection.execute("SELECT count(*) FROM safety_checks").fetchone()[0] == 1
    safety = find("safety")
    assert safety.packet is not None
    assert safety.packet(vault.connection, date(2000, 1, 1), date(2100, 1, 1)) == ()


# ----- check-ins ----------------------------------------------------------------------


def checkin(day: date, mood: int, stress: int, craving: int, note: str = "") -> CheckIn:
    return CheckIn(day, mood, stress, craving, False, False, False, False, None, note)


def test_check_ins_give_the_averages_and_a_chart_by_day(vault: Vault) -> None:
    repo = CheckInRepository(vault.connection)
    data = [
        (date(2026, 11, 2), 6, 4, 1),
        (date(2026, 11, 5), 7, 3, 0),
        (date(2026, 11, 9), 4, 8, 5),
    ]
    for day, mood, stress, craving in data:
        repo.save(checkin(day, mood, stress, craving))
    repo.save(checkin(date(2026, 10, 20), 0, 10, 10))  # before the period
    (section,) = checkins_module.packet(vault.connection, date(2026, 11, 1), date(2026, 11, 14))
    moods = [m for _d, m, _s, _c in data]
    stresses = [s for _d, _m, s, _c in data]
    cravings = [c for _d, _m, _s, c in data]
    assert section.summary == (
        f"3 check-ins: mood {average(moods)}, stress {average(stresses)},"
        f" craving {average(cravings)} on average (0\u201310)",
    )
    assert section.summary[0].startswith("3 check-ins: mood 5.7, stress 5.0, craving 2.0")
    paragraph, chart, table = section.blocks
    assert isinstance(paragraph, Paragraph) and "3 check-ins" in paragraph.text
    assert chart == Chart(
        checkins_module.CHART_BY_DAY,
        (
            ChartLine("Mood", tuple((d, float(m)) for d, m, _s, _c in data)),
            ChartLine("Stress", tuple((d, float(s)) for d, _m, s, _c in data)),
            ChartLine("Craving", tuple((d, float(c)) for d, _m, _s, c in data)),
        ),
        y_min=0.0,
        y_max=10.0,
        whole_numbers=True,
    )
    assert isinstance(table, Table) and [r[0] for r in table.rows] == [
        d.isoformat() for d, *_ in data
    ]
    # One check-in is no trend: the figures and the table, no chart.
    (one,) = checkins_module.packet(vault.connection, date(2026, 11, 9), date(2026, 11, 9))
    assert [type(b) for b in one.blocks] == [Paragraph, Table]
    assert one.summary == ("1 check-in: mood 4.0, stress 8.0, craving 5.0 on average (0\u201310)",)


def test_a_long_period_charts_each_weeks_average(vault: Vault) -> None:
    repo = CheckInRepository(vault.connection)
    end = date(2026, 3, 1)  # weeks counted back from here: Feb 23 - Mar 1, Feb 16 - 22...
    for day, value in (
        (date(2026, 3, 1), 6),
        (date(2026, 2, 28), 3),
        (date(2026, 2, 20), 5),
        (date(2026, 1, 3), 8),
    ):
        repo.save(checkin(day, value, 2, 1))
    (section,) = checkins_module.packet(vault.connection, date(2026, 1, 1), end)
    (chart,) = [b for b in section.blocks if isinstance(b, Chart)]
    assert chart.title == checkins_module.CHART_BY_WEEK and not chart.whole_numbers
    mood = chart.lines[0]
    assert mood.label == "Mood"
    # Jan 1 - 4 is a shorter oldest block of its own (four days), drawn at its middle.
    assert mood.points == (
        (date(2026, 1, 2), 8.0),
        (date(2026, 2, 19), 5.0),
        (date(2026, 2, 26), 4.5),
    )
    assert [line.points[0][1] for line in chart.lines[1:]] == [2.0, 1.0]


# ----- questionnaires -----------------------------------------------------------------


def take(vault: Vault, measure: str, day: date, value: int, **special: int) -> int:
    db = vault.connection
    now = datetime(2026, 3, 10, 12).astimezone()
    repo = MeasureRepository(db, lambda: now)
    run = measures_ops.start_run(db, measure, day, clock=lambda: now).value
    answers: dict[str, int | None] = {item: value for item in repo.measure(measure).item_ids}
    answers.update(special)
    measures_ops.answer_many(db, run.id, answers, clock=lambda: now)
    return run.id


def test_questionnaires_give_the_latest_score_charts_and_item_9_plainly(vault: Vault) -> None:
    take(vault, "phq9", date(2026, 2, 1), 1, **{"self-harm": 2})  # 8 x 1 + 2
    take(vault, "phq9", date(2026, 3, 1), 2, **{"self-harm": 0})  # 8 x 2 + 0
    take(vault, "gad7", date(2026, 2, 2), 3)  # 7 x 3
    take(vault, "gad7", date(2026, 3, 2), 1)  # 7 x 1
    (section,) = measures_module.packet(vault.connection, date(2026, 1, 1), date(2026, 3, 31))
    assert section.title == TITLES["measures.scores"]
    assert section.summary == (
        f"PHQ-9: {8 * 2} of 27 (Moderately severe) on 2026-03-01, the latest of 2",
        "PHQ-9 item 9 (thoughts of self-harm) answered above zero on 2026-02-01",
        f"GAD-7: {7 * 1} of 21 (Mild) on 2026-03-02, the latest of 2",
    )
    charts = [b for b in section.blocks if isinstance(b, Chart)]
    assert charts == [
        Chart(
            "PHQ-9 scores",
            (ChartLine("PHQ-9", ((date(2026, 2, 1), 10.0), (date(2026, 3, 1), 16.0))),),
            y_min=0.0,
            y_max=27.0,
            whole_numbers=True,
        ),
        Chart(
            "GAD-7 scores",
            (ChartLine("GAD-7", ((date(2026, 2, 2), 21.0), (date(2026, 3, 2), 7.0))),),
            y_min=0.0,
            y_max=21.0,
            whole_numbers=True,
        ),
    ]
    phq, gad = [b for b in section.blocks if isinstance(b, Table)]
    assert phq.header[:4] == ("Date", "Score", "Severity", "Item 9 (thoughts of self-harm)")
    assert phq.rows[0][:4] == (
        "2026-02-01",
        "10",
        "Moderate",
        "More than half the days (answered above zero)",
    )
    assert phq.rows[1][:4] == ("2026-03-01", "16", "Moderately severe", "Not at all")
    assert gad.rows == (("2026-02-02", "21", "Severe"), ("2026-03-02", "7", "Mild"))
    assert any("not a diagnosis" in t for t in texts(section))
    # Every questionnaire in the catalogue has its chart words.
    catalogue = MeasureRepository(vault.connection).catalogue
    assert {m.id for m in catalogue.measures} <= set(measures_module.MEASURE_WORDS)
    # One questionnaire alone: a line for the first page, no chart.
    (one,) = measures_module.packet(vault.connection, date(2026, 3, 2), date(2026, 3, 2))
    assert one.summary == ("GAD-7: 7 of 21 (Mild) on 2026-03-02",)
    assert not any(isinstance(b, Chart) for b in one.blocks)


# ----- sessions -----------------------------------------------------------------------


def test_sessions_give_attendance_hours_and_homework(vault: Vault) -> None:
    clock = SessionClock()
    sessions = SessionRepository(vault.connection, clock)
    homework = HomeworkRepository(vault.connection, clock)
    first = sessions.create(draft(start=at(2), status=Status.ATTENDED, minutes=60))
    sessions.create(draft(start=at(3), status=Status.ATTENDED, minutes=90))
    sessions.create(draft(start=at(4), status=Status.MISSED, minutes=60))
    sessions.create(draft(start=at(5), status=Status.CANCELLED, minutes=60))
    homework.set_done(homework.add(first.id, "Walk").id, True)
    homework.add(first.id, "Read")
    homework.add(first.id, "Call")
    sections = find("sessions").packet(vault.connection, date(2026, 3, 1), date(2026, 3, 31))  # type: ignore[misc]
    glance = sections[0]
    assert glance.id == "sessions.summary"
    hours = (60 + 90) / 60
    assert glance.summary == (
        f"2 sessions attended, 1 missed, 1 cancelled; {hours:.1f} program hours",
        "Homework: 1 done, 2 open",
    )
    for section in sections:
        assert section.title == TITLES[section.id]
    # Without a cancelled one, the line says nothing of cancelling.
    (quiet, *_rest) = find("sessions").packet(vault.connection, date(2026, 3, 3), date(2026, 3, 3))  # type: ignore[misc]
    assert quiet.summary == ("1 session attended, 0 missed; 1.5 program hours",)


# ----- one item each ------------------------------------------------------------------


def test_each_journal_entry_is_one_item_its_words_unchanged(vault: Vault) -> None:
    repo = EntryRepository(vault.connection)
    when = datetime(2026, 3, 2, 9).astimezone()
    first = repo.create(
        title="Sunday",
        body="First part.\n\n\n  Second, indented.\nSame paragraph.",
        bring_to_therapy=True,
        created=when,
    )
    repo.create(body="Not for therapy.", created=when + timedelta(hours=1))
    second = repo.create(body="Only one.", bring_to_therapy=True, created=when + timedelta(days=1))
    gone = repo.create(body="Trashed.", bring_to_therapy=True, created=when)
    repo.delete(gone.id)
    (section,) = find("journal").packet(vault.connection, date(2026, 3, 1), date(2026, 3, 31))  # type: ignore[misc]
    assert [(p.text, p.item) for p in section.blocks if isinstance(p, Paragraph)] == [
        ("2026-03-02 \u2014 Sunday", f"entry-{first.id}"),
        ("First part.", f"entry-{first.id}"),
        ("  Second, indented.\nSame paragraph.", f"entry-{first.id}"),
        ("2026-03-03", f"entry-{second.id}"),
        ("Only one.", f"entry-{second.id}"),
    ]
    keys = list(items(section))
    assert keys == [
        ItemKey("journal.flagged", f"entry-{first.id}"),
        ItemKey("journal.flagged", f"entry-{second.id}"),
    ]
    # Leaving the first out takes its heading and every paragraph with it.
    packet = build_packet(
        vault.connection, Period(date(2026, 3, 1), date(2026, 3, 31)), TODAY, EVERYTHING
    )
    written = apply_choices(packet, Choices(left_out_items=frozenset({keys[0]})))
    kept = written.section("journal.flagged")
    assert kept is not None and texts(kept) == ["2026-03-03", "Only one."]


def test_each_boundary_and_each_exercise_run_is_one_item(vault: Vault) -> None:
    boundaries = BoundaryRepository(vault.connection, BoundaryClock())
    made = boundaries.create(boundary()).id
    boundaries.log_event(made, moment(happened=date(2026, 3, 2), outcome=Outcome.HELD))
    boundaries.log_event(made, moment(happened=date(2026, 3, 3), outcome=Outcome.BENT))
    (section,) = find("boundaries").packet(vault.connection, date(2026, 3, 1), date(2026, 3, 31))  # type: ignore[misc]
    assert {p.item for p in section.blocks if isinstance(p, Paragraph)} == {f"boundary-{made}"}
    assert list(items(section)) == [
        ItemKey("boundaries.log", f"boundary-{made}"),
        ItemKey("boundaries.log", "b2r0"),
        ItemKey("boundaries.log", "b2r1"),
    ]

    runs = RunRepository(vault.connection, ExerciseClock())
    one = runs.start(EXERCISE)
    runs.save_answers(one.id, {"situation": "One.\n\nTwo.", "need": "rest"})
    runs.set_flag(one.id, True)
    other = runs.start(EXERCISE)
    runs.save_answers(other.id, {"need": "respect"})
    runs.set_flag(other.id, True)
    (section,) = find("exercises").packet(vault.connection, date(2026, 3, 1), date(2026, 3, 31))  # type: ignore[misc]
    assert list(items(section)) == [
        ItemKey("exercises.flagged", f"run-{one.id}"),
        ItemKey("exercises.flagged", f"run-{other.id}"),
    ]
    assert "Two." in texts(section)


def test_the_reflection_says_its_dates_above_a_table_of_fixed_words(vault: Vault) -> None:
    now = datetime(2026, 11, 30, 12).astimezone()
    repo = ReflectionRepository(vault.connection, lambda: now)
    repo.create(ReflectionDraft(date(2026, 10, 1), {"privacy-worries": ReflectionAnswer(3)}, {}))
    latest = repo.create(
        ReflectionDraft(date(2026, 11, 1), {"privacy-worries": ReflectionAnswer(6)}, {})
    )
    (section,) = find("reflection").packet(vault.connection, date(2026, 10, 15), date(2026, 11, 30))  # type: ignore[misc]
    first, dates, table, *_rest = section.blocks
    assert isinstance(first, Paragraph) and isinstance(dates, Paragraph)
    assert dates.text == "Latest: 2026-11-01; before: 2026-10-01."
    assert first.item == dates.item == f"reflection-{latest.id}"
    assert isinstance(table, Table) and table.header == ("Item", "Before", "Latest", "Note")
    assert table.rows[0][1:3] == ("3 of 10", "6 of 10")


# ----- a year -------------------------------------------------------------------------


def test_a_year_of_demo_data_builds_quickly(
    demo_vault: Vault, capsys: pytest.CaptureFixture[str]
) -> None:
    build_packet(demo_vault.connection, YEAR, TODAY, EVERYTHING)  # warm the page cache
    times = []
    for _ in range(3):
        began = time.perf_counter()
        packet = build_packet(demo_vault.connection, YEAR, TODAY, EVERYTHING)
        times.append(time.perf_counter() - began)
    counts = {
        "sections": len(packet.sections),
        "items": sum(len(list(items(s))) for s in packet.sections),
        "charts": sum(isinstance(b, Chart) for s in packet.sections for b in s.blocks),
    }
    for name, section_id in (
        ("check-ins", "checkins.summary"),
        ("sessions", "sessions.list"),
        ("flagged entries", "journal.flagged"),
    ):
        found = packet.section(section_id)
        assert found is not None
        counts[name] = (
            len(list(items(found)))
            if section_id == "journal.flagged"
            else sum(len(b.rows) for b in found.blocks if isinstance(b, Table))
        )
    with capsys.disabled():
        print(
            f"\nbuild_packet, a demo year, every section: best {min(times) * 1000:.0f} ms"
            f" of 3 ({counts})"
        )
    assert counts["charts"] >= 3 and packet.summary
