"""The guided exercises in Spanish (issue 15; app/exercises/content.py).

Every text of every exercise file carries English and Spanish; a file lacking a Spanish
text is named (file, step, option, field) while the others load; with the content
language set to Spanish the exercises load, sort and read in Spanish, and a run started
in Spanish keeps reading in Spanish. Spanish is made a shipped language here
(``SHIPPED_LANGUAGES`` patched) until app/content/words.py ships it.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

import app.content.words as words
from app.content import ContentError, content_dir
from app.content.words import content_language, set_content_language
from app.exercises import content
from app.exercises.content import bundled_catalogue, load_exercises, parse_exercise
from app.exercises.document import run_document
from app.exercises.model import Exercise, Run
from app.exercises.snapshot import from_snapshot, to_snapshot

SHIPPED = content_dir() / "exercises"
LANGUAGES = ("en", "es")
# Every field of an exercise file that holds a text a person reads.
TEXT_FIELDS = ("title", "adapted_from", "why", "prompt", "help", "label", "low_label", "high_label")


@pytest.fixture
def both_languages(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """English and Spanish as the shipped languages, with no catalogue cached from before."""
    monkeypatch.setattr(words, "SHIPPED_LANGUAGES", LANGUAGES)
    monkeypatch.setattr(words, "KNOWN_LANGUAGES", LANGUAGES, raising=False)
    content._bundled_catalogue.cache_clear()
    yield
    set_content_language(words.DEFAULT_LANGUAGE)
    content._bundled_catalogue.cache_clear()


@pytest.fixture
def spanish(both_languages: None) -> None:
    set_content_language("es")
    assert content_language() == "es"


def _files() -> list[Path]:
    return sorted(SHIPPED.glob("*.json"))


def _texts(value: Any, where: str = "") -> Iterator[tuple[str, Any]]:
    """(where, value) for every text field in a decoded exercise file."""
    if isinstance(value, list):
        for number, item in enumerate(value):
            yield from _texts(item, f"{where}[{number}]")
    elif isinstance(value, dict):
        for key, item in value.items():
            if key in TEXT_FIELDS:
                yield f"{where}.{key}", item
            else:
                yield from _texts(item, f"{where}.{key}")


def _shape(exercise: Exercise) -> object:
    """Everything about an exercise except its texts."""
    return (
        exercise.id,
        exercise.category,
        exercise.version,
        exercise.minutes,
        [
            (s.id, s.kind, [o.id for o in s.options], s.minimum, s.maximum, s.show_if, s.checks)
            for s in exercise.steps
        ],
    )


def _texts_of(exercise: Exercise) -> list[str]:
    found = [exercise.title, exercise.adapted_from, exercise.why]
    for step in exercise.steps:
        found += [step.prompt, step.help, step.low_label, step.high_label]
        found += [option.label for option in step.options]
    return found


# --- every text in both languages ------------------------------------------------------


def test_the_text_fields_here_are_the_loaders() -> None:
    assert set(TEXT_FIELDS) == set(content._MAX_CHARS)


@pytest.mark.parametrize("path", _files(), ids=lambda p: p.stem)
def test_every_text_in_every_exercise_has_english_and_spanish(
    both_languages: None, path: Path
) -> None:
    data = json.loads(path.read_text(encoding="utf-8"))
    texts = list(_texts(data))
    assert len(texts) >= 15, path.name
    for where, text in texts:
        assert isinstance(text, dict), f"{path.name}{where}: not a text by language"
        assert tuple(text) == LANGUAGES, f"{path.name}{where}: {sorted(text)}"
        assert all(isinstance(t, str) and t.strip() == t and t for t in text.values()), where
        assert text["es"] != text["en"], f"{path.name}{where}: Spanish is a copy of the English"

    english = parse_exercise(data, path.name, "en")
    spanish = parse_exercise(data, path.name, "es")
    assert _shape(spanish) == _shape(english), "the languages differ only in their texts"
    # Each text of the Spanish exercise is the file's Spanish, none left in English.
    shown = [t for t in _texts_of(spanish) if t]
    assert sorted(shown) == sorted(text["es"] for _where, text in texts)
    assert not set(shown) & {text["en"] for _where, text in texts}


def test_every_exercise_loads_in_both_languages(both_languages: None) -> None:
    for language in LANGUAGES:
        catalogue = load_exercises(language=language)
        assert catalogue.problems == ()
        assert len(catalogue.exercises) == len(_files()) == 10


# --- a missing or bad Spanish text is named --------------------------------------------


def _without_spanish(data: dict[str, Any], *path: str | int) -> dict[str, Any]:
    changed = copy.deepcopy(data)
    text: Any = changed
    for key in path:
        text = text[key]
    del text["es"]
    return changed


@pytest.mark.parametrize(
    ("name", "path", "message"),
    [
        ("i-statement.json", ("title",), "i-statement.json: 'title' is missing its 'es' text"),
        (
            "caretaking-reflection.json",
            ("why",),
            "caretaking-reflection.json: 'why' is missing its 'es' text",
        ),
        (
            "positive-communication.json",
            ("adapted_from",),
            "positive-communication.json: 'adapted_from' is missing its 'es' text",
        ),
        (
            "four-part-message.json",
            ("steps", 6, "prompt"),
            "four-part-message.json: step 7 ('message'): 'prompt' is missing its 'es' text",
        ),
        (
            "hard-conversation-prep.json",
            ("steps", 4, "help"),
            "hard-conversation-prep.json: step 5 ('safety'): 'help' is missing its 'es' text",
        ),
        (
            "boundary-builder.json",
            ("steps", 0, "options", 5, "label"),
            "boundary-builder.json: step 1 ('area'): option 6: 'label' is missing its 'es' text",
        ),
        (
            "gentle-start-up.json",
            ("steps", 0, "low_label"),
            "gentle-start-up.json: step 1 ('heat'): 'low_label' is missing its 'es' text",
        ),
        (
            "my-own-ground.json",
            ("steps", 2, "high_label"),
            "my-own-ground.json: step 3 ('set_aside'): 'high_label' is missing its 'es' text",
        ),
    ],
)
def test_a_missing_spanish_text_is_named_while_the_other_files_load(
    both_languages: None, tmp_path: Path, name: str, path: tuple[str | int, ...], message: str
) -> None:
    for source in _files():
        data = json.loads(source.read_text(encoding="utf-8"))
        if source.name == name:
            data = _without_spanish(data, *path)
        (tmp_path / source.name).write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    catalogue = load_exercises(tmp_path, language="es")
    assert catalogue.problems == (message,)
    assert len(catalogue.exercises) == 9 and catalogue.get(name.removesuffix(".json")) is None


@pytest.mark.parametrize(
    ("spanish_text", "reason"),
    [
        ("", "must be non-empty text in 'es'"),
        ("  Dolor", "must be one line without surrounding spaces in 'es'"),
        ("Dolor\ny pena", "must be one line without surrounding spaces in 'es'"),
        ("D" * 121, "is longer than 120 characters in 'es'"),
        (None, "must be non-empty text in 'es'"),
    ],
)
def test_a_bad_spanish_text_is_named(
    both_languages: None, spanish_text: object, reason: str
) -> None:
    data = json.loads((SHIPPED / "i-statement.json").read_text(encoding="utf-8"))
    data["steps"][1]["options"][0]["label"]["es"] = spanish_text
    with pytest.raises(ContentError) as caught:
        parse_exercise(data, "i-statement.json", "en")
    assert str(caught.value) == f"i-statement.json: step 2 ('feeling'): option 1: 'label' {reason}"


def test_a_text_written_as_plain_english_is_refused(both_languages: None) -> None:
    data = json.loads((SHIPPED / "i-statement.json").read_text(encoding="utf-8"))
    data["steps"][0]["prompt"] = data["steps"][0]["prompt"]["en"]
    with pytest.raises(ContentError) as caught:
        parse_exercise(data, "i-statement.json", "en")
    assert str(caught.value) == (
        "i-statement.json: step 1 ('situation'): 'prompt' must be an object of texts by"
        ' language, like {"en": ...}'
    )


# --- Spanish as the content language ---------------------------------------------------


def test_with_spanish_content_an_exercise_loads_in_spanish(spanish: None) -> None:
    catalogue = bundled_catalogue()
    assert catalogue.problems == ()
    exercise = catalogue.get("i-statement")
    assert exercise is not None
    assert exercise.title == "Armar un mensaje en primera persona"
    assert exercise.adapted_from == (
        "Adaptado de la Comunicación No Violenta y del inicio suave del método Gottman"
    )
    assert exercise.why.endswith("Es una práctica para ti y no reemplaza a tu terapeuta.")
    feeling = exercise.step("feeling")
    assert feeling is not None and feeling.prompt == "¿Qué sentiste?"
    assert [o.label for o in feeling.options] == [
        "Dolor",
        "Preocupación",
        "Soledad",
        "Frustración",
        "Miedo",
        "Tristeza",
        "Agobio",
        "Otra cosa",
    ]
    message = exercise.step("message")
    assert message is not None and message.help == (
        "Una forma que suele ayudar: Me siento … cuando … porque … ¿Estarías de acuerdo en …?"
    )
    boundary = catalogue.get("boundary-builder")
    assert boundary is not None
    calm = boundary.step("calm")
    assert calm is not None and (calm.low_label, calm.high_label) == ("Todavía no", "Sí, con calma")
    prep = catalogue.get("hard-conversation-prep")
    assert prep is not None
    follow_up = [s for s in prep.steps if s.show_if and s.show_if.step == "halt"]
    assert follow_up and "otro momento" in follow_up[0].prompt
    for each in catalogue.exercises:
        assert each.adapted_from.startswith(("Adaptado de ", "Adaptado del ")), each.id
        assert "terapeuta" in each.why, each.id
    # The default is the content language, for a folder as for the bundled set.
    assert load_exercises() == catalogue


def test_the_catalogue_is_cached_per_language_and_sorted_by_its_titles(
    both_languages: None,
) -> None:
    english = bundled_catalogue()
    builder = english.get("i-statement")
    assert builder is not None and builder.title == "I-statement builder"
    set_content_language("es")
    spanish = bundled_catalogue()
    assert bundled_catalogue() is spanish, "read once per language"
    assert [e.id for e in spanish.exercises] == [
        "i-statement",  # Armar un mensaje en primera persona
        "positive-communication",  # Decirlo en positivo
        "hard-conversation-debrief",  # Después de una conversación difícil
        "four-part-message",  # Mensaje en cuatro partes
        "structured-request",  # Pedir lo que necesitas
        "gentle-start-up",  # Plantear una queja con suavidad
        "hard-conversation-prep",  # Prepararte para una conversación difícil
        "boundary-builder",
        "caretaking-reflection",  # A dónde va mi cuidado
        "my-own-ground",  # Lo que es mío
    ]
    assert [e.id for e in english.exercises] != [e.id for e in spanish.exercises]
    set_content_language("en")
    assert bundled_catalogue() is english
    assert {e.id for e in english.exercises} == {e.id for e in spanish.exercises}


# Each approach an English "Adapted from ..." names, and how the Spanish names it.
APPROACHES = {
    "Nonviolent Communication": "Comunicación No Violenta",
    "Gottman": "método Gottman",
    "gentle start-up": "inicio suave",
    "DBT": "DBT",
    "interpersonal effectiveness": "efectividad interpersonal",
    "CRAFT (Community Reinforcement and Family Training)": (
        "CRAFT (Community Reinforcement and Family Training)"
    ),
    "HALT": "HALT",
    "acceptance and commitment therapy (ACT)": "terapia de aceptación y compromiso (ACT)",
    "cognitive behavioural therapy": "terapia cognitivo-conductual",
    "codependency": "codependencia",
    "boundary work": "trabajo con límites",
    "values work": "trabajo con valores",
}


def test_the_spanish_names_the_same_approach_each_exercise_is_adapted_from(
    both_languages: None,
) -> None:
    english = load_exercises(language="en")
    spanish = load_exercises(language="es")
    for exercise in english.exercises:
        translated = spanish.get(exercise.id)
        assert translated is not None
        named = [source for source in APPROACHES if source in exercise.adapted_from]
        assert named, f"{exercise.id}: {exercise.adapted_from!r} names no known approach"
        for source in named:
            assert APPROACHES[source] in translated.adapted_from, (exercise.id, source)


def test_a_run_started_in_spanish_reads_in_spanish_after_the_language_changes(
    spanish: None,
) -> None:
    exercise = bundled_catalogue().get("four-part-message")
    assert exercise is not None
    # What a run stores, and reads back from the vault.
    kept = from_snapshot(json.loads(json.dumps(to_snapshot(exercise), ensure_ascii=False)))
    assert kept == exercise
    set_content_language("en")
    started = datetime(2026, 3, 4, 20, 0, tzinfo=UTC)
    run = Run(
        id=1,
        exercise_id=exercise.id,
        exercise=kept,
        started=started,
        updated=started,
        answers={
            "observation": "El sábado los planes cambiaron al mediodía.",
            "feelings": ["lonely", "hurt"],
            "need": "being-heard",
        },
    )
    document = run_document(run)
    assert document.title == "Mensaje en cuatro partes"
    assert document.adapted_from == "Adaptado de la Comunicación No Violenta"
    assert [(item.prompt, item.answer) for item in document.items] == [
        (
            "¿Qué pasó? Solo lo que se vio o se oyó, sin juzgarlo.",
            "El sábado los planes cambiaron al mediodía.",
        ),
        ("¿Qué sentimientos hay en ti?", "Soledad, Dolor"),
        ("¿Qué necesidad hay debajo?", "Que me escuchen"),
    ]
    # The content itself now reads in English again.
    english = bundled_catalogue().get("four-part-message")
    assert english is not None and english.title == "Four-part message"
