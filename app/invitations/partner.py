"""The planner's asks as rows of the session tracker's partner history.

The session tracker's history (``app.sessions.partner``) reads sessions only and knows
nothing of the planner: the window asks this module for the times they were asked
outside a session and sets them beside the sessions. So the imports go one way,
invitations -> sessions (the reasons are the sessions module's ``DeclineReason``).

``ANSWER_WORDS`` are English message ids the window translates; they say what was
answered, never anything about the partner.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Final

from app.invitations.model import Answer
from app.platform.sentence import sentence
from app.platform.sql import Connection
from app.sessions.model import DeclineReason

ANSWER_WORDS: Final[Mapping[Answer, str]] = {
    Answer.YES: sentence("Yes"),
    Answer.MAYBE: sentence("Maybe"),
    Answer.NOT_NOW: sentence("Not now"),
    Answer.NO: sentence("No"),
    Answer.NOT_REACHED: sentence("We didn't get to it"),
}


@dataclass(frozen=True)
class PlannerAsk:
    """One time they were asked outside a session, as noted in the planner."""

    attempt_id: int
    day: date
    answer: Answer
    reason: DeclineReason | None


@dataclass(frozen=True)
class PlannerAsks:
    """How many asks the planner holds, and the newest of them (newest first)."""

    count: int
    newest: list[PlannerAsk]


def planner_asks(connection: Connection, limit: int = 50) -> PlannerAsks:
    """The count and the newest ``limit`` asks (one indexed page, not the whole log)."""
    from app.invitations.repository import InvitationRepository

    repo = InvitationRepository(connection)
    newest = [PlannerAsk(a.id, a.happened, a.answer, a.reason) for a in repo.attempts(limit)]
    return PlannerAsks(repo.count(), newest)
