"""The exercises shipped as data: one JSON file each under ``resources/content/exercises/``.

Each file is one exercise in the snapshot format (``app/exercises/snapshot.py``) plus a
top-level ``"format": 1``, with every text a person reads written in each shipped
language (``app/content/words.py``)::

    {"format": 1, "id": "i-statement",
     "title": {"en": "...", "es": "..."}, "adapted_from": {"en": "Adapted from ...", ...},
     "why": {"en": "...", ...}, "category": "communication", "version": 1, "minutes": 10,
     "steps": [{"id": "feeling", "kind": "single", "prompt": {"en": "...", ...},
                "options": [{"id": "hurt", "label": {"en": "Hurt", "es": "Dolor"}}, ...]},
               {"id": "more", "kind": "text", "prompt": {"en": "...", ...},
                "show_if": {"step": "feeling", "values": ["hurt"]}}, ...]}

The texts are ``title``, ``adapted_from``, ``why``, and on a step ``prompt``, ``help``,
``low_label``, ``high_label`` and each option's ``label``. A file is checked in every
shipped language, and the exercise it gives holds its texts in one: the content language
(``content_language()``) unless the caller names another. A run's snapshot keeps the
texts it started with, in that one language.

Files are checked strictly (``parse_exercise``). A broken file is skipped and named in
``ExerciseCatalogue.problems``, one line each, while the other files still load: one bad
file never hides every exercise. Adding an exercise needs no code.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

from app.content import ContentError, content_dir
from app.content.records import read_json
from app.content.words import content_language, words
from app.exercises.model import Exercise, Option, ShowIf, Step, StepKind

FOLDER_NAME: Final = "exercises"
FORMAT_VERSION: Final = 1

# Shown in this order; a window may group by category.
CATEGORIES: Final = ("communication", "boundaries", "reflection")
CHECKS: Final = frozenset({"fight", "craft"})

ID_PATTERN: Final = re.compile(r"[a-z0-9][a-z0-9_-]*")
MAX_ID_CHARS: Final = 64
MAX_STEPS: Final = 100
MAX_OPTIONS: Final = 60
MAX_SCALE_POINTS: Final = 100  # maximum - minimum
MAX_FILE_BYTES: Final = 1_000_000
MAX_MINUTES: Final = 240

_MAX_CHARS: Final = {
    "title": 80,
    "adapted_from": 160,
    "why": 800,
    "prompt": 400,
    "help": 1000,
    "label": 120,
    "low_label": 60,
    "high_label": 60,
}

_TOP_REQUIRED: Final = ("format", "id", "title", "adapted_from", "why", "steps")
_TOP_OPTIONAL: Final = ("category", "version", "minutes")
_STEP_REQUIRED: Final = ("id", "kind", "prompt")
_STEP_COMMON: Final = ("help", "show_if")
_STEP_BY_KIND: Final[Mapping[StepKind, tuple[str, ...]]] = {
    StepKind.SINGLE: ("options",),
    StepKind.MULTI: ("options",),
    StepKind.SCALE: ("minimum", "maximum", "low_label", "high_label"),
    StepKind.MESSAGE: ("checks",),
}
_CHOICE_KINDS: Final = frozenset({StepKind.SINGLE, StepKind.MULTI})
# Kinds whose answer can decide whether a later step shows.
_DECIDING_KINDS: Final = frozenset(
    {StepKind.SINGLE, StepKind.MULTI, StepKind.YESNO, StepKind.SCALE}
)


@dataclass(frozen=True)
class ExerciseCatalogue:
    """The exercises that loaded, in a stable order, and one line per file that did not."""

    exercises: tuple[Exercise, ...] = ()
    problems: tuple[str, ...] = ()

    def get(self, exercise_id: str) -> Exercise | None:
        return next((e for e in self.exercises if e.id == exercise_id), None)

    def ids(self) -> frozenset[str]:
        return frozenset(e.id for e in self.exercises)

    def in_category(self, category: str) -> tuple[Exercise, ...]:
        return tuple(e for e in self.exercises if e.category == category)


def default_folder() -> Path:
    return content_dir() / FOLDER_NAME


def load_exercises(folder: Path | None = None, language: str | None = None) -> ExerciseCatalogue:
    """Every ``*.json`` exercise in ``folder`` (default: the bundled ones), with its texts
    in ``language`` (default: the content language), ordered by their titles in it.

    Never raises for a bad file: it is left out and named in ``problems``. When two
    files share an exercise id, the first by file name loads and the other is named.
    """
    shown = content_language() if language is None else language
    source = Path(folder) if folder is not None else default_folder()
    if not source.is_dir():
        return ExerciseCatalogue(problems=(f"{source.name}: the exercises folder is missing",))
    exercises: list[Exercise] = []
    problems: list[str] = []
    first_file: dict[str, str] = {}
    for path in sorted(source.glob("*.json"), key=lambda p: p.name):
        try:
            exercise = _load_file(path, shown)
        except ContentError as error:
            problems.append(str(error))
            continue
        if exercise.id in first_file:
            problems.append(
                f"{path.name}: duplicate exercise id {exercise.id!r}"
                f" (already in {first_file[exercise.id]})"
            )
            continue
        first_file[exercise.id] = path.name
        exercises.append(exercise)
    return ExerciseCatalogue(tuple(sorted_exercises(exercises)), tuple(problems))


def bundled_catalogue() -> ExerciseCatalogue:
    """The bundled exercises in the content language, read once per process and language."""
    return _bundled_catalogue(content_language())


@functools.cache
def _bundled_catalogue(language: str) -> ExerciseCatalogue:
    return load_exercises(language=language)


def sorted_exercises(exercises: Iterable[Exercise]) -> list[Exercise]:
    """By category (in ``CATEGORIES`` order), then title, then id."""

    def key(exercise: Exercise) -> tuple[int, str, str]:
        try:
            rank = CATEGORIES.index(exercise.category)
        except ValueError:
            rank = len(CATEGORIES)
        return rank, exercise.title.casefold(), exercise.id

    return sorted(exercises, key=key)


def _load_file(path: Path, language: str) -> Exercise:
    try:
        size = path.stat().st_size
    except OSError as error:
        raise ContentError(f"{path.name}: cannot be read ({type(error).__name__})") from error
    if size > MAX_FILE_BYTES:
        raise ContentError(f"{path.name}: larger than {MAX_FILE_BYTES:,} bytes")
    return parse_exercise(read_json(path), path.name, language)


def parse_exercise(data: object, source_name: str, language: str | None = None) -> Exercise:
    """Validate one decoded exercise file; raises ContentError naming ``source_name``.

    Every text is checked in every shipped language; the exercise holds them in
    ``language`` (default: the content language). The message is one line: the file,
    where in it (step, option), the field, and what is wrong.
    """
    shown = content_language() if language is None else language
    if not isinstance(data, dict):
        raise ContentError(f"{source_name}: the top level must be a JSON object")
    _keys(data, _TOP_REQUIRED, _TOP_OPTIONAL, source_name)
    found = data["format"]
    if found != FORMAT_VERSION or isinstance(found, bool):
        raise ContentError(f"{source_name}: 'format' must be {FORMAT_VERSION}, not {found!r}")
    exercise_id = _identifier(data["id"], f"{source_name}: 'id'")
    texts = {
        name: _text(data[name], source_name, name, shown)
        for name in ("title", "adapted_from", "why")
    }
    category = data.get("category", CATEGORIES[0])
    if category not in CATEGORIES:
        raise ContentError(
            f"{source_name}: 'category' must be one of {', '.join(CATEGORIES)}, not {category!r}"
        )
    version = _whole(data.get("version", 1), f"{source_name}: 'version'", 1, 1_000_000)
    minutes = _whole(data.get("minutes", 10), f"{source_name}: 'minutes'", 1, MAX_MINUTES)

    raw_steps = data["steps"]
    if not isinstance(raw_steps, list) or not raw_steps:
        raise ContentError(f"{source_name}: 'steps' must be a non-empty list")
    if len(raw_steps) > MAX_STEPS:
        raise ContentError(f"{source_name}: more than {MAX_STEPS} steps")
    steps: list[Step] = []
    for number, raw in enumerate(raw_steps, start=1):
        step = _parse_step(raw, f"{source_name}: step {number}", steps, shown)
        steps.append(step)
    return Exercise(
        id=exercise_id,
        title=texts["title"],
        adapted_from=texts["adapted_from"],
        why=texts["why"],
        steps=tuple(steps),
        category=category,
        version=version,
        minutes=minutes,
    )


def _parse_step(raw: object, where: str, earlier: list[Step], language: str) -> Step:
    if not isinstance(raw, dict):
        raise ContentError(f"{where}: must be a JSON object")
    missing = [name for name in _STEP_REQUIRED if name not in raw]
    if missing:
        raise ContentError(f"{where}: missing {missing[0]!r}")
    step_id = _identifier(raw["id"], f"{where}: 'id'")
    where = f"{where} ({step_id!r})"
    if any(step.id == step_id for step in earlier):
        raise ContentError(f"{where}: duplicate step id {step_id!r}")
    kind_name = raw["kind"]
    try:
        kind = StepKind(kind_name)
    except ValueError:
        known = ", ".join(k.value for k in StepKind)
        raise ContentError(f"{where}: unknown step kind {kind_name!r} (known: {known})") from None
    _keys(raw, _STEP_REQUIRED, _STEP_COMMON + _STEP_BY_KIND.get(kind, ()), where, kind)
    prompt = _text(raw["prompt"], where, "prompt", language)
    help_text = _text(raw["help"], where, "help", language) if "help" in raw else ""

    options: tuple[Option, ...] = ()
    if kind in _CHOICE_KINDS:
        if "options" not in raw:
            raise ContentError(f"{where}: a {kind.value} step needs 'options'")
        options = _options(raw["options"], where, language)

    minimum, maximum, low_label, high_label = 0, 10, "", ""
    if kind is StepKind.SCALE:
        minimum = _whole(raw.get("minimum", 0), f"{where}: 'minimum'", -1000, 1000)
        maximum = _whole(raw.get("maximum", 10), f"{where}: 'maximum'", -1000, 1000)
        if minimum >= maximum:
            raise ContentError(f"{where}: 'minimum' must be less than 'maximum'")
        if maximum - minimum > MAX_SCALE_POINTS:
            raise ContentError(f"{where}: a scale can span at most {MAX_SCALE_POINTS} points")
        if "low_label" in raw:
            low_label = _text(raw["low_label"], where, "low_label", language)
        if "high_label" in raw:
            high_label = _text(raw["high_label"], where, "high_label", language)

    checks: tuple[str, ...] = ()
    if "checks" in raw:
        checks = _checks(raw["checks"], where)

    show_if = _show_if(raw["show_if"], where, earlier) if "show_if" in raw else None
    return Step(
        id=step_id,
        kind=kind,
        prompt=prompt,
        help=help_text,
        options=options,
        minimum=minimum,
        maximum=maximum,
        low_label=low_label,
        high_label=high_label,
        show_if=show_if,
        checks=checks,
    )


def _options(raw: object, where: str, language: str) -> tuple[Option, ...]:
    if not isinstance(raw, list) or len(raw) < 2:
        raise ContentError(f"{where}: 'options' must be a list of at least 2 options")
    if len(raw) > MAX_OPTIONS:
        raise ContentError(f"{where}: more than {MAX_OPTIONS} options")
    options: list[Option] = []
    for number, item in enumerate(raw, start=1):
        at = f"{where}: option {number}"
        if not isinstance(item, dict):
            raise ContentError(f"{at}: must be a JSON object")
        _keys(item, ("id", "label"), (), at)
        option_id = _identifier(item["id"], f"{at}: 'id'")
        if any(o.id == option_id for o in options):
            raise ContentError(f"{at}: duplicate option id {option_id!r}")
        options.append(Option(option_id, _text(item["label"], at, "label", language)))
    return tuple(options)


def _checks(raw: object, where: str) -> tuple[str, ...]:
    if not isinstance(raw, list) or not raw:
        raise ContentError(f"{where}: 'checks' must be a non-empty list")
    checks: list[str] = []
    for check in raw:
        if not isinstance(check, str) or check not in CHECKS:
            raise ContentError(
                f"{where}: unknown check {check!r} (known: {', '.join(sorted(CHECKS))})"
            )
        if check in checks:
            raise ContentError(f"{where}: check {check!r} is listed twice")
        checks.append(check)
    return tuple(checks)


def _show_if(raw: object, where: str, earlier: list[Step]) -> ShowIf:
    at = f"{where}: 'show_if'"
    if not isinstance(raw, dict):
        raise ContentError(f"{at} must be a JSON object")
    _keys(raw, ("step", "values"), (), at)
    target_id = raw["step"]
    if not isinstance(target_id, str):
        raise ContentError(f"{at}: 'step' must be a step id")
    target = next((step for step in earlier if step.id == target_id), None)
    if target is None:
        raise ContentError(f"{at}: {target_id!r} is not an earlier step")
    if target.kind not in _DECIDING_KINDS:
        raise ContentError(
            f"{at}: {target_id!r} is a {target.kind.value} step, whose answer cannot decide"
            " whether another step shows"
        )
    values = raw["values"]
    if not isinstance(values, list) or not values:
        raise ContentError(f"{at}: 'values' must be a non-empty list")
    checked: list[str | int | bool] = []
    for value in values:
        checked.append(_show_if_value(value, target, at))
    if len(set(map(repr, checked))) != len(checked):
        raise ContentError(f"{at}: a value is listed twice")
    return ShowIf(target_id, tuple(checked))


def _show_if_value(value: object, target: Step, at: str) -> str | int | bool:
    if target.kind in _CHOICE_KINDS:
        if not isinstance(value, str) or value not in {o.id for o in target.options}:
            raise ContentError(f"{at}: {value!r} is not an option of {target.id!r}")
        return value
    if target.kind is StepKind.YESNO:
        if not isinstance(value, bool):
            raise ContentError(f"{at}: {target.id!r} is a yes/no step; use true or false")
        return value
    # scale
    if not isinstance(value, int) or isinstance(value, bool):
        raise ContentError(f"{at}: {target.id!r} is a scale; use whole numbers")
    if not target.minimum <= value <= target.maximum:
        raise ContentError(
            f"{at}: {value} is outside {target.id!r}'s scale ({target.minimum} to {target.maximum})"
        )
    return value


def _keys(
    item: dict[str, Any],
    required: tuple[str, ...],
    optional: tuple[str, ...],
    where: str,
    kind: StepKind | None = None,
) -> None:
    missing = [name for name in required if name not in item]
    if missing:
        raise ContentError(f"{where}: missing {missing[0]!r}")
    unknown = sorted(set(item) - set(required) - set(optional))
    if unknown:
        if kind is not None:
            raise ContentError(f"{where}: {unknown[0]!r} does not belong on a {kind.value} step")
        raise ContentError(f"{where}: unknown key {unknown[0]!r}")


def _identifier(value: object, where: str) -> str:
    if not isinstance(value, str) or not ID_PATTERN.fullmatch(value):
        raise ContentError(
            f"{where} must be lowercase letters, digits, '-' and '_', starting with a letter"
            " or digit"
        )
    if len(value) > MAX_ID_CHARS:
        raise ContentError(f"{where} is longer than {MAX_ID_CHARS} characters")
    return value


def _text(value: object, where: str, name: str, language: str) -> str:
    """The text ``name`` in ``language``, once it is there in every shipped language (one
    line each, within the field's limit); else a ContentError naming ``where`` and ``name``."""
    return words(value, where, name, max_chars=_MAX_CHARS[name]).text(language)


def _whole(value: object, where: str, low: int, high: int) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
        raise ContentError(f"{where} must be a whole number from {low} to {high}")
    return value
