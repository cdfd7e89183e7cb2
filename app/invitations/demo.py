"""Demo invitations: a few plans over the demo years, and the attempts made with them.

Asks come every few weeks (never inside the 14-day pause unless the partner brought it
up), answered mostly "not now" or "no" at first and more often "maybe" later, with the
reasons the article names. Deterministic for a seed and a day; everything goes through
the repository, so demo data obeys the same checks as anything a person enters. A
vault that already has plans or attempts gets none.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from typing import Final

from app.invitations.model import Answer, AttemptDraft, Calm, Halt, How, PlanDraft
from app.invitations.repository import InvitationRepository
from app.platform import timestamps
from app.platform.contributions import DemoPlan
from app.platform.sql import Connection, transaction
from app.sessions.model import DeclineReason

DAYS_PER_YEAR: Final = 365

_PLANS: Final = (
    PlanDraft(
        title="Asking about one session",
        calm=Calm.YES,
        after_fight=False,
        halt=frozenset({Halt.TIRED}),
        reasons=(DeclineReason.PRIVACY, DeclineReason.VULNERABLE),
        understanding=(
            "They have always kept things in the family. Maybe a session from home, on"
            " the laptop, would feel less exposing."
        ),
        offer="one-session",
        draft=(
            "I've been thinking about something and I'd like to share it, if now is okay."
            " My program offers couples sessions online. Would you be open to trying just"
            " one with me? If it isn't for you, that's okay, and I'll keep going to mine."
        ),
        keep_doing="My Tuesday group, calling my sponsor on Sundays, my morning walk.",
    ),
    PlanDraft(
        title="The family session in my program",
        calm=Calm.YES,
        after_fight=False,
        reasons=(DeclineReason.HURT, DeclineReason.OURSELVES),
        understanding=(
            "There is still hurt from last year. I can say that the session is not about"
            " going over who did what."
        ),
        offer="family-session",
        draft=(
            "Thank you for the last few weeks, it has meant a lot. My program has a family"
            " evening next month. I'd really like you there, and it's fine to just listen."
        ),
        keep_doing="Keep my own sessions, keep my boundaries about drink at home.",
    ),
    PlanDraft(
        title="Reading something together",
        calm=Calm.NOT_SURE,
        after_fight=False,
        halt=frozenset({Halt.HUNGRY}),
        reasons=(DeclineReason.NO_NEED,),
        offer="read-together",
        draft="I found a short article about couples in recovery. Could we read it together on Sunday?",
        keep_doing="Whatever they say, I keep my therapy and my check-ins.",
    ),
)

_WORDS: Final = {
    Answer.YES: ("They said they'd give it one try.", ""),
    Answer.MAYBE: ("They said they'd think about it.", "They asked what it would involve.", ""),
    Answer.NOT_NOW: ("They went quiet, then said not now.", "Maybe after the holidays.", ""),
    Answer.NO: ("They said it isn't for them.", ""),
    Answer.NOT_REACHED: ("The evening got busy and I let it go.", ""),
}
_NEXT: Final = (
    "Leave it for a few weeks and look after myself.",
    "Talk it over with my therapist.",
    "Ask again after the holidays.",
    "",
)


# Where in the demo's years each plan is made: uneven, as a person's would be (one
# plan carried for months, a later one tried a few times).
_PLAN_STARTS = (0.0, 0.45, 0.8)


def _clock_at(day: date, at: time = time(21, 0)) -> Callable[[], datetime]:
    moment = datetime.combine(day, at).astimezone()
    return lambda: moment


def _answer(rng: random.Random, progress: float) -> Answer:
    roll = rng.random()
    open_chance = 0.1 + 0.35 * progress
    if roll < open_chance * 0.3:
        return Answer.YES
    if roll < open_chance:
        return Answer.MAYBE
    if roll < open_chance + 0.35:
        return Answer.NOT_NOW
    if roll < open_chance + 0.55:
        return Answer.NO
    return Answer.NOT_REACHED


def fill(connection: Connection, plan: DemoPlan) -> int:
    """Add the demo plans and attempts; returns how many records it added."""
    (existing,) = connection.execute(
        "SELECT (SELECT count(*) FROM invitation_plans) + (SELECT count(*) FROM invitation_attempts)"
    ).fetchone()
    if existing:
        return 0
    rng = random.Random(f"invitations-{plan.seed}")
    days = max(1, plan.years) * DAYS_PER_YEAR
    first = max(timestamps.EARLIEST, plan.today - timedelta(days=days - 1))
    span = max(1, (plan.today - first).days)
    added = 0
    with transaction(connection):
        plan_ids: list[tuple[date, int]] = []
        for number, draft in enumerate(_PLANS):
            made_on = first + timedelta(days=int(span * _PLAN_STARTS[number]))
            stored = InvitationRepository(connection, _clock_at(made_on, time(20, 0))).create_plan(
                draft
            )
            plan_ids.append((made_on, stored.id))
            added += 1
        day = first + timedelta(days=rng.randrange(3, 10))
        while day <= plan.today:
            plan_id = max((pid for made, pid in plan_ids if made <= day), default=None)
            progress = (day - first).days / span
            answer = _answer(rng, progress)
            raised = rng.random() < 0.1
            reason = None
            if answer in (Answer.NOT_NOW, Answer.NO):
                reason = rng.choice(tuple(DeclineReason)[:-1])
            attempt = AttemptDraft(
                happened=day,
                how=rng.choice((How.IN_PERSON, How.IN_PERSON, How.MESSAGE, How.CALL)),
                answer=answer,
                at=time(rng.randrange(17, 22), rng.choice((0, 30))) if rng.random() < 0.5 else None,
                reason=reason,
                their_words=rng.choice(_WORDS[answer]),
                feeling=rng.randint(2, 8) if rng.random() < 0.85 else None,
                next_step=rng.choice(_NEXT),
                they_raised=raised,
                plan_id=plan_id,
            )
            InvitationRepository(connection, _clock_at(day, time(23, 0))).log_attempt(attempt)
            added += 1
            # 15..28 days apart: past the pause, and every month has one.
            day += timedelta(days=rng.randrange(15, 29))
    return added
