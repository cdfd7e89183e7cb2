"""Homework (with "Today") and the "bring up next time" topics, on a real vault."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from sessions_helpers import NOW, Clock, at, count, draft, open_vault, refused

from app.sessions.bring_up import TopicRepository
from app.sessions.errors import NotFound
from app.sessions.homework import HomeworkRepository
from app.sessions.model import MAX_HOMEWORK_CHARS, MAX_TOPIC_CHARS, Status
from app.sessions.repository import SessionRepository
from app.vault.vault import Vault

TODAY = NOW.date()  # Wednesday 4 March 2026


@pytest.fixture
def vault(tmp_path: Path) -> Iterator[Vault]:
    yield from open_vault(tmp_path)


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def sessions(vault: Vault, clock: Clock) -> SessionRepository:
    return SessionRepository(vault.connection, clock)


@pytest.fixture
def homework(vault: Vault, clock: Clock) -> HomeworkRepository:
    return HomeworkRepository(vault.connection, clock)


@pytest.fixture
def topics(vault: Vault, clock: Clock) -> TopicRepository:
    return TopicRepository(vault.connection, clock)


def _day(month: int, day: int) -> date:
    return date(2026, month, day)


# ----- homework -----------------------------------------------------------------------


def test_homework_add_save_tick_off_and_delete(
    vault: Vault, sessions: SessionRepository, homework: HomeworkRepository, clock: Clock
) -> None:
    session = sessions.create(draft(start=at(2, 18)))
    item = homework.add(session.id, "  Walk after\n dinner ", _day(3, 6))
    assert (item.session_id, item.text, item.due) == (session.id, "Walk after dinner", _day(3, 6))
    assert item.session_start == at(2, 18)
    assert (item.done, item.done_at, item.created) == (False, None, NOW)
    assert homework.get(item.id) == item

    saved = homework.save(item.id, "Walk before dinner", None)
    assert (saved.text, saved.due) == ("Walk before dinner", None)
    clock.advance(hours=3)
    done = homework.set_done(item.id, True)
    assert done.done and done.done_at == NOW + timedelta(hours=3)
    clock.advance(days=1)
    assert homework.set_done(item.id, True).done_at == NOW + timedelta(hours=3)  # kept
    assert homework.done_between(TODAY, TODAY) == [done]
    assert homework.done_between(TODAY + timedelta(days=1), TODAY + timedelta(days=9)) == []
    reopened = homework.set_done(item.id, False)
    assert (reopened.done, reopened.done_at) == (False, None)
    assert homework.done_between(TODAY, TODAY) == []

    homework.delete(item.id)
    for call in (
        lambda: homework.get(item.id),
        lambda: homework.delete(item.id),
        lambda: homework.save(item.id, "x", None),
        lambda: homework.set_done(item.id, True),
    ):
        with pytest.raises(NotFound, match=r"^That homework item no longer exists\.$"):
            call()
    with pytest.raises(NotFound, match=r"^That session no longer exists\.$"):
        homework.add(999, "Anything")


def test_homework_text_and_due_date_are_checked(
    vault: Vault, sessions: SessionRepository, homework: HomeworkRepository
) -> None:
    session = sessions.create(draft())
    item = homework.add(session.id, "h" * MAX_HOMEWORK_CHARS)
    assert len(item.text) == 1000
    connection = vault.connection
    refused(connection, lambda: homework.add(session.id, ""))
    refused(connection, lambda: homework.add(session.id, " \n\t "))
    refused(connection, lambda: homework.add(session.id, "Private " + "h" * 1000), "Private")
    refused(connection, lambda: homework.add(session.id, "Read", date(1900, 1, 1)), "1900")
    refused(connection, lambda: homework.add(session.id, "Read", date(2100, 1, 1)), "2100")
    refused(connection, lambda: homework.add(session.id, "Read", NOW))
    refused(connection, lambda: homework.save(item.id, "", None))
    refused(connection, lambda: homework.save(item.id, "ok", date(1969, 12, 31)))
    assert homework.add(session.id, "Edge", date(2099, 12, 31)).due == date(2099, 12, 31)
    assert homework.add(session.id, "Edge", date(1970, 1, 1)).due == date(1970, 1, 1)


def test_homework_of_a_session_in_the_trash_cannot_change(
    vault: Vault, sessions: SessionRepository, homework: HomeworkRepository
) -> None:
    session = sessions.create(draft())
    item = homework.add(session.id, "Journal nightly")
    sessions.delete(session.id)
    before = homework.for_session(session.id)
    assert [i.id for i in before] == [item.id]  # its page can still show it
    for call in (
        lambda: homework.add(session.id, "More"),
        lambda: homework.save(item.id, "Changed", None),
        lambda: homework.set_done(item.id, True),
        lambda: homework.delete(item.id),
    ):
        refused(vault.connection, call, error=NotFound)
    sessions.restore(session.id)
    assert homework.set_done(item.id, True).done


def test_today_lists_overdue_due_today_and_recent_undated_homework(
    vault: Vault, sessions: SessionRepository, homework: HomeworkRepository
) -> None:
    recent = sessions.create(draft(start=at(2, 18), status=Status.ATTENDED))
    old = sessions.create(draft(start=at(10, 18, month=2), status=Status.ATTENDED))
    edge = sessions.create(draft(start=at(19, 9, month=2), status=Status.ATTENDED))  # 13 days
    too_old = sessions.create(draft(start=at(18, 20, month=2), status=Status.ATTENDED))
    later_today = sessions.create(draft(start=at(4, 19)))
    tomorrow = sessions.create(draft(start=at(5, 18)))
    missed = sessions.create(draft(start=at(3, 8), status=Status.MISSED))
    cancelled = sessions.create(draft(start=at(3, 18), status=Status.CANCELLED))
    trashed = sessions.create(draft(start=at(3, 12), status=Status.ATTENDED))

    due_mar3 = homework.add(recent.id, "Call my sponsor", _day(3, 3))
    due_mar1 = homework.add(recent.id, "Gratitude list", _day(3, 1))
    due_today = homework.add(recent.id, "Sleep log", TODAY)
    homework.add(recent.id, "Plan the weekend", _day(3, 10))  # not due yet
    undated_recent = homework.add(recent.id, "Notice triggers")
    homework.set_done(homework.add(recent.id, "Done already").id, True)
    homework.set_done(homework.add(recent.id, "Done and overdue", _day(3, 1)).id, True)
    due_feb20 = homework.add(old.id, "Old but overdue", _day(2, 20))
    homework.add(old.id, "Old and undated")
    undated_edge = homework.add(edge.id, "Edge of the fortnight")
    homework.add(too_old.id, "Just too old")
    undated_today = homework.add(later_today.id, "Bring the worksheet")
    not_yet = homework.add(tomorrow.id, "Not yet")
    undated_missed = homework.add(missed.id, "From a missed one")
    homework.add(cancelled.id, "Cancelled, undated")
    homework.add(cancelled.id, "Cancelled, due today", TODAY)
    homework.add(cancelled.id, "Cancelled, overdue", _day(3, 2))
    homework.add(trashed.id, "Trashed, undated")
    homework.add(trashed.id, "Trashed, overdue", _day(3, 1))
    sessions.delete(trashed.id)

    today = homework.today()
    assert [i.id for i in today.overdue] == [due_feb20.id, due_mar1.id, due_mar3.id]
    assert [i.id for i in today.due_today] == [due_today.id]
    assert [i.id for i in today.undated] == [
        undated_today.id,
        undated_missed.id,
        undated_recent.id,
        undated_edge.id,
    ]
    assert homework.today(TODAY) == today
    # A week on, the fortnight has moved and more is overdue.
    week_on = homework.today(TODAY + timedelta(days=7))
    assert [i.text for i in week_on.overdue][-1] == "Plan the weekend"
    assert [i.id for i in week_on.undated] == [
        not_yet.id,
        undated_today.id,
        undated_missed.id,
        undated_recent.id,
    ]
    refused(vault.connection, lambda: homework.today(date(1900, 1, 1)))


def test_homework_counts_per_period(
    vault: Vault, sessions: SessionRepository, homework: HomeworkRepository
) -> None:
    march = sessions.create(draft(start=at(2)))
    february = sessions.create(draft(start=at(20, month=2)))
    for n in range(3):
        homework.add(march.id, f"Open {n}")
    homework.set_done(homework.add(march.id, "Done").id, True)
    homework.add(february.id, "February")
    assert homework.counts(_day(3, 1), _day(3, 31)) == (1, 3)
    assert homework.counts(_day(2, 1), _day(3, 31)) == (1, 4)
    assert homework.counts(_day(4, 1), _day(4, 30)) == (0, 0)


# ----- topics -------------------------------------------------------------------------------


def test_topics_add_save_tick_off_reopen_and_delete(
    vault: Vault, sessions: SessionRepository, topics: TopicRepository, clock: Clock
) -> None:
    session = sessions.create(draft(start=at(5)))
    topic = topics.add(" Sleep\nagain ", "entry", "42")
    assert (topic.text, topic.source_kind, topic.source_ref) == ("Sleep again", "entry", "42")
    assert (topic.added, topic.done_session_id, topic.done_at) == (NOW, None, None)
    assert topics.get(topic.id) == topic
    assert topics.save(topic.id, "Sleeping badly").text == "Sleeping badly"
    clock.advance(days=1)
    ticked = topics.tick_off(topic.id, session.id)
    assert (ticked.done_session_id, ticked.done_at) == (session.id, NOW + timedelta(days=1))
    assert topics.open_topics() == []
    assert topics.ticked_off_at(session.id) == [ticked]
    reopened = topics.reopen(topic.id)
    assert (reopened.done_session_id, reopened.done_at) == (None, None)
    assert topics.open_topics() == [reopened]
    topics.delete(topic.id)
    assert count(vault.connection, "session_topics") == 0
    for call in (
        lambda: topics.get(topic.id),
        lambda: topics.save(topic.id, "x"),
        lambda: topics.tick_off(topic.id, session.id),
        lambda: topics.reopen(topic.id),
        lambda: topics.delete(topic.id),
    ):
        with pytest.raises(NotFound, match=r"^That topic no longer exists\.$"):
            call()


def test_topic_text_and_source_are_checked(vault: Vault, topics: TopicRepository) -> None:
    assert len(topics.add("t" * MAX_TOPIC_CHARS).text) == 500
    assert topics.add("From nowhere", "", "ignored").source_ref == ""
    connection = vault.connection
    refused(connection, lambda: topics.add(""))
    refused(connection, lambda: topics.add("Private " + "t" * 500), "Private")
    refused(connection, lambda: topics.add("ok", "Entry"), "Entry")
    refused(connection, lambda: topics.add("ok", "journal entry"), "journal")
    refused(connection, lambda: topics.add("ok", "entry", "r" * 201))
    refused(connection, lambda: topics.add("ok", "entry", 42))
    assert topics.add("ok", "checkin", "2026-03-04").source_kind == "checkin"


def test_a_session_shows_the_open_queue_then_what_was_ticked_off_at_it(
    vault: Vault, sessions: SessionRepository, topics: TopicRepository, clock: Clock
) -> None:
    last_week = sessions.create(draft(start=at(25, month=2), status=Status.ATTENDED))
    next_one = sessions.create(draft(start=at(5)))
    after = sessions.create(draft(start=at(12)))
    first = topics.add("Cravings after work")
    clock.advance(minutes=1)
    second = topics.add("Family dinner")
    clock.advance(minutes=1)
    third = topics.add("A good week")
    clock.advance(minutes=1)
    fourth = topics.add("Sleep")
    topics.tick_off(second.id, last_week.id)

    next_planned = sessions.next_planned()
    assert next_planned is not None and next_planned.id == next_one.id
    queue = [first.id, third.id, fourth.id]
    assert [t.id for t in topics.for_session(next_one.id)] == queue
    assert [t.id for t in topics.for_session(after.id)] == queue
    assert [t.id for t in topics.for_session(last_week.id)] == [*queue, second.id]
    assert [t.id for t in sessions.detail(next_one.id).topics] == queue

    clock.advance(days=1)
    topics.tick_off(fourth.id, next_one.id)
    clock.advance(minutes=1)
    topics.tick_off(first.id, next_one.id)
    assert [t.id for t in topics.for_session(next_one.id)] == [third.id, fourth.id, first.id]
    assert [t.id for t in topics.for_session(after.id)] == [third.id]
    assert [t.id for t in topics.ticked_off_at(next_one.id)] == [fourth.id, first.id]

    # Ticked off at a session in the trash: hidden with it, back with it.
    sessions.delete(next_one.id)
    assert [t.id for t in topics.open_topics()] == [third.id]
    refused(vault.connection, lambda: topics.tick_off(third.id, next_one.id), error=NotFound)
    sessions.restore(next_one.id)
    assert [t.id for t in topics.ticked_off_at(next_one.id)] == [fourth.id, first.id]
