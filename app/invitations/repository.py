"""Plans, attempts and the spacing setting in the vault.

Every method runs on the thread that owns the connection and returns values from
``app.invitations.model``. Errors a person can act on are ``InvitationsError``
subclasses with one plain sentence; a bad value changes nothing.

- ``trash`` moves a plan to the trash for TRASH_DAYS days (its attempts stay in the
  history); ``restore`` brings it back; ``purge``/``purge_expired`` remove it for good,
  and its attempts keep their place in the history without a plan.
- ``attempts`` pages newest first on (happened, id): pass ``cursor_of`` the last
  attempt of a page as ``before`` to get the next.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from datetime import date, datetime, time, timedelta
from typing import Any, Final

from app.invitations import validation
from app.invitations.errors import NotFound
from app.invitations.model import (
    DEFAULT_SPACING_DAYS,
    TRASH_DAYS,
    Answer,
    Attempt,
    AttemptDraft,
    Calm,
    Halt,
    How,
    Plan,
    PlanDraft,
    PlanSummary,
    Spacing,
    spacing_after,
)
from app.platform import timestamps
from app.platform.sql import Connection, transaction
from app.sessions.model import DeclineReason

Clock = Callable[[], datetime]
AttemptCursor = tuple[str, int]

MAX_PAGE: Final = 500
PLAN_GONE: Final = "That plan no longer exists."
ATTEMPT_GONE: Final = "That attempt no longer exists."

PLAN_COLUMNS: Final = (
    "p.id, p.title, p.calm, p.after_fight, p.hungry, p.angry, p.lonely, p.tired, p.reasons,"
    " p.understanding, p.offer, p.draft, p.keep_doing, p.created, p.updated, p.deleted_at"
)
ATTEMPT_COLUMNS: Final = (
    "a.id, a.plan_id, a.happened, a.how, a.answer, a.reason, a.their_words, a.feeling,"
    " a.next_step, a.they_raised, a.created"
)


def _offer_ids() -> frozenset[str]:
    from app.invitations.content import bundled_guide

    return bundled_guide().offer_ids


class InvitationRepository:
    """The invitation planner of one open vault."""

    def __init__(
        self,
        connection: Connection,
        clock: Clock = timestamps.local_now,
        offers: Collection[str] | None = None,
    ) -> None:
        self._db = connection
        self._clock = clock
        self._offers = offers

    def _now(self) -> datetime:
        return timestamps.require_aware(self._clock(), "current time")

    @property
    def known_offers(self) -> Collection[str]:
        return _offer_ids() if self._offers is None else self._offers

    # ----- plans -------------------------------------------------------------------

    def create_plan(self, draft: PlanDraft) -> Plan:
        clean = validation.plan_draft(draft, self.known_offers)
        now = timestamps.to_text(self._now())
        cursor = self._db.execute(
            "INSERT INTO invitation_plans (created, updated, calm, after_fight, hungry, angry,"
            " lonely, tired, reasons, offer, title, understanding, draft, keep_doing)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (now, now, *_plan_values(clean)),
        )
        return self.get_plan(int(cursor.lastrowid))

    def update_plan(self, plan_id: int, draft: PlanDraft) -> Plan:
        """Replace every field a person edits (also on a plan in the trash: a late
        autosave is never lost)."""
        current = self.get_plan(plan_id)
        clean = validation.plan_draft(draft, self.known_offers, keep_offer=current.offer)
        self._db.execute(
            "UPDATE invitation_plans SET updated = ?, calm = ?, after_fight = ?, hungry = ?,"
            " angry = ?, lonely = ?, tired = ?, reasons = ?, offer = ?, title = ?,"
            " understanding = ?, draft = ?, keep_doing = ? WHERE id = ?",
            (timestamps.to_text(self._now()), *_plan_values(clean), plan_id),
        )
        return self.get_plan(plan_id)

    def trash_plan(self, plan_id: int) -> None:
        self.get_plan(plan_id)
        now = self._now()
        self._db.execute(
            "UPDATE invitation_plans SET deleted_at = ?, deleted_utc = ?"
            " WHERE id = ? AND deleted_at IS NULL",
            (timestamps.to_text(now), timestamps.utc_key(now), plan_id),
        )

    def restore_plan(self, plan_id: int) -> Plan:
        cursor = self._db.execute(
            "UPDATE invitation_plans SET deleted_at = NULL, deleted_utc = NULL WHERE id = ?",
            (plan_id,),
        )
        if cursor.rowcount == 0:
            raise NotFound(PLAN_GONE)
        return self.get_plan(plan_id)

    def purge_plan(self, plan_id: int) -> None:
        cursor = self._db.execute(
            "DELETE FROM invitation_plans WHERE id = ? AND deleted_at IS NOT NULL", (plan_id,)
        )
        if cursor.rowcount == 0:
            self.get_plan(plan_id)
            raise NotFound("That plan isn't in the trash.")

    def purge_expired(self, now: datetime | None = None, days: int = TRASH_DAYS) -> int:
        moment = self._now() if now is None else timestamps.require_aware(now, "current time")
        cutoff = timestamps.utc_key(moment - timedelta(days=days))
        cursor = self._db.execute(
            "DELETE FROM invitation_plans WHERE deleted_at IS NOT NULL AND deleted_utc <= ?",
            (cutoff,),
        )
        return int(cursor.rowcount)

    def get_plan(self, plan_id: int) -> Plan:
        row = self._db.execute(
            f"SELECT {PLAN_COLUMNS} FROM invitation_plans p WHERE p.id = ?", (plan_id,)
        ).fetchone()
        if row is None:
            raise NotFound(PLAN_GONE)
        return plan_of(row)

    def plans(self) -> list[PlanSummary]:
        """Plans outside the trash, the most recently changed first, with how many
        attempts each has and when it was last used."""
        found = self._db.execute(
            f"SELECT {PLAN_COLUMNS}, (SELECT count(*) FROM invitation_attempts"
            " WHERE plan_id = p.id), (SELECT max(happened) FROM invitation_attempts"
            " WHERE plan_id = p.id) FROM invitation_plans p WHERE p.deleted_at IS NULL"
            " ORDER BY p.updated DESC, p.id DESC"
        ).fetchall()
        return [
            PlanSummary(
                plan=plan_of(row[:-2]),
                attempts=int(row[-2]),
                last_asked=None if row[-1] is None else date.fromisoformat(row[-1][:10]),
            )
            for row in found
        ]

    def in_trash(self) -> list[Plan]:
        found = self._db.execute(
            f"SELECT {PLAN_COLUMNS} FROM invitation_plans p WHERE p.deleted_at IS NOT NULL"
            " ORDER BY p.deleted_utc DESC, p.id DESC"
        ).fetchall()
        return [plan_of(row) for row in found]

    # ----- attempts ----------------------------------------------------------------

    def log_attempt(self, draft: AttemptDraft) -> Attempt:
        now = self._now()
        clean = validation.attempt_draft(draft, now.date())
        with transaction(self._db):
            self._check_plan(clean.plan_id)
            cursor = self._db.execute(
                "INSERT INTO invitation_attempts (plan_id, happened, how, answer, reason,"
                " feeling, they_raised, created, their_words, next_step)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    *_attempt_values(clean),
                    timestamps.to_text(now),
                    clean.their_words,
                    clean.next_step,
                ),
            )
        return self.get_attempt(int(cursor.lastrowid))

    def update_attempt(self, attempt_id: int, draft: AttemptDraft) -> Attempt:
        clean = validation.attempt_draft(draft, self._now().date())
        with transaction(self._db):
            self.get_attempt(attempt_id)
            self._check_plan(clean.plan_id, allow_trashed=True)
            self._db.execute(
                "UPDATE invitation_attempts SET plan_id = ?, happened = ?, how = ?, answer = ?,"
                " reason = ?, feeling = ?, they_raised = ?, their_words = ?, next_step = ?"
                " WHERE id = ?",
                (*_attempt_values(clean), clean.their_words, clean.next_step, attempt_id),
            )
        return self.get_attempt(attempt_id)

    def _check_plan(self, plan_id: int | None, *, allow_trashed: bool = False) -> None:
        if plan_id is None:
            return
        plan = self.get_plan(plan_id)
        if plan.deleted_at is not None and not allow_trashed:
            raise NotFound(PLAN_GONE)

    def delete_attempt(self, attempt_id: int) -> None:
        cursor = self._db.execute("DELETE FROM invitation_attempts WHERE id = ?", (attempt_id,))
        if cursor.rowcount == 0:
            raise NotFound(ATTEMPT_GONE)

    def get_attempt(self, attempt_id: int) -> Attempt:
        row = self._db.execute(
            f"SELECT {ATTEMPT_COLUMNS} FROM invitation_attempts a WHERE a.id = ?", (attempt_id,)
        ).fetchone()
        if row is None:
            raise NotFound(ATTEMPT_GONE)
        return attempt_of(row)

    def attempts(
        self, limit: int = 50, before: AttemptCursor | None = None, plan_id: int | None = None
    ) -> list[Attempt]:
        """A page of attempts, newest first (of one plan when ``plan_id`` is given)."""
        clauses, params = ["1"], list[object]()
        if plan_id is not None:
            clauses.append("a.plan_id = ?")
            params.append(int(plan_id))
        if before is not None:
            clauses.append("(a.happened, a.id) < (?, ?)")
            params += [str(before[0]), int(before[1])]
        found = self._db.execute(
            f"SELECT {ATTEMPT_COLUMNS} FROM invitation_attempts a WHERE {' AND '.join(clauses)}"
            " ORDER BY a.happened DESC, a.id DESC LIMIT ?",
            [*params, _limit(limit)],
        ).fetchall()
        return [attempt_of(row) for row in found]

    @staticmethod
    def cursor_of(attempt: Attempt) -> AttemptCursor:
        return validation.happened_key(attempt.happened, attempt.at), attempt.id

    def count(self) -> int:
        return int(self._db.execute("SELECT count(*) FROM invitation_attempts").fetchone()[0])

    def attempts_between(self, start: date, end: date) -> list[Attempt]:
        """Attempts on ``start`` .. ``end`` (inclusive), oldest first."""
        low, high = validation.day_range(start, end)
        found = self._db.execute(
            f"SELECT {ATTEMPT_COLUMNS} FROM invitation_attempts a"
            " WHERE a.happened >= ? AND a.happened < ? ORDER BY a.happened, a.id",
            (timestamps.day_key(low), timestamps.day_key(high + timedelta(days=1))),
        ).fetchall()
        return [attempt_of(row) for row in found]

    def answers_between(self, start: date, end: date) -> list[tuple[str, str]]:
        """(happened, answer) of every attempt on ``start`` .. ``end``, from the index."""
        low, high = validation.day_range(start, end)
        return [
            (str(h), str(a))
            for h, a in self._db.execute(
                "SELECT happened, answer FROM invitation_attempts"
                " WHERE happened >= ? AND happened < ? ORDER BY happened",
                (timestamps.day_key(low), timestamps.day_key(high + timedelta(days=1))),
            )
        ]

    # ----- the spacing setting ------------------------------------------------------

    def spacing_days(self) -> int:
        row = self._db.execute(
            "SELECT spacing_days FROM invitation_settings WHERE id = 1"
        ).fetchone()
        return DEFAULT_SPACING_DAYS if row is None else int(row[0])

    def set_spacing_days(self, days: int) -> int:
        value = validation.spacing_days(days)
        self._db.execute(
            "INSERT INTO invitation_settings (id, spacing_days) VALUES (1, ?)"
            " ON CONFLICT (id) DO UPDATE SET spacing_days = excluded.spacing_days",
            (value,),
        )
        return value

    def spacing(self) -> Spacing:
        """When asking again would be kind, after the newest attempt."""
        newest = self.attempts(1)
        return spacing_after(newest[0] if newest else None, self.spacing_days())


# ----- rows -------------------------------------------------------------------------


def _plan_values(clean: validation.CleanPlan) -> tuple[object, ...]:
    return (
        None if clean.calm is None else clean.calm.value,
        None if clean.after_fight is None else int(clean.after_fight),
        int(Halt.HUNGRY in clean.halt),
        int(Halt.ANGRY in clean.halt),
        int(Halt.LONELY in clean.halt),
        int(Halt.TIRED in clean.halt),
        clean.reasons,
        clean.offer,
        clean.title,
        clean.understanding,
        clean.draft,
        clean.keep_doing,
    )


def _attempt_values(clean: validation.CleanAttempt) -> tuple[object, ...]:
    return (
        clean.plan_id,
        clean.happened,
        clean.how.value,
        clean.answer.value,
        None if clean.reason is None else clean.reason.value,
        clean.feeling,
        int(clean.they_raised),
    )


def plan_of(row: Any) -> Plan:
    (
        plan_id,
        title,
        calm,
        after_fight,
        hungry,
        angry,
        lonely,
        tired,
        reasons,
        understanding,
        offer,
        draft,
        keep_doing,
        created,
        updated,
        deleted_at,
    ) = row
    halt = {
        h
        for h, on in (
            (Halt.HUNGRY, hungry),
            (Halt.ANGRY, angry),
            (Halt.LONELY, lonely),
            (Halt.TIRED, tired),
        )
        if on
    }
    return Plan(
        id=int(plan_id),
        title=str(title),
        calm=None if calm is None else Calm(calm),
        after_fight=None if after_fight is None else bool(after_fight),
        halt=frozenset(halt),
        reasons=tuple(DeclineReason(r) for r in str(reasons).split(",") if r),
        understanding=str(understanding),
        offer=str(offer),
        draft=str(draft),
        keep_doing=str(keep_doing),
        created=timestamps.from_text(created),
        updated=timestamps.from_text(updated),
        deleted_at=None if deleted_at is None else timestamps.from_text(deleted_at),
    )


def attempt_of(row: Any) -> Attempt:
    (
        attempt_id,
        plan_id,
        happened,
        how,
        answer,
        reason,
        their_words,
        feeling,
        next_step,
        they_raised,
        created,
    ) = row
    day_text, _t, time_text = str(happened).partition("T")
    return Attempt(
        id=int(attempt_id),
        plan_id=None if plan_id is None else int(plan_id),
        happened=date.fromisoformat(day_text),
        at=time.fromisoformat(time_text) if time_text else None,
        how=How(how),
        answer=Answer(answer),
        reason=None if reason is None else DeclineReason(reason),
        their_words=str(their_words),
        feeling=None if feeling is None else int(feeling),
        next_step=str(next_step),
        they_raised=bool(they_raised),
        created=timestamps.from_text(created),
    )


def _limit(limit: int) -> int:
    return max(0, min(int(limit), MAX_PAGE))
