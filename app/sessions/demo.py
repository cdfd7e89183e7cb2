"""Demo sessions: a plausible program history for ``mooring demo``.

For each demo year (ending on the plan's day) a person sees individual therapy and a
peer-support meeting most weeks, a medication visit about monthly, a family session now
and then, and a sixteen-week IOP block: about 160 sessions and 400 homework items a year.
Around the plan's day an IOP schedule (Tuesday and Thursday evenings) runs on past it,
so the calendar shows planned sessions ahead. The partner is invited now and then, with
mixed answers; a few "bring up" topics wait in the queue; the weekly target is 9 hours.

Deterministic for a seed and a day. Everything goes through the module's repositories,
so demo data obeys the same checks as anything a person enters. A vault that already
has sessions gets none (a second demo never doubles a calendar).
"""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from typing import Final

from app.platform.contributions import DemoPlan
from app.platform.sql import Connection, transaction
from app.sessions import demo_text
from app.sessions.bring_up import TopicRepository
from app.sessions.homework import HomeworkRepository
from app.sessions.hours import ProgramHours
from app.sessions.model import (
    DeclineReason,
    Format,
    Partner,
    PartnerResponse,
    SchedulePattern,
    SessionDraft,
    Status,
)
from app.sessions.repository import ProviderRepository, SessionRepository
from app.sessions.schedules import ScheduleRepository

WEEKLY_TARGET_MINUTES: Final = 9 * 60
_IOP_BLOCK_WEEKS: Final = 16
_SCHEDULE_WEEKS_BACK: Final = 6


def _clock_at(day: date) -> Callable[[], datetime]:
    moment = datetime.combine(day, time(12, 0)).astimezone()
    return lambda: moment


def fill(connection: Connection, plan: DemoPlan) -> int:
    """Add the demo program history; returns how many sessions it added."""
    (existing,) = connection.execute("SELECT count(*) FROM sessions").fetchone()
    if existing:
        return 0
    rng = random.Random(f"sessions-{plan.seed}")
    clock = _clock_at(plan.today)
    with transaction(connection):
        providers = ProviderRepository(connection, clock)
        therapist, iop, clinic, peers = (
            providers.add(name, role, notes).id
            for name, role, notes in (
                demo_text.PROVIDERS[1],
                demo_text.PROVIDERS[0],
                demo_text.PROVIDERS[2],
                demo_text.PROVIDERS[3],
            )
        )
        sessions = SessionRepository(connection, clock)
        past = _past_sessions(rng, plan, therapist, clinic, peers, iop)
        added = 0
        made: list[tuple[int, str, date]] = []
        homework_for: set[int] = set()  # homework is given at sessions attended
        for draft in past:
            session = sessions.create(draft)
            made.append((session.id, session.kind_id, session.start.date()))
            if session.status is Status.ATTENDED:
                homework_for.add(session.id)
            added += 1
        for session_id, kind_id, day in made:
            if session_id not in homework_for:
                continue
            _add_homework(rng, connection, session_id, kind_id, day, plan.today)
        added += _iop_schedule(rng, connection, clock, plan.today, iop, sessions)
        _topics(rng, connection, clock, made, plan.today)
        ProgramHours(connection).set_weekly_target(WEEKLY_TARGET_MINUTES)
    return added


def _past_sessions(
    rng: random.Random, plan: DemoPlan, therapist: int, clinic: int, peers: int, iop: int
) -> list[SessionDraft]:
    """Sessions from ``years`` years back up to the week before the schedule starts,
    plus the next individual session and medication visit ahead."""
    end = plan.today
    first = end - timedelta(days=365 * max(1, plan.years) - 1)
    schedule_start = end - timedelta(weeks=_SCHEDULE_WEEKS_BACK)
    drafts: list[SessionDraft] = []
    monday = first - timedelta(days=first.weekday())
    week = 0
    while monday <= end + timedelta(days=14):
        in_block = week % 52 < _IOP_BLOCK_WEEKS and monday < schedule_start
        # Individual therapy on Wednesdays at 10:00, most weeks.
        if rng.random() < 0.85:
            drafts.append(
                _draft(
                    rng,
                    monday + timedelta(days=2),
                    time(10, 0),
                    50,
                    "individual-therapy",
                    therapist,
                    Format.VIDEO,
                    end,
                )
            )
        # Peer support on Saturday mornings.
        if rng.random() < 0.75:
            drafts.append(
                _draft(
                    rng,
                    monday + timedelta(days=5),
                    time(9, 30),
                    90,
                    "peer-support",
                    peers,
                    Format.IN_PERSON,
                    end,
                )
            )
        # Medication about every four weeks.
        if week % 4 == 1:
            drafts.append(
                _draft(
                    rng,
                    monday + timedelta(days=1),
                    time(15, 0),
                    30,
                    "medication",
                    clinic,
                    Format.PHONE,
                    end,
                )
            )
        # A family session every ten weeks or so.
        if week % 10 == 7:
            drafts.append(
                _draft(
                    rng,
                    monday + timedelta(days=3),
                    time(17, 0),
                    60,
                    "family-session",
                    iop,
                    Format.VIDEO,
                    end,
                )
            )
        if in_block:
            for offset in (0, 2, 3):
                drafts.append(
                    _draft(
                        rng,
                        monday + timedelta(days=offset),
                        time(18, 0),
                        180,
                        "iop-group",
                        iop,
                        Format.VIDEO,
                        end,
                    )
                )
        monday += timedelta(weeks=1)
        week += 1
    return [d for d in drafts if first <= d.start.date()]


