"""Demo boundaries: four boundaries over the demo years, with a log of tested moments.

Each boundary is tested a few times a month; it holds more often as time goes on
(about half the time at first, most of the time by the end), bends now and then and
is sometimes not held. The family boundary was set aside (archived) partway through.
Deterministic for a seed and a day; everything goes through the repository, so demo
data obeys the same checks as anything a person enters. A vault that already has
boundaries gets none (a second demo never doubles a log).
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Final

from app.boundaries.model import BoundaryDraft, EventDraft, Outcome
from app.boundaries.repository import BoundaryRepository
from app.platform import timestamps
from app.platform.contributions import DemoPlan
from app.platform.sql import Connection, transaction

DAYS_PER_YEAR: Final = 365


@dataclass(frozen=True)
class _Plan:
    draft: BoundaryDraft
    per_week: float  # the chance of a tested moment in a given week
    archived_after: float | None = None  # share of the period after which it was archived
    starts_after: float = 0.0  # share of the period before it was written


_BOUNDARIES: Final = (
    _Plan(
        BoundaryDraft(
            area="alcohol-or-drugs-at-home",
            statement=(
                "If there is alcohol in the house, I will ask for it to go, and if it stays,"
                " I will spend that evening at my sister's."
            ),
            need="A home where staying sober doesn't take all my strength.",
            rehearsal=(
                "I love you, and I need our home to be a place where I can stay sober."
                " If there's drink in the house tonight, I'm going to stay at my sister's."
                " It isn't a punishment. It's what I need right now."
            ),
            bring_to_therapy=True,
        ),
        per_week=0.45,
    ),
    _Plan(
        BoundaryDraft(
            area="my-therapy-and-recovery",
            statement=(
                "If plans clash with my group evenings, I will keep my group and offer"
                " another evening that week."
            ),
            need="My recovery comes first, even when it's inconvenient for both of us.",
            rehearsal=(
                "I'd really like to do that with you. Tuesday is my group, and I'm keeping"
                " it. Could we do Wednesday instead?"
            ),
        ),
        per_week=0.35,
    ),
    _Plan(
        BoundaryDraft(
            area="privacy-and-phone",
            statement=(
                "If my phone or my journal is looked through without asking, I will say"
                " calmly that it isn't okay and step away until we can talk."
            ),
            need="Some privacy, and trust that we rebuild by talking rather than checking.",
            rehearsal=(
                "I understand why you worry, and I know I gave you reasons to. Looking at"
                " my phone isn't okay with me. I'm going to step out for a bit, and I'd"
                " like us to talk about what would help you feel safer."
            ),
        ),
        per_week=0.25,
        starts_after=0.2,
    ),
    _Plan(
        BoundaryDraft(
            area="family-and-friends",
            statement=(
                "If a family dinner goes past nine, I will say goodnight and head home,"
                " whatever else is going on."
            ),
            need="Rest, and not getting worn down in the evenings where I used to drink.",
            rehearsal="This was lovely. I'm heading off now; I need my sleep. Goodnight, all.",
        ),
        per_week=0.2,
        archived_after=0.6,
    ),
)

_WHAT_HAPPENED: Final = {
    Outcome.HELD: (
        "Said it the way I practised. It was awkward, and it was fine.",
        "Kept my word to myself. We talked about it the next day.",
        "Took a breath first, then said it calmly.",
        "I stayed with what I'd decided even though I felt guilty.",
        "",
    ),
    Outcome.BENT: (
        "I said part of it, then let the rest slide.",
        "I gave in a little because it was late and I was tired.",
        "Agreed to 'just this once'. Noticed it right after.",
        "",
    ),
    Outcome.NOT_HELD: (
        "Didn't say anything. I wanted to avoid a fight.",
        "I went along with it and felt low afterwards.",
        "",
    ),
}
_NEXT_TIME: Final = (
    "Say it earlier, before I'm worn out.",
    "Check HALT first.",
    "Text my sponsor before the conversation.",
    "Use the rehearsal words, not new ones.",
    "",
    "",
)
_FEELINGS: Final = {
    Outcome.HELD: (5, 8),
    Outcome.BENT: (3, 6),
    Outcome.NOT_HELD: (1, 4),
}


def _clock_at(day: date, at: time = time(21, 0)) -> Callable[[], datetime]:
    moment = datetime.combine(day, at).astimezone()
    return lambda: moment


def fill(connection: Connection, plan: DemoPlan) -> int:
    """Add the demo boundaries and their logs; returns how many records it added."""
    (existing,) = connection.execute("SELECT count(*) FROM boundaries").fetchone()
    if existing:
        return 0
    rng = random.Random(f"boundaries-{plan.seed}")
    days = max(1, plan.years) * DAYS_PER_YEAR
    first = max(timestamps.EARLIEST, plan.today - timedelta(days=days - 1))
    added = 0
    with transaction(connection):
        for item in _BOUNDARIES:
            added += _fill_one(connection, rng, item, first, plan.today)
    return added


def _fill_one(
    connection: Connection, rng: random.Random, item: _Plan, first: date, today: date
) -> int:
    span = (today - first).days
    begin = first + timedelta(days=int(span * item.starts_after))
    stop = today
    if item.archived_after is not None:
        stop = first + timedelta(days=int(span * item.archived_after))
    boundary = BoundaryRepository(connection, _clock_at(begin, time(20, 0))).create(item.draft)
    added = 1
    week = begin
    while week <= stop:
        if rng.random() < item.per_week:
            day = min(stop, week + timedelta(days=rng.randrange(7)))
            progress = (day - begin).days / max(1, (today - begin).days)
            added += _log(connection, rng, boundary.id, day, progress)
        week += timedelta(weeks=1)
    if item.archived_after is not None:
        BoundaryRepository(connection, _clock_at(stop)).archive(boundary.id)
    return added


def _log(
    connection: Connection, rng: random.Random, boundary_id: int, day: date, progress: float
) -> int:
    held_chance = 0.5 + 0.35 * progress  # holds more often as time goes on
    roll = rng.random()
    if roll < held_chance:
        outcome = Outcome.HELD
    elif roll < held_chance + (1 - held_chance) * 0.65:
        outcome = Outcome.BENT
    else:
        outcome = Outcome.NOT_HELD
    low, high = _FEELINGS[outcome]
    at = time(rng.randrange(7, 23), rng.choice((0, 15, 30, 45))) if rng.random() < 0.6 else None
    draft = EventDraft(
        happened=day,
        outcome=outcome,
        at=at,
        what_happened=rng.choice(_WHAT_HAPPENED[outcome]),
        feeling=rng.randint(low, high) if rng.random() < 0.9 else None,
        next_time="" if outcome is Outcome.HELD else rng.choice(_NEXT_TIME),
    )
    BoundaryRepository(connection, _clock_at(day, time(23, 0))).log_event(boundary_id, draft)
    return 1
