"""Work for the database worker thread (never call these on the UI thread).

Each function returns a callable that takes the open vault; reads return values,
changes are operations (``app.sessions.ops``) returning ``OpResult`` for
``session.run_op``. Repositories are built inside, on the worker, because the
connection belongs to that thread. ``clock`` is the page's "now".
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from app.invitations.partner import PlannerAsk
    from app.platform.changes import OpResult
    from app.sessions.model import (
        Attendance,
        DeletionInfo,
        Provider,
        Schedule,
        SchedulePattern,
        SessionDetail,
        SessionDraft,
        SessionFilter,
        SessionSummary,
        Status,
        Streaks,
        Topic,
        WeekHours,
    )
    from app.sessions.partner import PartnerMoment, PartnerSummary
    from app.vault.vault import Vault

T = TypeVar("T")
Clock = Callable[[], datetime]
OnVault = Callable[["Vault"], T]
Cursor = tuple[str, int]

UPCOMING_LIMIT = 200
UNMARKED_LIMIT = 50
HISTORY_LIMIT = 100


# ----- reads --------------------------------------------------------------------------


@dataclass(frozen=True)
class Overview:
    """What the Upcoming tab shows."""

    upcoming: list[SessionSummary]
    unmarked: list[SessionSummary]
    topics: list[Topic]  # the open "bring up" queue (and those ticked off at the next one)
    has_past: bool


def overview(clock: Clock) -> OnVault[Overview]:
    def job(vault: Vault) -> Overview:
        from app.sessions.bring_up import TopicRepository
        from app.sessions.repository import SessionRepository

        repo = SessionRepository(vault.connection, clock)
        topics = TopicRepository(vault.connection, clock)
        upcoming = repo.upcoming(UPCOMING_LIMIT)
        return Overview(
            upcoming=upcoming,
            unmarked=repo.unmarked(UNMARKED_LIMIT),
            # On the next session: the open queue and what was ticked off there.
            topics=topics.for_session(upcoming[0].id) if upcoming else topics.open_topics(),
            has_past=bool(repo.past(limit=1)),
        )

    return job


@dataclass(frozen=True)
class Page:
    """One keyset page of past sessions."""

    rows: list[SessionSummary]
    cursor: Cursor | None


def past_page(
    session_filter: SessionFilter, after: Cursor | None, limit: int, clock: Clock
) -> OnVault[Page]:
    def job(vault: Vault) -> Page:
        from app.sessions.repository import SessionRepository

        repo = SessionRepository(vault.connection, clock)
        rows = repo.past(session_filter, after=after, limit=limit)
        return Page(rows, repo.cursor_of(rows[-1]) if rows else after)

    return job


def month(year: int, month_number: int) -> OnVault[list[SessionSummary]]:
    def job(vault: Vault) -> list[SessionSummary]:
        from app.sessions.repository import SessionRepository

        return SessionRepository(vault.connection).month(year, month_number)

    return job


@dataclass(frozen=True)
class HoursView:
    """What the program hours panel shows."""

    weeks: list[WeekHours]
    target: int | None
    streaks: Streaks
    attendance: list[Attendance]
    first: date
    last: date


def hours(weeks: int, first_weekday: int, clock: Clock) -> OnVault[HoursView]:
    def job(vault: Vault) -> HoursView:
        from app.sessions.hours import ProgramHours

        today = clock().date()
        first = today - timedelta(weeks=weeks - 1)
        program = ProgramHours(vault.connection, clock)
        weekly = program.weekly(first, today, first_weekday=first_weekday)
        start = weekly[0].week_start if weekly else first
        return HoursView(
            weeks=weekly,
            target=program.weekly_target(),
            streaks=program.streaks(first_weekday=first_weekday),
            attendance=program.attendance(start, today),
            first=start,
            last=today,
        )

    return job


@dataclass(frozen=True)
class PartnerView:
    summary: PartnerSummary
    history: list[PartnerMoment]  # newest first, at most HISTORY_LIMIT
    # Asks noted in the invitation planner: how many, and the newest (HISTORY_LIMIT).
    planner_count: int = 0
    planner: list[PlannerAsk] = field(default_factory=list)


def partner() -> OnVault[PartnerView]:
    def job(vault: Vault) -> PartnerView:
        # The planner's asks come from the planner (app/invitations/partner.py): the
        # sessions core knows nothing of it, so the imports go one way.
        from app.invitations.partner import planner_asks
        from app.sessions.partner import PartnerHistory

        history = PartnerHistory(vault.connection)
        moments = history.history()
        asks = planner_asks(vault.connection, HISTORY_LIMIT)
        return PartnerView(
            history.summary(), moments[::-1][:HISTORY_LIMIT], asks.count, asks.newest
        )

    return job


@dataclass(frozen=True)
class EditorData:
    """What the editor needs: the session with its homework and topics (None for a new
    one), the providers to pick from, the open topics, the session's schedule and its
    linked journal entries."""

    detail: SessionDetail | None
    providers: list[Provider]
    topics: list[Topic]
    schedule: Schedule | None
    entries: tuple[EntryChoice, ...] = ()  # the session's linked (live) journal entries


def editor_data(session_id: int | None, clock: Clock) -> OnVault[EditorData]:
    def job(vault: Vault) -> EditorData:
        from app.sessions.bring_up import TopicRepository
        from app.sessions.repository import ProviderRepository, SessionRepository
        from app.sessions.schedules import ScheduleRepository

        connection = vault.connection
        detail = None
        schedule = None
        if session_id is not None:
            detail = SessionRepository(connection, clock).detail(session_id)
            if detail.session.schedule_id is not None:
                schedule = ScheduleRepository(connection, clock).get(detail.session.schedule_id)
        return EditorData(
            detail=detail,
            providers=ProviderRepository(connection, clock).all(),
            topics=TopicRepository(connection, clock).open_topics(),
            schedule=schedule,
            entries=tuple(_linked_choices(vault, detail.entry_ids)) if detail else (),
        )

    return job


def detail(session_id: int, clock: Clock) -> OnVault[SessionDetail]:
    def job(vault: Vault) -> SessionDetail:
        from app.sessions.repository import SessionRepository

        return SessionRepository(vault.connection, clock).detail(session_id)

    return job


def providers() -> OnVault[list[Provider]]:
    def job(vault: Vault) -> list[Provider]:
        from app.sessions.repository import ProviderRepository

        return ProviderRepository(vault.connection).all()

    return job


def overlapping(
    start: datetime, minutes: int, exclude: int | None
) -> OnVault[list[SessionSummary]]:
    def job(vault: Vault) -> list[SessionSummary]:
        from app.sessions.errors import InvalidSession
        from app.sessions.repository import SessionRepository

        try:
            return SessionRepository(vault.connection).overlapping_time(start, minutes, exclude)
        except InvalidSession:  # the form says what is wrong when it is saved
            return []

    return job


def deletion_info(session_id: int) -> OnVault[DeletionInfo]:
    def job(vault: Vault) -> DeletionInfo:
        from app.sessions.repository import SessionRepository

        return SessionRepository(vault.connection).deletion_info(session_id)

    return job


# ----- changes ------------------------------------------------------------------------


def create_session(draft: SessionDraft, clock: Clock) -> OnVault[OpResult[Any]]:
    def op(vault: Vault) -> OpResult[Any]:
        from app.sessions import ops

        return ops.create_session(vault.connection, draft, clock=clock)

    return op


def save_session(session_id: int, draft: SessionDraft, clock: Clock) -> OnVault[OpResult[Any]]:
    def op(vault: Vault) -> OpResult[Any]:
        from app.sessions import ops

        return ops.save_session(vault.connection, session_id, draft, clock=clock)

    return op


def save_following(
    session_id: int,
    schedule_id: int,
    day: date,
    pattern: SchedulePattern,
    draft: SessionDraft,
    clock: Clock,
) -> OnVault[OpResult[Any]]:
    """ "This and all following": the schedule's pattern from ``day`` on, then this
    session's own fields (notes, status...), in one transaction."""

    def op(vault: Vault) -> OpResult[Any]:
        from app.platform.changes import OpResult
        from app.platform.sql import transaction
        from app.sessions import ops

        connection = vault.connection
        with transaction(connection):
            changed = ops.change_schedule_from(connection, schedule_id, day, pattern, clock=clock)
            saved = ops.save_session(connection, session_id, draft, clock=clock)
        return OpResult(saved.value, changed.changes.merged([saved.changes]))

    return op


