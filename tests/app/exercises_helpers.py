"""Shared helpers for the exercise-run tests: an exercise with every step kind, times,
a snapshot of the runs table, and the check that a refusal is one plain sentence and
changed nothing."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from vault_fixtures import PASSPHRASE, SMALL_KDF

import app.content.words as words
from app.exercises.model import Exercise, Option, ShowIf, Step, StepKind
from app.platform.errors import UserError
from app.vault.vault import Vault

# Wednesday 4 March 2026, 8 pm, five hours behind UTC (so the UTC date is the next day).
ZONE = timezone(timedelta(hours=-5))
NOW = datetime(2026, 3, 4, 20, 0, tzinfo=ZONE)

EXERCISE = Exercise(
    id="practice",
    title="Saying one thing kindly",
    adapted_from="Adapted from Nonviolent Communication",
    why="A short practice. It does not replace your therapist.",
    category="communication",
    steps=(
        Step("situation", StepKind.TEXT, "What happened, as a camera would see it?"),
        Step(
            "feelings",
            StepKind.MULTI,
            "How did you feel?",
            options=(Option("hurt", "Hurt"), Option("lonely", "Lonely"), Option("calm", "Calm")),
        ),
        Step(
            "need",
            StepKind.SINGLE,
            "What did you need?",
            options=(Option("rest", "Rest"), Option("respect", "Respect")),
        ),
        Step("calm", StepKind.SCALE, "How calm do you feel now?", minimum=0, maximum=10),
        Step("safe", StepKind.YESNO, "Is now a good time to talk?"),
        Step(
            "later",
            StepKind.TEXT,
            "When could you talk instead?",
            show_if=ShowIf("safe", (False,)),
        ),
        Step(
            "where",
            StepKind.TEXT,
            "Where would feel calmer?",
            show_if=ShowIf("later", ()),  # never shows: a chain below a hidden step
        ),
        Step("helpers", StepKind.LIST, "What helps you stay steady?"),
        Step("message", StepKind.MESSAGE, "Your message", checks=("fight", "craft")),
    ),
)

FULL_ANSWERS: dict[str, Any] = {
    "situation": "On Saturday the plans changed at noon.",
    "feelings": ["lonely", "hurt"],
    "need": "respect",
    "calm": 7,
    "safe": True,
    "helpers": ["Walk", "  Call my sponsor  ", ""],
    "message": "I felt lonely on Saturday. Could we plan by Friday?",
}


class Clock:
    """An injectable clock that only moves when told to."""

    def __init__(self, now: datetime = NOW) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> datetime:
        self.now += timedelta(**delta)
        return self.now


def open_vault(tmp_path: Path) -> Iterator[Vault]:
    vault, _code = Vault.create(tmp_path / "vault", PASSPHRASE, kdf=SMALL_KDF)
    try:
        yield vault
    finally:
        vault.close()


def runs_table(connection: Any) -> list[tuple[Any, ...]]:
    return [tuple(row) for row in connection.execute("SELECT * FROM exercise_runs ORDER BY id")]


def refused_unchanged(
    connection: Any, action: Callable[[], object], error: type[UserError] = UserError
) -> str:
    """Run ``action``; it must raise ``error`` with one line, leaving the table as it was."""
    before = runs_table(connection)
    with pytest.raises(error) as raised:
        action()
    message = str(raised.value)
    assert message and "\n" not in message
    assert runs_table(connection) == before
    return message


# The fields of an exercise file that hold a text a person reads (app/exercises/content.py).
TEXT_FIELDS = frozenset(
    {"title", "adapted_from", "why", "prompt", "help", "label", "low_label", "high_label"}
)


def in_languages(data: Any) -> Any:
    """``data`` (an exercise written with plain English texts) as a content file holds it:
    each text an object with that text in every shipped language. Values that are not
    text (None, 7) are wrapped too, so the loader names them as bad texts."""
    if isinstance(data, list):
        return [in_languages(item) for item in data]
    if not isinstance(data, dict):
        return data
    return {
        key: (
            {language: value for language in words.SHIPPED_LANGUAGES}
            if key in TEXT_FIELDS and not isinstance(value, dict)
            else in_languages(value)
        )
        for key, value in data.items()
    }


def write_exercise(folder: Path, data: dict[str, Any]) -> Path:
    """One content file in ``folder`` (the format content.py reads), from ``data`` with
    plain English texts (``in_languages``)."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{data['id']}.json"
    content = {"format": 1, **in_languages(data)}
    path.write_text(json.dumps(content, ensure_ascii=False), encoding="utf-8")
    return path
