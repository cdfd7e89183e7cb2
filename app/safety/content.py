"""The safety check's questions and the safety panel's planning steps, as content data
under ``resources/content/safety/`` (texts per language, every shipped language
required). A broken file raises ContentError with one line naming the file.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Final

from app.content import ContentError, content_dir
from app.content.crisis_lines import LANGUAGE, SHIPPED_LANGUAGES, localized_text
from app.content.records import read_json, text_fields, versioned_records

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


def folder() -> Path:
    return content_dir() / FOLDER


def _item(entry: object, where: str, texts: dict[str, int]) -> tuple[str, dict[str, str]]:
    if not isinstance(entry, dict):
        raise ContentError(f"{where}: must be a JSON object")
    fields = ("id", *texts)
    missing = [name for name in fields if name not in entry]
    if missing:
        raise ContentError(f"{where}: missing {missing[0]!r}")
    unknown = sorted(set(entry) - set(fields))
    if unknown:
        raise ContentError(f"{where}: unknown key {unknown[0]!r}")
    item_id = text_fields({"id": entry["id"]}, ("id",), where, max_chars={"id": 64})["id"]
    return item_id, {
        name: localized_text(entry[name], name, where, max_chars=limit)[LANGUAGE]
        for name, limit in texts.items()
    }


def _question(entry: object, where: str) -> Question:
    item_id, texts = _item(entry, where, {"text": MAX_QUESTION_CHARS})
    return Question(item_id, texts["text"])


def _step(entry: object, where: str) -> PlanStep:
    item_id, texts = _item(entry, where, {"title": MAX_TITLE_CHARS, "text": MAX_STEP_CHARS})
    return PlanStep(item_id, texts["title"], texts["text"])


def load_questions(path: str | Path | None = None) -> list[Question]:
    """The check's questions in order (default: the bundled file)."""
    source = Path(path) if path is not None else folder() / QUESTIONS_FILE
    return versioned_records(
        read_json(source),
        source.name,
        key="questions",
        version=FORMAT_VERSION,
        label="question",
        parse=_question,
    )


def load_planning(path: str | Path | None = None) -> list[PlanStep]:
    """The planning steps the safety panel shows, in order (default: the bundled file)."""
    source = Path(path) if path is not None else folder() / PLANNING_FILE
    return versioned_records(
        read_json(source),
        source.name,
        key="planning",
        version=FORMAT_VERSION,
        label="planning step",
        parse=_step,
    )


@cache
def bundled_questions() -> tuple[Question, ...]:
    """The bundled questions, read once per process."""
    return tuple(load_questions())


def known_ids(questions: Sequence[Question] | None = None) -> frozenset[str]:
    return frozenset(q.id for q in (bundled_questions() if questions is None else questions))
