"""The measures module's values: frozen dataclasses handed to the window.

A run is one dated taking of a questionnaire. It is "in progress" until every item has
an answer; then it has a score (the sum of the answers). Changing an answer of a
scored run scores it again; clearing one makes it in progress once more.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from typing import Final

# A questionnaire may be dated at most this many days after today.
MAX_DAYS_AHEAD: Final = 1


class Status(StrEnum):
    IN_PROGRESS = "in_progress"
    COMPLETE = "complete"


@dataclass(frozen=True)
class Run:
    id: int
    measure: str  # a questionnaire id from the content ("phq9", "gad7")
    day: date
    status: Status
    score: int | None  # set exactly when complete
    crisis: bool  # the crisis item (PHQ-9 item 9) answered above zero
    answers: Mapping[str, int] = field(default_factory=dict)
    follow_up: str | None = None  # the option id of the unscored follow-up question
    started: datetime | None = None
    updated: datetime | None = None

    @property
    def complete(self) -> bool:
        return self.status is Status.COMPLETE


@dataclass(frozen=True)
class HistoryPoint:
    """One scored run, as the chart and the history list need it."""

    run_id: int
    day: date
    score: int
    crisis: bool
