"""Sessions and providers in the vault: create, change, trash, and every list the UI shows.

Every method runs on the thread that owns the connection and returns values from
``app.sessions.model``. Errors a person can act on are ``SessionsError`` subclasses
with one plain sentence; a bad value changes nothing.

- A session's kind must be in the content when it is set; a stored kind that has since
  left the content is kept when the session is saved again (and shows as "other").
- ``save`` on a session made by a schedule marks it ``changed`` when its time, length,
  kind, format or provider changes; later schedule edits then leave it alone. Notes,
  status, feelings and the partner's answer do not count as changing it.
- Saving also works on a session in the trash (a late autosave is never lost).
- ``delete`` moves a session (with its homework, ticked-off topics and entry links)
  to the trash; ``restore`` brings it all back; ``purge``/``purge_expired`` remove it
  for good. Trashed sessions appear in no list, count, hours or "Today".
  After purging, the caller should let the vault checkpoint its log
  (``Vault.keep_log_small``), as after any large delete.
- Overlapping sessions are allowed; ``overlapping`` finds them (cancelled ones aside).
- "Now" comes from the injected clock: upcoming = planned sessions not yet over,
  soonest first; past = sessions that started before now, newest first.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, timedelta
from typing import Any, Final

from app.platform import timestamps
from app.platform.sql import Connection, transaction
from app.sessions import kinds as session_kinds
from app.sessions import rows, validation
from app.sessions.bring_up import TopicRepository
from app.sessions.errors import InvalidSession, NotFound
from app.sessions.homework import HomeworkRepository
from app.sessions.model import (
    MAX_MINUTES,
    MAX_NAME_CHARS,
    TRASH_DAYS,
    DeletionInfo,
    Partner,
    Provider,
    Session,
    SessionDetail,
    SessionDraft,
    SessionFilter,
    SessionSummary,
    Status,
)
from app.sessions.validation import CleanSession

MAX_PAGE: Final = 500
Cursor = tuple[str, int]  # (start UTC key, id) of the last row of a page

_SUMMARY_FROM: Final = f"SELECT {rows.SUMMARY_COLUMNS} FROM {rows.WITH_PROVIDER}"
_SESSION_FROM: Final = f"SELECT {rows.SESSION_COLUMNS} FROM {rows.WITH_PROVIDER}"
_PATTERN_FIELDS: Final = ("start", "minutes", "kind_id", "format", "provider_id", "provider_text")


class SessionRepository:
    """The sessions of one open vault."""

    def __init__(
        self,
        connection: Connection,
        clock: rows.Clock = timestamps.local_now,
        kinds: Sequence[session_kinds.SessionKind] | None = None,
    ) -> None:
        self._db = connection
        self._clock = clock
        self._kinds = kinds

    @property
    def known_kinds(self) -> frozenset[str]:
        return session_kinds.known_ids(self._kinds)

    def _now(self) -> datetime:
        return rows.now_of(self._clock)

    # ----- writing -----------------------------------------------------------------

    def create(self, draft: SessionDraft) -> Session:
        clean = validation.session_draft(draft, self.known_kinds)
        now = timestamps.to_text(self._now())
        with transaction(self._db):
            rows.require_provider(self._db, clean.provider_id)
            cursor = self._db.execute(
                "INSERT INTO sessions (start, start_utc, start_day, end_utc, minutes, kind_id,"
                " format, status, provider_id, provider_text, feeling_before, feeling_after,"
                " partner, partner_reason, partner_words, created, edited, bring_up, takeaways)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (*_values(clean), now, now, clean.bring_up, clean.takeaways),
            )
        return self.get(int(cursor.lastrowid))

    def save(self, session_id: int, draft: SessionDraft) -> Session:
        """Replace every field a person edits (see the module docstring on ``changed``)."""
        current = self.get(session_id)
        clean = validation.session_draft(draft, self.known_kinds, keep_kind=current.kind_id)
        moved = current.schedule_id is not None and any(
            getattr(clean, name) != getattr(current, name) for name in _PATTERN_FIELDS
        )
        with transaction(self._db):
            rows.require_provider(self._db, clean.provider_id)
            self._db.execute(
                "UPDATE sessions SET start = ?, start_utc = ?, start_day = ?, end_utc = ?,"
                " minutes = ?, kind_id = ?, format = ?, status = ?, provider_id = ?,"
                " provider_text = ?, feeling_before = ?, feeling_after = ?, partner = ?,"
                " partner_reason = ?, partner_words = ?, edited = ?, bring_up = ?,"
                " takeaways = ?, changed = changed OR ? WHERE id = ?",
                (
                    *_values(clean),
                    timestamps.to_text(self._now()),
                    clean.bring_up,
                    clean.takeaways,
                    int(moved),
                    session_id,
                ),
            )
        return self.get(session_id)

    def set_status(self, session_id: int, status: Status) -> Session:
        self._touch(session_id, "status = ?", (validation.status_value(status),))
        return self.get(session_id)

    def set_notes(
        self, session_id: int, *, bring_up: str | None = None, takeaways: str | None = None
    ) -> Session:
        """The autosave path for the two notes (None leaves one as it is)."""
        parts: list[str] = []
        params: list[object] = []
        if bring_up is not None:
            parts.append("bring_up = ?")
            params.append(validation.notes(bring_up, "What you want to bring up"))
        if takeaways is not None:
            parts.append("takeaways = ?")
            params.append(validation.notes(takeaways, "Takeaways"))
        if parts:
            # Like ``save``, this also reaches a session in the trash: an autosave that
            # lands after a delete is kept (and comes back with a restore).
            self._touch(session_id, ", ".join(parts), tuple(params), in_trash_too=True)
        return self.get(session_id)

    def set_feelings(self, session_id: int, before: int | None, after: int | None) -> Session:
        values = (validation.feeling(before), validation.feeling(after))
        self._touch(session_id, "feeling_before = ?, feeling_after = ?", values)
        return self.get(session_id)

    def set_partner(self, session_id: int, partner: Partner) -> Session:
        clean = validation.partner(partner)
        self._touch(
            session_id,
            "partner = ?, partner_reason = ?, partner_words = ?",
            (clean.response.value, _opt_value(clean.reason), clean.words),
        )
        return self.get(session_id)

    def _touch(
        self,
        session_id: int,
        assignments: str,
        params: tuple[object, ...],
        *,
        in_trash_too: bool = False,
    ) -> None:
        live = "" if in_trash_too else " AND deleted_at IS NULL"
        cursor = self._db.execute(
            f"UPDATE sessions SET {assignments}, edited = ? WHERE id = ?{live}",
            (*params, timestamps.to_text(self._now()), session_id),
        )
        if cursor.rowcount == 0:
            raise NotFound(rows.SESSION_GONE)

    def link_entry(self, session_id: int, entry_id: int) -> None:
        """Link a journal entry (linking twice changes nothing)."""
        with transaction(self._db):
            rows.require_live_session(self._db, session_id)
            found = self._db.execute(
                "SELECT 1 FROM entries WHERE id = ? AND deleted_at IS NULL", (entry_id,)
            ).fetchone()
            if found is None:
                raise NotFound(rows.ENTRY_GONE)
            self._db.execute(
                "INSERT OR IGNORE INTO session_entries (session_id, entry_id) VALUES (?, ?)",
                (session_id, entry_id),
            )

    def unlink_entry(self, session_id: int, entry_id: int) -> None:
        self._db.execute(
            "DELETE FROM session_entries WHERE session_id = ? AND entry_id = ?",
            (session_id, entry_id),
        )

    # ----- trash -------------------------------------------------------------------

    def deletion_info(self, session_id: int) -> DeletionInfo:
        """What would go to the trash with the session (for the question before)."""
        row = self._db.execute(
            "SELECT (SELECT count(*) FROM session_homework WHERE session_id = s.id),"
            " (SELECT count(*) FROM session_homework WHERE session_id = s.id"
            "  AND done_at IS NULL),"
            " (SELECT count(*) FROM session_topics WHERE done_session_id = s.id),"
            " (SELECT count(*) FROM session_entries WHERE session_id = s.id)"
            " FROM sessions s WHERE s.id = ?",
            (session_id,),
        ).fetchone()
        if row is None:
            raise NotFound(rows.SESSION_GONE)
        return DeletionInfo(*(int(n) for n in row))

    def delete(self, session_id: int) -> DeletionInfo:
        """Move to the trash (kept TRASH_DAYS days); returns what went with it.
        Already in the trash: nothing changes."""
        info = self.deletion_info(session_id)
        now = self._now()
        self._db.execute(
            "UPDATE sessions SET deleted_at = ?, deleted_utc = ? WHERE id = ?"
            " AND deleted_at IS NULL",
            (timestamps.to_text(now), timestamps.utc_key(now), session_id),
        )
        return info

    def restore(self, session_id: int) -> None:
        """Bring back from the trash, with its homework. Not in the trash: nothing changes."""
        cursor = self._db.execute(
            "UPDATE sessions SET deleted_at = NULL, deleted_utc = NULL WHERE id = ?",
            (session_id,),
        )
        if cursor.rowcount == 0:
            raise NotFound(rows.SESSION_GONE)

    def trash(self) -> list[SessionSummary]:
        """Sessions in the trash, the most recently deleted first."""
        found = self._db.execute(
            f"{_SUMMARY_FROM} WHERE s.deleted_at IS NOT NULL ORDER BY s.deleted_utc DESC, s.id"
        ).fetchall()
        return [rows.summary(row) for row in found]

    def purge(self, session_id: int) -> None:
        """Remove a session in the trash for good, with everything that went with it."""
        cursor = self._db.execute(
            "DELETE FROM sessions WHERE id = ? AND deleted_at IS NOT NULL", (session_id,)
        )
        if cursor.rowcount == 0:
            self.get(session_id)  # NotFound when it never existed
            raise NotFound("That session isn't in the trash.")

    def purge_expired(self, now: datetime | None = None, days: int = TRASH_DAYS) -> int:
        """Purge sessions deleted at least ``days`` days before ``now``; returns how many."""
        moment = self._now() if now is None else timestamps.require_aware(now, "current time")
        cutoff = timestamps.utc_key(moment - timedelta(days=days))
        cursor = self._db.execute(
            "DELETE FROM sessions WHERE deleted_at IS NOT NULL AND deleted_utc <= ?", (cutoff,)
        )
        return int(cursor.rowcount)

    # ----- reading -----------------------------------------------------------------

    def get(self, session_id: int) -> Session:
        """One session, also from the trash (``deleted_at`` says so)."""
        row = self._db.execute(f"{_SESSION_FROM} WHERE s.id = ?", (session_id,)).fetchone()
        if row is None:
            raise NotFound(rows.SESSION_GONE)
        return rows.session(row)

    def detail(self, session_id: int) -> SessionDetail:
        """The session with its homework, its topics and its linked (live) entries."""
        session = self.get(session_id)
        entry_ids = self._db.execute(
            "SELECT l.entry_id FROM session_entries l JOIN entries e ON e.id = l.entry_id"
            " WHERE l.session_id = ? AND e.deleted_at IS NULL ORDER BY e.created_utc, e.id",
            (session_id,),
        ).fetchall()
        return SessionDetail(
            session=session,
            homework=tuple(HomeworkRepository(self._db, self._clock).for_session(session_id)),
            topics=tuple(TopicRepository(self._db, self._clock).for_session(session_id)),
            entry_ids=tuple(int(entry_id) for (entry_id,) in entry_ids),
        )

    def sessions_for_entry(self, entry_id: int) -> list[SessionSummary]:
        """Live sessions an entry is linked to, oldest first."""
        found = self._db.execute(
            f"{_SUMMARY_FROM} JOIN session_entries l ON l.session_id = s.id"
            " WHERE l.entry_id = ? AND s.deleted_at IS NULL ORDER BY s.start_utc, s.id",
            (entry_id,),
        ).fetchall()
        return [rows.summary(row) for row in found]

    def upcoming(self, limit: int = 50) -> list[SessionSummary]:
        """Planned sessions not yet over, soonest first."""
        now = self._now()
        found = self._db.execute(
            f"{_SUMMARY_FROM} WHERE s.deleted_at IS NULL AND s.status = 'planned'"
            " AND s.start_utc > ? AND s.end_utc > ? ORDER BY s.start_utc, s.id LIMIT ?",
            (
                timestamps.utc_key(now - timedelta(minutes=MAX_MINUTES)),
                timestamps.utc_key(now),
                _limit(limit),
            ),
        ).fetchall()
        return [rows.summary(row) for row in found]

    def next_planned(self) -> SessionSummary | None:
        """The soonest planned session not yet over (for "Today")."""
        found = self.upcoming(1)
        return found[0] if found else None

    def unmarked(self, limit: int = 50) -> list[SessionSummary]:
        """Planned sessions already over, never marked attended or missed; newest first."""
        found = self._db.execute(
            f"{_SUMMARY_FROM} WHERE s.deleted_at IS NULL AND s.status = 'planned'"
            " AND s.end_utc <= ? ORDER BY s.start_utc DESC, s.id DESC LIMIT ?",
            (timestamps.utc_key(self._now()), _limit(limit)),
        ).fetchall()
        return [rows.summary(row) for row in found]

    def past(
        self,
        filter: SessionFilter = SessionFilter(),  # noqa: B008 - frozen, never mutated
        *,
        after: Cursor | None = None,
        limit: int = 50,
    ) -> list[SessionSummary]:
        """Sessions that started before now, newest first, after the row ``after`` points
        at (``cursor_of`` the last row of the previous page; None for the first)."""
        clauses = ["s.deleted_at IS NULL", "s.start_utc < ?"]
        params: list[Any] = [timestamps.utc_key(self._now())]
        if filter.kind_id is not None:
            if filter.kind_id == session_kinds.OTHER:
                others = sorted(self.known_kinds - {session_kinds.OTHER})
                marks = ", ".join("?" * len(others))
                clauses.append(f"s.kind_id NOT IN ({marks})" if others else "1")
                params += others
            else:
                clauses.append("s.kind_id = ?")
                params.append(filter.kind_id)
        if filter.status is not None:
            clauses.append("s.status = ?")
            params.append(validation.status_value(filter.status).value)
        if filter.partner is not None:
            clauses.append("s.partner = ?")
            params.append(str(filter.partner))
        if after is not None:
            clauses.append("(s.start_utc, s.id) < (?, ?)")
            params += [str(after[0]), int(after[1])]
        found = self._db.execute(
            f"{_SUMMARY_FROM} WHERE {' AND '.join(clauses)}"
            " ORDER BY s.start_utc DESC, s.id DESC LIMIT ?",
            [*params, _limit(limit)],
        ).fetchall()
        return [rows.summary(row) for row in found]

    @staticmethod
    def cursor_of(summary: SessionSummary) -> Cursor:
        return timestamps.utc_key(summary.start), summary.id

    def month(self, year: int, month: int) -> list[SessionSummary]:
        """Every live session whose (local) start date falls in that month, in time order."""
        try:
            first = validation.day(date(year, month, 1))
        except (ValueError, TypeError):
            raise InvalidSession("There is no such month.") from None
        last = (first.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
        return self.between(first, last)

    def between(self, start: date, end: date) -> list[SessionSummary]:
        """Live sessions whose local start date is from ``start`` to ``end``, in time order."""
        found = self._db.execute(
            f"{_SUMMARY_FROM} WHERE s.deleted_at IS NULL AND s.start_day BETWEEN ? AND ?"
            " ORDER BY s.start_utc, s.id",
            (timestamps.day_key(start), timestamps.day_key(end)),
        ).fetchall()
        return [rows.summary(row) for row in found]

    def overlapping(self, session_id: int) -> list[SessionSummary]:
        """Other live sessions (not cancelled) whose time overlaps this one's."""
        session = self.get(session_id)
        return self.overlapping_time(session.start, session.minutes, exclude=session_id)

    def overlapping_time(
        self, start: datetime, minutes: int, exclude: int | None = None
    ) -> list[SessionSummary]:
        """Live, not cancelled sessions overlapping ``start`` for ``minutes`` (for a form
        before it is saved). Touching end to start is not overlapping."""
        begin = validation.session_start(start)
        length = validation.minutes_value(minutes)
        found = self._db.execute(
            f"{_SUMMARY_FROM} WHERE s.deleted_at IS NULL AND s.status != 'cancelled'"
            " AND s.start_utc > ? AND s.start_utc < ? AND s.end_utc > ? AND s.id IS NOT ?"
            " ORDER BY s.start_utc, s.id",
            (
                timestamps.utc_key(begin - timedelta(minutes=MAX_MINUTES)),
                timestamps.utc_key(begin + timedelta(minutes=length)),
                timestamps.utc_key(begin),
                exclude,
            ),
        ).fetchall()
        return [rows.summary(row) for row in found]


