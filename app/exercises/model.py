"""What an exercise is (content, read from ``resources/content/exercises/``) and what a
run of one is (the person's answers, stored in the vault).

An exercise is a list of steps, each of one *kind*. A step may show only when an
earlier answer says so (``ShowIf``). A run keeps a *snapshot* of the exercise as it was
when the run started (``Exercise.to_snapshot``), so a run stays readable, and reads the
same, when the exercise later changes or disappears from the content.

Answers are plain JSON values, by step kind:

- ``text``, ``message``: a string
- ``single``: the chosen option's id (a string)
- ``multi``: a list of option ids
- ``scale``: an int from ``minimum`` to ``maximum`` (0 to 10 unless the step says)
- ``list``: a list of short strings
- ``yesno``: a bool

A step that was never answered has no key in the answers.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import Enum
from typing import Any

JsonValue = str | int | bool | list[str]


class StepKind(Enum):
    TEXT = "text"  # free text, several lines
    SINGLE = "single"  # one of the options
    MULTI = "multi"  # any of the options
    SCALE = "scale"  # a whole number, 0 to 10 unless the step says
    LIST = "list"  # a list of short items
    YESNO = "yesno"
    MESSAGE = "message"  # a draft to the partner, checked live (app/communication/checker.py)


@dataclass(frozen=True)
class Option:
    id: str
    label: str


@dataclass(frozen=True)
class ShowIf:
    """Show a step only when step ``step`` was answered with one of ``values``.

    For a ``single`` step: its option id is in ``values``; ``multi``: any chosen option
    is in ``values``; ``yesno``: ``values`` holds True or False; ``scale``: the number
    is in ``values``.
    """

    step: str
    values: tuple[str | int | bool, ...]


@dataclass(frozen=True)
class Step:
    id: str
    kind: StepKind
    prompt: str
    help: str = ""
    options: tuple[Option, ...] = ()
    minimum: int = 0  # scale
    maximum: int = 10  # scale
    low_label: str = ""  # scale: what the low end means
    high_label: str = ""
    show_if: ShowIf | None = None
    checks: tuple[str, ...] = ()  # message: which checks run ("fight", "craft")


@dataclass(frozen=True)
class Exercise:
    id: str
    title: str
    adapted_from: str  # "Adapted from CRAFT", in our words; never empty
    why: str  # one or two sentences: what this is for
    steps: tuple[Step, ...]
    category: str = "communication"  # communication, boundaries, reflection
    version: int = 1
    minutes: int = 10  # about how long it takes

    def step(self, step_id: str) -> Step | None:
        return next((s for s in self.steps if s.id == step_id), None)

    def to_snapshot(self) -> dict[str, Any]:
        """The exercise as plain JSON data, stored with each run (see module docstring)."""
        from app.exercises.snapshot import to_snapshot

        return to_snapshot(self)


@dataclass(frozen=True)
class Run:
    """One time the person did (or is doing) an exercise."""

    id: int
    exercise_id: str
    exercise: Exercise  # as it was when the run started (from the snapshot)
    started: datetime
    updated: datetime
    answers: dict[str, JsonValue] = field(default_factory=dict)
    finished: datetime | None = None
    bring_to_therapy: bool = False
    session_id: int | None = None
    deleted_at: datetime | None = None
    revision: int = 0  # counts every stored change (app/exercises/repository.py)