def _draft(
    rng: random.Random,
    day: date,
    at: time,
    minutes: int,
    kind_id: str,
    provider_id: int,
    format_: Format,
    today: date,
) -> SessionDraft:
    start = datetime.combine(day, at)
    if day >= today:
        return SessionDraft(
            start=start,
            minutes=minutes,
            kind_id=kind_id,
            format=format_,
            provider_id=provider_id,
            status=Status.PLANNED,
            bring_up=rng.choice(demo_text.BRING_UP) if rng.random() < 0.5 else "",
        )
    roll = rng.random()
    status = (
        Status.ATTENDED if roll < 0.86 else Status.MISSED if roll < 0.93 else (Status.CANCELLED)
    )
    attended = status is Status.ATTENDED
    talk = kind_id in ("individual-therapy", "family-session", "iop-group")
    return SessionDraft(
        start=start,
        minutes=minutes,
        kind_id=kind_id,
        format=format_,
        status=status,
        provider_id=provider_id,
        bring_up=rng.choice(demo_text.BRING_UP) if talk and rng.random() < 0.35 else "",
        takeaways=rng.choice(demo_text.TAKEAWAYS) if attended and rng.random() < 0.6 else "",
        feeling_before=rng.randint(2, 7) if attended and rng.random() < 0.7 else None,
        feeling_after=rng.randint(4, 9) if attended and rng.random() < 0.7 else None,
        partner=_partner(rng) if talk and rng.random() < 0.12 else Partner(),
    )


def _partner(rng: random.Random) -> Partner:
    response = rng.choice(
        (
            PartnerResponse.DECLINED,
            PartnerResponse.DECLINED,
            PartnerResponse.DECLINED,
            PartnerResponse.MAYBE,
            PartnerResponse.INVITED,
            PartnerResponse.CAME,
        )
    )
    if response is not PartnerResponse.DECLINED:
        return Partner(response)
    reason = rng.choice(tuple(DeclineReason))
    words = rng.choice(demo_text.OTHER_WORDS) if reason is DeclineReason.OTHER else ""
    return Partner(response, reason, words)


def _add_homework(
    rng: random.Random,
    connection: Connection,
    session_id: int,
    kind_id: str,
    day: date,
    today: date,
) -> None:
    if kind_id in ("individual-therapy", "iop-group", "family-session"):
        count = rng.choice((2, 2, 3, 3, 4, 4, 5))
    else:
        count = rng.choice((1, 1, 2, 2, 3))
    if day > today:
        count = 0
    homework = HomeworkRepository(connection, _clock_at(day))
    for text in rng.sample(demo_text.HOMEWORK, count):
        days = rng.choice((3, 5, 7, 7, 14))
        due = day + timedelta(days=days) if rng.random() < 0.7 else None
        item = homework.add(session_id, text, due)
        # Older homework is nearly all done (a few days after it was given), last
        # month's mostly, the last fortnight's mostly still open: a handful overdue.
        age = (today - day).days
        if rng.random() < (0.3 if age < 14 else 0.9 if age < 42 else 0.99):
            done_day = min(day + timedelta(days=rng.randint(1, days)), today)
            HomeworkRepository(connection, _clock_at(done_day)).set_done(item.id, True)


def _iop_schedule(
    rng: random.Random,
    connection: Connection,
    clock: Callable[[], datetime],
    today: date,
    iop: int,
    sessions: SessionRepository,
) -> int:
    """Tuesday and Thursday evening groups from six weeks back, running on."""
    first = today - timedelta(weeks=_SCHEDULE_WEEKS_BACK)
    pattern = SchedulePattern(
        weekdays=frozenset({1, 3}),
        start_time=time(18, 0),
        minutes=180,
        kind_id="iop-group",
        format=Format.VIDEO,
        provider_id=iop,
    )
    _schedule, planned = ScheduleRepository(connection, clock).create(first, pattern)
    for summary in sessions.between(first, today - timedelta(days=1)):
        if summary.schedule_id is None:
            continue
        status = Status.ATTENDED if rng.random() < 0.9 else Status.MISSED
        sessions.set_status(summary.id, status)
    return planned


def _topics(
    rng: random.Random,
    connection: Connection,
    clock: Callable[[], datetime],
    made: list[tuple[int, str, date]],
    today: date,
) -> None:
    """Most topics were brought up at a past therapy session; three still wait."""
    topics = TopicRepository(connection, clock)
    therapy = [sid for sid, kind, day in made if kind == "individual-therapy" and day < today]
    texts = list(demo_text.TOPICS)
    rng.shuffle(texts)
    for index, text in enumerate(texts):
        topic = topics.add(text)
        if index >= 3 and therapy:
            topics.tick_off(topic.id, rng.choice(therapy[-40:]))
