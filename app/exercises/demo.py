"""Demo exercise runs for ``mooring demo``: made from the shipped exercises.

About ten runs a demo year, most finished the evening they began, a third of them
flagged "bring to therapy" (and linked to the next session, when there is one), and one
left half-done the day before the plan's day, to resume. Answers are made step by step
for whatever the exercises ask (options, scales, yes/no, short lists, a few sentences
picked by what the step is about), honouring which steps show.

Deterministic for a seed and a day. Everything goes through the repository, so demo
answers obey the same checks as anything a person enters. A vault that already has
runs gets none (a second demo never doubles them).
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import date, datetime, time, timedelta
from typing import Final

from app.exercises.answers import visible_steps
from app.exercises.content import load_exercises
from app.exercises.model import Exercise, JsonValue, Step, StepKind
from app.exercises.repository import RunRepository
from app.platform.contributions import DemoPlan
from app.platform.sql import Connection, transaction

DAYS_PER_YEAR: Final = 365
# Days before the plan's day a run starts, in the most recent year; earlier years
# repeat the pattern a year further back each. The first is left in progress.
_DAYS_BACK: Final = (1, 9, 20, 34, 52, 75, 110, 150, 200, 260, 320)
_IN_PROGRESS: Final = 1

# Sentences by what a step is about (a word in its id), then any step's.
_TEXT_BY_TOPIC: Final[tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]] = (
    (
        ("feel",),
        (
            "Tired and a bit on edge, but steadier than last week.",
            "Hurt, mostly. Under that, scared we are drifting apart.",
            "Lonely in the evenings when the house goes quiet.",
        ),
    ),
    (
        ("situation", "observ", "what-happened", "happened", "complaint"),
        (
            "On Saturday the plans for the afternoon changed at the last minute.",
            "Last night the phone came out at dinner again.",
            "When I came home from group, nobody asked how it went.",
        ),
    ),
    (
        ("need",),
        (
            "To feel that my recovery time is respected.",
            "Some quiet after group, before we talk about the day.",
            "To know we are on the same side, even when we disagree.",
        ),
    ),
    (
        ("request", "ask"),
        (
            "Could we settle weekend plans by Friday evening?",
            "Would you be willing to keep Tuesday evenings free for my meeting?",
            "Could we put the phones away during dinner, just on weeknights?",
        ),
    ),
    (
        ("goal",),
        (
            "To say how the last few weekends felt, without going back over every detail.",
            "To agree on one small change for the evenings.",
        ),
    ),
    (
        ("worked", "went-well", "good"),
        (
            "I kept my voice low and said one thing, not five.",
            "Starting with what I appreciate made it easier for both of us.",
        ),
    ),
    (
        ("change", "differ", "next"),
        (
            "Pick a calmer moment; right after work was too soon.",
            "Take the break when I first notice my jaw tightening, not later.",
        ),
    ),
    (
        ("timeout", "time-out", "pause", "break", "escalat"),
        (
            'Say "I need twenty minutes, I\'ll come back", walk round the block, then come back.',
            "Go to the kitchen, make tea, breathe, and return when the kettle is done.",
        ),
    ),
    (
        ("boundary", "if-", "will"),
        (
            "If there is drinking at home on a weeknight, I will spend the evening at my sister's.",
            "If my phone is picked up without asking, I will calmly take it back and leave the room.",
        ),
    ),
    (
        ("script", "rehears", "say", "opening", "message", "draft", "statement"),
        (
            "I felt lonely on Saturday when the plans changed late. I need us to plan"
            " together. Could we agree on weekend plans by Friday evening?",
            "I want to talk about something small that matters to me. When dinner has"
            " phones at the table I feel shut out. Could we try phones away on weeknights?",
            "I'm glad we had a quiet Sunday. It helped me a lot. Could we keep one"
            " evening like that each week?",
        ),
    ),
    (
        ("when", "time", "place", "where"),
        (
            "Sunday morning, over coffee, when neither of us is rushing.",
            "After a walk, at home, with the television off.",
        ),
    ),
)
_TEXT_ANY: Final = (
    "I noticed I was trying to keep the peace rather than say what I needed.",
    "It helped to write it down first. It feels smaller on paper.",
    "I want to bring this to my next session and talk it through.",
    "Not sure yet. I'll come back to this one.",
)
_LIST_ITEMS: Final = (
    "Call my sponsor",
    "Go for a walk",
    "Write it down before saying it",
    "Eat something first",
    "Ask for twenty minutes",
    "Breathe out slowly, three times",
    "Text a friend from group",
)


def fill(connection: Connection, plan: DemoPlan) -> int:
    """Add the demo runs; returns how many it added."""
    (existing,) = connection.execute("SELECT count(*) FROM exercise_runs").fetchone()
    if existing:
        return 0
    exercises = list(load_exercises().exercises)
    if not exercises:
        return 0
    rng = random.Random(f"exercises-{plan.seed}")
    rng.shuffle(exercises)
    runs = RunRepository(connection)
    added = 0
    with transaction(connection):
        for number, days_back in enumerate(_days_back(plan.years)):
            day = plan.today - timedelta(days=days_back)
            exercise = exercises[number % len(exercises)]
            begun = datetime.combine(day, time(20, 30)).astimezone()
            run = runs.start(exercise, begun)
            in_progress = days_back == _IN_PROGRESS
            answers = _answers(rng, exercise, partial=in_progress)
            runs.save_answers(run.id, answers, begun + timedelta(minutes=14))
            if not in_progress:
                runs.finish(run.id, begun + timedelta(minutes=18))
                if number % 3 == 1:
                    runs.set_flag(run.id, True, begun + timedelta(minutes=19))
                    session_id = _next_session(connection, day)
                    if session_id is not None:
                        runs.link_session(run.id, session_id, begun + timedelta(minutes=20))
            added += 1
    return added


def _days_back(years: int) -> list[int]:
    return [
        year * DAYS_PER_YEAR + back
        for year in range(max(1, years))
        for back in _DAYS_BACK
        if year == 0 or back != _IN_PROGRESS
    ]


def _next_session(connection: Connection, day: date) -> int | None:
    """The first live session on or after ``day``, if any (the sessions demo ran first)."""
    row = connection.execute(
        "SELECT id FROM sessions WHERE deleted_at IS NULL AND start_day >= ?"
        " ORDER BY start_utc, id LIMIT 1",
        (day.isoformat(),),
    ).fetchone()
    return None if row is None else int(row[0])


def _answers(rng: random.Random, exercise: Exercise, *, partial: bool) -> dict[str, JsonValue]:
    """Answers step by step, each to a step that shows given the ones before it."""
    answers: dict[str, JsonValue] = {}
    stop = max(1, len(exercise.steps) // 2) if partial else len(exercise.steps)
    for step in exercise.steps[:stop]:
        if step not in visible_steps(exercise, answers):
            continue
        answers[step.id] = _answer(rng, step)
    return answers


def _answer(rng: random.Random, step: Step) -> JsonValue:
    kind = step.kind
    if kind is StepKind.SINGLE and step.options:
        return rng.choice(step.options).id
    if kind is StepKind.MULTI and step.options:
        count = rng.randint(1, min(3, len(step.options)))
        return [option.id for option in rng.sample(step.options, count)]
    if kind is StepKind.SCALE:
        low = step.minimum + (step.maximum - step.minimum) // 3
        return rng.randint(low, step.maximum)
    if kind is StepKind.YESNO:
        # Mostly "yes" (safe to talk, can follow through), but a HALT question mostly "no".
        likely_no = any(word in step.id for word in ("halt", "hungry", "angry", "lonely", "tired"))
        return rng.random() < (0.2 if likely_no else 0.75)
    if kind is StepKind.LIST:
        return rng.sample(_LIST_ITEMS, rng.randint(2, 3))
    return rng.choice(_sentences(step.id))


def _sentences(step_id: str) -> Sequence[str]:
    key = step_id.lower()
    for words, sentences in _TEXT_BY_TOPIC:
        if any(word in key for word in words):
            return sentences
    return _TEXT_ANY
