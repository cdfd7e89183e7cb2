"""The safety check's questions and the safety panel's planning steps, as content data
under ``resources/content/safety/`` (texts per language, every shipped language
required). A broken file raises ContentError with one line naming the file.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Final, TypeVar

from app.content import content_dir
from app.content.records import read_json, versioned_records
from app.content.words import SHIPPED_LANGUAGES, words_record

FOLDER: Final = "safety"
QUESTIONS_FILE: Final = "questions.json"
PLANNING_FILE: Final = "planning.json"
FORMAT_VERSION: Final = 1
MAX_QUESTION_CHARS: Final = 300
MAX_TITLE_CHARS: Final = 60
MAX_STEP_CHARS: Final = 400

__all__ = ["SHIPPED_LANGUAGES", "PlanStep", "Question", "load_planning", "load_questions"]


@dataclass(frozen=True)
class Question:
    """One yes-or-no question of the check (``text`` in the shown language)."""

    id: str
    text: str


@dataclass(frozen=True)
class PlanStep:
    """One part of planning safely: a short title and a sentence or two."""

    id: str
    title: str
    text: str


_T = TypeVar("_T", Question, PlanStep)


def folder() -> Path:
    return content_dir() / FOLDER


def _question(entry: object, where: str) -> Question:
    item_id, texts = words_record(entry, where, {"text": MAX_QUESTION_CHARS})
    return Question(item_id, texts["text"].text())


def _step(entry: object, where: str) -> PlanStep:
    limits = {"title": MAX_TITLE_CHARS, "text": MAX_STEP_CHARS}
    item_id, texts = words_record(entry, where, limits)
    return PlanStep(item_id, texts["title"].text(), texts["text"].text())


def _load(
    path: str | Path | None, name: str, key: str, label: str, parse: Callable[[object, str], _T]
) -> list[_T]:
    source = Path(path) if path is not None else folder() / name
    return versioned_records(
        read_json(source), source.name, key=key, version=FORMAT_VERSION, label=label, parse=parse
    )


def load_questions(path: str | Path | None = None) -> list[Question]:
    """The check's questions in order (default: the bundled file)."""
    return _load(path, QUESTIONS_FILE, "questions", "question", _question)


def load_planning(path: str | Path | None = None) -> list[PlanStep]:
    """The planning steps the safety panel shows, in order (default: the bundled file)."""
    return _load(path, PLANNING_FILE, "planning", "planning step", _step)


@cache
def bundled_questions() -> tuple[Question, ...]:
    """The bundled questions, read once per process."""
    return tuple(load_questions())


def known_ids(questions: Sequence[Question] | None = None) -> frozenset[str]:
    return frozenset(q.id for q in (bundled_questions() if questions is None else questions))
