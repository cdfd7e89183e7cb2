"""Shared helpers for the invitation planner tests: a clock that moves only when told,
plain drafts, bulk attempts, and a snapshot of the tables (to prove a refusal wrote
nothing)."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from app.invitations.model import Answer, AttemptDraft, Calm, Halt, How, PlanDraft
from app.sessions.model import DeclineReason

NY = ZoneInfo("America/New_York")
NOW = datetime(2026, 3, 4, 12, 0, tzinfo=NY)
TODAY = NOW.date()
TABLES = ("invitation_plans", "invitation_attempts", "invitation_settings")
EMOJI_RTL = "אם תרצה, נלך יחד 🌊 — هل تأتي معي مرة واحدة؟ 🙏🏽"


class Clock:
    def __init__(self, now: datetime = NOW) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


def plan(**changes: Any) -> PlanDraft:
    draft = PlanDraft(
        title="One session",
        calm=Calm.YES,
        after_fight=False,
        halt=frozenset({Halt.TIRED}),
        reasons=(DeclineReason.PRIVACY,),
        understanding="A session from home might help.",
        offer="one-session",
        draft="Would you try one session with me?",
        keep_doing="My group on Tuesdays.",
    )
    return replace(draft, **changes)


def attempt(**changes: Any) -> AttemptDraft:
    draft = AttemptDraft(
        happened=date(2026, 3, 2),
        how=How.IN_PERSON,
        answer=Answer.NOT_NOW,
        reason=DeclineReason.PRIVACY,
        their_words="Not this month.",
        feeling=4,
        next_step="Wait two weeks.",
    )
    return replace(draft, **changes)


def snapshot(connection: Any) -> dict[str, list[tuple[Any, ...]]]:
    return {
        table: sorted(connection.execute(f"SELECT * FROM {table}").fetchall(), key=repr)
        for table in TABLES
    }


def bulk_attempts(connection: Any, n: int, last: date, seed: int = 3) -> None:
    """``n`` attempts on days up to ``last``, written straight into the table."""
    rng = random.Random(seed)
    rows = []
    for i in range(n):
        day = (last - timedelta(days=i // 2)).isoformat()
        answer = rng.choice(("yes", "maybe", "not_now", "no", "not_reached"))
        rows.append((day, answer))
    connection.execute("BEGIN")
    connection.executemany(
        "INSERT INTO invitation_attempts (happened, how, answer, created, their_words,"
        " next_step) VALUES (?, 'in_person', ?, '2026-03-04T12:00:00-05:00', 'Words.', '')",
        rows,
    )
    connection.execute("COMMIT")
