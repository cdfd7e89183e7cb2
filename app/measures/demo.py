"""Demo questionnaires: a PHQ-9 and a GAD-7 every few weeks over the demo years.

Scores start in the moderate range and ease over time, with ups and downs; once,
early on, a PHQ-9 has item 9 above zero (so the demo shows how that is handled).
Deterministic for a seed and a day; everything goes through the repository, so demo
runs obey the same checks as anything a person enters. A vault that already has
questionnaires gets none.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from typing import Final

from app.measures import content
from app.measures.repository import MeasureRepository
from app.platform import timestamps
from app.platform.contributions import DemoPlan
from app.platform.sql import Connection, transaction

DAYS_PER_YEAR: Final = 365
# (share of the maximum score at the start, at the end)
_TREND: Final = {"phq9": (0.45, 0.18), "gad7": (0.5, 0.22)}


def _clock_at(day: date, at: time = time(20, 30)) -> Callable[[], datetime]:
    moment = datetime.combine(day, at).astimezone()
    return lambda: moment


def answers_for(
    measure: content.Measure, target: int, rng: random.Random, crisis: bool = False
) -> dict[str, int]:
    """Answers summing to about ``target``; the crisis item is 0 unless ``crisis``."""
    top = max(measure.values)
    answers = {item.id: 0 for item in measure.items}
    free = [item.id for item in measure.items if item.id != measure.crisis_item]
    if crisis and measure.crisis_item is not None:
        answers[measure.crisis_item] = 1
        target -= 1
    for _ in range(max(0, target)):
        open_items = [i for i in free if answers[i] < top]
        if not open_items:
            break
        answers[rng.choice(open_items)] += 1
    return answers


def fill(connection: Connection, plan: DemoPlan) -> int:
    """Add the demo questionnaires; returns how many runs it added."""
    (existing,) = connection.execute("SELECT count(*) FROM measure_runs").fetchone()
    if existing:
        return 0
    catalogue = content.bundled()
    rng = random.Random(f"measures-{plan.seed}")
    days = max(1, plan.years) * DAYS_PER_YEAR
    first = max(timestamps.EARLIEST, plan.today - timedelta(days=days - 1))
    span = max(1, (plan.today - first).days)
    crisis_day = first + timedelta(days=span // 5)
    crisis_done = False
    added = 0
    with transaction(connection):
        day = first
        while day <= plan.today:
            progress = (day - first).days / span
            for measure in catalogue.measures:
                start, end = _TREND.get(measure.id, (0.4, 0.2))
                share = start + (end - start) * progress + rng.uniform(-0.08, 0.08)
                target = max(0, min(measure.max_score, round(share * measure.max_score)))
                crisis = measure.crisis_item is not None and not crisis_done and day >= crisis_day
                crisis_done = crisis_done or crisis
                repo = MeasureRepository(connection, _clock_at(day), catalogue)
                run = repo.start(measure.id, day)
                repo.answer_many(run.id, dict(answers_for(measure, target, rng, crisis)))
                if measure.follow_up is not None:
                    options = measure.follow_up.options
                    pick = options[min(len(options) - 1, target // 7)]
                    repo.set_follow_up(run.id, pick.id)
                added += 1
            day += timedelta(days=rng.choice((21, 28, 35)))
    return added
