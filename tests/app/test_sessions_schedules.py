"""Repeating schedules on a real vault, in New York time: planning up to the horizon,
extending, cancelling, "this and all following", ending, and daylight saving."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

import pytest
from sessions_helpers import NOW, NY, Clock, at, count, open_vault, refused

from app.sessions.errors import NotFound
from app.sessions.homework import HomeworkRepository
from app.sessions.model import (
    HORIZON_WEEKS,
    Format,
    Partner,
    PartnerResponse,
    SchedulePattern,
    Status,
)
from app.sessions.repository import ProviderRepository, SessionRepository
from app.sessions.schedules import ScheduleRepository, days_in
from app.vault.vault import Vault

TODAY = NOW.date()  # Wednesday 4 March 2026
HORIZON = TODAY + timedelta(weeks=HORIZON_WEEKS)  # Wednesday 27 May 2026
EST = timedelta(hours=-5)
EDT = timedelta(hours=-4)
MON, TUE, THU, SUN = 0, 1, 3, 6

IOP = SchedulePattern(
    weekdays=frozenset({TUE, THU}),
    start_time=time(18, 0),
    minutes=180,
    kind_id="iop-group",
    format=Format.VIDEO,
    provider_text="Bay IOP",
)


@pytest.fixture
def vault(tmp_path: Path) -> Iterator[Vault]:
    yield from open_vault(tmp_path)


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def schedules(vault: Vault, clock: Clock) -> ScheduleRepository:
    return ScheduleRepository(vault.connection, clock, zone=NY)


@pytest.fixture
def sessions(vault: Vault, clock: Clock) -> SessionRepository:
    return SessionRepository(vault.connection, clock)


def _day(month: int, day: int) -> date:
    return date(2026, month, day)


def _rows(vault: Vault, schedule_id: int | None = None) -> list[tuple[Any, ...]]:
    """(schedule_day, start, minutes, kind, status, changed, schedule_id) of live sessions."""
    where = "deleted_at IS NULL" + (
        "" if schedule_id is None else f" AND schedule_id = {schedule_id}"
    )
    found = vault.connection.execute(
        "SELECT schedule_day, start, minutes, kind_id, status, changed, schedule_id"
        f" FROM sessions WHERE {where} ORDER BY start_utc, id"
    ).fetchall()
    return [tuple(row) for row in found]


def _days(vault: Vault, schedule_id: int | None = None) -> list[date]:
    return [date.fromisoformat(row[0]) for row in _rows(vault, schedule_id)]


def _session_on(sessions: SessionRepository, day: date) -> int:
    found = [s for s in sessions.between(day, day) if s.schedule_id is not None]
    assert len(found) == 1, day
    return found[0].id


# ----- planning -----------------------------------------------------------------------


def test_creating_a_schedule_plans_its_sessions_up_to_the_horizon(
    vault: Vault, schedules: ScheduleRepository, sessions: SessionRepository
) -> None:
    schedule, planned = schedules.create(_day(3, 3), IOP)
    expected = list(days_in(_day(3, 3), HORIZON, IOP.weekdays))
    assert planned == len(expected) == 25
    assert expected[0] == _day(3, 3) and expected[-1] == _day(5, 26)
    assert _days(vault, schedule.id) == expected
    assert (schedule.first_day, schedule.last_day, schedule.follows_id) == (_day(3, 3), None, None)
    assert schedule.planned_through == HORIZON
    assert schedule.pattern == IOP
    assert schedule.created == NOW
    assert schedules.get(schedule.id) == schedule
    assert schedules.all() == schedules.active() == [schedule]

    first = sessions.get(_session_on(sessions, _day(3, 3)))
    assert first.start == datetime(2026, 3, 3, 18, 0, tzinfo=NY)
    assert (first.minutes, first.kind_id, first.format, first.status) == (
        180,
        "iop-group",
        Format.VIDEO,
        Status.PLANNED,
    )
    assert (first.provider_text, first.schedule_id, first.changed) == (
        "Bay IOP",
        schedule.id,
        False,
    )
    for summary in sessions.between(_day(3, 1), HORIZON):
        local = summary.start.astimezone(NY)
        assert (local.hour, local.minute) == (18, 0)


def test_a_schedule_starting_after_the_horizon_plans_nothing_yet(
    vault: Vault, schedules: ScheduleRepository, clock: Clock
) -> None:
    schedule, planned = schedules.create(_day(9, 1), IOP, last_day=_day(9, 30))
    assert planned == 0 and count(vault.connection, "sessions") == 0
    assert schedule.planned_through == _day(8, 31)
    clock.now = datetime(2026, 8, 1, 9, 0, tzinfo=NY)
    assert schedules.extend() == 9  # every Tuesday and Thursday in September
    assert _days(vault)[-1] == _day(9, 29)
    assert schedules.get(schedule.id).planned_through == _day(9, 30)


def test_extend_is_safe_to_repeat_and_moves_on_with_the_clock(
    vault: Vault, schedules: ScheduleRepository, clock: Clock
) -> None:
    schedules.create(_day(3, 3), IOP)
    other, _planned = schedules.create(
        _day(3, 2), replace(IOP, weekdays=frozenset({MON}), start_time=time(9, 0))
    )
    before = count(vault.connection, "sessions")
    assert schedules.extend() == 0
    assert schedules.extend() == 0
    assert count(vault.connection, "sessions") == before

    clock.advance(days=7)  # horizon: Wednesday 3 June
    assert schedules.extend() == 3  # Thursday 28 May, Monday 1 June, Tuesday 2 June
    assert schedules.extend() == 0
    assert count(vault.connection, "sessions") == before + 3
    assert schedules.get(other.id).planned_through == HORIZON + timedelta(days=7)
    assert schedules.extend(until=_day(6, 9)) == 3  # 4, 8 and 9 June
    assert schedules.extend(until=_day(6, 9)) == 0
    # Every day once, whatever was run twice.
    (duplicates,) = vault.connection.execute(
        "SELECT count(*) FROM (SELECT schedule_id, schedule_day FROM sessions"
        " GROUP BY 1, 2 HAVING count(*) > 1)"
    ).fetchone()
    assert duplicates == 0


def test_cancelled_deleted_and_purged_days_are_never_planned_again(
    vault: Vault, schedules: ScheduleRepository, sessions: SessionRepository, clock: Clock
) -> None:
    weekly = replace(IOP, weekdays=frozenset({MON}), start_time=time(10, 0), minutes=50)
    schedule, planned = schedules.create(_day(3, 9), weekly)
    assert planned == 12
    cancelled = _session_on(sessions, _day(3, 16))
    deleted = _session_on(sessions, _day(3, 23))
    purged = _session_on(sessions, _day(3, 30))
    sessions.set_status(cancelled, Status.CANCELLED)
    sessions.delete(deleted)
    sessions.delete(purged)
    sessions.purge(purged)
    # The other weeks are untouched.
    assert [d for d in _days(vault) if d <= _day(4, 13)] == [
        _day(3, 9),
        _day(3, 16),
        _day(4, 6),
        _day(4, 13),
    ]
    assert sessions.get(cancelled).status is Status.CANCELLED
    assert all(s.status is Status.PLANNED for s in sessions.between(_day(4, 1), HORIZON))

    for _week in range(3):
        clock.advance(days=7)
        assert schedules.extend() == 1
    assert schedules.extend(until=_day(8, 31)) > 0
    days = [
        row[0]
        for row in vault.connection.execute(
            "SELECT schedule_day FROM sessions WHERE schedule_id = ? ORDER BY schedule_day",
            (schedule.id,),
        )
    ]
    assert days.count("2026-03-16") == 1  # the cancelled one, still cancelled
    assert days.count("2026-03-23") == 1  # the one in the trash
    assert "2026-03-30" not in days  # purged, and not made again
    assert sessions.get(deleted).deleted_at is not None


def test_a_weekly_schedule_keeps_its_wall_clock_time_across_daylight_saving(
    vault: Vault, schedules: ScheduleRepository, sessions: SessionRepository, clock: Clock
) -> None:
    clock.now = datetime(2026, 2, 20, 9, 0, tzinfo=NY)
    sunday = replace(IOP, weekdays=frozenset({SUN}), minutes=60)
    schedules.create(_day(3, 1), sunday, last_day=_day(3, 15))
    starts = [s.start for s in sessions.between(_day(3, 1), _day(3, 31))]
    assert [(s.date(), s.hour, s.minute, s.utcoffset()) for s in starts] == [
        (_day(3, 1), 18, 0, EST),
        (_day(3, 8), 18, 0, EDT),
        (_day(3, 15), 18, 0, EDT),
    ]
    rows = _rows(vault)
    assert [row[1] for row in rows] == [
        "2026-03-01T18:00:00-05:00",
        "2026-03-08T18:00:00-04:00",
        "2026-03-15T18:00:00-04:00",
    ]
    # And back in November.
    clock.now = datetime(2026, 10, 20, 9, 0, tzinfo=NY)
    schedules.create(_day(10, 25), sunday, last_day=_day(11, 1))
    autumn = [s.start for s in sessions.between(_day(10, 25), _day(11, 1))]
    assert [(s.hour, s.utcoffset()) for s in autumn] == [(18, EDT), (18, EST)]


def test_a_schedule_time_in_the_skipped_hour_becomes_the_moment_after(
    vault: Vault, schedules: ScheduleRepository, sessions: SessionRepository, clock: Clock
) -> None:
    clock.now = datetime(2026, 2, 20, 9, 0, tzinfo=NY)
    early = replace(IOP, weekdays=frozenset({SUN}), start_time=time(2, 30), minutes=30)
    schedules.create(_day(3, 1), early, last_day=_day(3, 8))
    found = sessions.between(_day(3, 1), _day(3, 8))
    assert [(s.start.hour, s.start.minute, s.start.utcoffset()) for s in found] == [
        (2, 30, EST),
        (3, 30, EDT),
    ]
    assert [row[0] for row in _rows(vault)] == ["2026-03-01", "2026-03-08"]


# ----- changes by hand ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("change", "changed"),
    [
        ({"bring_up": "notes"}, False),
        ({"takeaways": "notes"}, False),
        ({"status": Status.ATTENDED}, False),
        ({"feeling_before": 4}, False),
        ({"partner": Partner(PartnerResponse.INVITED)}, False),
        ({"start": datetime(2026, 3, 10, 19, 0, tzinfo=NY)}, True),
        ({"minutes": 120}, True),
        ({"kind_id": "peer-support"}, True),
        ({"format": Format.IN_PERSON}, True),
        ({"provider_text": "Another group"}, True),
    ],
)
def test_saving_a_schedules_session_marks_it_changed_only_for_its_time_or_kind(
    schedules: ScheduleRepository,
    sessions: SessionRepository,
    change: dict[str, Any],
    changed: bool,
) -> None:
    schedules.create(_day(3, 3), IOP)
    session = sessions.get(_session_on(sessions, _day(3, 10)))
    saved = sessions.save(session.id, replace(session.draft(), **change))
    assert saved.changed is changed
    # Once changed, it stays changed.
    if changed:
        assert sessions.save(session.id, session.draft()).changed is True


def test_a_session_changed_by_hand_is_left_alone_by_later_schedule_edits(
    vault: Vault, schedules: ScheduleRepository, sessions: SessionRepository
) -> None:
    schedule, _planned = schedules.create(_day(3, 3), IOP)
    moved = _session_on(sessions, _day(3, 10))
    noted = _session_on(sessions, _day(3, 12))
    sessions.save(moved, replace(sessions.get(moved).draft(), start=at(10, 16)))
    sessions.set_notes(noted, bring_up="Ask about the weekend")

    later = replace(IOP, start_time=time(19, 30), minutes=90)
    schedules.change_from(schedule.id, _day(3, 3), later)
    kept = sessions.get(moved)
    assert (kept.start, kept.minutes, kept.changed) == (at(10, 16), 180, True)
    followed = sessions.get(noted)
    assert (followed.start, followed.minutes) == (at(12, 19, 30), 90)
    assert followed.bring_up == "Ask about the weekend" and followed.changed is False

    schedules.end(schedule.id, _day(3, 5))
    assert sessions.get(moved).start == at(10, 16)  # changed by hand: kept
    assert sessions.get(noted).changed is True  # not blank: kept, now a session of its own


# ----- "this and all following" ---------------------------------------------------------------


def test_change_from_a_middle_day_splits_the_schedule(
    vault: Vault, schedules: ScheduleRepository, sessions: SessionRepository, clock: Clock
) -> None:
    old, _planned = schedules.create(_day(3, 3), IOP)
    homework = HomeworkRepository(vault.connection, clock)
    with_notes = _session_on(sessions, _day(3, 24))  # a Tuesday, leaving the pattern
    with_homework = _session_on(sessions, _day(3, 31))  # a Tuesday too
    sessions.set_notes(with_notes, takeaways="Good group")
    homework.add(with_homework, "Read chapter 3")
    attended_before = _session_on(sessions, _day(3, 5))
    sessions.set_status(attended_before, Status.ATTENDED)

    new_pattern = SchedulePattern(
        weekdays=frozenset({MON, THU}),
        start_time=time(19, 0),
        minutes=90,
        kind_id="individual-therapy",
        format=Format.PHONE,
        provider_text="Dr. Rivera",
    )
    clock.advance(hours=1)
    new = schedules.change_from(old.id, _day(3, 17), new_pattern)
    assert new.id != old.id
    assert (new.first_day, new.last_day, new.follows_id) == (_day(3, 17), None, old.id)
    assert new.pattern == new_pattern and new.planned_through == HORIZON
    assert new.created == NOW + timedelta(hours=1)
    ended = schedules.get(old.id)
    assert (ended.last_day, ended.planned_through, ended.pattern) == (_day(3, 16), _day(3, 16), IOP)
    assert schedules.active() == [ended, new]
    assert schedules.active(_day(3, 17)) == [new]

    # Before the day: as it was.
    assert _days(vault, old.id) == [_day(3, 3), _day(3, 5), _day(3, 10), _day(3, 12)]
    assert {row[1][11:] for row in _rows(vault, old.id)} == {"18:00:00-05:00", "18:00:00-04:00"}
    # From the day on: Thursdays moved, new Mondays planned, blank Tuesdays gone, the
    # Tuesdays holding notes or homework kept (and now changed).
    expected_new = sorted(
        [*days_in(_day(3, 17), HORIZON, new_pattern.weekdays), _day(3, 24), _day(3, 31)]
    )
    assert _days(vault, new.id) == expected_new
    for schedule_day, start, minutes, kind, status, changed, _id in _rows(vault, new.id):
        day = date.fromisoformat(schedule_day)
        if day.weekday() == TUE:
            assert (start[11:16], minutes, kind, changed) == ("18:00", 180, "iop-group", 1)
        else:
            assert (start[11:16], minutes, kind, status, changed) == (
                "19:00",
                90,
                "individual-therapy",
                "planned",
                0,
            )
    assert sessions.get(_session_on(sessions, _day(3, 19))).format is Format.PHONE
    assert sessions.get(_session_on(sessions, _day(3, 23))).provider_text == "Dr. Rivera"
    assert sessions.get(with_notes).takeaways == "Good group"
    assert [i.text for i in homework.for_session(with_homework)] == ["Read chapter 3"]
    assert count(vault.connection, "session_schedules") == 2
    # Extending later follows the new pattern only.
    clock.advance(days=7)
    assert schedules.extend() == 2  # Thursday 28 May, Monday 1 June
    assert _days(vault, old.id)[-1] == _day(3, 12)


def test_change_from_the_first_day_changes_the_schedule_in_place(
    vault: Vault, schedules: ScheduleRepository, sessions: SessionRepository
) -> None:
    schedule, planned = schedules.create(_day(3, 3), IOP)
    only_tuesdays = replace(IOP, weekdays=frozenset({TUE}), start_time=time(17, 0))
    same = schedules.change_from(schedule.id, _day(3, 3), only_tuesdays)
    assert same.id == schedule.id and same.follows_id is None
    assert same.pattern == only_tuesdays
    assert count(vault.connection, "session_schedules") == 1
    assert _days(vault) == list(days_in(_day(3, 3), HORIZON, frozenset({TUE})))
    assert all(row[1][11:16] == "17:00" for row in _rows(vault))
    assert count(vault.connection, "sessions") == 13 < planned


def test_change_from_refuses_bad_days_and_patterns(
    vault: Vault, schedules: ScheduleRepository
) -> None:
    schedule, _planned = schedules.create(_day(3, 3), IOP, last_day=_day(4, 30))
    connection = vault.connection
    message = refused(connection, lambda: schedules.change_from(schedule.id, _day(3, 2), IOP))
    assert message == "That day isn't part of this schedule."
    refused(connection, lambda: schedules.change_from(schedule.id, _day(5, 1), IOP))
    refused(connection, lambda: schedules.change_from(schedule.id, date(1900, 1, 1), IOP))
    for bad in (
        replace(IOP, weekdays=frozenset()),
        replace(IOP, weekdays=frozenset({7})),
        replace(IOP, minutes=0),
        replace(IOP, minutes=1441),
        replace(IOP, kind_id="karaoke"),
        replace(IOP, start_time="18:00"),
        replace(IOP, format="fax"),
    ):
        refused(connection, lambda bad=bad: schedules.change_from(schedule.id, _day(3, 10), bad))
    refused(
        connection,
        lambda: schedules.change_from(schedule.id, _day(3, 10), replace(IOP, provider_id=99)),
        error=NotFound,
    )
    refused(connection, lambda: schedules.change_from(999, _day(3, 10), IOP), error=NotFound)


def test_creating_a_schedule_refuses_bad_values(
    vault: Vault, schedules: ScheduleRepository
) -> None:
    connection = vault.connection
    message = refused(connection, lambda: schedules.create(_day(3, 3), IOP, _day(3, 2)))
    assert message == "The schedule's last day can't come before its first day."
    refused(connection, lambda: schedules.create(date(1969, 12, 29), IOP))
    refused(connection, lambda: schedules.create(_day(3, 3), replace(IOP, weekdays=[True])))
    refused(
        connection,
        lambda: schedules.create(_day(3, 3), replace(IOP, provider_id=5)),
        error=NotFound,
    )
    assert count(connection, "session_schedules") == 0


# ----- ending --------------------------------------------------------------------------------


def test_ending_a_schedule_removes_its_blank_planned_sessions_after_the_last_day(
    vault: Vault, schedules: ScheduleRepository, sessions: SessionRepository, clock: Clock
) -> None:
    schedule, planned = schedules.create(_day(3, 3), IOP)
    noted = _session_on(sessions, _day(4, 7))
    cancelled = _session_on(sessions, _day(4, 9))
    moved = _session_on(sessions, _day(4, 14))
    trashed = _session_on(sessions, _day(4, 16))
    sessions.set_feelings(noted, 5, None)
    sessions.set_status(cancelled, Status.CANCELLED)
    sessions.save(moved, replace(sessions.get(moved).draft(), minutes=60))
    sessions.delete(trashed)
    on_last_day = _session_on(sessions, _day(4, 2))

    removed = schedules.end(schedule.id, _day(4, 2))
    # After 2 April: 15 planned; three were touched by hand and one holds a feeling.
    assert removed == len(list(days_in(_day(4, 3), HORIZON, IOP.weekdays))) - 4 == 11
    ended = schedules.get(schedule.id)
    assert (ended.last_day, ended.planned_through) == (_day(4, 2), _day(4, 2))
    assert [d for d in _days(vault) if d > _day(4, 2)] == [_day(4, 7), _day(4, 9), _day(4, 14)]
    assert sessions.get(noted).changed is True
    assert sessions.get(on_last_day).status is Status.PLANNED
    assert sessions.get(trashed).deleted_at is not None
    assert count(vault.connection, "sessions") == planned - 11
    # Extending never plans past the last day.
    clock.advance(days=60)
    assert schedules.extend() == 0
    assert schedules.active() == []


def test_ending_a_schedule_today_by_default(
    vault: Vault, schedules: ScheduleRepository, sessions: SessionRepository
) -> None:
    schedule, _planned = schedules.create(
        _day(3, 2), replace(IOP, weekdays=frozenset({MON, TUE, THU}))
    )
    assert schedules.end(schedule.id) > 0
    assert schedules.get(schedule.id).last_day == TODAY
    assert _days(vault) == [_day(3, 2), _day(3, 3)]
    # Ending before the first day leaves nothing at all.
    second, _planned = schedules.create(_day(3, 10), IOP)
    schedules.end(second.id, _day(1, 1))
    assert schedules.get(second.id).last_day == _day(3, 9)
    assert _days(vault, second.id) == []
    with pytest.raises(NotFound):
        schedules.end(999)


def test_ending_a_split_schedule_ends_every_part_and_never_lengthens_one(
    vault: Vault, schedules: ScheduleRepository, clock: Clock
) -> None:
    old, _planned = schedules.create(_day(2, 3), IOP)
    new = schedules.change_from(old.id, _day(2, 17), replace(IOP, start_time=time(17, 0)))
    assert new.follows_id == old.id
    # "End this schedule" from a session of the first part, today (4 March) by default.
    removed = schedules.end(old.id)
    assert removed == len(list(days_in(_day(3, 5), HORIZON, IOP.weekdays)))
    # The first part already ended on 16 February: ending "today" must not lengthen it.
    assert schedules.get(old.id).last_day == _day(2, 16)
    assert schedules.get(new.id).last_day == TODAY
    assert [d for d in _days(vault) if d > TODAY] == []
    clock.advance(days=30)
    assert schedules.extend() == 0
    assert [d for d in _days(vault, old.id) if d > _day(2, 16)] == []


def test_deleting_a_provider_keeps_its_name_on_schedules_and_what_they_plan_next(
    vault: Vault, schedules: ScheduleRepository, sessions: SessionRepository, clock: Clock
) -> None:
    providers = ProviderRepository(vault.connection, clock)
    rivera = providers.add("Dr. Rivera")
    pattern = replace(IOP, weekdays=frozenset({MON}), provider_id=rivera.id, provider_text="")
    schedule, _planned = schedules.create(_day(3, 2), pattern)
    assert sessions.get(_session_on(sessions, _day(3, 9))).provider_name == "Dr. Rivera"
    providers.delete(rivera.id)
    kept = schedules.get(schedule.id).pattern
    assert (kept.provider_id, kept.provider_text) == (None, "Dr. Rivera")
    assert sessions.get(_session_on(sessions, _day(3, 9))).provider_text == "Dr. Rivera"
    clock.advance(days=7)
    assert schedules.extend() == 1
    newest = sessions.between(HORIZON, HORIZON + timedelta(days=7))[-1]
    assert (newest.provider_name, newest.provider_text) == ("", "Dr. Rivera")


def test_a_session_knows_the_schedule_day_it_stands_for(
    schedules: ScheduleRepository, sessions: SessionRepository
) -> None:
    schedule, _planned = schedules.create(_day(3, 3), IOP)
    planned = sessions.get(_session_on(sessions, _day(3, 5)))
    assert (planned.schedule_id, planned.schedule_day) == (schedule.id, _day(3, 5))
    # Moved by hand to another day, it still stands for the same schedule day.
    moved = sessions.save(planned.id, replace(planned.draft(), start=at(6, 18)))
    assert moved.schedule_day == _day(3, 5) and moved.changed
    own = sessions.create(replace(moved.draft()))
    assert (own.schedule_id, own.schedule_day) == (None, None)
