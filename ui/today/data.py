"""What the Today page shows, read in one small job on the database worker.

Qt-free. Every part is a handful of indexed queries (a day's check-in by its key, the
soonest planned session, homework by due day, the open "bring up" queue) plus two
content files read once per process, so the job takes the same time with a hundred
thousand entries as with ten: nothing here counts or scans the journal.

Each part is read on its own: one that fails becomes :class:`Failed` (only the
error's type is kept, never its message, which could quote what was written) and the
others still show.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Final, TypeVar

from app.checkins.model import CheckIn
from app.checkins.repository import CheckInRepository
from app.content.encouragement import line_of_the_day
from app.content.prompts import prompt_of_the_day
from app.journal.model import Prompt
from app.sessions import kinds
from app.sessions.bring_up import TopicRepository
from app.sessions.homework import HomeworkRepository
from app.sessions.model import Format, HomeworkItem, TodayHomework
from app.sessions.repository import SessionRepository

if TYPE_CHECKING:
    from app.platform.sql import Connection
    from app.vault.vault import Vault

log = logging.getLogger(__name__)

T = TypeVar("T")

# How many open "bring up next time" topics the page lists by name.
TOPICS_SHOWN: Final = 3


@dataclass(frozen=True)
class Failed:
    """A part that could not be read; ``error`` is the exception's type name only."""

    error: str


@dataclass(frozen=True)
class NextSession:
    """The soonest planned session that is not over yet."""

    id: int
    start: datetime  # aware
    minutes: int
    kind_name: str  # English, from the content; the page translates it
    format: Format
    provider: str  # the linked provider's name, else the free-text one, else ""

    @property
    def end(self) -> datetime:
        return self.start + timedelta(minutes=self.minutes)


@dataclass(frozen=True)
class OpenTopics:
    """The open "bring up next time" queue: how many, and the oldest few."""

    count: int
    first: tuple[str, ...]


@dataclass(frozen=True)
class TodayData:
    day: date
    checkin: CheckIn | Failed | None
    next_session: NextSession | Failed | None
    homework: TodayHomework | Failed
    topics: OpenTopics | Failed
    prompt: Prompt | Failed
    encouragement: str | Failed


def _part(name: str, read: Callable[[], T]) -> T | Failed:
    try:
        return read()
    except Exception as error:
        # Names only: a message could quote a note or a homework item.
        log.error("today: the %s could not be read (%s)", name, type(error).__name__)
        return Failed(type(error).__name__)


def _next_session(connection: Connection, now: datetime) -> NextSession | None:
    found = SessionRepository(connection, lambda: now).next_planned()
    if found is None:
        return None
    return NextSession(
        id=found.id,
        start=found.start,
        minutes=found.minutes,
        kind_name=kinds.resolve(found.kind_id).name,
        format=found.format,
        provider=found.provider_name or found.provider_text,
    )


def _topics(connection: Connection) -> OpenTopics:
    found = TopicRepository(connection).open_topics()
    return OpenTopics(len(found), tuple(topic.text for topic in found[:TOPICS_SHOWN]))


def read_today(connection: Connection, now: datetime) -> TodayData:
    """Everything Today shows for the local day of ``now`` (an aware datetime)."""
    day = now.date()
    return TodayData(
        day=day,
        checkin=_part("check-in", lambda: CheckInRepository(connection).get(day)),
        next_session=_part("next session", lambda: _next_session(connection, now)),
        homework=_part("homework", lambda: HomeworkRepository(connection, lambda: now).today(day)),
        topics=_part("topics", lambda: _topics(connection)),
        prompt=_part("prompt", lambda: prompt_of_the_day(day)),
        encouragement=_part("encouragement", lambda: line_of_the_day(day).text),
    )


def load_job(now: datetime) -> Callable[[Vault], TodayData]:
    """The worker job for ``session.submit``."""

    def job(vault: Vault) -> TodayData:
        return read_today(vault.connection, now)

    return job


def homework_items(homework: TodayHomework) -> list[HomeworkItem]:
    """Due today first, then overdue (the most recent first: an old one is the least
    pressing), then undated items from recent sessions (newest first)."""
    overdue = sorted(homework.overdue, key=lambda item: item.due or date.min, reverse=True)
    return [*homework.due_today, *overdue, *homework.undated]


def done_op(item_id: int, done: bool, now: Callable[[], datetime]) -> Callable[[Vault], object]:
    """The operation that ticks a homework item off (or opens it again)."""

    def op(vault: Vault) -> object:
        from app.sessions import ops

        return ops.set_homework_done(vault.connection, item_id, done, clock=now)

    return op