class ProviderRepository:
    """The providers of one open vault (a small list: therapists, groups, clinics)."""

    def __init__(self, connection: Connection, clock: rows.Clock = timestamps.local_now) -> None:
        self._db = connection
        self._clock = clock

    def add(self, name: str, role: str = "", notes: str = "") -> Provider:
        values = _provider_values(name, role, notes)
        now = timestamps.to_text(rows.now_of(self._clock))
        cursor = self._db.execute(
            "INSERT INTO session_providers (name, role, notes, created, edited)"
            " VALUES (?, ?, ?, ?, ?)",
            (*values, now, now),
        )
        return self.get(int(cursor.lastrowid))

    def save(self, provider_id: int, name: str, role: str, notes: str) -> Provider:
        values = _provider_values(name, role, notes)
        cursor = self._db.execute(
            "UPDATE session_providers SET name = ?, role = ?, notes = ?, edited = ? WHERE id = ?",
            (*values, timestamps.to_text(rows.now_of(self._clock)), provider_id),
        )
        if cursor.rowcount == 0:
            raise NotFound(rows.PROVIDER_GONE)
        return self.get(provider_id)

    def delete(self, provider_id: int) -> int:
        """Remove the provider; its sessions and schedules stay, and those without a
        free-text name keep the provider's name as one. Returns how many sessions kept it."""
        with transaction(self._db):
            provider = self.get(provider_id)
            cursor = self._db.execute(
                "UPDATE sessions SET provider_text = ? WHERE provider_id = ?"
                " AND provider_text = ''",
                (provider.name, provider_id),
            )
            kept = int(cursor.rowcount)
            self._db.execute(
                "UPDATE session_schedules SET provider_text = ? WHERE provider_id = ?"
                " AND provider_text = ''",
                (provider.name, provider_id),
            )
            self._db.execute("DELETE FROM session_providers WHERE id = ?", (provider_id,))
        return kept

    def get(self, provider_id: int) -> Provider:
        row = self._db.execute(
            f"SELECT {rows.PROVIDER_COLUMNS} FROM session_providers WHERE id = ?",
            (provider_id,),
        ).fetchone()
        if row is None:
            raise NotFound(rows.PROVIDER_GONE)
        return rows.provider(row)

    def all(self) -> list[Provider]:
        """Every provider, by name (ignoring case)."""
        found = self._db.execute(
            f"SELECT {rows.PROVIDER_COLUMNS} FROM session_providers"
            " ORDER BY name COLLATE NOCASE, id"
        ).fetchall()
        return [rows.provider(row) for row in found]


def _provider_values(name: object, role: object, notes: object) -> tuple[str, str, str]:
    return (
        validation.line(name, "A provider's name", MAX_NAME_CHARS, required=True),
        validation.line(role, "A provider's role", MAX_NAME_CHARS),
        validation.notes(notes, "Notes about a provider"),
    )


def _opt_value(value: Any) -> str | None:
    return None if value is None else str(value.value)


def _limit(limit: int) -> int:
    return max(0, min(int(limit), MAX_PAGE))


def _values(clean: CleanSession) -> tuple[object, ...]:
    """The columns start .. partner_words, in the order the statements above list them."""
    return (
        clean.start_text,
        clean.start_utc,
        clean.start_day,
        clean.end_utc,
        clean.minutes,
        clean.kind_id,
        clean.format.value,
        clean.status.value,
        clean.provider_id,
        clean.provider_text,
        clean.feeling_before,
        clean.feeling_after,
        clean.partner.response.value,
        _opt_value(clean.partner.reason),
        clean.partner.words,
    )