def set_status(session_id: int, status: Status, clock: Clock) -> OnVault[OpResult[Any]]:
    def op(vault: Vault) -> OpResult[Any]:
        from app.sessions import ops

        return ops.set_status(vault.connection, session_id, status, clock=clock)

    return op


def delete_session(session_id: int, clock: Clock) -> OnVault[OpResult[Any]]:
    def op(vault: Vault) -> OpResult[Any]:
        from app.sessions import ops

        return ops.delete_session(vault.connection, session_id, clock=clock)

    return op


def purge_expired_sessions(clock: Clock) -> OnVault[OpResult[Any]]:
    def op(vault: Vault) -> OpResult[Any]:
        from app.sessions import ops

        return ops.purge_expired(vault.connection, clock=clock)

    return op


def restore_session(session_id: int) -> OnVault[OpResult[Any]]:
    def op(vault: Vault) -> OpResult[Any]:
        from app.sessions import ops

        return ops.restore_session(vault.connection, session_id)

    return op


def add_homework(
    session_id: int, text: str, due: date | None, clock: Clock
) -> OnVault[OpResult[Any]]:
    def op(vault: Vault) -> OpResult[Any]:
        from app.sessions import ops

        return ops.add_homework(vault.connection, session_id, text, due, clock=clock)

    return op


