"""Reflections, the values page and monthly check-ins in the vault.

Every method runs on the thread that owns the connection and returns values from
``app.reflection.model``. A refused value raises ``InvalidReflection`` (one plain
sentence) before anything is written.

- ``create``/``update``/``delete`` a dated reflection; ``summaries`` lists them newest
  first (day and id only); ``get`` reads one whole.
- ``values``/``save_values``: the one "values and the future" page.
- ``save_checkin`` keeps one check-in per calendar month: saving a month that has one
  replaces its answers (``created`` stays). ``checkins`` reads a span oldest first.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Final

from app.platform import timestamps
from app.platform.sql import Connection, transaction
from app.reflection import content as reflection_content
from app.reflection import validation
from app.reflection.errors import NotFound
from app.reflection.model import (
    Answer,
    CheckInDraft,
    Leaning,
    MonthlyCheckIn,
    OptionAnswer,
    Reflection,
    ReflectionDraft,
    Values,
    ValuesDraft,
)

Clock = Callable[[], datetime]

REFLECTION_GONE: Final = "That reflection no longer exists."
CHECKIN_GONE: Final = "That month's check-in no longer exists."


@dataclass(frozen=True)
class ReflectionSummary:
    id: int
    day: date


class ReflectionRepository:
    """The reflection module's data in one open vault."""

    def __init__(
        self,
        connection: Connection,
        clock: Clock = timestamps.local_now,
        content: reflection_content.Content | None = None,
    ) -> None:
        self._db = connection
        self._clock = clock
        self._content = content

    @property
    def content(self) -> reflection_content.Content:
        return self._content or reflection_content.bundled()

    def _now(self) -> datetime:
        return timestamps.require_aware(self._clock(), "current time")

    # ----- reflections -------------------------------------------------------------

    def _clean(self, draft: ReflectionDraft) -> ReflectionDraft:
        content = self.content
        return validation.reflection_draft(
            draft, content.ids("reasons"), content.ids("impacts"), self._now().date()
        )

    def create(self, draft: ReflectionDraft) -> Reflection:
        clean = self._clean(draft)
        now = timestamps.to_text(self._now())
        with transaction(self._db):
            cursor = self._db.execute(
                "INSERT INTO reflections (day, created, updated) VALUES (?, ?, ?)",
                (timestamps.day_key(clean.day), now, now),
            )
            reflection_id = int(cursor.lastrowid)
            self._write_answers(reflection_id, clean)
        return self.get(reflection_id)

    def update(self, reflection_id: int, draft: ReflectionDraft) -> Reflection:
        clean = self._clean(draft)
        with transaction(self._db):
            cursor = self._db.execute(
                "UPDATE reflections SET day = ?, updated = ? WHERE id = ?",
                (timestamps.day_key(clean.day), timestamps.to_text(self._now()), reflection_id),
            )
            if cursor.rowcount == 0:
                raise NotFound(REFLECTION_GONE)
            self._db.execute(
                "DELETE FROM reflection_answers WHERE reflection_id = ?", (reflection_id,)
            )
            self._write_answers(reflection_id, clean)
        return self.get(reflection_id)

    def _write_answers(self, reflection_id: int, clean: ReflectionDraft) -> None:
        rows = [
            (reflection_id, kind, item, a.score, int(a.unsure), a.note)
            for kind, answers in (("reason", clean.reasons), ("impact", clean.impacts))
            for item, a in answers.items()
        ]
        self._db.executemany(
            "INSERT INTO reflection_answers (reflection_id, kind, item, score, unsure, note)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            rows,
        )

    def delete(self, reflection_id: int) -> None:
        cursor = self._db.execute("DELETE FROM reflections WHERE id = ?", (reflection_id,))
        if cursor.rowcount == 0:
            raise NotFound(REFLECTION_GONE)

    def get(self, reflection_id: int) -> Reflection:
        row = self._db.execute(
            "SELECT id, day, created, updated FROM reflections WHERE id = ?", (reflection_id,)
        ).fetchone()
        if row is None:
            raise NotFound(REFLECTION_GONE)
        reasons: dict[str, Answer] = {}
        impacts: dict[str, Answer] = {}
        for kind, item, score, unsure, note in self._db.execute(
            "SELECT kind, item, score, unsure, note FROM reflection_answers"
            " WHERE reflection_id = ? ORDER BY rowid",
            (reflection_id,),
        ):
            answer = Answer(None if score is None else int(score), bool(unsure), str(note))
            (reasons if kind == "reason" else impacts)[str(item)] = answer
        return Reflection(
            id=int(row[0]),
            day=date.fromisoformat(row[1]),
            reasons=reasons,
            impacts=impacts,
            created=timestamps.from_text(row[2]),
            updated=timestamps.from_text(row[3]),
        )

    def summaries(self) -> list[ReflectionSummary]:
        """Every reflection, newest day first."""
        return [
            ReflectionSummary(int(i), date.fromisoformat(d))
            for i, d in self._db.execute(
                "SELECT id, day FROM reflections ORDER BY day DESC, id DESC"
            )
        ]

    def between(self, start: date, end: date) -> list[Reflection]:
        """Reflections dated ``start`` .. ``end``, oldest first."""
        ids = [
            int(i)
            for (i,) in self._db.execute(
                "SELECT id FROM reflections WHERE day >= ? AND day <= ? ORDER BY day, id",
                (timestamps.day_key(start), timestamps.day_key(end)),
            )
        ]
        return [self.get(i) for i in ids]

    # ----- values and the future ----------------------------------------------------

    def values(self) -> Values:
        row = self._db.execute(
            "SELECT updated, what_i_value, what_i_need, can_live_with, cannot_live_with"
            " FROM reflection_values WHERE id = 1"
        ).fetchone()
        options = {
            str(option): OptionAnswer(None if leaning is None else Leaning(leaning), str(note))
            for option, leaning, note in self._db.execute(
                "SELECT option, leaning, note FROM reflection_options ORDER BY rowid"
            )
        }
        if row is None:
            return Values(options=options)
        return Values(
            what_i_value=str(row[1]),
            what_i_need=str(row[2]),
            can_live_with=str(row[3]),
            cannot_live_with=str(row[4]),
            options=options,
            updated=timestamps.from_text(row[0]),
        )

    def save_values(self, draft: ValuesDraft) -> Values:
        clean = validation.values_draft(draft, self.content.ids("options"))
        with transaction(self._db):
            self._db.execute(
                "INSERT INTO reflection_values (id, updated, what_i_value, what_i_need,"
                " can_live_with, cannot_live_with) VALUES (1, ?, ?, ?, ?, ?)"
                " ON CONFLICT (id) DO UPDATE SET updated = excluded.updated,"
                " what_i_value = excluded.what_i_value, what_i_need = excluded.what_i_need,"
                " can_live_with = excluded.can_live_with,"
                " cannot_live_with = excluded.cannot_live_with",
                (
                    timestamps.to_text(self._now()),
                    clean.what_i_value,
                    clean.what_i_need,
                    clean.can_live_with,
                    clean.cannot_live_with,
                ),
            )
            self._db.execute("DELETE FROM reflection_options")
            self._db.executemany(
                "INSERT INTO reflection_options (option, leaning, note) VALUES (?, ?, ?)",
                [
                    (item, None if a.leaning is None else a.leaning.value, a.note)
                    for item, a in clean.options.items()
                ],
            )
        return self.values()

    # ----- monthly check-ins ---------------------------------------------------------

    def save_checkin(self, draft: CheckInDraft) -> MonthlyCheckIn:
        """Save the month's check-in; a month that has one gets its answers replaced."""
        now = self._now()
        clean = validation.checkin_draft(draft, self.content.ids("checkin"), now.date())
        key = validation.month_key(clean.month)
        stamp = timestamps.to_text(now)
        with transaction(self._db):
            self._db.execute(
                "INSERT INTO relationship_checkins (month, created, updated, note)"
                " VALUES (?, ?, ?, ?) ON CONFLICT (month) DO UPDATE SET"
                " updated = excluded.updated, note = excluded.note",
                (key, stamp, stamp, clean.note),
            )
            self._db.execute("DELETE FROM relationship_checkin_scores WHERE month = ?", (key,))
            self._db.executemany(
                "INSERT INTO relationship_checkin_scores (month, question, score) VALUES (?, ?, ?)",
                [(key, question, value) for question, value in clean.scores.items()],
            )
        found = self.checkin(clean.month)
        assert found is not None
        return found

    def delete_checkin(self, month: date) -> None:
        key = validation.month_key(month.replace(day=1))
        cursor = self._db.execute("DELETE FROM relationship_checkins WHERE month = ?", (key,))
        if cursor.rowcount == 0:
            raise NotFound(CHECKIN_GONE)

    def checkin(self, month: date) -> MonthlyCheckIn | None:
        """The check-in of ``month`` (any day of it), or None."""
        key = validation.month_key(month.replace(day=1))
        found = self._checkins("WHERE c.month = ?", [key])
        return found[0] if found else None

    def checkins(self, start: date | None = None, end: date | None = None) -> list[MonthlyCheckIn]:
        """Check-ins of the months ``start`` .. ``end`` (inclusive; any day of each),
        oldest first."""
        clause, params = [], []
        if start is not None:
            clause.append("c.month >= ?")
            params.append(validation.month_key(start.replace(day=1)))
        if end is not None:
            clause.append("c.month <= ?")
            params.append(validation.month_key(end.replace(day=1)))
        where = f"WHERE {' AND '.join(clause)}" if clause else ""
        return self._checkins(where, params)

    def _checkins(self, where: str, params: list[Any]) -> list[MonthlyCheckIn]:
        rows = self._db.execute(
            f"SELECT c.month, c.created, c.updated, c.note FROM relationship_checkins c {where}"
            " ORDER BY c.month",
            params,
        ).fetchall()
        if not rows:
            return []
        scores: dict[str, dict[str, int]] = {}
        low, high = rows[0][0], rows[-1][0]
        for month, question, value in self._db.execute(
            "SELECT month, question, score FROM relationship_checkin_scores"
            " WHERE month >= ? AND month <= ? ORDER BY month, rowid",
            (low, high),
        ):
            scores.setdefault(str(month), {})[str(question)] = int(value)
        return [
            MonthlyCheckIn(
                month=date.fromisoformat(f"{m}-01"),
                scores=scores.get(str(m), {}),
                note=str(note),
                created=timestamps.from_text(created),
                updated=timestamps.from_text(updated),
            )
            for m, created, updated, note in rows
        ]
