"""An exercise as plain JSON data, and back: the snapshot each run keeps of the exercise
it was started from. It is the content files' format with each text in one language,
the one the run started in (a content file holds every shipped language, ``{"en": ...}``).

``from_snapshot`` is lenient: it reads what a run stored, whatever version of Mooring
wrote it, so a run always opens (an unknown step kind reads as free text; a missing
field takes its default). Content files are checked strictly first
(``app/exercises/content.py``).
"""

from __future__ import annotations

from typing import Any

from app.exercises.model import Exercise, Option, ShowIf, Step, StepKind


def to_snapshot(exercise: Exercise) -> dict[str, Any]:
    return {
        "id": exercise.id,
        "version": exercise.version,
        "title": exercise.title,
        "adapted_from": exercise.adapted_from,
        "why": exercise.why,
        "category": exercise.category,
        "minutes": exercise.minutes,
        "steps": [_step_data(step) for step in exercise.steps],
    }


def _step_data(step: Step) -> dict[str, Any]:
    data: dict[str, Any] = {"id": step.id, "kind": step.kind.value, "prompt": step.prompt}
    if step.help:
        data["help"] = step.help
    if step.options:
        data["options"] = [{"id": o.id, "label": o.label} for o in step.options]
    if step.kind is StepKind.SCALE:
        data.update(minimum=step.minimum, maximum=step.maximum)
        if step.low_label:
            data["low_label"] = step.low_label
        if step.high_label:
            data["high_label"] = step.high_label
    if step.show_if is not None:
        data["show_if"] = {"step": step.show_if.step, "values": list(step.show_if.values)}
    if step.checks:
        data["checks"] = list(step.checks)
    return data


def from_snapshot(data: dict[str, Any]) -> Exercise:
    steps = tuple(_step(raw) for raw in data.get("steps", ()) if isinstance(raw, dict))
    return Exercise(
        id=str(data.get("id", "")),
        title=str(data.get("title", "")),
        adapted_from=str(data.get("adapted_from", "")),
        why=str(data.get("why", "")),
        steps=steps,
        category=str(data.get("category", "communication")),
        version=_int(data.get("version"), 1),
        minutes=_int(data.get("minutes"), 10),
    )


def _step(raw: dict[str, Any]) -> Step:
    try:
        kind = StepKind(raw.get("kind"))
    except ValueError:
        kind = StepKind.TEXT
    show_if = raw.get("show_if")
    condition = None
    if isinstance(show_if, dict) and isinstance(show_if.get("step"), str):
        values = show_if.get("values", ())
        condition = ShowIf(
            show_if["step"],
            tuple(v for v in values if isinstance(v, str | int | bool))
            if isinstance(values, list)
            else (),
        )
    options = tuple(
        Option(str(o.get("id", "")), str(o.get("label", "")))
        for o in raw.get("options", ())
        if isinstance(o, dict)
    )
    return Step(
        id=str(raw.get("id", "")),
        kind=kind,
        prompt=str(raw.get("prompt", "")),
        help=str(raw.get("help", "")),
        options=options,
        minimum=_int(raw.get("minimum"), 0),
        maximum=_int(raw.get("maximum"), 10),
        low_label=str(raw.get("low_label", "")),
        high_label=str(raw.get("high_label", "")),
        show_if=condition,
        checks=tuple(str(c) for c in raw.get("checks", ()) if isinstance(c, str)),
    )


def _int(value: object, default: int) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) else default
