"""Demo reflections: a few dated reflections over the demo years, monthly check-ins
(most months, drifting slowly upward with ups and downs) and a filled values page.

Deterministic for a seed and a day; everything goes through the repository, so demo
data obeys the same checks as anything a person enters. A vault that already has
reflections or check-ins gets none.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from typing import Final

from app.platform.contributions import DemoPlan
from app.platform.sql import Connection, transaction
from app.reflection.model import (
    Answer,
    CheckInDraft,
    Leaning,
    OptionAnswer,
    ReflectionDraft,
    ValuesDraft,
)
from app.reflection.repository import ReflectionRepository

DAYS_PER_YEAR: Final = 365
# Shares of the demo period at which a reflection was written.
_REFLECTION_AT: Final = (0.05, 0.45, 0.8, 1.0)
_REASON_NOTES: Final = {
    "privacy-worries": "They said once they'd hate anyone 'knowing our business'.",
    "blame-or-resentment": "I think they expect it to be about everything I put us through.",
    "handle-it-ourselves": "'We got through worse on our own' comes up a lot.",
}
_IMPACT_NOTES: Final = {
    "isolation": "Evenings are the hardest. I do the talking in group, then come home to quiet.",
    "risk-to-my-recovery": "After a row I notice the old pull. Calling my sponsor helps.",
    "children-and-family": "Sam picks up on the tension, even when we keep our voices down.",
}
_CHECKIN_NOTES: Final = (
    "A calmer month. We had a good weekend away.",
    "Some tense evenings around money.",
    "",
    "",
    "We talked about my program without it turning into an argument.",
    "",
)


def _clock_at(day: date) -> Callable[[], datetime]:
    moment = datetime.combine(day, time(21, 30)).astimezone()
    return lambda: moment


def fill(connection: Connection, plan: DemoPlan) -> int:
    """Add the demo reflections, check-ins and values; returns how many records."""
    (existing,) = connection.execute(
        "SELECT (SELECT count(*) FROM reflections) + (SELECT count(*) FROM relationship_checkins)"
    ).fetchone()
    if existing:
        return 0
    rng = random.Random(f"reflection-{plan.seed}")
    days = max(1, plan.years) * DAYS_PER_YEAR
    first = plan.today - timedelta(days=days - 1)
    added = 0
    with transaction(connection):
        for share in _REFLECTION_AT:
            day = first + timedelta(days=int((days - 1) * share))
            added += _reflection(connection, rng, day, share)
        month = first.replace(day=1)
        while month <= plan.today:
            if rng.random() < 0.85:
                progress = (month - first).days / days
                day = min(plan.today, month + timedelta(days=rng.randrange(20, 28)))
                added += _checkin(connection, rng, month, day, progress)
            month = (month + timedelta(days=32)).replace(day=1)
        ReflectionRepository(connection, _clock_at(plan.today - timedelta(days=3))).save_values(
            _VALUES
        )
        added += 1
    return added


def _reflection(connection: Connection, rng: random.Random, day: date, share: float) -> int:
    repo = ReflectionRepository(connection, _clock_at(day))
    content = repo.content
    reasons = {}
    for item in content.reasons:
        if item.id == "something-else":
            continue
        if rng.random() < 0.15:
            reasons[item.id] = Answer(unsure=True)
            continue
        base = {"privacy-worries": 7, "blame-or-resentment": 6, "handle-it-ourselves": 8}.get(
            item.id, 4
        )
        reasons[item.id] = Answer(
            score=max(0, min(10, base + rng.randint(-2, 1))), note=_REASON_NOTES.get(item.id, "")
        )
    impacts = {
        item.id: Answer(
            score=max(0, min(10, round(8 - 4 * share) + rng.randint(-1, 1))),
            note=_IMPACT_NOTES.get(item.id, "") if rng.random() < 0.7 else "",
        )
        for item in content.impacts
    }
    repo.create(ReflectionDraft(day=day, reasons=reasons, impacts=impacts))
    return 1


def _checkin(
    connection: Connection, rng: random.Random, month: date, day: date, progress: float
) -> int:
    repo = ReflectionRepository(connection, _clock_at(day))
    scores = {}
    for item in repo.content.checkin:
        base = 4 + 3 * progress + (1.5 if item.id == "feeling-safe" else 0)
        scores[item.id] = max(0, min(10, round(base + rng.uniform(-2, 2))))
    repo.save_checkin(CheckInDraft(month, scores, rng.choice(_CHECKIN_NOTES)))
    return 1


_VALUES: Final = ValuesDraft(
    what_i_value="Honesty, even when it's uncomfortable. Being a steady parent. My sobriety.",
    what_i_need="To keep my recovery first, and to feel we're on the same side at least some"
    " of the time.",
    can_live_with="Them not coming to sessions for now, as long as they respect my program.",
    cannot_live_with="Alcohol kept in the house, or being made to choose between them and"
    " my meetings.",
    options={
        "keep-working-and-wait": OptionAnswer(
            Leaning.QUITE_A_LOT, "This is where I am for now. My own work is paying off."
        ),
        "ask-again-later": OptionAnswer(Leaning.SOMEWHAT, "Maybe after the summer, calmly."),
        "couples-work-later": OptionAnswer(Leaning.A_LITTLE, ""),
        "separating": OptionAnswer(
            Leaning.NOT_AT_ALL, "Not where I am. I want to bring it up anyway."
        ),
    },
)
