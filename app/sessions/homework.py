"""Homework: small tasks tied to a session, with an optional due date and a done state.

Items live and die with their session: while it is in the trash they are hidden (and
cannot be changed); restoring it brings them back; purging it removes them. Deleting
one item removes it at once (there is no trash for items).

"Today" (``today``) lists open items of live sessions: those due on or before the
day (overdue, then due that day), and those with no due date from sessions that
started in the UNDATED_HOMEWORK_DAYS days up to and including it, cancelled sessions
aside. Older undated items stay on their session's page.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Final

from app.platform import timestamps
from app.platform.sql import Connection, transaction
from app.sessions import rows, validation
from app.sessions.errors import NotFound
from app.sessions.model import (
    EARLIEST_DAY,
    UNDATED_HOMEWORK_DAYS,
    HomeworkItem,
    TodayHomework,
)

_LIVE: Final = "s.deleted_at IS NULL"


class HomeworkRepository:
    """The homework of one open vault."""

    def __init__(self, connection: Connection, clock: rows.Clock = timestamps.local_now) -> None:
        self._db = connection
        self._clock = clock

    # ----- writing -----------------------------------------------------------------

    def add(self, session_id: int, text: str, due: date | None = None) -> HomeworkItem:
        """A new open item on a session (not one in the trash)."""
        clean = validation.homework_text(text)
        due_day = validation.optional_day(due, "due date")
        now = rows.now_of(self._clock)
        with transaction(self._db):
            rows.require_live_session(self._db, session_id)
            cursor = self._db.execute(
                "INSERT INTO session_homework (session_id, due_day, created, text)"
                " VALUES (?, ?, ?, ?)",
                (
                    session_id,
                    None if due_day is None else timestamps.day_key(due_day),
                    timestamps.to_text(now),
                    clean,
                ),
            )
        return self.get(int(cursor.lastrowid))

    def save(self, item_id: int, text: str, due: date | None) -> HomeworkItem:
        """Change an item's words and due date."""
        clean = validation.homework_text(text)
        due_day = validation.optional_day(due, "due date")
        self._update(
            item_id,
            "text = ?, due_day = ?",
            (clean, None if due_day is None else timestamps.day_key(due_day)),
        )
        return self.get(item_id)

    def set_done(self, item_id: int, done: bool) -> HomeworkItem:
        """Tick an item off (now) or open it again. Ticking a done item keeps its time."""
        if done:
            now = rows.now_of(self._clock)
            self._update(
                item_id,
                "done_at = coalesce(done_at, ?), done_day = coalesce(done_day, ?)",
                (timestamps.to_text(now), timestamps.day_key(now.date())),
            )
        else:
            self._update(item_id, "done_at = NULL, done_day = NULL", ())
        return self.get(item_id)

    def delete(self, item_id: int) -> None:
        cursor = self._db.execute(
            "DELETE FROM session_homework WHERE id = ? AND session_id IN"
            " (SELECT id FROM sessions WHERE deleted_at IS NULL)",
            (item_id,),
        )
        if cursor.rowcount == 0:
            raise NotFound(rows.HOMEWORK_GONE)

    def _update(self, item_id: int, assignments: str, params: tuple[object, ...]) -> None:
        cursor = self._db.execute(
            f"UPDATE session_homework SET {assignments} WHERE id = ? AND session_id IN"
            " (SELECT id FROM sessions WHERE deleted_at IS NULL)",
            (*params, item_id),
        )
        if cursor.rowcount == 0:
            raise NotFound(rows.HOMEWORK_GONE)

    # ----- reading -----------------------------------------------------------------

    def get(self, item_id: int) -> HomeworkItem:
        row = self._db.execute(
            f"SELECT {rows.HOMEWORK_COLUMNS} FROM {rows.HOMEWORK_FROM} WHERE h.id = ? AND {_LIVE}",
            (item_id,),
        ).fetchone()
        if row is None:
            raise NotFound(rows.HOMEWORK_GONE)
        return rows.homework(row)

    def for_session(self, session_id: int) -> list[HomeworkItem]:
        """A session's items, oldest first, in one query (also for a session in the trash,
        so its page can show what would come back)."""
        found = self._db.execute(
            f"SELECT {rows.HOMEWORK_COLUMNS} FROM {rows.HOMEWORK_FROM}"
            " WHERE h.session_id = ? ORDER BY h.id",
            (session_id,),
        ).fetchall()
        return [rows.homework(row) for row in found]

    def today(self, day: date | None = None) -> TodayHomework:
        """Open homework for ``day`` (default: today); see the module docstring."""
        when = rows.now_of(self._clock).date() if day is None else validation.day(day)
        key = timestamps.day_key(when)
        # Cancelled sessions are aside for dated items too, as for undated ones:
        # otherwise homework of a session that was then cancelled stays overdue for ever.
        dated = self._db.execute(
            f"SELECT {rows.HOMEWORK_COLUMNS} FROM {rows.HOMEWORK_FROM}"
            f" WHERE h.done_at IS NULL AND h.due_day IS NOT NULL AND h.due_day <= ? AND {_LIVE}"
            " AND s.status != 'cancelled' ORDER BY h.due_day, s.start_utc, h.id",
            (key,),
        ).fetchall()
        since = timestamps.day_key(
            max(when - timedelta(days=UNDATED_HOMEWORK_DAYS - 1), EARLIEST_DAY)
        )
        undated = self._db.execute(
            f"SELECT {rows.HOMEWORK_COLUMNS} FROM {rows.HOMEWORK_FROM}"
            f" WHERE {_LIVE} AND s.start_day BETWEEN ? AND ? AND s.status != 'cancelled'"
            " AND h.done_at IS NULL AND h.due_day IS NULL"
            " ORDER BY s.start_utc DESC, h.id",
            (since, key),
        ).fetchall()
        items = [rows.homework(row) for row in dated]
        return TodayHomework(
            overdue=tuple(i for i in items if i.due is not None and i.due < when),
            due_today=tuple(i for i in items if i.due == when),
            undated=tuple(rows.homework(row) for row in undated),
        )

    def counts(self, start: date, end: date) -> tuple[int, int]:
        """(done, open) items of live sessions that started from ``start`` to ``end``."""
        row = self._db.execute(
            "SELECT count(h.done_at), count(*) - count(h.done_at) FROM "
            + rows.HOMEWORK_FROM
            + f" WHERE {_LIVE} AND s.start_day BETWEEN ? AND ?",
            (timestamps.day_key(start), timestamps.day_key(end)),
        ).fetchone()
        return int(row[0]), int(row[1])

    def done_between(self, start: date, end: date) -> list[HomeworkItem]:
        """Items ticked off on local days ``start`` to ``end``, in the order they were."""
        found = self._db.execute(
            f"SELECT {rows.HOMEWORK_COLUMNS} FROM {rows.HOMEWORK_FROM}"
            f" WHERE h.done_at IS NOT NULL AND h.done_day BETWEEN ? AND ? AND {_LIVE}"
            " ORDER BY h.done_day, h.done_at, h.id",
            (timestamps.day_key(start), timestamps.day_key(end)),
        ).fetchall()
        return [rows.homework(row) for row in found]
