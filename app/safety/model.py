"""The safety module's values. Answers live in a ``CheckDraft`` in memory until the
person chooses to save them; only then do they become a ``SafetyCheck`` in the vault.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from typing import Final

# How many saved checks the page lists (newest first); older ones stay in the export.
MAX_LISTED: Final = 200


class Answer(StrEnum):
    YES = "yes"
    NO = "no"


@dataclass(frozen=True)
class CheckDraft:
    """Answers given so far: question id -> yes or no (a question may be skipped)."""

    answers: Mapping[str, Answer] = field(default_factory=dict)

    @property
    def any_yes(self) -> bool:
        return any(answer is Answer.YES for answer in self.answers.values())


@dataclass(frozen=True)
class SafetyCheck:
    """A check the person chose to save: when, and the answer to each question asked."""

    id: int
    taken: datetime
    answers: tuple[tuple[str, Answer], ...]  # (question id, answer), in question order

    @property
    def day(self) -> date:
        return self.taken.date()

    @property
    def yes_count(self) -> int:
        return sum(1 for _id, answer in self.answers if answer is Answer.YES)

    @property
    def any_yes(self) -> bool:
        return self.yes_count > 0
