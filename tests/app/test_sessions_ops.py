"""The sessions operations: each one transaction, each saying what it changed; a refused
value changes nothing, and a failure part-way rolls the whole operation back."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import date, time, timedelta
from pathlib import Path
from typing import Any

import pytest
from sessions_helpers import NOW, NY, Clock, at, count, draft, open_vault, refused, snapshot

from app.journal.entries import EntryRepository
from app.platform.changes import Changes, OpResult, Topic
from app.platform.errors import UserError
from app.sessions import ops
from app.sessions.errors import InvalidSession, NotFound
from app.sessions.model import (
    DeletionInfo,
    Format,
    Partner,
    PartnerResponse,
    SchedulePattern,
    Status,
)
from app.sessions.repository import SessionRepository
from app.vault.vault import Vault

S, H, T, P, SC, SET = (
    ops.SESSIONS,
    ops.HOMEWORK,
    ops.TOPICS,
    ops.PROVIDERS,
    ops.SCHEDULES,
    ops.SETTINGS,
)
WEEKLY = SchedulePattern(
    weekdays=frozenset({6}),  # Sundays
    start_time=time(18, 0),
    minutes=60,
    kind_id="peer-support",
    format=Format.IN_PERSON,
)


@pytest.fixture
def vault(tmp_path: Path) -> Iterator[Vault]:
    yield from open_vault(tmp_path)


@pytest.fixture
def clock() -> Clock:
    return Clock()


def _changed(result: OpResult[Any], *topics: Topic) -> None:
    assert isinstance(result, OpResult)
    assert isinstance(result.changes, Changes)
    assert result.changes.topics == frozenset(topics)


def test_the_module_topics() -> None:
    assert ops.ALL_TOPICS == (S, H, T, P, SC, SET)
    assert [t.name for t in ops.ALL_TOPICS] == [
        "sessions.sessions",
        "sessions.homework",
        "sessions.bring_up",
        "sessions.providers",
        "sessions.schedules",
        "sessions.settings",
    ]


def test_every_operation_says_what_it_changed(vault: Vault, clock: Clock) -> None:
    db = vault.connection
    provider = ops.add_provider(db, "Dr. Rivera", "Therapist", clock=clock)
    _changed(provider, P)
    _changed(ops.save_provider(db, provider.value.id, "Dr. A. Rivera", "", "", clock=clock), P, S)

    created = ops.create_session(db, draft(provider_id=provider.value.id), clock=clock)
    _changed(created, S)
    session_id = created.value.id
    assert created.value.provider_name == "Dr. A. Rivera"
    saved = ops.save_session(db, session_id, draft(minutes=90), clock=clock)
    _changed(saved, S)
    assert saved.value.minutes == 90
    _changed(ops.set_status(db, session_id, Status.ATTENDED, clock=clock), S)
    _changed(ops.set_notes(db, session_id, takeaways="Calmer", clock=clock), S)
    _changed(ops.set_feelings(db, session_id, 3, 7, clock=clock), S)
    _changed(ops.set_partner(db, session_id, Partner(PartnerResponse.MAYBE), clock=clock), S)
    entry = EntryRepository(db, clock).create(body="Linked")
    _changed(ops.link_entry(db, session_id, entry.id), S)
    _changed(ops.unlink_entry(db, session_id, entry.id), S)

    item = ops.add_homework(db, session_id, "Walk", date(2026, 3, 6), clock=clock)
    _changed(item, H)
    _changed(ops.save_homework(db, item.value.id, "Walk daily", None, clock=clock), H)
    done = ops.set_homework_done(db, item.value.id, True, clock=clock)
    _changed(done, H)
    assert done.value.done_at == NOW
    second = ops.add_homework(db, session_id, "Read", clock=clock).value
    _changed(ops.delete_homework(db, second.id), H)

    topic = ops.add_topic(db, "Sleep", "entry", str(entry.id), clock=clock)
    _changed(topic, T)
    _changed(ops.save_topic(db, topic.value.id, "Sleep better"), T)
    _changed(ops.tick_off_topic(db, topic.value.id, session_id, clock=clock), T)
    _changed(ops.reopen_topic(db, topic.value.id), T)
    other_topic = ops.add_topic(db, "Other", clock=clock).value
    _changed(ops.delete_topic(db, other_topic.id), T)

    schedule = ops.create_schedule(db, date(2026, 3, 1), WEEKLY, clock=clock, zone=NY)
    _changed(schedule, SC, S)
    assert schedule.value[1] == 13  # Sundays 1 March .. 24 May
    _changed(ops.extend_schedules(db, clock=clock, zone=NY))  # nothing new: no changes
    assert ops.extend_schedules(db, clock=clock, zone=NY).value == 0
    clock.advance(days=7)
    extended = ops.extend_schedules(db, clock=clock, zone=NY)
    _changed(extended, SC, S)
    assert extended.value == 1
    changed = ops.change_schedule_from(
        db,
        schedule.value[0].id,
        date(2026, 3, 15),
        replace(WEEKLY, start_time=time(17, 0)),
        clock=clock,
        zone=NY,
    )
    _changed(changed, SC, S)
    assert changed.value.follows_id == schedule.value[0].id
    ended = ops.end_schedule(db, changed.value.id, date(2026, 4, 30), clock=clock)
    _changed(ended, SC, S)
    assert ended.value == 5  # the Sundays 3 .. 31 May

    _changed(ops.set_weekly_target(db, 600), SET)
    _changed(ops.set_weekly_target(db, None), SET)

    _changed(ops.delete_provider(db, provider.value.id), P, S, SC)

    deleted = ops.delete_session(db, session_id, clock=clock)
    _changed(deleted, S, H, T)
    assert deleted.value == DeletionInfo(homework=1, open_homework=0, topics=0, entries=0)
    _changed(ops.restore_session(db, session_id), S, H, T)
    ops.delete_session(db, session_id, clock=clock)
    _changed(ops.purge_session(db, session_id), S, H, T)
    assert not db.in_transaction


def test_purge_expired_reports_changes_only_when_it_removed_something(
    vault: Vault, clock: Clock
) -> None:
    db = vault.connection
    session = ops.create_session(db, draft(), clock=clock).value
    ops.delete_session(db, session.id, clock=clock)
    clock.advance(days=29)
    nothing = ops.purge_expired(db, clock=clock)
    assert nothing.value == 0 and nothing.changes.is_empty()
    clock.advance(days=1)
    purged = ops.purge_expired(db, clock=clock)
    assert purged.value == 1
    _changed(purged, S, H, T)
    assert count(db, "sessions") == 0


def test_schedules_through_ops_keep_wall_clock_time_in_the_given_zone(
    vault: Vault, clock: Clock
) -> None:
    db = vault.connection
    clock.now = NOW - timedelta(days=10)  # 22 February
    ops.create_schedule(db, date(2026, 3, 1), WEEKLY, date(2026, 3, 8), clock=clock, zone=NY)
    starts = vault.connection.execute("SELECT start FROM sessions ORDER BY start_utc").fetchall()
    assert [row[0] for row in starts] == ["2026-03-01T18:00:00-05:00", "2026-03-08T18:00:00-04:00"]


def _refusals(db: Any, session_id: int, schedule_id: int) -> list[Callable[[], object]]:
    return [
        lambda: ops.create_session(db, draft(minutes=1441)),
        lambda: ops.create_session(db, draft(start=at(2, 10), end=at(2, 9))),
        lambda: ops.save_session(db, session_id, draft(kind_id="bowling")),
        lambda: ops.set_status(db, session_id, "postponed"),
        lambda: ops.set_notes(db, session_id, bring_up="x" * 100_001),
        lambda: ops.set_feelings(db, session_id, 11, None),
        lambda: ops.set_partner(db, session_id, "declined"),
        lambda: ops.add_provider(db, ""),
        lambda: ops.add_homework(db, session_id, ""),
        lambda: ops.add_homework(db, session_id, "Read", date(1900, 1, 1)),
        lambda: ops.add_topic(db, "t" * 501),
        lambda: ops.add_topic(db, "ok", "Not A Kind"),
        lambda: ops.create_schedule(db, date(2026, 3, 1), replace(WEEKLY, weekdays=frozenset())),
        lambda: ops.change_schedule_from(db, schedule_id, date(2026, 2, 1), WEEKLY),
        lambda: ops.end_schedule(db, schedule_id, date(1900, 1, 1)),
        lambda: ops.set_weekly_target(db, 0),
        lambda: ops.set_weekly_target(db, 168 * 60 + 1),
    ]


def test_a_refused_value_changes_nothing_and_is_a_user_error(vault: Vault, clock: Clock) -> None:
    db = vault.connection
    session_id = ops.create_session(db, draft(bring_up="kept"), clock=clock).value.id
    ops.add_homework(db, session_id, "Walk", clock=clock)
    schedule_id = (
        ops.create_schedule(db, date(2026, 3, 1), WEEKLY, clock=clock, zone=NY).value[0].id
    )
    for call in _refusals(db, session_id, schedule_id):
        refused(db, call, "bowling", "postponed", "Not A Kind")
    with pytest.raises(InvalidSession) as caught:
        ops.set_weekly_target(db, 0)
    assert isinstance(caught.value, UserError)


def test_missing_things_are_not_found_and_change_nothing(vault: Vault, clock: Clock) -> None:
    db = vault.connection
    session_id = ops.create_session(db, draft(), clock=clock).value.id
    topic_id = ops.add_topic(db, "Sleep", clock=clock).value.id
    for call in (
        lambda: ops.save_session(db, 999, draft()),
        lambda: ops.delete_session(db, 999),
        lambda: ops.restore_session(db, 999),
        lambda: ops.purge_session(db, session_id),  # not in the trash
        lambda: ops.add_homework(db, 999, "Walk"),
        lambda: ops.delete_homework(db, 999),
        lambda: ops.tick_off_topic(db, topic_id, 999),
        lambda: ops.tick_off_topic(db, 999, session_id),
        lambda: ops.save_provider(db, 999, "x", "", ""),
        lambda: ops.delete_provider(db, 999),
        lambda: ops.end_schedule(db, 999),
        lambda: ops.link_entry(db, session_id, 999),
    ):
        refused(db, call, error=NotFound)


def test_a_failure_part_way_rolls_the_whole_operation_back(vault: Vault, clock: Clock) -> None:
    db = vault.connection
    ops.create_session(db, draft(), clock=clock)
    # A real failure in the middle of planning: the fourth session cannot be written.
    db.execute(
        "CREATE TEMP TRIGGER fail_midway BEFORE INSERT ON sessions"
        " WHEN NEW.schedule_day = '2026-03-22' BEGIN SELECT RAISE(ABORT, 'disk trouble'); END"
    )
    before = snapshot(db)
    with pytest.raises(Exception, match="disk trouble"):
        ops.create_schedule(db, date(2026, 3, 1), WEEKLY, clock=clock, zone=NY)
    assert snapshot(db) == before
    assert not db.in_transaction
    db.execute("DROP TRIGGER fail_midway")
    assert ops.create_schedule(db, date(2026, 3, 1), WEEKLY, clock=clock, zone=NY).value[1] == 13


def test_ops_nest_inside_a_callers_transaction(vault: Vault, clock: Clock) -> None:
    db = vault.connection
    db.execute("BEGIN")
    ops.create_session(db, draft(), clock=clock)
    with pytest.raises(InvalidSession):
        ops.create_session(db, draft(minutes=0), clock=clock)
    assert db.in_transaction
    db.execute("ROLLBACK")
    assert count(db, "sessions") == 0
    assert SessionRepository(db, clock).past() == []