def save_homework(
    item_id: int, text: str, due: date | None, clock: Clock
) -> OnVault[OpResult[Any]]:
    def op(vault: Vault) -> OpResult[Any]:
        from app.sessions import ops

        return ops.save_homework(vault.connection, item_id, text, due, clock=clock)

    return op


def set_homework_done(item_id: int, done: bool, clock: Clock) -> OnVault[OpResult[Any]]:
    def op(vault: Vault) -> OpResult[Any]:
        from app.sessions import ops

        return ops.set_homework_done(vault.connection, item_id, done, clock=clock)

    return op


def delete_homework(item_id: int) -> OnVault[OpResult[Any]]:
    def op(vault: Vault) -> OpResult[Any]:
        from app.sessions import ops

        return ops.delete_homework(vault.connection, item_id)

    return op


def add_topic(text: str, clock: Clock) -> OnVault[OpResult[Any]]:
    def op(vault: Vault) -> OpResult[Any]:
        from app.sessions import ops

        return ops.add_topic(vault.connection, text, clock=clock)

    return op


def tick_topic(topic_id: int, session_id: int, done: bool, clock: Clock) -> OnVault[OpResult[Any]]:
    """Tick the topic off at ``session_id`` (``done``) or put it back in the queue."""

    def op(vault: Vault) -> OpResult[Any]:
        from app.sessions import ops

        if done:
            return ops.tick_off_topic(vault.connection, topic_id, session_id, clock=clock)
        return ops.reopen_topic(vault.connection, topic_id)

    return op


def create_schedule(
    first_day: date, pattern: SchedulePattern, last_day: date | None, clock: Clock
) -> OnVault[OpResult[Any]]:
    def op(vault: Vault) -> OpResult[Any]:
        from app.sessions import ops

        return ops.create_schedule(vault.connection, first_day, pattern, last_day, clock=clock)

    return op


def end_schedule(schedule_id: int, last_day: date | None, clock: Clock) -> OnVault[OpResult[Any]]:
    """End a schedule and every schedule that continues it; the value is how many
    planned sessions were taken away."""

    def op(vault: Vault) -> OpResult[Any]:
        from app.sessions import ops

        return ops.end_schedule(vault.connection, schedule_id, last_day, clock=clock)

    return op


def extend_schedules(clock: Clock) -> OnVault[OpResult[Any]]:
    def op(vault: Vault) -> OpResult[Any]:
        from app.sessions import ops

        return ops.extend_schedules(vault.connection, clock=clock)

    return op


def set_weekly_target(minutes: int | None) -> OnVault[OpResult[Any]]:
    def op(vault: Vault) -> OpResult[Any]:
        from app.sessions import ops

        return ops.set_weekly_target(vault.connection, minutes)

    return op


def export_calendar(
    path: str, start: date, end: date, include_kind: bool, clock: Clock
) -> OnVault[tuple[Path, int]]:
    """Build the .ics text of the planned sessions and write it to ``path``; returns
    the file and how many sessions went in."""

    def job(vault: Vault) -> tuple[Path, int]:
        from app.sessions import ics

        text = ics.build_calendar(
            vault.connection, start, end, include_kind=include_kind, clock=clock
        )
        return ics.write_calendar(path, text), text.count("BEGIN:VEVENT")

    return job


# ----- journal entries linked to a session --------------------------------------------

ENTRY_CHOICES = 50  # the picker's newest entries, and at most this many search hits


