"""Reading stored rows back into the module's values (shared by its repositories)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import Any, Final

from app.platform import timestamps
from app.sessions.errors import NotFound
from app.sessions.model import (
    DeclineReason,
    Format,
    HomeworkItem,
    Partner,
    PartnerResponse,
    Provider,
    Session,
    SessionSummary,
    Status,
    Topic,
)

Clock = Callable[[], datetime]

SESSION_GONE: Final = "That session no longer exists."
HOMEWORK_GONE: Final = "That homework item no longer exists."
TOPIC_GONE: Final = "That topic no longer exists."
PROVIDER_GONE: Final = "That provider no longer exists."
SCHEDULE_GONE: Final = "That schedule no longer exists."
ENTRY_GONE: Final = "That journal entry no longer exists."

SESSION_COLUMNS: Final = (
    "s.id, s.start, s.minutes, s.kind_id, s.format, s.status, s.provider_id,"
    " coalesce(p.name, ''), s.provider_text, s.bring_up, s.takeaways, s.feeling_before,"
    " s.feeling_after, s.partner, s.partner_reason, s.partner_words, s.schedule_id,"
    " s.schedule_day, s.changed, s.created, s.edited, s.deleted_at"
)
SUMMARY_COLUMNS: Final = (
    "s.id, s.start, s.minutes, s.kind_id, s.format, s.status, coalesce(p.name, ''),"
    " s.provider_text, s.partner, s.schedule_id, s.changed"
)
WITH_PROVIDER: Final = "sessions s LEFT JOIN session_providers p ON p.id = s.provider_id"

HOMEWORK_COLUMNS: Final = "h.id, h.session_id, s.start, h.text, h.due_day, h.done_at, h.created"
HOMEWORK_FROM: Final = "session_homework h JOIN sessions s ON s.id = h.session_id"

TOPIC_COLUMNS: Final = (
    "t.id, t.text, t.source_kind, t.source_ref, t.added, t.done_session_id, t.done_at"
)

PROVIDER_COLUMNS: Final = "id, name, role, notes, created, edited"


def opt_time(text: str | None) -> datetime | None:
    return None if text is None else timestamps.from_text(text)


def opt_day(text: str | None) -> date | None:
    return None if text is None else date.fromisoformat(text)


def now_of(clock: Clock) -> datetime:
    return timestamps.require_aware(clock(), "current time")


def session(row: Any) -> Session:
    (
        session_id,
        start,
        minutes,
        kind_id,
        format_,
        status,
        provider_id,
        provider_name,
        provider_text,
        bring_up,
        takeaways,
        before,
        after,
        response,
        reason,
        words,
        schedule_id,
        schedule_day,
        changed,
        created,
        edited,
        deleted_at,
    ) = row
    return Session(
        id=int(session_id),
        start=timestamps.from_text(start),
        minutes=int(minutes),
        kind_id=str(kind_id),
        format=Format(format_),
        status=Status(status),
        provider_id=None if provider_id is None else int(provider_id),
        provider_name=str(provider_name),
        provider_text=str(provider_text),
        bring_up=str(bring_up),
        takeaways=str(takeaways),
        feeling_before=None if before is None else int(before),
        feeling_after=None if after is None else int(after),
        partner=Partner(
            PartnerResponse(response),
            None if reason is None else DeclineReason(reason),
            str(words),
        ),
        schedule_id=None if schedule_id is None else int(schedule_id),
        schedule_day=opt_day(schedule_day),
        changed=bool(changed),
        created=timestamps.from_text(created),
        edited=timestamps.from_text(edited),
        deleted_at=opt_time(deleted_at),
    )


def summary(row: Any) -> SessionSummary:
    (
        session_id,
        start,
        minutes,
        kind_id,
        format_,
        status,
        provider_name,
        provider_text,
        response,
        schedule_id,
        changed,
    ) = row
    return SessionSummary(
        id=int(session_id),
        start=timestamps.from_text(start),
        minutes=int(minutes),
        kind_id=str(kind_id),
        format=Format(format_),
        status=Status(status),
        provider_name=str(provider_name),
        provider_text=str(provider_text),
        partner=PartnerResponse(response),
        schedule_id=None if schedule_id is None else int(schedule_id),
        changed=bool(changed),
    )


def homework(row: Any) -> HomeworkItem:
    item_id, session_id, start, text, due, done_at, created = row
    return HomeworkItem(
        id=int(item_id),
        session_id=int(session_id),
        session_start=timestamps.from_text(start),
        text=str(text),
        due=opt_day(due),
        done_at=opt_time(done_at),
        created=timestamps.from_text(created),
    )


def topic(row: Any) -> Topic:
    topic_id, text, source_kind, source_ref, added, done_session, done_at = row
    return Topic(
        id=int(topic_id),
        text=str(text),
        source_kind=str(source_kind),
        source_ref=str(source_ref),
        added=timestamps.from_text(added),
        done_session_id=None if done_session is None else int(done_session),
        done_at=opt_time(done_at),
    )


def provider(row: Any) -> Provider:
    provider_id, name, role, notes, created, edited = row
    return Provider(
        id=int(provider_id),
        name=str(name),
        role=str(role),
        notes=str(notes),
        created=timestamps.from_text(created),
        edited=timestamps.from_text(edited),
    )


def require_live_session(connection: Any, session_id: int) -> None:
    """NotFound unless ``session_id`` is a session outside the trash."""
    row = connection.execute(
        "SELECT 1 FROM sessions WHERE id = ? AND deleted_at IS NULL", (session_id,)
    ).fetchone()
    if row is None:
        raise NotFound(SESSION_GONE)


def require_provider(connection: Any, provider_id: int | None) -> None:
    if provider_id is None:
        return
    row = connection.execute(
        "SELECT 1 FROM session_providers WHERE id = ?", (provider_id,)
    ).fetchone()
    if row is None:
        raise NotFound(PROVIDER_GONE)
