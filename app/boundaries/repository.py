"""Boundaries and their logs in the vault: build, change, archive, trash, and read.

Every method runs on the thread that owns the connection and returns values from
``app.boundaries.model``. Errors a person can act on are ``BoundariesError``
subclasses with one plain sentence; a bad value changes nothing.

- A boundary's area must be in the content when it is set; a stored area that has
  since left the content is kept when the boundary is saved again.
- ``archive`` sets a boundary aside (it leaves the active list, keeps its log and can
  come back with ``unarchive``). ``trash`` moves it to the trash for TRASH_DAYS days;
  ``restore`` brings it back; ``purge``/``purge_expired`` remove it for good, with
  every moment of its log. A boundary in the trash appears in no list, count,
  timeline or packet; ``update`` still reaches it (a late autosave is never lost).
- Moments can be logged on active and archived boundaries, not on one in the trash.
- ``events`` pages newest first on (happened, id): pass ``cursor_of`` the last moment of
  a page as ``before`` to get the next.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime, time, timedelta
from typing import Any, Final

from app.boundaries import areas as boundary_areas
from app.boundaries import validation
from app.boundaries.errors import NotFound
from app.boundaries.model import (
    TRASH_DAYS,
    Boundary,
    BoundaryDraft,
    BoundaryEvent,
    BoundarySummary,
    EventDraft,
    Outcome,
    OutcomeCounts,
)
from app.platform import timestamps
from app.platform.sql import Connection, transaction

Clock = Callable[[], datetime]
EventCursor = tuple[str, int]  # (happened as stored, id) of the last moment of a page

MAX_PAGE: Final = 500
BOUNDARY_GONE: Final = "That boundary no longer exists."
EVENT_GONE: Final = "That moment no longer exists."

BOUNDARY_COLUMNS: Final = (
    "b.id, b.area, b.statement, b.need, b.rehearsal, b.bring_to_therapy, b.source_run_id,"
    " b.created, b.updated, b.archived_at, b.deleted_at"
)
EVENT_COLUMNS: Final = (
    "e.id, e.boundary_id, e.happened, e.outcome, e.what_happened, e.feeling, e.next_time, e.created"
)


class BoundaryRepository:
    """The boundaries of one open vault."""

    def __init__(
        self,
        connection: Connection,
        clock: Clock = timestamps.local_now,
        areas: Sequence[boundary_areas.BoundaryArea] | None = None,
    ) -> None:
        self._db = connection
        self._clock = clock
        self._areas = areas

    @property
    def known_areas(self) -> frozenset[str]:
        return boundary_areas.known_ids(self._areas)

    def _now(self) -> datetime:
        return timestamps.require_aware(self._clock(), "current time")

    # ----- boundaries --------------------------------------------------------------

    def create(self, draft: BoundaryDraft) -> Boundary:
        clean = validation.boundary_draft(draft, self.known_areas)
        now = timestamps.to_text(self._now())
        cursor = self._db.execute(
            "INSERT INTO boundaries (area, statement, need, rehearsal, bring_to_therapy,"
            " source_run_id, created, updated) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                clean.area,
                clean.statement,
                clean.need,
                clean.rehearsal,
                int(clean.bring_to_therapy),
                clean.source_run_id,
                now,
                now,
            ),
        )
        return self.get(int(cursor.lastrowid))

    def update(self, boundary_id: int, draft: BoundaryDraft) -> Boundary:
        """Replace every field a person edits (also on a boundary in the trash)."""
        current = self.get(boundary_id)
        clean = validation.boundary_draft(draft, self.known_areas, keep_area=current.area)
        self._db.execute(
            "UPDATE boundaries SET area = ?, statement = ?, need = ?, rehearsal = ?,"
            " bring_to_therapy = ?, source_run_id = ?, updated = ? WHERE id = ?",
            (
                clean.area,
                clean.statement,
                clean.need,
                clean.rehearsal,
                int(clean.bring_to_therapy),
                clean.source_run_id,
                timestamps.to_text(self._now()),
                boundary_id,
            ),
        )
        return self.get(boundary_id)

    def set_bring_to_therapy(self, boundary_id: int, flagged: bool) -> Boundary:
        value = validation.flag(flagged)
        self._touch(boundary_id, "bring_to_therapy = ?", (int(value),))
        return self.get(boundary_id)

    def archive(self, boundary_id: int) -> Boundary:
        """Set aside; already archived: nothing changes."""
        boundary = self._live(boundary_id)
        if boundary.archived_at is None:
            self._touch(boundary_id, "archived_at = ?", (timestamps.to_text(self._now()),))
        return self.get(boundary_id)

    def unarchive(self, boundary_id: int) -> Boundary:
        boundary = self._live(boundary_id)
        if boundary.archived_at is not None:
            self._touch(boundary_id, "archived_at = NULL", ())
        return self.get(boundary_id)

    def _touch(self, boundary_id: int, assignments: str, params: tuple[object, ...]) -> None:
        cursor = self._db.execute(
            f"UPDATE boundaries SET {assignments}, updated = ? WHERE id = ? AND deleted_at IS NULL",
            (*params, timestamps.to_text(self._now()), boundary_id),
        )
        if cursor.rowcount == 0:
            raise NotFound(BOUNDARY_GONE)

    # ----- trash -------------------------------------------------------------------

    def trash(self, boundary_id: int) -> None:
        """Move to the trash (kept TRASH_DAYS days) with its log. Already there: nothing."""
        self.get(boundary_id)
        now = self._now()
        self._db.execute(
            "UPDATE boundaries SET deleted_at = ?, deleted_utc = ?"
            " WHERE id = ? AND deleted_at IS NULL",
            (timestamps.to_text(now), timestamps.utc_key(now), boundary_id),
        )

    def restore(self, boundary_id: int) -> Boundary:
        """Bring back from the trash, with its log. Not in the trash: nothing changes."""
        cursor = self._db.execute(
            "UPDATE boundaries SET deleted_at = NULL, deleted_utc = NULL WHERE id = ?",
            (boundary_id,),
        )
        if cursor.rowcount == 0:
            raise NotFound(BOUNDARY_GONE)
        return self.get(boundary_id)

    def purge(self, boundary_id: int) -> None:
        """Remove a boundary in the trash for good, with every moment of its log."""
        cursor = self._db.execute(
            "DELETE FROM boundaries WHERE id = ? AND deleted_at IS NOT NULL", (boundary_id,)
        )
        if cursor.rowcount == 0:
            self.get(boundary_id)  # NotFound when it never existed
            raise NotFound("That boundary isn't in the trash.")

    def purge_expired(self, now: datetime | None = None, days: int = TRASH_DAYS) -> int:
        """Purge boundaries deleted at least ``days`` days before ``now``; returns how many."""
        moment = self._now() if now is None else timestamps.require_aware(now, "current time")
        cutoff = timestamps.utc_key(moment - timedelta(days=days))
        cursor = self._db.execute(
            "DELETE FROM boundaries WHERE deleted_at IS NOT NULL AND deleted_utc <= ?", (cutoff,)
        )
        return int(cursor.rowcount)

    # ----- reading boundaries ------------------------------------------------------

    def get(self, boundary_id: int) -> Boundary:
        """One boundary, also from the trash (``deleted_at`` says so)."""
        row = self._db.execute(
            f"SELECT {BOUNDARY_COLUMNS} FROM boundaries b WHERE b.id = ?", (boundary_id,)
        ).fetchone()
        if row is None:
            raise NotFound(BOUNDARY_GONE)
        return boundary_of(row)

    def _live(self, boundary_id: int) -> Boundary:
        boundary = self.get(boundary_id)
        if boundary.deleted_at is not None:
            raise NotFound(BOUNDARY_GONE)
        return boundary

    def active(self) -> list[BoundarySummary]:
        """Boundaries in use, the newest first, each with its counts and last moment."""
        return self._summaries("b.deleted_at IS NULL AND b.archived_at IS NULL", "b.id DESC")

    def archived(self) -> list[BoundarySummary]:
        """Archived boundaries, the most recently archived first."""
        return self._summaries(
            "b.deleted_at IS NULL AND b.archived_at IS NOT NULL", "b.archived_at DESC, b.id DESC"
        )

    def in_trash(self) -> list[Boundary]:
        """Boundaries in the trash, the most recently deleted first."""
        found = self._db.execute(
            f"SELECT {BOUNDARY_COLUMNS} FROM boundaries b WHERE b.deleted_at IS NOT NULL"
            " ORDER BY b.deleted_utc DESC, b.id DESC"
        ).fetchall()
        return [boundary_of(row) for row in found]

    def _summaries(self, where: str, order: str) -> list[BoundarySummary]:
        # The last moment of each: one step down the log index per boundary.
        found = self._db.execute(
            f"SELECT {BOUNDARY_COLUMNS}, (SELECT max(happened) FROM boundary_events"
            f" WHERE boundary_id = b.id) FROM boundaries b WHERE {where} ORDER BY {order}"
        ).fetchall()
        if not found:
            return []
        ids = [int(row[0]) for row in found]
        # Counts per outcome, from the (boundary, outcome) index alone.
        stats = self._db.execute(
            "SELECT boundary_id, outcome, count(*) FROM boundary_events"
            f" WHERE boundary_id IN ({', '.join('?' * len(ids))}) GROUP BY boundary_id, outcome",
            ids,
        ).fetchall()
        counts: dict[int, dict[str, int]] = {}
        for boundary_id, outcome, count in stats:
            counts.setdefault(int(boundary_id), {})[str(outcome)] = int(count)
        return [
            BoundarySummary(
                boundary=boundary_of(row[:-1]),
                counts=_counts(counts.get(int(row[0]), {})),
                last_happened=None if row[-1] is None else date.fromisoformat(row[-1][:10]),
            )
            for row in found
        ]

    # ----- the log -----------------------------------------------------------------

    def log_event(self, boundary_id: int, draft: EventDraft) -> BoundaryEvent:
        """Log a moment the boundary was tested (not on one in the trash)."""
        now = self._now()
        clean = validation.event_draft(draft, now.date())
        with transaction(self._db):
            self._live(boundary_id)
            cursor = self._db.execute(
                "INSERT INTO boundary_events (boundary_id, happened, outcome, feeling, created,"
                " what_happened, next_time) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    boundary_id,
                    clean.happened,
                    clean.outcome.value,
                    clean.feeling,
                    timestamps.to_text(now),
                    clean.what_happened,
                    clean.next_time,
                ),
            )
        return self.get_event(int(cursor.lastrowid))

    def update_event(self, event_id: int, draft: EventDraft) -> BoundaryEvent:
        clean = validation.event_draft(draft, self._now().date())
        with transaction(self._db):
            event = self.get_event(event_id)
            self._live(event.boundary_id)
            self._db.execute(
                "UPDATE boundary_events SET happened = ?, outcome = ?, feeling = ?,"
                " what_happened = ?, next_time = ? WHERE id = ?",
                (
                    clean.happened,
                    clean.outcome.value,
                    clean.feeling,
                    clean.what_happened,
                    clean.next_time,
                    event_id,
                ),
            )
        return self.get_event(event_id)

    def delete_event(self, event_id: int) -> None:
        """Remove one moment for good (a log line, not a record with a trash of its own)."""
        cursor = self._db.execute("DELETE FROM boundary_events WHERE id = ?", (event_id,))
        if cursor.rowcount == 0:
            raise NotFound(EVENT_GONE)

    def get_event(self, event_id: int) -> BoundaryEvent:
        row = self._db.execute(
            f"SELECT {EVENT_COLUMNS} FROM boundary_events e WHERE e.id = ?", (event_id,)
        ).fetchone()
        if row is None:
            raise NotFound(EVENT_GONE)
        return event_of(row)

    def events(
        self, boundary_id: int, limit: int = 50, before: EventCursor | None = None
    ) -> list[BoundaryEvent]:
        """A page of the boundary's log, newest first, after the moment ``before`` points
        at (``cursor_of`` the last moment of the previous page; None for the first)."""
        clause, params = "", list[object]()
        if before is not None:
            clause = " AND (e.happened, e.id) < (?, ?)"
            params = [str(before[0]), int(before[1])]
        found = self._db.execute(
            f"SELECT {EVENT_COLUMNS} FROM boundary_events e WHERE e.boundary_id = ?{clause}"
            " ORDER BY e.happened DESC, e.id DESC LIMIT ?",
            [boundary_id, *params, _limit(limit)],
        ).fetchall()
        return [event_of(row) for row in found]

    @staticmethod
    def cursor_of(event: BoundaryEvent) -> EventCursor:
        return validation.happened_key(event.happened, event.at), event.id

    def counts(
        self, boundary_id: int, start: date | None = None, end: date | None = None
    ) -> OutcomeCounts:
        """How often the boundary held, bent and was not held (in ``start`` .. ``end``,
        inclusive, when given)."""
        clause, params = day_clause("happened", start, end)
        found = self._db.execute(
            "SELECT outcome, count(*) FROM boundary_events"
            f" WHERE boundary_id = ?{clause} GROUP BY outcome",
            [boundary_id, *params],
        ).fetchall()
        return _counts({str(outcome): int(count) for outcome, count in found})

    def events_between(self, start: date, end: date) -> list[BoundaryEvent]:
        """Moments of every boundary outside the trash, on ``start`` .. ``end``, oldest first."""
        clause, params = day_clause("e.happened", start, end)
        found = self._db.execute(
            f"SELECT {EVENT_COLUMNS} FROM boundary_events e JOIN boundaries b"
            f" ON b.id = e.boundary_id WHERE b.deleted_at IS NULL{clause}"
            " ORDER BY e.happened, e.id",
            params,
        ).fetchall()
        return [event_of(row) for row in found]


# ----- rows -------------------------------------------------------------------------


def day_clause(column: str, start: date | None, end: date | None) -> tuple[str, list[Any]]:
    """An SQL condition for ``column`` on local days ``start`` .. ``end`` (inclusive).

    A stored moment is its date, optionally followed by "T" and a time, so the whole of
    ``end`` is everything below the next day's date.
    """
    clause, params = "", []
    if start is not None:
        clause += f" AND {column} >= ?"
        params.append(timestamps.day_key(start))
    if end is not None:
        clause += f" AND {column} < ?"
        params.append(timestamps.day_key(end + timedelta(days=1)))
    return clause, params


def _opt_time(text: str | None) -> datetime | None:
    return None if text is None else timestamps.from_text(text)


def boundary_of(row: Any) -> Boundary:
    (
        boundary_id,
        area,
        statement,
        need,
        rehearsal,
        flagged,
        source_run_id,
        created,
        updated,
        archived_at,
        deleted_at,
    ) = row
    return Boundary(
        id=int(boundary_id),
        area=str(area),
        statement=str(statement),
        need=str(need),
        rehearsal=str(rehearsal),
        bring_to_therapy=bool(flagged),
        source_run_id=None if source_run_id is None else int(source_run_id),
        created=timestamps.from_text(created),
        updated=timestamps.from_text(updated),
        archived_at=_opt_time(archived_at),
        deleted_at=_opt_time(deleted_at),
    )


def event_of(row: Any) -> BoundaryEvent:
    event_id, boundary_id, happened, outcome, what, feeling, next_time, created = row
    day_text, _t, time_text = str(happened).partition("T")
    return BoundaryEvent(
        id=int(event_id),
        boundary_id=int(boundary_id),
        happened=date.fromisoformat(day_text),
        at=time.fromisoformat(time_text) if time_text else None,
        outcome=Outcome(outcome),
        what_happened=str(what),
        feeling=None if feeling is None else int(feeling),
        next_time=str(next_time),
        created=timestamps.from_text(created),
    )


def _counts(by_outcome: dict[str, int]) -> OutcomeCounts:
    return OutcomeCounts(
        held=by_outcome.get(Outcome.HELD.value, 0),
        bent=by_outcome.get(Outcome.BENT.value, 0),
        not_held=by_outcome.get(Outcome.NOT_HELD.value, 0),
    )


def _limit(limit: int) -> int:
    return max(0, min(int(limit), MAX_PAGE))
