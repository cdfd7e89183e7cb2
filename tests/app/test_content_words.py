"""Texts in every shipped language (app/content/words.py): one list of languages for all
content, and one check that every loader uses, so a missing translation or an unknown
language is refused in every content file with one line naming that file."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from app.boundaries import areas
from app.content import ContentError, content_dir, crisis_lines, encouragement, prompts
from app.content import words as shared
from app.exercises.content import load_exercises
from app.invitations import content as invitations
from app.measures import content as measures
from app.reflection import content as reflection
from app.safety import content as safety
from app.sessions import kinds

# How each content file with per-language texts is loaded from a copy of the folder:
# by its path, else by its folder.
LOADERS: dict[str, Callable[[Path], object]] = {
    "crisis_lines.json": lambda root: crisis_lines.load_crisis_lines(root / "crisis_lines.json"),
    "safety/questions.json": lambda root: safety.load_questions(root / "safety/questions.json"),
    "safety/planning.json": lambda root: safety.load_planning(root / "safety/planning.json"),
    "invitations": lambda root: invitations.load_guide(root / "invitations"),
    "measures": lambda root: measures.load_measures(root / "measures"),
    "reflection": lambda root: reflection.load(root / "reflection"),
    "prompts.json": lambda root: prompts.load_prompts(root / "prompts.json"),
    "session_kinds.json": lambda root: kinds.load_session_kinds(root / "session_kinds.json"),
    "boundary_areas.json": lambda root: areas.load_areas(root / "boundary_areas.json"),
    "encouragement.json": lambda root: encouragement.load_encouragement(
        root / "encouragement.json"
    ),
    "exercises": lambda root: _exercises(root / "exercises"),
}


def _exercises(folder: Path) -> object:
    """The exercise catalogue; a file it had to leave out is a ContentError here."""
    catalogue = load_exercises(folder)
    if catalogue.problems:
        raise ContentError(catalogue.problems[0])
    return catalogue


def _texts(value: Any) -> Iterator[dict[str, Any]]:
    """Every per-language text object in decoded JSON, in file order."""
    if isinstance(value, dict):
        if "en" in value:
            yield value
            return
        for inner in value.values():
            yield from _texts(inner)
    elif isinstance(value, list):
        for inner in value:
            yield from _texts(inner)


def _files_with_texts() -> list[str]:
    found = []
    for path in sorted(content_dir().rglob("*.json")):
        if next(_texts(json.loads(path.read_text(encoding="utf-8"))), None) is not None:
            found.append(path.relative_to(content_dir()).as_posix())
    return found


FILES = _files_with_texts()


def _load(root: Path, name: str) -> object:
    loader = LOADERS.get(name) or LOADERS[name.split("/")[0]]
    return loader(root)


def test_every_file_with_texts_is_covered_here() -> None:
    assert len(FILES) >= 27
    for name in FILES:
        assert name in LOADERS or name.split("/")[0] in LOADERS, name


def test_every_loader_reads_the_one_list_of_languages() -> None:
    assert shared.SHIPPED_LANGUAGES == ("en", "es")
    assert shared.DEFAULT_LANGUAGE in shared.SHIPPED_LANGUAGES
    for module in (crisis_lines, safety, invitations, measures, reflection):
        assert module.SHIPPED_LANGUAGES is shared.SHIPPED_LANGUAGES, module.__name__
    assert invitations.Words is measures.Words is shared.Words


def test_words_fall_back_to_the_default_language() -> None:
    words = shared.words({"en": "Hello", "es": "Hola"}, "x.json: item 1", "title", max_chars=10)
    assert words.text("de") == words.get("de") == str(words) == "Hello"
    assert words.text("es") == "Hola"


@pytest.mark.parametrize("name", FILES)
@pytest.mark.parametrize(
    ("change", "says"),
    [
        (lambda text: text.pop("en"), "is missing its 'en' text"),
        (lambda text: text.pop("es"), "is missing its 'es' text"),
        (lambda text: text.update(xx="Hallo"), "has an unknown language 'xx'"),
    ],
    ids=["missing-english", "missing-spanish", "unknown-language"],
)
def test_a_bad_translation_is_refused_naming_the_file(
    tmp_path: Path, name: str, change: Callable[[dict[str, Any]], object], says: str
) -> None:
    root = tmp_path / "content"
    shutil.copytree(content_dir(), root)
    _load(root, name)  # the untouched copy loads

    path = root / name
    data = json.loads(path.read_text(encoding="utf-8"))
    change(next(_texts(data)))
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ContentError) as raised:
        _load(root, name)
    message = str(raised.value)
    assert message.startswith(f"{path.name}: ") and says in message
    assert "\n" not in message