@dataclass(frozen=True)
class EntryChoice:
    """A journal entry as a list shows it (never its whole text)."""

    id: int
    title: str
    preview: str  # the start of its text, one plain line (for an untitled entry)
    created: datetime


@dataclass(frozen=True)
class SessionLists:
    """What hangs off a saved session: its detail and its linked (live) entries."""

    detail: SessionDetail
    entries: list[EntryChoice]


@dataclass(frozen=True)
class EntrySearch:
    """Entries matching a search, best first, and the journal's gentle note (or None)."""

    choices: list[EntryChoice]
    message: str | None


def _linked_choices(vault: Vault, entry_ids: tuple[int, ...]) -> list[EntryChoice]:
    """The linked entries in ``entry_ids``' order; one gone meanwhile is left out."""
    from app.journal.entries import EntryRepository
    from app.journal.errors import EntryNotFound
    from app.journal.text import preview

    repo = EntryRepository(vault.connection)
    found: list[EntryChoice] = []
    for entry_id in entry_ids:
        try:
            entry = repo.get(entry_id)
        except EntryNotFound:
            continue
        if entry.deleted_at is None:
            found.append(EntryChoice(entry.id, entry.title, preview(entry.body), entry.created))
    return found


def linked_entries(entry_ids: tuple[int, ...]) -> OnVault[list[EntryChoice]]:
    return lambda vault: _linked_choices(vault, entry_ids)


def session_lists(session_id: int, clock: Clock) -> OnVault[SessionLists]:
    def job(vault: Vault) -> SessionLists:
        from app.sessions.repository import SessionRepository

        found = SessionRepository(vault.connection, clock).detail(session_id)
        return SessionLists(found, _linked_choices(vault, found.entry_ids))

    return job


def recent_entries(limit: int = ENTRY_CHOICES) -> OnVault[list[EntryChoice]]:
    """The newest live entries."""

    def job(vault: Vault) -> list[EntryChoice]:
        from app.journal.entries import ALL_ENTRIES, EntryRepository

        rows = EntryRepository(vault.connection).page(ALL_ENTRIES, after=None, limit=limit)
        return [EntryChoice(row.id, row.title, row.preview, row.created) for row in rows]

    return job


def search_entries(text: str, limit: int = ENTRY_CHOICES) -> OnVault[EntrySearch]:
    """The journal's own search (never raises for anything typed)."""

    def job(vault: Vault) -> EntrySearch:
        from app.journal.entries import EntryRepository
        from app.journal.model import HIGHLIGHT_END, HIGHLIGHT_START

        result = EntryRepository(vault.connection).search(text, limit=limit)
        choices = [
            EntryChoice(
                hit.id,
                hit.title,
                hit.snippet.replace(HIGHLIGHT_START, "").replace(HIGHLIGHT_END, ""),
                hit.created,
            )
            for hit in result.hits
        ]
        return EntrySearch(choices, result.message)

    return job


def link_entry(session_id: int, entry_id: int) -> OnVault[OpResult[Any]]:
    def op(vault: Vault) -> OpResult[Any]:
        from app.sessions import ops

        return ops.link_entry(vault.connection, session_id, entry_id)

    return op


def unlink_entry(session_id: int, entry_id: int) -> OnVault[OpResult[Any]]:
    def op(vault: Vault) -> OpResult[Any]:
        from app.sessions import ops

        return ops.unlink_entry(vault.connection, session_id, entry_id)

    return op


# ----- providers ----------------------------------------------------------------------


def add_provider(name: str, role: str, notes: str, clock: Clock) -> OnVault[OpResult[Any]]:
    def op(vault: Vault) -> OpResult[Any]:
        from app.sessions import ops

        return ops.add_provider(vault.connection, name, role, notes, clock=clock)

    return op


def save_provider(
    provider_id: int, name: str, role: str, notes: str, clock: Clock
) -> OnVault[OpResult[Any]]:
    def op(vault: Vault) -> OpResult[Any]:
        from app.sessions import ops

        return ops.save_provider(vault.connection, provider_id, name, role, notes, clock=clock)

    return op


def delete_provider(provider_id: int) -> OnVault[OpResult[Any]]:
    """Remove a provider; the value is how many sessions kept its name as text."""

    def op(vault: Vault) -> OpResult[Any]:
        from app.sessions import ops

        return ops.delete_provider(vault.connection, provider_id)

    return op
