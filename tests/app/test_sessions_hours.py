"""Program hours, the weekly target, attendance per kind and streaks, on a real vault."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sessions_helpers import Clock, at, count, draft, open_vault, refused

from app.sessions import kinds as session_kinds
from app.sessions.errors import InvalidSession
from app.sessions.hours import ProgramHours, week_start
from app.sessions.model import Attendance, Status, Streaks, WeekHours
from app.sessions.repository import SessionRepository
from app.vault.vault import Vault

A, M, C, P = Status.ATTENDED, Status.MISSED, Status.CANCELLED, Status.PLANNED


@pytest.fixture
def vault(tmp_path: Path) -> Iterator[Vault]:
    yield from open_vault(tmp_path)


@pytest.fixture
def clock() -> Clock:
    return Clock()  # Wednesday 4 March 2026, noon in New York


@pytest.fixture
def sessions(vault: Vault, clock: Clock) -> SessionRepository:
    return SessionRepository(vault.connection, clock)


@pytest.fixture
def hours(vault: Vault, clock: Clock) -> ProgramHours:
    return ProgramHours(vault.connection, clock)


def _day(month: int, day: int) -> date:
    return date(2026, month, day)


def _add(
    sessions: SessionRepository, month: int, day: int, status: Status, minutes: int, **more: object
) -> int:
    return sessions.create(
        draft(start=at(day, 10, month=month), minutes=minutes, status=status, **more)
    ).id


def test_the_weekly_target_is_set_cleared_and_checked(vault: Vault, hours: ProgramHours) -> None:
    assert hours.weekly_target() is None
    hours.set_weekly_target(9 * 60)
    assert hours.weekly_target() == 540
    hours.set_weekly_target(168 * 60)
    assert hours.weekly_target() == 10_080
    hours.set_weekly_target(1)
    assert hours.weekly_target() == 1
    for bad in (0, -60, 168 * 60 + 1, True, 1.5, "540"):
        message = refused(vault.connection, lambda bad=bad: hours.set_weekly_target(bad))
        assert message == "A weekly target is between 1 minute and 168 hours, or none."
    assert hours.weekly_target() == 1
    hours.set_weekly_target(None)
    assert hours.weekly_target() is None
    assert count(vault.connection, "session_settings", "key = 'weekly_target_minutes'") == 0
    hours.set_weekly_target(None)  # clearing twice is fine
    assert hours.weekly_target() is None


def test_weekly_hours_count_attended_sessions_per_week_against_the_target(
    sessions: SessionRepository, hours: ProgramHours
) -> None:
    _add(sessions, 2, 24, A, 180, kind_id="iop-group")
    _add(sessions, 2, 25, A, 50, kind_id="individual-therapy")
    _add(sessions, 2, 26, M, 60)
    _add(sessions, 2, 27, C, 60)
    _add(sessions, 3, 1, A, 30)  # a Sunday
    _add(sessions, 3, 2, A, 90, kind_id="iop-group")
    trashed = _add(sessions, 3, 3, A, 60)
    sessions.delete(trashed)
    _add(sessions, 3, 5, P, 120)

    assert hours.weekly(_day(2, 23), _day(3, 8)) == [
        WeekHours(_day(2, 23), 260, None),
        WeekHours(_day(3, 2), 90, None),
    ]
    hours.set_weekly_target(240)
    weeks = hours.weekly(_day(2, 25), _day(3, 4))  # any days in those weeks
    assert [(w.week_start, w.minutes, w.met) for w in weeks] == [
        (_day(2, 23), 260, True),
        (_day(3, 2), 90, False),
    ]
    # Weeks that begin on Sunday.
    assert [
        (w.week_start, w.minutes) for w in hours.weekly(_day(2, 23), _day(3, 8), first_weekday=6)
    ] == [
        (_day(2, 22), 230),
        (_day(3, 1), 120),
        (_day(3, 8), 0),
    ]
    assert [w.minutes for w in hours.weekly(_day(2, 23), _day(3, 8), kind_ids={"iop-group"})] == [
        180,
        90,
    ]
    assert [w.minutes for w in hours.weekly(_day(1, 1), _day(1, 31))] == [0, 0, 0, 0, 0]
    assert hours.weekly(_day(3, 8), _day(2, 1)) == []
    assert hours.attended_minutes(_day(2, 23), _day(3, 8)) == 350
    assert hours.attended_minutes(_day(3, 1), _day(3, 1)) == 30
    assert hours.attended_minutes(_day(2, 1), _day(3, 31), kind_ids=["iop-group"]) == 270
    assert hours.attended_minutes(_day(2, 1), _day(3, 31), kind_ids=[]) == 0
    with pytest.raises(InvalidSession, match=r"^The first day of the week must be a weekday\.$"):
        hours.weekly(_day(2, 23), _day(3, 8), first_weekday=7)


def test_week_start() -> None:
    assert week_start(_day(3, 4)) == _day(3, 2)
    assert week_start(_day(3, 2)) == _day(3, 2)
    assert week_start(_day(3, 1)) == _day(2, 23)
    assert week_start(_day(3, 1), 6) == _day(3, 1)
    assert week_start(_day(3, 7), 6) == _day(3, 1)


def test_attendance_per_kind_counts_unknown_kinds_as_other(vault: Vault, clock: Clock) -> None:
    with_art = [*session_kinds.bundled_kinds(), session_kinds.SessionKind("art", "Art", "A.")]
    SessionRepository(vault.connection, clock, with_art).create(
        draft(start=at(2), kind_id="art", status=C)
    )
    sessions = SessionRepository(vault.connection, clock)
    _add(sessions, 3, 3, A, 60, kind_id="individual-therapy")
    _add(sessions, 3, 10, M, 60, kind_id="individual-therapy")
    _add(sessions, 3, 3, A, 180, kind_id="iop-group")
    _add(sessions, 3, 5, P, 60, kind_id="other")
    _add(sessions, 3, 6, A, 60, kind_id="other")
    _add(sessions, 4, 1, A, 60, kind_id="medication")  # outside the range
    sessions.delete(_add(sessions, 3, 4, A, 60, kind_id="medication"))  # in the trash

    hours = ProgramHours(vault.connection, clock)
    assert hours.attendance(_day(3, 1), _day(3, 31)) == [
        Attendance("iop-group", attended=1, missed=0, cancelled=0, planned=0),
        Attendance("individual-therapy", attended=1, missed=1, cancelled=0, planned=0),
        Attendance("other", attended=1, missed=0, cancelled=1, planned=1),
    ]
    assert hours.attendance(_day(5, 1), _day(5, 31)) == []
    # With the old content, "art" is a kind of its own again.
    old = ProgramHours(vault.connection, clock, with_art)
    assert [a.kind_id for a in old.attendance(_day(3, 1), _day(3, 31))] == [
        "iop-group",
        "individual-therapy",
        "other",
        "art",
    ]


def test_streaks(sessions: SessionRepository, hours: ProgramHours, clock: Clock) -> None:
    _add(sessions, 2, 10, A, 60)
    _add(sessions, 2, 11, A, 60)
    _add(sessions, 2, 12, A, 60)  # week of 9 Feb: 180
    _add(sessions, 2, 17, A, 60)  # week of 16 Feb: 60
    _add(sessions, 2, 18, M, 60)
    _add(sessions, 2, 24, A, 90)
    _add(sessions, 2, 25, C, 60)  # cancelled: neither counts nor breaks the run
    _add(sessions, 2, 26, A, 60)  # week of 23 Feb: 150
    _add(sessions, 3, 2, P, 60)  # still planned (unmarked): neither
    _add(sessions, 3, 3, A, 30)  # this week so far: 30
    # Marked attended ahead of time: after now, so it never counts.
    future = _add(sessions, 3, 6, A, 200)

    assert hours.streaks() == Streaks(
        weeks_meeting_target=0, attended_in_a_row=3, best_attended_in_a_row=4
    )
    hours.set_weekly_target(120)
    # This week is not met yet (the future session aside), so the run ends last week.
    assert hours.streaks().weeks_meeting_target == 1
    sessions.create(draft(start=at(4, 9), minutes=90, status=A))
    assert hours.streaks() == Streaks(
        weeks_meeting_target=2, attended_in_a_row=4, best_attended_in_a_row=4
    )
    sessions.create(draft(start=at(4, 10, 30), minutes=30, status=A))
    assert hours.streaks().best_attended_in_a_row == 5
    sessions.create(draft(start=at(4, 11, 30), minutes=30, status=M))
    assert hours.streaks() == Streaks(
        weeks_meeting_target=2, attended_in_a_row=0, best_attended_in_a_row=5
    )
    # Only iop-group counts toward the target: no week meets it.
    assert hours.streaks(kind_ids={"iop-group"}).weeks_meeting_target == 0
    # Once the clock passes it, the session marked ahead counts.
    clock.now = at(6, 18)
    assert hours.streaks().attended_in_a_row == 1
    sessions.delete(future)
    assert hours.streaks().attended_in_a_row == 0


def test_no_sessions_no_streaks(hours: ProgramHours) -> None:
    hours.set_weekly_target(60)
    assert hours.streaks() == Streaks(0, 0, 0)
    assert hours.attendance(_day(1, 1), _day(12, 31)) == []
