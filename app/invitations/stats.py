"""Attempts over time: how they answered, month by month, and the same in words.

The chart (``ui/invitations/chart.py``) and its words are made from the same months,
so they always agree. A month without attempts is a gap, not a zero.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Final

from app.invitations.model import Answer
from app.invitations.repository import InvitationRepository
from app.platform.sql import Connection
from app.platform.wording import ENGLISH, Wording

# What the chart draws: answers grouped into four lines (the design has four chart
# colours); "we didn't get to it" is its own line, as it is no answer at all.
GROUPS: Final = (
    ("open", (Answer.YES, Answer.MAYBE)),
    ("not_now", (Answer.NOT_NOW,)),
    ("no", (Answer.NO,)),
    ("not_reached", (Answer.NOT_REACHED,)),
)


@dataclass(frozen=True)
class Month:
    start: date
    end: date
    yes: int = 0
    maybe: int = 0
    not_now: int = 0
    no: int = 0
    not_reached: int = 0

    @property
    def total(self) -> int:
        return self.yes + self.maybe + self.not_now + self.no + self.not_reached

    def group(self, name: str) -> int:
        answers = dict(GROUPS)[name]
        return sum(getattr(self, a.value) for a in answers)


def month_start(day: date, back: int = 0) -> date:
    index = day.year * 12 + day.month - 1 - back
    return date(index // 12, index % 12 + 1, 1)


def month_end(start: date) -> date:
    return month_start(start, -1) - timedelta(days=1)


def months(connection: Connection, today: date, count: int = 12) -> list[Month]:
    """The last ``count`` months up to ``today``, oldest first, with their answers."""
    first = month_start(today, count - 1)
    tallies: dict[date, dict[str, int]] = {}
    for happened, answer in InvitationRepository(connection).answers_between(first, today):
        key = date.fromisoformat(happened[:7] + "-01")
        bucket = tallies.setdefault(key, {})
        bucket[answer] = bucket.get(answer, 0) + 1
    found = []
    for back in range(count - 1, -1, -1):
        start = month_start(today, back)
        found.append(Month(start, min(month_end(start), today), **tallies.get(start, {})))
    return found


def summary(buckets: Sequence[Month], wording: Wording = ENGLISH) -> str:
    """The months in one or two plain sentences, in ``wording``'s language."""
    asked = [m for m in buckets if m.total]
    if not asked:
        return wording.say("No attempts noted in these 12 months.")
    total = sum(m.total for m in asked)
    parts = []
    for label, answers in (
        (wording.say("yes"), (Answer.YES,)),
        (wording.say("maybe"), (Answer.MAYBE,)),
        (wording.say("not now"), (Answer.NOT_NOW,)),
        (wording.say("no"), (Answer.NO,)),
        (wording.say("didn't get to it"), (Answer.NOT_REACHED,)),
    ):
        n = sum(getattr(m, a.value) for m in asked for a in answers)
        if n:
            parts.append(wording.say("{answer} {count}", answer=label, count=n))
    months, said = len(asked), ", ".join(parts)
    if total == 1:
        return wording.say("1 attempt in 1 month of the last 12: {answers}.", answers=said)
    if months == 1:
        return wording.say(
            "{total} attempts in 1 month of the last 12: {answers}.", total=total, answers=said
        )
    return wording.say(
        "{total} attempts in {months} months of the last 12: {answers}.",
        total=total,
        months=months,
        answers=said,
    )
