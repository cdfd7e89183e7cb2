"""Program hours, attendance counts and streaks, from attended sessions.

Hours are the lengths of attended sessions, in minutes, per week. Weeks begin on
``first_weekday`` (0 = Monday .. 6 = Sunday; Monday unless the UI follows the
locale) and a session belongs to the week of its local start date. ``kind_ids``
limits which kinds count (None: every kind). The weekly target is the person's own
number (stored in ``session_settings``; none by default); Mooring makes no claim
about what it should be.

Each figure is one or two grouped SQL queries over the ``sessions_days`` index,
whatever the span: five years of sessions are counted without a loop over rows.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from datetime import date, datetime, timedelta
from typing import Any, Final

from app.platform import timestamps
from app.platform.sql import Connection
from app.sessions import kinds as session_kinds
from app.sessions import rows, validation
from app.sessions.errors import InvalidSession
from app.sessions.model import Attendance, Status, Streaks, WeekHours

TARGET_KEY: Final = "weekly_target_minutes"


def week_start(day: date, first_weekday: int = 0) -> date:
    """The first day of ``day``'s week."""
    return day - timedelta(days=(day.weekday() - first_weekday) % 7)


def _first_weekday(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 6:
        raise InvalidSession("The first day of the week must be a weekday.")
    return value


def _sum_by_week(rows: Iterable[tuple[str, int]], first_weekday: int) -> dict[date, int]:
    """Minutes per week from (local start day, minutes) rows. Grouped here rather than
    in SQL: SQLite's date functions cost tens of microseconds a row, which made five
    years of sessions take 50 ms; reading the two columns and adding them up takes 2."""
    totals: dict[date, int] = {}
    for day_text, minutes in rows:
        week = week_start(date.fromisoformat(day_text), first_weekday)
        totals[week] = totals.get(week, 0) + int(minutes)
    return totals


def _kinds_clause(kind_ids: Collection[str] | None) -> tuple[str, list[Any]]:
    if kind_ids is None:
        return "", []
    ids = sorted(str(k) for k in kind_ids)
    if not ids:
        return " AND 0", []
    return f" AND kind_id IN ({', '.join('?' * len(ids))})", list(ids)


class ProgramHours:
    """Hours, attendance, streaks and the weekly target of one open vault."""

    def __init__(
        self,
        connection: Connection,
        clock: rows.Clock = timestamps.local_now,
        kinds: Sequence[session_kinds.SessionKind] | None = None,
    ) -> None:
        self._db = connection
        self._clock = clock
        self._kinds = kinds

    def _now(self) -> datetime:
        return rows.now_of(self._clock)

    # ----- the target --------------------------------------------------------------

    def weekly_target(self) -> int | None:
        """The weekly target in minutes, or None when the person has set none."""
        row = self._db.execute(
            "SELECT value FROM session_settings WHERE key = ?", (TARGET_KEY,)
        ).fetchone()
        return None if row is None else int(row[0])

    def set_weekly_target(self, minutes: int | None) -> None:
        """Set (1 minute .. 168 hours) or clear (None) the weekly target."""
        value = validation.weekly_target(minutes)
        if value is None:
            self._db.execute("DELETE FROM session_settings WHERE key = ?", (TARGET_KEY,))
        else:
            self._db.execute(
                "INSERT INTO session_settings (key, value) VALUES (?, ?)"
                " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (TARGET_KEY, str(value)),
            )

    # ----- figures -----------------------------------------------------------------

    def weekly(
        self,
        start: date,
        end: date,
        *,
        first_weekday: int = 0,
        kind_ids: Collection[str] | None = None,
    ) -> list[WeekHours]:
        """Attended minutes for every week touching ``start`` .. ``end`` (whole weeks),
        oldest first, each with the current target; weeks with none show 0."""
        first = _first_weekday(first_weekday)
        low = week_start(validation.day(start), first)
        high = week_start(validation.day(end), first)
        if high < low:
            return []
        minutes = self._minutes_by_week(low, high + timedelta(days=6), first, kind_ids)
        target = self.weekly_target()
        weeks: list[WeekHours] = []
        week = low
        while week <= high:
            weeks.append(WeekHours(week, minutes.get(week, 0), target))
            week += timedelta(weeks=1)
        return weeks

    def attended_minutes(
        self, start: date, end: date, kind_ids: Collection[str] | None = None
    ) -> int:
        """Attended minutes of sessions starting on local days ``start`` .. ``end``."""
        kinds_sql, kinds_params = _kinds_clause(kind_ids)
        row = self._db.execute(
            "SELECT coalesce(sum(minutes), 0) FROM sessions WHERE deleted_at IS NULL"
            f" AND status = 'attended' AND start_day BETWEEN ? AND ?{kinds_sql}",
            [timestamps.day_key(start), timestamps.day_key(end), *kinds_params],
        ).fetchone()
        return int(row[0])

    def _minutes_by_week(
        self, low: date, high: date, first_weekday: int, kind_ids: Collection[str] | None
    ) -> dict[date, int]:
        kinds_sql, kinds_params = _kinds_clause(kind_ids)
        found = self._db.execute(
            "SELECT start_day, minutes FROM sessions WHERE deleted_at IS NULL"
            f" AND status = 'attended' AND start_day BETWEEN ? AND ?{kinds_sql}",
            [timestamps.day_key(low), timestamps.day_key(high), *kinds_params],
        )
        return _sum_by_week(found, first_weekday)

    def attendance(self, start: date, end: date) -> list[Attendance]:
        """Counts per kind for sessions starting on local days ``start`` .. ``end``, in
        the content's order of kinds; kinds no longer in the content count as "other"."""
        found = self._db.execute(
            "SELECT kind_id, status, count(*) FROM sessions WHERE deleted_at IS NULL"
            " AND start_day BETWEEN ? AND ? GROUP BY kind_id, status",
            (timestamps.day_key(start), timestamps.day_key(end)),
        ).fetchall()
        known = [
            kind.id
            for kind in (session_kinds.bundled_kinds() if self._kinds is None else self._kinds)
        ]
        counts: dict[str, dict[Status, int]] = {}
        for kind_id, status, count in found:
            key = kind_id if kind_id in known else session_kinds.OTHER
            per = counts.setdefault(key, {})
            per[Status(status)] = per.get(Status(status), 0) + int(count)
        order = {kind_id: index for index, kind_id in enumerate(known)}
        return [
            Attendance(
                kind_id=kind_id,
                attended=per.get(Status.ATTENDED, 0),
                missed=per.get(Status.MISSED, 0),
                cancelled=per.get(Status.CANCELLED, 0),
                planned=per.get(Status.PLANNED, 0),
            )
            for kind_id, per in sorted(counts.items(), key=lambda item: order.get(item[0], 99))
        ]

    def streaks(
        self, *, first_weekday: int = 0, kind_ids: Collection[str] | None = None
    ) -> Streaks:
        """See ``Streaks``. Sessions that start after now never count."""
        first = _first_weekday(first_weekday)
        now = self._now()
        this_week = week_start(now.date(), first)
        return Streaks(
            weeks_meeting_target=self._weeks_meeting_target(now, this_week, first, kind_ids),
            attended_in_a_row=self._attended_run(now),
            best_attended_in_a_row=self._best_attended_run(now),
        )

    def _weeks_meeting_target(
        self,
        now: datetime,
        this_week: date,
        first_weekday: int,
        kind_ids: Collection[str] | None,
    ) -> int:
        target = self.weekly_target()
        if target is None:
            return 0
        kinds_sql, kinds_params = _kinds_clause(kind_ids)
        # start_utc <= now: a session marked attended ahead of time (later this week)
        # must not meet this week's target before it has happened.
        found = self._db.execute(
            "SELECT start_day, minutes FROM sessions WHERE deleted_at IS NULL"
            f" AND status = 'attended' AND start_day <= ? AND start_utc <= ?{kinds_sql}",
            [
                timestamps.day_key(this_week + timedelta(days=6)),
                timestamps.utc_key(now),
                *kinds_params,
            ],
        )
        totals = _sum_by_week(found, first_weekday)
        met = {week for week, total in totals.items() if total >= target}
        week = this_week if this_week in met else this_week - timedelta(weeks=1)
        run = 0
        while week in met:
            run += 1
            week -= timedelta(weeks=1)
        return run

    def _attended_run(self, now: datetime) -> int:
        key = timestamps.utc_key(now)
        row = self._db.execute(
            "SELECT count(*) FROM sessions WHERE deleted_at IS NULL AND status = 'attended'"
            " AND start_utc <= ? AND start_utc > coalesce((SELECT max(start_utc) FROM sessions"
            " WHERE deleted_at IS NULL AND status = 'missed' AND start_utc <= ?), '')",
            (key, key),
        ).fetchone()
        return int(row[0])

    def _best_attended_run(self, now: datetime) -> int:
        """The longest run of attended sessions between two missed ones (counted here
        rather than with a window function over every row, which took 50 ms)."""
        found = self._db.execute(
            "SELECT status FROM sessions WHERE deleted_at IS NULL"
            " AND status IN ('attended', 'missed') AND start_utc <= ? ORDER BY start_utc, id",
            (timestamps.utc_key(now),),
        )
        best = run = 0
        for (status,) in found:
            run = run + 1 if status == "attended" else 0
            best = max(best, run)
        return best
