"""Repeating schedules (e.g. IOP group every Tuesday and Thursday at 18:00).

A schedule makes planned sessions for its days, from its first day up to a horizon
(HORIZON_WEEKS after today, or its last day). ``extend`` moves the horizon on later;
it only ever plans days after ``planned_through``, so it never makes a day twice and
never brings back a session the person cancelled, deleted or purged.

Each session a schedule made remembers the pattern day it stands for
(``schedule_day``). A session changed by hand (``changed``; see
``SessionRepository.save``) and any session no longer planned (attended, missed,
cancelled) is left alone by every later schedule edit.

- ``change_from(id, day, pattern)`` ("this and all following"): from ``day`` on the
  pattern is the new one. When ``day`` is the first day the schedule is changed in
  place; otherwise it is split: the old record ends the day before and a new record
  (``follows_id`` = the old one) takes over from ``day``, with every session of the
  old one from that day on. Planned, unchanged sessions on a day still in the pattern
  move to the new time, length, kind, format and provider; those on a day that left
  the pattern are removed; days new to the pattern get planned sessions.
- ``end(id, last_day)``: the schedule's last day (default today), for it and every
  schedule that continues it; their planned, unchanged sessions after that day are
  removed. Ending never lengthens a schedule that already ends sooner.
- "Removed" never loses anything a person wrote: a session that has notes, feelings,
  a partner answer, homework, ticked-off topics or linked entries is kept (and marked
  changed, so it is a session of its own from then on); only blank ones are deleted.

Times: each session starts at the pattern's wall-clock time on its day, with that
day's UTC offset, in ``zone`` (default: this computer's local time).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import date, datetime, time, timedelta, tzinfo
from typing import Any, Final

from app.platform import timestamps
from app.platform.sql import Connection, transaction
from app.sessions import kinds as session_kinds
from app.sessions import rows, validation
from app.sessions.errors import InvalidSession, NotFound
from app.sessions.model import (
    HORIZON_WEEKS,
    LATEST_DAY,
    Format,
    Schedule,
    SchedulePattern,
)

_COLUMNS: Final = (
    "id, weekdays, start_time, minutes, kind_id, format, provider_id, provider_text,"
    " first_day, last_day, planned_through, follows_id, created"
)
# A session holding nothing a person wrote or linked: safe to remove with a schedule.
BLANK: Final = (
    "bring_up = '' AND takeaways = '' AND feeling_before IS NULL AND feeling_after IS NULL"
    " AND partner = 'not_asked'"
    " AND NOT EXISTS (SELECT 1 FROM session_homework h WHERE h.session_id = sessions.id)"
    " AND NOT EXISTS (SELECT 1 FROM session_topics t WHERE t.done_session_id = sessions.id)"
    " AND NOT EXISTS (SELECT 1 FROM session_entries l WHERE l.session_id = sessions.id)"
)
_UNTOUCHED: Final = "deleted_at IS NULL AND status = 'planned' AND changed = 0"


def weekday_mask(weekdays: frozenset[int]) -> int:
    return sum(1 << day for day in weekdays)


def weekdays_of(mask: int) -> frozenset[int]:
    return frozenset(day for day in range(7) if mask & (1 << day))


def local_start(day: date, at: time, zone: tzinfo | None = None) -> datetime:
    """``at`` on ``day`` in ``zone`` (None: this computer's local time), with that
    moment's offset; a time skipped by a clock change becomes the moment after it."""
    if zone is None:
        moment = datetime.combine(day, at).astimezone()
    else:
        moment = datetime.combine(day, at, tzinfo=zone)
    return validation.session_start(moment)


def days_in(first: date, last: date, weekdays: frozenset[int]) -> Iterator[date]:
    day = first
    while day <= last:
        if day.weekday() in weekdays:
            yield day
        day += timedelta(days=1)


class ScheduleRepository:
    """The schedules of one open vault."""

    def __init__(
        self,
        connection: Connection,
        clock: rows.Clock = timestamps.local_now,
        kinds: Sequence[session_kinds.SessionKind] | None = None,
        zone: tzinfo | None = None,
    ) -> None:
        self._db = connection
        self._clock = clock
        self._kinds = kinds
        self._zone = zone

    def _now(self) -> datetime:
        return rows.now_of(self._clock)

    def _horizon(self) -> date:
        return min(self._now().date() + timedelta(weeks=HORIZON_WEEKS), LATEST_DAY)

    # ----- writing -----------------------------------------------------------------

    def create(
        self, first_day: date, pattern: SchedulePattern, last_day: date | None = None
    ) -> tuple[Schedule, int]:
        """A new schedule and its planned sessions up to the horizon; returns the
        schedule and how many sessions it planned."""
        clean = validation.pattern(pattern, session_kinds.known_ids(self._kinds))
        first = validation.day(first_day, "first day")
        last = validation.optional_day(last_day, "last day")
        if last is not None and last < first:
            raise InvalidSession("The schedule's last day can't come before its first day.")
        with transaction(self._db):
            rows.require_provider(self._db, clean.provider_id)
            cursor = self._db.execute(
                f"INSERT INTO session_schedules ({_COLUMNS.partition(', ')[2]})"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    *_pattern_values(clean),
                    timestamps.day_key(first),
                    None if last is None else timestamps.day_key(last),
                    timestamps.day_key(first - timedelta(days=1)),
                    None,
                    timestamps.to_text(self._now()),
                ),
            )
            schedule = self.get(int(cursor.lastrowid))
            added = self._extend_one(schedule, self._horizon())
        return self.get(schedule.id), added

    def extend(self, until: date | None = None) -> int:
        """Plan every schedule's sessions up to ``until`` (default: HORIZON_WEEKS after
        today). Safe to repeat; returns how many sessions it planned."""
        target = self._horizon() if until is None else validation.day(until)
        added = 0
        with transaction(self._db):
            for schedule in self.all():
                added += self._extend_one(schedule, target)
        return added

    def change_from(self, schedule_id: int, day: date, pattern: SchedulePattern) -> Schedule:
        """ "This and all following": the pattern from ``day`` on (see the module
        docstring). Returns the schedule that holds it (the same one or a new one)."""
        old = self.get(schedule_id)
        clean = validation.pattern(
            pattern, session_kinds.known_ids(self._kinds), keep_kind=old.pattern.kind_id
        )
        start = validation.day(day)
        if start < old.first_day or (old.last_day is not None and start > old.last_day):
            raise InvalidSession("That day isn't part of this schedule.")
        with transaction(self._db):
            rows.require_provider(self._db, clean.provider_id)
            if start == old.first_day:
                self._db.execute(
                    "UPDATE session_schedules SET weekdays = ?, start_time = ?, minutes = ?,"
                    " kind_id = ?, format = ?, provider_id = ?, provider_text = ? WHERE id = ?",
                    (*_pattern_values(clean), old.id),
                )
                new_id = old.id
            else:
                new_id = self._split(old, start, clean)
            self._follow_pattern(new_id, start, clean)
            new = self.get(new_id)
            fresh = clean.weekdays - old.pattern.weekdays
            self._plan(new, list(days_in(start, new.planned_through, fresh)))
        return self.get(new_id)

    def end(self, schedule_id: int, last_day: date | None = None) -> int:
        """Give the schedule, and every schedule that continues it ("this and all
        following" splits one into a chain), a last day: default today; a day before a
        schedule's first day ends it before it began. Ending never lengthens a schedule
        that already ends sooner. Returns how many planned sessions were removed."""
        start = self.get(schedule_id)
        wanted = self._now().date() if last_day is None else validation.day(last_day)
        removed = 0
        with transaction(self._db):
            for schedule in self._chain(start):
                last = wanted if schedule.last_day is None else min(wanted, schedule.last_day)
                last = max(last, schedule.first_day - timedelta(days=1))
                through = min(schedule.planned_through, last)
                self._db.execute(
                    "UPDATE session_schedules SET last_day = ?, planned_through = ? WHERE id = ?",
                    (timestamps.day_key(last), timestamps.day_key(through), schedule.id),
                )
                found = self._db.execute(
                    f"SELECT id FROM sessions WHERE schedule_id = ? AND schedule_day > ?"
                    f" AND {_UNTOUCHED}",
                    (schedule.id, timestamps.day_key(last)),
                ).fetchall()
                removed += self._remove([int(session_id) for (session_id,) in found])
        return removed

    def _chain(self, first: Schedule) -> list[Schedule]:
        """``first`` and every schedule that continues it, directly or not."""
        followers: dict[int, list[Schedule]] = {}
        for schedule in self.all():
            if schedule.follows_id is not None:
                followers.setdefault(schedule.follows_id, []).append(schedule)
        chain = [first]
        for schedule in chain:  # grows while it is walked
            chain.extend(followers.get(schedule.id, []))
        return chain

    def _split(self, old: Schedule, start: date, pattern: SchedulePattern) -> int:
        """End ``old`` the day before ``start``; a new record takes over from ``start``
        with every session of the old one from that day on. Returns the new id."""
        before = start - timedelta(days=1)
        cursor = self._db.execute(
            f"INSERT INTO session_schedules ({_COLUMNS.partition(', ')[2]})"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                *_pattern_values(pattern),
                timestamps.day_key(start),
                None if old.last_day is None else timestamps.day_key(old.last_day),
                timestamps.day_key(max(old.planned_through, before)),
                old.id,
                timestamps.to_text(self._now()),
            ),
        )
        new_id = int(cursor.lastrowid)
        self._db.execute(
            "UPDATE session_schedules SET last_day = ?, planned_through = ? WHERE id = ?",
            (
                timestamps.day_key(before),
                timestamps.day_key(min(old.planned_through, before)),
                old.id,
            ),
        )
        self._db.execute(
            "UPDATE sessions SET schedule_id = ? WHERE schedule_id = ? AND schedule_day >= ?",
            (new_id, old.id, timestamps.day_key(start)),
        )
        return new_id

    def _follow_pattern(self, schedule_id: int, start: date, pattern: SchedulePattern) -> None:
        """Move the planned, unchanged sessions from ``start`` on to ``pattern``."""
        found = self._db.execute(
            f"SELECT id, schedule_day FROM sessions WHERE schedule_id = ? AND schedule_day >= ?"
            f" AND {_UNTOUCHED}",
            (schedule_id, timestamps.day_key(start)),
        ).fetchall()
        now = timestamps.to_text(self._now())
        moved: list[tuple[Any, ...]] = []
        gone: list[int] = []
        for session_id, day_text in found:
            day = date.fromisoformat(day_text)
            if day.weekday() not in pattern.weekdays:
                gone.append(int(session_id))
                continue
            begin = local_start(day, pattern.start_time, self._zone)
            moved.append(
                (
                    timestamps.to_text(begin),
                    timestamps.utc_key(begin),
                    timestamps.day_key(begin.date()),
                    timestamps.utc_key(begin + timedelta(minutes=pattern.minutes)),
                    pattern.minutes,
                    pattern.kind_id,
                    pattern.format.value,
                    pattern.provider_id,
                    pattern.provider_text,
                    now,
                    int(session_id),
                )
            )
        self._db.executemany(
            "UPDATE sessions SET start = ?, start_utc = ?, start_day = ?, end_utc = ?,"
            " minutes = ?, kind_id = ?, format = ?, provider_id = ?, provider_text = ?,"
            " edited = ? WHERE id = ?",
            moved,
        )
        self._remove(gone)

    def _remove(self, session_ids: list[int]) -> int:
        """Delete the blank ones; keep the others as sessions of their own."""
        before = self._db.total_changes
        self._db.executemany(
            f"DELETE FROM sessions WHERE id = ? AND {BLANK}", [(i,) for i in session_ids]
        )
        removed = int(self._db.total_changes - before)
        self._db.executemany(
            "UPDATE sessions SET changed = 1 WHERE id = ?", [(i,) for i in session_ids]
        )
        return removed

    def _extend_one(self, schedule: Schedule, until: date) -> int:
        last = until if schedule.last_day is None else min(until, schedule.last_day)
        first = schedule.planned_through + timedelta(days=1)
        if last < first:
            return 0
        added = self._plan(schedule, list(days_in(first, last, schedule.pattern.weekdays)))
        self._db.execute(
            "UPDATE session_schedules SET planned_through = ? WHERE id = ?",
            (timestamps.day_key(last), schedule.id),
        )
        return added

    def _plan(self, schedule: Schedule, days: list[date]) -> int:
        """Planned sessions of ``schedule`` on ``days`` (skipping any day it already has)."""
        if not days:
            return 0
        existing = {
            day
            for (day,) in self._db.execute(
                "SELECT schedule_day FROM sessions WHERE schedule_id = ?"
                " AND schedule_day BETWEEN ? AND ?",
                (schedule.id, timestamps.day_key(days[0]), timestamps.day_key(days[-1])),
            )
        }
        pattern = schedule.pattern
        now = timestamps.to_text(self._now())
        new_rows: list[tuple[Any, ...]] = []
        for day in days:
            key = timestamps.day_key(day)
            if key in existing:
                continue
            begin = local_start(day, pattern.start_time, self._zone)
            new_rows.append(
                (
                    timestamps.to_text(begin),
                    timestamps.utc_key(begin),
                    timestamps.day_key(begin.date()),
                    timestamps.utc_key(begin + timedelta(minutes=pattern.minutes)),
                    pattern.minutes,
                    pattern.kind_id,
                    pattern.format.value,
                    pattern.provider_id,
                    pattern.provider_text,
                    schedule.id,
                    key,
                    now,
                    now,
                )
            )
        self._db.executemany(
            "INSERT INTO sessions (start, start_utc, start_day, end_utc, minutes, kind_id,"
            " format, status, provider_id, provider_text, schedule_id, schedule_day, created,"
            " edited) VALUES (?, ?, ?, ?, ?, ?, ?, 'planned', ?, ?, ?, ?, ?, ?)",
            new_rows,
        )
        return len(new_rows)

    # ----- reading -----------------------------------------------------------------

    def get(self, schedule_id: int) -> Schedule:
        row = self._db.execute(
            f"SELECT {_COLUMNS} FROM session_schedules WHERE id = ?", (schedule_id,)
        ).fetchone()
        if row is None:
            raise NotFound(rows.SCHEDULE_GONE)
        return _schedule(row)

    def all(self) -> list[Schedule]:
        """Every schedule, ended ones too, oldest first."""
        found = self._db.execute(
            f"SELECT {_COLUMNS} FROM session_schedules ORDER BY first_day, id"
        ).fetchall()
        return [_schedule(row) for row in found]

    def active(self, day: date | None = None) -> list[Schedule]:
        """Schedules not ended before ``day`` (default today)."""
        when = self._now().date() if day is None else day
        return [s for s in self.all() if s.last_day is None or s.last_day >= when]


def _pattern_values(pattern: SchedulePattern) -> tuple[object, ...]:
    return (
        weekday_mask(pattern.weekdays),
        pattern.start_time.strftime("%H:%M"),
        pattern.minutes,
        pattern.kind_id,
        pattern.format.value,
        pattern.provider_id,
        pattern.provider_text,
    )


def _schedule(row: Any) -> Schedule:
    (
        schedule_id,
        mask,
        start_time,
        minutes,
        kind_id,
        format_,
        provider_id,
        provider_text,
        first_day,
        last_day,
        planned_through,
        follows_id,
        created,
    ) = row
    return Schedule(
        id=int(schedule_id),
        pattern=SchedulePattern(
            weekdays=weekdays_of(int(mask)),
            start_time=time.fromisoformat(start_time),
            minutes=int(minutes),
            kind_id=str(kind_id),
            format=Format(format_),
            provider_id=None if provider_id is None else int(provider_id),
            provider_text=str(provider_text),
        ),
        first_day=date.fromisoformat(first_day),
        last_day=rows.opt_day(last_day),
        planned_through=date.fromisoformat(planned_through),
        follows_id=None if follows_id is None else int(follows_id),
        created=timestamps.from_text(created),
    )
