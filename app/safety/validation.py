"""Checking a safety check's answers before anything is written.

Every check raises InvalidCheck with one plain sentence that never repeats an answer.
"""

from __future__ import annotations

import json
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from typing import Final

from app.safety.errors import InvalidCheck
from app.safety.model import Answer, CheckDraft

MESSAGE_NOTHING: Final = "There are no answers to save: answer at least one question first."
MESSAGE_UNKNOWN: Final = "One of the answers belongs to a question this check doesn't ask."
MESSAGE_ANSWER: Final = "Each answer must be yes or no."


@dataclass(frozen=True)
class CleanCheck:
    answers: tuple[tuple[str, Answer], ...]  # in the questions' order
    yes_count: int

    def as_json(self) -> str:
        return json.dumps({qid: answer.value for qid, answer in self.answers}, sort_keys=False)


def check_draft(
    draft: object, order: Sequence[str], known: Collection[str] | None = None
) -> CleanCheck:
    """``draft``'s answers in the questions' ``order``; ``known`` defaults to ``order``."""
    if not isinstance(draft, CheckDraft):
        raise InvalidCheck("A safety check is needed here.")
    allowed = set(order if known is None else known)
    answers: dict[str, Answer] = {}
    for qid, value in dict(draft.answers).items():
        if not isinstance(qid, str) or qid not in allowed:
            raise InvalidCheck(MESSAGE_UNKNOWN)
        answers[qid] = answer(value)
    if not answers:
        raise InvalidCheck(MESSAGE_NOTHING)
    ordered = tuple((qid, answers[qid]) for qid in order if qid in answers)
    ordered += tuple(sorted((q, a) for q, a in answers.items() if q not in order))
    return CleanCheck(ordered, sum(1 for _q, a in ordered if a is Answer.YES))


def answer(value: object) -> Answer:
    if not isinstance(value, str):
        raise InvalidCheck(MESSAGE_ANSWER)
    try:
        return Answer(value)
    except ValueError:
        raise InvalidCheck(MESSAGE_ANSWER) from None
