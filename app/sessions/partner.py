"""The partner and sessions: neutral labels and the history of invitations to sessions.

Labels are English message ids the UI translates. They describe what was said, never
the partner: no word here judges or diagnoses anyone, and none blames either of you.
"Invited" counts every session whose answer is anything but "not asked".
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Final

from app.platform import timestamps
from app.platform.sql import Connection
from app.platform.wording import message
from app.sessions import validation
from app.sessions.model import DeclineReason, PartnerResponse

# Message ids (context "Packet"): the window and the packet translate them alike.
RESPONSE_LABELS: Final[Mapping[PartnerResponse, str]] = {
    PartnerResponse.NOT_ASKED: message("Not asked this time"),
    PartnerResponse.INVITED: message("Invited, no answer yet"),
    PartnerResponse.CAME: message("Came along"),
    PartnerResponse.MAYBE: message("Said maybe"),
    PartnerResponse.DECLINED: message("Said not this time"),
}

REASON_LABELS: Final[Mapping[DeclineReason, str]] = {
    DeclineReason.NO_NEED: message("They said they don't see a need for it"),
    DeclineReason.VULNERABLE: message("They said opening up there would feel like a lot"),
    DeclineReason.HURT: message("They said there's hurt between us that makes it hard"),
    DeclineReason.PRIVACY: message("They'd rather keep our private life private"),
    DeclineReason.OURSELVES: message("They said they'd rather we handle it ourselves"),
    DeclineReason.OTHER: message("Something else, in their words"),
}


@dataclass(frozen=True)
class PartnerMoment:
    """One session where the partner was invited, as a row of the history."""

    session_id: int
    day: date
    kind_id: str
    response: PartnerResponse
    reason: DeclineReason | None
    words: str


@dataclass(frozen=True)
class PartnerSummary:
    """How often they were invited and how they answered (every response and reason is
    present, with 0 when it never came up)."""

    invited: int
    responses: Mapping[PartnerResponse, int]
    reasons: Mapping[DeclineReason, int]


def _range(start: date | None, end: date | None) -> tuple[str, str]:
    low = validation.day(start) if start is not None else validation.day(date(1970, 1, 1))
    high = validation.day(end) if end is not None else validation.day(date(2099, 12, 31))
    return timestamps.day_key(low), timestamps.day_key(high)


class PartnerHistory:
    """Invitations across the live sessions of one open vault."""

    def __init__(self, connection: Connection) -> None:
        self._db = connection

    def summary(self, start: date | None = None, end: date | None = None) -> PartnerSummary:
        """Counts over sessions starting on local days ``start`` .. ``end`` (default all)."""
        found = self._db.execute(
            "SELECT partner, partner_reason, count(*) FROM sessions WHERE deleted_at IS NULL"
            " AND start_day BETWEEN ? AND ? GROUP BY partner, partner_reason",
            _range(start, end),
        ).fetchall()
        responses = dict.fromkeys(PartnerResponse, 0)
        reasons = dict.fromkeys(DeclineReason, 0)
        for response, reason, count in found:
            responses[PartnerResponse(response)] += int(count)
            if reason is not None:
                reasons[DeclineReason(reason)] += int(count)
        invited = sum(n for r, n in responses.items() if r is not PartnerResponse.NOT_ASKED)
        return PartnerSummary(invited=invited, responses=responses, reasons=reasons)

    def history(self, start: date | None = None, end: date | None = None) -> list[PartnerMoment]:
        """Every session they were invited to, oldest first."""
        found = self._db.execute(
            "SELECT id, start_day, kind_id, partner, partner_reason, partner_words FROM sessions"
            " WHERE deleted_at IS NULL AND partner != 'not_asked' AND start_day BETWEEN ? AND ?"
            " ORDER BY start_utc, id",
            _range(start, end),
        ).fetchall()
        return [
            PartnerMoment(
                session_id=int(session_id),
                day=date.fromisoformat(day),
                kind_id=str(kind_id),
                response=PartnerResponse(response),
                reason=None if reason is None else DeclineReason(reason),
                words=str(words),
            )
            for session_id, day, kind_id, response, reason, words in found
        ]
