"""The sessions operations that change data; each runs in one transaction and says
what it changed.

Run on the database worker (docs/ARCHITECTURE.md, "Threads"): they take the vault's
connection, which belongs to that thread. ``clock`` (and ``zone`` for schedules) can
be injected; the defaults are this computer's time. A refused value raises before
anything is written, and a failure part-way rolls the whole operation back.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime, tzinfo
from typing import TypeVar

from app.platform import timestamps
from app.platform.changes import Changes, OpResult, Topic, in_transaction
from app.platform.sql import Connection
from app.sessions.bring_up import TopicRepository
from app.sessions.homework import HomeworkRepository
from app.sessions.hours import ProgramHours
from app.sessions.kinds import SessionKind
from app.sessions.model import (
    DeletionInfo,
    HomeworkItem,
    Partner,
    Provider,
    Schedule,
    SchedulePattern,
    Session,
    SessionDraft,
    Status,
)
from app.sessions.model import Topic as BringUpTopic
from app.sessions.repository import ProviderRepository, SessionRepository
from app.sessions.schedules import ScheduleRepository

SESSIONS = Topic("sessions.sessions")
HOMEWORK = Topic("sessions.homework")
TOPICS = Topic("sessions.bring_up")
PROVIDERS = Topic("sessions.providers")
SCHEDULES = Topic("sessions.schedules")
SETTINGS = Topic("sessions.settings")
ALL_TOPICS = (SESSIONS, HOMEWORK, TOPICS, PROVIDERS, SCHEDULES, SETTINGS)

Clock = Callable[[], datetime]
Kinds = Sequence[SessionKind] | None
T = TypeVar("T")

_NOW = timestamps.local_now
# What goes with a session to the trash and back.
_WITH_SESSION = (SESSIONS, HOMEWORK, TOPICS)


# ----- sessions ---------------------------------------------------------------------


def create_session(
    connection: Connection, draft: SessionDraft, *, clock: Clock = _NOW, kinds: Kinds = None
) -> OpResult[Session]:
    repo = SessionRepository(connection, clock, kinds)
    return in_transaction(connection, lambda: repo.create(draft), SESSIONS)


def save_session(
    connection: Connection,
    session_id: int,
    draft: SessionDraft,
    *,
    clock: Clock = _NOW,
    kinds: Kinds = None,
) -> OpResult[Session]:
    """Save every field; on a schedule's session a change of time, length, kind, format
    or provider is "change this one only" (it becomes individually changed)."""
    repo = SessionRepository(connection, clock, kinds)
    return in_transaction(connection, lambda: repo.save(session_id, draft), SESSIONS)


def set_status(
    connection: Connection, session_id: int, status: Status, *, clock: Clock = _NOW
) -> OpResult[Session]:
    repo = SessionRepository(connection, clock)
    return in_transaction(connection, lambda: repo.set_status(session_id, status), SESSIONS)


def set_notes(
    connection: Connection,
    session_id: int,
    *,
    bring_up: str | None = None,
    takeaways: str | None = None,
    clock: Clock = _NOW,
) -> OpResult[Session]:
    repo = SessionRepository(connection, clock)
    return in_transaction(
        connection,
        lambda: repo.set_notes(session_id, bring_up=bring_up, takeaways=takeaways),
        SESSIONS,
    )


def set_feelings(
    connection: Connection,
    session_id: int,
    before: int | None,
    after: int | None,
    *,
    clock: Clock = _NOW,
) -> OpResult[Session]:
    repo = SessionRepository(connection, clock)
    return in_transaction(
        connection, lambda: repo.set_feelings(session_id, before, after), SESSIONS
    )


def set_partner(
    connection: Connection, session_id: int, partner: Partner, *, clock: Clock = _NOW
) -> OpResult[Session]:
    repo = SessionRepository(connection, clock)
    return in_transaction(connection, lambda: repo.set_partner(session_id, partner), SESSIONS)


def link_entry(connection: Connection, session_id: int, entry_id: int) -> OpResult[None]:
    repo = SessionRepository(connection)
    return in_transaction(connection, lambda: repo.link_entry(session_id, entry_id), SESSIONS)


def unlink_entry(connection: Connection, session_id: int, entry_id: int) -> OpResult[None]:
    repo = SessionRepository(connection)
    return in_transaction(connection, lambda: repo.unlink_entry(session_id, entry_id), SESSIONS)


def delete_session(
    connection: Connection, session_id: int, *, clock: Clock = _NOW
) -> OpResult[DeletionInfo]:
    """To the trash, with its homework; the value says what went with it."""
    repo = SessionRepository(connection, clock)
    return in_transaction(connection, lambda: repo.delete(session_id), *_WITH_SESSION)


def restore_session(connection: Connection, session_id: int) -> OpResult[None]:
    repo = SessionRepository(connection)
    return in_transaction(connection, lambda: repo.restore(session_id), *_WITH_SESSION)


def purge_session(connection: Connection, session_id: int) -> OpResult[None]:
    repo = SessionRepository(connection)
    return in_transaction(connection, lambda: repo.purge(session_id), *_WITH_SESSION)


def purge_expired(connection: Connection, *, clock: Clock = _NOW) -> OpResult[int]:
    """Remove sessions in the trash for 30 days or more; the value is how many."""
    repo = SessionRepository(connection, clock)
    result = in_transaction(connection, repo.purge_expired, *_WITH_SESSION)
    return result if result.value else OpResult(0, Changes())


# ----- providers --------------------------------------------------------------------


def add_provider(
    connection: Connection, name: str, role: str = "", notes: str = "", *, clock: Clock = _NOW
) -> OpResult[Provider]:
    repo = ProviderRepository(connection, clock)
    return in_transaction(connection, lambda: repo.add(name, role, notes), PROVIDERS)


def save_provider(
    connection: Connection,
    provider_id: int,
    name: str,
    role: str,
    notes: str,
    *,
    clock: Clock = _NOW,
) -> OpResult[Provider]:
    repo = ProviderRepository(connection, clock)
    return in_transaction(
        connection, lambda: repo.save(provider_id, name, role, notes), PROVIDERS, SESSIONS
    )


def delete_provider(connection: Connection, provider_id: int) -> OpResult[int]:
    """Remove a provider; sessions keep its name as text. The value: how many did."""
    repo = ProviderRepository(connection)
    return in_transaction(
        connection, lambda: repo.delete(provider_id), PROVIDERS, SESSIONS, SCHEDULES
    )


# ----- homework ---------------------------------------------------------------------


def add_homework(
    connection: Connection,
    session_id: int,
    text: str,
    due: date | None = None,
    *,
    clock: Clock = _NOW,
) -> OpResult[HomeworkItem]:
    repo = HomeworkRepository(connection, clock)
    return in_transaction(connection, lambda: repo.add(session_id, text, due), HOMEWORK)


def save_homework(
    connection: Connection, item_id: int, text: str, due: date | None, *, clock: Clock = _NOW
) -> OpResult[HomeworkItem]:
    repo = HomeworkRepository(connection, clock)
    return in_transaction(connection, lambda: repo.save(item_id, text, due), HOMEWORK)


def set_homework_done(
    connection: Connection, item_id: int, done: bool, *, clock: Clock = _NOW
) -> OpResult[HomeworkItem]:
    repo = HomeworkRepository(connection, clock)
    return in_transaction(connection, lambda: repo.set_done(item_id, done), HOMEWORK)


def delete_homework(connection: Connection, item_id: int) -> OpResult[None]:
    repo = HomeworkRepository(connection)
    return in_transaction(connection, lambda: repo.delete(item_id), HOMEWORK)


# ----- "bring up next time" ---------------------------------------------------------


def add_topic(
    connection: Connection,
    text: str,
    source_kind: str = "",
    source_ref: str = "",
    *,
    clock: Clock = _NOW,
) -> OpResult[BringUpTopic]:
    repo = TopicRepository(connection, clock)
    return in_transaction(connection, lambda: repo.add(text, source_kind, source_ref), TOPICS)


def save_topic(connection: Connection, topic_id: int, text: str) -> OpResult[BringUpTopic]:
    repo = TopicRepository(connection)
    return in_transaction(connection, lambda: repo.save(topic_id, text), TOPICS)


def tick_off_topic(
    connection: Connection, topic_id: int, session_id: int, *, clock: Clock = _NOW
) -> OpResult[BringUpTopic]:
    repo = TopicRepository(connection, clock)
    return in_transaction(connection, lambda: repo.tick_off(topic_id, session_id), TOPICS)


def reopen_topic(connection: Connection, topic_id: int) -> OpResult[BringUpTopic]:
    repo = TopicRepository(connection)
    return in_transaction(connection, lambda: repo.reopen(topic_id), TOPICS)


def delete_topic(connection: Connection, topic_id: int) -> OpResult[None]:
    repo = TopicRepository(connection)
    return in_transaction(connection, lambda: repo.delete(topic_id), TOPICS)


# ----- schedules --------------------------------------------------------------------


def create_schedule(
    connection: Connection,
    first_day: date,
    pattern: SchedulePattern,
    last_day: date | None = None,
    *,
    clock: Clock = _NOW,
    kinds: Kinds = None,
    zone: tzinfo | None = None,
) -> OpResult[tuple[Schedule, int]]:
    """A schedule and its planned sessions; the value is (schedule, sessions planned)."""
    repo = ScheduleRepository(connection, clock, kinds, zone)
    return in_transaction(
        connection, lambda: repo.create(first_day, pattern, last_day), SCHEDULES, SESSIONS
    )


def extend_schedules(
    connection: Connection,
    until: date | None = None,
    *,
    clock: Clock = _NOW,
    zone: tzinfo | None = None,
) -> OpResult[int]:
    """Plan sessions up to the horizon (call at start-up and daily); safe to repeat."""
    repo = ScheduleRepository(connection, clock, zone=zone)
    result = in_transaction(connection, lambda: repo.extend(until), SCHEDULES, SESSIONS)
    return result if result.value else OpResult(0, Changes())


def change_schedule_from(
    connection: Connection,
    schedule_id: int,
    day: date,
    pattern: SchedulePattern,
    *,
    clock: Clock = _NOW,
    kinds: Kinds = None,
    zone: tzinfo | None = None,
) -> OpResult[Schedule]:
    """ "This and all following" from ``day``; see ``app.sessions.schedules``."""
    repo = ScheduleRepository(connection, clock, kinds, zone)
    return in_transaction(
        connection, lambda: repo.change_from(schedule_id, day, pattern), SCHEDULES, SESSIONS
    )


def end_schedule(
    connection: Connection,
    schedule_id: int,
    last_day: date | None = None,
    *,
    clock: Clock = _NOW,
) -> OpResult[int]:
    """The schedule's last day; the value is how many planned sessions were removed."""
    repo = ScheduleRepository(connection, clock)
    return in_transaction(connection, lambda: repo.end(schedule_id, last_day), SCHEDULES, SESSIONS)


# ----- settings ---------------------------------------------------------------------


def set_weekly_target(connection: Connection, minutes: int | None) -> OpResult[None]:
    """The person's weekly target in minutes, or None for no target."""
    hours = ProgramHours(connection)
    return in_transaction(connection, lambda: hours.set_weekly_target(minutes), SETTINGS)
